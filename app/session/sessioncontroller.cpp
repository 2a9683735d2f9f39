#include "session/sessioncontroller.h"

#include "session/sessionchoices.h"
#include "settings/settings.h"

#include <algorithm>
#include <iterator>
#include <variant>

using namespace std::chrono_literals;

namespace limber {

SessionController::SessionController(const Routine& routine, Settings& settings, NowFunction now,
                                     QObject* parent)
    : SessionController(routine, settings, sessionSettingsFrom(settings), std::move(now), parent) {}

SessionController::SessionController(const Routine& routine, Settings& settings,
                                     SessionSettings session, NowFunction now, QObject* parent)
    : SessionController(routine, settings, session, choicesFrom(settings, routine), std::move(now),
                        parent) {}

SessionController::SessionController(const Routine& routine, Settings& settings,
                                     SessionSettings session, Choices choices, NowFunction now,
                                     QObject* parent)
    : QObject(parent)
    , m_routine(&routine)
    , m_settings(settings)
    , m_now(now ? std::move(now) : NowFunction([] { return Clock::now(); }))
    , m_sessionSettings(session)
    , m_engine(routine, session, std::move(choices))
    , m_deadline(this)
    , m_refresh(this)
    , m_tally(routine) {
    m_deadline.setObjectName(QStringLiteral("deadline")); // the cues' timer
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &SessionController::tick);
    m_refresh.setSingleShot(true); // arm() sets each wait
    m_refresh.setTimerType(Qt::PreciseTimer);
    connect(&m_refresh, &QTimer::timeout, this, &SessionController::tick);
}

SessionController::~SessionController() {
    rememberChoices(m_settings, *m_routine, m_engine.choices());
}

Progress SessionController::progress() const {
    return m_engine.progress(m_now());
}

bool SessionController::timersActive() const {
    return m_deadline.isActive() || m_refresh.isActive();
}

SessionSummary SessionController::summary() const {
    return m_tally.summary(m_now());
}

void SessionController::start() {
    const TimePoint now = m_now();
    m_tally.started(now);
    apply(m_engine.start(now), now);
}

void SessionController::restore(const SessionPosition& at) {
    const TimePoint now = m_now();
    m_tally.started(now);
    apply(m_engine.restore(now, at), now);
}

std::optional<SessionPosition> SessionController::position() const {
    return m_engine.position(m_now());
}

void SessionController::tick() {
    apply(m_engine.update(m_now()));
}

void SessionController::setLookahead(Duration lead) {
    m_lookahead = std::max(Duration{}, lead);
    arm();
}

void SessionController::pause() {
    if (m_engine.paused() || !m_engine.started() || m_engine.finished())
        return;
    const TimePoint now = m_now();
    const SessionEngine::Events events = m_engine.pause(now);
    noteCountIn(); // a count-in that ended before now went on until now
    m_tally.paused(now);
    apply(events, now);
}

void SessionController::resume() {
    if (!m_engine.paused())
        return;
    const TimePoint now = m_now();
    m_tally.resumed(now);
    apply(m_engine.resume(now), now);
}

void SessionController::rejoin() {
    if (!m_engine.paused())
        return;
    const TimePoint now = m_now();
    const SessionEngine::Events events = m_engine.rejoin(now);
    if (!m_engine.countingIn())
        m_tally.resumed(now);
    apply(events, now);
}

void SessionController::noteCountIn() {
    if (m_engine.countedIn() == m_countedIn)
        return;
    m_countedIn = m_engine.countedIn();
    m_tally.resumed(*m_countedIn);
}

void SessionController::togglePause() {
    if (m_engine.paused())
        resume();
    else
        pause();
}

void SessionController::next() {
    const TimePoint now = m_now();
    apply(m_engine.next(now), now);
}

void SessionController::previous() {
    const TimePoint now = m_now();
    apply(m_engine.previous(now), now);
}

void SessionController::restartExercise() {
    const TimePoint now = m_now();
    apply(m_engine.restartExercise(now), now);
}

void SessionController::finish() {
    const TimePoint now = m_now();
    apply(m_engine.finish(now), now);
}

void SessionController::skipRest() {
    const TimePoint now = m_now();
    apply(m_engine.skipRest(now), now);
}

void SessionController::tapRep() {
    const TimePoint now = m_now();
    apply(m_engine.tapRep(now), now);
}

void SessionController::again() {
    const TimePoint now = m_now();
    apply(m_engine.again(now), now);
}

