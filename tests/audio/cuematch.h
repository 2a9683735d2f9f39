#pragma once

// Finding a cue sound in a recording by its own waveform (no Qt).
//
// A cue sound counts as heard only where the recording holds that sound's
// waveform: a spoken word, another cue sound or noise starting at the same
// moment never passes for it. The method:
//
//   - the reference is the shipped WAV, its trailing silence dropped, brought
//     to the recording's rate with a windowed-sinc (Kaiser) resampler, as
//     PulseAudio does between a 44.1 kHz stream and a 48 kHz sink;
//   - find() slides it over a window of the (mono) recording around the
//     time it is expected and computes, at every offset k, the normalized
//     cross-correlation
//         ncc(k) = <x[k..k+L), r> / (|r| |x[k..k+L)|)
//     (1 for the sound alone at any gain, 0 for anything orthogonal to it),
//     by FFT. The best offset is refined to a fraction of a sample (a
//     parabola through the peak) and the gain is the least-squares amplitude
//     g = <x, r> / |r|^2 there;
//   - the sound is found when ncc >= kMatchThreshold (0.35), the fitted
//     sound is nowhere much louder than the recording (containment, see
//     Match::containedDb) and the gain is at least the caller's minGain.
//     With the sound at gain g under an unrelated signal s,
//         ncc = 1 / sqrt(1 + |s|^2 / (g^2 |r|^2))
//     over the sound's span: 0.45 with s 6 dB louder than the sound (a tick
//     under a spoken number), 0.30 with s 10 dB louder. Measured
//     (test_cuematch.cpp): a tick under speech 6 dB louder, 0.37 at worst;
//     speech alone (synthetic and three flite voices), at most 0.22 for any
//     cue sound at any offset; noise bursts 0.14. Another cue sound alone
//     can reach 0.8 (bells that share notes): fitAll() tells those apart.
//
// residual() subtracts every fitted sound (at its fractional offset and
// gain) from the recording, so what remains is speech and anything else
// that was not a cue sound; onsetAfter() and levelDb() measure it.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace limber::cuematch {

// Mono float samples (full scale 1.0) at a rate.
struct Signal {
    int rate = 0;
    std::vector<float> samples;

    [[nodiscard]] double seconds() const {
        return rate > 0 ? static_cast<double>(samples.size()) / rate : 0.0;
    }
};

// A 16-bit PCM WAV file (mono or stereo), its channels averaged. nullopt,
// with a reason in `error`, for anything else.
[[nodiscard]] std::optional<Signal> readWav(const std::string& path, std::string& error);

// Interleaved 16-bit samples (as a pipe sink writes them) averaged to mono.
[[nodiscard]] Signal downmix(const std::vector<std::int16_t>& interleaved, int channels, int rate);

// The signal up to its last sample above `belowPeakDb` under its peak (the
// trailing silence and the inaudible end of the decay dropped).
[[nodiscard]] Signal trimTrailingSilence(const Signal& signal, double belowPeakDb = -60.0);

// Band-limited resampling (windowed sinc, Kaiser beta 8.6, 32 zero crossings
// each side; stop band below -80 dB). Output sample n is the input's value
// at time startSeconds + n / rate, `length` samples (0: the whole input).
[[nodiscard]] Signal resample(const Signal& signal, int rate, double startSeconds = 0.0,
                              std::size_t length = 0);

// Seconds from the start until the signal last rises above `belowPeakDb`
// under its peak: how long it is heard.
[[nodiscard]] double audibleSeconds(const Signal& signal, double belowPeakDb = -40.0);

// A cue sound ready to be found in recordings at one rate.
class Reference {
public:
    // `original`: the sound as shipped (trailing silence is dropped here).
    Reference(std::string name, const Signal& original, int rate);
    // Reads, trims and resamples a WAV; nullopt with a reason on failure.
    [[nodiscard]] static std::optional<Reference> load(const std::string& path, int rate,
                                                       std::string& error);

