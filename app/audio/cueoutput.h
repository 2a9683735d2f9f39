#pragma once

#include "audio/cuesound.h"
#include "audio/timedwords.h"

#include <QString>
#include <QStringList>
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

// How loud a cue sound plays.
enum class SoundLevel {
    Full,        // nothing is said with it
    UnderSpeech, // words are said at the same moment: the sound is ducked so they stand clear
};

// Where the front end sends sounds and speech: QtCueOutput in the app,
// RecordingCueOutput (tests/app/recordingcueoutput.h) in tests.
class CueOutput {
public:
    virtual ~CueOutput() = default;

    // `due`: when the sound should be heard (started that much later than
    // now, to the sample; at once when it has passed).
    virtual void playSound(CueSound sound, SoundLevel level,
                           std::chrono::steady_clock::time_point due) = 0;
    // `scheduled` is when the cue was due (the engine's Cue::when); only
    // prompts use it.
    virtual void say(const QString& text, SpeechKind kind,
                     std::chrono::steady_clock::time_point scheduled) = 0;
    virtual void stopSpeech() = 0;
    // Words that will be said as prompts, to make ready ahead (the real
    // output renders them: TimedWords). Nothing to do by default.
    virtual void prepareWords(const QStringList& words);

    // False: show the cue instead (no device, broken file, no speech engine).
    [[nodiscard]] virtual bool soundAvailable() const = 0;
    [[nodiscard]] virtual bool speechAvailable() const = 0;

    // How long before a timed cue is due it must be handed to playSound()
    // or say() so that it lands on time.
    [[nodiscard]] virtual std::chrono::milliseconds soundLatency() const = 0;
    [[nodiscard]] virtual std::chrono::milliseconds speechLatency() const = 0;

protected:
    CueOutput() = default;
    CueOutput(const CueOutput&) = default;
    CueOutput& operator=(const CueOutput&) = default;
};

// The real thing: a SoundPlayer and a Narrator, owned by the caller. Prompts
// go through TimedWords; a hint is not said while a prompt is heard, and
// narration silences one.
class QtCueOutput final : public CueOutput {
public:
    QtCueOutput(SoundPlayer& sounds, Narrator& narrator);

    void playSound(CueSound sound, SoundLevel level,
                   std::chrono::steady_clock::time_point due) override;
    void say(const QString& text, SpeechKind kind,
             std::chrono::steady_clock::time_point scheduled) override;
    void stopSpeech() override;
    void prepareWords(const QStringList& words) override;
    [[nodiscard]] bool soundAvailable() const override;
    [[nodiscard]] bool speechAvailable() const override;
    [[nodiscard]] std::chrono::milliseconds soundLatency() const override;
    [[nodiscard]] std::chrono::milliseconds speechLatency() const override;

private:
    SoundPlayer& m_sounds;
    Narrator& m_narrator;
    TimedWords m_timed;
};

} // namespace limber
