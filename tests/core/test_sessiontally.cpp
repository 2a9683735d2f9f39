// The session tally: what the Done screen says a session amounted to,
// counted from a real engine's cues on a fake clock.
#include "session/sessionengine.h"
#include "session/sessiontally.h"
#include "test_session_util.h"

#include <gtest/gtest.h>
#include <optional>

namespace limber::test {
namespace {

// Drives an engine and a tally together, as SessionController does.
class TalliedRun {
public:
    explicit TalliedRun(const Routine& routine, SessionSettings settings = {})
        : m_engine(routine, settings)
        , m_tally(routine) {}

    void start(TimePoint now) {
        m_last = now;
        m_tally.started(now);
        feed(m_engine.start(now));
    }
    // Catches up second by second, as the controller's timer does (an
    // engine woken late drops the rhythm cues it missed).
    void until(TimePoint now) {
        for (TimePoint t = m_last + 1s; t < now; t += 1s)
            feed(m_engine.update(t));
        feed(m_engine.update(now));
        m_last = now;
    }
    void next(TimePoint now) { feed(m_engine.next(now)); }
    void pause(TimePoint now) {
        m_tally.paused(now);
        feed(m_engine.pause(now));
    }
    void resume(TimePoint now) {
        m_last = now;
        m_tally.resumed(now);
        feed(m_engine.resume(now));
    }
    // Resume from the overview: the tally goes on when the session does, at
    // once or at the end of the count-in.
    void rejoin(TimePoint now) {
        m_last = now;
        const SessionEngine::Events events = m_engine.rejoin(now);
        if (!m_engine.countingIn())
            m_tally.resumed(now);
        feed(events);
    }
    void finish(TimePoint now) { feed(m_engine.finish(now)); }
    void holdLonger(TimePoint now) {
        feed(m_engine.holdLonger(now));
        m_tally.holdLengthChanged(m_engine.progress(now).phaseLength);
    }
    [[nodiscard]] SessionSummary summary(TimePoint now) const { return m_tally.summary(now); }

private:
    void feed(const SessionEngine::Events& events) {
        if (m_engine.countedIn() != m_countedIn) {
            m_countedIn = m_engine.countedIn();
            m_tally.resumed(*m_countedIn);
        }
        for (const Cue& cue : events)
            m_tally.count(cue);
    }

    SessionEngine m_engine;
    SessionTally m_tally;
    TimePoint m_last{};
    std::optional<TimePoint> m_countedIn;
};

SessionSettings quick() {
    SessionSettings settings;
    settings.getReady = Duration{0};
    settings.breathPace = 4s;
    return settings;
}

Routine holdThenBreaths() {
    return routineOf({exercise("hold", {single(holdStep("Hold", 30s))}, 10s),
                      exercise("breathe", {single(breathsStep("Breathe", 3))})});
}

TEST(SessionTally, ARoutineRunToItsEndCountsEveryHoldBreathAndSecond) {
    const Routine routine = holdThenBreaths();
    TalliedRun run(routine, quick());
    run.start(kT0);
    run.until(at(30s)); // the hold ends, the 10 s rest starts
    run.until(at(40s)); // the breaths start
    run.until(at(52s)); // 3 breaths of 4 s: the routine is complete
    const SessionSummary summary = run.summary(at(100s));
    EXPECT_TRUE(summary.completed);
    EXPECT_EQ(summary.exercisesDone, 2);
    EXPECT_EQ(summary.exerciseCount, 2);
    EXPECT_EQ(summary.holds, 1);
    EXPECT_EQ(summary.holdTime, 30s);
    EXPECT_EQ(summary.breaths, 3);
    EXPECT_EQ(summary.time, 52s) << "the time stops at the end, not at the summary";
}

TEST(SessionTally, PausesAreLeftOutOfTheTime) {
    const Routine routine = holdThenBreaths();
    TalliedRun run(routine, quick());
    run.start(kT0);
    run.pause(at(10s));
    EXPECT_EQ(run.summary(at(500s)).time, 10s) << "a paused session's time stands still";
    run.resume(at(70s));
    run.until(at(90s)); // the hold (30 s of it held) ends at 90 s
    EXPECT_EQ(run.summary(at(95s)).time, 35s);
    EXPECT_EQ(run.summary(at(95s)).holds, 1);
    EXPECT_EQ(run.summary(at(95s)).exercisesDone, 1);
    EXPECT_FALSE(run.summary(at(95s)).completed);
}

TEST(SessionTally, FinishingWhilePausedLeavesThatPauseOut) {
    const Routine routine = holdThenBreaths();
    TalliedRun run(routine, quick());
    run.start(kT0);
    run.pause(at(20s));
    run.finish(at(300s));
    const SessionSummary summary = run.summary(at(400s));
    EXPECT_EQ(summary.time, 20s);
    EXPECT_EQ(summary.holds, 0) << "a hold cut short is not a hold held";
    EXPECT_FALSE(summary.completed);
}

TEST(SessionTally, AHoldMadeLongerCountsItsNewLength) {
    const Routine routine = holdThenBreaths();
    TalliedRun run(routine, quick());
    run.start(kT0);
    run.holdLonger(at(5s)); // +10 s: a 40 s hold
    run.until(at(40s));
    EXPECT_EQ(run.summary(at(40s)).holdTime, 40s);
}

TEST(SessionTally, RepsOfAStepCountOnceHowEverOftenTheyAreCounted) {
    const Routine routine = routineOf({exercise("reps", {single(repsStep("Roll", 3, 3, 2s))})});
    TalliedRun run(routine, quick());
    run.start(kT0);
    run.until(at(7s)); // paced: 3 reps of 2 s
    EXPECT_EQ(run.summary(at(7s)).reps, 3);
    EXPECT_TRUE(run.summary(at(7s)).completed);
}

// Taken up again after Esc, paced reps count in and go on: each rep counts
// once, and neither the time away nor the count-in is exercise time.
TEST(SessionTally, PacedRepsTakenUpAgainCountOnce) {
    const Routine routine = routineOf({exercise("reps", {single(repsStep("Roll", 5, 5, 2s))})});
    TalliedRun run(routine); // a get-ready of 3 s: the reps from 3 s, to 13 s
    run.start(kT0);
    run.until(at(8s));
    run.pause(at(8s)); // 2 reps counted, 5 s left
    run.rejoin(at(50s));
    EXPECT_EQ(run.summary(at(52s)).time, 8s) << "counting in is not exercise time";
    run.until(at(60s)); // the count-in to 53 s, the reps to 58 s
    const SessionSummary summary = run.summary(at(60s));
    EXPECT_TRUE(summary.completed);
    EXPECT_EQ(summary.reps, 5);
    EXPECT_EQ(summary.time, 13s);
}

// A hold made longer, left and taken up again counts its longer length.
TEST(SessionTally, AHoldMadeLongerAndTakenUpAgainCountsItsNewLength) {
    const Routine routine = holdThenBreaths();
    SessionSettings settings = quick();
    settings.getReady = 3s; // the hold from 3 s
    TalliedRun run(routine, settings);
    run.start(kT0);
    run.holdLonger(at(5s)); // a 40 s hold, to 43 s
    run.pause(at(20s));     // 23 s left
    run.rejoin(at(100s));   // the count-in to 103 s, the hold to 126 s
    run.until(at(130s));
    const SessionSummary summary = run.summary(at(130s));
    EXPECT_EQ(summary.holds, 1);
    EXPECT_EQ(summary.holdTime, 40s);
    EXPECT_EQ(summary.time, 47s) << "43 s of hold, 4 s of the rest";
}

} // namespace
} // namespace limber::test
