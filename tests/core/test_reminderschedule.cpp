// The break-reminder schedule (reminders/reminderschedule.h) through whole
// simulated working days: a fake clock ticking each minute and a person
// scripted per scenario. Defaults: 50 min of use, 5 min natural break,
// Monday to Friday 08:00-18:00.
#include "reminders_util.h"

#include <gtest/gtest.h>

namespace limber::test {
namespace {

using Outcome = Schedule::Outcome;

Shown at(int hour, int minute, int active, local_days day = monday()) {
    return {localAt(day, hour, minute), minutes{active}};
}

seconds minute(int n) {
    return minutes{n};
}

TEST(ReminderSchedule, FiftyMinutesOfWorkGiveOneReminder) {
    Simulation sim(localAt(monday(), 8));
    sim.runUntil(localAt(monday(), 9, 30));
    EXPECT_EQ(sim.shown, (std::vector{at(8, 50, 50)}));
    EXPECT_TRUE(sim.schedule.status().reminderShown);
}

TEST(ReminderSchedule, NaturalBreakAtMinuteThirtyResetsTheCount) {
    Simulation sim(localAt(monday(), 8));
    sim.person.idle = {{minute(30), minute(36)}}; // 5 min without input at 08:35
    sim.runUntil(localAt(monday(), 10));
    // Counting again from the first input, 08:36.
    EXPECT_EQ(sim.shown, (std::vector{at(9, 26, 50)}));
}

TEST(ReminderSchedule, IdleShorterThanANaturalBreakCountsAsUse) {
    Simulation sim(localAt(monday(), 8));
    sim.person.idle = {{minute(30), minute(34)}};
    sim.runUntil(localAt(monday(), 9));
    EXPECT_EQ(sim.shown, (std::vector{at(8, 50, 50)}));
}

TEST(ReminderSchedule, PostponeRemindsAgainTenMinutesLater) {
    Simulation sim(localAt(monday(), 8));
    sim.answer = Answer::Postpone;
    sim.runUntil(localAt(monday(), 9, 15));
    EXPECT_EQ(sim.shown, (std::vector{at(8, 50, 50), at(9, 0, 60), at(9, 10, 70)}));
    ASSERT_EQ(sim.schedule.outcomes().size(), 3U);
    EXPECT_EQ(sim.schedule.outcomes()[0].kind, Outcome::Kind::Postponed);
}

TEST(ReminderSchedule, PostponedReminderLapsesWithABreak) {
    Simulation sim(localAt(monday(), 8));
    sim.answer = Answer::Postpone;
    sim.person.idle = {{minute(52), minute(58)}}; // a break from 08:52 to 08:58
    sim.runUntil(localAt(monday(), 9, 50));
    EXPECT_EQ(sim.shown, (std::vector{at(8, 50, 50), at(9, 48, 50)}));
}

TEST(ReminderSchedule, SkipRestartsTheCount) {
    Simulation sim(localAt(monday(), 8));
    sim.answer = Answer::Skip;
    sim.runUntil(localAt(monday(), 10, 45));
    EXPECT_EQ(sim.shown, (std::vector{at(8, 50, 50), at(9, 40, 50), at(10, 30, 50)}));
    for (const auto& outcome : sim.schedule.outcomes())
        EXPECT_EQ(outcome.kind, Outcome::Kind::Skipped);
}

TEST(ReminderSchedule, OutcomesAreLoggedAsPlainValues) {
    Simulation sim(localAt(monday(), 8));
    sim.answer = Answer::Take;
    sim.runUntil(localAt(monday(), 8, 55));
    ASSERT_EQ(sim.schedule.outcomes().size(), 1U);
    const Outcome& taken = sim.schedule.outcomes()[0];
    EXPECT_EQ(taken.kind, Outcome::Kind::Taken);
    EXPECT_EQ(taken.via, Outcome::Via::Answer);
    EXPECT_EQ(taken.localAt, localAt(monday(), 8, 50));
    EXPECT_EQ(taken.shownAt, sys_seconds{localAt(monday(), 8, 50).time_since_epoch()});
    EXPECT_EQ(taken.active, minutes{50});
    EXPECT_EQ(sim.schedule.status().active, seconds{5 * 60});
}

TEST(ReminderSchedule, ANaturalBreakEndsAShownReminderAsTaken) {
    Simulation sim(localAt(monday(), 8));
    sim.person.idle = {{minute(51), minute(60)}};
    sim.runUntil(localAt(monday(), 9, 10));
    ASSERT_EQ(sim.schedule.outcomes().size(), 1U);
    EXPECT_EQ(sim.schedule.outcomes()[0].kind, Outcome::Kind::Taken);
    EXPECT_EQ(sim.schedule.outcomes()[0].via, Outcome::Via::NaturalBreak);
    EXPECT_FALSE(sim.schedule.status().reminderShown);
}

// Works 11:30-12:00, the laptop sleeps over lunch and wakes at 13:00.
void lunch(Simulation& sim, bool events, bool steadyStops) {
    sim.runUntil(localAt(monday(), 12));
    if (events)
        sim.handle(sim.schedule.suspending(sim.clocks.now()));
    if (steadyStops)
        sim.clocks.wall += hours{1}; // CLOCK_MONOTONIC stops while asleep
    else
        sim.advance(hours{1}); // a clock that counts sleep
    if (events)
        sim.handle(sim.schedule.resumed(sim.clocks.now()));
    sim.runUntil(localAt(monday(), 14, 30));
}

TEST(ReminderSchedule, SuspendAcrossLunchIsABreak) {
    for (const bool events : {true, false}) {
        for (const bool steadyStops : {true, false}) {
            SCOPED_TRACE(testing::Message()
                         << "events " << events << " steady stops " << steadyStops);
            Simulation sim(localAt(monday(), 11, 30));
            lunch(sim, events, steadyStops);
            EXPECT_EQ(sim.shown, (std::vector{at(13, 50, 50)}));
        }
    }
}

TEST(ReminderSchedule, ScreenLockIsABreak) {
    Simulation sim(localAt(monday(), 8));
    sim.runUntil(localAt(monday(), 8, 40));
    const auto events = sim.schedule.locked(sim.clocks.now());
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].kind, Kind::BreakStarted);
    EXPECT_EQ(events[0].reason, Schedule::BreakReason::Lock);
    EXPECT_EQ(sim.schedule.status().phase, Schedule::Phase::Locked);
    EXPECT_FALSE(sim.schedule.nextCheck().has_value());
    sim.advance(minutes{2});
    sim.schedule.unlocked(sim.clocks.now());
    sim.runUntil(localAt(monday(), 9, 40));
    EXPECT_EQ(sim.shown, (std::vector{at(9, 32, 50)}));
}

