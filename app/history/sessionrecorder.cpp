#include "history/sessionrecorder.h"

#include <algorithm>

namespace limber {

namespace {

int roundSeconds(Duration duration) {
    return static_cast<int>(std::chrono::round<std::chrono::seconds>(duration).count());
}

} // namespace

SessionRecorder::SessionRecorder(const Routine& routine)
    : m_routine(&routine)
    , m_exercises(routine.exercises.size()) {
    for (std::size_t i = 0; i < routine.exercises.size(); ++i)
        m_exercises[i].record.exerciseId = QString::fromStdString(routine.exercises[i].id);
}

void SessionRecorder::closeStep() {
    if (m_current)
        m_exercises[*m_current].record.reps += m_exercises[*m_current].stepReps;
    if (m_current)
        m_exercises[*m_current].stepReps = 0;
}

// The current exercise is left: done when it had reached its end and the
// session went on by itself or by the person's choice after that.
void SessionRecorder::leaveCurrent(bool naturally) {
    if (!m_current)
        return;
    closeStep();
    Running& running = m_exercises[*m_current];
    if (running.reachedEnd || naturally)
        running.done = true;
    else if (!running.done)
        running.left = true;
    m_holdTarget.reset();
}

void SessionRecorder::cue(const Cue& cue) {
    if (m_ended)
        return;
    switch (cue.kind) {
    case CueKind::ExerciseStarted: {
        const auto index = static_cast<std::size_t>(std::max(0, cue.value));
        if (index >= m_exercises.size())
            break;
        if (m_current && *m_current != index)
            leaveCurrent(false);
        m_current = index;
        m_exercises[index].started = true;
        m_exercises[index].left = false;
        m_lastSide = true;
        break;
    }
    case CueKind::SideStarted:
    case CueKind::SwitchSides:
        m_lastSide = cue.of <= 0 || cue.value >= cue.of - 1;
        break;
    case CueKind::CycleStarted:
        if (m_current)
            ++m_exercises[*m_current].record.cycles;
        break;
    case CueKind::StepStarted:
        closeStep();
        if (m_current && m_lastSide && cue.of > 0 && cue.value >= cue.of - 1)
            m_exercises[*m_current].reachedEnd = true;
        break;
    case CueKind::HoldStarted:
        m_holdTarget = cue.value;
        m_holdLength = std::chrono::seconds(cue.value);
        m_holdElapsed = {};
        break;
    case CueKind::HoldEnded:
        if (m_current && m_holdTarget)
            m_exercises[*m_current].record.holds.push_back(
                {*m_holdTarget, roundSeconds(m_holdLength)});
        m_holdTarget.reset();
        break;
    case CueKind::BreathOut:
        if (m_current)
            ++m_exercises[*m_current].record.breaths;
        break;
    case CueKind::RepCounted:
    case CueKind::RepsEnded:
        if (m_current)
            m_exercises[*m_current].stepReps =
                std::max(m_exercises[*m_current].stepReps, cue.value);
        break;
    case CueKind::RestStarted:
        if (m_current)
            leaveCurrent(m_exercises[*m_current].reachedEnd);
        break;
    case CueKind::RoutineComplete:
        leaveCurrent(true);
        m_current.reset();
        m_ended = true;
        break;
    case CueKind::FinishedEarly:
        if (m_current && m_holdTarget)
            m_exercises[*m_current].record.holds.push_back(
                {*m_holdTarget, roundSeconds(m_holdElapsed)});
        m_holdTarget.reset();
        closeStep();
        m_ended = true;
        break;
    default:
        break;
    }
}

void SessionRecorder::progress(const Progress& progress) {
    const bool inHold =
        progress.phase == PhaseKind::Hold ||
        (progress.phase == PhaseKind::Paused && progress.activePhase == PhaseKind::Hold);
    if (m_holdTarget && inHold) {
        m_holdLength = progress.phaseLength;
        m_holdElapsed = progress.elapsed;
    }
}

std::vector<ExerciseRecord> SessionRecorder::exercises(bool ended) const {
    std::vector<ExerciseRecord> records;
    for (std::size_t i = 0; i < m_exercises.size(); ++i) {
        const Running& running = m_exercises[i];
        ExerciseRecord record = running.record;
        if (m_current && *m_current == i)
            record.reps += running.stepReps;
        if (running.done)
            record.outcome = ExerciseOutcome::Done;
        else if (m_current && *m_current == i && running.started && !running.left)
            record.outcome = ended || m_ended ? ExerciseOutcome::Stopped : ExerciseOutcome::Skipped;
        else
            record.outcome = ExerciseOutcome::Skipped;
        records.push_back(std::move(record));
    }
    return records;
}

} // namespace limber
