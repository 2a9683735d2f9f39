#pragma once

// Builders and drivers shared by the session engine tests: routines in C++
// (the YAML loader is not needed) and a fake clock that is just a
// time_point the test advances.

#include "routine/routine.h"
#include "session/cue.h"
#include "session/sessionengine.h"

#include <chrono>
#include <string>
#include <vector>

namespace limber::test {

using namespace std::chrono_literals;

inline const TimePoint kT0 = TimePoint{} + std::chrono::hours(1000);

// at(12s), at(2.5s): a moment of the fake clock, relative to kT0.
template <typename Rep, typename Period> TimePoint at(std::chrono::duration<Rep, Period> d) {
    return kT0 + std::chrono::round<Duration>(d);
}

// Session settings without the get-ready countdown.
inline SessionSettings noGetReady() {
    SessionSettings s;
    s.getReady = 0s;
    return s;
}

inline LocalizedText en(std::string s) {
    return LocalizedText("en", std::move(s));
}

inline Step readStep(std::string text) {
    Step s;
    s.text = en(std::move(text));
    return s;
}
inline Step holdStep(std::string text, Seconds d) {
    Step s = readStep(std::move(text));
    s.action = HoldAction{Range<Seconds>::fixed(d)};
    return s;
}
inline Step holdRangeStep(std::string text, Seconds min, Seconds max,
                          Seconds initial = Seconds{-1}) {
    Step s = readStep(std::move(text));
    s.action = HoldAction{{min, max, initial < Seconds{0} ? min : initial}};
    return s;
}
inline Step breathsStep(std::string text, int min, int max = 0) {
    Step s = readStep(std::move(text));
    s.action = BreathsAction{{min, max ? max : min, min}};
    return s;
}
inline Step repsStep(std::string text, int min, int max, std::optional<Seconds> tempo = {}) {
    Step s = readStep(std::move(text));
    s.action = RepsAction{{min, max, min}, tempo};
    return s;
}
inline StepBlock single(Step step) {
    StepBlock b;
    b.steps.push_back(std::move(step));
    return b;
}
inline StepBlock repeatBlock(int min, int max, std::vector<Step> steps) {
    StepBlock b;
    b.repeat = Repeat{Repeat::Kind::Count, {min, max, min}};
    b.steps = std::move(steps);
    return b;
}
inline StepBlock asNeededBlock(std::vector<Step> steps) {
    StepBlock b;
    b.repeat = Repeat{Repeat::Kind::AsNeeded, {}};
    b.steps = std::move(steps);
    return b;
}
inline Exercise exercise(std::string id, std::vector<StepBlock> blocks,
                         std::optional<Seconds> rest = {}, std::vector<Side> sides = {}) {
    Exercise e;
    e.title = en(id);
    e.id = std::move(id);
    e.blocks = std::move(blocks);
    e.rest = rest;
    e.sides = std::move(sides);
    return e;
}
inline Routine routineOf(std::vector<Exercise> exercises) {
    Routine r;
    r.id = "test";
    r.title = en("Test");
    r.exercises = std::move(exercises);
    return r;
}

// The upper-back routine the shipped file describes.
inline Routine upperBackRelief() {
    Routine r;
    r.id = "upper-back-relief";
    r.title = en("Upper back relief");
    r.equipment.push_back(Equipment{"strap", en("Yoga strap"), {}, false});
    Exercise wall =
        exercise("wall-stretch",
                 {single(readStep("Face the wall")), single(holdRangeStep("Hands up", 30s, 60s)),
                  single(readStep("Step back"))},
                 15s);
    wall.equipment = {"wall"};
    Exercise seated = exercise(
        "seated-stretch",
        {single(readStep("Sit tall")),
         repeatBlock(10, 15, {breathsStep("Elbows together", 5), readStep("Open elbows")})},
        15s);
    seated.equipment = {"chair"};
    Exercise strap = exercise(
        "strap-stretch", {asNeededBlock({readStep("Raise arms"), breathsStep("Lower chin", 5, 6),
                                         readStep("Lower arms")})});
    strap.equipment = {"strap"};
    r.exercises = {wall, seated, strap};
    return r;
}

// "12.5s HoldStarted 30/0": when (seconds after kT0), kind, value/of, and
// the side or the narration where the cue has one.
inline std::string describe(const Cue& cue) {
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(cue.when - kT0).count();
    std::string when = std::to_string(ms / 1000);
    if (ms % 1000)
        when += "." + std::to_string(ms % 1000 / 100);
    std::string out = when + "s " + cueKindName(cue.kind) + " " + std::to_string(cue.value) + "/" +
                      std::to_string(cue.of);
    if (cue.kind == CueKind::SideStarted || cue.kind == CueKind::SwitchSides)
        out += cue.side == Side::Left ? " left" : " right";
    if (cue.text)
        out += " '" + cue.text->resolve("en") + "'";
    if ((cue.kind == CueKind::NextUp || cue.kind == CueKind::RestEnding) && cue.exercise)
        out += " " + cue.exercise->id;
    return out;
}

inline std::vector<std::string> describe(const std::vector<Cue>& cues) {
    std::vector<std::string> out;
    for (const auto& cue : cues)
        out.push_back(describe(cue));
    return out;
}

// Collects everything an engine emits.
struct Recorder {
    std::vector<Cue> cues;
    void add(const std::vector<Cue>& more) { cues.insert(cues.end(), more.begin(), more.end()); }
    [[nodiscard]] std::vector<std::string> text() const { return describe(cues); }
};

// Ticks exactly at each deadline up to `until` (the GUI's single-shot
// timer with a perfect machine).
inline void runUntil(SessionEngine& engine, Recorder& rec, TimePoint until) {
    while (auto deadline = engine.nextDeadline()) {
        if (*deadline > until)
            break;
        rec.add(engine.update(*deadline));
    }
    rec.add(engine.update(until));
}

} // namespace limber::test
