#pragma once

#include "audio/cueoutput.h"
#include "audio/cuesound.h"
#include "common/clock.h"
#include "session/cue.h"
#include "settings/settings.h"

#include <QObject>
#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace limber {

struct Routine;

// The sound a cue plays, as a file to play; nullopt for Sound::None.
// Core's Sound says what a cue means; CueSound names the file. A tick on a
// counted rep is the rep pluck, every other tick the countdown tick.
[[nodiscard]] std::optional<CueSound> cueSoundFor(Sound sound, CueKind kind);

// How a cue's words are said (see SpeechKind).
[[nodiscard]] SpeechKind speechKindFor(CueKind kind);

// Turns the engine's cues into sounds and speech, per the audio mode and
// mute in Settings:
//   - sounds (SoundsOnly, VoiceAndSounds): the mapped CueSound of each cue;
//   - voice (VoiceOnly, VoiceAndSounds): CueWords::text of each cue. The
//     words of one batch that are not prompts are said as one utterance:
//     as narration (a new step interrupts stale speech) when one of them is
//     narration, else as a hint (said only when idle). Rhythm words
//     (countdown numbers, breaths, counted reps) are prompts, each at its
//     scheduled time: dropped when late or when speech is busy;
//   - when the voice is wanted but cannot speak (no engine, no voice for
//     the language), the sounds play in its place;
//   - Off, or muted: nothing. Muting, or turning the voice off, stops
//     speech at once;
//   - a chime whose moment also has words is played under them
//     (SoundLevel::UnderSpeech), so every word stands clear of it; ticks
//     (on the countdown's seconds) play in full;
//   - the first step of a session that waits for the person, and the first
//     "once more, or done?", also say which key to press.
//
// Rhythm cues (isRhythmCue) may arrive before they are due (see
// SessionController::audibleCues): each output is then started its latency
// before the cue's time, so "3, 2, 1" and the ticks land on the seconds.
class CueAnnouncer : public QObject {
    Q_OBJECT

public:
    // `now` is the steady clock unless a test passes its own.
    CueAnnouncer(CueOutput& output, Settings& settings, NowFunction now = {},
                 QObject* parent = nullptr);

    // A new session: the keys are named again the first time they are needed.
    void beginSession();
    void announce(const std::vector<Cue>& cues, const Routine& routine);
    // Drops the rhythm cues waiting for their moment (pause, stop, mute).
    void cancelPending();

    // The longest output latency in use: how early rhythm cues should come.
    [[nodiscard]] Duration lead() const;

private:
    enum class KeyHint { Next, AgainOrDone, Count };

    // The cue's words, with the key to press the first time it is needed.
    [[nodiscard]] QString wordsFor(const Cue& cue, const Routine& routine);
    void onSettingChanged(Settings::Key key);
    [[nodiscard]] bool soundsOn() const;
    [[nodiscard]] bool voiceOn() const;
    // Runs `output` at `due` minus `latency`, or now when that has passed.
    void at(TimePoint due, std::chrono::milliseconds latency, std::function<void()> output);

    CueOutput& m_output;
    Settings& m_settings;
    NowFunction m_now;
    int m_generation = 0; // cancelPending() makes the waiting outputs stale
    std::array<bool, static_cast<std::size_t>(KeyHint::Count)> m_keysSaid{};
};

} // namespace limber
