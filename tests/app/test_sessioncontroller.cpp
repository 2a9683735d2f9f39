// The session controller's look-ahead: rhythm cues reach the ears early
// enough for sound and speech latency, each once, and the display on time.
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "testroutines.h"

#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace limber;

namespace {

// A 6 s hold after a 3 s get-ready: Countdown 3-2-1, HoldStarted,
// HoldLastSeconds 3-2-1, HoldEnded, RoutineComplete.
Routine holdRoutine() {
    Routine routine;
    routine.id = "hold";
    routine.title = limber::testing::en("Hold");
    routine.contentHash = "v1";
    Exercise exercise;
    exercise.id = "hold";
    exercise.title = limber::testing::en("Hold");
    exercise.blocks.push_back(
        {{},
         {limber::testing::step("Hold it.", HoldAction{Range<Seconds>::fixed(Seconds(6))})},
         {}});
    routine.exercises.push_back(std::move(exercise));
    return routine;
}

struct Heard {
    Cue cue;
    TimePoint at; // when the signal carried it
};

class LookaheadTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s));
        m_settings->setGetReady(3s);
        m_settings->setAutoAdvance(true);
    }

    void make(Duration lead) {
        m_controller = std::make_unique<SessionController>(m_routine, *m_settings, [this] {
            m_now += m_creep;
            return m_now;
        });
        m_controller->setLookahead(lead);
        QObject::connect(m_controller.get(), &SessionController::cues, [this](const auto& cues) {
            for (const Cue& cue : cues)
                m_shown.push_back({cue, m_now});
        });
        QObject::connect(m_controller.get(), &SessionController::audibleCues,
                         [this](const auto& cues) {
                             for (const Cue& cue : cues)
                                 m_heard.push_back({cue, m_now});
                         });
    }
    // Started, left (paused) 2 s into the 6 s hold, and taken up again a
    // minute later: the count-in starts; returns when. Heard cues start there.
    TimePoint countingInAfterAMinuteAway() {
        m_controller->start();
        advance(5s);
        m_controller->pause();
        advance(60s);
        m_heard.clear();
        const TimePoint rejoined = m_now;
        m_controller->rejoin();
        return rejoined;
    }
    // The timers would fire this often at most; 10 ms steps.
    void advance(Duration d) {
        const TimePoint end = m_now + d;
        while (m_now < end) {
            m_now = std::min(end, m_now + Duration(10ms));
            m_controller->tick();
        }
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    Routine m_routine = holdRoutine();
    TimePoint m_now = TimePoint{} + 1h;
    Duration m_creep{}; // how far the clock moves each time it is read
    std::unique_ptr<SessionController> m_controller;
    std::vector<Heard> m_shown;
    std::vector<Heard> m_heard;
};

std::vector<Cue> cuesOf(const std::vector<Heard>& heard) {
    std::vector<Cue> cues;
    for (const auto& h : heard)
        cues.push_back(h.cue);
    return cues;
}

TEST_F(LookaheadTest, WithoutLookaheadTheEarsGetWhatTheEyesGet) {
    make(0ms);
    m_controller->start();
    advance(12s);
    ASSERT_TRUE(m_controller->isFinished());
    EXPECT_EQ(cuesOf(m_heard), cuesOf(m_shown));
    for (const auto& h : m_heard)
        EXPECT_GE(h.at, h.cue.when) << cueKindName(h.cue.kind);
}

TEST_F(LookaheadTest, RhythmCuesComeOnceAndEarlyOthersOnTime) {
    make(250ms);
    const TimePoint started = m_now;
    m_controller->start();
    advance(12s);
    ASSERT_TRUE(m_controller->isFinished());

    // The display sees each cue when it is due.
    for (const auto& s : m_shown)
        EXPECT_GE(s.at, s.cue.when) << cueKindName(s.cue.kind);

    // The ears get every cue exactly once...
    auto heard = cuesOf(m_heard);
    auto shown = cuesOf(m_shown);
    const auto byTime = [](const Cue& a, const Cue& b) {
        return a.when < b.when || (a.when == b.when && a.kind < b.kind);
    };
    std::stable_sort(heard.begin(), heard.end(), byTime);
    std::stable_sort(shown.begin(), shown.end(), byTime);
    EXPECT_EQ(heard, shown);

    // ...the rhythm ones 250 ms ahead (to the 10 ms step), the rest on time.
    // The first "3" is due the moment Start is pressed: it cannot be early.
    int rhythm = 0;
    for (const auto& h : m_heard) {
        if (isRhythmCue(h.cue.kind) && h.cue.when == started) {
            ++rhythm;
            EXPECT_EQ(h.at, h.cue.when);
        } else if (isRhythmCue(h.cue.kind)) {
            ++rhythm;
            EXPECT_LE(h.at, h.cue.when - 240ms) << cueKindName(h.cue.kind) << ' ' << h.cue.value;
            EXPECT_GE(h.at, h.cue.when - 250ms) << cueKindName(h.cue.kind) << ' ' << h.cue.value;
        } else {
            EXPECT_GE(h.at, h.cue.when) << cueKindName(h.cue.kind);
        }
    }
    EXPECT_EQ(rhythm, 6); // Countdown 3-2-1, HoldLastSeconds 3-2-1
}

