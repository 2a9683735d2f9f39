#include "audio/cueannouncer.h"

#include "audio/cueoutput.h"
#include "audio/cuewords.h"
#include "settings/settings.h"

#include <QChar>
#include <QStringList>
#include <QTimer>

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
    case CueKind::GetReady: // on its second, so it ends before the "3" (see announce())
    case CueKind::Countdown:
    case CueKind::HoldLastSeconds:
    case CueKind::RestLastSeconds:
    case CueKind::BreathIn:
    case CueKind::BreathOut:
    case CueKind::RepCounted:
        return SpeechKind::Prompt;
    case CueKind::CycleStarted:
    case CueKind::HoldStarted:
    case CueKind::HoldHalfway:
    case CueKind::HoldEnded:
    case CueKind::BreathsEnded:
    case CueKind::RepsStarted:
    case CueKind::RepsEnded:
    case CueKind::RestStarted:
    case CueKind::NextUp:
    case CueKind::RestEnding:
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

CueAnnouncer::CueAnnouncer(CueOutput& output, Settings& settings, NowFunction now, QObject* parent)
    : QObject(parent)
    , m_output(output)
    , m_settings(settings)
    , m_now(now ? std::move(now) : NowFunction([] { return Clock::now(); })) {
    connect(&m_settings, &Settings::changed, this, &CueAnnouncer::onSettingChanged);
}

Duration CueAnnouncer::lead() const {
    Duration lead{};
    if (soundsOn() || voiceOn())
        lead = m_output.soundLatency();
    if (voiceOn() && m_output.speechAvailable())
        lead = std::max(lead, Duration(m_output.speechLatency()));
    return lead;
}

void CueAnnouncer::cancelPending() {
    ++m_generation;
}

void CueAnnouncer::at(TimePoint due, std::chrono::milliseconds latency,
                      std::function<void()> output) {
    const auto wait = std::chrono::floor<std::chrono::milliseconds>(due - latency - m_now());
    if (wait <= std::chrono::milliseconds::zero())
        return output();
    QTimer::singleShot(wait, Qt::PreciseTimer, this,
                       [this, generation = m_generation, output = std::move(output)] {
                           if (generation == m_generation)
                               output();
                       });
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

void CueAnnouncer::beginSession() {
    cancelPending();
    m_keysSaid = {};
}

QString CueAnnouncer::wordsFor(const Cue& cue, const Routine& routine) {
    QString words = CueWords::text(cue, routine);
    // The key to press, said the first time it is needed in a session.
    const auto addKey = [&](KeyHint hint, const QString& keyWords) {
        if (m_keysSaid[static_cast<std::size_t>(hint)])
            return;
        m_keysSaid[static_cast<std::size_t>(hint)] = true;
        appendSentence(words, keyWords);
    };
    if (cue.kind == CueKind::StepStarted && cue.waits)
        addKey(KeyHint::Next, CueWords::pressForNext());
    else if (cue.kind == CueKind::ChooseAgain)
        addKey(KeyHint::AgainOrDone, CueWords::pressForAgainOrDone());
    return words;
}

void CueAnnouncer::announce(const std::vector<Cue>& cues, const Routine& routine) {
    const bool voice = voiceOn() && m_output.speechAvailable();
    // A voice that cannot speak leaves the sounds to carry the cues.
    const bool sounds = (soundsOn() || (voiceOn() && !voice)) && m_output.soundAvailable();
    if (!sounds && !voice)
        return;

    std::vector<QString> words;
    words.reserve(cues.size());
    for (const Cue& cue : cues)
        words.push_back(voice ? wordsFor(cue, routine) : QString());
    // A chime with words said at its moment is ducked under them. A tick
    // is not: it marks the second its number is said on, and is over (90 ms)
    // before the number's voice is.
    const auto levelOf = [&](const Cue& cue) {
        if (cue.sound == Sound::Tick)
            return SoundLevel::Full;
        for (std::size_t i = 0; i < cues.size(); ++i) {
            if (cues[i].when == cue.when && !words[i].isEmpty())
                return SoundLevel::UnderSpeech;
        }
        return SoundLevel::Full;
    };

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
    for (std::size_t i = 0; i < cues.size(); ++i) {
        const Cue& cue = cues[i];
        const QString& said = words[i];
        // "Get ready" alone is said on its second; after other words of
        // its moment (a step that does not wait for its words), with them.
        const SpeechKind kind = cue.kind == CueKind::GetReady && !spoken.isEmpty()
                                    ? SpeechKind::Hint
                                    : speechKindFor(cue.kind);
        if (!said.isEmpty() && kind == SpeechKind::Prompt)
            flush(); // what came before goes first, the tick with its number
        if (sounds) {
            if (const auto sound = cueSoundFor(cue.sound, cue.kind)) {
                at(cue.when, m_output.soundLatency(),
                   [this, sound = *sound, level = levelOf(cue), due = cue.when] {
                       m_output.playSound(sound, level, due);
                   });
            }
        }
        if (said.isEmpty())
            continue;
        if (kind == SpeechKind::Prompt) {
            at(cue.when, m_output.speechLatency(),
               [this, said, when = cue.when] { m_output.say(said, SpeechKind::Prompt, when); });
            continue;
        }
        if (spoken.isEmpty())
            first = cue.when;
        narration = narration || kind == SpeechKind::Narration;
        appendSentence(spoken, said);
    }
    flush();
}

void CueAnnouncer::onSettingChanged(Settings::Key key) {
    if (key != Settings::Key::Muted && key != Settings::Key::AudioMode)
        return;
    cancelPending();
    // Muting, or a mode without voice, silences what is being said now.
    if (!voiceOn())
        m_output.stopSpeech();
}

} // namespace limber
