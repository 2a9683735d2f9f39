#include "cuematch.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <numbers>

namespace limber::cuematch {

namespace {

// ---- WAV ----------------------------------------------------------------

std::uint32_t u32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
           (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

std::uint16_t u16(const unsigned char* p) {
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}

// ---- the resampling kernel -------------------------------------------------

constexpr int kZeroCrossings = 32;
constexpr int kTableSteps = 512; // per zero crossing; linear interpolation between
constexpr double kKaiserBeta = 8.6;
// The pass band as a fraction of the lower Nyquist frequency: the cue sounds
// have nothing above 10 kHz, so a wide transition band costs nothing.
constexpr double kPassBand = 0.94;

double besselI0(double x) {
    double sum = 1;
    double term = 1;
    for (int k = 1; k < 50; ++k) {
        term *= (x / (2.0 * k)) * (x / (2.0 * k));
        sum += term;
        if (term < sum * 1e-17)
            break;
    }
    return sum;
}

// sinc(t) times a Kaiser window over |t| <= kZeroCrossings, tabulated.
const std::vector<double>& kernel() {
    static const std::vector<double> table = [] {
        std::vector<double> values(kZeroCrossings * kTableSteps + 2, 0.0);
        const double norm = besselI0(kKaiserBeta);
        for (std::size_t i = 0; i + 1 < values.size(); ++i) {
            const double t = static_cast<double>(i) / kTableSteps;
            const double x = t / kZeroCrossings;
            if (x > 1)
                break;
            const double sinc =
                t == 0 ? 1.0 : std::sin(std::numbers::pi * t) / (std::numbers::pi * t);
            values[i] = sinc * besselI0(kKaiserBeta * std::sqrt(1 - x * x)) / norm;
        }
        return values;
    }();
    return table;
}

double kernelAt(double t) {
    t = std::abs(t);
    if (t >= kZeroCrossings)
        return 0;
    const double position = t * kTableSteps;
    const auto index = static_cast<std::size_t>(position);
    const double fraction = position - static_cast<double>(index);
    const std::vector<double>& table = kernel();
    return table[index] + (table[index + 1] - table[index]) * fraction;
}

// ---- FFT ------------------------------------------------------------------

// In-place iterative radix-2 FFT of `size` complex values stored as
// interleaved re, im. `inverse` leaves the result unscaled (times size).
void fft(std::vector<double>& data, std::size_t size, bool inverse) {
    using Complex = std::complex<double>;
    auto* values =
        reinterpret_cast<Complex*>(data.data()); // NOLINT: layout-compatible by [complex.numbers]
    for (std::size_t i = 1, j = 0; i < size; ++i) {
        std::size_t bit = size >> 1;
        for (; j & bit; bit >>= 1)
            j ^= bit;
        j ^= bit;
        if (i < j)
            std::swap(values[i], values[j]);
    }
    for (std::size_t length = 2; length <= size; length <<= 1) {
        const double angle =
            2 * std::numbers::pi / static_cast<double>(length) * (inverse ? 1.0 : -1.0);
        const Complex step(std::cos(angle), std::sin(angle));
        const std::size_t half = length / 2;
        // Twiddles for this stage, computed once (exact enough: recomputed
        // from cos/sin every 64 steps).
        std::vector<Complex> twiddles(half);
        Complex w(1, 0);
        for (std::size_t k = 0; k < half; ++k) {
            if (k % 64 == 0) {
                const double a = angle * static_cast<double>(k);
                w = Complex(std::cos(a), std::sin(a));
            }
            twiddles[k] = w;
            w *= step;
        }
        for (std::size_t start = 0; start < size; start += length) {
            for (std::size_t k = 0; k < half; ++k) {
                const Complex u = values[start + k];
                const Complex v = values[start + k + half] * twiddles[k];
                values[start + k] = u + v;
                values[start + k + half] = u - v;
            }
        }
    }
}

std::size_t powerOfTwoAtLeast(std::size_t n) {
    std::size_t size = 1;
    while (size < n)
        size <<= 1;
    return size;
}

double sampleAt(const Signal& signal, std::int64_t index) {
    if (index < 0 || index >= static_cast<std::int64_t>(signal.samples.size()))
        return 0;
    return signal.samples[static_cast<std::size_t>(index)];
}

} // namespace

// ---- files and conversions -----------------------------------------------------

std::optional<Signal> readWav(const std::string& path, std::string& error) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        error = "cannot open " + path;
        return std::nullopt;
    }
    const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(file)),
                                           std::istreambuf_iterator<char>());
    if (bytes.size() < 12 || std::string(bytes.begin(), bytes.begin() + 4) != "RIFF" ||
        std::string(bytes.begin() + 8, bytes.begin() + 12) != "WAVE") {
        error = path + ": not a RIFF WAVE file";
        return std::nullopt;
    }
    int channels = 0;
    int rate = 0;
    int bits = 0;
    int formatTag = 0;
    std::size_t position = 12;
    while (position + 8 <= bytes.size()) {
        const std::string id(bytes.begin() + static_cast<std::ptrdiff_t>(position),
                             bytes.begin() + static_cast<std::ptrdiff_t>(position) + 4);
        const std::size_t size = u32(&bytes[position + 4]);
        const std::size_t body = position + 8;
        if (id == "fmt " && size >= 16 && body + 16 <= bytes.size()) {
            formatTag = u16(&bytes[body]);
            channels = u16(&bytes[body + 2]);
            rate = static_cast<int>(u32(&bytes[body + 4]));
            bits = u16(&bytes[body + 14]);
        } else if (id == "data") {
            if (formatTag != 1 || bits != 16 || (channels != 1 && channels != 2) || rate <= 0) {
                error = path + ": not 16-bit PCM mono or stereo";
                return std::nullopt;
            }
            const std::size_t available = std::min(size, bytes.size() - body);
            const std::size_t frameBytes = 2 * static_cast<std::size_t>(channels);
            const std::size_t frames = available / frameBytes;
            Signal signal;
            signal.rate = rate;
            signal.samples.resize(frames);
            for (std::size_t f = 0; f < frames; ++f) {
                float sum = 0;
                for (std::size_t c = 0; c < static_cast<std::size_t>(channels); ++c) {
                    const auto sample =
                        static_cast<std::int16_t>(u16(&bytes[body + f * frameBytes + 2 * c]));
                    sum += static_cast<float>(sample) / 32768.0F;
                }
                signal.samples[f] = sum / static_cast<float>(channels);
            }
            return signal;
        }
        position = body + size + (size & 1);
    }
    error = path + ": no fmt or data chunk";
    return std::nullopt;
}

