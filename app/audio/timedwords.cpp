#include "audio/timedwords.h"

#include "audio/flite/flitesynth.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

using Clock = TimedWords::Clock;

// The words as the cue sounds' output plays them: flite's rendering at the
// output's rate, each sample on every channel; where their first sound is.
struct Rendering {
    std::shared_ptr<const CueMix::Samples> samples;
    double onsetSeconds = 0;
    double seconds = 0;
};

Rendering render(const QString& words, const QString& voice, double rate, double pitch,
                 int sampleRate, int channels) {
    const FliteSpeech speech =
        fliteResample(fliteSynthesize(words, voice, rate, pitch), sampleRate);
    if (speech.isEmpty() || channels <= 0)
        return {};
    const auto* in = reinterpret_cast<const qint16*>(speech.samples.constData());
    auto samples = std::make_shared<CueMix::Samples>();
    samples->reserve(static_cast<std::size_t>(speech.sampleCount() * channels));
    for (qsizetype i = 0; i < speech.sampleCount(); ++i)
        samples->insert(samples->end(), static_cast<std::size_t>(channels), in[i]);
    return {std::move(samples), static_cast<double>(speech.onset) / speech.sampleRate,
            static_cast<double>(speech.sampleCount()) / speech.sampleRate};
}

Clock::duration toDuration(double seconds) {
    return std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(seconds));
}

} // namespace

TimedWords::TimedWords(SoundPlayer& sounds, Narrator& narrator, NowFunction now, QObject* parent)
    : QObject(parent)
    , m_sounds(sounds)
    , m_narrator(narrator)
    , m_now(now ? std::move(now) : NowFunction([] { return Clock::now(); })) {
    m_renderer.setMaxThreadCount(1);
}

TimedWords::~TimedWords() {
    m_renderer.clear();
    m_renderer.waitForDone(); // what it posted here goes with this object
}

TimedWords::Voice TimedWords::voiceNow() const {
    return {m_narrator.voice(), m_narrator.rate(), m_narrator.pitch(), m_sounds.sampleRate(),
            m_sounds.channels()};
}

bool TimedWords::rendersAhead() const {
    return m_narrator.engine() == u"flite"_s && m_narrator.available() && m_sounds.available() &&
           m_sounds.sampleRate() > 0;
}

void TimedWords::prepare(const QStringList& words) {
    if (!rendersAhead())
        return;
    const Voice voice = voiceNow();
    if (voice != m_voice) {
        m_words.clear();
        m_rendering.clear();
        m_voice = voice;
    }
    for (const QString& text : words) {
        if (text.isEmpty() || m_words.contains(text) || m_rendering.contains(text))
            continue;
        m_rendering.insert(text);
        m_renderer.start([this, text, voice] {
            Rendering rendering =
                render(text, voice.name, voice.rate, voice.pitch, voice.sampleRate, voice.channels);
            QMetaObject::invokeMethod(
                this,
                [this, text, voice, rendering = std::move(rendering)] {
                    if (voice != m_voice)
                        return; // rendered for a voice no longer in use
                    m_rendering.remove(text);
                    if (rendering.samples)
                        m_words.insert(text, {rendering.samples, toDuration(rendering.onsetSeconds),
                                              toDuration(rendering.seconds)});
                    Q_EMIT rendered(text);
                },
                Qt::QueuedConnection);
        });
    }
}

bool TimedWords::ready(const QString& words) const {
    return rendersAhead() && voiceNow() == m_voice && m_words.contains(words);
}

std::chrono::milliseconds TimedWords::latency() const {
    return rendersAhead() ? SoundPlayer::latency : Narrator::latencyOf(m_narrator.engine());
}

void TimedWords::say(const QString& words, Clock::time_point scheduled) {
    if (m_until > scheduled || m_narrator.speaking())
        return; // something is still being said at its moment
    if (ready(words)) {
        const Rendered& rendered = m_words[words];
        const Clock::time_point start = scheduled - rendered.onset;
        m_until = start + rendered.length;
        m_sounds.playSpeech(rendered.samples, start);
        return;
    }
    // Rendered for next time; the narrator says them now, handed over its
    // own latency before their moment.
    prepare({words});
    const auto wait = std::chrono::floor<std::chrono::milliseconds>(
        scheduled - Narrator::latencyOf(m_narrator.engine()) - m_now());
    if (wait <= std::chrono::milliseconds::zero()) {
        m_narrator.sayPrompt(words, scheduled);
        return;
    }
    QTimer::singleShot(wait, Qt::PreciseTimer, this,
                       [this, words, scheduled, generation = m_generation] {
                           if (generation == m_generation)
                               m_narrator.sayPrompt(words, scheduled);
                       });
}

void TimedWords::stop() {
    ++m_generation;
    m_until = {};
    m_sounds.stopSpeech();
}

bool TimedWords::speaking() const {
    return m_now() < m_until;
}

} // namespace limber
