#pragma once

#include "routine/routine.h"
#include "session/sessionsettings.h"

#include <algorithm>
#include <vector>

namespace limber {

// Where a ranged hold or breath count starts when the person chose nothing
// for it: its shortest, its longest or the routine's default.
template <typename T> [[nodiscard]] T startOf(const Range<T>& range, RangeDefault rangeDefault) {
    switch (rangeDefault) {
    case RangeDefault::Short:
        return range.min;
    case RangeDefault::Long:
        return range.max;
    case RangeDefault::RoutineDefault:
        break;
    }
    return std::clamp(range.initial, range.min, range.max);
}

// What a step asks of the engine once its values are resolved.
enum class StepKind {
    Read,       // read and continue: waits for next()
    Hold,       // a timed hold
    Breaths,    // N breaths at the breath pace
    TappedReps, // the person taps each rep
    PacedReps,  // the engine paces and counts (the step has a tempo)
};

// A step with its range resolved against the settings and the remembered
// choices.
struct StepPlan {
    const Step* step = nullptr;
    StepKind kind = StepKind::Read;
    int index = 0;        // in the exercise, blocks flattened
    bool ranged = false;  // the person may choose (hold, breaths) or stop early (reps)
    int count = 0;        // breaths: chosen count; reps: max (auto-complete)
    int countMin = 0;     // reps: done() allowed from here
    int countInitial = 0; // reps: the estimate's assumption for tapped reps
    Duration active{};    // hold: chosen length; breaths: count * pace; paced: max * tempo
    Duration tempo{};     // paced reps
    int choiceMin = 0;    // hold seconds / breath count bounds for choose()
    int choiceMax = 0;

    [[nodiscard]] bool timed() const {
        return kind == StepKind::Hold || kind == StepKind::Breaths || kind == StepKind::PacedReps;
    }
};

struct BlockPlan {
    bool repeat = false;
    bool asNeeded = false;
    int cycleMin = 1; // the person may leave the block after this many cycles
    int cycleMax = 1; // the engine runs this many unless the person stops
    std::vector<StepPlan> steps;
};

struct ExercisePlan {
    const Exercise* exercise = nullptr;
    std::vector<BlockPlan> blocks;
    int stepCount = 0; // steps in the exercise, blocks flattened
    int sideCount = 1; // 1 for an exercise without sides
    Duration rest{};   // zero after the last exercise
};

// The routine flattened for running: exercises, their blocks and steps, each
// range resolved. Holds pointers into `routine`, which must outlive it.
class SessionPlan {
public:
    SessionPlan(const Routine& routine, const SessionSettings& settings, const Choices& choices);

    [[nodiscard]] const std::vector<ExercisePlan>& exercises() const { return m_exercises; }
    [[nodiscard]] const ExercisePlan& exercise(int i) const;
    [[nodiscard]] const BlockPlan& block(int exercise, int block) const;
    [[nodiscard]] const StepPlan& step(int exercise, int block, int step) const;
    [[nodiscard]] int exerciseCount() const { return static_cast<int>(m_exercises.size()); }

    // Re-resolves one ranged hold or breaths step to `value` (clamped to its
    // range): seconds for a hold, a count for breaths. Returns the value used.
    int choose(int exercise, int block, int step, int value);

private:
    void resolve(StepPlan& plan, int value) const;

    SessionSettings m_settings;
    std::vector<ExercisePlan> m_exercises;
};

// The time a step takes when nobody intervenes: its get-ready (timed steps),
// its active part, and the assumptions for person-paced steps.
[[nodiscard]] Duration estimateStep(const StepPlan& step, const SessionSettings& settings);

// One cycle of a block, and the block with its cycles (max; one when as needed).
[[nodiscard]] Duration estimateCycle(const BlockPlan& block, const SessionSettings& settings);
[[nodiscard]] Duration estimateBlock(const BlockPlan& block, const SessionSettings& settings);

// An exercise: every side of every block, without its rest.
[[nodiscard]] Duration estimateExercise(const ExercisePlan& exercise,
                                        const SessionSettings& settings);

} // namespace limber