Signal downmix(const std::vector<std::int16_t>& interleaved, int channels, int rate) {
    Signal signal;
    signal.rate = rate;
    const auto count = static_cast<std::size_t>(std::max(channels, 1));
    signal.samples.resize(interleaved.size() / count);
    for (std::size_t f = 0; f < signal.samples.size(); ++f) {
        float sum = 0;
        for (std::size_t c = 0; c < count; ++c)
            sum += static_cast<float>(interleaved[f * count + c]) / 32768.0F;
        signal.samples[f] = sum / static_cast<float>(count);
    }
    return signal;
}

Signal trimTrailingSilence(const Signal& signal, double belowPeakDb) {
    float peak = 0;
    for (const float s : signal.samples)
        peak = std::max(peak, std::abs(s));
    const double threshold = static_cast<double>(peak) * std::pow(10.0, belowPeakDb / 20.0);
    std::size_t end = signal.samples.size();
    while (end > 0 && static_cast<double>(std::abs(signal.samples[end - 1])) <= threshold)
        --end;
    Signal trimmed;
    trimmed.rate = signal.rate;
    trimmed.samples.assign(signal.samples.begin(),
                           signal.samples.begin() + static_cast<std::ptrdiff_t>(end));
    return trimmed;
}

double audibleSeconds(const Signal& signal, double belowPeakDb) {
    return trimTrailingSilence(signal, belowPeakDb).seconds();
}

