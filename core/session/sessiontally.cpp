#include "session/sessiontally.h"

#include <algorithm>

using namespace std::chrono_literals;

namespace limber {

SessionTally::SessionTally(const Routine& routine)
    : m_routine(&routine) {
    m_summary.exerciseCount = static_cast<int>(routine.exercises.size());
}

void SessionTally::started(TimePoint at) {
    if (m_started)
        return;
    m_started = true;
    m_startedAt = at;
}

void SessionTally::paused(TimePoint at) {
    if (!m_pausedAt)
        m_pausedAt = at;
}

void SessionTally::resumed(TimePoint at) {
    if (!m_pausedAt)
        return;
    m_pausedFor += at - *m_pausedAt;
    m_pausedAt.reset();
}

void SessionTally::holdLengthChanged(Duration length) {
    m_holdLength = length;
}

void SessionTally::closeStepReps() {
    m_summary.reps += m_stepReps;
    m_stepReps = 0;
}

void SessionTally::count(const Cue& cue) {
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
        ended(cue.when);
    }
}

void SessionTally::ended(TimePoint at) {
    if (!m_endedAt)
        m_endedAt = at;
}

SessionSummary SessionTally::summary(TimePoint now) const {
    SessionSummary summary = m_summary;
    const TimePoint end = m_endedAt ? *m_endedAt : m_pausedAt ? *m_pausedAt : now;
    // A pause the session ended in does not count either.
    const Duration pausedFor = m_pausedFor + (m_pausedAt && m_endedAt && *m_endedAt > *m_pausedAt
                                                  ? *m_endedAt - *m_pausedAt
                                                  : Duration{});
    if (m_started)
        summary.time =
            std::chrono::duration_cast<std::chrono::seconds>(end - m_startedAt - pausedFor + 500ms);
    summary.reps += m_stepReps;
    return summary;
}

} // namespace limber
