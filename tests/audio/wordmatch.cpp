#include "wordmatch.h"

#include <algorithm>
#include <cmath>

namespace limber::wordmatch {

namespace {

double peakOf(const std::vector<float>& samples, std::size_t from, std::size_t to) {
    float peak = 0;
    for (std::size_t i = from; i < std::min(to, samples.size()); ++i)
        peak = std::max(peak, std::abs(samples[i]));
    return static_cast<double>(peak);
}

// A stretch of a signal: samples [first, first + length) of it, zeros
// outside it.
Signal excerpt(const Signal& signal, std::int64_t first, std::int64_t length) {
    Signal out;
    out.rate = signal.rate;
    out.samples.assign(static_cast<std::size_t>(std::max<std::int64_t>(length, 0)), 0.0F);
    const auto count = static_cast<std::int64_t>(signal.samples.size());
    for (std::int64_t i = std::max<std::int64_t>(first, 0); i < std::min(first + length, count);
         ++i)
        out.samples[static_cast<std::size_t>(i - first)] =
            signal.samples[static_cast<std::size_t>(i)];
    return out;
}

// `reference` placed at `position` (samples, fractional) of a signal of
// `length` samples, at gain 1.
std::vector<float> placed(const cuematch::Reference& reference, double position,
                          std::size_t length) {
    std::vector<float> out(length, 0.0F);
    const double base = std::floor(position);
    const std::vector<float>& samples = reference.shifted(position - base);
    const auto first = static_cast<std::int64_t>(base);
    for (std::size_t n = 0; n < samples.size(); ++n) {
        const std::int64_t index = first + static_cast<std::int64_t>(n);
        if (index >= 0 && index < static_cast<std::int64_t>(length))
            out[static_cast<std::size_t>(index)] = samples[n];
    }
    return out;
}

// `signal` minus `gain` times `sound`.
Signal minus(const Signal& signal, const std::vector<float>& sound, double gain) {
    Signal out = signal;
    for (std::size_t i = 0; i < out.samples.size(); ++i)
        out.samples[i] -= static_cast<float>(gain) * sound[i];
    return out;
}

double dot(const std::vector<float>& a, const std::vector<float>& b) {
    double sum = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        sum += static_cast<double>(a[i]) * static_cast<double>(b[i]);
    return sum;
}

// RMS in dBFS of gain * samples[from, to), -120 for silence.
double levelOf(const std::vector<float>& samples, double gain, std::int64_t from, std::int64_t to) {
    from = std::clamp<std::int64_t>(from, 0, static_cast<std::int64_t>(samples.size()));
    to = std::clamp<std::int64_t>(to, from, static_cast<std::int64_t>(samples.size()));
    return cuematch::levelDb(std::vector<float>(samples.begin() + from, samples.begin() + to)) +
           20.0 * std::log10(std::max(std::abs(gain), 1e-9));
}

} // namespace

double speechOnset(const Signal& rendering, double pauseSeconds) {
    const std::vector<float>& x = rendering.samples;
    const double peak = peakOf(x, 0, x.size());
    if (peak <= 0 || rendering.rate <= 0)
        return 0;
    const auto ms = static_cast<std::size_t>(std::max(1, rendering.rate / 1000));
    const std::size_t window = 5 * ms;
    // The first voiced sample: 34 dB under the peak (-40 dBFS for flite's
    // words, which peak at -6 dBFS; fliteTrim() uses the same level).
    const double voicedLevel = peak * std::pow(10.0, -34.0 / 20.0);
    const auto voiced = static_cast<std::size_t>(
        std::find_if(x.begin(), x.end(),
                     [&](float s) { return static_cast<double>(std::abs(s)) >= voicedLevel; }) -
        x.begin());
    // The pause's noise floor: the median peak of the 5 ms windows (1 ms
    // apart) in its first pauseSeconds, as fliteTrim() measures it; at
    // least 57 dB under the peak (-63 dBFS: digital silence needs a margin).
    const std::size_t pause =
        std::min(voiced, static_cast<std::size_t>(pauseSeconds * rendering.rate));
    std::vector<double> peaks;
    for (std::size_t at = 0; at + window <= pause; at += ms)
        peaks.push_back(peakOf(x, at, at + window));
    double floor = 0;
    if (!peaks.empty()) {
        std::nth_element(peaks.begin(),
                         peaks.begin() + static_cast<std::ptrdiff_t>(peaks.size() / 2),
                         peaks.end());
        floor = peaks[peaks.size() / 2];
    }
    const double threshold = std::max(2 * floor, peak * std::pow(10.0, -57.0 / 20.0));
    // Back from the voice while the 5 ms windows stand above it (one quiet
    // window bridged: a fricative flickers).
    std::size_t earliest = voiced;
    int quiet = 0;
    for (std::size_t at = voiced; at > 0 && quiet < 2;) {
        const std::size_t start = at > window ? at - window : 0;
        if (peakOf(x, start, at) >= threshold) {
            earliest = start;
            quiet = 0;
        } else {
            ++quiet;
        }
        at = start;
    }
    std::size_t onset = earliest;
    while (onset < voiced && static_cast<double>(std::abs(x[onset])) < threshold)
        ++onset;
    return static_cast<double>(onset) / rendering.rate;
}

Word::Word(std::string text, const Signal& rendering, int rate)
    : m_text(std::move(text))
    , m_reference(m_text, rendering, rate)
    , m_onset(speechOnset(rendering))
    , m_end(cuematch::audibleSeconds(rendering, -40.0)) {}

WordMatch findWord(const Word& word, const Signal& recording, double from, double to,
                   double threshold) {
    WordMatch result;
    result.match =
        cuematch::find(word.reference(), recording, from, 0.0, std::max(to - from, 0.0), threshold);
    result.found = result.match.found;
    result.onset = result.match.seconds + word.onset();
    result.end = result.match.seconds + word.audibleEnd();
    return result;
}

Clearance clearance(const Word& word, const WordMatch& at, const cuematch::Reference& chime,
                    const Signal& recording, double chimeExpected, double before, double after,
                    double chimeMinGain, const std::vector<cuematch::Fitted>& others) {
    Clearance result;
    const int rate = recording.rate;
    if (!at.found || rate <= 0 || chime.rate() != rate)
        return result;
    // Everything happens in a stretch of the recording that holds the word
    // and the whole window for the chime, with the other sounds taken out.
    const double wordLength = word.reference().samples().seconds();
    const double from = std::min(at.match.seconds, chimeExpected - before) - 0.1;
    const double to =
        std::max(at.match.seconds + wordLength, chimeExpected + after + chime.samples().seconds()) +
        0.1;
    const auto first = static_cast<std::int64_t>(std::floor(from * rate));
    const auto length = static_cast<std::int64_t>(std::ceil(to * rate)) - first;
    const double shift = static_cast<double>(first) / rate; // seconds before the stretch
    Signal part = excerpt(recording, first, length);
    for (const cuematch::Fitted& other : others) {
        if (!other.match.found || !other.reference ||
            other.match.seconds > shift + static_cast<double>(length) / rate ||
            other.match.seconds + other.reference->samples().seconds() < shift)
            continue;
        const std::vector<float> sound =
            cuematch::rendered(other, rate, shift, shift + static_cast<double>(length) / rate);
        for (std::size_t i = 0; i < part.samples.size() && i < sound.size(); ++i)
            part.samples[i] -= sound[i];
    }

    // Word, then chime on what the word leaves, then each again on what the
    // other leaves: the word's first fit carries a little of the chime (their
    // cross term), which the second takes back.
    const auto size = static_cast<std::size_t>(length);
    cuematch::Match wordFit = at.match;
    wordFit.position -= static_cast<double>(first);
    wordFit.seconds -= shift;
    std::vector<float> wordAlone = placed(word.reference(), wordFit.position, size);
    cuematch::Match chimeFit;
    std::vector<float> chimeAlone;
    constexpr double kRefine = 0.002; // seconds either side of the last fit
    for (int round = 0; round < 3; ++round) {
        const Signal withoutWord = minus(part, wordAlone, wordFit.gain);
        chimeFit = round == 0 ? cuematch::find(chime, withoutWord, chimeExpected - shift, before,
                                               after, cuematch::kMatchThreshold, chimeMinGain)
                              : cuematch::find(chime, withoutWord, chimeFit.seconds, kRefine,
                                               kRefine, cuematch::kMatchThreshold, chimeMinGain);
        if (!chimeFit.found)
            break;
        chimeAlone = placed(chime, chimeFit.position, size);
        if (round == 2)
            break;
        const Signal withoutChime = minus(part, chimeAlone, chimeFit.gain);
        const cuematch::Match refit =
            cuematch::find(word.reference(), withoutChime, wordFit.seconds, kRefine, kRefine, 0.0);
        if (refit.correlation > 0 && refit.gain > 0) {
            wordFit = refit;
            wordAlone = placed(word.reference(), wordFit.position, size);
        }
    }
    result.chimeFound = chimeFit.found;
    result.chime = chimeFit;
    result.chime.position += static_cast<double>(first);
    result.chime.seconds += shift;
    result.wordGain = wordFit.gain;
    if (!result.chimeFound)
        return result;

    // Both gains at once: the normal equations of part ~ w W + c C.
    const double ww = dot(wordAlone, wordAlone);
    const double cc = dot(chimeAlone, chimeAlone);
    const double wc = dot(wordAlone, chimeAlone);
    const double xw = dot(part.samples, wordAlone);
    const double xc = dot(part.samples, chimeAlone);
    const double determinant = ww * cc - wc * wc;
    if (determinant > 1e-12 * ww * cc) {
        result.wordGain = (xw * cc - xc * wc) / determinant;
        result.chimeGain = (xc * ww - xw * wc) / determinant;
    } else {
        result.chimeGain = chimeFit.gain;
    }

    // Their levels where both sound.
    const double onset = wordFit.seconds + word.onset();
    const double wordEnd = wordFit.seconds + word.audibleEnd();
    const double chimeEnd = chimeFit.seconds + cuematch::audibleSeconds(chime.samples(), -40.0);
    const double overlapFrom = std::max(onset, chimeFit.seconds);
    const double overlapTo = std::min(wordEnd, chimeEnd);
    result.from = overlapFrom + shift;
    result.to = overlapTo + shift;
    if (overlapTo > overlapFrom) {
        const auto a = static_cast<std::int64_t>(std::llround(overlapFrom * rate));
        const auto b = static_cast<std::int64_t>(std::llround(overlapTo * rate));
        result.wordDb = levelOf(wordAlone, result.wordGain, a, b);
        result.chimeDb = levelOf(chimeAlone, result.chimeGain, a, b);
    }
    return result;
}

} // namespace limber::wordmatch
