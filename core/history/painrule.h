#pragma once

#include <optional>

namespace limber {

// A routine's see-a-doctor numbers, from the routine file's `pain-rule:`
// (docs/routine-format.md). They come from the routine's cited source, so
// each routine carries its own; a rule whose number is absent never fires,
// and a routine without `pain-rule:` gets no advice at all.
//
// The upper-back routine's source says "if your back pain persists for more
// than a few days, gets worse or occurs immediately following traumatic
// injury, see a doctor", written as
//
//   pain-rule: {after-injury: true, max-pain-days: 3, worse-by: 2, rising-run: 3}
struct PainRule {
    // Ask, at the first check-in of a new episode, whether the pain started
    // right after a fall, accident or injury; "yes" advises seeing a doctor
    // before the routine.
    bool afterInjury = false;
    // "Lasts more than a few days": the episode's pain check-ins span more
    // than this many days (latest date minus first date).
    std::optional<int> maxPainDays;
    // "Gets worse": the episode's latest rating is at least this much above
    // its first.
    std::optional<int> worseBy;
    // "Gets worse": this many check-ins in a row of the episode, each rated
    // higher than the one before (3: 4, 5, 6). At least 2 (the loader sees
    // to it): a run of one would be any check-in at all.
    std::optional<int> risingRun;

    friend bool operator==(const PainRule&, const PainRule&) = default;
};

} // namespace limber
