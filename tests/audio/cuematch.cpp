#include "cuematch.h"

#include <algorithm>
#include <cmath>
#include <complex>
#include <cstdio>
#include <fstream>
#include <functional>
#include <iterator>
#include <limits>
#include <map>
#include <mutex>
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

const std::vector<double>& Reference::blockEnergies(std::size_t block) const {
    auto it = m_blockEnergies.find(block);
    if (it == m_blockEnergies.end()) {
        std::vector<double> energies;
        for (std::size_t b = 0; b < length(); b += block) {
            double energy = 0;
            for (std::size_t i = b; i < std::min(b + block, length()); ++i)
                energy += static_cast<double>(m_samples.samples[i]) *
                          static_cast<double>(m_samples.samples[i]);
            energies.push_back(energy);
        }
        it = m_blockEnergies.emplace(block, std::move(energies)).first;
    }
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

namespace {

// e^(sign 2 pi i k / n) for k in [0, n / 2], kept per n.
const std::vector<std::complex<double>>& turns(std::size_t n, int sign) {
    static std::mutex lock;
    static std::map<std::pair<std::size_t, int>, std::vector<std::complex<double>>> kept;
    const std::lock_guard<std::mutex> guard(lock);
    auto it = kept.find({n, sign});
    if (it == kept.end()) {
        std::vector<std::complex<double>> values(n / 2 + 1);
        for (std::size_t k = 0; k < values.size(); ++k)
            values[k] = std::polar(1.0, sign * 2 * std::numbers::pi * static_cast<double>(k) /
                                            static_cast<double>(n));
        it = kept.emplace(std::pair{n, sign}, std::move(values)).first;
    }
    return it->second;
}

// <recording[first + j, first + j + L), r> for j in [0, offsets), r the
// reference and L its length, by FFT: IFFT(X conj(R)) at lag j (no
// wrap-around: the transform covers the whole span). X is real, so it takes
// a complex FFT of half the size: its even samples as the real parts, its
// odd ones as the imaginary parts, split into X's halves afterwards, and
// the same backwards. With `cumulative`, also the running energy of the
// span: (*cumulative)[i] is that of its first i samples.
std::vector<double> correlate(const Reference& reference, const Signal& recording,
                              std::int64_t first, std::size_t offsets,
                              std::vector<double>* cumulative = nullptr) {
    using Complex = std::complex<double>;
    const std::size_t span = offsets + reference.length() - 1;
    const std::size_t size = std::max<std::size_t>(powerOfTwoAtLeast(span), 4);
    const std::size_t half = size / 2;
    // data[2m], data[2m + 1]: the complex number x[2m] + i x[2m + 1].
    std::vector<double> data(size, 0.0);
    if (cumulative)
        cumulative->assign(span + 1, 0.0);
    for (std::size_t i = 0; i < span; ++i) {
        const double x = sampleAt(recording, first + static_cast<std::int64_t>(i));
        data[i] = x;
        if (cumulative)
            (*cumulative)[i + 1] = (*cumulative)[i] + x * x;
    }
    fft(data, half, false);
    const auto at = [&](std::size_t k) { // Z[k mod half]
        const std::size_t m = k % half;
        return Complex(data[2 * m], data[2 * m + 1]);
    };
    const std::vector<double>& spectrum = reference.spectrum(size);
    const std::vector<Complex>& forward = turns(size, -1);
    const std::vector<Complex>& backward = turns(size, +1);
    // Y[k] = X[k] conj(R[k]) for k in [0, half]: X from Z's even and odd parts.
    std::vector<Complex> product(half + 1);
    for (std::size_t k = 0; k <= half; ++k) {
        const Complex z = at(k);
        const Complex mirror = std::conj(at(half - k));
        const Complex even = 0.5 * (z + mirror);
        const Complex odd = Complex(0, -0.5) * (z - mirror);
        const Complex x = even + forward[k] * odd;
        product[k] = x * Complex(spectrum[2 * k], -spectrum[2 * k + 1]);
    }
    // Back: the even and odd samples of y = IFFT(Y) as one complex sequence.
    for (std::size_t k = 0; k < half; ++k) {
        const Complex mirror = std::conj(product[half - k]);
        const Complex even = product[k] + mirror;
        const Complex odd = (product[k] - mirror) * backward[k];
        const Complex z = even + Complex(0, 1) * odd;
        data[2 * k] = z.real();
        data[2 * k + 1] = z.imag();
    }
    fft(data, half, true);
    const double scale = 1.0 / static_cast<double>(size);
    std::vector<double> correlation(offsets);
    for (std::size_t j = 0; j < offsets; ++j)
        correlation[j] = data[j] * scale;
    return correlation;
}

} // namespace

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
    std::vector<double> cumulative;
    const std::vector<double> correlation =
        correlate(reference, recording, firstOffset, offsets, &cumulative);
    const double norm = reference.norm();
    // Windows with less energy than this are silence (-120 dBFS RMS).
    const double silent = 1e-12 * static_cast<double>(length);
    std::vector<double> ncc(offsets, 0.0);
    for (std::size_t j = 0; j < offsets; ++j) {
        const double energy = cumulative[j + length] - cumulative[j];
        if (energy > silent && correlation[j] >= minGain * norm * norm)
            ncc[j] = correlation[j] / (norm * std::sqrt(energy));
    }
    // The fit at offset `best`: a parabola through the peak and its
    // neighbours gives the fractional offset, and the correlation and gain
    // there; then containment (see Match::containedDb).
    const std::size_t block = static_cast<std::size_t>(rate) / 50;
    const std::vector<double>& energies = reference.blockEnergies(block);
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
        // The recording's energy per block from the running sum (the fit
        // starts within the window's offsets, so within `cumulative`).
        const auto start = std::clamp<std::int64_t>(std::llround(m.position) - firstOffset, 0,
                                                    static_cast<std::int64_t>(offsets) - 1);
        std::vector<std::pair<double, double>> blocks; // recorded, fitted energy
        double loudest = 0;
        for (std::size_t k = 0; k < energies.size(); ++k) {
            const std::size_t b = static_cast<std::size_t>(start) + k * block;
            const double recorded =
                cumulative[std::min(b + block, span)] - cumulative[std::min(b, span)];
            const double fitted = energies[k] * m.gain * m.gain;
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

std::vector<Dropout> dropouts(const Signal& recording, double minSeconds) {
    std::vector<Dropout> found;
    const std::vector<float>& x = recording.samples;
    const auto count = static_cast<std::int64_t>(x.size());
    const std::int64_t flank = recording.rate / 200; // 5 ms
    const auto shortest = static_cast<std::int64_t>(std::ceil(minSeconds * recording.rate));
    const auto loud = [&](std::int64_t from, std::int64_t to) {
        for (std::int64_t i = std::max<std::int64_t>(from, 0); i < std::min(to, count); ++i) {
            if (std::abs(x[static_cast<std::size_t>(i)]) > 0.01F) // -40 dBFS
                return true;
        }
        return false;
    };
    for (std::int64_t i = 0; i < count;) {
        if (x[static_cast<std::size_t>(i)] != 0.0F) {
            ++i;
            continue;
        }
        std::int64_t end = i;
        while (end < count && x[static_cast<std::size_t>(end)] == 0.0F)
            ++end;
        if (end - i >= shortest && end < count && loud(i - flank, i) && loud(end, end + flank))
            found.push_back({static_cast<double>(i) / recording.rate,
                             static_cast<double>(end - i) / recording.rate});
        i = end;
    }
    return found;
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

void Catalogue::measureLikeness() const {
    if (m_confusableKnown)
        return;
    m_confusable.assign(m_sounds.size(), {});
    m_likeness.assign(m_sounds.size(), std::vector<double>(m_sounds.size(), 0.0));
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
            if (i == other)
                continue;
            m_likeness[i][other] = find(m_sounds[i], alone, 1.0, 0.4, 0.4).correlation;
            if (m_likeness[i][other] >= kMatchThreshold / 2)
                m_confusable[i].push_back(other);
        }
    }
    m_confusableKnown = true;
}

const std::vector<std::size_t>& Catalogue::confusable(std::size_t index) const {
    measureLikeness();
    return m_confusable[index];
}

double Catalogue::likeness(std::size_t index, std::size_t other) const {
    measureLikeness();
    return m_likeness[index][other];
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

// ---- pairs of sounds that share a note --------------------------------------

// A fit below this correlation after the sweeps is placed again together with
// each sound it overlaps that shares a note with it (refinePair()).
constexpr double kPairBelow = 0.9;
// And so is any such pair whose two waveforms, where they were placed, are
// this far from orthogonal (coupling()): below it, fitting one sound at a
// time converges to the right places.
constexpr double kCoupled = 0.1;
// Unless the two fits already leave less than this fraction (-30 dB) of the
// stretch's energy: measured on the 200-plays recordings, no pair that left
// less was ever placed better together.
constexpr double kExplained = 1e-3;
// How far from where it was each of the two is tried (two periods of A4, the
// lowest note the bells share), and at how many of its ripples.
constexpr double kReach = 0.005;
constexpr std::size_t kRipples = 6;
// The confusable check at the end of fitAll(): a fit that much more like its
// sound than another sound alone ever looks is not that other sound.
constexpr double kRivalMargin = 0.1;

// `reference` at `position` (samples, fractional) in a signal of `length`
// samples, gain 1.
std::vector<double> placedIn(const Reference& reference, double position, std::size_t length) {
    std::vector<double> out(length, 0.0);
    const double base = std::floor(position);
    const std::vector<float>& samples = reference.shifted(position - base);
    for (std::size_t n = 0; n < samples.size(); ++n) {
        const std::int64_t index = static_cast<std::int64_t>(base) + static_cast<std::int64_t>(n);
        if (index >= 0 && index < static_cast<std::int64_t>(length))
            out[static_cast<std::size_t>(index)] = samples[n];
    }
    return out;
}

double dotOf(const std::vector<double>& a, const std::vector<double>& b) {
    double sum = 0;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        sum += a[i] * b[i];
    return sum;
}

// How far from orthogonal two placed sounds are, near where they are: the
// largest |<a, b>| / (|a| |b|) with b moved by up to 0.75 ms either way in
// 0.25 ms steps (so two copies of a note that meet in quadrature count too),
// a at `positionA` and b at `positionB` (samples; rounded: a screen).
double coupling(const Reference& a, double positionA, const Reference& b, double positionB) {
    const std::vector<float>& x = a.samples().samples;
    const std::vector<float>& y = b.samples().samples;
    const int step = a.rate() / 4000;
    double largest = 0;
    for (int k = -3; k <= 3; ++k) {
        const std::int64_t lag = std::llround(positionB - positionA) + k * step; // y[n]: x[n + lag]
        double sum = 0;
        for (std::int64_t n = std::max<std::int64_t>(0, -lag);
             n < static_cast<std::int64_t>(y.size()) &&
             n + lag < static_cast<std::int64_t>(x.size());
             ++n)
            sum += static_cast<double>(y[static_cast<std::size_t>(n)]) *
                   static_cast<double>(x[static_cast<std::size_t>(n + lag)]);
        largest = std::max(largest, std::abs(sum));
    }
    return largest / std::max(a.norm() * b.norm(), 1e-30);
}

// `centre` and the `most` highest positive local maxima of <part, reference>
// at the whole-sample offsets within `reach` samples of it: the ripples of
// the correlation, a period of one of the sound's notes apart.
std::vector<double> ripples(const Reference& reference, const Signal& part, double centre,
                            int reach, std::size_t most) {
    const std::int64_t first = std::llround(centre) - reach - 1;
    const std::vector<double> values =
        correlate(reference, part, first, static_cast<std::size_t>(2 * reach + 3));
    std::vector<std::pair<double, double>> peaks; // (value, offset)
    for (std::size_t i = 1; i + 1 < values.size(); ++i) {
        if (values[i] > 0 && values[i] >= values[i - 1] && values[i] > values[i + 1])
            peaks.emplace_back(values[i], static_cast<double>(first) + static_cast<double>(i));
    }
    std::sort(peaks.begin(), peaks.end(), std::greater<>());
    std::vector<double> offsets = {centre};
    for (std::size_t k = 0; k < std::min(most, peaks.size()); ++k)
        offsets.push_back(peaks[k].second);
    return offsets;
}

// Two sounds that share a note and ring together can fit badly one at a
// time. Where the shared note of both starts within a few ms (halfway's E5
// and switch-sides' second note, which the 200-plays test's 150 ms rule
// lines up), its two copies add up in whatever phase they meet, and
// opposite they cancel: the sum resembles neither. The first sound fitted
// then lands a period of one of its notes away, where it takes in part of
// the other's note, and what it leaves of the other no longer looks like
// it (correlation 0, or a fit 4-10 dB off): a local optimum that fitting
// each sound again on what the others leave never leaves. So the two are
// placed at once. For each place of one of them (where it is and its
// highest ripples within kReach), the other is fitted on what that leaves,
// and both gains are solved together by least squares; from the two best
// such pairs, the first is fitted again on what the other leaves and the
// other again on what that leaves. Both ways round. The pair that leaves the
// least energy replaces the two fits when it leaves less than they do.
// `base`: the recording minus every other sound. True when it replaced them
// (their correlation and containment are then stale: the sweeps that follow
// measure them again).
bool refinePair(const Reference& refA, const Expected& windowA, Match& fitA, const Reference& refB,
                const Expected& windowB, Match& fitB, const Signal& base) {
    const int rate = base.rate;
    const auto reach = static_cast<int>(std::ceil(kReach * rate));
    const double earliest =
        std::min(windowA.time - windowA.before, windowB.time - windowB.before) - 2 * kReach;
    const double from = std::floor(earliest * rate - 1) / rate;
    const double to = std::max(windowA.time + windowA.after + refA.samples().seconds(),
                               windowB.time + windowB.after + refB.samples().seconds()) +
                      2 * kReach;
    const Signal part = slice(base, from, to);
    const double shift = from * rate; // samples of the recording before `part`
    const std::size_t length = part.samples.size();
    const std::vector<double> x(part.samples.begin(), part.samples.end());
    const double energy = dotOf(x, x);

    // `part` minus `gain` times `sound` (placed: a whole `part` long).
    const auto minus = [&](const std::vector<double>& sound, double gain) {
        Signal left = part;
        for (std::size_t i = 0; i < length; ++i)
            left.samples[i] -= static_cast<float>(gain * sound[i]);
        return left;
    };
    const auto leastSquaresGain = [&](const std::vector<double>& sound) {
        return dotOf(x, sound) / std::max(dotOf(sound, sound), 1e-30);
    };
    struct Pair {
        double positionA = 0, gainA = 0, positionB = 0, gainB = 0;
        double left = std::numeric_limits<double>::max(); // energy left
    };
    // Both gains at once at (pa, pb): the normal equations of x ~ ga a + gb b.
    const auto solve = [&](double pa, double pb) {
        const std::vector<double> a = placedIn(refA, pa, length);
        const std::vector<double> b = placedIn(refB, pb, length);
        const double aa = dotOf(a, a);
        const double bb = dotOf(b, b);
        const double ab = dotOf(a, b);
        const double xa = dotOf(x, a);
        const double xb = dotOf(x, b);
        Pair pair{pa, 0, pb, 0};
        const double determinant = aa * bb - ab * ab;
        if (aa <= 0 || bb <= 0 || determinant <= 1e-9 * aa * bb)
            return pair;
        pair.gainA = (xa * bb - xb * ab) / determinant;
        pair.gainB = (xb * aa - xa * ab) / determinant;
        pair.left = energy - pair.gainA * xa - pair.gainB * xb;
        return pair;
    };
    // What the two fits leave now (one with no gain counts as absent).
    Signal now = part;
    if (fitA.gain > 0)
        now = minus(placedIn(refA, fitA.position - shift, length), fitA.gain);
    if (fitB.gain > 0) {
        const std::vector<double> b = placedIn(refB, fitB.position - shift, length);
        for (std::size_t i = 0; i < length; ++i)
            now.samples[i] -= static_cast<float>(fitB.gain * b[i]);
    }
    const std::vector<double> nowLeft(now.samples.begin(), now.samples.end());
    const double leftNow = dotOf(nowLeft, nowLeft);
    if (leftNow < energy * kExplained)
        return false;

    Pair best;
    const auto consider = [&](const Pair& pair) {
        if (pair.left < best.left && pair.gainA > 0 && pair.gainB > 0)
            best = pair;
    };
    const auto tryFrom = [&](const Reference& one, const Match& oneFit, const Reference& other,
                             const Expected& otherWindow, bool oneIsA) {
        if (oneFit.gain <= 0)
            return;
        const auto pairAt = [&](double p, double q) {
            return oneIsA ? solve(p, q) : solve(q, p);
        };
        const auto otherOn = [&](const Signal& left) {
            return find(other, left, otherWindow.time - from, otherWindow.before, otherWindow.after,
                        0.0, 0.0);
        };
        std::vector<std::pair<double, std::pair<double, double>>> starts; // (left, (p, q))
        for (const double p : ripples(one, part, oneFit.position - shift, reach, kRipples)) {
            const std::vector<double> placed = placedIn(one, p, length);
            const Match m = otherOn(minus(placed, leastSquaresGain(placed)));
            if (m.gain <= 0)
                continue;
            const Pair pair = pairAt(p, m.position);
            starts.push_back({pair.left, {p, m.position}});
            consider(pair);
        }
        std::sort(starts.begin(), starts.end());
        for (std::size_t k = 0; k < std::min<std::size_t>(starts.size(), 2); ++k) {
            const auto [p, q] = starts[k].second;
            const std::vector<double> placed = placedIn(other, q, length);
            const Match again = find(one, minus(placed, leastSquaresGain(placed)), p / rate, kReach,
                                     kReach, 0.0, 0.0);
            if (again.gain <= 0)
                continue;
            const Match m = otherOn(minus(placedIn(one, again.position, length), again.gain));
            if (m.gain > 0)
                consider(pairAt(again.position, m.position));
        }
    };
    tryFrom(refA, fitA, refB, windowB, true);
    tryFrom(refB, fitB, refA, windowA, false);
    if (best.left >= leftNow)
        return false;
    const auto set = [&](Match& fit, double position, double gain) {
        fit.position = position + shift;
        fit.seconds = fit.position / rate;
        fit.gain = gain;
        fit.found = true;
    };
    set(fitA, best.positionA, best.gainA);
    set(fitB, best.positionB, best.gainB);
    return true;
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
    // moments a sink is refilled by about that much), each on the recording
    // minus all the others, with no threshold (a least-squares fit of every
    // gain, by Gauss-Seidel), and only then judged against the threshold.
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
    // A sweep fits every sound again on the recording minus all the others.
    // Every fit with a positive gain stays in the model until the last round,
    // contained or not: a sound dropped here (rest-over's A5 in opposite
    // phase with switch-sides' takes the recording under the fitted
    // switch-sides by 12 dB in a block) leaves its energy to the sounds it
    // overlaps, which take it in (halfway at +3.4 dB) and never give it back.
    const auto sweep = [&] {
        for (std::size_t i = 0; i < expected.size(); ++i) {
            apply(rest, fits[i], +1.0F);
            fits[i].match = fitNarrow(i, 0.0);
            fits[i].match.found = fits[i].match.gain > 0 && fits[i].match.correlation > 0;
            apply(rest, fits[i], -1.0F);
        }
    };
    for (int round = 0; round < sweeps; ++round)
        sweep();
    // Sounds that share a note and overlap: where one of the two fits poorly
    // or their waveforms are far from orthogonal where they are, both are
    // placed at once (refinePair()); then every sound is fitted one by one
    // again from there.
    const auto span = [&](std::size_t i) {
        return std::pair{narrow[i].time - narrow[i].before,
                         narrow[i].time + narrow[i].after +
                             catalogue[narrow[i].sound].samples().seconds()};
    };
    const auto sharesANote = [&](std::size_t a, std::size_t b) {
        const std::vector<std::size_t>& likeA = catalogue.confusable(expected[a].sound);
        const std::vector<std::size_t>& likeB = catalogue.confusable(expected[b].sound);
        return std::find(likeA.begin(), likeA.end(), expected[b].sound) != likeA.end() ||
               std::find(likeB.begin(), likeB.end(), expected[a].sound) != likeB.end();
    };
    const auto poor = [&](std::size_t i) {
        const Match& m = fits[i].match;
        return m.correlation < kPairBelow || m.containedDb < kContainedDb ||
               m.gain < expected[i].minGain;
    };
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const auto [from, to] = span(i);
        for (std::size_t j = i + 1; j < expected.size(); ++j) {
            const auto [jFrom, jTo] = span(j);
            if (jTo <= from || jFrom >= to || !sharesANote(i, j))
                continue;
            const Reference& a = catalogue[expected[i].sound];
            const Reference& b = catalogue[expected[j].sound];
            if (!poor(i) && !poor(j) &&
                coupling(a, fits[i].match.position, b, fits[j].match.position) < kCoupled)
                continue;
            apply(rest, fits[i], +1.0F);
            apply(rest, fits[j], +1.0F);
            refinePair(a, narrow[i], fits[i].match, b, narrow[j], fits[j].match, rest);
            apply(rest, fits[i], -1.0F);
            apply(rest, fits[j], -1.0F);
        }
    }
    sweep();
    sweep();
    // The last round, judged against the threshold and containment.
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
        const std::size_t sound = expected[i].sound;
        for (const std::size_t other : catalogue.confusable(sound)) {
            // Far more like its own sound than the other sound alone ever is
            // (either looked for in the other): the other cannot have made it.
            const double likeness =
                std::max(catalogue.likeness(sound, other), catalogue.likeness(other, sound));
            if (fit.match.correlation > likeness + kRivalMargin)
                continue;
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
