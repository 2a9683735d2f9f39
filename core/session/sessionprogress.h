#pragma once

#include "routine/routine.h"
#include "session/sessionsettings.h"

#include <optional>

namespace limber {

enum class PhaseKind {
    NotStarted,
    GetReady, // the countdown before a timed phase (or waiting for narration)
    Hold,
    Breathing,
    Reps, // tapped or paced
    Rest,
    WaitingForNext, // a read step, or a timed step ended without auto-advance
    ChooseAgain,    // after a cycle of an as-needed repeat
    Paused,
    Finished,
};

enum class BreathPhase { None, Inhale, Exhale };

// Where the session stands at one moment; SessionEngine::progress(now).
// Indices are 0-based, cycle is 1-based ("cycle 4 of 12").
struct Progress {
    PhaseKind phase = PhaseKind::NotStarted;
    PhaseKind activePhase = PhaseKind::NotStarted; // the phase under Paused
    bool waitingForNarration = false;              // GetReady held until narration ends
    // GetReady is the count-in before a paused timed part goes on
    // (SessionEngine::rejoin()); the part's time stands still under it.
    bool countingIn = false;

    int exercise = 0, exerciseCount = 0;
    int step = 0, stepCount = 0; // in the exercise, blocks flattened
    bool inRepeat = false;
    bool asNeeded = false;
    int cycle = 0, cycleCount = 0, cycleMin = 0; // 0 outside repeats; count 0 when as needed
    int sideIndex = 0, sideCount = 0;            // sideCount 0 = no sides
    std::optional<Side> side;

    Duration elapsed{};   // in the current phase
    Duration remaining{}; // in the current phase; zero when it waits for the person
    Duration phaseLength{};

    int breath = 0, breathCount = 0; // breath 1-based
    BreathPhase breathPhase = BreathPhase::None;
    double breathFraction = 0.0; // 0..1 through the inhale or exhale, for animation

    int reps = 0, repsMin = 0, repsTarget = 0;
    bool canFinish = false; // done() would end the reps or leave the repeat block now

    Duration routineRemaining{}; // estimate, same assumptions as estimateDuration()

    const Exercise* currentExercise = nullptr;
    const Step* currentStep = nullptr;
};

} // namespace limber
