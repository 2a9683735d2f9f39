#include "reminders/workinghours.h"

#include <algorithm>

namespace limber {

namespace {

using std::chrono::days;
using std::chrono::local_days;
using std::chrono::local_seconds;

struct Period {
    local_seconds start;
    local_seconds end;
};

// The period that starts on `day`, if it is a working day.
std::optional<Period> periodOn(const WorkingHours& hours, local_days day) {
    if (!hours.worksOn(day))
        return std::nullopt;
    const local_seconds start = day + hours.start;
    const local_seconds end = day + hours.end + (hours.crossesMidnight() ? days{1} : days{0});
    return Period{start, end};
}

// Every period starts within a day before `t` or later; a week ahead holds
// the next start of any weekly pattern with at least one working day.
constexpr int kDaysBack = 1;
constexpr int kDaysAhead = 8;

} // namespace

bool WorkingHours::worksOn(local_days day) const {
    return weekdays[std::chrono::weekday{day}.c_encoding()];
}

std::optional<local_seconds> periodContaining(const WorkingHours& hours, local_seconds t) {
    const local_days today = std::chrono::floor<days>(t);
    for (int back = 0; back <= kDaysBack; ++back) {
        const auto period = periodOn(hours, today - days{back});
        if (period && period->start <= t && t < period->end)
            return period->start;
    }
    return std::nullopt;
}

std::optional<local_seconds> nextPeriodStart(const WorkingHours& hours, local_seconds t) {
    const local_days today = std::chrono::floor<days>(t);
    for (int ahead = 0; ahead <= kDaysAhead; ++ahead) {
        const auto period = periodOn(hours, today + days{ahead});
        if (period && period->start > t)
            return period->start;
    }
    return std::nullopt;
}

std::optional<local_seconds> nextBoundary(const WorkingHours& hours, local_seconds t) {
    const local_days today = std::chrono::floor<days>(t);
    std::optional<local_seconds> next;
    const auto consider = [&](local_seconds boundary) {
        if (boundary > t && (!next || boundary < *next))
            next = boundary;
    };
    for (int offset = -kDaysBack; offset <= kDaysAhead; ++offset) {
        if (const auto period = periodOn(hours, today + days{offset})) {
            consider(period->start);
            consider(period->end);
        }
    }
    return next;
}

} // namespace limber
