#include "fliteword.h"

#include "audio/flite/flitesynth.h"

namespace limber::wordmatch {

Signal fliteWords(const QString& text, const QString& voice, double rate, double pitch) {
    const FliteSpeech speech = fliteSynthesize(text, voice, rate, pitch);
    Signal signal;
    signal.rate = speech.sampleRate;
    const auto* samples = reinterpret_cast<const qint16*>(speech.samples.constData());
    signal.samples.reserve(static_cast<std::size_t>(speech.sampleCount()));
    for (qsizetype i = 0; i < speech.sampleCount(); ++i)
        signal.samples.push_back(static_cast<float>(samples[i]) / 32768.0F);
    return signal;
}

Word fliteWord(const QString& text, int recordingRate, const QString& voice, double rate,
               double pitch) {
    return {text.toStdString(), fliteWords(text, voice, rate, pitch), recordingRate};
}

} // namespace limber::wordmatch
