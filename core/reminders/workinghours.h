#pragma once

#include <array>
#include <chrono>
#include <optional>

namespace limber {

// The person's working days and hours (a setting; default Monday to Friday,
// 08:00 to 18:00). Times are local wall-clock times without a zone: the
// caller converts, so a DST change is the caller's conversion.
//
// A working period starts at `start` on a working day and ends at `end`;
// when `end` is not after `start` the period crosses midnight and ends the
// next day (22:00-06:00: Friday's night shift runs from Friday 22:00 to
// Saturday 06:00, and Saturday 22:00 starts nothing when Saturday is not a
// working day). start == end is a whole day from `start`.
struct WorkingHours {
    // Indexed by std::chrono::weekday::c_encoding(): 0 is Sunday.
    std::array<bool, 7> weekdays{false, true, true, true, true, true, false};
    std::chrono::minutes start{8 * 60};
    std::chrono::minutes end{18 * 60};

    [[nodiscard]] bool worksOn(std::chrono::local_days day) const;
    [[nodiscard]] bool crossesMidnight() const { return end <= start; }

    friend bool operator==(const WorkingHours&, const WorkingHours&) = default;
};

// The start of the working period that contains `t`, or none outside them.
[[nodiscard]] std::optional<std::chrono::local_seconds>
periodContaining(const WorkingHours& hours, std::chrono::local_seconds t);

// The first working period start after `t` (none when no day is a working
// day): where "pause until tomorrow" ends.
[[nodiscard]] std::optional<std::chrono::local_seconds>
nextPeriodStart(const WorkingHours& hours, std::chrono::local_seconds t);

// The first start or end of a working period after `t` (none when no day is
// a working day): the next moment being inside the hours can change.
[[nodiscard]] std::optional<std::chrono::local_seconds> nextBoundary(const WorkingHours& hours,
                                                                     std::chrono::local_seconds t);

} // namespace limber
