#pragma once

#include "common/clock.h"
#include "session/cue.h"
#include "settings/settings.h"

#include <QObject>
#include <QString>
#include <memory>
#include <vector>

namespace limber {

class CueAnnouncer;
class CueOutput;
class Narrator;
class SoundPlayer;
struct Routine;

// The audio of sessions: the cue sounds, the voice, and the announcer that
// turns the engine's cues into both, set up from Settings and kept in step
// with it (volume, engine, voice, rate, pitch, mode, mute, the interface
// language).
//
// The application makes one with real devices: start() creates a
// SoundPlayer on the bundled sounds and a Narrator (speech engines take a
// while to start, so the window calls it after its first frame). A test
// passes its own CueOutput (RecordingCueOutput) instead, and no device is
// ever made.
class AudioSession : public QObject {
    Q_OBJECT

public:
    explicit AudioSession(Settings& settings, QObject* parent = nullptr);
    AudioSession(Settings& settings, CueOutput& output, NowFunction now = {},
                 QObject* parent = nullptr);
    ~AudioSession() override;

    // Makes the devices (once) and starts the voice when it is wanted. The
    // sounds check their files; nothing waits for a device.
    void start();

    // A session begins: the keys are named again the first time they are needed.
    void beginSession();
    void announce(const std::vector<Cue>& cues, const Routine& routine);
    // Keeps the cue sounds' output open and running while a session runs
    // (SoundPlayer::holdOpen), or lets it rest.
    void holdOutput(bool hold);
    // Drops the rhythm cues waiting for their moment (pause).
    void cancelPending();
    // Drops those and stops what is being said (the session is left).
    void silence();

    // How early rhythm cues should come (the longest latency in use).
    [[nodiscard]] Duration lead() const;
    // Whether the voice will speak (wanted, not muted, able).
    [[nodiscard]] bool voiceSpeaks() const;
    // Whether the cue sounds will be heard (wanted, not muted, a device).
    [[nodiscard]] bool soundsPlay() const;
    // Whether words are being said now.
    [[nodiscard]] bool speaking() const;

    // The devices (for the settings dialog's test buttons and voice list);
    // null before start() and with a test's output.
    [[nodiscard]] SoundPlayer* sounds() const { return m_sounds; }
    [[nodiscard]] Narrator* narrator() const { return m_narrator; }

Q_SIGNALS:
    // Something the person asked to hear cannot be heard, and why: said once
    // for the sounds and once for the voice.
    void notice(const QString& text);
    // The voice, the mode or mute changed: lead() may differ, and a step
    // waiting for its words to end may go on.
    void changed();
    // The voice finished what it was saying (queued: never from inside the
    // engine's own signal).
    void speechFinished();

private:
    void apply(Settings::Key key);
    void followLanguage();
    void showNotice();
    [[nodiscard]] bool wants(Settings::AudioMode a, Settings::AudioMode b) const;

    Settings& m_settings;
    SoundPlayer* m_sounds = nullptr; // children
    Narrator* m_narrator = nullptr;
    std::unique_ptr<CueOutput> m_ownOutput;
    CueOutput* m_output = nullptr;
    std::unique_ptr<CueAnnouncer> m_announcer; // after the output: goes first
    NowFunction m_now;
    bool m_soundNoticeShown = false;
    bool m_speechNoticeShown = false;
};

} // namespace limber
