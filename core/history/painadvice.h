#pragma once

#include "history/checkin.h"
#include "history/painrule.h"

#include <chrono>
#include <optional>
#include <vector>

namespace limber {

// The see-a-doctor rule (docs/pain-rule.md): a pure function of the
// check-ins, today's date and the routine's numbers. Limber does not
// diagnose; it repeats the routine's source's advice when the person's own
// ratings match the source's words.
//
// The current episode is the run of check-ins with pain (rating >= 1) after
// the latest pain-free one (rating 0), counting only check-ins dated today
// or earlier, in time order. A latest check-in of 0 means no episode and no
// advice.
//
// Worked example, the upper-back routine (max-pain-days 3, worse-by 2,
// rising-run 3), one check-in before each session:
//
//   day 1: 4   -> nothing
//   day 2: 4   -> nothing
//   day 3: 5   -> nothing (4 -> 5 is one point; 4, 5 is a run of two)
//   day 4: 6   -> Worse: 4 on day 1 -> 6 on day 4 (and the run 4, 5, 6);
//                 not Persists: day 1 to day 4 spans 3 days, not more
//   day 5: 6   -> Persists: day 1 to day 5; Worse still: 4 -> 6
//   day 6: 0   -> nothing: the episode is over
//   day 7: 3, "yes, after a fall" -> Injury: see a doctor before starting

// Why the advice is given. When several hold, Advice::reasons lists them in
// this order: the injury first (it stops the routine from starting), then
// the source's own order, "persists for more than a few days, gets worse".
enum class AdviceReason { Injury, Persists, Worse };

// A check-in as the advice cites it.
struct CitedRating {
    std::chrono::year_month_day date;
    int rating = 0;
    Moment moment = Moment::BeforeSession;

    friend bool operator==(const CitedRating&, const CitedRating&) = default;
};

struct Advice {
    // Empty: no advice. Each reason at most once, in AdviceReason's order.
    std::vector<AdviceReason> reasons;

    // The current episode's first and latest check-in, whenever there is an
    // episode (also when nothing fires): "from 4 on 3 March to 6 on 6 March".
    std::optional<CitedRating> first;
    std::optional<CitedRating> latest;
    // Days from the first to the latest date: 0 for a single day; Persists
    // fires when this is more than the rule's max-pain-days.
    int spanDays = 0;

    // For Injury: the check-in that answered "yes".
    std::optional<CitedRating> injury;
    // For Worse: whether the latest rating is worse-by or more above the
    // first, and the latest rising run of at least rising-run check-ins in
    // the episode (empty when none). Either or both make Worse fire.
    bool risenBy = false;
    std::vector<CitedRating> risingRun;

    [[nodiscard]] bool any() const { return !reasons.empty(); }
    [[nodiscard]] bool has(AdviceReason reason) const;
    // Injury: the routine must not start without a second confirmation.
    [[nodiscard]] bool needsConfirmationToStart() const { return has(AdviceReason::Injury); }

    friend bool operator==(const Advice&, const Advice&) = default;
};

// The advice for `today`. Check-ins may come in any order; those dated after
// `today` are left out (a clock set back, an imported history). Ratings are
// 0..10. Pure: the same arguments always give the same advice.
[[nodiscard]] Advice advise(const std::vector<CheckIn>& checkIns, std::chrono::year_month_day today,
                            const PainRule& rule);

// Whether a check-in about to be recorded at `at` with `rating` should ask
// the injury question: the rule asks it, the rating reports pain, and it
// starts a new episode (no check-in at or before `at`, or the latest of them
// is pain-free).
[[nodiscard]] bool asksInjuryQuestion(const std::vector<CheckIn>& checkIns,
                                      std::chrono::local_seconds at, int rating,
                                      const PainRule& rule);

// The person's last acknowledgement of advice: the day and what it said.
struct Acknowledgement {
    std::chrono::year_month_day date;
    std::vector<AdviceReason> reasons;
};

// Whether to show `advice` now. Advice is shown at most once a day for each
// reason and stays until acknowledged; there is no way to silence it while
// its condition holds, so the next day it is due again. A reason that arises
// after today's acknowledgement (the pain began after a fall) is due at once.
[[nodiscard]] bool adviceDue(const Advice& advice, const std::optional<Acknowledgement>& last,
                             std::chrono::year_month_day today);

} // namespace limber
