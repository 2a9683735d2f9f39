// Property tests over generated routines: a few hundred routines of random
// structure, ticked at random intervals, with a scripted person.

#include "session/estimate.h"
#include "session/sessionengine.h"
#include "test_session_util.h"

#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>
#include <random>
#include <set>
#include <tuple>

namespace limber::test {
namespace {

struct Generator {
    std::mt19937 rng;
    explicit Generator(unsigned seed)
        : rng(seed) {}

    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    // `personDependent`: read steps, tapped reps, ranges and as-needed
    // repeats (the script below acts on estimateDuration's assumptions).
    Step step(int n, bool personDependent) {
        const std::string text = "s" + std::to_string(n);
        const int kind = between(0, personDependent ? 4 : 2);
        switch (kind) {
        case 0: {
            const auto min = Seconds{between(1, 40)};
            return personDependent && chance(30)
                       ? holdRangeStep(text, min, min + Seconds{between(0, 30)})
                       : holdStep(text, min);
        }
        case 1: {
            const int min = between(1, 6);
            return breathsStep(text, min, personDependent && chance(30) ? min + 2 : min);
        }
        case 2: {
            const int min = between(1, 8);
            return repsStep(text, min, personDependent && chance(30) ? min + 3 : min,
                            Seconds{between(1, 4)});
        }
        case 3:
            return readStep(text);
        default: {
            const int min = between(1, 5);
            return repsStep(text, min, min + between(0, 3));
        }
        }
    }

    Routine routine(bool personDependent) {
        std::vector<Exercise> exercises;
        const int count = between(1, 4);
        int n = 0;
        for (int e = 0; e < count; ++e) {
            std::vector<StepBlock> blocks;
            const int blockCount = between(1, 3);
            for (int b = 0; b < blockCount; ++b) {
                std::vector<Step> steps;
                const int stepCount = between(1, 3);
                for (int s = 0; s < stepCount; ++s)
                    steps.push_back(step(n++, personDependent));
                if (chance(40)) {
                    if (personDependent && chance(30)) {
                        blocks.push_back(asNeededBlock(std::move(steps)));
                    } else {
                        const int min = between(1, 4);
                        blocks.push_back(repeatBlock(
                            min, personDependent && chance(50) ? min + 2 : min, std::move(steps)));
                    }
                } else {
                    for (auto& s : steps)
                        blocks.push_back(single(std::move(s)));
                }
            }
            std::vector<Side> sides;
            if (chance(30))
                sides = {Side::Left, Side::Right};
            std::optional<Seconds> rest;
            if (chance(50))
                rest = Seconds{between(0, 20)};
            exercises.push_back(exercise("e" + std::to_string(e), std::move(blocks), rest, sides));
        }
        return routineOf(std::move(exercises));
    }