    [[nodiscard]] const std::string& name() const { return m_name; }
    [[nodiscard]] int rate() const { return m_samples.rate; }
    // The sound at the recording's rate, trimmed.
    [[nodiscard]] const Signal& samples() const { return m_samples; }
    [[nodiscard]] std::size_t length() const { return m_samples.samples.size(); }
    [[nodiscard]] double norm() const { return m_norm; }
    // The sound at the recording's rate, delayed by `fraction` of a sample
    // (0 <= fraction < 1; kept, rounded to 1/32 of a sample: a 5 kHz
    // partial then cancels to -40 dB): sample n is the sound at
    // (n - fraction) / rate.
    [[nodiscard]] const std::vector<float>& shifted(double fraction) const;
    // The spectrum of the sound zero-padded to `size` (a power of two), kept.
    [[nodiscard]] const std::vector<double>& spectrum(std::size_t size) const;
    // The sound's energy in consecutive blocks of `block` samples, kept.
    [[nodiscard]] const std::vector<double>& blockEnergies(std::size_t block) const;

private:
    std::string m_name;
    Signal m_trimmed; // at its own rate
    Signal m_samples; // at the recording's rate
    double m_norm = 0;
    mutable std::map<std::size_t, std::vector<double>> m_spectra; // interleaved re, im
    mutable std::map<int, std::vector<float>> m_shifted;          // by 32nds of a sample
    mutable std::map<std::size_t, std::vector<double>> m_blockEnergies;
};

// The correlation a match must reach (see the top of this file and
// test_cuematch.cpp for the measured margins on both sides).
inline constexpr double kMatchThreshold = 0.35;
// How far Match::containedDb may fall below 0 for a match (the cross term
// of the sound with what overlaps it can take a few dB off a quarter).
inline constexpr double kContainedDb = -6.0;
// Blocks where the fitted sound is quieter than this (dBFS RMS), or more
// than kContainedRangeDb below its loudest block, are not checked: 16-bit
// quantization and the end of a decay live down there, and under other
// sounds 30 dB louder, what their fits leave behind (measured in the
// 200-plays recording: halfway's tail 22-28 dB down, under four other
// bells, 1-8 dB under its fit; its first 20 dB within 2 dB).
inline constexpr double kContainedFloorDb = -90.0;
inline constexpr double kContainedRangeDb = 20.0;

struct Match {
    bool found = false;
    // Where the sound starts in the recording, in samples (fractional) and
    // seconds; meaningful when the window held any sound at all.
    double position = 0;
    double seconds = 0;
    double correlation = 0; // the normalized cross-correlation at the best offset
    double gain = 0;        // least-squares amplitude of the sound there (1: as shipped)
    // The recording's energy relative to the fitted sound's, in dB, in the
    // 20 ms block where it is lowest (blocks where the fitted sound is
    // within kContainedRangeDb of its loudest): 0 or more for the sound itself, with or without
    // anything over it; far below 0 when a fit leans on a loud part of the
    // recording and "plays" the rest of the sound into near silence (a
    // decaying vowel that resembles a bell's first 100 ms, then a pause).
    double containedDb = 0;
    [[nodiscard]] double gainDb() const;
};

// Looks for `reference` starting between expected - before and expected +
// after (seconds into `recording`). The recording must be at the
// reference's rate; beyond its ends it counts as silence.
// Offsets where the fitted gain would be below `minGain` are not
// considered: the tail of a decaying tick is a quieter copy of its head, and
// under speech it can correlate better than the tick itself; a caller that
// knows the volume passes a quarter of the expected gain (-12 dB).
[[nodiscard]] Match find(const Reference& reference, const Signal& recording, double expected,
                         double before = 0.030, double after = 0.250,
                         double threshold = kMatchThreshold, double minGain = 0.0);

// A sound fitted into a recording: which one, where, how loud.
struct Fitted {
    const Reference* reference = nullptr;
    Match match;
    // Set when the fit passed the threshold but another sound of the
    // catalogue fits the same stretch of the recording better: then it was
    // that sound, and match.found is false.
    const Reference* soundsLike = nullptr;
};

// The cue sounds that can be heard, to tell one from another. Bells that
// share notes correlate with each other (hold-start on hold-end reaches
// 0.8 at the lag where their C5s line up): a fit of one sound is only
// accepted when no other sound of the catalogue fits that stretch better.
class Catalogue {
public:
    // Reads `dir`/NAME.wav for each name at `rate`; false with a reason.
    bool load(const std::string& dir, const std::vector<std::string>& names, int rate,
              std::string& error);
    void add(Reference reference);

    [[nodiscard]] const std::vector<Reference>& sounds() const { return m_sounds; }
    [[nodiscard]] const Reference& operator[](std::size_t index) const { return m_sounds[index]; }
    [[nodiscard]] std::optional<std::size_t> indexOf(const std::string& name) const;
    // The other sounds that reach half the threshold when sound `index` is
    // looked for where only they play (measured between the references).
    [[nodiscard]] const std::vector<std::size_t>& confusable(std::size_t index) const;
    // The best correlation sound `index` reaches where only sound `other`
    // plays (0 for the sound itself).
    [[nodiscard]] double likeness(std::size_t index, std::size_t other) const;

private:
    std::vector<Reference> m_sounds;
    void measureLikeness() const;

