#pragma once

#include "audio/cuemix.h"
#include "common/clock.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <chrono>
#include <memory>

namespace limber {

class Narrator;
class SoundPlayer;

// Says the words that belong to a second ("Get ready", the countdown
// numbers, "Breathe in", the reps counted) on that second, as the tick is.
//
// The flite engine makes a new audio stream for every utterance: under load
// that took up to 170 ms to start, against the 60 ms it is given, and the
// whole-routine recording heard the numbers 9 to 75 ms after their second
// (8 of 57 within 25 ms) while the ticks were on it. So, for flite, these
// words are rendered ahead (prepare(), on a worker thread, with the
// narrator's voice, rate and pitch, at the cue sounds' rate) and played
// through the cue sounds' output, placed on its stream's clock like a timed
// sound: handed over SoundPlayer::latency before their second, and started
// so that their first sound (an unvoiced "th" included) is heard on it.
//
// A word not rendered yet, or another engine, goes to the narrator as
// before (Narrator::sayPrompt, handed over that engine's latency early).
// Either way a word is dropped when something is still being said at its
// moment: a number said late, or over other words, is worse than none.
class TimedWords : public QObject {
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    TimedWords(SoundPlayer& sounds, Narrator& narrator, NowFunction now = {},
               QObject* parent = nullptr);
    ~TimedWords() override;

    // Renders these words ahead (flite only; the rest are said by the
    // narrator). Words rendered for another voice, rate or pitch are
    // rendered again.
    void prepare(const QStringList& words);
    // Whether `words` are rendered for the narrator's voice as it is now.
    [[nodiscard]] bool ready(const QString& words) const;

    // How long before its second a word must be handed to say().
    [[nodiscard]] std::chrono::milliseconds latency() const;
    // Says `words` at `scheduled`, or drops them (see above).
    void say(const QString& words, Clock::time_point scheduled);
    // Silences what was handed over and what waits for the narrator.
    void stop();
    // A word handed over has not finished (from say() to its end).
    [[nodiscard]] bool speaking() const;

Q_SIGNALS:
    // Words were rendered (prepare()).
    void rendered(const QString& words);

private:
    struct Voice {
        QString name;
        double rate = 0;
        double pitch = 0;
        int sampleRate = 0;
        int channels = 0;
        bool operator==(const Voice&) const = default;
    };
    [[nodiscard]] Voice voiceNow() const;
    // flite, able to speak, and an output whose format is known.
    [[nodiscard]] bool rendersAhead() const;

    SoundPlayer& m_sounds;
    Narrator& m_narrator;
    NowFunction m_now;
    QThreadPool m_renderer; // one thread: flite renders one text at a time
    Voice m_voice;          // what m_words were rendered for
    struct Rendered {
        std::shared_ptr<const CueMix::Samples> samples;
        Clock::duration onset{}; // the words' first sound, from the start
        Clock::duration length{};
    };
    QHash<QString, Rendered> m_words;
    QSet<QString> m_rendering;
    quint64 m_generation = 0; // stop() and a new voice cancel what waits
    Clock::time_point m_until{};
};

} // namespace limber
