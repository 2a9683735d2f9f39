#include "audio/flite/flitesynth.h"

#include <QMutex>
#include <QMutexLocker>
#include <algorithm>
#include <cmath>
#include <memory>

extern "C" {
#include <flite/flite.h>

cst_voice* register_cmu_us_slt(const char* voxdir);
cst_voice* register_cmu_us_rms(const char* voxdir);
cst_voice* register_cmu_us_awb(const char* voxdir);
cst_voice* register_cmu_us_kal16(const char* voxdir);
cst_voice* register_cmu_us_kal(const char* voxdir);
}

namespace limber {

namespace {

struct VoiceInfo {
    const char* name;
    cst_voice* (*registerVoice)(const char*);
    // The voice's own median pitch in Hz, measured on a few sentences; the
    // pitch setting moves the target around it.
    double naturalPitch;
    bool female;
};

constexpr VoiceInfo voiceTable[] = {
    {"slt", register_cmu_us_slt, 174.0, true},  {"rms", register_cmu_us_rms, 100.0, false},
    {"awb", register_cmu_us_awb, 126.0, false}, {"kal16", register_cmu_us_kal16, 95.0, false},
    {"kal", register_cmu_us_kal, 95.0, false},
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
        entry.voice = info.registerVoice(nullptr);
        if (entry.voice)
            entry.ownPitchTarget =
                get_param_float(entry.voice->features, "int_f0_target_mean", -1.0F);
    }
    return entry;
}

// flite starts and ends each text with a pause (~200 ms before the first
// word): cut to this much, so a spoken "3" starts when it is due.
constexpr int leadMs = 20;
constexpr int tailMs = 100;
constexpr int silenceBelow = 328; // -40 dBFS

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

FliteSpeech fliteSynthesize(const QString& text, const QString& voice, double rate, double pitch) {
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

    const std::unique_ptr<cst_wave, WaveDeleter> wave(flite_text_to_wave(utf8.constData(), vox));
    if (!wave || wave->num_samples <= 0 || wave->num_channels != 1 || wave->sample_rate <= 0)
        return {};
    const short* begin = wave->samples;
    const short* end = wave->samples + wave->num_samples;
    const auto loud = [](short s) {
        return std::abs(static_cast<int>(s)) >= silenceBelow;
    };
    const short* first = std::find_if(begin, end, loud);
    if (first == end)
        return {}; // nothing but silence
    const short* last =
        std::find_if(std::make_reverse_iterator(end), std::make_reverse_iterator(first), loud)
            .base();
    const std::ptrdiff_t perSecond = wave->sample_rate;
    first -= std::min(first - begin, perSecond * leadMs / 1000);
    last += std::min(end - last, perSecond * tailMs / 1000);

    FliteSpeech speech;
    speech.sampleRate = wave->sample_rate;
    speech.samples =
        QByteArray(reinterpret_cast<const char*>(first),
                   static_cast<qsizetype>(last - first) * static_cast<qsizetype>(sizeof(qint16)));
    return speech;
}

} // namespace limber
