// Property tests of the see-a-doctor rule over generated histories: a few
// thousand random histories and rules (fixed seeds), each checked against
// a plain restatement of the rule or against itself rearranged.
#include "painadvice_util.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace limber::test {
namespace {

constexpr int kHistories = 2000;

struct Generator {
    std::mt19937 rng;
    explicit Generator(unsigned seed)
        : rng(seed) {}

    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
    bool chance(int percent) { return between(1, 100) <= percent; }

    // Up to 24 check-ins over days 1..14 between 06:00 and 22:59; a pain-free
    // one in five. With `distinct`, no two share a minute.
    std::vector<CheckIn> history(bool distinct) {
        std::vector<CheckIn> checkIns;
        std::set<local_seconds> used;
        const int count = between(0, 24);
        for (int i = 0; i < count; ++i) {
            CheckIn c;
            c.at = at(between(1, 14), between(6, 22)) + minutes{between(0, 59)};
            if (distinct && !used.insert(c.at).second)
                continue;
            c.rating = chance(20) ? 0 : between(1, 10);
            c.moment = chance(50) ? Moment::BeforeSession : Moment::AfterSession;
            const int injury = between(0, 9);
            c.injury = injury == 0   ? InjuryAnswer::Yes
                       : injury <= 2 ? InjuryAnswer::No
                                     : InjuryAnswer::Unasked;
            checkIns.push_back(c);
        }
        return checkIns;
    }