// A real clock moves between the control and the look-ahead: the "3" due at
// the moment Start is pressed still reaches the ears.
TEST_F(LookaheadTest, ACueDueAtAControlIsHeardWhileTheClockMoves) {
    m_creep = 1us;
    make(250ms);
    m_controller->start();
    const auto three = std::count_if(m_heard.begin(), m_heard.end(), [](const Heard& h) {
        return h.cue.kind == CueKind::Countdown && h.cue.value == 3;
    });
    EXPECT_EQ(three, 1);
}

TEST_F(LookaheadTest, APauseReschedulesWhatWasAnnouncedAhead) {
    make(250ms);
    m_controller->start();
    // 3 s get-ready + 6 s hold: "3 seconds left" is due at 6 s; pause
    // 100 ms before, after it went out ahead.
    advance(5900ms);
    const auto early = std::count_if(m_heard.begin(), m_heard.end(), [](const Heard& h) {
        return h.cue.kind == CueKind::HoldLastSeconds && h.cue.value == 3;
    });
    ASSERT_EQ(early, 1);
    m_controller->pause();
    advance(5s);
    m_controller->resume();
    advance(4s);
    ASSERT_TRUE(m_controller->isFinished());

    // Said again at its new time, because the pause moved it; nothing else twice.
    std::vector<TimePoint> threeLeft;
    for (const auto& h : m_heard) {
        if (h.cue.kind == CueKind::HoldLastSeconds && h.cue.value == 3)
            threeLeft.push_back(h.cue.when);
    }
    ASSERT_EQ(threeLeft.size(), 2u);
    EXPECT_EQ(threeLeft[1] - threeLeft[0], 5s);
    const auto shownThree = std::count_if(m_shown.begin(), m_shown.end(), [](const Heard& h) {
        return h.cue.kind == CueKind::HoldLastSeconds && h.cue.value == 3;
    });
    EXPECT_EQ(shownThree, 1);
    for (int value : {2, 1}) {
        EXPECT_EQ(std::count_if(m_heard.begin(), m_heard.end(),
                                [value](const Heard& h) {
                                    return h.cue.kind == CueKind::HoldLastSeconds &&
                                           h.cue.value == value;
                                }),
                  1);
    }
}

// Resume after Esc (rejoin()) counts in: the ears get the count-in's numbers
// as those of any get-ready, ahead but for the "3" due at once, and the
// session's time leaves the count-in out, as it leaves out the time away.
TEST_F(LookaheadTest, ARejoinsCountInIsHeardAheadAndIsNotExerciseTime) {
    make(250ms);
    const TimePoint rejoined = countingInAfterAMinuteAway();
    EXPECT_FALSE(m_controller->isPaused()) << "counting in";
    advance(3s);
    std::vector<int> numbers;
    for (const auto& h : m_heard) {
        if (h.cue.kind != CueKind::Countdown)
            continue;
        numbers.push_back(h.cue.value);
        EXPECT_EQ(h.cue.when, rejoined + 3s - Seconds(h.cue.value));
        if (h.cue.value < 3) {
            EXPECT_EQ(h.cue.when - h.at, 250ms) << h.cue.value;
        }
    }
    EXPECT_EQ(numbers, (std::vector<int>{3, 2, 1}));
    advance(4s); // the 4 s the hold had left
    ASSERT_TRUE(m_controller->isFinished());
    EXPECT_EQ(m_controller->summary().time, 9s) << "5 s before Esc, 4 s after the count-in";
}

// H while paused makes the hold longer (the key acts, paused or not): the
// summary counts the hold at the length it was held, as the history does.
TEST_F(LookaheadTest, AHoldMadeLongerWhilePausedCountsItsNewLength) {
    make(0ms);
    m_controller->start();
    advance(5s); // 2 s into the 6 s hold
    m_controller->pause();
    m_controller->holdLonger();
    m_controller->resume();
    advance(14s); // the 14 s left of 16
    ASSERT_TRUE(m_controller->isFinished());
    EXPECT_EQ(m_controller->summary().holdTime, 16s);
}

// H pressed as a get-ready (here a count-in) runs out, before the timer's
// tick has started the hold: the hold the key made longer is counted at its
// new length, as the history counts it.
TEST_F(LookaheadTest, HoldLongerRightAfterTheCountInEndsCountsItsNewLength) {
    make(0ms);
    countingInAfterAMinuteAway();
    m_now += 3s + 1ms; // the count-in is over; its tick has not come yet
    m_controller->holdLonger();
    advance(20s);
    ASSERT_TRUE(m_controller->isFinished());
    EXPECT_EQ(m_controller->summary().holdTime, 16s);
}

