#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <chrono>

namespace limber {

// Speech rendered by flite: mono signed 16-bit samples.
struct FliteSpeech {
    QByteArray samples; // int16, native byte order
    int sampleRate = 0;
    // After fliteTrim(): where in flite's own rendering the samples begin,
    // and the gain they were scaled by.
    qsizetype trimmedFrom = 0;
    double gain = 1.0;
    // After fliteTrim(): the words' first sound (an unvoiced onset
    // included), in samples from the start.
    qsizetype onset = 0;

    [[nodiscard]] bool isEmpty() const { return samples.isEmpty() || sampleRate <= 0; }
    [[nodiscard]] qsizetype sampleCount() const {
        return samples.size() / static_cast<qsizetype>(sizeof(qint16));
    }
    [[nodiscard]] std::chrono::milliseconds duration() const {
        return isEmpty() ? std::chrono::milliseconds{0}
                         : std::chrono::milliseconds{sampleCount() * 1000 / sampleRate};
    }
};

// The flite voices linked into Limber (CMU's US English voices), default
// first: "slt", "rms", "awb", "kal16", "kal".
[[nodiscard]] QStringList fliteVoiceNames();
// How a voice sounds to people: its gender (slt is female, the others male).
[[nodiscard]] bool fliteVoiceIsFemale(const QString& voice);

// Renders `text` with a voice (unknown or empty: the default, slt).
//   rate  -1..1: -1 half as fast, 0 the voice's own pace, 1 twice as fast;
//   pitch -1..1: -1 six semitones lower, 0 the voice's own, 1 six higher
//                (all but rms, which flite keeps at its own pitch).
// Thread-safe (one rendering at a time); a sentence takes ~20 ms, a
// paragraph ~250 ms. flite's pauses before and after the words are cut to
// 30 ms before the first sound of the words (an unvoiced "th" or "s"
// included) and 100 ms after the last; the words peak at -6 dBFS, as the cue
// sounds do. Empty when flite produced nothing audible.
[[nodiscard]] FliteSpeech fliteSynthesize(const QString& text, const QString& voice = {},
                                          double rate = 0.0, double pitch = 0.0);
// The two halves of fliteSynthesize(): flite's own rendering, pauses and
// all, and the cut and level of it described above.
[[nodiscard]] FliteSpeech fliteRender(const QString& text, const QString& voice = {},
                                      double rate = 0.0, double pitch = 0.0);
[[nodiscard]] FliteSpeech fliteTrim(const FliteSpeech& raw);
// The speech at another sample rate: the same length in time, every sound
// in it at the same moment, nothing above the lower rate's Nyquist
// frequency; as it was when the rate is already that. Thread-safe.
[[nodiscard]] FliteSpeech fliteResample(const FliteSpeech& speech, int sampleRate);

} // namespace limber