TEST(ReminderSchedule, NothingOutsideWorkingHoursOrOnSaturday) {
    Simulation sim(localAt(monday(), 17, 30));
    sim.runUntil(localAt(monday(), 19));
    EXPECT_TRUE(sim.shown.empty()); // none at 18:20 or 18:30
    EXPECT_EQ(sim.schedule.status().phase, Schedule::Phase::OffHours);
    EXPECT_EQ(sim.schedule.status().active, minutes{30});

    Simulation saturday(localAt(monday() + days{5}, 8));
    saturday.runUntil(localAt(monday() + days{5}, 18));
    EXPECT_TRUE(saturday.shown.empty());
    EXPECT_FALSE(saturday.schedule.status().nextBreakIn.has_value());
}

TEST(ReminderSchedule, EachWorkingPeriodStartsFromZero) {
    Simulation sim(localAt(monday(), 17, 30));
    sim.runUntil(localAt(monday() + days{1}, 9));
    EXPECT_EQ(sim.shown, (std::vector{at(8, 50, 50, monday() + days{1})}));
}

TEST(ReminderSchedule, NightShiftAcrossMidnight) {
    ReminderSettings settings;
    settings.hours.start = hours{22};
    settings.hours.end = hours{6};
    Simulation sim(localAt(monday(), 21), settings);
    sim.answer = Answer::Skip;
    sim.runUntil(localAt(monday() + days{1}, 7));
    const auto tuesday = monday() + days{1};
    EXPECT_EQ(sim.shown, (std::vector{at(22, 50, 50), at(23, 40, 50), at(0, 30, 50, tuesday),
                                      at(1, 20, 50, tuesday), at(2, 10, 50, tuesday),
                                      at(3, 0, 50, tuesday), at(3, 50, 50, tuesday),
                                      at(4, 40, 50, tuesday), at(5, 30, 50, tuesday)}));
}

