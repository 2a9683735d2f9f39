#include "audio/flite/flitesynth.h"

#include <QLibrary>
#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <vector>

extern "C" {
#include <flite/flite.h>
}

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Each voice is a library of flite1 (libflite_cmu_us_<name>.so.1) that is
// loaded when the voice first speaks, not linked: together they hold 5.7 MB
// of data and 130 000 relocations that would otherwise be paid at every
// start-up (scripts/bench-startup), and a person uses one voice.
struct VoiceInfo {
    const char* name;
    // The voice's own median pitch in Hz, measured on a few sentences; the
    // pitch setting moves the target around it.
    double naturalPitch;
    bool female;
};

constexpr VoiceInfo voiceTable[] = {
    {"slt", 174.0, true},   {"rms", 100.0, false}, {"awb", 126.0, false},
    {"kal16", 95.0, false}, {"kal", 95.0, false},
};

// flite keeps per-voice state in the voice's feature list and is not
// reentrant: every use goes through this lock.
QMutex& fliteLock() {
    static QMutex lock;
    return lock;
}

const VoiceInfo& infoFor(const QString& name) {
    const auto* found =
        std::find_if(std::begin(voiceTable), std::end(voiceTable),
                     [&](const VoiceInfo& v) { return name == QLatin1String(v.name); });
    return found != std::end(voiceTable) ? *found : voiceTable[0];
}

struct Registered {
    cst_voice* voice = nullptr;
    // The voice's own "int_f0_target_mean" (diphone voices have one,
    // clustergen voices none: -1), restored at pitch 0.
    float ownPitchTarget = -1.0F;
};

// Registered once, on first use, under the lock.
Registered& registered(const VoiceInfo& info) {
    static bool initialised = false;
    static Registered voices[std::size(voiceTable)];
    if (!initialised) {
        flite_init();
        initialised = true;
    }
    Registered& entry = voices[static_cast<std::size_t>(&info - voiceTable)];
    if (!entry.voice) {
        // Never unloaded: the voice's data lives in the library.
        const QString name = QString::fromLatin1(info.name);
        QLibrary library(u"flite_cmu_us_"_s + name, 1);
        using Register = cst_voice* (*)(const char*);
        if (const auto registerVoice = reinterpret_cast<Register>(
                library.resolve(QByteArray("register_cmu_us_" + name.toLatin1()).constData())))
            entry.voice = registerVoice(nullptr);
        if (entry.voice)
            entry.ownPitchTarget =
                get_param_float(entry.voice->features, "int_f0_target_mean", -1.0F);
    }
    return entry;
}

// flite starts and ends each text with a pause (~200 ms before the first
// word) that is not digital silence but a noise floor near -60 dBFS. The
// pause before the words is cut so that a spoken "3" starts when it is due,
// but not into the words: an unvoiced onset ("th" in "three", "s" in "six",
// "f" in "five", "h" in "halfway") is only 5-15 dB above that floor and
// comes 30-100 ms before the voice. So the onset is where the 5 ms windows
// before the voice stop standing above twice the pause's own median peak
// (about -55 dBFS), and leadMs before it are kept. After the words, tailMs are kept after the
// last sample above -40 dBFS.
constexpr int windowMs = 5;
constexpr int floorFromMs = 100; // the pause's noise floor: from its first 100 ms
constexpr int leadMs = 20;
constexpr int tailMs = 100;
constexpr int silenceBelow = 328; // -40 dBFS
constexpr int floorAtLeast = 22;  // -63 dBFS: a floor of digital silence still needs a margin
constexpr int peakTarget = 16384; // -6 dBFS, the cue sounds' peak (scripts/make-sounds)

