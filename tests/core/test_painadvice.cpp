// The see-a-doctor rule (history/painadvice.h), case by case: a table of
// histories with the advice each must give, the acceptance scenario of issue
// #15 day by day, the injury question and when advice is due.
#include "painadvice_util.h"
#include "routine/routineloader.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <optional>
#include <string>
#include <vector>

namespace limber::test {
namespace {

using R = AdviceReason;

// A cited check-in as the table writes it: {day, rating}.
struct Cite {
    int day = 0;
    int rating = 0;
};

struct Case {
    std::string name{};
    std::vector<CheckIn> history{};
    int today = 0;
    std::vector<AdviceReason> reasons{};
    std::optional<Cite> first{}; // none: no current episode
    std::optional<Cite> latest{};
    int spanDays = 0;
    bool risenBy = false;
    std::vector<int> risingRun{}; // its ratings
    PainRule rule = upperBackRule();
};

std::vector<Case> cases() {
    using I = InjuryAnswer;
    const PainRule noInjury{false, 3, 2, 3};
    return {
        {.name = "EmptyHistory", .history = {}, .today = 1},
        {.name = "OnePainFreeCheckIn", .history = {before(1, 0)}, .today = 1},
        {.name = "OneDayOfPain",
         .history = {before(1, 5)},
         .today = 1,
         .first = Cite{1, 5},
         .latest = Cite{1, 5}},
        // Persists: the span is the latest date minus the first date.
        {.name = "SpanOfExactlyThreeDays",
         .history = {before(1, 3), before(4, 3)},
         .today = 4,
         .first = Cite{1, 3},
         .latest = Cite{4, 3},
         .spanDays = 3},
        {.name = "SpanOfFourDays",
         .history = {before(1, 3), before(5, 3)},
         .today = 5,
         .reasons = {R::Persists},
         .first = Cite{1, 3},
         .latest = Cite{5, 3},
         .spanDays = 4},
        {.name = "FiveDaysInARow",
         .history = {before(1, 2), before(2, 2), before(3, 2), before(4, 2), before(5, 2)},
         .today = 5,
         .reasons = {R::Persists},
         .first = Cite{1, 2},
         .latest = Cite{5, 2},
         .spanDays = 4},
        {.name = "DaysWithoutCheckInsStillSpan",
         .history = {before(1, 1), before(9, 1)},
         .today = 9,
         .reasons = {R::Persists},
         .first = Cite{1, 1},
         .latest = Cite{9, 1},
         .spanDays = 8},
        // A pain-free check-in ends the episode.
        {.name = "EpisodeEndedByZero",
         .history = {before(1, 3), before(3, 0), before(5, 3)},
         .today = 5,
         .first = Cite{5, 3},
         .latest = Cite{5, 3}},
        {.name = "NewEpisodeCountsFromItsOwnStart",
         .history = {before(1, 3), before(2, 0), before(3, 3), before(7, 3)},
         .today = 7,
         .reasons = {R::Persists},
         .first = Cite{3, 3},
         .latest = Cite{7, 3},
         .spanDays = 4},
        {.name = "LatestZeroClearsEverything",
         .history = {before(1, 3, I::Yes), before(2, 5), before(3, 6), before(6, 7), after(6, 0)},
         .today = 6},
        {.name = "ZeroEndsAWorseEpisode",
         .history = {before(1, 3), before(2, 6), before(3, 0), before(4, 4)},
         .today = 4,
         .first = Cite{4, 4},
         .latest = Cite{4, 4}},
        // Several check-ins on one day.
        {.name = "SameDayRiseOfTwo",
         .history = {CheckIn{at(1, 8), 3}, CheckIn{at(1, 20), 5}},
         .today = 1,
         .reasons = {R::Worse},
         .first = Cite{1, 3},
         .latest = Cite{1, 5},
         .risenBy = true},
        {.name = "SameDayCheckInsDoNotStretchTheSpan",
         .history = {CheckIn{at(1, 7), 2}, CheckIn{at(1, 12), 2}, CheckIn{at(1, 22), 2},
                     before(4, 2)},
         .today = 4,
         .first = Cite{1, 2},
         .latest = Cite{4, 2},
         .spanDays = 3},
        {.name = "SameTimeCheckInsAreOrderedByMoment",
         .history = {CheckIn{at(1, 9), 5, Moment::AfterSession}, CheckIn{at(1, 9), 3}},
         .today = 1,
         .reasons = {R::Worse},
         .first = Cite{1, 3},
         .latest = Cite{1, 5},
         .risenBy = true},
        // Before and after a session: both are check-ins of the episode.
        {.name = "AfterSessionCheckInsCount",
         .history = {before(1, 4), after(1, 5), before(2, 6)},
         .today = 2,
         .reasons = {R::Worse},
         .first = Cite{1, 4},
         .latest = Cite{2, 6},
         .spanDays = 1,
         .risenBy = true,
         .risingRun = {4, 5, 6}},
        {.name = "PainFreeAfterTheSessionEndsTheEpisode",
         .history = {before(1, 3), after(1, 0), before(2, 5)},
         .today = 2,
         .first = Cite{2, 5},
         .latest = Cite{2, 5}},
        // Worse: the latest rating against the first.
        {.name = "RatingsEqual",
         .history = {before(1, 4), before(2, 4), before(3, 4)},
         .today = 3,
         .first = Cite{1, 4},
         .latest = Cite{3, 4},
         .spanDays = 2},
        {.name = "RiseOfOne",
         .history = {before(1, 3), before(2, 4)},
         .today = 2,
         .first = Cite{1, 3},
         .latest = Cite{2, 4},
         .spanDays = 1},
        {.name = "RiseOfExactlyTwo",
         .history = {before(1, 3), before(2, 5)},
         .today = 2,
         .reasons = {R::Worse},
         .first = Cite{1, 3},
         .latest = Cite{2, 5},
         .spanDays = 1,
         .risenBy = true},
        {.name = "FallingIsNotWorse",
         .history = {before(1, 6), before(2, 4)},
         .today = 2,
         .first = Cite{1, 6},
         .latest = Cite{2, 4},
         .spanDays = 1},
        {.name = "RiseThenBackDown",
         .history = {before(1, 3), before(2, 6), before(3, 4)},
         .today = 3,
         .first = Cite{1, 3},
         .latest = Cite{3, 4},
         .spanDays = 2},
        // Worse: a rising run.
        {.name = "ThreeRisingInARow",
         .history = {before(1, 6), before(2, 2), before(3, 3), before(4, 4)},
         .today = 4,
         .reasons = {R::Worse},
         .first = Cite{1, 6},
         .latest = Cite{4, 4},
         .spanDays = 3,
         .risingRun = {2, 3, 4}},
        {.name = "TwoRisingInARow",
         .history = {before(1, 6), before(2, 2), before(3, 3)},
         .today = 3,
         .first = Cite{1, 6},
         .latest = Cite{3, 3},
         .spanDays = 2},
        {.name = "AnEqualRatingBreaksTheRun",
         .history = {before(1, 5), after(1, 1), before(2, 2), before(3, 2), after(3, 3)},
         .today = 3,
         .first = Cite{1, 5},
         .latest = Cite{3, 3},
         .spanDays = 2},
        {.name = "TheLatestRunIsCitedWhole",
         .history = {before(1, 1), after(1, 2), before(2, 3), after(2, 1), before(3, 7),
                     after(3, 8), before(4, 9), after(4, 2)},
         .today = 4,
         .reasons = {R::Worse},
         .first = Cite{1, 1},
         .latest = Cite{4, 2},
         .spanDays = 3,
         .risingRun = {1, 7, 8, 9}},
        {.name = "ARunEarlierInTheEpisodeStillCounts",
         .history = {before(1, 4), before(2, 5), before(3, 6), before(4, 3)},
         .today = 4,
         .reasons = {R::Worse},
         .first = Cite{1, 4},
         .latest = Cite{4, 3},
         .spanDays = 3,
         .risingRun = {4, 5, 6}},
        // Unordered input: sorted by time first.
        {.name = "UnorderedInput",
         .history = {before(4, 6), before(2, 4), before(5, 6), before(1, 4), before(3, 5)},
         .today = 5,
         .reasons = {R::Persists, R::Worse},
         .first = Cite{1, 4},
         .latest = Cite{5, 6},
         .spanDays = 4,
         .risenBy = true,
         .risingRun = {4, 5, 6}},
        {.name = "UnorderedZeroStillEndsTheEpisode",
         .history = {before(5, 3), before(2, 0), before(1, 4)},
         .today = 5,
         .first = Cite{5, 3},
         .latest = Cite{5, 3}},
        // Today: later check-ins are left out.
        {.name = "CheckInsAfterTodayAreLeftOut",
         .history = {before(1, 3), before(6, 8)},
         .today = 5,
         .first = Cite{1, 3},
         .latest = Cite{1, 3}},
        {.name = "AZeroAfterTodayDoesNotEndTheEpisode",
         .history = {before(1, 3), before(5, 3), before(6, 0)},
         .today = 5,
         .reasons = {R::Persists},
         .first = Cite{1, 3},
         .latest = Cite{5, 3},
         .spanDays = 4},
        // After an injury.
        {.name = "InjuryYes",
         .history = {before(1, 3, I::Yes)},
         .today = 1,
         .reasons = {R::Injury},
         .first = Cite{1, 3},
         .latest = Cite{1, 3}},
        {.name = "InjuryNo",
         .history = {before(1, 3, I::No)},
         .today = 1,
         .first = Cite{1, 3},
         .latest = Cite{1, 3}},
        {.name = "InjuryUnasked",
         .history = {before(1, 3)},
         .today = 1,
         .first = Cite{1, 3},
         .latest = Cite{1, 3}},
        {.name = "InjuryInAnEndedEpisode",
         .history = {before(1, 3, I::Yes), before(2, 0), before(3, 2, I::No)},
         .today = 3,
         .first = Cite{3, 2},
         .latest = Cite{3, 2}},
        {.name = "InjuryHoldsForTheWholeEpisode",
         .history = {before(1, 3, I::Yes), before(2, 2), before(3, 2)},
         .today = 3,
         .reasons = {R::Injury},
         .first = Cite{1, 3},
         .latest = Cite{3, 2},
         .spanDays = 2},
        {.name = "InjuryNotAskedByTheRule",
         .history = {before(1, 3, I::Yes)},
         .today = 1,
         .first = Cite{1, 3},
         .latest = Cite{1, 3},
         .rule = noInjury},
        // Several reasons: Injury, Persists, Worse, in that order.
        {.name = "AllThreeInOrder",
         .history = {before(1, 3, I::Yes), before(2, 4), before(3, 5), before(5, 5)},
         .today = 5,
         .reasons = {R::Injury, R::Persists, R::Worse},
         .first = Cite{1, 3},
         .latest = Cite{5, 5},
         .spanDays = 4,
         .risenBy = true,
         .risingRun = {3, 4, 5}},
        // A rule without a number never fires.
        {.name = "NoNumbersNoAdvice",
         .history = {before(1, 1, I::Yes), before(2, 2), before(3, 3), before(9, 9)},
         .today = 9,
         .first = Cite{1, 1},
         .latest = Cite{9, 9},
         .spanDays = 8,
         .rule = PainRule{}},
        {.name = "OnlyTheRisingRunNumber",
         .history = {before(1, 1), before(2, 2), before(9, 3)},
         .today = 9,
         .reasons = {R::Worse},
         .first = Cite{1, 1},
         .latest = Cite{9, 3},
         .spanDays = 8,
         .risingRun = {1, 2, 3},
         .rule = PainRule{false, std::nullopt, std::nullopt, 3}},
        {.name = "ALongerMaxPainDays",
         .history = {before(1, 2), before(8, 2)},
         .today = 8,
         .first = Cite{1, 2},
         .latest = Cite{8, 2},
         .spanDays = 7,
         .rule = PainRule{false, 7, 2, 3}},
    };
}

class AdviceTable : public testing::TestWithParam<Case> {};

TEST_P(AdviceTable, GivesTheExpectedAdvice) {
    const Case& c = GetParam();
    const Advice advice = advise(c.history, day(c.today), c.rule);
    EXPECT_EQ(advice.reasons, c.reasons);
    ASSERT_EQ(advice.first.has_value(), c.first.has_value());
    ASSERT_EQ(advice.latest.has_value(), c.latest.has_value());
    if (c.first) {
        EXPECT_EQ(advice.first->date, day(c.first->day));
        EXPECT_EQ(advice.first->rating, c.first->rating);
        EXPECT_EQ(advice.latest->date, day(c.latest->day));
        EXPECT_EQ(advice.latest->rating, c.latest->rating);
    }
    EXPECT_EQ(advice.spanDays, c.spanDays);
    EXPECT_EQ(advice.risenBy, c.risenBy);
    std::vector<int> run;
    for (const auto& cited : advice.risingRun)
        run.push_back(cited.rating);
    EXPECT_EQ(run, c.risingRun);
    EXPECT_EQ(advice.any(), !c.reasons.empty());
    EXPECT_EQ(advice.needsConfirmationToStart(),
              std::ranges::find(c.reasons, AdviceReason::Injury) != c.reasons.end());
    EXPECT_EQ(advice.injury.has_value(), advice.has(AdviceReason::Injury));
}

INSTANTIATE_TEST_SUITE_P(Rule, AdviceTable, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<Case>& param) {
                             return param.param.name;
                         });

// The numbers these tests call the upper-back rule are the shipped routine's.
TEST(PainAdviceAcceptance, TheShippedRoutineHasTheTestedNumbers) {
    const auto result =
        loadRoutineFile(LIMBER_SOURCE_DIR "/resources/routines/upper-back-relief.yaml");
    ASSERT_TRUE(result.routine);
    EXPECT_EQ(result.routine->painRule, upperBackRule());
}

// Issue #15: 4, 4, 5, 6 before each session on four days in a row.
TEST(PainAdviceAcceptance, WorseOnDayFourPersistsOnDayFive) {
    const PainRule rule = upperBackRule();
    std::vector<CheckIn> history;

    history.push_back(before(1, 4));
    EXPECT_FALSE(advise(history, day(1), rule).any()) << "day 1";
    history.push_back(before(2, 4));
    EXPECT_FALSE(advise(history, day(2), rule).any()) << "day 2";
    history.push_back(before(3, 5));
    EXPECT_FALSE(advise(history, day(3), rule).any()) << "day 3";

    history.push_back(before(4, 6));
    const Advice day4 = advise(history, day(4), rule);
    EXPECT_EQ(day4.reasons, std::vector<AdviceReason>{AdviceReason::Worse}) << "day 4";
    EXPECT_EQ(day4.first, (CitedRating{day(1), 4, Moment::BeforeSession}));
    EXPECT_EQ(day4.latest, (CitedRating{day(4), 6, Moment::BeforeSession}));
    EXPECT_TRUE(day4.risenBy); // 4 -> 6

    // Day 5 before any check-in: the advice of day 4 still holds, and
    // nothing claims the pain has lasted more than a few days yet.
    EXPECT_EQ(advise(history, day(5), rule).reasons,
              std::vector<AdviceReason>{AdviceReason::Worse});

    history.push_back(before(5, 6)); // still in pain
    const Advice day5 = advise(history, day(5), rule);
    EXPECT_EQ(day5.reasons,
              (std::vector<AdviceReason>{AdviceReason::Persists, AdviceReason::Worse}));
    EXPECT_EQ(day5.first->date, day(1));
    EXPECT_EQ(day5.latest->date, day(5));
    EXPECT_EQ(day5.spanDays, 4);

    history.push_back(before(6, 0));
    EXPECT_FALSE(advise(history, day(6), rule).any()) << "a pain-free day 6 ends the episode";
}

TEST(PainAdviceAcceptance, YesAfterAFallAdvisesADoctorBeforeStarting) {
    const PainRule rule = upperBackRule();
    const std::vector<CheckIn> history;
    ASSERT_TRUE(asksInjuryQuestion(history, at(1), 3, rule));
    const std::vector<CheckIn> answered{before(1, 3, InjuryAnswer::Yes)};
    const Advice advice = advise(answered, day(1), rule);
    EXPECT_EQ(advice.reasons, std::vector<AdviceReason>{AdviceReason::Injury});
    EXPECT_TRUE(advice.needsConfirmationToStart());
    EXPECT_EQ(advice.injury, (CitedRating{day(1), 3, Moment::BeforeSession}));
}

// The injury question: asked at the first check-in of a new episode.
TEST(InjuryQuestion, AskedWhenAnEpisodeBegins) {
    const PainRule rule = upperBackRule();
    EXPECT_TRUE(asksInjuryQuestion({}, at(1), 1, rule)) << "first check-in ever";
    EXPECT_TRUE(asksInjuryQuestion({before(1, 0)}, at(2), 4, rule)) << "after a pain-free one";
    EXPECT_TRUE(asksInjuryQuestion({before(1, 5), before(2, 0)}, at(3), 4, rule));
    EXPECT_TRUE(asksInjuryQuestion({before(1, 5), after(1, 0)}, at(1, 18), 2, rule))
        << "a pain-free check-in the same day ends the episode";
}

TEST(InjuryQuestion, NotAskedInsideAnEpisodeOrWithoutPain) {
    const PainRule rule = upperBackRule();
    EXPECT_FALSE(asksInjuryQuestion({}, at(1), 0, rule)) << "no pain, no episode";
    EXPECT_FALSE(asksInjuryQuestion({before(1, 3)}, at(2), 4, rule)) << "the episode goes on";
    EXPECT_FALSE(asksInjuryQuestion({before(1, 3)}, at(1, 10), 4, rule)) << "same day";
    EXPECT_FALSE(asksInjuryQuestion({before(1, 0), before(2, 3)}, at(5), 3, rule));
    EXPECT_FALSE(asksInjuryQuestion({}, at(1), 5, PainRule{false, 3, 2, 3}))
        << "the routine's rule does not ask";
}

TEST(InjuryQuestion, OnlyEarlierCheckInsCountInAnyOrder) {
    const PainRule rule = upperBackRule();
    // A check-in later than the new one does not make it part of an episode.
    EXPECT_TRUE(asksInjuryQuestion({before(5, 3), before(1, 0)}, at(2), 4, rule));
    EXPECT_FALSE(asksInjuryQuestion({before(2, 0), before(3, 6), before(1, 1)}, at(4), 4, rule));
    // Two check-ins at the same time: the order of CheckIn decides (After
    // after Before), not the order of the list.
    EXPECT_TRUE(asksInjuryQuestion({CheckIn{at(1), 0, Moment::AfterSession}, CheckIn{at(1), 4}},
                                   at(1), 4, rule));
    EXPECT_TRUE(asksInjuryQuestion({CheckIn{at(1), 4}, CheckIn{at(1), 0, Moment::AfterSession}},
                                   at(1), 4, rule));
}

// Advice is due once a day for each reason until acknowledged.
TEST(AdviceDue, OnceADayUntilAcknowledged) {
    const PainRule rule = upperBackRule();
    const std::vector<CheckIn> history{before(1, 4), before(2, 6)};
    const Advice worse = advise(history, day(2), rule);
    ASSERT_TRUE(worse.any());

    EXPECT_TRUE(adviceDue(worse, std::nullopt, day(2))) << "never acknowledged";
    const Acknowledgement today{day(2), {AdviceReason::Worse}};
    EXPECT_FALSE(adviceDue(worse, today, day(2))) << "acknowledged today";
    EXPECT_TRUE(adviceDue(worse, today, day(3))) << "it cannot be silenced: due again tomorrow";
    EXPECT_TRUE(adviceDue(worse, Acknowledgement{day(1), {AdviceReason::Worse}}, day(2)));
    EXPECT_TRUE(adviceDue(worse, Acknowledgement{day(2), {AdviceReason::Persists}}, day(2)))
        << "today's acknowledgement said something else";
    EXPECT_FALSE(adviceDue(Advice{}, std::nullopt, day(2))) << "no advice, nothing due";
}

TEST(AdviceDue, ANewReasonTheSameDayIsDueAtOnce) {
    const PainRule rule = upperBackRule();
    const std::vector<CheckIn> history{
        before(1, 4), before(2, 6), CheckIn{at(2, 12), 0, Moment::AfterSession},
        CheckIn{at(2, 20), 3, Moment::AfterSession, InjuryAnswer::Yes}};
    const Advice advice = advise(history, day(2), rule);
    ASSERT_EQ(advice.reasons, std::vector<AdviceReason>{AdviceReason::Injury});
    EXPECT_TRUE(adviceDue(advice, Acknowledgement{day(2), {AdviceReason::Worse}}, day(2)));
}

} // namespace
} // namespace limber::test
