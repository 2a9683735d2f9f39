#pragma once

// Finding a spoken word in a recording by its own waveform, and measuring
// how far it stands above a chime that rings under it (no Qt).
//
// Limber's flite renders are deterministic (flitesynth.cpp seeds flite's
// noise), so the samples the narrator played are known exactly: render the
// same text with the same voice, rate and pitch (fliteword.h does, with the
// app's own code), and the recording holds that rendering at some offset and
// gain. So, as cuematch.h does for the cue sounds:
//
//   - findWord() slides the rendering (brought to the recording's rate) over
//     a window of the recording and takes the offset of the best normalized
//     cross-correlation; the word is found when that reaches kWordThreshold
//     and the fit is contained (cuematch::Match::containedDb). The words'
//     onset is that offset plus the onset inside the rendering
//     (speechOnset(): the first sample above the pause's noise floor, so an
//     unvoiced "th" or "s" counts, 5-15 dB above that floor and far below
//     any level threshold that a recording's noise allows);
//   - clearance() measures a chime under a word. The chime is typically 9 dB
//     quieter than the words (SoundPlayer::underSpeechGain) and its
//     correlation with the recording then stays near 0.25: the words are
//     most of what is there. So the word is fitted and subtracted first, the
//     chime looked for in what remains, both refitted on the recording minus
//     the other (two rounds), and their gains solved jointly by least squares
//     at the places found. Their levels are the RMS of each fitted signal
//     over the stretch where both sound; the margin is the difference.

#include "cuematch.h"

#include <string>
#include <vector>

namespace limber::wordmatch {

using cuematch::Signal;

// The correlation a word must reach. The word is the loudest thing where it
// is spoken, so its own rendering correlates at 0.9 or more (0.94 over a
// chime 9 dB under it). Another word of the same voice can reach 0.63
// ("two" on "one": the same voice, a similar vowel); a chime alone far less
// (test_wordmatch.cpp).
inline constexpr double kWordThreshold = 0.8;

// Where the words begin in a rendering that starts with a stretch of the
// synthesizer's pause (flite's trimmed renders keep 20 ms of it), in
// seconds: the pause's noise floor is the median 1 ms peak over its first
// `pauseSeconds`; walking back from the first voiced sample (34 dB under
// the rendering's peak, -40 dBFS at flite's -6 dBFS peak) through 5 ms
// windows whose peak is at least twice that floor (one quieter window
// bridged), the first sample above twice the floor in the earliest of them.
// 0 when the rendering is silent.
[[nodiscard]] double speechOnset(const Signal& rendering, double pauseSeconds = 0.015);

// A rendering of words, ready to be found in recordings at one rate.
class Word {
public:
    // `rendering`: the samples the narrator plays, at their own rate,
    // before the volume (fliteTrim()'s output).
    Word(std::string text, const Signal& rendering, int rate);

    [[nodiscard]] const std::string& text() const { return m_text; }
    [[nodiscard]] const cuematch::Reference& reference() const { return m_reference; }
    // Seconds from the rendering's first sample to the words' onset.
    [[nodiscard]] double onset() const { return m_onset; }
    // Seconds from the rendering's first sample until it last rises above
    // 40 dB under its peak.
    [[nodiscard]] double audibleEnd() const { return m_end; }

private:
    std::string m_text;
    cuematch::Reference m_reference;
    double m_onset = 0;
    double m_end = 0;
};

struct WordMatch {
    bool found = false;
    cuematch::Match match; // the rendering's fit: its first sample, correlation, gain
    double onset = 0;      // recording seconds: match.seconds + Word::onset()
    double end = 0;        // recording seconds: match.seconds + Word::audibleEnd()
};

// Looks for `word` starting between `from` and `to` (recording seconds).
// `recording` should be free of the cue sounds that were found
// (cuematch::residual): a tick under a word's onset takes a little off its
// correlation, never its place.
[[nodiscard]] WordMatch findWord(const Word& word, const Signal& recording, double from, double to,
                                 double threshold = kWordThreshold);

// A chime under a word, measured.
struct Clearance {
    bool chimeFound = false;
    cuematch::Match chime; // its last fit, on the recording minus the word
    double wordGain = 0;   // the joint least-squares gains (1: as rendered / as shipped)
    double chimeGain = 0;
    // The stretch where both sound (recording seconds), from the later of
    // the word's onset and the chime's start to the earlier of their
    // audible ends (40 dB under each one's peak); empty (to <= from) when
    // they do not overlap.
    double from = 0;
    double to = 0;
    double wordDb = -120; // RMS of each fitted signal over that stretch, dBFS
    double chimeDb = -120;
    [[nodiscard]] double marginDb() const { return wordDb - chimeDb; }
};

// Looks for `chime` between chimeExpected - before and chimeExpected +
// after under the word found at `at`, and measures both. `others`: cue
// sounds already fitted in `recording` (the tick of the same second, say),
// taken out first; leave out any fit of this chime itself. `chimeMinGain`
// as in cuematch::find().
[[nodiscard]] Clearance clearance(const Word& word, const WordMatch& at,
                                  const cuematch::Reference& chime, const Signal& recording,
                                  double chimeExpected, double before = 0.030, double after = 0.250,
                                  double chimeMinGain = 0.0,
                                  const std::vector<cuematch::Fitted>& others = {});

} // namespace limber::wordmatch
