// The words for each cue: one place decides what is said; and what the
// voices make of them.
#include "application.h"
#include "audio/cueannouncer.h"
#include "audio/cuewords.h"
#include "audio/flite/flitesynth.h"
#include "common/qtconvert.h"
#include "recordingcueoutput.h"
#include "routine/routinelibrary.h"
#include "session/sessionengine.h"
#include "settings/settings.h"
#include "testroutines.h"
#include "translatedtest.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <iterator>
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
    EXPECT_EQ(say(cue(CueKind::RoutineComplete)), u"Well done. Routine complete."_s);
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

// ---- the words as the voices read them --------------------------------------

namespace {

// What flite and espeak-ng (speech-dispatcher's voice) do with a text that
// reads well on screen but not aloud, as heard in docs/audio.md ("The
// library by ear"): each trap found in `words`, described.
QStringList readingTraps(const QString& words) {
    constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
    QStringList traps;
    const auto find = [&](const QString& pattern, const QString& what) {
        auto matches = QRegularExpression(pattern, unicode).globalMatch(words);
        while (matches.hasNext())
            traps << u"\"%1\" in \"%2\": %3"_s.arg(matches.next().captured(), words, what);
    };
    find(u"\\d+\\s*(?:s|secs?|min|mins|h|cm|mm|m|kg|x|×|%)(?!\\w)"_s,
         u"a unit's abbreviation after a number (\"30 s\" is read \"thirty ess\")"_s);
    find(u"\\d+\\s*[-–—]\\s*\\d+"_s,
         u"a range with a dash (\"5-10\" is read \"five dash ten\", \"fünf Strich zehn\")"_s);
    find(u"\\w\\s+[-–—]\\s+\\w"_s, u"a dash for a pause (flite reads on through it without one)"_s);
    find(u"[/×%+=~&]"_s, u"a symbol (read as its name, or not at all)"_s);
    find(u"\\b(?:e\\.g|i\\.e|etc|approx|ca|z\\.\\s?B|bzw|usw|p\\.\\s?ej|aprox)\\."_s,
         u"an abbreviation (read letter by letter or as a word)"_s);
    // A letter alone before a word, not starting a sentence: a key's name
    // ("Press A for") is read as the article ("press uh for"), in Spanish as
    // the preposition ("pulsa a para").
    auto letters = QRegularExpression(u"\\b\\p{Lu}\\b(?=\\s+\\w)"_s, unicode).globalMatch(words);
    while (letters.hasNext()) {
        const QRegularExpressionMatch letter = letters.next();
        const QString before = words.left(letter.capturedStart()).trimmed();
        if (!before.isEmpty() && !u".!?:;¡¿"_s.contains(before.back()))
            traps << u"\"%1\" in \"%2\": a letter alone before a word (read as a word, not as "
                     "the letter)"_s.arg(letter.captured(), words);
    }
    return traps;
}

} // namespace

TEST(ReadingTraps, AreFoundInWhatReadsBadlyAndNotInPlainWords) {
    EXPECT_EQ(readingTraps(u"Hold for 30 s, then 10x, 1–2 min, 5-10 times, 50%."_s).size(), 7)
        << "30 s, 10x, 2 min, 50% (units); 1–2, 5-10 (ranges); % (a symbol)";
    EXPECT_EQ(readingTraps(u"Press A for once more, or D for done."_s).size(), 2);
    EXPECT_EQ(readingTraps(u"Well done — routine complete"_s).size(), 1);
    EXPECT_EQ(readingTraps(u"Stretch, e.g. with a belt."_s).size(), 1);
    EXPECT_EQ(readingTraps(u"For once more, press A. For done, press D."_s), QStringList());
    EXPECT_EQ(readingTraps(u"A towel helps. Cycle 4 of 12. Switch sides: left side"_s),
              QStringList());
    EXPECT_EQ(readingTraps(u"Schulterblätter zusammen, die Schultern bleiben unten."_s),
              QStringList());
}

// Every word handed to the narrator (CueAnnouncer, so the keys' hints too),
// for every exercise of every shipped routine, the routine played whole, in
// every language of the interface, reads as written.
class SpokenWordsTest : public limber::test::TranslatedTest {
protected:
    void SetUp() override {
        TranslatedTest::SetUp();
        m_library = scanLibrary(
            {{std::filesystem::path(LIMBER_SOURCE_DIR) / "resources" / "routines", false}});
        ASSERT_GE(m_library.routines.size(), 5U);
    }

