// A session saved and restored: position() says where it stands, restore()
// on a new engine starts there, on a fake clock.

#include "session/sessionengine.h"
#include "test_session_util.h"

#include <gtest/gtest.h>

namespace limber::test {
namespace {

using Strings = std::vector<std::string>;

// The seated stretch's breaths in cycle 4 of 10..15 (upper back relief).
SessionPosition seatedCycle4() {
    SessionPosition p;
    p.exercise = 1;
    p.block = 1;
    p.cycle = 3;
    p.step = 0;
    return p;
}

// A hold left with 12 s to go is restored with 12 s to go, after its
// get-ready, and its halfway is behind it.
TEST(SessionRestore, AHoldGoesOnWithTheTimeItHadLeft) {
    const Routine r = routineOf(
        {exercise("wall", {single(readStep("Face the wall")), single(holdStep("Hold", 30s))})});
    SessionEngine first(r);
    first.start(at(0s));
    first.next(at(2s));    // the hold's get-ready from 2 s, the hold from 5 s
    first.update(at(23s)); // 18 s into the hold: 12 s left
    const auto saved = first.position(at(23s));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->phase, SessionPosition::Phase::Step);
    EXPECT_EQ(saved->block, 1);
    EXPECT_EQ(saved->remaining, std::optional<Duration>(12s));

    SessionEngine second(r);
    Recorder rec;
    rec.add(second.restore(at(100s), *saved));
    Progress p = second.progress(at(100s));
    EXPECT_EQ(p.phase, PhaseKind::GetReady);
    EXPECT_EQ(p.step, 1);
    EXPECT_EQ(p.stepCount, 2);
    runUntil(second, rec, at(104s));
    p = second.progress(at(104s));
    EXPECT_EQ(p.phase, PhaseKind::Hold);
    EXPECT_EQ(p.remaining, 11s) << "12 s left from 103 s";
    EXPECT_EQ(p.phaseLength, 30s);
    runUntil(second, rec, at(120s));
    EXPECT_EQ(rec.text(), (Strings{
                              "100s ExerciseStarted 0/1",
                              "100s StepStarted 1/2 'Hold'",
                              "100s GetReady 3/0",
                              "100s Countdown 3/0",
                              "101s Countdown 2/0",
                              "102s Countdown 1/0",
                              "103s HoldStarted 30/0",
                              "112s HoldLastSeconds 3/0",
                              "113s HoldLastSeconds 2/0",
                              "114s HoldLastSeconds 1/0",
                              "115s HoldEnded 0/0",
                              "115s RoutineComplete 0/0",
                          }));
}

// Left again during the get-ready that a restored hold starts with, it is
// saved with the time it had left, not as a hold to start from its beginning.
TEST(SessionRestore, ARestoredHoldLeftDuringItsGetReadyKeepsItsTimeLeft) {
    const Routine r = routineOf({exercise("wall", {single(holdStep("Hold", 30s))})});
    SessionPosition saved;
    saved.remaining = 12s;
    SessionEngine engine(r);
    engine.restore(at(100s), saved);
    engine.pause(at(101s));
    ASSERT_EQ(engine.progress(at(101s)).activePhase, PhaseKind::GetReady);
    EXPECT_EQ(engine.position(at(101s))->remaining, std::optional<Duration>(12s));
    SessionEngine again(r);
    again.restore(at(200s), *engine.position(at(101s)));
    again.update(at(203s));
    EXPECT_EQ(again.progress(at(203s)).remaining, 12s);
}

// Paused, the time left is the time left at the pause.
TEST(SessionRestore, APausedHoldIsSavedWithTheTimeLeftAtThePause) {
    const Routine r = routineOf({exercise("wall", {single(holdStep("Hold", 30s))})});
    SessionEngine engine(r, noGetReady());
    engine.start(at(0s));
    engine.pause(at(10s));
    const auto saved = engine.position(at(500s));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->remaining, std::optional<Duration>(20s));
}

// Cycle, side and step come back; previous() goes on from there.
TEST(SessionRestore, CycleSideAndStepComeBack) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r, noGetReady());
    const SessionPosition saved = seatedCycle4();
    engine.restore(at(0s), saved);
    Progress p = engine.progress(at(1s));
    EXPECT_EQ(p.exercise, 1);
    EXPECT_EQ(p.cycle, 4);
    EXPECT_EQ(p.cycleCount, 15);
    EXPECT_EQ(p.step, 1) << "the exercise's second step (blocks flattened)";
    EXPECT_EQ(p.phase, PhaseKind::Breathing);
    engine.previous(at(2s));
    p = engine.progress(at(2s));
    EXPECT_EQ(p.cycle, 3) << "back into the cycle before";
    EXPECT_EQ(p.step, 2);

    const Routine sided = routineOf(
        {exercise("strap", {single(holdStep("Hold", 20s))}, {}, {Side::Left, Side::Right})});
    SessionEngine right(sided, noGetReady());
    SessionPosition second;
    second.side = 1;
    second.remaining = 5s;
    Recorder rec;
    rec.add(right.restore(at(0s), second));
    EXPECT_EQ(right.progress(at(0s)).side, Side::Right);
    EXPECT_EQ(right.progress(at(0s)).remaining, 5s);
    EXPECT_EQ(rec.text()[1], "0s SideStarted 1/2 right");
}

