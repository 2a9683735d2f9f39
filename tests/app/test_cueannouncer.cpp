// The cue announcer: which sounds and words each audio mode gives, and how
// they are said (narration, hint, prompt).
#include "audio/cueannouncer.h"
#include "audio/cuewords.h"
#include "common/qtconvert.h"
#include "recordingcueoutput.h"
#include "settings/settings.h"
#include "testroutines.h"

#include <QLocale>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>
#include <memory>

using namespace Qt::StringLiterals;
using namespace limber;
using namespace std::chrono_literals;
using Event = RecordingCueOutput::Event;

namespace {

Cue cue(CueKind kind, int value = 0, int of = 0) {
    Cue c;
    c.kind = kind;
    c.value = value;
    c.of = of;
    c.sound = soundFor(kind);
    c.when = TimePoint(std::chrono::seconds(100 + value));
    return c;
}

Event sound(CueSound s, SoundLevel level = SoundLevel::Full) {
    return {Event::Type::Sound, s, level, {}, {}, {}};
}

Event said(const QString& text, SpeechKind kind, TimePoint when) {
    return {Event::Type::Say, {}, {}, text, kind, when};
}

class CueAnnouncerTest : public ::testing::Test {
protected:
    void SetUp() override {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<Settings>(m_dir.path() + u"/limber.conf"_s);
        m_announcer = std::make_unique<CueAnnouncer>(m_output, *m_settings);
        m_routine = limber::testing::fullRoutine("/tmp");
    }

    // A step starts, its get-ready counts down, the hold starts.
    std::vector<Cue> stepAndCountdown() const {
        Cue step = cue(CueKind::StepStarted, 0, 2);
        step.text = &m_step;
        return {step, cue(CueKind::GetReady, 3), cue(CueKind::Countdown, 3),
                cue(CueKind::HoldStarted, 30)};
    }

