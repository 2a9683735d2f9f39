#pragma once

#include "routine/routine.h"
#include "session/cue.h"
#include "session/sessionsettings.h"

#include <chrono>

namespace limber {

// What a session amounted to, for the Done screen (and the history).
struct SessionSummary {
    int exercisesDone = 0;           // exercises run to their end
    int exerciseCount = 0;           // in the routine
    bool completed = false;          // the routine ran to its end (not finished early)
    std::chrono::seconds time{};     // from start to the end, pauses left out
    int holds = 0;                   // holds held to their end
    std::chrono::seconds holdTime{}; // their seconds, added up
    int breaths = 0;                 // breaths guided
    int reps = 0;                    // reps counted (tapped or paced)

    friend bool operator==(const SessionSummary&, const SessionSummary&) = default;
};

// Counts a session as it runs: fed every cue the engine emits, in order, and
// told when the person paused and resumed. Time is passed in.
class SessionTally {
public:
    // `routine` must outlive the tally.
    explicit SessionTally(const Routine& routine);

    void started(TimePoint at);
    void paused(TimePoint at);
    void resumed(TimePoint at);
    // A hold's length changed while it runs ("hold longer", a chosen target):
    // a hold held to its end counts this length.
    void holdLengthChanged(Duration length);
    void count(const Cue& cue);
    // The session ended at `at` without a RoutineComplete or FinishedEarly
    // cue saying when (the first end counts).
    void ended(TimePoint at);

    // The summary as of `now`: a paused session's time stops at the pause,
    // an ended one's at its end.
    [[nodiscard]] SessionSummary summary(TimePoint now) const;

private:
    void closeStepReps();

    const Routine* m_routine;
    SessionSummary m_summary;
    bool m_started = false;
    TimePoint m_startedAt{};
    std::optional<TimePoint> m_endedAt;
    std::optional<TimePoint> m_pausedAt;
    Duration m_pausedFor{};
    int m_stepReps = 0;
    Duration m_holdLength{};
};

} // namespace limber
