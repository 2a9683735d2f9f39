#include "audio/cueoutput.h"

#include "audio/narrator.h"
#include "audio/soundplayer.h"

namespace limber {

void CueOutput::prepareWords(const QStringList&) {}

QtCueOutput::QtCueOutput(SoundPlayer& sounds, Narrator& narrator)
    : m_sounds(sounds)
    , m_narrator(narrator)
    , m_timed(sounds, narrator) {}

void QtCueOutput::playSound(CueSound sound, SoundLevel level,
                            std::chrono::steady_clock::time_point due) {
    m_sounds.play(sound, level == SoundLevel::UnderSpeech ? SoundPlayer::underSpeechGain : 1.0F,
                  due);
}

void QtCueOutput::say(const QString& text, SpeechKind kind,
                      std::chrono::steady_clock::time_point scheduled) {
    switch (kind) {
    case SpeechKind::Narration:
        m_timed.stop();
        m_narrator.say(text, Narrator::Priority::Interrupt);
        break;
    case SpeechKind::Hint:
        if (!m_timed.speaking())
            m_narrator.say(text, Narrator::Priority::IfIdle);
        break;
    case SpeechKind::Prompt:
        m_timed.say(text, scheduled);
        break;
    }
}

void QtCueOutput::stopSpeech() {
    m_timed.stop();
    m_narrator.stop();
}

void QtCueOutput::prepareWords(const QStringList& words) {
    m_timed.prepare(words);
}

bool QtCueOutput::soundAvailable() const {
    return m_sounds.available();
}

bool QtCueOutput::speechAvailable() const {
    return m_narrator.available();
}

std::chrono::milliseconds QtCueOutput::soundLatency() const {
    return SoundPlayer::latency;
}

std::chrono::milliseconds QtCueOutput::speechLatency() const {
    return m_timed.latency();
}

} // namespace limber
