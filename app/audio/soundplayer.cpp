#include "audio/soundplayer.h"

#include "audio/wavfile.h"

#include <QAudioSink>
#include <QDir>
#include <QMediaDevices>
#include <algorithm>
#include <cstdlib>
#include <utility>

namespace limber {

namespace {

constexpr std::size_t index(CueSound sound) {
    return static_cast<std::size_t>(sound);
}

// The output's buffer. Qt's PulseAudio sink refills it every 20 ms from the
// output thread: it must hold several refills, or a moment that thread
// waits for a core leaves a gap in the middle of a sound. Timed cues are
// placed by the clock, so its length costs no precision, only the hand-over
// time (latency).
constexpr std::chrono::milliseconds bufferLength{200};

// Samples quieter than this (-60 dBFS) at the end of a file are silence.
constexpr int silenceBelow = 33;

void dropTrailingSilence(CueMix::Samples& samples, int channels) {
    auto end = samples.end();
    while (end != samples.begin() && std::abs(static_cast<int>(*(end - 1))) < silenceBelow)
        --end;
    // Whole frames only.
    const auto frames = (end - samples.begin() + channels - 1) / channels;
    samples.resize(static_cast<std::size_t>(frames * channels));
}

QAudioFormat formatOf(const WavInfo& info) {
    QAudioFormat format;
    format.setSampleFormat(QAudioFormat::Int16);
    format.setSampleRate(info.sampleRate);
    format.setChannelCount(info.channels);
    format.setChannelConfig(info.channels == 1 ? QAudioFormat::ChannelConfigMono
                                               : QAudioFormat::ChannelConfigStereo);
    return format;
}

} // namespace

float outputGain(double volume) {
    return QAudio::convertVolume(static_cast<float>(std::clamp(volume, 0.0, 1.0)),
                                 QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}

SoundPlayer::SoundPlayer(QString soundDir, QObject* parent)
    : QObject(parent)
    , m_soundDir(std::move(soundDir))
    , m_mix() {
    m_mix.setMasterGain(outputGain(m_volume));
    m_mix.setOutputDelay(outputDelay);
    m_idle.setSingleShot(true);
    m_idle.setInterval(idleAfter);
    connect(&m_idle, &QTimer::timeout, this, &SoundPlayer::suspendWhenSilent);
}

SoundPlayer::~SoundPlayer() {
    closeOutput();
    m_outputThread.quit();
    m_outputThread.wait(); // deletes the sinks dropped there
    delete m_outputContext;
}

void SoundPlayer::start() {
    if (m_started)
        return;
    m_started = true;
    loadFiles();
    m_devices = new QMediaDevices(this);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SoundPlayer::updateDevice);
    updateDevice();
}

void SoundPlayer::loadFiles() {
    const QDir dir(m_soundDir);
    for (const CueSound sound : allCueSounds) {
        Slot& slot = m_slots[index(sound)];
        const QString name = cueSoundFileName(sound);
        WavSound wav = loadWav(dir.filePath(name));
        if (wav.check && !m_format.isValid()) {
            m_format = formatOf(wav.check.info);
            m_mix.setFormat(m_format.sampleRate(), m_format.channelCount());
        }
        if (!wav.check) {
            slot.check = wav.check;
        } else if (formatOf(wav.check.info) != m_format) {
            slot.otherRate = wav.check.info.sampleRate;
            slot.otherChannels = wav.check.info.channels;
        } else {
            slot.fileOk = true;
            slot.samples = std::move(wav.samples);
            dropTrailingSilence(slot.samples, m_format.channelCount());
        }
    }
}

void SoundPlayer::updateDevice() {
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device != m_device) {
        closeOutput();
        m_device = device;
        m_outputFailed = false;
    }
    setNotice();
}

bool SoundPlayer::openOutput() {
    if (m_sink)
        return true;
    if (m_device.isNull() || !m_format.isValid())
        return false;
    if (!m_outputThread.isRunning()) {
        m_outputThread.setObjectName(QStringLiteral("limber-cues"));
        m_outputThread.start(QThread::TimeCriticalPriority);
        if (!m_outputContext) {
            m_outputContext = new QObject;
            m_outputContext->moveToThread(&m_outputThread);
        }
    }
    QAudioSink* sink = nullptr;
    QAudio::Error error = QAudio::NoError;
    QMetaObject::invokeMethod(
        m_outputContext,
        [&] {
            sink = new QAudioSink(m_device, m_format);
            sink->setBufferSize(static_cast<qsizetype>(
                m_format.bytesForDuration(std::chrono::microseconds(bufferLength).count())));
            // PulseAudio reports some states from its own thread: they
            // arrive queued here, and then queued to the GUI thread,
            // possibly after this sink was dropped.
            connect(sink, &QAudioSink::stateChanged, sink, [this, sink](QAudio::State state) {
                const QAudio::Error failure = sink->error();
                QMetaObject::invokeMethod(
                    this,
                    [this, sink, state, failure] {
                        if (sink == m_sink)
                            onSinkState(state, failure);
                    },
                    Qt::QueuedConnection);
            });
            sink->start(&m_mix);
            error = sink->error();
        },
        Qt::BlockingQueuedConnection);
    m_sink = sink;
    m_suspended = false;
    if (error != QAudio::NoError)
        onSinkState(QAudio::StoppedState, error);
    m_outputFailed = m_sink == nullptr;
    setNotice();
    return m_sink != nullptr;
}

