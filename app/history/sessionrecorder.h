#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "history/sessionrecord.h"
#include "routine/routine.h"
#include "session/cue.h"
#include "session/sessionprogress.h"

#include <optional>
#include <vector>

namespace limber {

// Builds a session's record for the history from what the session reports:
// every cue the engine emits, in order, and the progress after each change
// (for the seconds a hold was really held, pauses left out). Wall-clock
// times and the totals come from the caller (SessionTally's summary).
//
//   ExerciseStarted 0, StepStarted 0/2, HoldStarted 30, HoldEnded,
//   StepStarted 1/2, RepCounted 1..5, RestStarted, ExerciseStarted 1, ...
//   -> exercise 0 done, one hold {30, 30}, 5 reps
class SessionRecorder {
public:
    // `routine` must outlive the recorder.
    explicit SessionRecorder(const Routine& routine);

    void cue(const Cue& cue);
    void progress(const Progress& progress);

    // The exercises as of now; `ended`: the session is over (an exercise
    // still running was stopped).
    [[nodiscard]] std::vector<ExerciseRecord> exercises(bool ended) const;

private:
    struct Running {
        bool started = false;
        bool reachedEnd = false; // its last step on its last side
        bool done = false;
        bool left = false; // the session moved past it before its end
        ExerciseRecord record;
        int stepReps = 0;
    };
    void closeStep();
    void leaveCurrent(bool naturally);

    const Routine* m_routine;
    std::vector<Running> m_exercises;
    std::optional<std::size_t> m_current;
    bool m_lastSide = true;
    std::optional<int> m_holdTarget; // a hold runs
    Duration m_holdLength{};
    Duration m_holdElapsed{};
    bool m_ended = false;
};

} // namespace limber
