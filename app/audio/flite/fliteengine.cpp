#include "audio/flite/fliteengine.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <algorithm>
#include <cstring>
#include <limits>

namespace limber {

using namespace std::chrono_literals;

namespace {
// A sink whose played time never reaches the utterance's length (a stalled
// server) is given up on this long after that length.
constexpr auto sinkGrace = 3s;
// Checks of the played time no closer together than this.
constexpr auto pollFloor = 10ms;

// The speech, then silence for as long as it is read. Qt 6.4's PulseAudio
// sink, when its source runs dry, asks the server to drain the stream with
// itself as the callback's target, and that callback can come after the
// sink is deleted: a crash in PulseAudio's thread (seen once in about ten
// minutes of narration). A source that never runs dry never starts that
// drain; the engine stops the sink once the speech has been heard, and
// stopping drains with no target.
class SpeechSource : public QIODevice {
public:
    SpeechSource(QByteArray samples, QObject* parent)
        : QIODevice(parent)
        , m_samples(std::move(samples)) {}
    [[nodiscard]] bool isSequential() const override { return true; }
    [[nodiscard]] qint64 bytesAvailable() const override {
        return std::numeric_limits<int>::max() + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override {
        const qint64 left = std::max<qint64>(m_samples.size() - m_position, 0);
        const qint64 speech = std::min(left, maxSize);
        std::memcpy(data, m_samples.constData() + m_position, static_cast<std::size_t>(speech));
        std::memset(data + speech, 0, static_cast<std::size_t>(maxSize - speech));
        m_position += speech;
        return maxSize;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_samples;
    qint64 m_position = 0;
};

const QLocale fliteLocale(QLocale::English, QLocale::UnitedStates);
} // namespace

FliteEngine::FliteEngine(QObject* parent)
    : QTextToSpeechEngine(parent) {
    m_renderer.setMaxThreadCount(1);
    m_renderer.setObjectName(QStringLiteral("flite"));
    m_tail.setSingleShot(true);
    connect(&m_tail, &QTimer::timeout, this, &FliteEngine::checkHeard);
    m_voice = availableVoices().constFirst();
}

FliteEngine::~FliteEngine() {
    ++m_utterance;
    m_renderer.clear();
    m_renderer.waitForDone();
    if (m_sink) {
        // Now, not later: destroying a PulseAudio sink runs queued events,
        // which must not reach this half-destroyed engine.
        m_sink->disconnect(this);
        delete m_sink;
        m_sink = nullptr;
    }
}

QList<QLocale> FliteEngine::availableLocales() const {
    return {fliteLocale};
}

QList<QVoice> FliteEngine::availableVoices() const {
    QList<QVoice> voices;
    for (const QString& name : fliteVoiceNames())
        voices << createVoice(name, fliteLocale,
                              fliteVoiceIsFemale(name) ? QVoice::Female : QVoice::Male,
                              QVoice::Adult, name);
    return voices;
}

void FliteEngine::say(const QString& text) {
    stop(QTextToSpeech::BoundaryHint::Immediate);
    m_errorReason = QTextToSpeech::ErrorReason::NoError;
    m_errorString.clear();
    if (text.trimmed().isEmpty())
        return;
    if (QMediaDevices::defaultAudioOutput().isNull()) {
        fail(QTextToSpeech::ErrorReason::Playback, tr("No audio output device"));
        return;
    }
    const quint64 utterance = ++m_utterance;
    const QString voice = voiceData(m_voice).toString();
    const double rate = m_rate;
    const double pitch = m_pitch;
    m_renderer.start([this, utterance, text, voice, rate, pitch] {
        FliteSpeech speech = fliteSynthesize(text, voice, rate, pitch);
        // Queued: runs on this object's thread, or never if it is gone
        // (the destructor waits for this task first).
        QMetaObject::invokeMethod(
            this, [this, utterance, speech = std::move(speech)] { play(utterance, speech); },
            Qt::QueuedConnection);
    });
}

void FliteEngine::play(quint64 utterance, const FliteSpeech& speech) {
    if (utterance != m_utterance)
        return; // stopped, or another say() came since
    if (speech.isEmpty()) {
        fail(QTextToSpeech::ErrorReason::Input, tr("flite could not render the text"));
        return;
    }
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Int16);
    format.setSampleRate(speech.sampleRate);
    format.setChannelCount(1);
    format.setChannelConfig(QAudioFormat::ChannelConfigMono);
    if (device.isNull()) {
        fail(QTextToSpeech::ErrorReason::Playback, tr("No audio output device"));
        return;
    }
    if (!device.isFormatSupported(format)) {
        fail(QTextToSpeech::ErrorReason::Playback, tr("The audio output did not start"));
        return;
    }
    m_sink = new QAudioSink(device, format, this);
    m_sink->setVolume(m_volume);
    // PulseAudio reports some states from its own thread: they arrive queued,
    // possibly after this sink was dropped and another made.
    connect(m_sink, &QAudioSink::stateChanged, this, [this, utterance](QAudio::State state) {
        if (utterance == m_utterance)
            onSinkState(state);
    });
    auto* source = new SpeechSource(speech.samples, m_sink);
    source->open(QIODevice::ReadOnly);
    m_length = speech.duration();
    m_giveUpAt = Clock::now() + m_length + sinkGrace;
    m_tail.start(m_length);
    m_sink->start(source);
    // A sink that cannot open (the sound server went away since the last
    // word) reports Stopped from inside start(): already failed and dropped.
    if (!m_sink || utterance != m_utterance)
        return;
    if (m_sink->error() != QAudio::NoError)
        fail(QTextToSpeech::ErrorReason::Playback, tr("The audio output did not start"));
}

void FliteEngine::onSinkState(QAudio::State state) {
    if (!m_sink)
        return;
    switch (state) {
    case QAudio::ActiveState:
        if (m_state != QTextToSpeech::Paused)
            setState(QTextToSpeech::Speaking);
        break;
    case QAudio::IdleState: // an underrun: the source never runs dry
        break;
    case QAudio::StoppedState:
        if (m_sink->error() != QAudio::NoError)
            fail(QTextToSpeech::ErrorReason::Playback, tr("The audio output failed"));
        break;
    case QAudio::SuspendedState:
        break;
    }
}

void FliteEngine::checkHeard() {
    if (!m_sink)
        return;
    const auto heard = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::microseconds{m_sink->processedUSecs()});
    if (heard < m_length && Clock::now() < m_giveUpAt) {
        m_tail.start(std::max(m_length - heard, std::chrono::milliseconds{pollFloor}));
        return;
    }
    dropSink();
    setState(QTextToSpeech::Ready);
}

void FliteEngine::stop(QTextToSpeech::BoundaryHint) {
    ++m_utterance;
    m_renderer.clear(); // texts not yet rendered are not wanted any more
    m_tail.stop();
    dropSink();
    if (m_state == QTextToSpeech::Speaking || m_state == QTextToSpeech::Paused)
        setState(QTextToSpeech::Ready);
}

void FliteEngine::pause(QTextToSpeech::BoundaryHint) {
    if (m_state != QTextToSpeech::Speaking || !m_sink)
        return;
    m_sink->suspend();
    m_tail.stop();
    setState(QTextToSpeech::Paused);
}

void FliteEngine::resume() {
    if (m_state != QTextToSpeech::Paused || !m_sink)
        return;
    m_sink->resume();
    setState(QTextToSpeech::Speaking);
    const auto heard = std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::microseconds{m_sink->processedUSecs()});
    const auto left = std::max(m_length - heard, std::chrono::milliseconds{pollFloor});
    m_giveUpAt = Clock::now() + left + sinkGrace;
    m_tail.start(left);
}

