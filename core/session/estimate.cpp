#include "session/estimate.h"

#include "session/sessionplan.h"

namespace limber {

Duration estimateDuration(const Routine& routine, const SessionSettings& settings,
                          const Choices& choices) {
    const SessionPlan plan(routine, settings, choices);
    Duration total{};
    for (const auto& exercise : plan.exercises())
        total += estimateExercise(exercise, settings) + exercise.rest;
    return total;
}

} // namespace limber
