// The session engine driven by a fake clock: exact cue sequences for every
// kind of exercise, and every control.

#include "session/estimate.h"
#include "session/sessionengine.h"
#include "test_session_util.h"

#include <gtest/gtest.h>

namespace limber::test {
namespace {

using Strings = std::vector<std::string>;

// ---- exact sequences, one per kind of exercise ----------------------------

TEST(SessionSequence, HoldWithGetReady) {
    const Routine r = routineOf({exercise("wall", {single(holdStep("Hold", 30s))})});
    SessionEngine engine(r);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(40s));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/1",
                              "0s StepStarted 0/1 'Hold'",
                              "0s GetReady 3/0",
                              "0s Countdown 3/0",
                              "1s Countdown 2/0",
                              "2s Countdown 1/0",
                              "3s HoldStarted 30/0",
                              "18s HoldHalfway 15/0",
                              "30s HoldLastSeconds 3/0",
                              "31s HoldLastSeconds 2/0",
                              "32s HoldLastSeconds 1/0",
                              "33s HoldEnded 0/0",
                              "33s RoutineComplete 0/0",
                          }));
    EXPECT_TRUE(engine.finished());
    EXPECT_FALSE(engine.nextDeadline());
    EXPECT_EQ(rec.cues.front().exercise, &r.exercises[0]);
    EXPECT_EQ(rec.cues[1].text, &r.exercises[0].blocks[0].steps[0].text);
    EXPECT_EQ(rec.cues[6].sound, Sound::Start);
    EXPECT_EQ(rec.cues[8].sound, Sound::Tick);
    EXPECT_EQ(rec.cues[11].sound, Sound::End);
}

// The header's late-tick example: one tick 33 s after start.
TEST(SessionSequence, HoldInOneLateTick) {
    const Routine r = routineOf({exercise("wall", {single(holdStep("Hold", 30s))})});
    SessionEngine engine(r);
    engine.start(at(0s));
    EXPECT_EQ(describe(engine.update(at(33s))), (Strings{
                                                    "3s HoldStarted 30/0",
                                                    "18s HoldHalfway 15/0",
                                                    "32s HoldLastSeconds 1/0",
                                                    "33s HoldEnded 0/0",
                                                    "33s RoutineComplete 0/0",
                                                }));
}

TEST(SessionSequence, Breaths) {
    const Routine r = routineOf({exercise("ex", {single(breathsStep("Breathe", 2))})});
    SessionSettings settings;
    settings.breathPace = 4s;
    SessionEngine engine(r, settings);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(20s));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/1",
                              "0s StepStarted 0/1 'Breathe'",
                              "0s GetReady 3/0",
                              "0s Countdown 3/0",
                              "1s Countdown 2/0",
                              "2s Countdown 1/0",
                              "3s BreathIn 1/2",
                              "5s BreathOut 1/2",
                              "7s BreathIn 2/2",
                              "9s BreathOut 2/2",
                              "11s BreathsEnded 0/0",
                              "11s RoutineComplete 0/0",
                          }));
}

TEST(SessionSequence, TappedRepsInARange) {
    const Routine r = routineOf({exercise("ex", {single(repsStep("Reps", 2, 3))})});
    SessionEngine engine(r);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    EXPECT_FALSE(engine.nextDeadline()); // waits for taps: no timer
    EXPECT_EQ(engine.progress(at(1s)).phase, PhaseKind::Reps);
    rec.add(engine.tapRep(at(2s)));
    EXPECT_FALSE(engine.progress(at(2s)).canFinish);
    rec.add(engine.done(at(3s))); // 1 < min: ignored
    rec.add(engine.tapRep(at(4s)));
    const Progress p = engine.progress(at(4s));
    EXPECT_EQ(p.reps, 2);
    EXPECT_EQ(p.repsMin, 2);
    EXPECT_EQ(p.repsTarget, 3);
    EXPECT_TRUE(p.canFinish);
    rec.add(engine.done(at(5s)));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/1",
                              "0s StepStarted 0/1 'Reps'",
                              "2s RepCounted 1/3",
                              "4s RepCounted 2/3",
                              "5s RepsEnded 2/0",
                              "5s RoutineComplete 0/0",
                          }));
}

TEST(SessionSequence, TappedRepsEndThemselvesAtMax) {
    const Routine r =
        routineOf({exercise("ex", {single(repsStep("Reps", 1, 2)), single(readStep("After"))})});
    SessionEngine engine(r);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    rec.add(engine.tapRep(at(1s)));
    rec.add(engine.tapRep(at(2s)));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/1",
                              "0s StepStarted 0/2 'Reps'",
                              "1s RepCounted 1/2",
                              "2s RepCounted 2/2",
                              "2s RepsEnded 2/0",
                              "2s StepStarted 1/2 'After'",
                          }));
}