// Tapped reps keep their count; a rest its time; an as-needed question its cycle.
TEST(SessionRestore, RepsRestAndTheAsNeededQuestion) {
    const Routine reps = routineOf({exercise("squats", {single(repsStep("Squat", 5, 10))})});
    SessionEngine tapping(reps, noGetReady());
    tapping.start(at(0s));
    tapping.tapRep(at(1s));
    tapping.tapRep(at(2s));
    tapping.tapRep(at(3s));
    const auto saved = tapping.position(at(4s));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->reps, 3);
    SessionEngine again(reps, noGetReady());
    again.restore(at(50s), *saved);
    again.tapRep(at(51s));
    EXPECT_EQ(again.progress(at(51s)).reps, 4);

    const Routine r = upperBackRelief();
    SessionEngine first(r, noGetReady());
    first.start(at(0s));
    first.next(at(1s));
    first.update(at(60s)); // the 30 s hold ended at 31 s
    first.next(at(61s));   // "Step back" -> the rest, 15 s
    first.update(at(65s));
    const auto resting = first.position(at(65s));
    ASSERT_TRUE(resting);
    EXPECT_EQ(resting->phase, SessionPosition::Phase::Rest);
    EXPECT_EQ(resting->remaining, std::optional<Duration>(11s));
    SessionEngine second(r, noGetReady());
    Recorder rec;
    rec.add(second.restore(at(200s), *resting));
    EXPECT_EQ(second.progress(at(200s)).phase, PhaseKind::Rest);
    EXPECT_EQ(second.progress(at(200s)).remaining, 11s);
    runUntil(second, rec, at(211s));
    EXPECT_EQ(second.progress(at(211s)).exercise, 1) << "the rest ended on time";
    EXPECT_EQ(rec.text()[0], "200s RestStarted 11/0");
    EXPECT_EQ(rec.text()[2], "205s RestEnding 6/0 seated-stretch");

    SessionPosition asking;
    asking.phase = SessionPosition::Phase::ChooseAgain;
    asking.exercise = 2;
    asking.step = 2;
    asking.cycle = 1;
    SessionEngine third(r, noGetReady());
    EXPECT_EQ(describe(third.restore(at(0s), asking)), (Strings{"0s ChooseAgain 2/0"}));
    EXPECT_EQ(third.progress(at(0s)).phase, PhaseKind::ChooseAgain);
    EXPECT_EQ(third.position(at(0s)), asking);
}

// A timer that had run out (no auto-advance) waits for next(), as it did.
TEST(SessionRestore, AStepWhoseTimerRanOutWaitsForNext) {
    const Routine r =
        routineOf({exercise("wall", {single(holdStep("Hold", 10s)), single(readStep("Done"))})});
    SessionSettings manual = noGetReady();
    manual.autoAdvance = false;
    SessionEngine first(r, manual);
    first.start(at(0s));
    first.update(at(15s));
    const auto saved = first.position(at(15s));
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->remaining, std::optional<Duration>(0s));
    SessionEngine second(r, manual);
    second.restore(at(100s), *saved);
    EXPECT_EQ(second.progress(at(100s)).phase, PhaseKind::WaitingForNext);
    EXPECT_EQ(second.progress(at(100s)).step, 0);
}

// A position from another version of the routine starts at the beginning.
TEST(SessionRestore, APositionThatDoesNotFitStartsAtTheBeginning) {
    const Routine r = upperBackRelief();
    SessionEngine engine(r, noGetReady());
    SessionPosition gone;
    gone.exercise = 7;
    EXPECT_FALSE(engine.fits(gone));
    SessionPosition cycle = seatedCycle4();
    cycle.cycle = 15; // 10..15 cycles: indices 0..14
    EXPECT_FALSE(engine.fits(cycle));
    EXPECT_TRUE(engine.fits(seatedCycle4()));
    engine.restore(at(0s), gone);
    EXPECT_EQ(engine.progress(at(0s)).exercise, 0);
    EXPECT_EQ(engine.progress(at(0s)).step, 0);
    EXPECT_FALSE(engine.position(at(0s))->remaining);
}

// Breaths resume at the start of the breath they were in.
TEST(SessionRestore, BreathsResumeAtTheStartOfTheirBreath) {
    const Routine r = routineOf({exercise("breathe", {single(breathsStep("Breathe", 6))})});
    SessionEngine first(r, noGetReady()); // 6 breaths of 5 s
    first.start(at(0s));
    first.update(at(12s)); // in breath 3
    SessionEngine second(r, noGetReady());
    second.restore(at(100s), *first.position(at(12s)));
    const Progress p = second.progress(at(100s));
    EXPECT_EQ(p.breath, 3);
    EXPECT_EQ(p.remaining, 20s);
}

// Nothing to save before the start and after the end.
TEST(SessionRestore, NoPositionBeforeTheStartOrAfterTheEnd) {
    const Routine r = routineOf({exercise("wall", {single(holdStep("Hold", 10s))})});
    SessionEngine engine(r, noGetReady());
    EXPECT_FALSE(engine.position(at(0s)));
    engine.start(at(0s));
    EXPECT_TRUE(engine.position(at(0s)));
    engine.finish(at(1s));
    EXPECT_FALSE(engine.position(at(1s)));
}

} // namespace
} // namespace limber::test