void SoundPlayer::closeOutput() {
    m_idle.stop();
    m_mix.stopAll();
    if (!m_sink)
        return;
    QAudioSink* sink = std::exchange(m_sink, nullptr);
    QMetaObject::invokeMethod(
        m_outputContext,
        [sink] {
            sink->disconnect();
            sink->stop();
            sink->deleteLater();
        },
        Qt::BlockingQueuedConnection);
}

void SoundPlayer::onSinkState(QAudio::State state, QAudio::Error error) {
    if (!m_sink || state != QAudio::StoppedState || error == QAudio::NoError)
        return;
    // The output failed (the sound server went away): drop it; the next
    // play() tries a new one.
    closeOutput();
    m_outputFailed = true;
    setNotice();
}

void SoundPlayer::holdOpen(bool hold) {
    m_holdOpen = hold;
    if (!hold) {
        if (m_sink)
            m_idle.start();
        return;
    }
    start();
    if (!openOutput())
        return;
    m_idle.stop();
    if (m_suspended) {
        m_suspended = false;
        QMetaObject::invokeMethod(m_outputContext, [sink = m_sink] { sink->resume(); });
    }
}

void SoundPlayer::suspendWhenSilent() {
    if (!m_sink || m_holdOpen)
        return;
    if (!m_mix.silent()) {
        m_idle.start();
        return;
    }
    m_suspended = true;
    QMetaObject::invokeMethod(m_outputContext, [sink = m_sink] { sink->suspend(); });
}

QString SoundPlayer::noticeText() const {
    if (!m_started)
        return {};
    QStringList problems;
    if (m_device.isNull())
        problems << tr("No audio output device: cues are shown, not heard.");
    else if (m_outputFailed)
        problems << tr("The audio output failed: cues are shown, not heard.");
    for (const CueSound sound : allCueSounds) {
        const Slot& slot = m_slots[index(sound)];
        if (slot.fileOk)
            continue;
        const QString name = cueSoundFileName(sound);
        if (slot.check.why) {
            problems << tr("The sound %1 %2.").arg(name, slot.check.reason());
        } else if (slot.otherRate > 0) {
            problems << tr("The sound %1 has another format than the other sounds (%2 Hz, "
                           "%n channel(s)).",
                           nullptr, slot.otherChannels)
                            .arg(name)
                            .arg(slot.otherRate);
        }
    }
    return problems.join(u' ');
}

void SoundPlayer::setNotice() {
    QString notice = noticeText();
    const bool available = notice.isEmpty() && m_started;
    if (available == m_available && notice == m_notice)
        return;
    m_available = available;
    m_notice = std::move(notice);
    Q_EMIT availabilityChanged(m_available, m_notice);
}

void SoundPlayer::play(CueSound sound, float gain, std::optional<Clock::time_point> at) {
    start();
    const Slot& slot = m_slots[index(sound)];
    if (!slot.fileOk || !openOutput())
        return;
    if (m_suspended) {
        m_suspended = false;
        QMetaObject::invokeMethod(m_outputContext, [sink = m_sink] { sink->resume(); });
    }
    m_mix.play(slot.samples, std::clamp(gain, 0.0F, 1.0F), at);
    m_idle.start();
}

bool SoundPlayer::available() const {
    return m_available;
}

bool SoundPlayer::canPlay(CueSound sound) const {
    return m_started && !m_device.isNull() && m_slots[index(sound)].fileOk;
}

QString SoundPlayer::notice() const {
    // Worded when asked, so it reads in the language of the moment.
    return noticeText();
}

std::chrono::milliseconds SoundPlayer::length(CueSound sound) const {
    const Slot& slot = m_slots[index(sound)];
    if (!slot.fileOk || !m_format.isValid())
        return std::chrono::milliseconds{0};
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::microseconds(
        m_format.durationForBytes(static_cast<qint32>(slot.samples.size() * sizeof(qint16)))));
}

void SoundPlayer::setVolume(double volume) {
    m_volume = std::clamp(volume, 0.0, 1.0);
    m_mix.setMasterGain(outputGain(m_volume));
}

double SoundPlayer::volume() const {
    return m_volume;
}

} // namespace limber
