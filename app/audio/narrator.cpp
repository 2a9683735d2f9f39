#include "audio/narrator.h"

#include "audio/soundplayer.h"

#include <QAudioDevice>
#include <QMediaDevices>
#include <QTextToSpeech>
#include <QTimer>
#include <QVoice>
#include <QtPlugin>
#include <algorithm>

// Limber's flite engine (app/audio/flite/fliteplugin.cpp) in place of Qt 6.4's.
Q_IMPORT_PLUGIN(LimberFlitePlugin)

namespace limber {

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {
// Ready -> Speaking takes ~60 ms for a word and ~300 ms for a paragraph
// (flite renders it first), ~65 ms with speechd; an utterance still not
// speaking after this never will be.
constexpr auto watchdogInterval = 3s;
} // namespace

Narrator::Narrator(QString engine, NowFunction now, QObject* parent)
    : QObject(parent)
    , m_engineName(std::move(engine))
    , m_now(std::move(now)) {
    if (!m_now)
        m_now = [] {
            return Clock::now();
        };
}

Narrator::~Narrator() = default;

QStringList Narrator::availableEngines() {
    // Qt's flite plugin, when installed, is listed next to Limber's.
    QStringList engines = QTextToSpeech::availableEngines();
    engines.removeDuplicates();
    return engines;
}

QString Narrator::engineTitle(const QString& engine) {
    if (engine == u"speechd"_s)
        return u"speech-dispatcher"_s;
    return engine;
}

std::chrono::milliseconds Narrator::latencyOf(const QString& engine) {
    // Medians from scripts/audio-latency on a pipe sink (say() to sound).
    if (engine == u"flite"_s)
        return 60ms;
    if (engine == u"speechd"_s)
        return 65ms;
    return 0ms;
}

void Narrator::start() {
    if (!m_devices) {
        m_devices = new QMediaDevices(this);
        connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &Narrator::updateDevice);
        m_watchdog = new QTimer(this);
        m_watchdog->setInterval(watchdogInterval);
        connect(m_watchdog, &QTimer::timeout, this, [this] {
            // Never stuck "speaking": an utterance the engine did not start.
            if (!m_speech || m_speech->state() != QTextToSpeech::Speaking)
                settle();
        });
        updateDevice();
    }
    if (m_speech || m_engineFailed)
        return;
    if (!availableEngines().contains(m_engineName)) {
        m_engineFailed = true;
        m_notInstalled = true;
        updateAvailability();
        return;
    }
    m_speech = new QTextToSpeech(m_engineName, this);
    if (m_speech->state() == QTextToSpeech::Error) {
        const QString message = m_speech->errorString();
        dropEngine();
        onError(message);
        return;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { onStateChanged(state); });
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason reason, const QString& message) {
                if (reason == QTextToSpeech::ErrorReason::Input)
                    nothingToSay();
                else
                    onError(message);
            });
    applySettings();
}

bool Narrator::say(const QString& text, Priority priority) {
    start();
    if (!available() || !m_speech)
        return false;
    if (m_busy && priority == Priority::IfIdle)
        return false;
    if (m_busy) {
        // Cut off: not finished(), so flags down before the engine's Ready.
        settle();
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
    }
    m_busy = true;
    m_speech->say(text);
    m_watchdog->start();
    return true;
}

bool Narrator::sayPrompt(const QString& text, Clock::time_point scheduled) {
    if (shouldDropPrompt(scheduled, m_now(), m_busy))
        return false;
    return say(text, Priority::IfIdle);
}

bool Narrator::shouldDropPrompt(Clock::time_point scheduled, Clock::time_point now, bool busy,
                                std::chrono::milliseconds tolerance) {
    return busy || now - scheduled > tolerance;
}

void Narrator::stop() {
    const bool busy = m_busy;
    settle();
    if (m_speech && busy)
        m_speech->stop(QTextToSpeech::BoundaryHint::Immediate);
}

bool Narrator::speaking() const {
    return m_busy;
}

bool Narrator::available() const {
    return m_available;
}

QString Narrator::reason() const {
    // Worded when asked, so it reads in the language of the moment.
    if (!m_hasDevice)
        return tr("No audio output device: narration is shown, not spoken.");
    if (m_engineFailed && m_notInstalled)
        return tr("The speech engine “%1” is not installed.").arg(engineTitle(m_engineName));
    if (m_engineFailed)
        return tr("The speech engine “%1” failed: %2.")
            .arg(engineTitle(m_engineName), m_failure.isEmpty() ? tr("unknown error") : m_failure);
    if (m_noVoice)
        return tr("The speech engine “%1” has no voice for %2, so Limber plays the cue sounds "
                  "instead of speaking.")
            .arg(engineTitle(m_engineName), m_locale.nativeLanguageName());
    return {};
}

QString Narrator::engine() const {
    return m_engineName;
}

void Narrator::setEngine(const QString& engine) {
    if (engine == m_engineName)
        return;
    dropEngine();
    m_engineName = engine;
    m_engineFailed = false;
    m_notInstalled = false;
    m_noVoice = false;
    updateAvailability();
}

