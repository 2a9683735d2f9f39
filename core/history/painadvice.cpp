#include "history/painadvice.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace limber {

namespace {

using std::chrono::local_days;

CitedRating cite(const CheckIn& checkIn) {
    return {checkIn.date(), checkIn.rating, checkIn.moment};
}

// The check-ins dated `today` or earlier, in time order.
std::vector<CheckIn> upTo(const std::vector<CheckIn>& checkIns, std::chrono::year_month_day today) {
    std::vector<CheckIn> kept;
    std::ranges::copy_if(checkIns, std::back_inserter(kept), [&](const CheckIn& c) {
        return local_days{c.date()} <= local_days{today};
    });
    std::ranges::sort(kept);
    return kept;
}

// The current episode of time-ordered check-ins: those after the latest
// pain-free one. Empty when the latest is pain-free or there are none.
std::vector<CheckIn> currentEpisode(const std::vector<CheckIn>& ordered) {
    const auto lastFree = std::ranges::find_if(ordered.rbegin(), ordered.rend(),
                                               [](const CheckIn& c) { return !c.hasPain(); });
    return {lastFree.base(), ordered.end()};
}

// The latest run of at least `length` check-ins, each rated higher than the
// one before, as a whole (a run of five is cited as five); empty when none.
std::vector<CitedRating> latestRisingRun(const std::vector<CheckIn>& episode, int length) {
    std::vector<CitedRating> found;
    std::size_t start = 0;
    for (std::size_t i = 1; i <= episode.size(); ++i) {
        if (i < episode.size() && episode[i].rating > episode[i - 1].rating)
            continue;
        if (std::cmp_greater_equal(i - start, length)) {
            found.clear();
            for (std::size_t k = start; k < i; ++k)
                found.push_back(cite(episode[k]));
        }
        start = i;
    }
    return found;
}

} // namespace

bool Advice::has(AdviceReason reason) const {
    return std::ranges::find(reasons, reason) != reasons.end();
}

Advice advise(const std::vector<CheckIn>& checkIns, std::chrono::year_month_day today,
              const PainRule& rule) {
    Advice advice;
    const auto episode = currentEpisode(upTo(checkIns, today));
    if (episode.empty())
        return advice;
    const CheckIn& first = episode.front();
    const CheckIn& latest = episode.back();
    advice.first = cite(first);
    advice.latest = cite(latest);
    advice.spanDays =
        static_cast<int>((local_days{latest.date()} - local_days{first.date()}).count());

    if (rule.afterInjury) {
        const auto yes = std::ranges::find(episode, InjuryAnswer::Yes, &CheckIn::injury);
        if (yes != episode.end()) {
            advice.injury = cite(*yes);
            advice.reasons.push_back(AdviceReason::Injury);
        }
    }
    if (rule.maxPainDays && advice.spanDays > *rule.maxPainDays)
        advice.reasons.push_back(AdviceReason::Persists);
    if (rule.worseBy)
        advice.risenBy = latest.rating - first.rating >= *rule.worseBy;
    if (rule.risingRun)
        advice.risingRun = latestRisingRun(episode, *rule.risingRun);
    if (advice.risenBy || !advice.risingRun.empty())
        advice.reasons.push_back(AdviceReason::Worse);
    return advice;
}

bool asksInjuryQuestion(const std::vector<CheckIn>& checkIns, std::chrono::local_seconds at,
                        int rating, const PainRule& rule) {
    if (!rule.afterInjury || rating < 1)
        return false;
    const CheckIn* previous = nullptr;
    for (const auto& checkIn : checkIns) {
        if (checkIn.at <= at && (!previous || *previous < checkIn))
            previous = &checkIn;
    }
    return !previous || !previous->hasPain();
}

bool adviceDue(const Advice& advice, const std::optional<Acknowledgement>& last,
               std::chrono::year_month_day today) {
    if (!last || last->date != today)
        return advice.any();
    return std::ranges::any_of(advice.reasons, [&](AdviceReason reason) {
        return std::ranges::find(last->reasons, reason) == last->reasons.end();
    });
}

} // namespace limber
