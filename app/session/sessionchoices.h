#pragma once

#include "routine/routine.h"
#include "session/sessionengine.h"
#include "session/sessionsettings.h"

namespace limber {

class Settings;

// The session's settings from the person's settings.
[[nodiscard]] SessionSettings sessionSettingsFrom(const Settings& settings);
// The remembered hold targets and breath counts of `routine`, as the
// engine's choices: every ranged hold of an exercise starts at the
// exercise's hold target, every ranged breath count at its breath target.
[[nodiscard]] Choices choicesFrom(const Settings& settings, const Routine& routine);
// Writes the choices back as the exercises' hold and breath targets.
void rememberChoices(Settings& settings, const Routine& routine, const Choices& choices);

} // namespace limber
