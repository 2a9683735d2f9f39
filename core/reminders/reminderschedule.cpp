#include "reminders/reminderschedule.h"

#include <algorithm>

namespace limber {

namespace {

using std::chrono::floor;
using std::chrono::seconds;

ReminderSchedule::Outcome::Via viaOf(ReminderSchedule::BreakReason reason) {
    using Via = ReminderSchedule::Outcome::Via;
    switch (reason) {
    case ReminderSchedule::BreakReason::Natural:
        return Via::NaturalBreak;
    case ReminderSchedule::BreakReason::Lock:
        return Via::Lock;
    case ReminderSchedule::BreakReason::Suspend:
        return Via::Suspend;
    }
    return Via::Answer;
}

} // namespace

ReminderSchedule::ReminderSchedule(Settings settings)
    : m_settings(settings) {}

ReminderSchedule::Events ReminderSchedule::update(const Now& now, std::optional<Duration> idle,
                                                  bool busy) {
    Events events;
    step(now, idle, busy, events);
    return events;
}

void ReminderSchedule::step(const Now& now, std::optional<Duration> idle, bool busy,
                            Events& events) {
    if (!m_started) {
        m_started = true;
        m_last = now;
    }
    m_busy = busy;
    catchUp(now, idle, events);
    maybeRemind(now, idle, busy, events);
    m_last = now;
    plan(now);
}

void ReminderSchedule::catchUp(const Now& now, std::optional<Duration> idle, Events& events) {
    const Duration elapsed = std::max(Duration::zero(), now.steady - m_last.steady);
    const Duration wallElapsed = now.wall - m_last.wall;
    const Duration breakLength = m_settings.naturalBreak;

    // Asleep between the calls: the monotonic clock stood still while the
    // wall clock went on, or the call came a natural break's length after
    // the moment it was asked for (a clock that counts sleep). A wall clock
    // set back shows a negative difference and is no sleep.
    const bool slept = !m_locked && (wallElapsed - elapsed >= breakLength ||
                                     (m_nextCheck && now.steady - *m_nextCheck >= breakLength));

    if (m_phase == Phase::Counting && !slept)
        m_active += elapsed;
    if (m_pauseSteady && now.steady >= *m_pauseSteady)
        m_pauseSteady.reset();
    if (m_pauseLocal && now.local >= *m_pauseLocal)
        m_pauseLocal.reset();

    const auto period = periodContaining(m_settings.hours, now.local);
    if (period && period != m_period) {
        // A new working period starts with a count of zero. A period seen
        // again (the wall clock set back into it) goes on with its count.
        const bool first = !m_period;
        m_period = period;
        m_active = Duration::zero();
        m_postponedUntil.reset();
        m_heldAway = false;
        m_graceUntil.reset();
        if (!first && m_shownAt)
            m_shownAt.reset(); // yesterday's reminder is no answer to today
    }

    if (slept && period) {
        startBreak(now, BreakReason::Suspend, events);
        endBreak(now, events);
    }

    m_lastInput.reset();
    if (idle)
        m_lastInput = now.steady - *idle;
    if (!m_locked && period) {
        if (idle && !m_onBreak && *idle >= breakLength) {
            startBreak(now, BreakReason::Natural, events);
        } else if (m_onBreak && (!idle || *idle < breakLength)) {
            // The first input after the break (the idle source's "resumed"
            // call): the count starts there.
            endBreak(now, events);
            m_active = idle.value_or(Duration::zero());
        }
        if (m_heldAway && idle && *idle < m_settings.away) {
            m_heldAway = false;
            m_graceUntil = *m_lastInput + m_settings.returnGrace;
        }
    }

    if (m_locked)
        m_phase = Phase::Locked;
    else if (!period)
        m_phase = Phase::OffHours;
    else if (m_onBreak)
        m_phase = Phase::OnBreak;
    else
        m_phase = Phase::Counting;
}

void ReminderSchedule::startBreak(const Now& now, BreakReason reason, Events& events) {
    if (m_shownAt)
        answer(now, Outcome::Kind::Taken, viaOf(reason));
    m_active = Duration::zero();
    m_postponedUntil.reset();
    m_heldAway = false;
    m_graceUntil.reset();
    if (reason == BreakReason::Natural)
        m_onBreak = true;
    events.push_back({.kind = Event::Kind::BreakStarted, .when = now.steady, .reason = reason});
}

void ReminderSchedule::endBreak(const Now& now, Events& events) {
    m_onBreak = false;
    events.push_back({.kind = Event::Kind::BreakEnded, .when = now.steady});
}

void ReminderSchedule::maybeRemind(const Now& now, std::optional<Duration> idle, bool busy,
                                   Events& events) {
    if (m_phase != Phase::Counting || m_shownAt || m_active < m_settings.activeLimit)
        return;
    if (paused(now) || busy)
        return;
    if (m_postponedUntil && now.steady < *m_postponedUntil)
        return;
    if (idle && *idle >= m_settings.away) {
        // Shown to an empty chair it would greet the person's return.
        m_heldAway = true;
        return;
    }
    if (m_graceUntil && now.steady < *m_graceUntil)
        return;
    m_shownAt = now.wall;
    m_shownActive = floor<seconds>(m_active);
    m_postponedUntil.reset();
    m_graceUntil.reset();
    events.push_back(
        {.kind = Event::Kind::ReminderDue, .when = now.steady, .active = m_shownActive});
}

void ReminderSchedule::answer(const Now& now, Outcome::Kind kind, Outcome::Via via) {
    if (!m_shownAt)
        return;
    m_outcomes.push_back({.kind = kind,
                          .via = via,
                          .shownAt = *m_shownAt,
                          .at = now.wall,
                          .localAt = now.local,
                          .active = m_shownActive});
    m_shownAt.reset();
}

ReminderSchedule::Events ReminderSchedule::stepOnInput(const Now& now) {
    Events events;
    step(now, m_lastInput ? std::optional<Duration>{Duration::zero()} : std::nullopt, m_busy,
         events);
    return events;
}

ReminderSchedule::Events ReminderSchedule::take(const Now& now) {
    auto events = stepOnInput(now);
    if (!m_shownAt)
        return events;
    answer(now, Outcome::Kind::Taken, Outcome::Via::Answer);
    m_active = Duration::zero();
    plan(now);
    return events;
}

ReminderSchedule::Events ReminderSchedule::postpone(const Now& now) {
    auto events = stepOnInput(now);
    if (!m_shownAt)
        return events;
    answer(now, Outcome::Kind::Postponed, Outcome::Via::Answer);
    m_postponedUntil = now.steady + m_settings.postpone;
    plan(now);
    return events;
}

ReminderSchedule::Events ReminderSchedule::skip(const Now& now) {
    auto events = stepOnInput(now);
    if (!m_shownAt)
        return events;
    answer(now, Outcome::Kind::Skipped, Outcome::Via::Answer);
    m_active = Duration::zero();
    plan(now);
    return events;
}

ReminderSchedule::Events ReminderSchedule::pause(const Now& now, PauseLength length) {
    auto events = stepOnInput(now);
    m_pauseSteady.reset();
    m_pauseLocal.reset();
    switch (length) {
    case PauseLength::ThirtyMinutes:
        m_pauseSteady = now.steady + std::chrono::minutes{30};
        break;
    case PauseLength::OneHour:
        m_pauseSteady = now.steady + std::chrono::hours{1};
        break;
    case PauseLength::UntilTomorrow:
        // No working day at all: nothing is ever shown, the pause is moot.
        m_pauseLocal =
            nextPeriodStart(m_settings.hours, now.local).value_or(now.local + std::chrono::days{1});
        break;
    }
    plan(now);
    return events;
}

ReminderSchedule::Events ReminderSchedule::resumeReminders(const Now& now) {
    m_pauseSteady.reset();
    m_pauseLocal.reset();
    return stepOnInput(now);
}

ReminderSchedule::Events ReminderSchedule::locked(const Now& now) {
    return lockFor(now, BreakReason::Lock);
}

ReminderSchedule::Events ReminderSchedule::unlocked(const Now& now) {
    return unlock(now);
}

ReminderSchedule::Events ReminderSchedule::suspending(const Now& now) {
    return lockFor(now, BreakReason::Suspend);
}

ReminderSchedule::Events ReminderSchedule::resumed(const Now& now) {
    return unlock(now);
}

ReminderSchedule::Events ReminderSchedule::lockFor(const Now& now, BreakReason reason) {
    Events events;
    step(now, idleAssumed(now), m_busy, events);
    if (m_locked)
        return events; // asleep while locked: one break
    m_locked = true;
    m_onBreak = false;
    startBreak(now, reason, events);
    m_phase = Phase::Locked;
    plan(now);
    return events;
}

ReminderSchedule::Events ReminderSchedule::unlock(const Now& now) {
    // Unlocking (a password typed, a key to wake) is input.
    const auto idle = m_lastInput ? std::optional<Duration>{Duration::zero()} : std::nullopt;
    Events events;
    if (!m_started || !m_locked) {
        step(now, idle, m_busy, events);
        return events;
    }
    m_locked = false;
    m_active = Duration::zero();
    endBreak(now, events);
    m_last = now; // the time locked was no gap to account for
    m_nextCheck.reset();
    m_phase = Phase::OffHours; // not counting until catchUp says so
    step(now, idle, m_busy, events);
    return events;
}

std::optional<ReminderSchedule::Duration> ReminderSchedule::idleAssumed(const Now& now) const {
    if (!m_lastInput)
        return std::nullopt;
    return std::max(Duration::zero(), now.steady - *m_lastInput);
}

bool ReminderSchedule::paused(const Now& now) const {
    return (m_pauseSteady && now.steady < *m_pauseSteady) ||
           (m_pauseLocal && now.local < *m_pauseLocal);
}

void ReminderSchedule::plan(const Now& now) {
    m_nextCheck.reset();
    m_waitsForInput = false;
    if (m_locked)
        return; // unlock and wake are events

    const auto consider = [&](TimePoint t) {
        if (t > now.steady && (!m_nextCheck || t < *m_nextCheck))
            m_nextCheck = t;
    };
    // A local time is as far away as on the local clock, until the offset
    // changes; there the app looks again and the local time has moved.
    const auto considerLocal = [&](std::chrono::local_seconds t) {
        consider(now.steady + (t - now.local));
    };
    if (now.offsetChange)
        consider(now.steady + (*now.offsetChange - now.wall));
    if (const auto boundary = nextBoundary(m_settings.hours, now.local))
        considerLocal(*boundary);
    if (m_pauseLocal)
        considerLocal(*m_pauseLocal);
    if (m_pauseSteady)
        consider(*m_pauseSteady);

    if (m_phase == Phase::OnBreak)
        m_waitsForInput = true;
    if (m_phase != Phase::Counting)
        return;
    // A natural break completes at the earliest a break's length after the
    // last input.
    if (m_lastInput)
        consider(*m_lastInput + m_settings.naturalBreak);
    if (m_shownAt)
        return;
    // Active time grows at most as fast as the clock: the count cannot reach
    // the limit before limit - count from now.
    if (m_active < m_settings.activeLimit)
        consider(now.steady + (m_settings.activeLimit - m_active));
    if (m_postponedUntil)
        consider(*m_postponedUntil);
    if (m_graceUntil)
        consider(*m_graceUntil);
    if (m_heldAway)
        m_waitsForInput = true;
}

ReminderSchedule::Status ReminderSchedule::status() const {
    Status status;
    status.phase = m_phase;
    status.active = floor<seconds>(m_active);
    status.reminderShown = m_shownAt.has_value();
    if (m_phase == Phase::Counting && !m_shownAt) {
        Duration left = std::max(Duration::zero(), Duration{m_settings.activeLimit} - m_active);
        if (m_postponedUntil)
            left = std::max(left, *m_postponedUntil - m_last.steady);
        status.nextBreakIn = std::chrono::ceil<seconds>(left);
        status.heldBusy = m_busy && m_active >= m_settings.activeLimit && !paused(m_last) &&
                          !(m_postponedUntil && m_last.steady < *m_postponedUntil);
    }
    if (m_pauseLocal)
        status.pausedUntil = m_pauseLocal;
    else if (m_pauseSteady)
        status.pausedUntil =
            m_last.local + std::chrono::ceil<seconds>(*m_pauseSteady - m_last.steady);
    return status;
}

} // namespace limber