bool Narrator::hasVoiceFor(const QLocale& locale) {
    start();
    if (!m_speech)
        return false;
    const QList<QLocale> locales = m_speech->availableLocales();
    return std::any_of(locales.cbegin(), locales.cend(), [&](const QLocale& available) {
        return available.language() == locale.language();
    });
}

QStringList Narrator::voices() {
    start();
    QStringList names;
    if (m_speech) {
        for (const QVoice& voice : m_speech->availableVoices())
            names << voice.name();
    }
    return names;
}

void Narrator::setLocale(const QLocale& locale) {
    m_locale = locale;
    m_localeSet = true;
    applySettings();
}

void Narrator::setVoice(const QString& name) {
    m_voice = name;
    applySettings();
}

void Narrator::setRate(double rate) {
    m_rate = std::clamp(rate, -1.0, 1.0);
    if (m_speech)
        m_speech->setRate(m_rate);
}

void Narrator::setPitch(double pitch) {
    m_pitch = std::clamp(pitch, -1.0, 1.0);
    if (m_speech)
        m_speech->setPitch(m_pitch);
}

double Narrator::engineVolume(const QString& engine, double volume) {
    // flite's words are levelled to the cue sounds' -6 dBFS peak (flitesynth.h;
    // loudest 50 ms: -12 dBFS for "Breathe in slowly and hold the stretch.";
    // the chimes' -16, the tick's -21). speech-dispatcher with espeak-ng was
    // measured on the virtual sound card with the same sentence (peak,
    // loudest 50 ms): at 1.0 it peaks at 0 dBFS and clips; 0.5: -2.1, -13.9;
    // 0.4: -4.1, -15.9; 0.3: -6.6, -18.5; 0.15: -12.9, -24.6. 0.4 keeps 4 dB
    // of headroom and is as loud as flite within about 4 dB.
    const double gain = outputGain(std::clamp(volume, 0.0, 1.0));
    return engine == u"speechd"_s ? 0.4 * gain : gain;
}

void Narrator::setVolume(double volume) {
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_speech)
        m_speech->setVolume(engineVolume(m_engineName, m_volume));
}

void Narrator::applySettings() {
    if (!m_speech)
        return;
    if (m_localeSet) {
        const QList<QLocale> locales = m_speech->availableLocales();
        // The engine's best locale for the language (de_DE for de_AT...).
        const auto match = std::find_if(locales.cbegin(), locales.cend(), [&](const QLocale& l) {
            return l.language() == m_locale.language() && l.territory() == m_locale.territory();
        });
        const auto sameLanguage =
            match != locales.cend()
                ? match
                : std::find_if(locales.cbegin(), locales.cend(), [&](const QLocale& l) {
                      return l.language() == m_locale.language();
                  });
        m_noVoice = sameLanguage == locales.cend();
        if (!m_noVoice && m_speech->locale() != *sameLanguage)
            m_speech->setLocale(*sameLanguage);
        updateAvailability();
    }
    if (!m_voice.isEmpty()) {
        for (const QVoice& voice : m_speech->availableVoices()) {
            if (voice.name() == m_voice) {
                m_speech->setVoice(voice);
                break;
            }
        }
    }
    m_speech->setRate(m_rate);
    m_speech->setPitch(m_pitch);
    m_speech->setVolume(engineVolume(m_engineName, m_volume));
}

void Narrator::settle() {
    m_busy = false;
    m_sawSpeaking = false;
    if (m_watchdog)
        m_watchdog->stop();
}

void Narrator::onStateChanged(int state) {
    switch (state) {
    case QTextToSpeech::Speaking:
        m_sawSpeaking = true;
        break;
    case QTextToSpeech::Ready:
        if (m_busy && m_sawSpeaking) {
            settle();
            Q_EMIT finished();
        }
        break;
    default:
        break;
    }
}

void Narrator::nothingToSay() {
    // Text with nothing to hear ("…", an emoji): said, at once.
    if (!m_busy)
        return;
    settle();
    Q_EMIT finished();
}

void Narrator::onError(const QString& message) {
    settle();
    m_engineFailed = true;
    m_failure = message;
    if (m_failure.endsWith(u'.'))
        m_failure.chop(1);
    updateAvailability();
}

void Narrator::updateDevice() {
    m_hasDevice = !QMediaDevices::defaultAudioOutput().isNull();
    if (m_hasDevice && m_engineFailed && m_speech) {
        // A device appeared after the engine failed (flite errs without
        // one): start afresh on the next say().
        dropEngine();
        m_engineFailed = false;
    }
    updateAvailability();
}

void Narrator::updateAvailability() {
    const bool available = m_hasDevice && !m_engineFailed && !m_noVoice;
    const QString why = reason();
    if (available == m_available && why == m_reason)
        return;
    m_available = available;
    m_reason = why;
    Q_EMIT availabilityChanged(m_available, m_reason);
}

void Narrator::dropEngine() {
    settle();
    if (!m_speech)
        return;
    m_speech->disconnect(this);
    m_speech->deleteLater();
    m_speech = nullptr;
}

} // namespace limber