Signal resample(const Signal& signal, int rate, double startSeconds, std::size_t length) {
    Signal out;
    out.rate = rate;
    if (signal.rate <= 0 || rate <= 0)
        return out;
    if (length == 0)
        length = static_cast<std::size_t>(std::ceil(signal.seconds() * rate));
    out.samples.resize(length);
    // The cut-off, in input samples: below the lower of the two Nyquist
    // frequencies.
    const double cutoff = kPassBand * std::min(1.0, static_cast<double>(rate) / signal.rate);
    const double reach = kZeroCrossings / cutoff; // input samples each side
    const auto count = static_cast<std::int64_t>(signal.samples.size());
    for (std::size_t n = 0; n < length; ++n) {
        const double u = (startSeconds + static_cast<double>(n) / rate) * signal.rate;
        const auto first =
            std::max<std::int64_t>(0, static_cast<std::int64_t>(std::ceil(u - reach)));
        const auto last =
            std::min<std::int64_t>(count - 1, static_cast<std::int64_t>(std::floor(u + reach)));
        double sum = 0;
        for (std::int64_t m = first; m <= last; ++m)
            sum += static_cast<double>(signal.samples[static_cast<std::size_t>(m)]) *
                   kernelAt(cutoff * (u - static_cast<double>(m)));
        out.samples[n] = static_cast<float>(cutoff * sum);
    }
    return out;
}

// ---- Reference -------------------------------------------------------------

Reference::Reference(std::string name, const Signal& original, int rate)
    : m_name(std::move(name))
    , m_trimmed(trimTrailingSilence(original)) {
    m_samples = resample(m_trimmed, rate);
    double energy = 0;
    for (const float s : m_samples.samples)
        energy += static_cast<double>(s) * static_cast<double>(s);
    m_norm = std::sqrt(energy);
}

std::optional<Reference> Reference::load(const std::string& path, int rate, std::string& error) {
    const std::optional<Signal> signal = readWav(path, error);
    if (!signal)
        return std::nullopt;
    std::string name = path.substr(path.find_last_of('/') + 1);
    if (name.size() > 4 && name.ends_with(".wav"))
        name.resize(name.size() - 4);
    Reference reference(name, *signal, rate);
    if (reference.norm() <= 0) {
        error = path + ": silent";
        return std::nullopt;
    }
    return reference;
}

const std::vector<float>& Reference::shifted(double fraction) const {
    const int steps = std::clamp(static_cast<int>(std::lround(fraction * 32)), 0, 32);
    auto it = m_shifted.find(steps);
    if (it == m_shifted.end())
        it = m_shifted
                 .emplace(steps,
                          resample(m_trimmed, rate(), -steps / 32.0 / rate(), length() + 1).samples)
                 .first;
    return it->second;
}

const std::vector<double>& Reference::spectrum(std::size_t size) const {
    auto it = m_spectra.find(size);
    if (it != m_spectra.end())
        return it->second;
    std::vector<double> data(2 * size, 0.0);
    for (std::size_t i = 0; i < std::min(size, length()); ++i)
        data[2 * i] = m_samples.samples[i];
    fft(data, size, false);
    return m_spectra.emplace(size, std::move(data)).first->second;
}

// ---- find ----------------------------------------------------------------

double Match::gainDb() const {
    return 20.0 * std::log10(std::max(gain, 1e-9));
}

