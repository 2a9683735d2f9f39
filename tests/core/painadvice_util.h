#pragma once

// Check-ins on a calendar for the pain advice tests: day 1 is 1 March 2024.

#include "history/painadvice.h"

#include <chrono>
#include <ostream>

namespace limber::test {

using namespace std::chrono;

inline year_month_day day(int n) {
    return year_month_day{local_days{2024y / March / 1} + days{n - 1}};
}

inline local_seconds at(int dayNumber, int hour = 9) {
    return local_days{day(dayNumber)} + hours{hour};
}

inline CheckIn before(int dayNumber, int rating, InjuryAnswer injury = InjuryAnswer::Unasked) {
    return {at(dayNumber, 9), rating, Moment::BeforeSession, injury};
}

inline CheckIn after(int dayNumber, int rating) {
    return {at(dayNumber, 10), rating, Moment::AfterSession, InjuryAnswer::Unasked};
}

// The upper-back routine's numbers (resources/routines/upper-back-relief.yaml).
inline PainRule upperBackRule() {
    return PainRule{true, 3, 2, 3};
}

inline const char* name(AdviceReason reason) {
    switch (reason) {
    case AdviceReason::Injury:
        return "Injury";
    case AdviceReason::Persists:
        return "Persists";
    case AdviceReason::Worse:
        return "Worse";
    }
    return "?";
}

} // namespace limber::test

namespace limber {

// Readable failures: "Persists" rather than bytes.
inline void PrintTo(AdviceReason reason, std::ostream* out) {
    *out << test::name(reason);
}

inline void PrintTo(const CitedRating& cited, std::ostream* out) {
    *out << cited.rating << " on " << static_cast<int>(cited.date.year()) << '-'
         << static_cast<unsigned>(cited.date.month()) << '-'
         << static_cast<unsigned>(cited.date.day())
         << (cited.moment == Moment::AfterSession ? " after" : " before");
}

} // namespace limber