bool FliteEngine::setRate(double rate) {
    m_rate = std::clamp(rate, -1.0, 1.0);
    return true;
}

bool FliteEngine::setPitch(double pitch) {
    m_pitch = std::clamp(pitch, -1.0, 1.0);
    return true;
}

QLocale FliteEngine::locale() const {
    return fliteLocale;
}

bool FliteEngine::setLocale(const QLocale& locale) {
    return locale.language() == fliteLocale.language();
}

bool FliteEngine::setVolume(double volume) {
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
    return true;
}

bool FliteEngine::setVoice(const QVoice& voice) {
    if (!fliteVoiceNames().contains(voiceData(voice).toString()))
        return false;
    m_voice = voice;
    return true;
}

void FliteEngine::dropSink() {
    if (!m_sink)
        return;
    m_sink->disconnect(this);
    m_sink->stop();
    m_sink->setParent(nullptr);
    m_sink->deleteLater();
    m_sink = nullptr;
}

void FliteEngine::setState(QTextToSpeech::State state) {
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void FliteEngine::fail(QTextToSpeech::ErrorReason reason, const QString& message) {
    ++m_utterance;
    m_tail.stop();
    dropSink();
    m_errorReason = reason;
    m_errorString = message;
    setState(QTextToSpeech::Error);
    Q_EMIT errorOccurred(reason, message);
}

} // namespace limber