TEST(ReminderSchedule, NightShiftStartedAfterMidnightBelongsToTheDayBefore) {
    ReminderSettings settings;
    settings.hours.start = hours{22};
    settings.hours.end = hours{6};
    // Saturday 01:00 is in Friday's shift; Saturday 22:00 starts none.
    const auto saturday = monday() + days{5};
    Simulation sim(localAt(saturday, 1), settings);
    sim.answer = Answer::Skip;
    sim.runUntil(localAt(saturday, 23, 59));
    EXPECT_EQ(sim.shown, (std::vector{at(1, 50, 50, saturday), at(2, 40, 50, saturday),
                                      at(3, 30, 50, saturday), at(4, 20, 50, saturday),
                                      at(5, 10, 50, saturday)}));
}

// A night shift over a DST change: the local clock jumps by `jump` when it
// reads `when`, while the steady and UTC clocks run on.
std::vector<seconds> nightOverDst(local_days night, seconds offset, seconds jump,
                                  local_seconds when) {
    ReminderSettings settings;
    settings.hours.weekdays.fill(true);
    settings.hours.start = hours{22};
    settings.hours.end = hours{6};
    Simulation sim(localAt(night, 22), settings);
    sim.clocks.wall -= offset;
    sim.clocks.offset = offset;
    sim.answer = Answer::Skip;
    bool jumped = false;
    std::vector<seconds> at;
    while (sim.clocks.local() < localAt(night + days{1}, 7)) {
        if (!jumped && sim.clocks.local() >= when) {
            sim.clocks.offset += jump;
            jumped = true;
        }
        const auto before = sim.shown.size();
        sim.update();
        if (sim.shown.size() > before)
            at.push_back(sim.elapsed);
        sim.advance(minutes{1});
    }
    return at;
}

TEST(ReminderSchedule, DstSpringForwardNeitherDoublesNorMisses) {
    // Europe/Berlin, 31 March 2024: 02:00 CET becomes 03:00 CEST; the shift
    // 22:00-06:00 is 7 hours long that night.
    const auto night = local_days{2024y / March / 30};
    const auto at = nightOverDst(night, hours{1}, hours{1}, localAt(night + days{1}, 2));
    std::vector<seconds> expected;
    for (int n = 1; n * 50 < 7 * 60; ++n)
        expected.push_back(minutes{n * 50});
    EXPECT_EQ(at, expected);
}

TEST(ReminderSchedule, DstFallBackNeitherDoublesNorMisses) {
    // 27 October 2024: 03:00 CEST becomes 02:00 CET; the shift is 9 hours.
    const auto night = local_days{2024y / October / 26};
    const auto at = nightOverDst(night, hours{2}, -hours{1}, localAt(night + days{1}, 3));
    std::vector<seconds> expected;
    for (int n = 1; n * 50 < 9 * 60; ++n)
        expected.push_back(minutes{n * 50});
    EXPECT_EQ(at, expected);
}

TEST(ReminderSchedule, WallClockJumpingBackwardsKeepsCountingOnSteadyTime) {
    Simulation sim(localAt(monday(), 10));
    sim.runUntil(localAt(monday(), 10, 30));
    sim.clocks.wall -= hours{1}; // 10:30 reads 09:30 now
    const auto events = sim.update();
    EXPECT_TRUE(events.empty());
    EXPECT_EQ(sim.schedule.status().active, minutes{30});
    sim.run(minutes{30});
    EXPECT_EQ(sim.shown, (std::vector{at(9, 50, 50)}));
}