Match find(const Reference& reference, const Signal& recording, double expected, double before,
           double after, double threshold, double minGain) {
    Match match;
    const std::size_t length = reference.length();
    if (recording.rate != reference.rate() || length == 0)
        return match;
    const int rate = recording.rate;
    const auto firstOffset = static_cast<std::int64_t>(std::floor((expected - before) * rate));
    const auto lastOffset = static_cast<std::int64_t>(std::ceil((expected + after) * rate));
    if (lastOffset < firstOffset)
        return match;
    const auto offsets = static_cast<std::size_t>(lastOffset - firstOffset + 1);
    const std::size_t span = offsets + length - 1; // recording samples involved
    const std::size_t size = powerOfTwoAtLeast(span);

    // The window of the recording and, per offset, its energy under the sound.
    std::vector<double> data(2 * size, 0.0);
    std::vector<double> cumulative(span + 1, 0.0);
    for (std::size_t i = 0; i < span; ++i) {
        const double x = sampleAt(recording, firstOffset + static_cast<std::int64_t>(i));
        data[2 * i] = x;
        cumulative[i + 1] = cumulative[i] + x * x;
    }
    // Correlation by FFT: IFFT(X * conj(R)) at lag j is sum_i x[j+i] r[i]
    // (no wrap-around: size >= span).
    fft(data, size, false);
    const std::vector<double>& spectrum = reference.spectrum(size);
    for (std::size_t i = 0; i < size; ++i) {
        const double xr = data[2 * i];
        const double xi = data[2 * i + 1];
        const double rr = spectrum[2 * i];
        const double ri = -spectrum[2 * i + 1];
        data[2 * i] = xr * rr - xi * ri;
        data[2 * i + 1] = xr * ri + xi * rr;
    }
    fft(data, size, true);
    const double scale = 1.0 / static_cast<double>(size);
    const double norm = reference.norm();
    // Windows with less energy than this are silence (-120 dBFS RMS).
    const double silent = 1e-12 * static_cast<double>(length);
    std::vector<double> correlation(offsets, 0.0);
    std::vector<double> ncc(offsets, 0.0);
    for (std::size_t j = 0; j < offsets; ++j) {
        correlation[j] = data[2 * j] * scale;
        const double energy = cumulative[j + length] - cumulative[j];
        if (energy > silent && correlation[j] >= minGain * norm * norm)
            ncc[j] = correlation[j] / (norm * std::sqrt(energy));
    }
    // The fit at offset `best`: a parabola through the peak and its
    // neighbours gives the fractional offset, and the correlation and gain
    // there; then containment (see Match::containedDb).
    const std::vector<float>& r = reference.samples().samples;
    const std::size_t block = static_cast<std::size_t>(rate) / 50;
    const auto evaluate = [&](std::size_t best) {
        Match m;
        double delta = 0;
        double peak = ncc[best];
        double dot = correlation[best];
        if (best > 0 && best + 1 < offsets) {
            const double a = ncc[best - 1];
            const double b = ncc[best];
            const double c = ncc[best + 1];
            const double curvature = a - 2 * b + c;
            if (curvature < 0) {
                delta = std::clamp(0.5 * (a - c) / curvature, -0.5, 0.5);
                peak = b - 0.25 * (a - c) * delta;
                const double ca = correlation[best - 1];
                const double cb = correlation[best];
                const double cc = correlation[best + 1];
                dot = cb + 0.5 * delta * (cc - ca) + 0.5 * delta * delta * (ca - 2 * cb + cc);
            }
        }
        m.position = static_cast<double>(firstOffset) + static_cast<double>(best) + delta;
        m.seconds = m.position / rate;
        m.correlation = std::min(peak, 1.0);
        m.gain = dot / (norm * norm);
        const auto start = static_cast<std::int64_t>(std::llround(m.position));
        std::vector<std::pair<double, double>> blocks; // recorded, fitted energy
        double loudest = 0;
        for (std::size_t b = 0; b < length; b += block) {
            double recorded = 0;
            double fitted = 0;
            for (std::size_t i = b; i < std::min(b + block, length); ++i) {
                const double x = sampleAt(recording, start + static_cast<std::int64_t>(i));
                recorded += x * x;
                fitted += static_cast<double>(r[i]) * static_cast<double>(r[i]);
            }
            fitted *= m.gain * m.gain;
            blocks.emplace_back(recorded, fitted);
            loudest = std::max(loudest, fitted);
        }
        const double floor =
            std::max(std::pow(10.0, kContainedFloorDb / 10.0) * static_cast<double>(block),
                     loudest * std::pow(10.0, -kContainedRangeDb / 10.0));
        m.containedDb = 120;
        for (const auto& [recorded, fitted] : blocks) {
            if (fitted > floor && fitted > 0)
                m.containedDb =
                    std::min(m.containedDb, 10.0 * std::log10(std::max(recorded, 1e-30) / fitted));
        }
        m.found = m.correlation >= threshold && m.gain > 0 && m.containedDb >= kContainedDb;
        return m;
    };
    // The highest peaks of the correlation, one per 5 ms (a tone's
    // correlation ripples at its period, and the next ripples of a peak are
    // not other places), best first.
    std::vector<std::size_t> peaks;
    for (std::size_t j = 0; j < offsets; ++j) {
        if ((j == 0 || ncc[j] >= ncc[j - 1]) && (j + 1 == offsets || ncc[j] > ncc[j + 1]) &&
            ncc[j] > 0)
            peaks.push_back(j);
    }
    std::sort(peaks.begin(), peaks.end(),
              [&](std::size_t a, std::size_t b) { return ncc[a] > ncc[b]; });
    const auto apart = static_cast<std::size_t>(rate / 200);
    std::vector<std::size_t> candidates;
    for (const std::size_t j : peaks) {
        if (candidates.size() >= 16)
            break;
        if (std::all_of(candidates.begin(), candidates.end(),
                        [&](std::size_t k) { return (j > k ? j - k : k - j) >= apart; }))
            candidates.push_back(j);
    }
    if (candidates.empty())
        candidates.push_back(0);
    // A decaying sound's tail is a quieter copy of its head, so under
    // louder speech a place a few to 30 ms late can correlate as well as the
    // sound's own start; but there the fitted gain is lower by the decay. So
    // of the contained fits within 80% of the best correlation, the one with
    // the highest gain wins (for a sound alone that is the best one too: a
    // misaligned fit explains less of it).
    match = evaluate(candidates.front());
    std::vector<Match> found;
    for (const std::size_t j : candidates) {
        if (ncc[j] < threshold)
            break;
        Match m = evaluate(j);
        if (m.found)
            found.push_back(m);
    }
    if (!found.empty()) {
        double best = 0;
        for (const Match& m : found)
            best = std::max(best, m.correlation);
        match = found.front(); // the best correlation
        for (const Match& m : found) {
            if (m.correlation >= 0.8 * best && m.gain > match.gain)
                match = m;
        }
    }
    return match;
}