// The first sample of the words: see above. Walks back from the voice
// (`voiced`, the first sample above -40 dBFS) window by window while the
// windows stand above the pause's floor, so a lone spike in the pause is
// never taken for the words.
const short* onsetOf(const short* begin, const short* voiced, std::ptrdiff_t perSecond) {
    const std::ptrdiff_t window = std::max<std::ptrdiff_t>(1, perSecond * windowMs / 1000);
    const auto peakOf = [&](const short* from, const short* to) {
        int peak = 0;
        for (const short* s = std::max(from, begin); s < to; ++s)
            peak = std::max(peak, std::abs(static_cast<int>(*s)));
        return peak;
    };
    std::vector<int> floorPeaks;
    for (const short* at = begin;
         at + window <= std::min(begin + perSecond * floorFromMs / 1000, voiced); at += window)
        floorPeaks.push_back(peakOf(at, at + window));
    std::nth_element(floorPeaks.begin(), floorPeaks.begin() + std::ssize(floorPeaks) / 2,
                     floorPeaks.end());
    const int noiseFloor = floorPeaks.empty() ? 0 : floorPeaks[floorPeaks.size() / 2];
    const int threshold = std::max(2 * noiseFloor, floorAtLeast);
    const short* onset = voiced;
    int quiet = 0; // windows in a row at the floor
    for (const short* at = voiced; at > begin && quiet < 2; at -= window) {
        if (peakOf(at - window, at) >= threshold) {
            onset = std::max(at - window, begin);
            quiet = 0;
        } else {
            ++quiet;
        }
    }
    return onset;
}

struct WaveDeleter {
    void operator()(cst_wave* wave) const { delete_wave(wave); }
};

} // namespace

QStringList fliteVoiceNames() {
    QStringList names;
    for (const VoiceInfo& voice : voiceTable)
        names << QLatin1String(voice.name);
    return names;
}

bool fliteVoiceIsFemale(const QString& voice) {
    return infoFor(voice).female;
}

FliteSpeech fliteRender(const QString& text, const QString& voice, double rate, double pitch) {
    const QByteArray utf8 = text.trimmed().toUtf8();
    if (utf8.isEmpty())
        return {};
    const VoiceInfo& info = infoFor(voice);
    rate = std::clamp(rate, -1.0, 1.0);
    pitch = std::clamp(pitch, -1.0, 1.0);

    const QMutexLocker locker(&fliteLock());
    const Registered& entry = registered(info);
    cst_voice* vox = entry.voice;
    if (!vox)
        return {};
    // Twice as fast at +1, half as fast at -1.
    feat_set_float(vox->features, "duration_stretch", static_cast<float>(std::exp2(-rate)));
    if (pitch != 0.0)
        feat_set_float(vox->features, "int_f0_target_mean",
                       static_cast<float>(info.naturalPitch * std::exp2(pitch / 2.0)));
    else if (entry.ownPitchTarget > 0.0F)
        feat_set_float(vox->features, "int_f0_target_mean", entry.ownPitchTarget);
    else
        feat_remove(vox->features, "int_f0_target_mean");

    // The clustergen voices excite unvoiced sounds with noise from rand():
    // one seed makes every rendering of a text the same, so where its cut
    // falls, and so when its first sound is heard, never varies.
    std::srand(1);
    const std::unique_ptr<cst_wave, WaveDeleter> wave(flite_text_to_wave(utf8.constData(), vox));
    if (!wave || wave->num_samples <= 0 || wave->num_channels != 1 || wave->sample_rate <= 0)
        return {};
    FliteSpeech speech;
    speech.sampleRate = wave->sample_rate;
    speech.samples = QByteArray(reinterpret_cast<const char*>(wave->samples),
                                static_cast<qsizetype>(wave->num_samples) *
                                    static_cast<qsizetype>(sizeof(qint16)));
    return speech;
}