    SessionSettings settings() {
        SessionSettings s;
        s.getReady = Seconds{between(0, 5)};
        s.breathPace = std::chrono::milliseconds(between(2000, 8000));
        s.rangeDefault = static_cast<RangeDefault>(between(0, 2));
        return s;
    }
};

struct RunResult {
    std::vector<Cue> cues;
    Duration total{};
    bool finished = false;
};

// Runs a routine with auto-advance to the end. maxGap zero: a perfect
// machine ticking exactly at every deadline. The person acts exactly as
// estimateDuration() assumes: reads for assumedReadTime, taps a rep every
// assumedRepTime up to the initial count then says done, answers "done" to
// every as-needed question. Ticks come every 1 ms..maxGap, but never later
// than the person's next action (their timing is part of the script, not of
// the tick), so the total must match the estimate exactly.
RunResult run(const Routine& routine, const SessionSettings& settings, std::mt19937& rng,
              Duration maxGap) {
    SessionEngine engine(routine, settings);
    RunResult result;
    auto add = [&](const std::vector<Cue>& more) {
        result.cues.insert(result.cues.end(), more.begin(), more.end());
    };
    std::uniform_int_distribution<long long> gap(
        1, std::max<long long>(
               1, std::chrono::duration_cast<std::chrono::milliseconds>(maxGap).count()));
    TimePoint t = at(0s);
    add(engine.start(t));
    for (int guard = 0; guard < 1'000'000 && !engine.finished(); ++guard) {
        const Progress p = engine.progress(t);
        std::optional<TimePoint> action;
        if (p.phase == PhaseKind::ChooseAgain) {
            add(engine.done(t));
            continue;
        }
        if (p.phase == PhaseKind::WaitingForNext) {
            action = t - p.elapsed + settings.assumedReadTime;
            if (*action <= t) {
                add(engine.next(t));
                continue;
            }
        }
        if (p.phase == PhaseKind::Reps && !engine.nextDeadline()) { // tapped
            const auto* reps = std::get_if<RepsAction>(&p.currentStep->action);
            const int initial = std::clamp(reps->count.initial, reps->count.min, reps->count.max);
            if (p.reps >= initial) {
                add(engine.done(t)); // at max the last tap already moved on
                continue;
            }
            action = t - p.elapsed + settings.assumedRepTime * (p.reps + 1);
            if (*action <= t) {
                add(engine.tapRep(t));
                continue;
            }
        }
        TimePoint next = t + std::chrono::milliseconds(gap(rng));
        if (maxGap == Duration{0})
            next = engine.nextDeadline().value_or(TimePoint::max());
        if (action)
            next = std::min(next, *action);
        t = next;
        add(engine.update(t));
    }
    result.finished = engine.finished();
    if (!result.cues.empty())
        result.total = result.cues.back().when - at(0s);
    return result;
}

using Identity = std::tuple<CueKind, TimePoint, int, int, const LocalizedText*, const Exercise*>;
Identity identity(const Cue& c) {
    return {c.kind, c.when, c.value, c.of, c.text, c.exercise};
}

void checkRun(const RunResult& result, const Duration estimate, const std::string& where,
              Duration tolerance = Duration{0}) {
    ASSERT_TRUE(result.finished) << where;
    ASSERT_FALSE(result.cues.empty()) << where;
    EXPECT_EQ(result.cues.back().kind, CueKind::RoutineComplete) << where;
    EXPECT_GE(result.total, estimate) << where;
    EXPECT_LE(result.total, estimate + tolerance) << where;
    std::set<Identity> seen;
    for (std::size_t i = 0; i < result.cues.size(); ++i) {
        EXPECT_TRUE(seen.insert(identity(result.cues[i])).second)
            << where << " twice: " << describe(result.cues[i]);
        if (i > 0) {
            EXPECT_LE(result.cues[i - 1].when, result.cues[i].when) << where << " order at " << i;
        }
    }
}

std::vector<Cue> withoutRhythm(const std::vector<Cue>& cues) {
    std::vector<Cue> out;
    for (const auto& c : cues)
        if (!isRhythmCue(c.kind) && c.kind != CueKind::RepCounted)
            out.push_back(c);
    return out;
}

TEST(SessionProperty, FixedRoutinesTerminateOnceAndMatchTheEstimate) {
    Generator gen(20240601);
    for (int i = 0; i < 300; ++i) {
        const Routine routine = gen.routine(false);
        const SessionSettings settings = gen.settings();
        const std::string where = "routine " + std::to_string(i);
        const Duration estimate = estimateDuration(routine, settings);
        std::mt19937 tickRng(static_cast<unsigned>(i));
        // Perfect ticks, then ticks up to 500 ms, then gaps up to 6 s.
        const RunResult fine = run(routine, settings, tickRng, 0ms);
        const RunResult jitter = run(routine, settings, tickRng, 500ms);
        const RunResult busy = run(routine, settings, tickRng, 6s);
        checkRun(fine, estimate, where);
        checkRun(jitter, estimate, where + " jitter");
        checkRun(busy, estimate, where + " busy");
        // Late ticks lose no phase and invent none: every non-rhythm cue of
        // the 1 ms run, exactly, and rhythm cues only from it.
        EXPECT_EQ(describe(withoutRhythm(busy.cues)), describe(withoutRhythm(fine.cues))) << where;
        std::set<Identity> fineSet;
        for (const auto& c : fine.cues)
            fineSet.insert(identity(c));
        for (const auto& c : busy.cues)
            EXPECT_TRUE(fineSet.count(identity(c))) << where << " " << describe(c);
        if (HasFailure())
            return;
    }
}

TEST(SessionProperty, PersonDependentRoutinesWithAFixedScript) {
    Generator gen(7);
    for (int i = 0; i < 300; ++i) {
        const Routine routine = gen.routine(true);
        const SessionSettings settings = gen.settings();
        const std::string where = "routine " + std::to_string(i);
        std::mt19937 tickRng(static_cast<unsigned>(i));
        const RunResult r = run(routine, settings, tickRng, 2s);
        // The one thing the script cannot do on time: answer an as-needed
        // question the moment it is asked, since it learns of it on the
        // tick after; each answer may come up to one tick (2 s) late.
        const auto questions = std::count_if(r.cues.begin(), r.cues.end(), [](const Cue& c) {
            return c.kind == CueKind::ChooseAgain;
        });
        checkRun(r, estimateDuration(routine, settings), where, 2s * questions);
        if (HasFailure())
            return;
    }
}

// Progress never runs backwards in the routine estimate by more than the
// time passed, and time left in a phase equals its deadline minus now.
TEST(SessionProperty, RemainingIsDeadlineMinusNow) {
    Generator gen(99);
    for (int i = 0; i < 100; ++i) {
        const Routine routine = gen.routine(false);
        const SessionSettings settings = gen.settings();
        SessionEngine engine(routine, settings);
        std::mt19937 rng(static_cast<unsigned>(i));
        TimePoint t = at(0s);
        engine.start(t);
        const Duration estimate = estimateDuration(routine, settings);
        while (!engine.finished()) {
            t += std::chrono::milliseconds(std::uniform_int_distribution<int>(1, 3000)(rng));
            engine.update(t);
            const Progress p = engine.progress(t);
            ASSERT_EQ(p.routineRemaining, std::max(Duration{0}, estimate - (t - at(0s))))
                << "routine " << i;
            if (p.phaseLength > Duration{0} && !engine.finished()) {
                ASSERT_EQ(p.remaining + p.elapsed, p.phaseLength);
            }
        }
    }
}

} // namespace
} // namespace limber::test
