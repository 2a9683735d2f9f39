#pragma once

#include "cue.h"
#include "cueoutput.h"
#include "cuesound.h"

#include <QObject>
#include <optional>
#include <vector>

namespace limber {

class Settings;
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
//   - Off, or muted: nothing. Muting, or turning the voice off, stops
//     speech at once.
class CueAnnouncer : public QObject {
    Q_OBJECT

public:
    CueAnnouncer(CueOutput& output, Settings& settings, QObject* parent = nullptr);

    void announce(const std::vector<Cue>& cues, const Routine& routine);

private:
    void onSettingChanged(const QString& key);
    [[nodiscard]] bool soundsOn() const;
    [[nodiscard]] bool voiceOn() const;

    CueOutput& m_output;
    Settings& m_settings;
};

} // namespace limber