FliteSpeech fliteTrim(const FliteSpeech& raw) {
    if (raw.isEmpty())
        return {};
    const auto* begin = reinterpret_cast<const short*>(raw.samples.constData());
    const short* end = begin + raw.sampleCount();
    const auto loud = [](short s) {
        return std::abs(static_cast<int>(s)) >= silenceBelow;
    };
    const short* voiced = std::find_if(begin, end, loud);
    if (voiced == end)
        return {}; // nothing but silence
    const short* last =
        std::find_if(std::make_reverse_iterator(end), std::make_reverse_iterator(voiced), loud)
            .base();
    const std::ptrdiff_t perSecond = raw.sampleRate;
    const short* onset = onsetOf(begin, voiced, perSecond);
    const short* first = onset - std::min(onset - begin, perSecond * leadMs / 1000);
    last += std::min(end - last, perSecond * tailMs / 1000);

    // Every utterance at the cue sounds' peak, so the voice is as loud as
    // they are at any volume setting.
    int peak = 0;
    for (const short* s = first; s < last; ++s)
        peak = std::max(peak, std::abs(static_cast<int>(*s)));
    const double gain = static_cast<double>(peakTarget) / std::max(peak, 1);
    FliteSpeech speech;
    speech.sampleRate = raw.sampleRate;
    speech.samples.resize(static_cast<qsizetype>(last - first) *
                          static_cast<qsizetype>(sizeof(qint16)));
    auto* out = reinterpret_cast<qint16*>(speech.samples.data());
    for (const short* s = first; s < last; ++s)
        *out++ = static_cast<qint16>(std::clamp(std::lround(*s * gain), -32767L, 32767L));
    speech.trimmedFrom = first - begin;
    speech.onset = onset - first;
    speech.gain = gain;
    return speech;
}

FliteSpeech fliteResample(const FliteSpeech& speech, int sampleRate) {
    if (speech.isEmpty() || sampleRate <= 0 || sampleRate == speech.sampleRate)
        return speech;
    // Band-limited interpolation: each output sample is the input's samples
    // within `taps` of its moment, weighed by a sinc cut off below the lower
    // rate's Nyquist frequency and a Hann window. Sample j is at input
    // position j * from / to, so nothing moves in time (flite's own
    // cst_wave_resample delays everything by its filter's lag, 4.6 ms from
    // 16 to 44.1 kHz, and adds a tail).
    constexpr int taps = 16;
    const double from = speech.sampleRate;
    const double to = sampleRate;
    const double cutoff = std::min(1.0, to / from) * 0.95;
    const auto* in = reinterpret_cast<const qint16*>(speech.samples.constData());
    const qsizetype inCount = speech.sampleCount();
    const auto outCount =
        static_cast<qsizetype>(std::llround(static_cast<double>(inCount) * to / from));
    FliteSpeech resampled = speech;
    resampled.sampleRate = sampleRate;
    resampled.onset =
        static_cast<qsizetype>(std::llround(static_cast<double>(speech.onset) * to / from));
    resampled.samples.resize(outCount * static_cast<qsizetype>(sizeof(qint16)));
    auto* out = reinterpret_cast<qint16*>(resampled.samples.data());
    const double reach = taps / cutoff; // input samples either side
    for (qsizetype j = 0; j < outCount; ++j) {
        const double t = static_cast<double>(j) * from / to;
        const auto first = std::max<qsizetype>(0, static_cast<qsizetype>(std::ceil(t - reach)));
        const auto last =
            std::min<qsizetype>(inCount - 1, static_cast<qsizetype>(std::floor(t + reach)));
        double sum = 0.0;
        for (qsizetype k = first; k <= last; ++k) {
            const double x = static_cast<double>(k) - t;
            const double arg = M_PI * cutoff * x;
            const double sinc = std::abs(arg) < 1e-9 ? 1.0 : std::sin(arg) / arg;
            const double window = 0.5 + 0.5 * std::cos(M_PI * x / reach);
            sum += static_cast<double>(in[k]) * cutoff * sinc * window;
        }
        out[j] = static_cast<qint16>(std::clamp(std::lround(sum), -32767L, 32767L));
    }
    return resampled;
}

FliteSpeech fliteSynthesize(const QString& text, const QString& voice, double rate, double pitch) {
    return fliteTrim(fliteRender(text, voice, rate, pitch));
}

} // namespace limber