TEST(SessionSequence, PacedReps) {
    const Routine r = routineOf({exercise("ex", {single(repsStep("Pace", 3, 3, 2s))})});
    SessionEngine engine(r);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(6s));
    EXPECT_EQ(engine.progress(at(6s)).reps, 1);
    runUntil(engine, rec, at(20s));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/1",
                              "0s StepStarted 0/1 'Pace'",
                              "0s GetReady 3/0",
                              "0s Countdown 3/0",
                              "1s Countdown 2/0",
                              "2s Countdown 1/0",
                              "3s RepsStarted 3/3",
                              "5s RepCounted 1/3",
                              "7s RepCounted 2/3",
                              "9s RepCounted 3/3",
                              "9s RepsEnded 3/0",
                              "9s RoutineComplete 0/0",
                          }));
}

TEST(SessionSequence, PacedRepsInARangeStopAnywhereFromMin) {
    const Routine r = routineOf({exercise("ex", {single(repsStep("Pace", 2, 5, 2s))})});
    SessionEngine engine(r, noGetReady());
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(3s));
    rec.add(engine.done(at(3s))); // 1 rep: too early
    EXPECT_FALSE(engine.finished());
    runUntil(engine, rec, at(4.5s));
    EXPECT_TRUE(engine.progress(at(4.5s)).canFinish);
    rec.add(engine.done(at(4.5s)));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/1",
                              "0s StepStarted 0/1 'Pace'",
                              "0s RepsStarted 2/5",
                              "2s RepCounted 1/5",
                              "4s RepCounted 2/5",
                              "4.5s RepsEnded 2/0",
                              "4.5s RoutineComplete 0/0",
                          }));
}

TEST(SessionSequence, RepeatBlock) {
    const Routine r = routineOf(
        {exercise("ex", {repeatBlock(2, 2, {holdStep("Press", 5s), readStep("Relax")})})});
    SessionEngine engine(r, noGetReady());
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(7s));
    EXPECT_EQ(engine.progress(at(7s)).phase, PhaseKind::WaitingForNext);
    rec.add(engine.next(at(7s)));
    runUntil(engine, rec, at(13s));
    const Progress p = engine.progress(at(13s));
    EXPECT_EQ(p.cycle, 2);
    EXPECT_EQ(p.cycleCount, 2);
    rec.add(engine.next(at(13s)));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/1",
                              "0s CycleStarted 1/2",
                              "0s StepStarted 0/2 'Press'",
                              "0s HoldStarted 5/0",
                              "2s HoldLastSeconds 3/0",
                              "3s HoldLastSeconds 2/0",
                              "4s HoldLastSeconds 1/0",
                              "5s HoldEnded 0/0",
                              "5s StepStarted 1/2 'Relax'",
                              "7s CycleStarted 2/2",
                              "7s StepStarted 0/2 'Press'",
                              "7s HoldStarted 5/0",
                              "9s HoldLastSeconds 3/0",
                              "10s HoldLastSeconds 2/0",
                              "11s HoldLastSeconds 1/0",
                              "12s HoldEnded 0/0",
                              "12s StepStarted 1/2 'Relax'",
                              "13s RoutineComplete 0/0",
                          }));
}

TEST(SessionSequence, Sides) {
    const Routine r = routineOf(
        {exercise("ex", {single(holdStep("Stretch", 5s))}, {}, {Side::Left, Side::Right})});
    SessionEngine engine(r, noGetReady());
    Recorder rec;
    rec.add(engine.start(at(0s)));
    EXPECT_EQ(engine.progress(at(1s)).side, Side::Left);
    runUntil(engine, rec, at(6s));
    const Progress p = engine.progress(at(6s));
    EXPECT_EQ(p.side, Side::Right);
    EXPECT_EQ(p.sideIndex, 1);
    EXPECT_EQ(p.sideCount, 2);
    runUntil(engine, rec, at(20s));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/1",
                              "0s SideStarted 0/2 left",
                              "0s StepStarted 0/1 'Stretch'",
                              "0s HoldStarted 5/0",
                              "2s HoldLastSeconds 3/0",
                              "3s HoldLastSeconds 2/0",
                              "4s HoldLastSeconds 1/0",
                              "5s HoldEnded 0/0",
                              "5s SwitchSides 1/2 right",
                              "5s StepStarted 0/1 'Stretch'",
                              "5s HoldStarted 5/0",
                              "7s HoldLastSeconds 3/0",
                              "8s HoldLastSeconds 2/0",
                              "9s HoldLastSeconds 1/0",
                              "10s HoldEnded 0/0",
                              "10s RoutineComplete 0/0",
                          }));
    EXPECT_EQ(rec.cues[8].sound, Sound::Switch);
}

