#pragma once

#include "audio/cuesound.h"

#include <QObject>
#include <QString>
#include <array>
#include <chrono>

class QMediaDevices;
class QSoundEffect;

namespace limber {

// Plays the cue sounds: one QSoundEffect per CueSound, made on start() (or
// the first play()) from the WAVs in a folder.
//
// Never blocks and never waits for a sound to finish. Designed around Qt
// 6.4.2's QSoundEffect (see the platform notes, "Audio"):
//   - each file goes through checkWav() first; a file that fails is never
//     given to Qt (QSoundEffect would stay Loading forever, and deleting any
//     QSoundEffect after that deadlocks). Its sound stays silent and
//     notice() says why;
//   - with no audio output device, QSoundEffect::play() "plays" forever, so
//     no effect is made until a device exists; audioOutputsChanged brings a
//     device that appears later into use;
//   - nothing here looks at playingChanged.
// When available() is false the front end shows visual cues instead.
// The output gain for a volume setting (0..1, as the ear hears it): sounds
// and voice both go through this, so the voice is not louder than the cues.
[[nodiscard]] float outputGain(double volume);

class SoundPlayer : public QObject {
    Q_OBJECT

public:
    // From play() to the sound at the speakers, the median measured by
    // scripts/audio-latency on a pipe sink (median 42 ms).
    static constexpr std::chrono::milliseconds latency{40};

    // `soundDir` holds the files named by cueSoundFileName().
    explicit SoundPlayer(QString soundDir, QObject* parent = nullptr);
    ~SoundPlayer() override;

    // Checks the files and, when there is an output device, makes the
    // effects (they load in the background). Idempotent; play() calls it.
    void start();

    // Plays a sound now, from its start (a sound still playing restarts).
    // Does nothing when that sound is not playable.
    void play(CueSound sound);

    // An output device exists and every file passed the check.
    [[nodiscard]] bool available() const;
    // This sound can be heard (its file passed, a device exists).
    [[nodiscard]] bool canPlay(CueSound sound) const;
    // Why not everything can be heard, for people (translated); empty when
    // available(). Known after start().
    [[nodiscard]] QString notice() const;

    // 0..1 as on a volume slider: perceptual, converted to linear gain.
    void setVolume(double volume);
    [[nodiscard]] double volume() const;

Q_SIGNALS:
    // available() or notice() changed (after start(), or a device came or went).
    void availabilityChanged(bool available, const QString& notice);

private:
    void checkFiles();
    void updateDevice();
    void makeEffects();
    void setNotice();

    struct Slot {
        QSoundEffect* effect = nullptr; // owned through QObject parent; never deleted early
        bool fileOk = false;
        QString problem; // the check's reason when !fileOk
    };

    QString m_soundDir;
    std::array<Slot, allCueSounds.size()> m_slots{};
    QMediaDevices* m_devices = nullptr;
    bool m_started = false;
    bool m_hasDevice = false;
    double m_volume = 1.0;
    bool m_available = false;
    QString m_notice;
};

} // namespace limber
