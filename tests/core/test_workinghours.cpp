// Working days and hours (reminders/workinghours.h): which period a local
// time is in, where the next one starts, hours across midnight.
#include "reminders_util.h"

#include <gtest/gtest.h>

namespace limber::test {
namespace {

WorkingHours nightShift() {
    WorkingHours hours;
    hours.start = std::chrono::hours{22};
    hours.end = std::chrono::hours{6};
    return hours;
}

const local_days friday = monday() + days{4};
const local_days saturday = monday() + days{5};
const local_days sunday = monday() + days{6};

TEST(WorkingHours, DefaultIsMondayToFridayEightToSix) {
    const WorkingHours hours;
    EXPECT_EQ(periodContaining(hours, localAt(monday(), 7, 59)), std::nullopt);
    EXPECT_EQ(periodContaining(hours, localAt(monday(), 8)), localAt(monday(), 8));
    EXPECT_EQ(periodContaining(hours, localAt(monday(), 17, 59)), localAt(monday(), 8));
    EXPECT_EQ(periodContaining(hours, localAt(monday(), 18)), std::nullopt);
    EXPECT_EQ(periodContaining(hours, localAt(saturday, 10)), std::nullopt);
    EXPECT_EQ(periodContaining(hours, localAt(sunday, 10)), std::nullopt);
}

TEST(WorkingHours, NightShiftBelongsToTheDayItStarts) {
    const WorkingHours hours = nightShift();
    EXPECT_EQ(periodContaining(hours, localAt(friday, 23)), localAt(friday, 22));
    EXPECT_EQ(periodContaining(hours, localAt(saturday, 5, 59)), localAt(friday, 22));
    EXPECT_EQ(periodContaining(hours, localAt(saturday, 6)), std::nullopt);
    EXPECT_EQ(periodContaining(hours, localAt(saturday, 22)), std::nullopt);
    EXPECT_EQ(periodContaining(hours, localAt(monday(), 1)), std::nullopt); // Sunday's: none
    EXPECT_EQ(periodContaining(hours, localAt(monday(), 21, 59)), std::nullopt);
}

TEST(WorkingHours, NextPeriodStartSkipsTheWeekend) {
    const WorkingHours hours;
    EXPECT_EQ(nextPeriodStart(hours, localAt(friday, 10)), localAt(monday() + days{7}, 8));
    EXPECT_EQ(nextPeriodStart(hours, localAt(monday(), 7)), localAt(monday(), 8));
    EXPECT_EQ(nextPeriodStart(hours, localAt(monday(), 8)), localAt(monday() + days{1}, 8));
    EXPECT_EQ(nextPeriodStart(nightShift(), localAt(monday(), 23)),
              localAt(monday() + days{1}, 22));
}

TEST(WorkingHours, NextBoundaryIsTheNextStartOrEnd) {
    const WorkingHours hours;
    EXPECT_EQ(nextBoundary(hours, localAt(monday(), 9)), localAt(monday(), 18));
    EXPECT_EQ(nextBoundary(hours, localAt(monday(), 18)), localAt(monday() + days{1}, 8));
    EXPECT_EQ(nextBoundary(nightShift(), localAt(friday, 23)), localAt(saturday, 6));
}

TEST(WorkingHours, StartEqualToEndIsAWholeDay) {
    WorkingHours hours;
    hours.start = hours.end = minutes{0};
    EXPECT_EQ(periodContaining(hours, localAt(monday(), 23, 59)), localAt(monday(), 0));
    EXPECT_EQ(periodContaining(hours, localAt(saturday, 0)), std::nullopt);
}

TEST(WorkingHours, NoWorkingDayHasNoPeriods) {
    WorkingHours hours;
    hours.weekdays.fill(false);
    EXPECT_EQ(periodContaining(hours, localAt(monday(), 9)), std::nullopt);
    EXPECT_EQ(nextPeriodStart(hours, localAt(monday(), 9)), std::nullopt);
    EXPECT_EQ(nextBoundary(hours, localAt(monday(), 9)), std::nullopt);
}

} // namespace
} // namespace limber::test