// The person comes back and presses Next during the count-in: the session
// goes on running from there, and the time counted in before is not
// exercise time.
TEST_F(LookaheadTest, NextDuringACountInGoesOnRunning) {
    make(0ms);
    countingInAfterAMinuteAway();
    advance(1s);
    m_controller->next();
    EXPECT_FALSE(m_controller->isPaused());
    EXPECT_TRUE(m_controller->isFinished()) << "the hold was the routine's last step";
    EXPECT_EQ(m_controller->summary().time, 5s) << "5 s before Esc; none counting in";
}

// A tick that comes shortly before a rhythm cue's look-ahead begins (the
// display refresh, every 100 ms) must not delay its wake-up: the timer still
// wakes the whole look-ahead before the cue. (It used to wake where that
// tick's look had ended, 10 ms before the cue instead of 60.)
TEST_F(LookaheadTest, ATickJustBeforeTheLookaheadDoesNotShortenIt) {
    make(60ms);
    const TimePoint started = m_now;
    m_controller->start();
    // "2" is due 1 s after Start; a tick 70 ms before it looks up to 10 ms before it.
    m_now = started + 930ms;
    m_controller->tick();
    EXPECT_TRUE(std::none_of(m_heard.begin(), m_heard.end(), [](const Heard& h) {
        return h.cue.kind == CueKind::Countdown && h.cue.value == 2;
    }));
    ASSERT_TRUE(m_controller->nextWake());
    EXPECT_EQ(*m_controller->nextWake(), started + 1s - 60ms);
    m_now = *m_controller->nextWake();
    m_controller->tick();
    ASSERT_FALSE(m_heard.empty());
    EXPECT_EQ(m_heard.back().cue.kind, CueKind::Countdown);
    EXPECT_EQ(m_heard.back().cue.value, 2);
    EXPECT_EQ(m_heard.back().at, started + 1s - 60ms);
}

// The deadline timer alone (no display refresh, no other tick) wakes the
// session the whole look-ahead before each rhythm cue: the real QTimer is
// armed for exactly the time to nextWake(), and when it fires on time each
// rhythm cue goes out 250 ms early and the display gets every cue when due.
TEST_F(LookaheadTest, TheTimerWakesAheadOfEachRhythmCue) {
    make(250ms);
    // The display's refresh is a timer of its own (4 times a second).
    const auto* deadline = m_controller->findChild<QTimer*>(u"deadline"_s);
    ASSERT_NE(deadline, nullptr) << "no deadline timer in the controller";
    ASSERT_TRUE(deadline->isSingleShot());
    ASSERT_EQ(deadline->timerType(), Qt::PreciseTimer);
    const TimePoint started = m_now;
    m_controller->start();
    for (int wakes = 0; !m_controller->isFinished(); ++wakes) {
        ASSERT_LT(wakes, 100) << "the session never ends";
        ASSERT_TRUE(m_controller->nextWake());
        ASSERT_TRUE(deadline->isActive());
        const TimePoint wake = *m_controller->nextWake();
        EXPECT_EQ(std::chrono::milliseconds(deadline->interval()),
                  std::chrono::ceil<std::chrono::milliseconds>(wake - m_now));
        m_now = wake; // the timer fires, on time
        m_controller->tick();
    }
    EXPECT_FALSE(m_controller->timersActive());
    for (const auto& s : m_shown)
        EXPECT_EQ(s.at, s.cue.when) << cueKindName(s.cue.kind);
    int rhythm = 0;
    for (const auto& h : m_heard) {
        if (!isRhythmCue(h.cue.kind))
            continue;
        ++rhythm;
        if (h.cue.when == started)
            EXPECT_EQ(h.at, started); // the get-ready's first number, due at Start
        else
            EXPECT_EQ(h.at, h.cue.when - 250ms) << cueKindName(h.cue.kind) << ' ' << h.cue.value;
    }
    EXPECT_EQ(rhythm, 6); // Countdown 3-2-1, HoldLastSeconds 3-2-1
}

// The real timers on the real clock drive a session to its end by
// themselves, every rhythm cue heard once: a guard against a session that
// stalls. It asserts nothing about timing (the fake-clock tests do), and
// gives a 9 s session a minute.
TEST(LookaheadTimers, RealTimersRunTheSessionToItsEnd) {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"limber.conf"_s));
    settings.setGetReady(3s);
    settings.setAutoAdvance(true);
    const Routine routine = holdRoutine();
    SessionController controller(routine, settings);
    controller.setLookahead(250ms);
    std::vector<Cue> heard;
    QObject::connect(&controller, &SessionController::audibleCues, [&](const auto& cues) {
        heard.insert(heard.end(), cues.begin(), cues.end());
    });
    controller.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return controller.isFinished(); }, 60000))
        << "a 9 s session had not ended after a minute";
    EXPECT_EQ(std::count_if(heard.begin(), heard.end(),
                            [](const Cue& cue) { return isRhythmCue(cue.kind); }),
              6); // Countdown 3-2-1, HoldLastSeconds 3-2-1
    EXPECT_FALSE(controller.timersActive());
}

} // namespace
