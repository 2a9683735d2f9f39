#pragma once

#include <cstddef>
#include <vector>

namespace limber {

// Workrave plays an exercise's pictures in a loop, each for its own time,
// until the exercise's time is up, cutting the last picture short
// (ExercisesPanel::heartbeat() in Workrave). Limber plays steps; this folds
// that loop into whole cycles, a repeat block, and the part of a cycle left
// at the end:
//
//   pictures 10 s, 10 s in 40 s  -> 2 cycles of (10 s, 10 s)
//   pictures 5 s, 5 s in 25 s    -> 2 cycles of (5 s, 5 s), then (5 s) of the first
//   pictures 5 s, 10 s in 12 s   -> no whole cycle, then (5 s, 7 s)
//   pictures 3 s in 3000 s with at most 500 cycles -> 500 cycles of (3 s), capped
//
// Pure C++, no Qt.
struct TimedFrame {
    std::size_t frame = 0; // index into the pictures
    int seconds = 0;

    friend bool operator==(const TimedFrame&, const TimedFrame&) = default;
};

struct FoldedSequence {
    int cycles = 0;                // whole passes through every picture
    std::vector<TimedFrame> cycle; // one pass: every picture with its time
    std::vector<TimedFrame> tail;  // after the cycles: the pass cut short
    bool capped = false;           // more than `maxCycles` passes: the rest is left out

    [[nodiscard]] int seconds() const; // the time of it all
};

// `frameSeconds`: each picture's time (> 0); `totalSeconds`: the exercise's.
// No pictures, or a total of 0, fold to nothing.
[[nodiscard]] FoldedSequence foldSequence(const std::vector<int>& frameSeconds, int totalSeconds,
                                          int maxCycles);

} // namespace limber