TEST(ReminderSchedule, WallClockJumpingBackOutOfTheHoursResumesTheSamePeriod) {
    Simulation sim(localAt(monday(), 8));
    sim.runUntil(localAt(monday(), 8, 30));
    sim.clocks.wall -= hours{1}; // 07:30: before the hours
    EXPECT_TRUE(sim.update().empty());
    sim.runUntil(localAt(monday(), 8, 30));
    // Counting stopped from 07:30 to 08:00 and goes on from 30 min.
    EXPECT_EQ(sim.shown, (std::vector{at(8, 20, 50)}));
}

TEST(ReminderSchedule, ReturningNeverRemindsInTheSameMinute) {
    Simulation sim(localAt(monday(), 8));
    sim.person.idle = {{minute(48), minute(52)}}; // away at 08:50, back at 08:52
    sim.runUntil(localAt(monday(), 9));
    EXPECT_EQ(sim.shown, (std::vector{at(8, 53, 53)}));
}

TEST(ReminderSchedule, ReturningFromABreakStartsFromZero) {
    Simulation sim(localAt(monday(), 8));
    sim.person.idle = {{minute(49), minute(57)}};
    sim.runUntil(localAt(monday(), 9, 50));
    EXPECT_EQ(sim.shown, (std::vector{at(9, 47, 50)}));
}

TEST(ReminderSchedule, BusyDefersUntilItEnds) {
    Simulation sim(localAt(monday(), 8));
    sim.person.busy = {{minute(45), minute(70)}};
    sim.runUntil(localAt(monday(), 9, 30));
    EXPECT_EQ(sim.shown, (std::vector{at(9, 10, 70)}));
}

// The tray says a due break waits for a fullscreen window or
// do-not-disturb to end only when nothing else holds it back.
TEST(ReminderSchedule, StatusSaysADueBreakIsHeldOnlyByTheBusyState) {
    struct Case {
        const char* what;
        int busyFrom, busyTo; // minutes after 08:00
        int lookAt;           // minutes after 08:00
        bool pausedAt40;
        bool heldBusy;
        bool shown;
    };
    for (const Case& c : {
             Case{"busy, not yet due", 45, 70, 49, false, false, false},
             Case{"busy and due", 45, 70, 60, false, true, false},
             Case{"due, busy from then on", 50, 70, 55, false, true, false},
             Case{"busy ended: shown", 45, 70, 71, false, false, true},
             Case{"not busy: shown", 0, 0, 55, false, false, true},
             Case{"busy but paused: the pause holds it", 45, 70, 60, true, false, false},
         }) {
        Simulation sim(localAt(monday(), 8));
        if (c.busyTo > c.busyFrom)
            sim.person.busy = {{minute(c.busyFrom), minute(c.busyTo)}};
        if (c.pausedAt40) {
            sim.runUntil(localAt(monday(), 8, 40));
            sim.schedule.pause(sim.clocks.now(), Schedule::PauseLength::OneHour);
        }
        sim.runUntil(localAt(monday(), 8) + minutes{c.lookAt});
        const auto status = sim.schedule.status();
        EXPECT_EQ(status.heldBusy, c.heldBusy) << c.what;
        EXPECT_EQ(status.reminderShown, c.shown) << c.what;
    }
}

TEST(ReminderSchedule, PauseForThirtyMinutesOrAnHour) {
    for (const auto& [length, end] : {std::pair{Schedule::PauseLength::ThirtyMinutes, 10},
                                      {Schedule::PauseLength::OneHour, 40}}) {
        Simulation sim(localAt(monday(), 8));
        sim.runUntil(localAt(monday(), 8, 40));
        sim.schedule.pause(sim.clocks.now(), length);
        EXPECT_EQ(sim.schedule.status().pausedUntil, localAt(monday(), 9, end));
        sim.runUntil(localAt(monday(), 10));
        // The count went on; the reminder comes as the pause ends.
        EXPECT_EQ(sim.shown, (std::vector{at(9, end, 60 + end)}));
    }
}