TEST(SessionSequence, Rest) {
    const Routine r = routineOf({exercise("a", {single(holdStep("Hold", 5s))}, 10s),
                                 exercise("b", {single(readStep("Done"))}, 10s)});
    SessionEngine engine(r, noGetReady());
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(8s));
    Progress p = engine.progress(at(8s));
    EXPECT_EQ(p.phase, PhaseKind::Rest);
    EXPECT_EQ(p.remaining, 7s);
    EXPECT_EQ(p.elapsed, 3s);
    runUntil(engine, rec, at(16s));
    rec.add(engine.next(at(16s)));
    EXPECT_EQ(rec.text(), (Strings{
                              "0s ExerciseStarted 0/2",
                              "0s StepStarted 0/1 'Hold'",
                              "0s HoldStarted 5/0",
                              "2s HoldLastSeconds 3/0",
                              "3s HoldLastSeconds 2/0",
                              "4s HoldLastSeconds 1/0",
                              "5s HoldEnded 0/0",
                              "5s RestStarted 10/0",
                              "5s NextUp 1/2 b",
                              "9s RestEnding 6/0 b",
                              "12s RestLastSeconds 3/0",
                              "13s RestLastSeconds 2/0",
                              "14s RestLastSeconds 1/0",
                              "15s ExerciseStarted 1/2",
                              "15s StepStarted 0/1 'Done'",
                              "16s RoutineComplete 0/0",
                          }));
    EXPECT_EQ(rec.cues[8].exercise, &r.exercises[1]);
}

// ---- the upper-back routine -----------------------------------------------

// The person reads for 2 s, runs the as-needed block twice.
TEST(SessionUpperBack, FullRun) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r);
    EXPECT_EQ(engine.progress(at(0s)).routineRemaining, estimateDuration(r, {}));
    Recorder rec;
    rec.add(engine.start(at(0s)));
    TimePoint t = at(0s);
    int asNeeded = 0;
    while (!engine.finished() && t < at(2000s)) {
        const Progress p = engine.progress(t);
        if (p.phase == PhaseKind::WaitingForNext && p.elapsed >= 2s) {
            rec.add(engine.next(t));
            continue;
        }
        if (p.phase == PhaseKind::ChooseAgain) {
            rec.add(++asNeeded < 2 ? engine.again(t) : engine.done(t));
            continue;
        }
        const auto deadline = engine.nextDeadline();
        t = deadline ? *deadline : t + 2s - p.elapsed;
        rec.add(engine.update(t));
    }
    ASSERT_TRUE(engine.finished());
    // 37 + rest 15 + (2 + 15 * 30) + rest 15 + 2 * 32
    EXPECT_EQ(rec.cues.back().when, at(583s));
    EXPECT_EQ(rec.cues.back().kind, CueKind::RoutineComplete);
    auto count = [&](CueKind kind) {
        return std::count_if(rec.cues.begin(), rec.cues.end(),
                             [&](const Cue& c) { return c.kind == kind; });
    };
    EXPECT_EQ(count(CueKind::ExerciseStarted), 3);
    EXPECT_EQ(count(CueKind::CycleStarted), 15 + 2);
    EXPECT_EQ(count(CueKind::HoldStarted), 1);
    EXPECT_EQ(count(CueKind::BreathIn), 15 * 5 + 2 * 5);
    EXPECT_EQ(count(CueKind::ChooseAgain), 2);
    EXPECT_EQ(count(CueKind::RestStarted), 2);
    for (std::size_t i = 1; i < rec.cues.size(); ++i)
        ASSERT_LE(rec.cues[i - 1].when, rec.cues[i].when) << i;
}

