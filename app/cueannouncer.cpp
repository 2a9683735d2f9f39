#include "cueannouncer.h"

#include "cueoutput.h"
#include "cuewords.h"
#include "settings.h"

#include <QChar>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace limber {

std::optional<CueSound> cueSoundFor(Sound sound, CueKind kind) {
    switch (sound) {
    case Sound::None:
        return std::nullopt;
    case Sound::Start:
        return CueSound::HoldStart;
    case Sound::Tick:
        return kind == CueKind::RepCounted ? CueSound::Rep : CueSound::Countdown;
    case Sound::Halfway:
        return CueSound::Halfway;
    case Sound::End:
        return CueSound::HoldEnd;
    case Sound::Switch:
        return CueSound::SwitchSides;
    case Sound::Rest:
        return CueSound::RestOver;
    case Sound::Complete:
        return CueSound::Complete;
    case Sound::Inhale:
        return CueSound::BreathIn;
    case Sound::Exhale:
        return CueSound::BreathOut;
    }
    return std::nullopt;
}

SpeechKind speechKindFor(CueKind kind) {
    switch (kind) {
    case CueKind::ExerciseStarted:
    case CueKind::SideStarted:
    case CueKind::SwitchSides:
    case CueKind::StepStarted:
    case CueKind::ChooseAgain:
    case CueKind::RoutineComplete:
    case CueKind::FinishedEarly:
        return SpeechKind::Narration;
    case CueKind::Countdown:
    case CueKind::HoldLastSeconds:
    case CueKind::BreathIn:
    case CueKind::BreathOut:
    case CueKind::RepCounted:
        return SpeechKind::Prompt;
    case CueKind::CycleStarted:
    case CueKind::GetReady:
    case CueKind::HoldStarted:
    case CueKind::HoldHalfway:
    case CueKind::HoldEnded:
    case CueKind::BreathsEnded:
    case CueKind::RepsStarted:
    case CueKind::RepsEnded:
    case CueKind::RestStarted:
    case CueKind::NextUp:
        return SpeechKind::Hint;
    }
    return SpeechKind::Hint;
}

namespace {

// "Seated stretch" + "Hold" -> "Seated stretch. Hold"
void appendSentence(QString& said, const QString& words) {
    if (!said.isEmpty()) {
        const QChar last = said.back();
        if (last != u'.' && last != u'!' && last != u'?' && last != u'…')
            said += u'.';
        said += u' ';
    }
    said += words;
}

} // namespace

CueAnnouncer::CueAnnouncer(CueOutput& output, Settings& settings, QObject* parent)
    : QObject(parent)
    , m_output(output)
    , m_settings(settings) {
    connect(&m_settings, &Settings::changed, this, &CueAnnouncer::onSettingChanged);
}

bool CueAnnouncer::soundsOn() const {
    const auto mode = m_settings.audioMode();
    return !m_settings.muted() &&
           (mode == Settings::AudioMode::SoundsOnly || mode == Settings::AudioMode::VoiceAndSounds);
}

bool CueAnnouncer::voiceOn() const {
    const auto mode = m_settings.audioMode();
    return !m_settings.muted() &&
           (mode == Settings::AudioMode::VoiceOnly || mode == Settings::AudioMode::VoiceAndSounds);
}

void CueAnnouncer::announce(const std::vector<Cue>& cues, const Routine& routine) {
    const bool sounds = soundsOn() && m_output.soundAvailable();
    const bool voice = voiceOn() && m_output.speechAvailable();
    if (!sounds && !voice)
        return;

    // The words that are not prompts, said together; a prompt comes after
    // what was gathered before it (and is dropped if that is still busy).
    QString spoken;
    bool narration = false;
    TimePoint first{};
    const auto flush = [&] {
        if (!spoken.isEmpty())
            m_output.say(spoken, narration ? SpeechKind::Narration : SpeechKind::Hint, first);
        spoken.clear();
        narration = false;
    };
    for (const Cue& cue : cues) {
        const QString words = voice ? CueWords::text(cue, routine) : QString();
        const SpeechKind kind = speechKindFor(cue.kind);
        if (!words.isEmpty() && kind == SpeechKind::Prompt)
            flush(); // what came before goes first, the tick with its number
        if (sounds) {
            if (const auto sound = cueSoundFor(cue.sound, cue.kind))
                m_output.playSound(*sound);
        }
        if (words.isEmpty())
            continue;
        if (kind == SpeechKind::Prompt) {
            m_output.say(words, SpeechKind::Prompt, cue.when);
            continue;
        }
        if (spoken.isEmpty())
            first = cue.when;
        narration = narration || kind == SpeechKind::Narration;
        appendSentence(spoken, words);
    }
    flush();
}

void CueAnnouncer::onSettingChanged(const QString& key) {
    // Muting, or a mode without voice, silences what is being said now.
    if ((key == u"audio/muted"_s || key == u"audio/mode"_s) && !voiceOn())
        m_output.stopSpeech();
}

} // namespace limber
