#pragma once

#include "routine/routine.h"
#include "session/sessionengine.h"
#include "session/sessionplan.h"
#include "session/sessionsettings.h"

#include <algorithm>
#include <optional>

namespace limber {

class Settings;

// The session's settings from the person's settings.
[[nodiscard]] SessionSettings sessionSettingsFrom(const Settings& settings);
// The remembered hold targets and breath counts of `routine`, as the
// engine's choices: every ranged hold of an exercise starts at the
// exercise's hold target, every ranged breath count at its breath target.
[[nodiscard]] Choices choicesFrom(const Settings& settings, const Routine& routine);
// Where a ranged hold or breath count starts, as the session starts it: at
// the remembered `target` (kept within the range), else where the person's
// hold choice puts it.
template <typename T>
[[nodiscard]] T startingValue(const Settings& settings, const Range<T>& range,
                              std::optional<T> target) {
    if (target)
        return std::clamp(*target, range.min, range.max);
    return startOf(range, sessionSettingsFrom(settings).rangeDefault);
}
// Writes the choices back as the exercises' hold and breath targets.
void rememberChoices(Settings& settings, const Routine& routine, const Choices& choices);

} // namespace limber