TEST(SessionUpperBack, NextAndPreviousAcrossCyclesAndExercises) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r, noGetReady());
    engine.start(at(0s));
    EXPECT_EQ(describe(engine.next(at(1s))),
              (Strings{"1s StepStarted 1/3 'Hands up'", "1s HoldStarted 30/0"}));
    EXPECT_EQ(describe(engine.previous(at(2s))), (Strings{"2s StepStarted 0/3 'Face the wall'"}));
    engine.next(at(3s));
    engine.next(at(4s));
    EXPECT_EQ(describe(engine.next(at(5s))),
              (Strings{"5s RestStarted 15/0", "5s NextUp 1/3 seated-stretch"}));
    EXPECT_EQ(describe(engine.previous(at(6s))),
              (Strings{"6s ExerciseStarted 0/3", "6s StepStarted 2/3 'Step back'"}));
    engine.next(at(7s)); // rest
    EXPECT_EQ(describe(engine.next(at(8s))),
              (Strings{"8s ExerciseStarted 1/3", "8s StepStarted 0/3 'Sit tall'"}));
    EXPECT_EQ(describe(engine.next(at(9s))),
              (Strings{"9s CycleStarted 1/15", "9s StepStarted 1/3 'Elbows together'",
                       "9s BreathIn 1/5"}));
    engine.next(at(10s)); // open elbows
    EXPECT_EQ(describe(engine.next(at(11s))),
              (Strings{"11s CycleStarted 2/15", "11s StepStarted 1/3 'Elbows together'",
                       "11s BreathIn 1/5"}));
    EXPECT_EQ(engine.progress(at(11s)).cycle, 2);
    // Back from the first step of cycle 2 into the last step of cycle 1.
    EXPECT_EQ(describe(engine.previous(at(12s))),
              (Strings{"12s CycleStarted 1/15", "12s StepStarted 2/3 'Open elbows'"}));
    EXPECT_EQ(engine.progress(at(12s)).cycle, 1);
    EXPECT_EQ(describe(engine.previous(at(13s))),
              (Strings{"13s StepStarted 1/3 'Elbows together'", "13s BreathIn 1/5"}));
    EXPECT_EQ(describe(engine.previous(at(14s))), (Strings{"14s StepStarted 0/3 'Sit tall'"}));
    EXPECT_FALSE(engine.progress(at(14s)).inRepeat);
    EXPECT_EQ(describe(engine.previous(at(15s))),
              (Strings{"15s ExerciseStarted 0/3", "15s StepStarted 2/3 'Step back'"}));
    // At the very first step, previous starts it over.
    engine.previous(at(16s));
    engine.previous(at(17s));
    EXPECT_EQ(describe(engine.previous(at(18s))), (Strings{"18s StepStarted 0/3 'Face the wall'"}));
}

TEST(SessionUpperBack, RangedRepeatMayStopAfterMinCycles) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r, noGetReady());
    engine.start(at(0s));
    for (int i = 0; i < 3; ++i)
        engine.next(at(1s)); // wall stretch
    engine.skipRest(at(1s));
    engine.next(at(1s)); // sit tall -> cycle 1
    for (int cycle = 1; cycle <= 10; ++cycle) {
        const Progress p = engine.progress(at(1s));
        EXPECT_EQ(p.cycle, cycle);
        EXPECT_EQ(p.cycleMin, 10);
        EXPECT_EQ(p.cycleCount, 15);
        EXPECT_FALSE(p.canFinish) << cycle;
        EXPECT_TRUE(engine.done(at(1s)).empty());
        engine.next(at(1s));
        engine.next(at(1s));
    }
    EXPECT_EQ(engine.progress(at(1s)).cycle, 11);
    EXPECT_TRUE(engine.progress(at(1s)).canFinish);
    EXPECT_EQ(describe(engine.done(at(2s))),
              (Strings{"2s RestStarted 15/0", "2s NextUp 2/3 strap-stretch"}));
}

TEST(SessionUpperBack, AsNeededAgainAndDone) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r, noGetReady());
    engine.start(at(0s));
    for (int i = 0; i < 3; ++i)
        engine.next(at(0s));
    engine.skipRest(at(0s));
    engine.next(at(0s));
    engine.done(at(0s) + 0s); // nothing: cycle 1 of a 10..15 block
    while (engine.progress(at(0s)).exercise == 1)
        engine.next(at(0s));
    engine.skipRest(at(0s));
    Progress p = engine.progress(at(0s));
    EXPECT_EQ(p.exercise, 2);
    EXPECT_TRUE(p.asNeeded);
    EXPECT_EQ(p.cycle, 1);
    EXPECT_EQ(p.cycleCount, 0);
    engine.next(at(1s));
    engine.next(at(2s));
    EXPECT_EQ(describe(engine.next(at(3s))), (Strings{"3s ChooseAgain 1/0"}));
    EXPECT_EQ(engine.progress(at(4s)).phase, PhaseKind::ChooseAgain);
    EXPECT_FALSE(engine.nextDeadline());
    EXPECT_EQ(describe(engine.again(at(5s))),
              (Strings{"5s CycleStarted 2/0", "5s StepStarted 0/3 'Raise arms'"}));
    engine.next(at(6s));
    // Breaths {5, 6} start at the routine default (5): 25 s.
    EXPECT_EQ(engine.progress(at(6s)).phase, PhaseKind::Breathing);
    Recorder rec;
    runUntil(engine, rec, at(31s));
    EXPECT_EQ(rec.cues.back().kind, CueKind::StepStarted);
    EXPECT_EQ(rec.cues.back().when, at(31s));
    p = engine.progress(at(31s));
    EXPECT_EQ(p.phase, PhaseKind::WaitingForNext);
    EXPECT_EQ(p.step, 2);
    engine.next(at(32s));
    EXPECT_EQ(describe(engine.done(at(33s))), (Strings{"33s RoutineComplete 0/0"}));
}