    // Any of the numbers may be absent, as in a routine that cites only some.
    PainRule rule() {
        PainRule r;
        r.afterInjury = chance(70);
        if (chance(80))
            r.maxPainDays = between(1, 6);
        if (chance(80))
            r.worseBy = between(1, 4);
        if (chance(80))
            r.risingRun = between(2, 4);
        return r;
    }
};

// The rule restated over distinct times, without sorting: a pain check-in
// belongs to the current episode when no pain-free check-in falls after it
// (up to today) and the latest check-in up to today has pain.
std::vector<CheckIn> episodeByDefinition(const std::vector<CheckIn>& history,
                                         year_month_day today) {
    const auto counts = [&](const CheckIn& c) {
        return local_days{c.date()} <= local_days{today};
    };
    const CheckIn* latest = nullptr;
    for (const auto& c : history) {
        if (counts(c) && (!latest || c.at > latest->at))
            latest = &c;
    }
    std::vector<CheckIn> episode;
    if (!latest || !latest->hasPain())
        return episode;
    for (const auto& c : history) {
        if (!counts(c) || !c.hasPain())
            continue;
        const bool endedAfter = std::ranges::any_of(
            history, [&](const CheckIn& z) { return counts(z) && !z.hasPain() && z.at > c.at; });
        if (!endedAfter)
            episode.push_back(c);
    }
    std::ranges::sort(episode, {}, &CheckIn::at);
    return episode;
}

year_month_day randomToday(Generator& gen) {
    return day(gen.between(1, 15));
}

TEST(PainAdviceProperties, NoAdviceWithoutPainInTheCurrentEpisode) {
    Generator gen(1501);
    for (int i = 0; i < kHistories; ++i) {
        const auto history = gen.history(true);
        const auto today = randomToday(gen);
        const auto rule = gen.rule();
        const Advice advice = advise(history, today, rule);
        if (episodeByDefinition(history, today).empty()) {
            EXPECT_EQ(advice, Advice{}) << "history " << i;
        } else {
            EXPECT_TRUE(advice.first && advice.latest) << "history " << i;
            EXPECT_TRUE(advice.first->rating >= 1 && advice.latest->rating >= 1);
        }
    }
}

TEST(PainAdviceProperties, APainFreeCheckInClearsEverything) {
    Generator gen(1502);
    for (int i = 0; i < kHistories; ++i) {
        auto history = gen.history(false);
        const int today = gen.between(1, 15);
        // Later than every check-in of the day (they end at 22:59).
        history.push_back(CheckIn{at(today, 23) + minutes{30}, 0, Moment::AfterSession});
        const Advice advice = advise(history, day(today), gen.rule());
        EXPECT_FALSE(advice.any()) << "history " << i;
        EXPECT_FALSE(advice.first) << "history " << i;
    }
}

TEST(PainAdviceProperties, InvariantToInputOrder) {
    Generator gen(1503);
    for (int i = 0; i < kHistories; ++i) {
        auto history = gen.history(false);
        // Same-minute twins with other ratings and moments, to test ties.
        if (!history.empty() && gen.chance(50)) {
            CheckIn twin = history.front();
            twin.rating = gen.between(0, 10);
            twin.moment = gen.chance(50) ? Moment::BeforeSession : Moment::AfterSession;
            history.push_back(twin);
        }
        const auto today = randomToday(gen);
        const auto rule = gen.rule();
        const Advice expected = advise(history, today, rule);
        for (int shuffle = 0; shuffle < 3; ++shuffle) {
            std::ranges::shuffle(history, gen.rng);
            EXPECT_EQ(advise(history, today, rule), expected) << "history " << i;
        }
    }
}

TEST(PainAdviceProperties, PersistsIffTheEpisodeSpansMoreThanMaxPainDays) {
    Generator gen(1504);
    int fired = 0;
    for (int i = 0; i < kHistories; ++i) {
        const auto history = gen.history(true);
        const auto today = randomToday(gen);
        const auto rule = gen.rule();
        const auto episode = episodeByDefinition(history, today);
        bool expected = false;
        if (!episode.empty() && rule.maxPainDays) {
            const auto span =
                local_days{episode.back().date()} - local_days{episode.front().date()};
            expected = span.count() > *rule.maxPainDays;
        }
        const Advice advice = advise(history, today, rule);
        EXPECT_EQ(advice.has(AdviceReason::Persists), expected) << "history " << i;
        fired += expected ? 1 : 0;
    }
    EXPECT_GT(fired, kHistories / 20) << "the generator must make the rule fire";
}

TEST(PainAdviceProperties, WorseIffRisenByOrARisingRun) {
    Generator gen(1505);
    int byRise = 0;
    int byRunOnly = 0;
    for (int i = 0; i < kHistories; ++i) {
        const auto history = gen.history(true);
        const auto today = randomToday(gen);
        const auto rule = gen.rule();
        const auto episode = episodeByDefinition(history, today);
        const bool risen = !episode.empty() && rule.worseBy &&
                           episode.back().rating - episode.front().rating >= *rule.worseBy;
        bool run = false;
        if (rule.risingRun) {
            const auto length = static_cast<std::size_t>(*rule.risingRun);
            for (std::size_t start = 0; start + length <= episode.size(); ++start) {
                bool rising = true;
                for (std::size_t k = start + 1; k < start + length; ++k)
                    rising = rising && episode[k].rating > episode[k - 1].rating;
                run = run || rising;
            }
        }
        const Advice advice = advise(history, today, rule);
        EXPECT_EQ(advice.has(AdviceReason::Worse), risen || run) << "history " << i;
        EXPECT_EQ(advice.risenBy, risen) << "history " << i;
        EXPECT_EQ(advice.risingRun.empty(), !run) << "history " << i;
        if (rule.risingRun && run) {
            EXPECT_GE(advice.risingRun.size(), static_cast<std::size_t>(*rule.risingRun));
        }
        byRise += risen ? 1 : 0;
        byRunOnly += run && !risen ? 1 : 0;
    }
    EXPECT_GT(byRise, kHistories / 20);
    EXPECT_GT(byRunOnly, 10);
}

TEST(PainAdviceProperties, InjuryIffAYesInTheEpisodeAndTheRuleAsks) {
    Generator gen(1506);
    for (int i = 0; i < kHistories; ++i) {
        const auto history = gen.history(true);
        const auto today = randomToday(gen);
        const auto rule = gen.rule();
        const auto episode = episodeByDefinition(history, today);
        const bool expected =
            rule.afterInjury && std::ranges::any_of(episode, [](const CheckIn& c) {
                return c.injury == InjuryAnswer::Yes;
            });
        const Advice advice = advise(history, today, rule);
        EXPECT_EQ(advice.has(AdviceReason::Injury), expected) << "history " << i;
        EXPECT_EQ(advice.needsConfirmationToStart(), expected) << "history " << i;
    }
}

TEST(PainAdviceProperties, ReasonsAreUniqueAndInTheDocumentedOrder) {
    Generator gen(1507);
    for (int i = 0; i < kHistories; ++i) {
        const Advice advice = advise(gen.history(false), randomToday(gen), gen.rule());
        EXPECT_TRUE(std::ranges::is_sorted(advice.reasons)) << "history " << i;
        EXPECT_EQ(std::ranges::adjacent_find(advice.reasons), advice.reasons.end());
        if (advice.first) {
            EXPECT_EQ(advice.spanDays,
                      (local_days{advice.latest->date} - local_days{advice.first->date}).count());
            EXPECT_GE(advice.spanDays, 0);
        }
    }
}

TEST(PainAdviceProperties, CheckInsAfterTodayChangeNothing) {
    Generator gen(1508);
    for (int i = 0; i < kHistories; ++i) {
        auto history = gen.history(false);
        const int today = gen.between(1, 15);
        const auto rule = gen.rule();
        const Advice expected = advise(history, day(today), rule);
        for (int k = gen.between(1, 4); k > 0; --k)
            history.push_back(CheckIn{at(today + gen.between(1, 5), gen.between(0, 23)),
                                      gen.between(0, 10), Moment::BeforeSession,
                                      InjuryAnswer::Yes});
        EXPECT_EQ(advise(history, day(today), rule), expected) << "history " << i;
    }
}

// While the pain goes on, advice that fired keeps firing: a later pain
// check-in never takes back Injury or Persists (Worse compares ratings, so
// a lower rating can end its first half).
TEST(PainAdviceProperties, MorePainNeverSilencesInjuryOrPersists) {
    Generator gen(1509);
    for (int i = 0; i < kHistories; ++i) {
        auto history = gen.history(false);
        const auto rule = gen.rule();
        const Advice before = advise(history, day(14), rule);
        history.push_back(CheckIn{at(15), gen.between(1, 10)});
        const Advice after = advise(history, day(15), rule);
        for (const auto reason : {AdviceReason::Injury, AdviceReason::Persists}) {
            if (before.has(reason)) {
                EXPECT_TRUE(after.has(reason)) << "history " << i << ": " << name(reason);
            }
        }
    }
}

TEST(PainAdviceProperties, TheInjuryQuestionOpensEveryEpisode) {
    Generator gen(1510);
    for (int i = 0; i < kHistories; ++i) {
        const auto history = gen.history(true);
        const auto rule = gen.rule();
        const int rating = gen.between(0, 10);
        const bool inEpisode = advise(history, day(14), rule).first.has_value();
        EXPECT_EQ(asksInjuryQuestion(history, at(15), rating, rule),
                  rule.afterInjury && rating >= 1 && !inEpisode)
            << "history " << i;
    }
}

} // namespace
} // namespace limber::test