void SessionController::done() {
    const TimePoint now = m_now();
    apply(m_engine.done(now), now);
}

// A hold made longer or given a new target, paused or not, is counted at
// that length if held to its end.
// The phase is read after the engine has caught up: a get-ready that ran
// out before its tick is a hold by then.
void SessionController::holdLonger() {
    const TimePoint now = m_now();
    apply(m_engine.holdLonger(now), now);
    if (progress().activePhase == PhaseKind::Hold)
        m_tally.holdLengthChanged(progress().phaseLength);
}

void SessionController::choose(int value) {
    const Choices before = m_engine.choices();
    const TimePoint now = m_now();
    apply(m_engine.choose(now, value), now);
    if (progress().activePhase == PhaseKind::Hold)
        m_tally.holdLengthChanged(progress().phaseLength);
    if (m_engine.choices() != before)
        rememberChoices(m_settings, *m_routine, m_engine.choices());
}

void SessionController::narrationFinished() {
    const TimePoint now = m_now();
    apply(m_engine.narrationFinished(now), now);
}

void SessionController::apply(const SessionEngine::Events& events,
                              std::optional<TimePoint> control) {
    noteCountIn();
    for (const Cue& cue : events)
        m_tally.count(cue);
    // A control reschedules what comes next: what went out ahead of it is
    // no guide to what is still to come, and its own cues (due at the
    // moment of the control) are new.
    if (control)
        m_probedUntil = std::min(m_probedUntil, *control - Duration(1));
    SessionEngine::Events audible;
    std::copy_if(events.begin(), events.end(), std::back_inserter(audible), [&](const Cue& cue) {
        return !isRhythmCue(cue.kind) || cue.when > m_probedUntil;
    });
    arm();
    if (!events.empty())
        Q_EMIT cues(events);
    if (!audible.empty())
        Q_EMIT audibleCues(audible);
    lookAhead();
    Q_EMIT progressChanged(progress());
    if (m_engine.finished() && !m_finishedEmitted) {
        m_finishedEmitted = true;
        m_tally.ended(m_now());
        rememberChoices(m_settings, *m_routine, m_engine.choices());
        Q_EMIT finished(summary());
    }
}

void SessionController::lookAhead() {
    if (m_lookahead <= Duration{} || m_engine.paused() || m_engine.finished() ||
        !m_engine.started())
        return;
    const TimePoint until = m_now() + m_lookahead;
    if (until <= m_probedUntil)
        return;
    // What the engine will say by then, from a copy: the session itself
    // moves only on its own time.
    SessionEngine probe = m_engine;
    SessionEngine::Events ahead;
    for (const Cue& cue : probe.update(until)) {
        if (isRhythmCue(cue.kind) && cue.when > m_probedUntil)
            ahead.push_back(cue);
    }
    m_probedUntil = until;
    arm();
    if (!ahead.empty())
        Q_EMIT audibleCues(ahead);
}

// The one deadline timer (woken the look-ahead early for what has not been
// looked at yet), and the display refresh while a timed phase runs.
void SessionController::arm() {
    const auto deadline = m_engine.nextDeadline();
    if (!deadline) {
        m_deadline.stop();
        m_refresh.stop();
        m_wake.reset();
        return;
    }
    // A deadline not yet looked at is woken for the whole look-ahead before
    // it (the last look went up to now + look-ahead, so that is still to
    // come); one already looked at, at its own time.
    const TimePoint wake =
        m_lookahead > Duration{} && *deadline > m_probedUntil ? *deadline - m_lookahead : *deadline;
    m_wake = wake;
    const auto wait = std::chrono::ceil<std::chrono::milliseconds>(wake - m_now());
    m_deadline.start(std::max(0ms, wait));
    const Progress shown = m_engine.progress(m_now());
    if (shown.waitingForNarration) {
        m_refresh.stop();
    } else if (shown.activePhase == PhaseKind::Breathing) {
        if (!m_refresh.isActive())
            m_refresh.start(kRefreshInterval);
    } else {
        // To the next quarter of a second left, so that a whole second is
        // one of them.
        const auto intoQuarter = shown.remaining % Duration(kCountdownRefresh);
        const Duration next = intoQuarter > Duration{} ? intoQuarter : Duration(kCountdownRefresh);
        m_refresh.start(std::chrono::ceil<std::chrono::milliseconds>(next));
    }
}

} // namespace limber