// ---- controls -------------------------------------------------------------

TEST(SessionControl, PauseFreezesTimeExactly) {
    const Routine r = routineOf({exercise("wall", {single(holdStep("Hold", 30s))})});
    SessionEngine engine(r);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(13s));
    EXPECT_EQ(engine.progress(at(13s)).remaining, 20s);
    rec.add(engine.pause(at(13.4s)));
    EXPECT_TRUE(engine.paused());
    EXPECT_FALSE(engine.nextDeadline());
    const Progress p = engine.progress(at(100s));
    EXPECT_EQ(p.phase, PhaseKind::Paused);
    EXPECT_EQ(p.activePhase, PhaseKind::Hold);
    EXPECT_EQ(p.remaining, 19600ms);
    EXPECT_EQ(p.elapsed, 10400ms);
    EXPECT_TRUE(engine.update(at(100s)).empty());
    rec.cues.clear();
    rec.add(engine.resume(at(100s)));
    EXPECT_EQ(engine.progress(at(100s)).remaining, 19600ms);
    EXPECT_EQ(engine.nextDeadline(), at(104.6s)); // halfway, 18 s + 86.6 s
    runUntil(engine, rec, at(200s));
    EXPECT_EQ(rec.text(), (Strings{
                              "104.6s HoldHalfway 15/0",
                              "116.6s HoldLastSeconds 3/0",
                              "117.6s HoldLastSeconds 2/0",
                              "118.6s HoldLastSeconds 1/0",
                              "119.6s HoldEnded 0/0",
                              "119.6s RoutineComplete 0/0",
                          }));
}

TEST(SessionControl, ControlsWhilePausedActAtThePauseAndStayPaused) {
    const Routine r =
        routineOf({exercise("ex", {single(readStep("Read")), single(holdStep("Hold", 10s))})});
    SessionEngine engine(r);
    engine.start(at(0s));
    engine.pause(at(1s));
    EXPECT_EQ(describe(engine.next(at(5s))),
              (Strings{"1s StepStarted 1/2 'Hold'", "1s GetReady 3/0", "1s Countdown 3/0"}));
    EXPECT_TRUE(engine.paused());
    EXPECT_EQ(engine.progress(at(50s)).remaining, 3s);
    EXPECT_EQ(describe(engine.resume(at(10s))), Strings{});
    EXPECT_EQ(engine.nextDeadline(), at(11s)); // Countdown 2, 1 s after resuming
}

TEST(SessionControl, FinishEarly) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r);
    engine.start(at(0s));
    engine.next(at(1s));
    EXPECT_EQ(describe(engine.finish(at(10s))),
              (Strings{"4s HoldStarted 30/0", "10s FinishedEarly 0/0"}));
    EXPECT_TRUE(engine.finished());
    EXPECT_FALSE(engine.nextDeadline());
    EXPECT_EQ(engine.progress(at(20s)).phase, PhaseKind::Finished);
    EXPECT_EQ(engine.progress(at(20s)).routineRemaining, 0s);
    EXPECT_TRUE(engine.update(at(100s)).empty());
    EXPECT_TRUE(engine.next(at(100s)).empty());
    EXPECT_TRUE(engine.finish(at(100s)).empty());
}

TEST(SessionControl, RestartExercise) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r, noGetReady());
    engine.start(at(0s));
    for (int i = 0; i < 3; ++i)
        engine.next(at(0s));
    engine.skipRest(at(0s));
    for (int i = 0; i < 5; ++i)
        engine.next(at(0s));
    EXPECT_EQ(engine.progress(at(0s)).cycle, 3);
    EXPECT_EQ(describe(engine.restartExercise(at(1s))),
              (Strings{"1s ExerciseStarted 1/3", "1s StepStarted 0/3 'Sit tall'"}));
}

TEST(SessionControl, HoldRangeDefaults) {
    const Routine r = upperBackRelief();
    auto holdOf = [&](SessionSettings s, Choices c = {}) {
        SessionEngine engine(r, s, std::move(c));
        return engine.plan().step(0, 1, 0).active;
    };
    SessionSettings s;
    EXPECT_EQ(holdOf(s), 30s);
    s.rangeDefault = RangeDefault::Long;
    EXPECT_EQ(holdOf(s), 60s);
    s.rangeDefault = RangeDefault::Short;
    EXPECT_EQ(holdOf(s), 30s);
    EXPECT_EQ(holdOf(s, {{ChoiceKey{"wall-stretch", 1}, 45}}), 45s);
    EXPECT_EQ(holdOf(s, {{ChoiceKey{"wall-stretch", 1}, 90}}), 60s); // clamped
    EXPECT_EQ(holdOf(s, {{ChoiceKey{"other", 1}, 45}}), 30s);

    // The routine's own default applies under RoutineDefault.
    const Routine d = routineOf({exercise("x", {single(holdRangeStep("H", 30s, 60s, 40s))})});
    EXPECT_EQ(SessionEngine(d).plan().step(0, 0, 0).active, 40s);
}

