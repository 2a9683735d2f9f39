#pragma once

#include "reminders/workinghours.h"

#include <chrono>
#include <optional>
#include <vector>

namespace limber {

// The reminder settings, with their defaults (docs/reminders.md says where
// they come from).
struct ReminderSettings {
    std::chrono::minutes activeLimit{50}; // active use before a break is due
    std::chrono::minutes naturalBreak{5}; // no input this long is a break
    std::chrono::minutes postpone{10};    // "In 10 minutes"
    std::chrono::minutes away{1};         // no input this long: not at the screen
    std::chrono::minutes returnGrace{1};  // no reminder this soon after a return
    WorkingHours hours{};

    friend bool operator==(const ReminderSettings&, const ReminderSettings&) = default;
};

// Break reminders (issue #14, docs/reminders.md): after N minutes of active
// computer use a break is due; a natural break resets the count. A state
// machine without a clock of its own, like the session engine: every call
// takes the time, the idle time and the busy state, and the app wires the
// real clocks, idle source, screen lock and sleep to it.
//
// The rules, with the defaults of ReminderSettings:
//
//   - Active time counts on the steady clock while inside the working hours,
//     unlocked and not on a break. Idle moments shorter than the natural
//     break (5 min: reading, thinking) count as use.
//   - A natural break is `naturalBreak` with no input; locking the screen
//     or suspending is a break of any length; a suspend is also seen as the
//     wall clock running ahead of the steady clock by `naturalBreak` or
//     more between two calls (the monotonic clock stops while asleep), or as
//     a call coming `naturalBreak` or more after the moment nextCheck()
//     asked for. Every break sets the count to zero.
//   - A reminder is due when the count reaches `activeLimit` (50 min). It is
//     held, and shown as soon as the hold ends, while
//       paused (30 min, 1 h, or until the next working period starts),
//       busy (a fullscreen window, do-not-disturb),
//       postponed (until `postpone` after the answer),
//       the person is away (`away`, 1 min, without input): on their return
//       it waits `returnGrace` (1 min), so that coming back never brings a
//       reminder in the same minute; an absence that grows into a natural
//       break ends with a count of zero and no reminder at all.
//   - One reminder at a time: it stays shown until answered (take, postpone,
//     skip) or until a break ends it (logged as taken). No lock-out.
//   - Outside the working hours nothing counts and nothing is shown; each
//     working period starts with a count of zero. Hours may cross midnight.
//   - Without an idle source (idle unknown), all the time inside the hours
//     since the last break, lock or suspend counts as active.
//
// Waiting costs nothing: after each call, nextCheck() is the earliest
// steady time at which anything can change if no input arrives; the app
// arms one single-shot timer for it and reads the idle time then. It is
// safe because active time accrues at most at the rate of the clock, so a
// count of 37 min cannot reach 50 min in less than 13 min; a natural break
// cannot complete before the last input + naturalBreak; and the working
// hours and a pause change only at their boundaries. What nextCheck()
// cannot foresee, the app reports by calling update() (or the event
// functions) when it happens: a change of busy state, lock and unlock,
// sleep and wake, the wall clock being set, and, while waitsForInput(), the
// first input (the idle source's "resumed" notification), because only
// that moment says when a break ended.
//
// Worked example, the defaults, idle source present, Monday 09:00:
//   09:00  input; the count starts (nextCheck 09:05: a break could complete)
//   09:30  no input until 09:35: a natural break; count 0 at 09:35
//   09:37  input again (the "resumed" call): counting from 09:37
//   10:27  count 50 min: ReminderDue(50 min)
//   10:28  postpone(): Postponed logged; the count goes on
//   10:38  ReminderDue(61 min) again
//   10:39  skip(): Skipped logged; the count starts again from 0
class ReminderSchedule {
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using Duration = std::chrono::steady_clock::duration;

    using Settings = ReminderSettings;

    // The time of one call, read by the caller from three clocks at once.
    struct Now {
        TimePoint steady;                 // monotonic: counts the active time
        std::chrono::sys_seconds wall;    // UTC: sees sleep, knows no DST
        std::chrono::local_seconds local; // the person's clock: working hours
        // When local - wall next changes (the zone's next DST transition,
        // e.g. QTimeZone::nextTransition), if it ever does: waits for a
        // local time are cut there, as the local times move.
        std::optional<std::chrono::sys_seconds> offsetChange{};
    };

    enum class BreakReason { Natural, Lock, Suspend };

    struct Event {
        enum class Kind {
            ReminderDue,  // show the reminder; `active` is the count
            BreakStarted, // `reason`; the count is 0
            BreakEnded,   // input after a natural break, unlock, wake
        };
        Kind kind = Kind::ReminderDue;
        TimePoint when{};
        std::chrono::seconds active{};
        BreakReason reason = BreakReason::Natural;

        friend bool operator==(const Event&, const Event&) = default;
    };
    using Events = std::vector<Event>;