    // What a session of `routine`, played to its end in the language of the
    // moment, hands to the narrator: the announcer's words, the keys' hints
    // too.
    std::vector<RecordingCueOutput::Event> spoken(const Routine& routine) {
        Settings settings(m_dir.filePath(u"limber.conf"_s));
        RecordingCueOutput output;
        // Every cue is due by the announcer's clock: said at once, none waits.
        CueAnnouncer announcer(output, settings,
                               [] { return TimePoint{} + std::chrono::hours(24 * 365); });
        const SessionSettings session;
        SessionEngine engine(routine, session);
        TimePoint t = TimePoint{} + std::chrono::hours(1);
        announcer.announce(engine.start(t), routine);
        while (!engine.finished()) {
            const Progress p = engine.progress(t);
            if (p.phase == PhaseKind::WaitingForNext) {
                announcer.announce(engine.next(t), routine);
            } else if (p.phase == PhaseKind::ChooseAgain) {
                announcer.announce(engine.done(t), routine);
            } else {
                const auto deadline = engine.nextDeadline();
                if (!deadline) {
                    ADD_FAILURE() << routine.id << ": a session that waits for nothing";
                    break;
                }
                t = *deadline;
                announcer.announce(engine.update(t), routine);
            }
        }
        std::vector<RecordingCueOutput::Event> said;
        std::ranges::copy_if(output.events(), std::back_inserter(said), [](const auto& event) {
            return event.type == RecordingCueOutput::Event::Type::Say;
        });
        return said;
    }

    RoutineLibrary m_library;
};

TEST_F(SpokenWordsTest, EveryShippedRoutineReadsAloudWithoutTrapsInEveryLanguage) {
    QStringList traps;
    int said = 0;
    for (const QString& language : Translations::available()) {
        switchTo(language);
        for (const LibraryEntry& entry : m_library.routines) {
            for (const RecordingCueOutput::Event& event : spoken(entry.routine)) {
                ++said;
                for (const QString& trap : readingTraps(event.text))
                    traps << u"%1 (%2): %3"_s.arg(toQString(entry.routine.id), language, trap);
            }
        }
    }
    EXPECT_GT(said, 500);
    EXPECT_EQ(traps, QStringList()) << traps.join(u'\n').toStdString();
}

// A step's words hold its get-ready back until they end (and 0.7 s of
// quiet), but no longer than Application::kNarrationLimit, for a narrator
// that never says it has finished. Heard in the neck routine: at 8 s the
// side stretch's "Release. Cycle 3 of 4. Tilt your head away ..." (8.8 s
// with flite) was cut into, and "Get ready" and "3" were dropped. Every
// narration of the library, with flite at its slowest rate, ends in time.
TEST_F(SpokenWordsTest, EveryNarrationEndsWithinTheLimitAtTheSlowestRate) {
    std::set<QString> texts;
    for (const LibraryEntry& entry : m_library.routines) {
        for (const RecordingCueOutput::Event& event : spoken(entry.routine)) {
            if (event.kind == SpeechKind::Narration)
                texts.insert(event.text);
        }
    }
    ASSERT_GT(texts.size(), 50U);
    // The ten longest by their letters (rendering all at half speed takes
    // a minute on a busy machine).
    std::vector<QString> longestTexts(texts.begin(), texts.end());
    std::ranges::sort(longestTexts, std::greater{}, &QString::size);
    longestTexts.resize(10);
    std::chrono::milliseconds longest{0};
    QString longestText;
    for (const QString& text : longestTexts) {
        const auto duration = fliteSynthesize(text, {}, -1.0).duration();
        if (duration > longest) {
            longest = duration;
            longestText = text;
        }
    }
    std::printf("longest narration at half speed: %lld ms, \"%s\"\n",
                static_cast<long long>(longest.count()), qPrintable(longestText));
    EXPECT_GT(longest, std::chrono::seconds(8)) << "the longest, at half speed";
    EXPECT_LT(longest + std::chrono::milliseconds(700), Application::kNarrationLimit)
        << longest.count() << " ms: " << longestText.toStdString();
}
