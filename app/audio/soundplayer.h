#pragma once

#include "audio/cuemix.h"
#include "audio/cuesound.h"
#include "audio/wavfile.h"

#include <QAudio>
#include <QAudioDevice>
#include <QAudioFormat>
#include <QObject>
#include <QString>
#include <QThread>
#include <QTimer>
#include <array>
#include <chrono>
#include <optional>

class QAudioSink;
class QMediaDevices;

namespace limber {

// The output gain for a volume setting (0..1, as the ear hears it): sounds
// and voice both go through this, so the voice is not louder than the cues.
[[nodiscard]] float outputGain(double volume);

// Plays the cue sounds through one audio output that lives as long as the
// player: a QAudioSink in pull mode reading a CueMix, which mixes the sounds
// that are playing and gives silence between them.
//
// Why not QSoundEffect: in Qt 6.4.2 a QSoundEffect reuses one QAudioSink and
// restarts it for every play(); on PulseAudio each restart asks for a buffer
// a quarter smaller than the last (measured: 12790, 8160, 5846 ... 114
// bytes), and once it is below ~1.4 KB the sink never pulls again. The
// effect then reports "playing" forever and every later play() is silent:
// about 11 plays a sound, then nothing (issue 18; notes in
// docs/audio.md). Here a sink is started once and never restarted; a new
// device gets a new sink.
//
// The sink lives on a thread of its own ("limber-cues"), where Qt's
// PulseAudio backend refills it every 20 ms: a GUI thread busy for longer
// than the sink's buffer (a page being laid out, a database write, a
// loaded machine) would otherwise leave the sound server with nothing to
// play, and the sounds playing then would be cut by digital silence
// (measured: a 64 ms dropout inside a bell in the 200-plays test while the
// GUI thread refilled the sink). The GUI thread only hands sounds to the
// mix, which is guarded by its own mutex.
//
// Never blocks and never waits for a sound to finish:
//   - every file goes through checkWav(); a file that fails stays silent and
//     notice() says why. All files must share one format (the output's);
//   - with no audio output device nothing is opened and available() is
//     false; audioOutputsChanged brings a device that appears later into
//     use. A sink that fails (the sound server went away) is dropped,
//     available() turns false with a notice, and the next play() tries a
//     new one;
//   - after a few seconds of silence the sink is suspended, so waiting
//     costs no CPU; play() resumes it.
// When available() is false the front end shows visual cues instead.
class SoundPlayer : public QObject {
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    // From a read of the mix to the speakers (CueMix::setOutputDelay), as
    // measured on a pipe sink by scripts/audio-latency.
    static constexpr std::chrono::milliseconds outputDelay{145};
    // How long before it is due a timed sound must be handed over: the
    // output's delay and one 20 ms block of the sink's pulling, and margin.
    static constexpr std::chrono::milliseconds latency{250};
    // A chime played under speech is this much quieter (-18 dB), so a word
    // said with it stands at least 10 dB clear of it (see CueAnnouncer).
    // flite's words and the chimes both peak at -6 dBFS, but a breath tone
    // rings as long as "Breathe in" and evenly: at -9 dB the whole-routine
    // recording measured those words only 3-4 dB above their tones over
    // their overlap (and "Hold" 9.3 dB above its chime).
    static constexpr float underSpeechGain = 0.126F;
    // Silence this long suspends the output.
    static constexpr std::chrono::milliseconds idleAfter{3000};

    // `soundDir` holds the files named by cueSoundFileName().
    explicit SoundPlayer(QString soundDir, QObject* parent = nullptr);
    ~SoundPlayer() override;

    // Checks and loads the files and looks for an output device. Idempotent;
    // play() calls it.
    void start();

    // Plays a sound from its start (a sound still playing restarts) at
    // `gain` (1: full; underSpeechGain under a spoken word): as soon as it
    // can, or so that it is heard at `at` (to the sample, when handed over
    // at least `latency` before). Does nothing when that sound is not
    // playable.
    void play(CueSound sound, float gain = 1.0F, std::optional<Clock::time_point> at = {});

    // While held, the output stays open and running through silences (a
    // session): a stream's first reads fill an empty sink, and a timed
    // sound placed in them was heard up to 86 ms early (the first play of
    // the 200-plays test), so a session opens the output before its first
    // cue and keeps it until it is paused or left. Released, the output is
    // suspended after `idleAfter` of silence again.
    void holdOpen(bool hold);

    // An output device exists, the output works and every file passed.
    [[nodiscard]] bool available() const;
    // This sound can be heard (its file passed, an output exists).
    [[nodiscard]] bool canPlay(CueSound sound) const;
    // Why not everything can be heard, for people (translated); empty when
    // available(). Known after start().
    [[nodiscard]] QString notice() const;
    // How long a sound rings (its file without the silence at its end);
    // zero for a sound that cannot play.
    [[nodiscard]] std::chrono::milliseconds length(CueSound sound) const;

    // 0..1 as on a volume slider: perceptual, converted to linear gain.
    void setVolume(double volume);
    [[nodiscard]] double volume() const;

Q_SIGNALS:
    // available() or notice() changed (after start(), or a device came or went).
    void availabilityChanged(bool available, const QString& notice);

private:
    void loadFiles();
    void updateDevice();
    bool openOutput();
    void closeOutput();
    void onSinkState(QAudio::State state, QAudio::Error error);
    void suspendWhenSilent();
    void setNotice();
    // notice() worded now, in the interface's language of the moment.
    [[nodiscard]] QString noticeText() const;

    struct Slot {
        CueMix::Samples samples; // trailing silence removed
        bool fileOk = false;
        // Why not, when !fileOk: the file's check failed, or it passed with
        // another format than the others (its rate and channels).
        WavCheck check;
        int otherRate = 0;
        int otherChannels = 0;
    };

    QString m_soundDir;
    std::array<Slot, allCueSounds.size()> m_slots{};
    QAudioFormat m_format;
    QMediaDevices* m_devices = nullptr;
    QAudioDevice m_device;
    // Started with the first output; the sink is made, suspended, resumed
    // and deleted there (through m_outputContext), never touched from here.
    QThread m_outputThread;
    QObject* m_outputContext = nullptr; // lives in m_outputThread
    QAudioSink* m_sink = nullptr;       // started once; replaced, never restarted
    bool m_suspended = false;
    bool m_holdOpen = false;
    CueMix m_mix;
    QTimer m_idle;
    bool m_started = false;
    bool m_outputFailed = false;
    double m_volume = 1.0;
    bool m_available = false;
    QString m_notice; // as last announced by availabilityChanged
};

} // namespace limber