// ---- residual and levels ----------------------------------------------------

namespace {

// Adds (sign +1) or subtracts (-1) a fitted sound to/from `signal`.
void apply(Signal& signal, const Fitted& sound, float sign) {
    if (!sound.reference || !sound.match.found)
        return;
    const double base = std::floor(sound.match.position);
    const std::vector<float>& samples = sound.reference->shifted(sound.match.position - base);
    const auto first = static_cast<std::int64_t>(base);
    const auto count = static_cast<std::int64_t>(signal.samples.size());
    const auto gain = static_cast<float>(sound.match.gain) * sign;
    for (std::size_t n = 0; n < samples.size(); ++n) {
        const std::int64_t index = first + static_cast<std::int64_t>(n);
        if (index >= 0 && index < count)
            signal.samples[static_cast<std::size_t>(index)] += gain * samples[n];
    }
}

// The fitted sound's samples and the recording index of the first one.
std::pair<std::int64_t, std::vector<float>> placed(const Fitted& sound) {
    const double base = std::floor(sound.match.position);
    std::vector<float> samples = sound.reference->shifted(sound.match.position - base);
    for (float& s : samples)
        s *= static_cast<float>(sound.match.gain);
    return {static_cast<std::int64_t>(base), std::move(samples)};
}

} // namespace

Signal residual(const Signal& recording, const std::vector<Fitted>& sounds) {
    Signal out = recording;
    for (const Fitted& sound : sounds)
        apply(out, sound, -1.0F);
    return out;
}

std::vector<float> rendered(const Fitted& sound, int rate, double from, double to) {
    const auto begin = static_cast<std::int64_t>(std::llround(from * rate));
    const auto end = static_cast<std::int64_t>(std::llround(to * rate));
    std::vector<float> out(static_cast<std::size_t>(std::max<std::int64_t>(end - begin, 0)), 0.0F);
    if (!sound.reference || !sound.match.found)
        return out;
    const auto [first, samples] = placed(sound);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const std::int64_t n = begin + static_cast<std::int64_t>(i) - first;
        if (n >= 0 && n < static_cast<std::int64_t>(samples.size()))
            out[i] = samples[static_cast<std::size_t>(n)];
    }
    return out;
}

