#pragma once

#include "audio/cuesound.h"

#include <QString>
#include <chrono>

namespace limber {

class Narrator;
class SoundPlayer;

// How a spoken cue treats what is already being said.
enum class SpeechKind {
    Narration, // a new step's words: interrupts stale speech
    Hint,      // said only if nothing else is being said ("next up...")
    Prompt,    // timed (countdown numbers): dropped if late or if speech is busy
};

// Where the front end sends sounds and speech: QtCueOutput in the app,
// RecordingCueOutput (tests/app/recordingcueoutput.h) in tests.
class CueOutput {
public:
    virtual ~CueOutput() = default;

    virtual void playSound(CueSound sound) = 0;
    // `scheduled` is when the cue was due (the engine's Cue::when); only
    // prompts use it.
    virtual void say(const QString& text, SpeechKind kind,
                     std::chrono::steady_clock::time_point scheduled) = 0;
    virtual void stopSpeech() = 0;

    // False: show the cue instead (no device, broken file, no speech engine).
    [[nodiscard]] virtual bool soundAvailable() const = 0;
    [[nodiscard]] virtual bool speechAvailable() const = 0;

    // How long after playSound()/say() the sound reaches the speakers: a
    // timed cue is started this much before it is due, so it lands on time.
    [[nodiscard]] virtual std::chrono::milliseconds soundLatency() const = 0;
    [[nodiscard]] virtual std::chrono::milliseconds speechLatency() const = 0;

protected:
    CueOutput() = default;
    CueOutput(const CueOutput&) = default;
    CueOutput& operator=(const CueOutput&) = default;
};

// The real thing: a SoundPlayer and a Narrator, owned by the caller.
class QtCueOutput final : public CueOutput {
public:
    QtCueOutput(SoundPlayer& sounds, Narrator& narrator);

    void playSound(CueSound sound) override;
    void say(const QString& text, SpeechKind kind,
             std::chrono::steady_clock::time_point scheduled) override;
    void stopSpeech() override;
    [[nodiscard]] bool soundAvailable() const override;
    [[nodiscard]] bool speechAvailable() const override;
    [[nodiscard]] std::chrono::milliseconds soundLatency() const override;
    [[nodiscard]] std::chrono::milliseconds speechLatency() const override;

private:
    SoundPlayer& m_sounds;
    Narrator& m_narrator;
};

} // namespace limber
