// The words for each cue: one place decides what is said.
#include "audio/cuewords.h"
#include "testroutines.h"

#include <QLocale>
#include <gtest/gtest.h>
#include <set>

using namespace Qt::StringLiterals;
using namespace limber;

namespace {

Cue cue(CueKind kind, int value = 0, int of = 0) {
    Cue c;
    c.kind = kind;
    c.value = value;
    c.of = of;
    return c;
}

class CueWordsTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_routine = limber::testing::fullRoutine("/tmp");
        m_wall = &m_routine.exercises[0];
        m_strap = &m_routine.exercises[1];
    }
    QString say(const Cue& c) const { return CueWords::text(c, m_routine); }

    Routine m_routine;
    const Exercise* m_wall = nullptr;
    const Exercise* m_strap = nullptr;
};

} // namespace

TEST_F(CueWordsTest, TimingCues) {
    EXPECT_EQ(say(cue(CueKind::GetReady, 3)), u"Get ready"_s);
    EXPECT_EQ(say(cue(CueKind::Countdown, 3)), u"3"_s);
    EXPECT_EQ(say(cue(CueKind::HoldStarted, 30)), u"Hold"_s);
    EXPECT_EQ(say(cue(CueKind::HoldHalfway, 15)), u"Halfway"_s);
    EXPECT_EQ(say(cue(CueKind::HoldLastSeconds, 2)), u"2"_s);
    EXPECT_EQ(say(cue(CueKind::HoldEnded)), u"Release"_s);
    EXPECT_EQ(say(cue(CueKind::RestStarted, 15)), u"Rest"_s);
}

TEST_F(CueWordsTest, BreathsAndReps) {
    EXPECT_EQ(say(cue(CueKind::BreathIn, 1, 5)), u"Breathe in"_s);
    EXPECT_EQ(say(cue(CueKind::BreathOut, 1, 5)), u"Breathe out"_s);
    EXPECT_EQ(say(cue(CueKind::RepCounted, 7, 15)), u"7"_s);
    EXPECT_EQ(say(cue(CueKind::RepsEnded, 12)), QString());
    EXPECT_EQ(say(cue(CueKind::ChooseAgain, 2)), u"Once more, or done?"_s);
}

TEST_F(CueWordsTest, TimedWordsAreTheNumbersUpToTheLongestCountAndTheBreathWords) {
    Routine routine;
    Exercise& exercise = routine.exercises.emplace_back();
    StepBlock& block = exercise.blocks.emplace_back();
    Step reps;
    reps.action = RepsAction{Range<int>{5, 6, 5}, Seconds{3}};
    block.steps.push_back(reps);
    EXPECT_EQ(CueWords::timedWords(routine),
              (QStringList{u"Get ready"_s, u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, u"6"_s}));
    Step breaths;
    breaths.action = BreathsAction{Range<int>{5, 5, 5}};
    block.steps.push_back(breaths);
    block.steps.front().action = HoldAction{Range<Seconds>::fixed(Seconds{30})};
    EXPECT_EQ(CueWords::timedWords(routine), (QStringList{u"Get ready"_s, u"1"_s, u"2"_s, u"3"_s,
                                                          u"Breathe in"_s, u"Breathe out"_s}));
}

TEST_F(CueWordsTest, CyclesAndSides) {
    EXPECT_EQ(say(cue(CueKind::CycleStarted, 4, 12)), u"Cycle 4 of 12"_s);
    EXPECT_EQ(say(cue(CueKind::CycleStarted, 2, 0)), u"Cycle 2"_s);
    Cue side = cue(CueKind::SwitchSides, 1, 2);
    side.side = Side::Left;
    EXPECT_EQ(say(side), u"Switch sides: left side"_s);
    side.side = Side::Right;
    EXPECT_EQ(say(side), u"Switch sides: right side"_s);
    Cue first = cue(CueKind::SideStarted, 0, 2);
    first.side = Side::Left;
    EXPECT_EQ(say(first), u"Left side"_s);
}

TEST_F(CueWordsTest, ExerciseNamesItsEquipment) {
    Cue started = cue(CueKind::ExerciseStarted, 1, 2);
    started.exercise = m_strap;
    EXPECT_EQ(say(started), u"Strap stretch. You need: Chair and Yoga strap"_s);
    started.exercise = m_wall;
    EXPECT_EQ(say(started), u"Wall stretch. You need: Wall"_s);
    Exercise bare;
    bare.title = limber::testing::en("Neck roll");
    started.exercise = &bare;
    EXPECT_EQ(say(started), u"Neck roll"_s);
}

TEST_F(CueWordsTest, StepNarrationAndNextUp) {
    const LocalizedText narration({{"en", "Hold. Neck straight."}, {"de", "Halten."}}, "en");
    Cue step = cue(CueKind::StepStarted, 5, 7);
    step.text = &narration;
    EXPECT_EQ(say(step), u"Hold. Neck straight."_s);
    Cue next = cue(CueKind::NextUp, 1, 2);
    next.exercise = m_strap;
    EXPECT_EQ(say(next), u"Next up: Strap stretch"_s);
    EXPECT_EQ(say(cue(CueKind::RoutineComplete)), u"Well done — routine complete"_s);
    EXPECT_EQ(say(cue(CueKind::FinishedEarly)), u"Session finished"_s);
}

TEST_F(CueWordsTest, RepsAndRestsEndings) {
    EXPECT_EQ(say(cue(CueKind::RepsStarted, 3, 5)), u"Begin"_s);
    EXPECT_EQ(say(cue(CueKind::BreathsEnded)), u"Release"_s);
    EXPECT_EQ(say(cue(CueKind::RestLastSeconds, 3)), u"3"_s);
    Cue ending = cue(CueKind::RestEnding, 10);
    ending.exercise = m_strap;
    EXPECT_EQ(say(ending), u"Get ready for Strap stretch"_s);
}

// Every cue a person can hear has words. The ones that name an exercise or
// read a step say nothing rather than half a sentence ("Next up: ") when
// that is missing; the end of reps is silent on purpose (the last count
// said it).
TEST_F(CueWordsTest, EveryCueKindHasWordsOrIsSilentOnPurpose) {
    const std::set<CueKind> silentWithoutContext{CueKind::ExerciseStarted, CueKind::StepStarted,
                                                 CueKind::NextUp, CueKind::RestEnding,
                                                 CueKind::RepsEnded};
    for (int k = 0; k <= static_cast<int>(CueKind::FinishedEarly); ++k) {
        const auto kind = static_cast<CueKind>(k);
        const QString words = say(cue(kind, 1, 2));
        if (silentWithoutContext.contains(kind))
            EXPECT_EQ(words, QString()) << cueKindName(kind);
        else
            EXPECT_FALSE(words.trimmed().isEmpty()) << cueKindName(kind);
    }
}