TEST(ReminderSchedule, PauseUntilTomorrow) {
    Simulation sim(localAt(monday(), 10));
    sim.runUntil(localAt(monday(), 10, 40));
    sim.schedule.pause(sim.clocks.now(), Schedule::PauseLength::UntilTomorrow);
    const auto tuesday = monday() + days{1};
    EXPECT_EQ(sim.schedule.status().pausedUntil, localAt(tuesday, 8));
    sim.runUntil(localAt(tuesday, 9));
    EXPECT_EQ(sim.shown, (std::vector{at(8, 50, 50, tuesday)}));
}

TEST(ReminderSchedule, PausedUntilTomorrowOnFridayMeansMonday) {
    const auto friday = monday() + days{4};
    Simulation sim(localAt(friday, 17));
    sim.schedule.update(sim.clocks.now(), minutes{0}, false);
    sim.schedule.pause(sim.clocks.now(), Schedule::PauseLength::UntilTomorrow);
    EXPECT_EQ(sim.schedule.status().pausedUntil, localAt(monday() + days{7}, 8));
}

TEST(ReminderSchedule, ResumingRemindersEndsThePause) {
    Simulation sim(localAt(monday(), 8));
    sim.runUntil(localAt(monday(), 8, 40));
    sim.schedule.pause(sim.clocks.now(), Schedule::PauseLength::OneHour);
    sim.runUntil(localAt(monday(), 9));
    sim.handle(sim.schedule.resumeReminders(sim.clocks.now()));
    EXPECT_FALSE(sim.schedule.status().pausedUntil.has_value());
    EXPECT_EQ(sim.shown, (std::vector{at(9, 0, 60)}));
}

TEST(ReminderSchedule, WithoutAnIdleSourceWallTimeSinceTheLastBreakCounts) {
    FakeClocks clocks(localAt(monday(), 8));
    Schedule schedule;
    schedule.update(clocks.now(), std::nullopt, false);
    // Nothing can change before the count could reach 50 min.
    EXPECT_EQ(schedule.nextCheck(), clocks.steady + minutes{50});
    EXPECT_FALSE(schedule.waitsForInput());
    clocks.advance(minutes{27});
    EXPECT_TRUE(schedule.update(clocks.now(), std::nullopt, false).empty());
    EXPECT_EQ(schedule.status().nextBreakIn, minutes{23}); // "Next break in 23 min"
    clocks.advance(minutes{23});
    const auto events = schedule.update(clocks.now(), std::nullopt, false);
    ASSERT_EQ(events.size(), 1U);
    EXPECT_EQ(events[0].kind, Kind::ReminderDue);
    EXPECT_EQ(events[0].active, minutes{50});
}

TEST(ReminderSchedule, NextCheckLooksWhenANaturalBreakCouldComplete) {
    FakeClocks clocks(localAt(monday(), 8));
    Schedule schedule;
    schedule.update(clocks.now(), seconds{40}, false);
    EXPECT_EQ(schedule.nextCheck(), clocks.steady - seconds{40} + minutes{5});
    clocks.advance(minutes{10});
    schedule.update(clocks.now(), minutes{10}, false);
    EXPECT_EQ(schedule.status().phase, Schedule::Phase::OnBreak);
    EXPECT_TRUE(schedule.waitsForInput());
    // Only the end of the hours is left to look at: 18:00.
    EXPECT_EQ(schedule.nextCheck(), clocks.steady + hours{9} + minutes{50});
}

TEST(ReminderSchedule, NextCheckStopsAtTheNextOffsetChange) {
    FakeClocks clocks(localAt(monday(), 20)); // after the hours
    Schedule schedule;
    auto now = clocks.now();
    schedule.update(now, std::nullopt, false);
    EXPECT_EQ(schedule.nextCheck(), clocks.steady + hours{12}); // Tuesday 08:00
    now.offsetChange = clocks.wall + hours{6};
    schedule.update(now, std::nullopt, false);
    EXPECT_EQ(schedule.nextCheck(), clocks.steady + hours{6});
}

} // namespace
} // namespace limber::test