double levelDb(const std::vector<float>& samples) {
    if (samples.empty())
        return -120;
    double energy = 0;
    for (const float s : samples)
        energy += static_cast<double>(s) * static_cast<double>(s);
    const double rms = std::sqrt(energy / static_cast<double>(samples.size()));
    return std::max(20.0 * std::log10(std::max(rms, 1e-12)), -120.0);
}

double levelDb(const Signal& signal, double from, double to) {
    const auto begin = std::clamp<std::int64_t>(std::llround(from * signal.rate), 0,
                                                static_cast<std::int64_t>(signal.samples.size()));
    const auto end = std::clamp<std::int64_t>(std::llround(to * signal.rate), begin,
                                              static_cast<std::int64_t>(signal.samples.size()));
    return levelDb(
        std::vector<float>(signal.samples.begin() + begin, signal.samples.begin() + end));
}

namespace {

// RMS in dB of `length` samples from `first` (zeros outside the signal).
double blockDb(const Signal& signal, std::int64_t first, std::int64_t length) {
    double energy = 0;
    for (std::int64_t i = first; i < first + length; ++i) {
        const double x = sampleAt(signal, i);
        energy += x * x;
    }
    const double rms = std::sqrt(energy / static_cast<double>(std::max<std::int64_t>(length, 1)));
    return 20.0 * std::log10(std::max(rms, 1e-12));
}

} // namespace

std::optional<double> onsetAfter(const Signal& signal, double from, double until,
                                 double thresholdDb) {
    const int rate = signal.rate;
    if (rate <= 0)
        return std::nullopt;
    const std::int64_t window = rate / 100; // 10 ms
    const std::int64_t hop = rate / 200;    // 5 ms
    const std::int64_t block = rate / 1000; // 1 ms
    const auto begin = std::max<std::int64_t>(0, std::llround(from * rate));
    const auto end = std::min<std::int64_t>(static_cast<std::int64_t>(signal.samples.size()),
                                            std::llround(until * rate));
    for (std::int64_t start = begin; start + window <= end; start += hop) {
        if (blockDb(signal, start, window) < thresholdDb)
            continue;
        int sustained = 0;
        for (int k = 1; k <= 4; ++k)
            sustained += blockDb(signal, start + k * hop, window) >= thresholdDb ? 1 : 0;
        if (sustained < 3)
            continue;
        // Back from the end of the loud window, 1 ms at a time, while the
        // blocks stay within 12 dB of the threshold (a gap of up to 2 ms
        // allowed), at most 10 ms before the window.
        std::int64_t onset = start + window - block;
        int gap = 0;
        for (std::int64_t b = onset - block; b >= std::max(begin, start - window); b -= block) {
            if (blockDb(signal, b, block) >= thresholdDb - 12.0) {
                onset = b;
                gap = 0;
            } else if (++gap > 2) {
                break;
            }
        }
        for (std::int64_t b = onset; b < start + window; b += block) {
            if (blockDb(signal, b, block) >= thresholdDb - 12.0) {
                onset = b;
                break;
            }
        }
        return static_cast<double>(onset) / rate;
    }
    return std::nullopt;
}

double silenceBefore(const Signal& signal, double at, double maxSeconds, double thresholdDb) {
    const int rate = signal.rate;
    if (rate <= 0)
        return 0;
    const std::int64_t window = rate / 100;
    const auto end = std::llround(at * rate);
    const auto limit = std::max<std::int64_t>(0, std::llround((at - maxSeconds) * rate));
    std::int64_t start = end - window;
    while (start >= limit && blockDb(signal, start, window) < thresholdDb)
        start -= window;
    return static_cast<double>(end - (start + window)) / rate;
}

// ---- catalogue and joint fit -----------------------------------------------------

bool Catalogue::load(const std::string& dir, const std::vector<std::string>& names, int rate,
                     std::string& error) {
    for (const std::string& name : names) {
        std::optional<Reference> reference =
            Reference::load(dir + "/" + name + ".wav", rate, error);
        if (!reference)
            return false;
        add(std::move(*reference));
    }
    return true;
}