TEST(SessionControl, ChooseDuringAHoldIsRememberedAndAdopted) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r, noGetReady());
    engine.start(at(0s));
    engine.next(at(0s)); // hold 30 s from 0
    Recorder rec;
    rec.add(engine.choose(at(10s), 40));
    EXPECT_EQ(engine.progress(at(10s)).remaining, 30s);
    EXPECT_EQ((engine.choices()), (Choices{{ChoiceKey{"wall-stretch", 1}, 40}}));
    runUntil(engine, rec, at(40s));
    EXPECT_EQ(rec.text(), (Strings{"20s HoldHalfway 20/0", "37s HoldLastSeconds 3/0",
                                   "38s HoldLastSeconds 2/0", "39s HoldLastSeconds 1/0",
                                   "40s HoldEnded 0/0", "40s StepStarted 2/3 'Step back'"}));
    // A choice shorter than the time already held ends the hold now.
    engine.previous(at(50s)); // hold again from 50 s, now 40 s long
    EXPECT_EQ(describe(engine.update(at(84s))), (Strings{"70s HoldHalfway 20/0"}));
    EXPECT_EQ(describe(engine.choose(at(85s), 30)),
              (Strings{"85s HoldEnded 0/0", "85s StepStarted 2/3 'Step back'"}));
    EXPECT_EQ(engine.choices().at(ChoiceKey{"wall-stretch", 1}), 30);
    // The engine's choices seed the next session.
    SessionEngine again(r, noGetReady(), engine.choices());
    EXPECT_EQ(again.plan().step(0, 1, 0).active, 30s);
}

TEST(SessionControl, HoldLonger) {
    const Routine r = routineOf({exercise("ex", {single(holdStep("Hold", 30s))})});
    SessionEngine engine(r, noGetReady());
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(25s));
    rec.cues.clear();
    rec.add(engine.holdLonger(at(25s)));
    EXPECT_EQ(engine.progress(at(25s)).remaining, 15s);
    runUntil(engine, rec, at(60s));
    EXPECT_EQ(rec.text(),
              (Strings{"37s HoldLastSeconds 3/0", "38s HoldLastSeconds 2/0",
                       "39s HoldLastSeconds 1/0", "40s HoldEnded 0/0", "40s RoutineComplete 0/0"}));
}

TEST(SessionControl, SkipRest) {
    const Routine r = routineOf({exercise("a", {single(holdStep("Hold", 5s))}, 30s),
                                 exercise("b", {single(readStep("Done"))})});
    SessionEngine engine(r, noGetReady());
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(7s));
    EXPECT_EQ(describe(engine.skipRest(at(7s))),
              (Strings{"7s ExerciseStarted 1/2", "7s StepStarted 0/1 'Done'"}));
    EXPECT_TRUE(engine.skipRest(at(8s)).empty()); // no rest to skip
}

TEST(SessionControl, WaitsForNextWithoutAutoAdvance) {
    const Routine r =
        routineOf({exercise("ex", {single(holdStep("Hold", 5s)), single(readStep("After"))})});
    SessionSettings s = noGetReady();
    s.autoAdvance = false;
    SessionEngine engine(r, s);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(8s));
    EXPECT_EQ(rec.cues.back().kind, CueKind::HoldEnded);
    EXPECT_EQ(engine.progress(at(8s)).phase, PhaseKind::WaitingForNext);
    EXPECT_FALSE(engine.nextDeadline());
    EXPECT_EQ(describe(engine.next(at(9s))), (Strings{"9s StepStarted 1/2 'After'"}));
}

TEST(SessionControl, WaitForNarrationUpToItsLimit) {
    const Routine r = routineOf(
        {exercise("ex", {single(holdStep("Hold", 10s)), single(holdStep("Again", 10s))})});
    SessionSettings s;
    s.waitForNarration = true;
    SessionEngine engine(r, s);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    Progress p = engine.progress(at(1s));
    EXPECT_EQ(p.phase, PhaseKind::GetReady);
    EXPECT_TRUE(p.waitingForNarration);
    EXPECT_EQ(engine.nextDeadline(), at(8s));
    EXPECT_EQ(describe(engine.narrationFinished(at(2s))),
              (Strings{"2s GetReady 3/0", "2s Countdown 3/0"}));
    EXPECT_FALSE(engine.progress(at(2s)).waitingForNarration);
    runUntil(engine, rec, at(15s));
    EXPECT_EQ(rec.cues.back().kind, CueKind::StepStarted); // "Again" at 15 s
    EXPECT_EQ(rec.cues.back().when, at(15s));
    // Nobody says it has finished: the countdown starts at the limit.
    rec.cues.clear();
    runUntil(engine, rec, at(23.5s));
    EXPECT_EQ(rec.text(), (Strings{"23s GetReady 3/0", "23s Countdown 3/0"}));
}