    // What became of a reminder, for the history: plain values.
    struct Outcome {
        enum class Kind { Taken, Postponed, Skipped };
        // How a taken break was taken: the person said so (take()), or a
        // natural break, a lock or a sleep ended the shown reminder.
        enum class Via { Answer, NaturalBreak, Lock, Suspend };
        Kind kind = Kind::Taken;
        Via via = Via::Answer;
        std::chrono::sys_seconds shownAt{};   // when ReminderDue came
        std::chrono::sys_seconds at{};        // when it was answered
        std::chrono::local_seconds localAt{}; // the same, on the person's clock
        std::chrono::seconds active{};        // the count when it was shown

        friend bool operator==(const Outcome&, const Outcome&) = default;
    };

    enum class PauseLength { ThirtyMinutes, OneHour, UntilTomorrow };

    enum class Phase {
        OffHours, // outside the working hours: nothing counts
        Counting, // inside them, counting active time
        OnBreak,  // a natural break (no input for naturalBreak)
        Locked,   // screen locked or asleep
    };

    // For the tray menu.
    struct Status {
        Phase phase = Phase::OffHours;
        std::chrono::seconds active{};
        bool reminderShown = false;
        // While counting and no reminder is shown: "Next break in 23 min" at
        // the earliest (the count may still be reset by a break).
        std::optional<std::chrono::seconds> nextBreakIn;
        // Local time the pause ends, while paused.
        std::optional<std::chrono::local_seconds> pausedUntil;
        // A break is due and nothing but the busy state holds it back (a
        // fullscreen window, do-not-disturb): it comes when that ends, and
        // until then the app must tell update() when it does.
        bool heldBusy = false;
    };

    explicit ReminderSchedule(Settings settings = {});

    // The tick. `idle`: time since the last input (none: no idle source);
    // `busy`: fullscreen or do-not-disturb. The first call starts the
    // schedule. Returns what happened, in order.
    Events update(const Now& now, std::optional<Duration> idle, bool busy);

    // Screen lock and sleep (logind's Lock/Unlock, PrepareForSleep). Each
    // catches up to `now` first. Calling update() while locked is harmless.
    Events locked(const Now& now);
    Events unlocked(const Now& now);
    Events suspending(const Now& now);
    Events resumed(const Now& now);

    // Answers to the shown reminder (nothing without one). These and the
    // pause are the person's input: each catches up to `now` with an idle
    // time of 0 and returns what that brought, like update(). take(): the
    // person takes the break now; the count restarts. postpone(): "in 10
    // minutes". skip(): no break; the count restarts.
    Events take(const Now& now);
    Events postpone(const Now& now);
    Events skip(const Now& now);

    // No reminder until the pause ends; the count goes on (breaks still
    // reset it), so a break due by then is shown when it ends. "Until
    // tomorrow" ends where the next working period starts.
    Events pause(const Now& now, PauseLength length);
    Events resumeReminders(const Now& now);

    // When to call update() next if no input comes; none: nothing happens
    // without an event (locked, busy, waiting for input, no working days).
    [[nodiscard]] std::optional<TimePoint> nextCheck() const { return m_nextCheck; }
    // The app must call update() at the first input: a break is under way
    // (or a due reminder waits for the person) and its end is not foreseeable.
    [[nodiscard]] bool waitsForInput() const { return m_waitsForInput; }

    // The state as of the last call.
    [[nodiscard]] Status status() const;
    [[nodiscard]] const std::vector<Outcome>& outcomes() const { return m_outcomes; }
    [[nodiscard]] const Settings& settings() const { return m_settings; }

private:
    // Catches up to `now` and acts on what it sees; then plans nextCheck().
    void step(const Now& now, std::optional<Duration> idle, bool busy, Events& events);
    void catchUp(const Now& now, std::optional<Duration> idle, Events& events);
    void startBreak(const Now& now, BreakReason reason, Events& events);
    void endBreak(const Now& now, Events& events);
    void maybeRemind(const Now& now, std::optional<Duration> idle, bool busy, Events& events);
    void answer(const Now& now, Outcome::Kind kind, Outcome::Via via);
    // An answer or a menu choice is input: catch up with an idle time of 0.
    Events stepOnInput(const Now& now);
    Events lockFor(const Now& now, BreakReason reason);
    Events unlock(const Now& now);
    // The idle time at `now` if no input came since the last call.
    [[nodiscard]] std::optional<Duration> idleAssumed(const Now& now) const;
    [[nodiscard]] bool paused(const Now& now) const;
    void plan(const Now& now);

    Settings m_settings;
    bool m_started = false;
    Now m_last{};
    std::optional<TimePoint> m_nextCheck;
    bool m_waitsForInput = false;

    std::optional<TimePoint> m_lastInput; // none: no idle source
    bool m_busy = false;

    Phase m_phase = Phase::OffHours;
    bool m_locked = false;
    bool m_onBreak = false;                             // a natural break, detected
    std::optional<std::chrono::local_seconds> m_period; // the last period seen
    Duration m_active{};

    // The shown reminder.
    std::optional<std::chrono::sys_seconds> m_shownAt;
    std::chrono::seconds m_shownActive{};
    std::optional<TimePoint> m_postponedUntil;
    // A due reminder held while the person was away: set on their return.
    bool m_heldAway = false;
    std::optional<TimePoint> m_graceUntil;

    std::optional<TimePoint> m_pauseSteady;
    std::optional<std::chrono::local_seconds> m_pauseLocal;

    std::vector<Outcome> m_outcomes;
};

} // namespace limber