    std::vector<Event> announce(const std::vector<Cue>& cues) {
        m_output.clear();
        m_announcer->announce(cues, m_routine);
        return m_output.events();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    RecordingCueOutput m_output;
    std::unique_ptr<CueAnnouncer> m_announcer;
    Routine m_routine;
    LocalizedText m_step{"en", "Lean into the wall"};
};

} // namespace

TEST(CueSoundFor, MapsEveryCoreSound) {
    EXPECT_EQ(cueSoundFor(Sound::None, CueKind::StepStarted), std::nullopt);
    EXPECT_EQ(cueSoundFor(Sound::Start, CueKind::HoldStarted), CueSound::HoldStart);
    EXPECT_EQ(cueSoundFor(Sound::Tick, CueKind::Countdown), CueSound::Countdown);
    EXPECT_EQ(cueSoundFor(Sound::Tick, CueKind::RepCounted), CueSound::Rep);
    EXPECT_EQ(cueSoundFor(Sound::Halfway, CueKind::HoldHalfway), CueSound::Halfway);
    EXPECT_EQ(cueSoundFor(Sound::End, CueKind::HoldEnded), CueSound::HoldEnd);
    EXPECT_EQ(cueSoundFor(Sound::Switch, CueKind::SwitchSides), CueSound::SwitchSides);
    EXPECT_EQ(cueSoundFor(Sound::Rest, CueKind::RestStarted), CueSound::RestOver);
    EXPECT_EQ(cueSoundFor(Sound::Complete, CueKind::RoutineComplete), CueSound::Complete);
    EXPECT_EQ(cueSoundFor(Sound::Inhale, CueKind::BreathIn), CueSound::BreathIn);
    EXPECT_EQ(cueSoundFor(Sound::Exhale, CueKind::BreathOut), CueSound::BreathOut);
}

TEST_F(CueAnnouncerTest, VoiceAndSoundsPlaysAndSays) {
    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    const auto cues = stepAndCountdown();
    // The step's words and "Get ready" go out as one narration before the
    // countdown prompt; "Hold" after it, as a hint.
    const std::vector<Event> expected{
        said(u"Lean into the wall. Get ready"_s, SpeechKind::Narration, cues[0].when),
        sound(CueSound::Countdown),
        said(u"3"_s, SpeechKind::Prompt, cues[2].when),
        sound(CueSound::HoldStart, SoundLevel::UnderSpeech),
        said(u"Hold"_s, SpeechKind::Hint, cues[3].when),
    };
    EXPECT_EQ(announce(cues), expected);
}

TEST_F(CueAnnouncerTest, GetReadyAfterTheStepsWordsIsSaidOnItsSecond) {
    // The step waited for its words; "Get ready" comes alone, a second
    // before the "3", and is said on its second as the numbers are, so it
    // is over before the "3".
    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    const std::vector<Cue> cues{cue(CueKind::GetReady, 3), cue(CueKind::Countdown, 3)};
    const std::vector<Event> expected{
        said(u"Get ready"_s, SpeechKind::Prompt, cues[0].when),
        sound(CueSound::Countdown),
        said(u"3"_s, SpeechKind::Prompt, cues[1].when),
    };
    EXPECT_EQ(announce(cues), expected);
}

TEST_F(CueAnnouncerTest, SoundsOnlyPlaysNoWords) {
    m_settings->setAudioMode(Settings::AudioMode::SoundsOnly);
    const std::vector<Event> expected{sound(CueSound::Countdown), sound(CueSound::HoldStart)};
    EXPECT_EQ(announce(stepAndCountdown()), expected);
}

TEST_F(CueAnnouncerTest, VoiceOnlySaysNoSounds) {
    m_settings->setAudioMode(Settings::AudioMode::VoiceOnly);
    const auto events = announce(stepAndCountdown());
    ASSERT_EQ(events.size(), 3u);
    for (const Event& event : events)
        EXPECT_EQ(event.type, Event::Type::Say);
    EXPECT_EQ(events[0].kind, SpeechKind::Narration);
    EXPECT_EQ(events[1].kind, SpeechKind::Prompt);
    EXPECT_EQ(events[2].kind, SpeechKind::Hint);
}

TEST_F(CueAnnouncerTest, OffAndMutedAreSilent) {
    m_settings->setAudioMode(Settings::AudioMode::Off);
    EXPECT_TRUE(announce(stepAndCountdown()).empty());

    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    m_settings->setMuted(true);
    EXPECT_TRUE(announce(stepAndCountdown()).empty());

    m_settings->setMuted(false);
    EXPECT_FALSE(announce(stepAndCountdown()).empty());
}

TEST_F(CueAnnouncerTest, MutingStopsSpeechAtOnce) {
    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    m_output.clear();
    m_settings->setMuted(true);
    const std::vector<Event> expected{{Event::Type::StopSpeech, {}, {}, {}, {}}};
    EXPECT_EQ(m_output.events(), expected);
}

TEST_F(CueAnnouncerTest, RhythmCuesArePromptsAtTheirScheduledTime) {
    m_settings->setAudioMode(Settings::AudioMode::VoiceOnly);
    const std::vector<Cue> cues{cue(CueKind::HoldLastSeconds, 3), cue(CueKind::HoldLastSeconds, 2),
                                cue(CueKind::BreathIn, 1, 5)};
    const std::vector<Event> expected{
        said(u"3"_s, SpeechKind::Prompt, cues[0].when),
        said(u"2"_s, SpeechKind::Prompt, cues[1].when),
        said(CueWords::breatheIn(), SpeechKind::Prompt, cues[2].when),
    };
    EXPECT_EQ(announce(cues), expected);
}

TEST_F(CueAnnouncerTest, NextUpIsAHintAndCueWithoutWordsSaysNothing) {
    m_settings->setAudioMode(Settings::AudioMode::VoiceOnly);
    Cue next = cue(CueKind::NextUp);
    next.exercise = &m_routine.exercises[0];
    const auto events = announce({next, cue(CueKind::RepsEnded, 12)});
    ASSERT_EQ(events.size(), 1u);
    EXPECT_EQ(events[0].kind, SpeechKind::Hint);
    EXPECT_EQ(events[0].text, CueWords::nextUp(m_routine.exercises[0]));
}

TEST_F(CueAnnouncerTest, UnavailableOutputsAreNotCalled) {
    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    m_output.setSoundAvailable(false);
    for (const Event& event : announce(stepAndCountdown()))
        EXPECT_NE(event.type, Event::Type::Sound);
    m_output.setSpeechAvailable(false);
    EXPECT_TRUE(announce(stepAndCountdown()).empty());
}

TEST_F(CueAnnouncerTest, AVoiceThatCannotSpeakLeavesTheCuesToTheSounds) {
    // Voice only, but no voice for the language (or no engine): the sounds
    // carry the cues rather than silence.
    m_settings->setAudioMode(Settings::AudioMode::VoiceOnly);
    m_output.setSpeechAvailable(false);
    const std::vector<Event> expected{sound(CueSound::Countdown), sound(CueSound::HoldStart)};
    EXPECT_EQ(announce(stepAndCountdown()), expected);
}

TEST_F(CueAnnouncerTest, LeadIsTheSlowestOutputInUse) {
    m_output.setLatency(40ms, 225ms);
    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    EXPECT_EQ(m_announcer->lead(), Duration(225ms));
    m_settings->setAudioMode(Settings::AudioMode::SoundsOnly);
    EXPECT_EQ(m_announcer->lead(), Duration(40ms));
    m_settings->setAudioMode(Settings::AudioMode::VoiceOnly);
    m_output.setSpeechAvailable(false); // the sounds stand in
    EXPECT_EQ(m_announcer->lead(), Duration(40ms));
    m_settings->setMuted(true);
    EXPECT_EQ(m_announcer->lead(), Duration(0ms));
}

TEST_F(CueAnnouncerTest, EarlyRhythmCuesStartTheirLatencyBeforeTheyAreDue) {
    m_output.setLatency(40ms, 225ms);
    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    Cue three = cue(CueKind::Countdown, 3);
    three.when = Clock::now() + 400ms;
    m_output.clear();
    m_announcer->announce({three}, m_routine);
    EXPECT_TRUE(m_output.events().empty()) << "nothing before its moment";

    // Watch when each output is made.
    std::vector<std::pair<Event, TimePoint>> made;
    while (Clock::now() < three.when + 200ms) {
        QTest::qWait(2);
        for (auto i = made.size(); i < m_output.events().size(); ++i)
            made.emplace_back(m_output.events()[i], Clock::now());
    }
    ASSERT_EQ(made.size(), 2u);
    // The voice first, 225 ms ahead; the tick 40 ms ahead: both land on the second.
    EXPECT_EQ(made[0].first, said(u"3"_s, SpeechKind::Prompt, three.when));
    EXPECT_GE(made[0].second, three.when - 230ms);
    EXPECT_EQ(made[1].first, sound(CueSound::Countdown));
    EXPECT_GE(made[1].second, three.when - 45ms);
}

TEST_F(CueAnnouncerTest, PausingDropsWhatWaitsForItsMoment) {
    m_output.setLatency(40ms, 225ms);
    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    Cue three = cue(CueKind::Countdown, 3);
    three.when = Clock::now() + 300ms;
    m_output.clear();
    m_announcer->announce({three}, m_routine);
    m_announcer->cancelPending();
    QTest::qWait(400);
    EXPECT_TRUE(m_output.events().empty());
}

TEST_F(CueAnnouncerTest, SoundsAloneArePlayedFullAndUnderWordsDucked) {
    // Sounds only: nothing is said, so nothing is ducked.
    m_settings->setAudioMode(Settings::AudioMode::SoundsOnly);
    for (const Event& event : announce({cue(CueKind::HoldHalfway, 15)}))
        EXPECT_EQ(event, sound(CueSound::Halfway, SoundLevel::Full));
    // With the voice, "Halfway" is said over its bell: the bell is ducked.
    m_settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);
    const Cue halfway = cue(CueKind::HoldHalfway, 15);
    const std::vector<Event> expected{sound(CueSound::Halfway, SoundLevel::UnderSpeech),
                                      said(u"Halfway"_s, SpeechKind::Hint, halfway.when)};
    EXPECT_EQ(announce({halfway}), expected);
}