TEST(SessionControl, NarrationIsFollowedByAPauseThenGetReadyInASecondOfItsOwn) {
    const Routine r = routineOf({exercise("ex", {single(holdStep("Hold", 10s))})});
    SessionSettings s;
    s.waitForNarration = true;
    s.afterNarration = 700ms;
    s.getReadyLeadIn = 1s;
    SessionEngine engine(r, s);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    // The narration ends at 2 s: quiet until 2.7 s, still "listening".
    EXPECT_TRUE(describe(engine.narrationFinished(at(2s))).empty());
    EXPECT_TRUE(engine.progress(at(2.5s)).waitingForNarration);
    EXPECT_EQ(engine.nextDeadline(), at(2.7s));
    // A second report of the same narration does not move the end.
    EXPECT_TRUE(engine.narrationFinished(at(2.5s)).empty());
    EXPECT_EQ(engine.nextDeadline(), at(2.7s));
    rec.cues.clear();
    runUntil(engine, rec, at(7s));
    // "Get ready" alone, then every number on its own second.
    EXPECT_EQ(rec.text(), (Strings{"2.7s GetReady 3/0", "3.7s Countdown 3/0", "4.7s Countdown 2/0",
                                   "5.7s Countdown 1/0", "6.7s HoldStarted 10/0"}));
    // The screen counts the get-ready's own three seconds.
    Progress p = engine.progress(at(6.7s));
    EXPECT_EQ(p.phase, PhaseKind::Hold);
    SessionEngine fresh(r, s);
    fresh.start(at(0s));
    fresh.narrationFinished(at(1s));
    fresh.update(at(1.7s));
    p = fresh.progress(at(1.7s));
    EXPECT_EQ(p.phase, PhaseKind::GetReady);
    EXPECT_EQ(p.phaseLength, 3s);
    EXPECT_EQ(p.remaining, 3s);
    EXPECT_EQ(fresh.progress(at(3.2s)).remaining, 2.5s);
}

TEST(SessionControl, ARestEndsLikeAHoldNamingWhatComesNext) {
    const Routine r = routineOf({exercise("a", {single(holdStep("Hold", 5s))}, 15s),
                                 exercise("b", {single(readStep("Read"))})});
    SessionSettings s;
    s.getReady = Duration{0};
    SessionEngine engine(r, s);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    rec.cues.clear();
    runUntil(engine, rec, at(21s));
    EXPECT_EQ(rec.text(),
              (Strings{"2s HoldLastSeconds 3/0", "3s HoldLastSeconds 2/0", "4s HoldLastSeconds 1/0",
                       "5s HoldEnded 0/0", "5s RestStarted 15/0", "5s NextUp 1/2 b",
                       "14s RestEnding 6/0 b", "17s RestLastSeconds 3/0", "18s RestLastSeconds 2/0",
                       "19s RestLastSeconds 1/0", "20s ExerciseStarted 1/2",
                       "20s StepStarted 0/1 'Read'"}));
    EXPECT_TRUE(rec.cues.back().waits); // a read step waits for the person
    EXPECT_FALSE(rec.cues[0].waits);
    EXPECT_TRUE(isRhythmCue(CueKind::RestLastSeconds));
    EXPECT_EQ(soundFor(CueKind::RestLastSeconds), Sound::Tick);
    EXPECT_EQ(soundFor(CueKind::RestEnding), Sound::None);
}

TEST(SessionControl, AShortRestOnlyCountsItsLastSeconds) {
    const Routine r = routineOf({exercise("a", {single(holdStep("Hold", 5s))}, 5s),
                                 exercise("b", {single(readStep("Read"))})});
    SessionSettings s;
    s.getReady = Duration{0};
    SessionEngine engine(r, s);
    Recorder rec;
    engine.start(at(0s));
    runUntil(engine, rec, at(9.5s));
    EXPECT_EQ(
        rec.text(),
        (Strings{"2s HoldLastSeconds 3/0", "3s HoldLastSeconds 2/0", "4s HoldLastSeconds 1/0",
                 "5s HoldEnded 0/0", "5s RestStarted 5/0", "5s NextUp 1/2 b",
                 "7s RestLastSeconds 3/0", "8s RestLastSeconds 2/0", "9s RestLastSeconds 1/0"}));
}

