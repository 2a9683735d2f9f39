// The session engine's cost per tick, and its timing error over a simulated
// 10-minute routine ticked like a busy GUI: every 50 ms, with random delays
// of up to 2 s. Run by scripts/bench.

#include "session/estimate.h"
#include "session/sessionengine.h"
#include "session/sessionplan.h"

#include <benchmark/benchmark.h>
#include <random>

namespace limber {
namespace {

using namespace std::chrono_literals;

LocalizedText en(std::string s) {
    return LocalizedText("en", std::move(s));
}

Step step(std::string text, StepAction action) {
    Step s;
    s.text = en(std::move(text));
    s.action = std::move(action);
    return s;
}

StepBlock block(std::vector<Step> steps, int cycles = 0) {
    StepBlock b;
    if (cycles > 0)
        b.repeat = Repeat{Repeat::Kind::Count, Range<int>::fixed(cycles)};
    b.steps = std::move(steps);
    return b;
}

// About ten minutes without a person in the loop: every kind of timed step,
// a repeat block, sides and rests.
Routine tenMinuteRoutine() {
    Routine r;
    r.id = "bench";
    r.title = en("Bench");
    Exercise wall;
    wall.id = "wall";
    wall.title = en("Wall stretch");
    wall.blocks = {block({step("Hands up", HoldAction{Range<Seconds>::fixed(45s)})})};
    wall.rest = 15s;
    Exercise seated;
    seated.id = "seated";
    seated.title = en("Seated stretch");
    seated.blocks = {block({step("Elbows together", BreathsAction{Range<int>::fixed(5)}),
                            step("Open", RepsAction{Range<int>::fixed(4), Seconds{2}})},
                           10)};
    seated.rest = 15s;
    Exercise strap;
    strap.id = "strap";
    strap.title = en("Strap stretch");
    strap.sides = {Side::Left, Side::Right};
    strap.blocks = {block({step("Raise arms", HoldAction{Range<Seconds>::fixed(30s)})}),
                    block({step("Lower chin", BreathsAction{Range<int>::fixed(6)})})};
    r.exercises = {wall, seated, strap};
    return r;
}

// The ideal time of every phase boundary, computed from the plan alone:
// steps back to back at their estimated lengths, the active part after the
// get-ready, rests between exercises.
struct Boundary {
    CueKind kind;
    Duration at;
};

std::vector<Boundary> idealBoundaries(const Routine& routine, const SessionSettings& settings) {
    const SessionPlan plan(routine, settings, {});
    std::vector<Boundary> out;
    Duration t{};
    for (const auto& exercise : plan.exercises()) {
        out.push_back({CueKind::ExerciseStarted, t});
        for (int side = 0; side < exercise.sideCount; ++side) {
            for (const auto& b : exercise.blocks) {
                for (int cycle = 0; cycle < b.cycleMax; ++cycle) {
                    for (const auto& s : b.steps) {
                        out.push_back({CueKind::StepStarted, t});
                        const Duration active = t + settings.getReady;
                        t += estimateStep(s, settings);
                        if (s.kind == StepKind::Hold) {
                            out.push_back({CueKind::HoldStarted, active});
                            out.push_back({CueKind::HoldEnded, t});
                        } else if (s.kind == StepKind::Breaths) {
                            out.push_back({CueKind::BreathsEnded, t});
                        } else if (s.kind == StepKind::PacedReps) {
                            out.push_back({CueKind::RepsStarted, active});
                            out.push_back({CueKind::RepsEnded, t});
                        }
                    }
                }
            }
        }
        if (exercise.rest > Duration{0}) {
            out.push_back({CueKind::RestStarted, t});
            t += exercise.rest;
        }
    }
    out.push_back({CueKind::RoutineComplete, t});
    return out;
}

bool isBoundary(CueKind kind) {
    switch (kind) {
    case CueKind::ExerciseStarted:
    case CueKind::StepStarted:
    case CueKind::HoldStarted:
    case CueKind::HoldEnded:
    case CueKind::BreathsEnded:
    case CueKind::RepsStarted:
    case CueKind::RepsEnded:
    case CueKind::RestStarted:
    case CueKind::RoutineComplete:
        return true;
    default:
        return false;
    }
}

const TimePoint kStart = TimePoint{} + std::chrono::hours(1);

// One tick of a running session, 50 ms after the last one.
void BM_Tick(benchmark::State& state) {
    const Routine routine = tenMinuteRoutine();
    auto engine = std::make_unique<SessionEngine>(routine);
    TimePoint t = kStart;
    engine->start(t);
    std::size_t cues = 0;
    for (auto _ : state) {
        t += 50ms;
        auto events = engine->update(t);
        cues += events.size();
        benchmark::DoNotOptimize(events.data());
        if (engine->finished()) {
            state.PauseTiming();
            engine = std::make_unique<SessionEngine>(routine);
            engine->start(t);
            state.ResumeTiming();
        }
    }
    state.counters["cues/tick"] =
        benchmark::Counter(static_cast<double>(cues), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Tick);

// A tick plus the progress the GUI reads after it.
void BM_TickAndProgress(benchmark::State& state) {
    const Routine routine = tenMinuteRoutine();
    auto engine = std::make_unique<SessionEngine>(routine);
    TimePoint t = kStart;
    engine->start(t);
    for (auto _ : state) {
        t += 50ms;
        auto events = engine->update(t);
        benchmark::DoNotOptimize(events.data());
        auto progress = engine->progress(t);
        benchmark::DoNotOptimize(progress);
        if (engine->finished()) {
            state.PauseTiming();
            engine = std::make_unique<SessionEngine>(routine);
            engine->start(t);
            state.ResumeTiming();
        }
    }
}
BENCHMARK(BM_TickAndProgress);

// The simulated routine, start to finish: each tick comes 50 ms after the
// previous one plus a random delay, 0-2 s on one tick in ten and 0-5 ms
// otherwise. Every boundary cue's `when` is compared with its ideal time.
void BM_SimulatedRoutine(benchmark::State& state) {
    const Routine routine = tenMinuteRoutine();
    const SessionSettings settings;
    const auto ideal = idealBoundaries(routine, settings);
    std::mt19937 rng(42);
    std::uniform_int_distribution<int> percent(1, 100);
    std::uniform_int_distribution<int> bigDelayMs(0, 2000);
    std::uniform_int_distribution<int> smallDelayUs(0, 5000);
    Duration maxError{};
    double ticks = 0;
    double boundaries = 0;
    bool sequenceMismatch = false;
    for (auto _ : state) {
        SessionEngine engine(routine, settings);
        std::size_t next = 0;
        auto check = [&](const std::vector<Cue>& cues) {
            for (const auto& cue : cues) {
                if (!isBoundary(cue.kind))
                    continue;
                if (next >= ideal.size() || ideal[next].kind != cue.kind) {
                    sequenceMismatch = true;
                    continue;
                }
                const Duration error = cue.when - (kStart + ideal[next].at);
                maxError = std::max(maxError, error < Duration{0} ? -error : error);
                ++next;
                ++boundaries;
            }
        };
        TimePoint t = kStart;
        check(engine.start(t));
        while (!engine.finished()) {
            t += 50ms;
            if (percent(rng) <= 10)
                t += std::chrono::milliseconds(bigDelayMs(rng));
            else
                t += std::chrono::microseconds(smallDelayUs(rng));
            check(engine.update(t));
            ++ticks;
        }
        if (next != ideal.size())
            sequenceMismatch = true;
    }
    state.counters["routine_s"] = static_cast<double>(
        std::chrono::duration_cast<std::chrono::seconds>(estimateDuration(routine, settings))
            .count());
    state.counters["boundaries"] =
        benchmark::Counter(boundaries, benchmark::Counter::kAvgIterations);
    state.counters["ticks"] = benchmark::Counter(ticks, benchmark::Counter::kAvgIterations);
    state.counters["ns/tick"] =
        benchmark::Counter(ticks, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
    state.counters["max_error_ns"] = static_cast<double>(maxError.count());
    state.counters["sequence_ok"] = sequenceMismatch ? 0 : 1;
    if (sequenceMismatch || maxError != Duration{0})
        state.SkipWithError("phase boundaries off their ideal times");
}
BENCHMARK(BM_SimulatedRoutine)->Unit(benchmark::kMillisecond);

} // namespace
} // namespace limber

BENCHMARK_MAIN();
