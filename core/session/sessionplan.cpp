#include "session/sessionplan.h"

#include <algorithm>
#include <cassert>

namespace limber {

namespace {

int toInt(Seconds s) {
    return static_cast<int>(s.count());
}

} // namespace

SessionPlan::SessionPlan(const Routine& routine, const SessionSettings& settings,
                         const Choices& choices)
    : m_settings(settings) {
    m_exercises.reserve(routine.exercises.size());
    for (const auto& exercise : routine.exercises) {
        ExercisePlan ex;
        ex.exercise = &exercise;
        ex.sideCount = std::max(1, static_cast<int>(exercise.sides.size()));
        ex.rest = exercise.rest.value_or(Seconds{0});
        int index = 0;
        for (const auto& block : exercise.blocks) {
            BlockPlan bp;
            if (block.repeat) {
                bp.repeat = true;
                bp.asNeeded = block.repeat->kind == Repeat::Kind::AsNeeded;
                if (!bp.asNeeded) {
                    bp.cycleMin = std::max(1, block.repeat->count.min);
                    bp.cycleMax = std::max(bp.cycleMin, block.repeat->count.max);
                }
            }
            for (const auto& step : block.steps) {
                StepPlan sp;
                sp.step = &step;
                sp.index = index++;
                int value = 0;
                if (const auto* hold = std::get_if<HoldAction>(&step.action)) {
                    sp.kind = StepKind::Hold;
                    sp.ranged = !hold->duration.isFixed();
                    sp.choiceMin = toInt(hold->duration.min);
                    sp.choiceMax = toInt(hold->duration.max);
                    value = toInt(startOf(hold->duration, settings.rangeDefault));
                } else if (const auto* breaths = std::get_if<BreathsAction>(&step.action)) {
                    sp.kind = StepKind::Breaths;
                    sp.ranged = !breaths->count.isFixed();
                    sp.choiceMin = breaths->count.min;
                    sp.choiceMax = breaths->count.max;
                    value = startOf(breaths->count, settings.rangeDefault);
                } else if (const auto* reps = std::get_if<RepsAction>(&step.action)) {
                    sp.kind = reps->tempo && reps->tempo->count() > 0 ? StepKind::PacedReps
                                                                      : StepKind::TappedReps;
                    sp.ranged = !reps->count.isFixed();
                    sp.countMin = std::max(1, reps->count.min);
                    sp.count = std::max(sp.countMin, reps->count.max);
                    sp.countInitial = std::clamp(reps->count.initial, sp.countMin, sp.count);
                    if (sp.kind == StepKind::PacedReps) {
                        sp.tempo = *reps->tempo;
                        sp.active = sp.tempo * sp.count;
                    }
                }
                if (sp.kind == StepKind::Hold || sp.kind == StepKind::Breaths) {
                    const auto it = choices.find(ChoiceKey{exercise.id, sp.index});
                    resolve(sp, sp.ranged && it != choices.end() ? it->second : value);
                }
                bp.steps.push_back(sp);
            }
            if (!bp.steps.empty())
                ex.blocks.push_back(std::move(bp));
        }
        ex.stepCount = index;
        m_exercises.push_back(std::move(ex));
    }
    // Drop exercises without steps (the loader refuses them; be safe).
    std::erase_if(m_exercises, [](const ExercisePlan& ex) { return ex.blocks.empty(); });
    if (!m_exercises.empty())
        m_exercises.back().rest = Duration{0};
}

void SessionPlan::resolve(StepPlan& plan, int value) const {
    value = std::clamp(value, plan.choiceMin, plan.choiceMax);
    if (plan.kind == StepKind::Hold) {
        plan.count = value;
        plan.active = std::chrono::seconds(value);
    } else {
        plan.count = std::max(1, value);
        plan.active = m_settings.breathPace * plan.count;
    }
}

const ExercisePlan& SessionPlan::exercise(int i) const {
    assert(i >= 0 && i < exerciseCount());
    return m_exercises[static_cast<std::size_t>(i)];
}

const BlockPlan& SessionPlan::block(int exerciseIndex, int blockIndex) const {
    const auto& blocks = exercise(exerciseIndex).blocks;
    assert(blockIndex >= 0 && blockIndex < static_cast<int>(blocks.size()));
    return blocks[static_cast<std::size_t>(blockIndex)];
}

const StepPlan& SessionPlan::step(int exerciseIndex, int blockIndex, int stepIndex) const {
    const auto& steps = block(exerciseIndex, blockIndex).steps;
    assert(stepIndex >= 0 && stepIndex < static_cast<int>(steps.size()));
    return steps[static_cast<std::size_t>(stepIndex)];
}

int SessionPlan::choose(int exerciseIndex, int blockIndex, int stepIndex, int value) {
    (void)step(exerciseIndex, blockIndex, stepIndex); // bounds checks
    auto& plan = m_exercises[static_cast<std::size_t>(exerciseIndex)]
                     .blocks[static_cast<std::size_t>(blockIndex)]
                     .steps[static_cast<std::size_t>(stepIndex)];
    if (plan.kind != StepKind::Hold && plan.kind != StepKind::Breaths)
        return 0;
    resolve(plan, value);
    return plan.count;
}

Duration estimateStep(const StepPlan& step, const SessionSettings& settings) {
    switch (step.kind) {
    case StepKind::Read:
        return settings.assumedReadTime;
    case StepKind::TappedReps:
        return settings.assumedRepTime * step.countInitial;
    case StepKind::Hold:
    case StepKind::Breaths:
    case StepKind::PacedReps:
        break;
    }
    return std::max(Duration{0}, settings.getReadyLeadIn) + settings.getReady + step.active;
}

Duration estimateCycle(const BlockPlan& block, const SessionSettings& settings) {
    Duration total{};
    for (const auto& step : block.steps)
        total += estimateStep(step, settings);
    return total;
}

Duration estimateBlock(const BlockPlan& block, const SessionSettings& settings) {
    return estimateCycle(block, settings) * (block.asNeeded ? 1 : block.cycleMax);
}

Duration estimateExercise(const ExercisePlan& exercise, const SessionSettings& settings) {
    Duration total{};
    for (const auto& block : exercise.blocks)
        total += estimateBlock(block, settings);
    return total * exercise.sideCount;
}

} // namespace limber