// ---- queries --------------------------------------------------------------

TEST(SessionProgress, BreathPhaseAndFraction) {
    const Routine r = routineOf({exercise("ex", {single(breathsStep("Breathe", 5))})});
    SessionEngine engine(r);
    engine.start(at(0s));
    engine.update(at(9.25s));
    Progress p = engine.progress(at(9.25s)); // 6.25 s into breathing
    EXPECT_EQ(p.phase, PhaseKind::Breathing);
    EXPECT_EQ(p.breath, 2);
    EXPECT_EQ(p.breathCount, 5);
    EXPECT_EQ(p.breathPhase, BreathPhase::Inhale);
    EXPECT_DOUBLE_EQ(p.breathFraction, 0.5);
    p = engine.progress(at(11.75s));
    EXPECT_EQ(p.breathPhase, BreathPhase::Exhale);
    EXPECT_DOUBLE_EQ(p.breathFraction, 0.5);
    EXPECT_EQ(p.remaining, 16250ms);
    EXPECT_EQ(p.phaseLength, 25s);
}

TEST(SessionProgress, RoutineRemainingCountsDown) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r);
    const Duration total = estimateDuration(r, {});
    EXPECT_EQ(total, 611s); // 5+33+5 +15, 5+15*(28+5) +15, 5+28+5
    engine.start(at(0s));
    EXPECT_EQ(engine.progress(at(0s)).routineRemaining, total);
    EXPECT_EQ(engine.progress(at(3s)).routineRemaining, total - 3s);
    engine.next(at(5s)); // read as assumed
    EXPECT_EQ(engine.progress(at(5s)).routineRemaining, total - 5s);
    engine.update(at(20s)); // progress(now) tells the state as of the last call
    EXPECT_EQ(engine.progress(at(20s)).routineRemaining, total - 20s);
    const Progress p = engine.progress(at(20s));
    EXPECT_EQ(p.exercise, 0);
    EXPECT_EQ(p.exerciseCount, 3);
    EXPECT_EQ(p.step, 1);
    EXPECT_EQ(p.stepCount, 3);
}

TEST(SessionEstimate, HeaderExample) {
    const Routine r =
        routineOf({exercise("a", {single(holdStep("Hold", 30s)), single(readStep("Read"))}, 15s),
                   exercise("b", {single(breathsStep("Breathe", 5))}, 20s)});
    EXPECT_EQ(estimateDuration(r, {}), 81s); // no rest after the last exercise
    SessionSettings s;
    s.getReady = 0s;
    s.breathPace = 4s;
    EXPECT_EQ(estimateDuration(r, s), 30s + 5s + 15s + 20s);
}

TEST(SessionLate, FiveSecondGapsDropOnlyStaleRhythmCues) {
    const Routine r =
        routineOf({exercise("ex", {single(holdStep("A", 30s)), single(holdStep("B", 10s))})});
    SessionEngine engine(r);
    Recorder rec;
    rec.add(engine.start(at(0s)));
    runUntil(engine, rec, at(29.5s));
    EXPECT_EQ(describe(engine.update(at(34.5s))), (Strings{
                                                      "33s HoldEnded 0/0",
                                                      "33s StepStarted 1/2 'B'",
                                                      "33s GetReady 3/0",
                                                      "34s Countdown 2/0",
                                                  }));
    EXPECT_EQ(describe(engine.update(at(36s))), (Strings{
                                                    "35s Countdown 1/0", // exactly 1 s late: kept
                                                    "36s HoldStarted 10/0",
                                                }));
    EXPECT_EQ(describe(engine.update(at(46.5s))), (Strings{
                                                      "46s HoldEnded 0/0",
                                                      "46s RoutineComplete 0/0",
                                                  }));
}

TEST(SessionCue, Sounds) {
    EXPECT_EQ(soundFor(CueKind::BreathIn), Sound::Inhale);
    EXPECT_EQ(soundFor(CueKind::BreathOut), Sound::Exhale);
    EXPECT_EQ(soundFor(CueKind::RoutineComplete), Sound::Complete);
    EXPECT_EQ(soundFor(CueKind::RestStarted), Sound::Rest);
    EXPECT_EQ(soundFor(CueKind::HoldHalfway), Sound::Halfway);
    EXPECT_EQ(soundFor(CueKind::StepStarted), Sound::None);
    EXPECT_TRUE(isRhythmCue(CueKind::Countdown));
    EXPECT_FALSE(isRhythmCue(CueKind::HoldEnded));
}

} // namespace
} // namespace limber::test
