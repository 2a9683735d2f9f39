#pragma once

#include <chrono>
#include <compare>
#include <map>
#include <string>

namespace limber {

// The engine's unit of time: exact integer ticks of the steady clock, so
// boundaries computed from a phase start never round.
using Clock = std::chrono::steady_clock;
using TimePoint = Clock::time_point;
using Duration = Clock::duration;

// Where a range (`hold: {min: 30s, max: 1m}`, `breaths: {min: 5, max: 6}`)
// starts when the person has not chosen yet.
enum class RangeDefault {
    RoutineDefault, // the file's `default`, else min (the format's rule)
    Short,          // min
    Long,           // max
};

struct SessionSettings {
    // Get-ready countdown before each timed phase (hold, breaths, paced
    // reps); zero disables it.
    Duration getReady = std::chrono::seconds(3);
    // One breath (inhale + exhale, split in two equal halves).
    Duration breathPace = std::chrono::seconds(5);
    // After a timed step ends: go on at once, or wait for next().
    bool autoAdvance = true;
    RangeDefault rangeDefault = RangeDefault::RoutineDefault;
    // When set, a timed step's get-ready countdown does not start until the
    // front end calls narrationFinished(), or narrationLimit after the step
    // started, whichever comes first.
    bool waitForNarration = false;
    Duration narrationLimit = std::chrono::seconds(8);
    // With waitForNarration: this much quiet after the narration before the
    // get-ready, so its words do not run on from the step's.
    Duration afterNarration = Duration{0};
    // A moment for the get-ready's own words before its first countdown
    // number, so that "Get ready" and "3" are not due at the same instant
    // (a voice can say only one of them). Zero: they share the phase start.
    Duration getReadyLeadIn = Duration{0};
    // Assumptions for the estimates only (the engine never waits on them).
    Duration assumedReadTime = std::chrono::seconds(5);
    Duration assumedRepTime = std::chrono::seconds(3);
};

// Identifies a ranged step whose choice is remembered: the exercise id and
// the step's index in the exercise (blocks flattened, a repeat block's steps
// counted once).
struct ChoiceKey {
    std::string exerciseId;
    int step = 0;

    auto operator<=>(const ChoiceKey&) const = default;
};

// Remembered choices: seconds for a hold, a breath count for breaths.
using Choices = std::map<ChoiceKey, int>;

} // namespace limber
