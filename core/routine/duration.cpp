#include "routine/duration.h"

#include <array>
#include <limits>

namespace limber {

namespace {

constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// Digits only, saturating at kMax: "123" -> 123.
std::optional<std::int64_t> parseDigits(std::string_view digits) {
    if (digits.empty())
        return std::nullopt;
    std::int64_t value = 0;
    for (const char c : digits) {
        if (!isDigit(c))
            return std::nullopt;
        const int digit = c - '0';
        value = value > (kMax - digit) / 10 ? kMax : value * 10 + digit;
    }
    return value;
}

std::int64_t saturatingMultiply(std::int64_t value, std::int64_t factor) {
    return value > kMax / factor ? kMax : value * factor;
}

std::int64_t saturatingAdd(std::int64_t a, std::int64_t b) {
    return a > kMax - b ? kMax : a + b;
}

// Splits off a leading '-': "-5s" -> true, "5s".
bool takeMinus(std::string_view& text) {
    if (text.empty() || text.front() != '-')
        return false;
    text.remove_prefix(1);
    return true;
}

} // namespace

std::optional<std::int64_t> parseWholeNumber(std::string_view text) {
    const bool negative = takeMinus(text);
    const auto value = parseDigits(text);
    if (!value)
        return std::nullopt;
    // -kMax - 1 is INT64_MIN: "-99999999999999999999" saturates there.
    return negative ? (*value == kMax ? -kMax - 1 : -*value) : *value;
}

std::optional<std::chrono::seconds> parseDuration(std::string_view text) {
    const bool negative = takeMinus(text);
    std::int64_t total = 0;
    if (const auto plain = parseDigits(text)) {
        total = *plain; // "45": seconds
    } else {
        // "1h2m3s": parts in this order, each optional, at least one.
        struct Unit {
            char suffix;
            std::int64_t seconds;
        };
        static constexpr std::array<Unit, 3> units{{{'h', 3600}, {'m', 60}, {'s', 1}}};
        std::size_t nextUnit = 0;
        while (!text.empty()) {
            std::size_t digits = 0;
            while (digits < text.size() && isDigit(text[digits]))
                ++digits;
            if (digits == 0 || digits == text.size())
                return std::nullopt;
            const char suffix = text[digits];
            while (nextUnit < units.size() && units[nextUnit].suffix != suffix)
                ++nextUnit;
            if (nextUnit == units.size())
                return std::nullopt; // unknown unit, or out of order / repeated
            const auto count = parseDigits(text.substr(0, digits));
            total = saturatingAdd(total, saturatingMultiply(*count, units[nextUnit].seconds));
            ++nextUnit;
            text.remove_prefix(digits + 1);
        }
        if (nextUnit == 0)
            return std::nullopt; // "" or "-"
    }
    using Rep = std::chrono::seconds::rep;
    const auto seconds = static_cast<Rep>(total);
    return std::chrono::seconds(negative ? -seconds : seconds);
}

std::string formatDuration(std::chrono::seconds duration) {
    const auto count = duration.count();
    // The magnitude as unsigned, so that even the most negative count is safe.
    const auto total =
        count < 0 ? 0 - static_cast<std::uint64_t>(count) : static_cast<std::uint64_t>(count);
    std::string out = count < 0 ? "-" : "";
    const auto hours = total / 3600;
    const auto minutes = total % 3600 / 60;
    const auto seconds = total % 60;
    if (hours > 0)
        out += std::to_string(hours) + 'h';
    if (minutes > 0)
        out += std::to_string(minutes) + 'm';
    if (seconds > 0 || total == 0)
        out += std::to_string(seconds) + 's';
    return out;
}

} // namespace limber
