#pragma once

#include "routine/routine.h"
#include "session/sessionsettings.h"

namespace limber {

// How long a routine takes when run with `settings` and nobody intervenes:
//   - holds at their chosen length (remembered choice, else the settings'
//     range default), breaths at the breath pace, paced reps at max * tempo,
//     each timed step plus its get-ready countdown;
//   - tapped reps: the range's initial count * assumedRepTime (3 s);
//   - read-and-continue steps: assumedReadTime (5 s);
//   - repeat blocks: max cycles for a count or range, one cycle as needed;
//   - sides multiply their exercise; rests count between exercises (not
//     after the last one);
//   - waiting for narration and waiting for next() count nothing.
// This is exactly the time SessionEngine takes with auto-advance when the
// person acts exactly on those assumptions.
//
// Example: get-ready 3 s, one exercise "hold 30s", then "read", rest 15s,
// then "breaths 5" at 5 s: 33 + 5 + 15 + 28 = 81 s.
[[nodiscard]] Duration estimateDuration(const Routine& routine, const SessionSettings& settings,
                                        const Choices& choices = {});

} // namespace limber
