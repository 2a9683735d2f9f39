#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace limber {

// A whole number as routine files write it: optional '-', then digits.
//
//   "12" -> 12, "-5" -> -5, "007" -> 7
//   "", "+3", "1.5", "12x", " 1" -> nullopt
//
// Numbers beyond int64 saturate (to INT64_MAX or INT64_MIN), so that a
// caller reports "99999999999999999999" as out of range instead of wrapping.
[[nodiscard]] std::optional<std::int64_t> parseWholeNumber(std::string_view text);

// A duration as routine files write it: whole seconds, or h, m and s parts,
// each at most once and in that order; an optional leading '-' (so that the
// caller can say "must be between 0s and 1h" rather than "not a duration").
//
//   "45" -> 45 s, "45s" -> 45 s, "1m" -> 60 s, "1m30s" -> 90 s,
//   "90s" -> 90 s, "1h" -> 3600 s, "-5s" -> -5 s
//   "", "s", "1m 30s", "30s1m", "1.5m", "1d" -> nullopt
//
// Saturates like parseWholeNumber; bounds are the caller's business.
[[nodiscard]] std::optional<std::chrono::seconds> parseDuration(std::string_view text);

// The shortest text parseDuration reads back: 90 s -> "1m30s", 3600 s ->
// "1h", 0 s -> "0s".
[[nodiscard]] std::string formatDuration(std::chrono::seconds duration);

} // namespace limber
