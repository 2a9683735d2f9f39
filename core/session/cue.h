#pragma once

#include "routine/routine.h"
#include "session/sessionsettings.h"

namespace limber {

// What the engine reports. Never words: the front end phrases each kind
// through tr() from the arguments below.
enum class CueKind {
    ExerciseStarted, // exercise (title, equipment); value = exercise index, of = count
    SideStarted,     // first side of a sided exercise; side, value = 0, of = side count
    SwitchSides,     // every later side; side, value = side index, of = side count
    CycleStarted,    // value = cycle (1-based), of = cycle count (max), 0 = as needed
    StepStarted,     // text = narration (say, else text); value = step index, of = count
    GetReady,        // the countdown before a timed phase starts; value = its seconds
    Countdown,       // rhythm: value = 3, 2, 1 seconds before the timed phase
    HoldStarted,     // value = target seconds
    HoldHalfway,     // holds of 20 s or more; value = seconds left
    HoldLastSeconds, // rhythm: value = 3, 2, 1 seconds left
    HoldEnded,       //
    BreathIn,        // rhythm: value = breath (1-based), of = breath count
    BreathOut,       // rhythm: value = breath (1-based), of = breath count
    BreathsEnded,    //
    RepsStarted,     // value = min, of = max; tempo steps only (paced)
    RepCounted,      // value = reps done, of = target (max); rhythm when paced
    RepsEnded,       // value = reps done
    ChooseAgain,     // as-needed repeat: value = cycles done; the person picks again/done
    RestStarted,     // value = rest seconds
    NextUp,          // exercise = the next exercise (said during the rest)
    RestEnding,      // exercise = the next exercise; value = seconds left (rests of 10 s or more)
    RestLastSeconds, // rhythm: value = 3, 2, 1 seconds of rest left
    RoutineComplete, //
    FinishedEarly,   // finish() before the end
};

// Which sound goes with a cue (the front end maps it to a file).
enum class Sound { None, Start, Tick, Halfway, End, Switch, Rest, Complete, Inhale, Exhale };

// One event. `when` is the exact scheduled time (a boundary computed from
// the phase start), not the time of the tick that delivered it.
struct Cue {
    CueKind kind{};
    TimePoint when{};
    int value = 0;
    int of = 0;
    Sound sound = Sound::None;
    const LocalizedText* text = nullptr; // StepStarted: the narration
    const Exercise* exercise = nullptr;  // the exercise it belongs to (NextUp: the next one)
    Side side = Side::Left;              // SideStarted, SwitchSides
    bool waits = false;                  // StepStarted: the step waits for next()

    bool operator==(const Cue&) const = default;
};

// Rhythm cues are only meaningful on time; see SessionEngine's late-tick rule.
[[nodiscard]] constexpr bool isRhythmCue(CueKind kind) {
    return kind == CueKind::Countdown || kind == CueKind::HoldLastSeconds ||
           kind == CueKind::RestLastSeconds || kind == CueKind::BreathIn ||
           kind == CueKind::BreathOut;
}

// The sound each cue kind plays.
[[nodiscard]] Sound soundFor(CueKind kind);

[[nodiscard]] const char* cueKindName(CueKind kind); // for logs and tests

} // namespace limber