    mutable std::vector<std::vector<std::size_t>> m_confusable;
    mutable std::vector<std::vector<double>> m_likeness;
    mutable bool m_confusableKnown = false;
};

// Where a sound of a catalogue is expected, and the window to look in
// (seconds before and after `time`).
struct Expected {
    std::size_t sound = 0;
    double time = 0;
    double before = 0.030;
    double after = 0.250;
    double minGain = 0.0; // see find()
};

// Fits every expected sound into the recording at once, in four steps:
//   1. greedy matching pursuit: the expected sound that fits the residual
//      best is taken and subtracted first, so the clearest sounds clean the
//      recording for the ones they cover;
//   2. the lag between expected and found times (the output's latency, the
//      median over the sounds found) narrows every window to that lag +-40
//      ms; then `sweeps` rounds of fitting each sound on the recording minus
//      all the others, with no threshold (a least-squares fit of every gain,
//      Gauss-Seidel; a fit stays in the model whatever its containment).
//      Eight overlapping sounds, each 9 dB under the rest, come out at
//      correlation 0.97 or more (test_cuematch.cpp, DenselyOverlapping...);
//   3. sounds that share a note and overlap, where one fits poorly or their
//      waveforms are far from orthogonal where they are, are placed both at
//      once (a note they share, struck within a few ms by both, can leave
//      one-at-a-time fitting a period off and a sound lost or 4-10 dB off:
//      test_cuematch.cpp, BellsWhoseSharedNoteStrikesTogether...); two more
//      sweeps, and a last round judged against the threshold;
//   4. each fit is checked against the catalogue's confusable sounds: when
//      one of those fits the same stretch better and, once it is taken out,
//      the expected sound no longer fits, it was that sound (soundsLike). A
//      fit far more like its sound than the other sound alone ever is
//      (Catalogue::likeness) is not checked.
// A rival found where a fit of its own sound already is does not count.
// One Fitted per Expected, in the same order.
[[nodiscard]] std::vector<Fitted> fitAll(const Catalogue& catalogue, const Signal& recording,
                                         const std::vector<Expected>& expected, int sweeps = 4);

// The recording minus every fitted sound (each at its fractional position
// and gain): speech and whatever else was not a cue sound.
[[nodiscard]] Signal residual(const Signal& recording, const std::vector<Fitted>& sounds);

// The fitted sound alone, over [from, to) seconds of the recording's
// timeline (zeros where it does not sound).
[[nodiscard]] std::vector<float> rendered(const Fitted& sound, int rate, double from, double to);

// RMS level in dBFS (a full-scale square wave is 0 dB) over [from, to)
// seconds; -120 for silence.
[[nodiscard]] double levelDb(const Signal& signal, double from, double to);
[[nodiscard]] double levelDb(const std::vector<float>& samples);

// The first onset of sound at or after `from` (seconds), before `until`:
// the start of the first 10 ms window (5 ms steps) whose RMS is at least
// `thresholdDb` dBFS and stays so in at least 3 of the next 4 windows
// (a click or a leftover of a subtraction is shorter than that); refined to
// the first 1 ms block above the threshold minus 12 dB in the 10 ms before.
[[nodiscard]] std::optional<double> onsetAfter(const Signal& signal, double from, double until,
                                               double thresholdDb = -45.0);

// The quiet before `at`: how long the signal stayed below `thresholdDb`
// (10 ms RMS windows) before it, looking back at most `maxSeconds`.
[[nodiscard]] double silenceBefore(const Signal& signal, double at, double maxSeconds,
                                   double thresholdDb = -45.0);

// A stretch where a recording is digital silence (every sample exactly 0)
// although sound rings on both sides of it: the sink got no data from the
// stream there (an underrun, typically one sink block: 21.3 ms at 48 kHz),
// so whatever was playing was cut. Nothing that plays sounds through a
// mixer is exactly 0 for milliseconds in the middle of a ringing bell.
struct Dropout {
    double start = 0; // seconds
    double length = 0;
};
// Every such stretch of at least `minSeconds` with a sample above -40 dBFS
// in the 5 ms before it and in the 5 ms after it (a sound's own faded end,
// and the quiet after it, are not).
[[nodiscard]] std::vector<Dropout> dropouts(const Signal& recording, double minSeconds = 0.005);

} // namespace limber::cuematch
