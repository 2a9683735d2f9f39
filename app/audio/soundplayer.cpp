#include "audio/soundplayer.h"

#include "audio/wavfile.h"

#include <QAudioDevice>
#include <QDir>
#include <QMediaDevices>
#include <QSoundEffect>
#include <QUrl>
#include <QtMultimedia/qaudio.h>
#include <algorithm>

namespace limber {

using namespace Qt::StringLiterals;

namespace {
constexpr std::size_t index(CueSound sound) {
    return static_cast<std::size_t>(sound);
}
} // namespace

SoundPlayer::SoundPlayer(QString soundDir, QObject* parent)
    : QObject(parent)
    , m_soundDir(std::move(soundDir)) {}

// The effects are children of this object. Only files that passed checkWav()
// were given to them, so none can be stuck Loading, and deleting them is safe.
SoundPlayer::~SoundPlayer() = default;

void SoundPlayer::start() {
    if (m_started)
        return;
    m_started = true;
    checkFiles();
    m_devices = new QMediaDevices(this);
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this, &SoundPlayer::updateDevice);
    updateDevice();
}

void SoundPlayer::checkFiles() {
    const QDir dir(m_soundDir);
    for (const CueSound sound : allCueSounds) {
        Slot& slot = m_slots[index(sound)];
        const QString name = cueSoundFileName(sound);
        const WavCheck check = checkWav(dir.filePath(name));
        slot.fileOk = check.ok;
        if (!check.ok)
            slot.problem = tr("The sound %1 %2.").arg(name, check.reason);
    }
}

void SoundPlayer::updateDevice() {
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    m_hasDevice = !device.isNull();
    if (m_hasDevice) {
        makeEffects();
        for (const Slot& slot : m_slots) {
            if (slot.effect)
                slot.effect->setAudioDevice(device);
        }
    }
    setNotice();
}

float outputGain(double volume) {
    return QAudio::convertVolume(static_cast<float>(std::clamp(volume, 0.0, 1.0)),
                                 QAudio::LogarithmicVolumeScale, QAudio::LinearVolumeScale);
}

void SoundPlayer::makeEffects() {
    const QDir dir(m_soundDir);
    const float gain = outputGain(m_volume);
    for (const CueSound sound : allCueSounds) {
        Slot& slot = m_slots[index(sound)];
        if (slot.effect || !slot.fileOk)
            continue;
        slot.effect = new QSoundEffect(QMediaDevices::defaultAudioOutput(), this);
        slot.effect->setVolume(gain);
        slot.effect->setSource(QUrl::fromLocalFile(dir.filePath(cueSoundFileName(sound))));
    }
}

void SoundPlayer::setNotice() {
    QStringList problems;
    if (!m_hasDevice)
        problems << tr("No audio output device: cues are shown, not heard.");
    for (const Slot& slot : m_slots) {
        if (!slot.fileOk)
            problems << slot.problem;
    }
    const bool available = problems.isEmpty();
    QString notice = problems.join(u' ');
    if (available == m_available && notice == m_notice)
        return;
    m_available = available;
    m_notice = std::move(notice);
    Q_EMIT availabilityChanged(m_available, m_notice);
}

void SoundPlayer::play(CueSound sound) {
    start();
    if (!canPlay(sound))
        return;
    QSoundEffect* effect = m_slots[index(sound)].effect;
    // A sound still ringing restarts from the beginning: stop() then play().
    if (effect->isPlaying())
        effect->stop();
    effect->play();
}

bool SoundPlayer::available() const {
    return m_available;
}

bool SoundPlayer::canPlay(CueSound sound) const {
    const Slot& slot = m_slots[index(sound)];
    return m_hasDevice && slot.fileOk && slot.effect != nullptr;
}

QString SoundPlayer::notice() const {
    return m_notice;
}

void SoundPlayer::setVolume(double volume) {
    m_volume = std::clamp(volume, 0.0, 1.0);
    const float gain = outputGain(m_volume);
    for (const Slot& slot : m_slots) {
        if (slot.effect)
            slot.effect->setVolume(gain);
    }
}

double SoundPlayer::volume() const {
    return m_volume;
}

} // namespace limber