void Catalogue::add(Reference reference) {
    m_sounds.push_back(std::move(reference));
    m_confusableKnown = false;
}

std::optional<std::size_t> Catalogue::indexOf(const std::string& name) const {
    for (std::size_t i = 0; i < m_sounds.size(); ++i) {
        if (m_sounds[i].name() == name)
            return i;
    }
    return std::nullopt;
}

const std::vector<std::size_t>& Catalogue::confusable(std::size_t index) const {
    if (!m_confusableKnown) {
        m_confusable.assign(m_sounds.size(), {});
        for (std::size_t other = 0; other < m_sounds.size(); ++other) {
            // `other` alone, one second into silence; each sound looked for
            // in a window of +-0.4 s around it.
            Signal alone;
            alone.rate = m_sounds[other].rate();
            alone.samples.assign(static_cast<std::size_t>(alone.rate), 0.0F);
            const std::vector<float>& s = m_sounds[other].samples().samples;
            alone.samples.insert(alone.samples.end(), s.begin(), s.end());
            alone.samples.resize(alone.samples.size() + static_cast<std::size_t>(alone.rate), 0.0F);
            for (std::size_t i = 0; i < m_sounds.size(); ++i) {
                if (i != other &&
                    find(m_sounds[i], alone, 1.0, 0.4, 0.4).correlation >= kMatchThreshold / 2)
                    m_confusable[i].push_back(other);
            }
        }
        m_confusableKnown = true;
    }
    return m_confusable[index];
}

namespace {

// [from, to) seconds of a signal (zeros outside it), and where it starts.
Signal slice(const Signal& signal, double from, double to) {
    Signal out;
    out.rate = signal.rate;
    const auto first = static_cast<std::int64_t>(std::floor(from * signal.rate));
    const auto last = static_cast<std::int64_t>(std::ceil(to * signal.rate));
    out.samples.resize(static_cast<std::size_t>(std::max<std::int64_t>(last - first, 0)));
    for (std::size_t i = 0; i < out.samples.size(); ++i)
        out.samples[i] = static_cast<float>(sampleAt(signal, first + static_cast<std::int64_t>(i)));
    return out;
}

// find() on a slice of `signal` just wide enough for the window.
Match findLocally(const Reference& reference, const Signal& signal, double expected, double before,
                  double after, double minGain) {
    const double from = std::floor((expected - before) * signal.rate - 1) / signal.rate;
    const double to = expected + after + reference.samples().seconds() + 2.0 / signal.rate;
    const Signal part = slice(signal, from, to);
    Match match = find(reference, part, expected - from, before, after, kMatchThreshold, minGain);
    match.position += from * signal.rate;
    match.seconds += from;
    return match;
}

Match findNarrow(const Reference& reference, const Signal& signal, const Expected& e,
                 double threshold) {
    const double from = std::floor((e.time - e.before) * signal.rate - 1) / signal.rate;
    const double to = e.time + e.after + reference.samples().seconds() + 2.0 / signal.rate;
    const Signal part = slice(signal, from, to);
    Match match = find(reference, part, e.time - from, e.before, e.after, threshold, e.minGain);
    match.position += from * signal.rate;
    match.seconds += from;
    return match;
}

} // namespace

