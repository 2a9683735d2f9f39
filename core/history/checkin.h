#pragma once

#include <chrono>
#include <compare>
#include <tuple>

namespace limber {

// When in a session a check-in was taken.
enum class Moment { BeforeSession, AfterSession };

// The answer to "did the pain start right after a fall, accident or
// injury?", asked at the first check-in of a new episode when the routine's
// pain rule asks it (asksInjuryQuestion, painadvice.h).
enum class InjuryAnswer { Unasked, No, Yes };

// One pain rating the person gave, on a 0-10 scale: 0 is no pain, and a
// pain-free check-in ends an episode. The time is the person's local wall
// clock (the caller converts; the core reads no clock and knows no time
// zone), so that its day is the day the person lived it.
struct CheckIn {
    std::chrono::local_seconds at;
    int rating = 0; // 0..10
    Moment moment = Moment::BeforeSession;
    InjuryAnswer injury = InjuryAnswer::Unasked;

    [[nodiscard]] std::chrono::year_month_day date() const {
        return std::chrono::year_month_day{std::chrono::floor<std::chrono::days>(at)};
    }
    [[nodiscard]] bool hasPain() const { return rating >= 1; }

    // By time, then before-session ahead of after-session, then the rest,
    // so that sorting gives one order whatever order the check-ins came in.
    friend auto operator<=>(const CheckIn& a, const CheckIn& b) {
        return std::tie(a.at, a.moment, a.rating, a.injury) <=>
               std::tie(b.at, b.moment, b.rating, b.injury);
    }
    friend bool operator==(const CheckIn&, const CheckIn&) = default;
};

} // namespace limber
