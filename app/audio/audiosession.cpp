#include "audio/audiosession.h"

#include "audio/cueannouncer.h"
#include "audio/cueoutput.h"
#include "audio/cuewords.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "common/datapaths.h"
#include "common/translations.h"

#include <QEvent>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace limber {

AudioSession::AudioSession(Settings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings) {
    connect(&m_settings, &Settings::changed, this, &AudioSession::apply);
}

AudioSession::AudioSession(Settings& settings, CueOutput& output, NowFunction now, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_output(&output)
    , m_announcer(std::make_unique<CueAnnouncer>(output, settings, now))
    , m_now(std::move(now)) {
    connect(&m_settings, &Settings::changed, this, &AudioSession::apply);
}

AudioSession::~AudioSession() = default;

void AudioSession::start() {
    if (m_announcer)
        return;
    m_sounds = new SoundPlayer(bundledDataDir() + u"/sounds"_s, this);
    m_narrator = new Narrator(m_settings.speechEngine(), {}, this);
    m_sounds->setVolume(m_settings.volume());
    m_narrator->setVolume(m_settings.volume());
    m_narrator->setVoice(m_settings.voice());
    m_narrator->setRate(m_settings.speechRate());
    m_narrator->setPitch(m_settings.speechPitch());
    followLanguage();
    m_ownOutput = std::make_unique<QtCueOutput>(*m_sounds, *m_narrator);
    m_output = m_ownOutput.get();
    m_announcer = std::make_unique<CueAnnouncer>(*m_output, m_settings, m_now);
    connect(m_sounds, &SoundPlayer::availabilityChanged, this, &AudioSession::showNotice);
    connect(m_narrator, &Narrator::availabilityChanged, this, [this] {
        showNotice();
        Q_EMIT changed();
    });
    connect(m_narrator, &Narrator::finished, this, &AudioSession::speechFinished,
            Qt::QueuedConnection);
    m_sounds->start(); // checks the files; never waits for a device
    if (wants(Settings::AudioMode::VoiceOnly, Settings::AudioMode::VoiceAndSounds))
        m_narrator->start();
    showNotice();
    // There was no voice before: now there may be one, and the estimates
    // that count its words follow.
    Q_EMIT changed();
}

void AudioSession::beginSession(const Routine& routine) {
    start();
    m_announcer->beginSession();
    if (voiceSpeaks())
        m_output->prepareWords(CueWords::timedWords(routine));
    holdOutput(true);
}

void AudioSession::holdOutput(bool hold) {
    if (m_sounds)
        m_sounds->holdOpen(hold && soundsPlay());
}

void AudioSession::announce(const std::vector<Cue>& cues, const Routine& routine) {
    if (m_announcer)
        m_announcer->announce(cues, routine);
}

void AudioSession::cancelPending() {
    if (m_announcer)
        m_announcer->cancelPending();
}

void AudioSession::silence() {
    holdOutput(false);
    if (!m_announcer)
        return;
    m_announcer->cancelPending();
    m_output->stopSpeech();
}

Duration AudioSession::lead() const {
    return m_announcer ? m_announcer->lead() : Duration{};
}

bool AudioSession::wants(Settings::AudioMode a, Settings::AudioMode b) const {
    const auto mode = m_settings.audioMode();
    return mode == a || mode == b;
}

bool AudioSession::voiceSpeaks() const {
    return m_output && m_output->speechAvailable() && !m_settings.muted() &&
           wants(Settings::AudioMode::VoiceOnly, Settings::AudioMode::VoiceAndSounds);
}

bool AudioSession::soundsPlay() const {
    return m_output && m_output->soundAvailable() && !m_settings.muted() &&
           wants(Settings::AudioMode::SoundsOnly, Settings::AudioMode::VoiceAndSounds);
}

bool AudioSession::speaking() const {
    return m_narrator && m_narrator->speaking();
}

void AudioSession::apply(Settings::Key key) {
    using Key = Settings::Key;
    if (key == Key::Language)
        followLanguage();
    if (m_sounds && key == Key::Volume) {
        m_sounds->setVolume(m_settings.volume());
        m_narrator->setVolume(m_settings.volume());
    }
    if (m_narrator) {
        if (key == Key::SpeechEngine)
            m_narrator->setEngine(m_settings.speechEngine());
        else if (key == Key::Voice)
            m_narrator->setVoice(m_settings.voice());
        else if (key == Key::SpeechRate)
            m_narrator->setRate(m_settings.speechRate());
        else if (key == Key::SpeechPitch)
            m_narrator->setPitch(m_settings.speechPitch());
    }
    if (key == Key::AudioMode || key == Key::Muted || key == Key::SpeechEngine) {
        showNotice();
        Q_EMIT changed();
    }
}

void AudioSession::followLanguage() {
    // The interface's language, or English when the interface falls back to it.
    if (!m_narrator)
        return;
    const QLocale interface;
    const bool translated =
        Translations::available().contains(QLocale::languageToCode(interface.language()));
    m_narrator->setLocale(
        translated ? interface : QLocale(QLocale::English, QLocale::UnitedStates));
}

void AudioSession::showNotice() {
    // Once each, and only for what the person asked to hear.
    if (!m_sounds || m_settings.muted())
        return;
    QString text;
    if (wants(Settings::AudioMode::SoundsOnly, Settings::AudioMode::VoiceAndSounds) &&
        !m_soundNoticeShown && !m_sounds->available() && !m_sounds->notice().isEmpty()) {
        m_soundNoticeShown = true;
        text = m_sounds->notice();
    }
    if (wants(Settings::AudioMode::VoiceOnly, Settings::AudioMode::VoiceAndSounds) &&
        !m_speechNoticeShown && !m_narrator->available() && !m_narrator->reason().isEmpty()) {
        m_speechNoticeShown = true;
        text = text.isEmpty() ? m_narrator->reason() : text + u" "_s + m_narrator->reason();
    }
    if (!text.isEmpty())
        Q_EMIT notice(text);
}

} // namespace limber