TEST_F(CueAnnouncerTest, TheKeysAreNamedTheFirstTimeTheyAreNeededInASession) {
    Cue read = cue(CueKind::StepStarted, 1, 2);
    read.text = &m_step;
    read.waits = true;
    const Cue choose = cue(CueKind::ChooseAgain, 1);
    m_announcer->beginSession();
    EXPECT_EQ(announce({read}),
              std::vector<Event>{
                  said(u"Lean into the wall. Press the right arrow key when you are ready."_s,
                       SpeechKind::Narration, read.when)});
    EXPECT_EQ(
        announce({choose}),
        std::vector<Event>{said(u"Once more, or done? For once more, press A. For done, press D."_s,
                                SpeechKind::Narration, choose.when)});
    // Once is enough...
    EXPECT_EQ(announce({read}),
              std::vector<Event>{said(u"Lean into the wall"_s, SpeechKind::Narration, read.when)});
    EXPECT_EQ(announce({choose}), std::vector<Event>{said(u"Once more, or done?"_s,
                                                          SpeechKind::Narration, choose.when)});
    // ...per session; a step that runs by itself names no key.
    m_announcer->beginSession();
    Cue timed = read;
    timed.waits = false;
    EXPECT_EQ(announce({timed}),
              std::vector<Event>{said(u"Lean into the wall"_s, SpeechKind::Narration, timed.when)});
    EXPECT_EQ(announce({read})[0].text,
              u"Lean into the wall. Press the right arrow key when you are ready."_s);
}

TEST_F(CueAnnouncerTest, ARestEndsNamingTheNextExerciseThenCountingDown) {
    Cue ending = cue(CueKind::RestEnding, 6);
    ending.exercise = &m_routine.exercises.front();
    const QString title = localized(m_routine.exercises.front().title);
    const Cue three = cue(CueKind::RestLastSeconds, 3);
    const std::vector<Event> expected{
        said(u"Get ready for "_s + title, SpeechKind::Hint, ending.when),
        sound(CueSound::Countdown),
        said(u"3"_s, SpeechKind::Prompt, three.when),
    };
    EXPECT_EQ(announce({ending, three}), expected);
}
