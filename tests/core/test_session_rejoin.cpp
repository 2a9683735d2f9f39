// Taking up again a session left paused (Esc, then Resume on the overview):
// rejoin() counts in with a get-ready while the session stands still, then
// the hold, breaths or paced reps go on with exactly the time they had left.
// On a fake clock.

#include "session/sessionengine.h"
#include "test_session_util.h"

#include <gtest/gtest.h>

namespace limber::test {
namespace {

using Strings = std::vector<std::string>;

Routine readThenHold() {
    return routineOf(
        {exercise("wall", {single(readStep("Face the wall")), single(holdStep("Hold", 30s))})});
}

// Read, then the hold's get-ready from 2 s and the hold from 5 s; paused at
// 23 s, 18 s into it: 12 s left.
void pausedWith12sLeft(SessionEngine& engine) {
    engine.start(at(0s));
    engine.next(at(2s));
    engine.pause(at(23s));
}

TEST(SessionRejoin, AHoldCountsInThenGoesOnWithTheTimeItHadLeft) {
    const Routine r = readThenHold();
    SessionEngine engine(r);
    pausedWith12sLeft(engine);
    Recorder rec;
    rec.add(engine.rejoin(at(100s)));
    Progress p = engine.progress(at(100s));
    EXPECT_EQ(p.phase, PhaseKind::GetReady);
    EXPECT_TRUE(p.countingIn);
    EXPECT_EQ(p.remaining, 3s);
    EXPECT_EQ(p.step, 1) << "still the hold's step";
    EXPECT_FALSE(engine.paused());
    EXPECT_TRUE(engine.countingIn());
    EXPECT_EQ(engine.nextDeadline(), at(101s));
    EXPECT_EQ(engine.position(at(102s))->remaining, std::optional<Duration>(12s))
        << "the hold stands still under the count-in";
    EXPECT_EQ(engine.progress(at(102.5s)).remaining, 500ms);
    runUntil(engine, rec, at(104s));
    p = engine.progress(at(104s));
    EXPECT_EQ(p.phase, PhaseKind::Hold);
    EXPECT_FALSE(p.countingIn);
    EXPECT_EQ(p.remaining, 11s) << "12 s left from 103 s";
    EXPECT_EQ(p.phaseLength, 30s);
    EXPECT_EQ(engine.countedIn(), at(103s));
    runUntil(engine, rec, at(120s));
    EXPECT_EQ(rec.text(), (Strings{
                              "100s GetReady 3/0",
                              "100s Countdown 3/0",
                              "101s Countdown 2/0",
                              "102s Countdown 1/0",
                              "112s HoldLastSeconds 3/0",
                              "113s HoldLastSeconds 2/0",
                              "114s HoldLastSeconds 1/0",
                              "115s HoldEnded 0/0",
                              "115s RoutineComplete 0/0",
                          }));

    SessionEngine spaced(r);
    pausedWith12sLeft(spaced);
    EXPECT_TRUE(spaced.resume(at(100s)).empty());
    EXPECT_EQ(spaced.progress(at(100s)).phase, PhaseKind::Hold) << "Space goes straight on";
    EXPECT_EQ(spaced.progress(at(100s)).remaining, 12s);
}

// With a voice's lead-in, "Get ready" has a second of its own, as before a
// hold; ticks that come late drop the stale numbers (the late-tick rule).
TEST(SessionRejoin, TheLeadInAndLateTicks) {
    const Routine r = readThenHold();
    SessionSettings voice;
    voice.getReadyLeadIn = 1s;
    SessionEngine engine(r, voice);
    engine.start(at(0s));
    engine.next(at(2s));   // the get-ready from 2 s, the hold from 6 s
    engine.pause(at(24s)); // 12 s left
    Recorder rec;
    rec.add(engine.rejoin(at(100s)));
    EXPECT_EQ(engine.progress(at(100s)).remaining, 3s) << "the lead-in counts as the first second";
    rec.add(engine.update(at(103.5s)));
    rec.add(engine.update(at(114.5s)));
    rec.add(engine.update(at(130s)));
    EXPECT_EQ(rec.text(), (Strings{
                              "100s GetReady 3/0",
                              "103s Countdown 1/0",
                              "114s HoldLastSeconds 2/0",
                              "116s HoldEnded 0/0",
                              "116s RoutineComplete 0/0",
                          }));

    SessionEngine late(r, voice);
    late.start(at(0s));
    late.next(at(2s));
    late.pause(at(24s));
    late.rejoin(at(100s));
    EXPECT_EQ(describe(late.update(at(110s))), (Strings{})) << "one tick past the count-in";
    const Progress p = late.progress(at(110s));
    EXPECT_EQ(p.phase, PhaseKind::Hold);
    EXPECT_EQ(p.remaining, 6s) << "12 s from 104 s";
}

// Left again during the count-in (Esc, Space): paused with the time left it
// had, also for a hold restored after a restart; Resume counts in again.
TEST(SessionRejoin, LeftAgainDuringTheCountInKeepsTheTimeLeft) {
    const Routine r = readThenHold();
    SessionEngine first(r);
    pausedWith12sLeft(first);
    SessionEngine engine(r);
    engine.restore(at(100s), *first.position(at(23s))); // the hold from 103 s, to 115 s
    engine.update(at(107s));
    engine.pause(at(107s)); // 8 s left
    engine.rejoin(at(200s));
    EXPECT_TRUE(engine.pause(at(200.5s)).empty());
    EXPECT_TRUE(engine.paused());
    EXPECT_FALSE(engine.countingIn());
    EXPECT_FALSE(engine.nextDeadline());
    EXPECT_EQ(engine.progress(at(250s)).phase, PhaseKind::Paused);
    EXPECT_EQ(engine.position(at(250s))->remaining, std::optional<Duration>(8s));

    Recorder rec;
    rec.add(engine.rejoin(at(300s)));
    runUntil(engine, rec, at(320s));
    EXPECT_EQ(rec.text(), (Strings{
                              "300s GetReady 3/0",
                              "300s Countdown 3/0",
                              "301s Countdown 2/0",
                              "302s Countdown 1/0",
                              "308s HoldLastSeconds 3/0",
                              "309s HoldLastSeconds 2/0",
                              "310s HoldLastSeconds 1/0",
                              "311s HoldEnded 0/0",
                              "311s RoutineComplete 0/0",
                          }));
}

// Breaths and paced reps stand still under the count-in as a hold does:
// no rep is counted again, no breath is lost.
TEST(SessionRejoin, PacedRepsAndBreathsGoOnWhereTheyWere) {
    const Routine r = routineOf({exercise("roll", {single(repsStep("Roll", 5, 5, 2s))})});
    SessionEngine engine(r);
    engine.start(at(0s)); // the reps from 3 s: one every 2 s
    engine.update(at(8s));
    engine.pause(at(8s)); // 2 reps counted, 5 s left
    Recorder rec;
    rec.add(engine.rejoin(at(50s)));
    EXPECT_EQ(engine.progress(at(51s)).phase, PhaseKind::GetReady);
    runUntil(engine, rec, at(60s));
    EXPECT_EQ(rec.text(), (Strings{
                              "50s GetReady 3/0",
                              "50s Countdown 3/0",
                              "51s Countdown 2/0",
                              "52s Countdown 1/0",
                              "54s RepCounted 3/5",
                              "56s RepCounted 4/5",
                              "58s RepCounted 5/5",
                              "58s RepsEnded 5/0",
                              "58s RoutineComplete 0/0",
                          }));

    const Routine breathe = routineOf({exercise("breathe", {single(breathsStep("Breathe", 6))})});
    SessionEngine breaths(breathe); // 6 breaths of 5 s from 3 s
    breaths.start(at(0s));
    breaths.update(at(14s));
    breaths.pause(at(14s)); // in breath 3, 19 s left
    breaths.rejoin(at(100s));
    Progress p = breaths.progress(at(101s));
    EXPECT_EQ(p.phase, PhaseKind::GetReady);
    EXPECT_EQ(p.breathPhase, BreathPhase::None) << "the figure does not breathe yet";
    breaths.update(at(103s));
    p = breaths.progress(at(103s));
    EXPECT_EQ(p.phase, PhaseKind::Breathing);
    EXPECT_EQ(p.breath, 3);
    EXPECT_EQ(p.remaining, 19s);
}

// A hold made longer before leaving keeps its length; during the count-in,
// "hold longer" does nothing, as in any get-ready.
TEST(SessionRejoin, AHoldMadeLongerStaysLonger) {
    const Routine r = readThenHold();
    SessionEngine engine(r);
    engine.start(at(0s));
    engine.next(at(2s));        // the hold from 5 s to 35 s
    engine.holdLonger(at(10s)); // to 45 s
    engine.pause(at(23s));      // 22 s left
    Recorder rec;
    rec.add(engine.rejoin(at(100s)));
    rec.add(engine.holdLonger(at(101s)));
    EXPECT_TRUE(engine.countingIn());
    EXPECT_EQ(engine.position(at(101s))->remaining, std::optional<Duration>(22s));
    runUntil(engine, rec, at(104s));
    EXPECT_EQ(engine.progress(at(104s)).phaseLength, 40s);
    EXPECT_EQ(engine.progress(at(104s)).remaining, 21s);
    runUntil(engine, rec, at(130s));
    EXPECT_EQ(rec.text().back(), "125s RoutineComplete 0/0");
}

// What does not run on a timer of its own goes straight on: a read step,
// a paused get-ready (it counts in anyway), a rest.
TEST(SessionRejoin, WhatWaitsOrCountsInAnywayJustResumes) {
    const Routine r = readThenHold();
    SessionEngine reading(r);
    reading.start(at(0s));
    reading.pause(at(1s));
    EXPECT_TRUE(reading.rejoin(at(50s)).empty());
    EXPECT_FALSE(reading.paused());
    EXPECT_FALSE(reading.countingIn());
    EXPECT_EQ(reading.progress(at(50s)).phase, PhaseKind::WaitingForNext);

    SessionEngine ready(r);
    ready.start(at(0s));
    ready.next(at(2s));
    ready.pause(at(3s)); // 2 s of the get-ready left
    EXPECT_TRUE(ready.rejoin(at(50s)).empty());
    EXPECT_FALSE(ready.countingIn());
    EXPECT_EQ(ready.progress(at(50s)).phase, PhaseKind::GetReady);
    EXPECT_EQ(ready.progress(at(50s)).remaining, 2s);

    SessionEngine noCountIn(r, noGetReady());
    noCountIn.start(at(0s));
    noCountIn.next(at(2s));
    noCountIn.pause(at(10s));
    EXPECT_TRUE(noCountIn.rejoin(at(50s)).empty()) << "no get-ready set: none to count in";
    EXPECT_EQ(noCountIn.progress(at(50s)).phase, PhaseKind::Hold);
    EXPECT_EQ(noCountIn.progress(at(50s)).remaining, 22s);
}

// Moving on during the count-in (the person is back and presses Next)
// ends it and acts on a running session, as after a resume at that moment;
// finishing ends the session at the pause.
TEST(SessionRejoin, MovingOnDuringTheCountInEndsItAndGoesOnRunning) {
    const Routine r = routineOf(
        {exercise("wall", {single(readStep("Face the wall")), single(holdStep("Hold", 30s)),
                           single(readStep("Step back")), single(holdStep("Hold again", 20s))})});
    SessionEngine engine(r);
    pausedWith12sLeft(engine);
    engine.rejoin(at(100s));
    EXPECT_EQ(describe(engine.next(at(100.5s))), (Strings{"100.5s StepStarted 2/4 'Step back'"}));
    EXPECT_FALSE(engine.countingIn());
    EXPECT_FALSE(engine.paused()) << "running, as after Resume and Next";
    EXPECT_EQ(engine.countedIn(), at(100.5s)) << "the time away ends there";
    EXPECT_NE(engine.progress(at(101s)).phase, PhaseKind::Paused);
    EXPECT_TRUE(engine.update(at(110s)).empty()) << "no countdown left behind";
    const Strings nextHold = describe(engine.next(at(111s)));
    ASSERT_FALSE(nextHold.empty());
    EXPECT_EQ(nextHold.front(), "111s StepStarted 3/4 'Hold again'");
    EXPECT_EQ(engine.nextDeadline(), at(112s)) << "the next hold's get-ready runs";

    SessionEngine back(r);
    pausedWith12sLeft(back);
    back.rejoin(at(100s));
    EXPECT_EQ(describe(back.previous(at(100.5s))),
              (Strings{"100.5s StepStarted 0/4 'Face the wall'"}));
    EXPECT_FALSE(back.paused()) << "Previous goes on running too";

    SessionEngine finished(r);
    pausedWith12sLeft(finished);
    finished.rejoin(at(100s));
    EXPECT_EQ(describe(finished.finish(at(100.5s))), (Strings{"23s FinishedEarly 0/0"}));
    EXPECT_FALSE(finished.countedIn());
}

} // namespace
} // namespace limber::test