std::vector<Fitted> fitAll(const Catalogue& catalogue, const Signal& recording,
                           const std::vector<Expected>& expected, int sweeps) {
    // Greedy matching pursuit, lazily: the expected sound that fits the
    // residual best is taken first and subtracted, so the clearest sounds
    // clean the recording for the ones they cover. A candidate's score is
    // re-measured on the current residual before it is taken.
    std::vector<Fitted> fits(expected.size());
    const auto fitOn = [&](std::size_t i, const Signal& signal) {
        return findLocally(catalogue[expected[i].sound], signal, expected[i].time,
                           expected[i].before, expected[i].after, expected[i].minGain);
    };
    Signal rest = recording;                           // the recording minus every accepted fit
    std::vector<std::pair<double, std::size_t>> queue; // a max-heap of (correlation, index)
    for (std::size_t i = 0; i < expected.size(); ++i) {
        fits[i].reference = &catalogue[expected[i].sound];
        fits[i].match = fitOn(i, rest);
        if (fits[i].match.found)
            queue.emplace_back(fits[i].match.correlation, i);
        fits[i].match.found = false; // not accepted yet
    }
    std::make_heap(queue.begin(), queue.end());
    while (!queue.empty()) {
        std::pop_heap(queue.begin(), queue.end());
        const auto [score, i] = queue.back();
        queue.pop_back();
        Match now = fitOn(i, rest);
        if (!now.found)
            continue;
        if (!queue.empty() && now.correlation < queue.front().first - 1e-9) {
            queue.emplace_back(now.correlation, i); // others are better now
            std::push_heap(queue.begin(), queue.end());
            continue;
        }
        fits[i].match = now;
        apply(rest, fits[i], -1.0F);
    }
    // Where many sounds overlap, each alone may correlate below the
    // threshold until the others are subtracted. The sounds found so far say
    // when sound arrives after its expected time (the output's latency); all
    // are then fitted again within 40 ms of that (a busy machine spreads the
    // moments a sink is refilled by about that much), each on the recording minus
    // all the others, with no threshold (a least-squares fit of every gain,
    // by Gauss-Seidel), and only then judged against the threshold.
    std::vector<double> lags;
    for (std::size_t i = 0; i < expected.size(); ++i) {
        if (fits[i].match.found)
            lags.push_back(fits[i].match.seconds - expected[i].time);
    }
    std::vector<Expected> narrow = expected;
    if (lags.size() >= 5) {
        std::nth_element(lags.begin(), lags.begin() + static_cast<std::ptrdiff_t>(lags.size() / 2),
                         lags.end());
        const double lag = lags[lags.size() / 2];
        for (Expected& e : narrow) {
            const double from = std::max(-e.before, lag - 0.040);
            const double to = std::min(e.after, lag + 0.040);
            if (from < to) {
                e.before = -from;
                e.after = to;
            }
        }
    }
    const auto fitNarrow = [&](std::size_t i, double threshold) {
        return findNarrow(catalogue[narrow[i].sound], rest, narrow[i], threshold);
    };
    for (int sweep = 0; sweep < sweeps; ++sweep) {
        for (std::size_t i = 0; i < expected.size(); ++i) {
            apply(rest, fits[i], +1.0F);
            fits[i].match = fitNarrow(i, 0.0);
            apply(rest, fits[i], -1.0F);
        }
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
        apply(rest, fits[i], +1.0F);
        fits[i].match = fitNarrow(i, kMatchThreshold);
        apply(rest, fits[i], -1.0F);
    }
    // Is it that sound, or a confusable one that fits the same stretch better?
    for (std::size_t i = 0; i < expected.size(); ++i) {
        Fitted& fit = fits[i];
        if (!fit.match.found)
            continue;
        apply(rest, fit, +1.0F);
        for (const std::size_t other : catalogue.confusable(expected[i].sound)) {
            const Match rival = findLocally(catalogue[other], rest, fit.match.seconds, 0.4, 0.4,
                                            expected[i].minGain);
            const bool alreadyFitted = std::any_of(fits.begin(), fits.end(), [&](const Fitted& f) {
                return f.reference == &catalogue[other] && f.match.found &&
                       std::abs(f.match.seconds - rival.seconds) < 0.02;
            });
            if (!rival.found || alreadyFitted || rival.correlation <= fit.match.correlation)
                continue;
            // The rival fits better. Is the expected sound still there once
            // the rival is taken out (both played), or was it the rival?
            Fitted taken{&catalogue[other], rival, nullptr};
            apply(rest, taken, -1.0F);
            const Match without = fitNarrow(i, kMatchThreshold);
            apply(rest, taken, +1.0F);
            if (without.found)
                continue;
            fit.soundsLike = &catalogue[other];
            fit.match.found = false;
            break;
        }
        apply(rest, fit, -1.0F);
    }
    return fits;
}

} // namespace limber::cuematch
