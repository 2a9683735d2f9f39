#include "session/sessionchoices.h"

#include "common/qtconvert.h"
#include "settings/settings.h"

#include <variant>

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

bool isRangedBreaths(const Step& step) {
    const auto* breaths = std::get_if<BreathsAction>(&step.action);
    return breaths && !breaths->count.isFixed();
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
        const auto breaths = settings.breathTarget(routineId, toQString(exercise.id));
        forEachStep(exercise, [&](const Step& step, int index) {
            if (target && isRangedHold(step))
                choices[ChoiceKey{exercise.id, index}] = static_cast<int>(target->count());
            else if (breaths && isRangedBreaths(step))
                choices[ChoiceKey{exercise.id, index}] = *breaths;
        });
    }
    return choices;
}

void rememberChoices(Settings& settings, const Routine& routine, const Choices& choices) {
    const QString routineId = toQString(routine.id);
    for (const auto& exercise : routine.exercises) {
        forEachStep(exercise, [&](const Step& step, int index) {
            const auto it = choices.find(ChoiceKey{exercise.id, index});
            if (it == choices.end())
                return;
            const QString exerciseId = toQString(exercise.id);
            if (isRangedHold(step)) {
                const std::chrono::seconds target(it->second);
                if (settings.holdTarget(routineId, exerciseId) != target)
                    settings.setHoldTarget(routineId, exerciseId, target);
            } else if (isRangedBreaths(step)) {
                if (settings.breathTarget(routineId, exerciseId) != it->second)
                    settings.setBreathTarget(routineId, exerciseId, it->second);
            }
        });
    }
}

} // namespace limber
