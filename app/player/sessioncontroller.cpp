#include "player/sessioncontroller.h"

#include "common/qtconvert.h"
#include "settings/settings.h"

#include <algorithm>
#include <iterator>
#include <variant>

using namespace std::chrono_literals;

namespace limber {

namespace {

RangeDefault rangeDefaultFrom(Settings::HoldChoice choice) {
    switch (choice) {
    case Settings::HoldChoice::Short:
        return RangeDefault::Short;
    case Settings::HoldChoice::Long:
        return RangeDefault::Long;
    case Settings::HoldChoice::RoutineDefault:
        break;
    }
    return RangeDefault::RoutineDefault;
}

// Calls `visit(step, index)` for every step of `exercise`, indexed as the
// engine's ChoiceKey counts them (blocks flattened, a repeat block's steps once).
template <typename Visit> void forEachStep(const Exercise& exercise, Visit visit) {
    int index = 0;
    for (const auto& block : exercise.blocks) {
        for (const auto& step : block.steps)
            visit(step, index++);
    }
}

bool isRangedHold(const Step& step) {
    const auto* hold = std::get_if<HoldAction>(&step.action);
    return hold && !hold->duration.isFixed();
}

} // namespace

SessionSettings sessionSettingsFrom(const Settings& settings) {
    SessionSettings session;
    session.getReady = settings.getReady();
    session.breathPace = settings.breathPace();
    session.autoAdvance = settings.autoAdvance();
    session.rangeDefault = rangeDefaultFrom(settings.holdChoice());
    return session;
}

Choices choicesFrom(const Settings& settings, const Routine& routine) {
    Choices choices;
    const QString routineId = toQString(routine.id);
    for (const auto& exercise : routine.exercises) {
        const auto target = settings.holdTarget(routineId, toQString(exercise.id));
        if (!target)
            continue;
        forEachStep(exercise, [&](const Step& step, int index) {
            if (isRangedHold(step))
                choices[ChoiceKey{exercise.id, index}] = static_cast<int>(target->count());
        });
    }
    return choices;
}

void rememberChoices(Settings& settings, const Routine& routine, const Choices& choices) {
    const QString routineId = toQString(routine.id);
    for (const auto& exercise : routine.exercises) {
        forEachStep(exercise, [&](const Step& step, int index) {
            const auto it = choices.find(ChoiceKey{exercise.id, index});
            if (it == choices.end() || !isRangedHold(step))
                return;
            const std::chrono::seconds target(it->second);
            if (settings.holdTarget(routineId, toQString(exercise.id)) != target)
                settings.setHoldTarget(routineId, toQString(exercise.id), target);
        });
    }
}

SessionController::SessionController(const Routine& routine, Settings& settings, NowFunction now,
                                     QObject* parent)
    : SessionController(routine, settings, sessionSettingsFrom(settings), std::move(now), parent) {}

SessionController::SessionController(const Routine& routine, Settings& settings,
                                     SessionSettings session, NowFunction now, QObject* parent)
    : QObject(parent)
    , m_routine(&routine)
    , m_settings(settings)
    , m_now(now ? std::move(now) : NowFunction([] { return Clock::now(); }))
    , m_sessionSettings(session)
    , m_engine(routine, session, choicesFrom(settings, routine))
    , m_deadline(this)
    , m_refresh(this) {
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &SessionController::tick);
    m_refresh.setInterval(kRefreshInterval);
    connect(&m_refresh, &QTimer::timeout, this, &SessionController::tick);
    m_summary.exerciseCount = static_cast<int>(routine.exercises.size());
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
    SessionSummary summary = m_summary;
    const TimePoint end = m_engine.finished() ? m_endedAt
                          : m_engine.paused() ? m_pausedAt
                                              : m_now();
    if (m_engine.started())
        summary.time = std::chrono::duration_cast<std::chrono::seconds>(end - m_startedAt -
                                                                        m_pausedFor + 500ms);
    summary.reps += m_stepReps;
    return summary;
}

void SessionController::start() {
    const bool first = !m_engine.started();
    const TimePoint now = m_now();
    if (first)
        m_startedAt = now;
    apply(m_engine.start(now), now);
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
    m_pausedAt = m_now();
    apply(m_engine.pause(m_pausedAt), m_pausedAt);
}

void SessionController::resume() {
    if (!m_engine.paused())
        return;
    const TimePoint now = m_now();
    m_pausedFor += now - m_pausedAt;
    apply(m_engine.resume(now), now);
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

void SessionController::holdLonger() {
    const bool inHold = progress().phase == PhaseKind::Hold;
    const TimePoint now = m_now();
    apply(m_engine.holdLonger(now), now);
    if (inHold)
        m_holdLength = progress().phaseLength;
}

void SessionController::choose(int value) {
    const Choices before = m_engine.choices();
    const TimePoint now = m_now();
    apply(m_engine.choose(now, value), now);
    if (progress().phase == PhaseKind::Hold)
        m_holdLength = progress().phaseLength;
    if (m_engine.choices() != before)
        rememberChoices(m_settings, *m_routine, m_engine.choices());
}

void SessionController::narrationFinished() {
    const TimePoint now = m_now();
    apply(m_engine.narrationFinished(now), now);
}

void SessionController::closeStepReps() {
    m_summary.reps += m_stepReps;
    m_stepReps = 0;
}

void SessionController::count(const Cue& cue) {
    const auto exerciseIndex = [this](const Exercise* exercise) {
        return exercise ? static_cast<int>(exercise - m_routine->exercises.data()) : 0;
    };
    switch (cue.kind) {
    case CueKind::ExerciseStarted:
        m_summary.exercisesDone = std::max(m_summary.exercisesDone, cue.value);
        break;
    case CueKind::StepStarted:
        closeStepReps();
        break;
    case CueKind::HoldStarted:
        m_holdLength = std::chrono::seconds(cue.value);
        break;
    case CueKind::HoldEnded:
        ++m_summary.holds;
        m_summary.holdTime += std::chrono::round<std::chrono::seconds>(m_holdLength);
        break;
    case CueKind::BreathOut:
        ++m_summary.breaths;
        break;
    case CueKind::RepCounted:
    case CueKind::RepsEnded:
        m_stepReps = std::max(m_stepReps, cue.value);
        break;
    case CueKind::RestStarted:
        m_summary.exercisesDone =
            std::max(m_summary.exercisesDone, exerciseIndex(cue.exercise) + 1);
        break;
    case CueKind::RoutineComplete:
        m_summary.exercisesDone = m_summary.exerciseCount;
        m_summary.completed = true;
        break;
    default:
        break;
    }
    if (cue.kind == CueKind::RoutineComplete || cue.kind == CueKind::FinishedEarly) {
        closeStepReps();
        m_endedAt = cue.when;
    }
}

void SessionController::apply(const SessionEngine::Events& events,
                              std::optional<TimePoint> control) {
    for (const Cue& cue : events)
        count(cue);
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
        if (m_endedAt == TimePoint{})
            m_endedAt = m_now();
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
    const bool narrating = m_engine.progress(m_now()).waitingForNarration;
    if (narrating)
        m_refresh.stop();
    else if (!m_refresh.isActive())
        m_refresh.start();
}

} // namespace limber
