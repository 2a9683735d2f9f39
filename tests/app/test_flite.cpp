// Limber's flite engine: what flite renders for each voice, rate and pitch
// (flitesynth.h), and that QTextToSpeech("flite") is Limber's engine. Sound
// on a real device is tested in test_audio_integration (SpeaksEveryCueWord).
#include "audio/flite/fliteengine.h"
#include "audio/flite/flitesynth.h"
#include "audio/narrator.h"

#include <QTextToSpeech>
#include <QVoice>
#include <QtConcurrent>
#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <vector>

using namespace limber;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

std::vector<double> samplesOf(const FliteSpeech& speech) {
    std::vector<double> out(static_cast<std::size_t>(speech.sampleCount()));
    const auto* s = reinterpret_cast<const qint16*>(speech.samples.constData());
    std::transform(s, s + out.size(), out.begin(), [](qint16 v) { return v / 32768.0; });
    return out;
}

double peak(const FliteSpeech& speech) {
    double p = 0;
    for (double s : samplesOf(speech))
        p = std::max(p, std::abs(s));
    return p;
}

// The median pitch of the voiced 40 ms frames, by autocorrelation (70-400 Hz).
double medianPitch(const FliteSpeech& speech) {
    const std::vector<double> x = samplesOf(speech);
    const int rate = speech.sampleRate;
    const std::size_t frame = static_cast<std::size_t>(rate) * 40 / 1000;
    const auto minLag = static_cast<std::size_t>(rate / 400);
    const auto maxLag = static_cast<std::size_t>(rate / 70);
    std::vector<double> pitches;
    for (std::size_t start = 0; start + frame + maxLag < x.size(); start += frame / 2) {
        double energy = 0;
        for (std::size_t i = 0; i < frame; ++i)
            energy += x[start + i] * x[start + i];
        if (energy / static_cast<double>(frame) < 1e-4)
            continue; // silence or a quiet consonant
        double best = 0;
        std::size_t bestLag = 0;
        for (std::size_t lag = minLag; lag <= maxLag; ++lag) {
            double product = 0;
            double shifted = 0;
            for (std::size_t i = 0; i < frame; ++i) {
                product += x[start + i] * x[start + i + lag];
                shifted += x[start + i + lag] * x[start + i + lag];
            }
            const double r = product / std::sqrt(energy * shifted);
            if (r > best) {
                best = r;
                bestLag = lag;
            }
        }
        if (best > 0.6)
            pitches.push_back(static_cast<double>(rate) / static_cast<double>(bestLag));
    }
    if (pitches.empty())
        return 0;
    std::nth_element(pitches.begin(), pitches.begin() + static_cast<long>(pitches.size() / 2),
                     pitches.end());
    return pitches[pitches.size() / 2];
}

const QString sentence = u"Breathe in slowly and hold the stretch."_s;

} // namespace

TEST(FliteSynth, EveryVoiceSaysACueWordStartingAtOnce) {
    EXPECT_EQ(fliteVoiceNames(), (QStringList{u"slt"_s, u"rms"_s, u"awb"_s, u"kal16"_s, u"kal"_s}));
    for (const QString& voice : fliteVoiceNames()) {
        const FliteSpeech hold = fliteSynthesize(u"Hold"_s, voice);
        ASSERT_FALSE(hold.isEmpty()) << voice.toStdString();
        EXPECT_GT(hold.duration(), 300ms) << voice.toStdString();
        EXPECT_LT(hold.duration(), 1500ms) << voice.toStdString();
        EXPECT_GT(peak(hold), 0.1) << voice.toStdString() << " is (nearly) silent";
        // flite's leading pause (~200 ms) is cut: the word is heard within
        // 100 ms, its first sound (an "h") after the 30 ms kept before it.
        const std::vector<double> x = samplesOf(hold);
        const auto first =
            std::find_if(x.begin(), x.end(), [](double s) { return std::abs(s) > 0.01; });
        EXPECT_LE(std::distance(x.begin(), first), hold.sampleRate * 100 / 1000)
            << voice.toStdString();
        EXPECT_NEAR(peak(hold), 0.5, 0.01) << voice.toStdString() << ": not at -6 dBFS";
    }
}

// An unvoiced onset ("th", "s", "f", "h") is quiet, 5-15 dB above flite's
// own noise floor, and comes before the voice. The cut keeps it: of the
// energy above the floor in the 150 ms before the voice starts (the first
// sample above -40 dBFS), all but the last 20 ms (which any cut keeps),
// at least 95 % is kept. The old cut (20 ms before the voice) kept none.
TEST(FliteSynth, TheCutKeepsUnvoicedOnsets) {
    for (const QString& word : {u"three"_s, u"six"_s, u"five"_s, u"halfway"_s, u"stretch"_s}) {
        const FliteSpeech raw = fliteRender(word);
        const FliteSpeech kept = fliteTrim(raw);
        ASSERT_FALSE(kept.isEmpty());
        const auto* s = reinterpret_cast<const qint16*>(raw.samples.constData());
        const qsizetype n = raw.sampleCount();
        const qsizetype perMs = raw.sampleRate / 1000;
        const qsizetype window = 5 * perMs;
        qsizetype voiced = 0;
        while (voiced < n && std::abs(s[voiced]) < 328)
            ++voiced;
        const auto meanSquare = [&](qsizetype from) {
            double sum = 0;
            for (qsizetype i = from; i < from + window; ++i)
                sum += double(s[i]) * s[i];
            return sum / double(window);
        };
        // The floor: the mean square of flite's first 100 ms.
        double floor = 0;
        for (qsizetype w = 0; w < 100 * perMs; w += window)
            floor += meanSquare(w) / 20.0;
        // Sound: 5 ms windows 10 dB above that floor, from 150 ms to 20 ms
        // before the voice (any cut keeps the last 20 ms).
        double before = 0;
        double keptEnergy = 0;
        for (qsizetype w = voiced - 20 * perMs - window; w >= voiced - 150 * perMs && w >= 0;
             w -= window) {
            const double energy = meanSquare(w);
            if (energy < 10 * floor)
                continue;
            before += energy;
            if (w >= kept.trimmedFrom)
                keptEnergy += energy;
        }
        EXPECT_LE(kept.trimmedFrom, voiced - 20 * perMs) << word.toStdString();
        if (before == 0.0)
            continue; // its unvoiced onset is loud: above -40 dBFS itself ("six")
        EXPECT_GE(keptEnergy / before, 0.95)
            << word.toStdString() << ": the cut starts " << (voiced - kept.trimmedFrom) / perMs
            << " ms before the voice";
        // And the pause is still cut: at most 150 ms of it are left.
        EXPECT_GE(kept.trimmedFrom, voiced - 150 * perMs) << word.toStdString();
    }
}

// The same text renders the same samples every time (flite's noise is
// seeded), so where its cut falls never varies.
TEST(FliteSynth, TheDefaultVoiceIsSltAndUnknownNamesGetIt) {
    const FliteSpeech byDefault = fliteSynthesize(sentence);
    EXPECT_EQ(fliteSynthesize(sentence, u"slt"_s).samples, byDefault.samples);
    EXPECT_EQ(fliteSynthesize(sentence, u"no such voice"_s).samples, byDefault.samples);
    EXPECT_GT(std::abs(static_cast<double>(
                  (fliteSynthesize(sentence, u"rms"_s).duration() - byDefault.duration()).count())),
              100.0);
    EXPECT_TRUE(fliteVoiceIsFemale(u"slt"_s));
    EXPECT_FALSE(fliteVoiceIsFemale(u"rms"_s));
}

TEST(FliteSynth, NothingToSayRendersNothing) {
    EXPECT_TRUE(fliteSynthesize(QString()).isEmpty());
    EXPECT_TRUE(fliteSynthesize(u"   "_s).isEmpty());
}

TEST(FliteSynth, RateMakesSpeechFasterOrSlower) {
    const auto normal = fliteSynthesize(sentence).duration();
    const auto fast = fliteSynthesize(sentence, {}, 1.0).duration();
    const auto slow = fliteSynthesize(sentence, {}, -1.0).duration();
    // Twice as fast at +1, half as fast at -1 (the pauses scale too).
    EXPECT_NEAR(static_cast<double>(fast.count()) / static_cast<double>(normal.count()), 0.5, 0.1);
    EXPECT_NEAR(static_cast<double>(slow.count()) / static_cast<double>(normal.count()), 2.0, 0.3);
}

// rms is the one voice whose pitch flite cannot move.
TEST(FliteSynth, PitchMovesTheVoiceUpOrDownSixSemitones) {
    for (const QString& voice : {u"slt"_s, u"awb"_s, u"kal16"_s}) {
        const double own = medianPitch(fliteSynthesize(sentence, voice));
        const double high = medianPitch(fliteSynthesize(sentence, voice, 0.0, 1.0));
        const double low = medianPitch(fliteSynthesize(sentence, voice, 0.0, -1.0));
        ASSERT_GT(own, 70.0) << voice.toStdString();
        // Six semitones: a factor of sqrt(2) = 1.41 either way.
        EXPECT_NEAR(high / own, 1.41, 0.2) << voice.toStdString() << " own " << own;
        EXPECT_NEAR(own / low, 1.41, 0.2) << voice.toStdString() << " own " << own;
    }
    // Back at 0 the voice is its own again (kal renders the same each time).
    const QByteArray own = fliteSynthesize(sentence, u"kal"_s).samples;
    EXPECT_NE(fliteSynthesize(sentence, u"kal"_s, 0.0, 0.5).samples, own);
    EXPECT_EQ(fliteSynthesize(sentence, u"kal"_s, 0.0, 0.0).samples, own);
}

TEST(FliteSynth, ResamplingKeepsEverySoundsMomentAndPitch) {
    // 0.3 s at 16 kHz: a 440 Hz tone, then a click at exactly 0.2 s.
    FliteSpeech speech;
    speech.sampleRate = 16000;
    std::vector<qint16> samples(4800, 0);
    for (int i = 0; i < 1600; ++i)
        samples[static_cast<std::size_t>(i)] =
            static_cast<qint16>(std::lround(8000.0 * std::sin(2.0 * M_PI * 440.0 * i / 16000.0)));
    samples[3200] = 16000;
    speech.samples = QByteArray(reinterpret_cast<const char*>(samples.data()),
                                static_cast<qsizetype>(samples.size() * sizeof(qint16)));

    const FliteSpeech out = fliteResample(speech, 44100);
    ASSERT_EQ(out.sampleRate, 44100);
    EXPECT_NEAR(static_cast<double>(out.sampleCount()), 0.3 * 44100, 2.0);
    const auto* s = reinterpret_cast<const qint16*>(out.samples.constData());
    // The click is loudest where it was: 0.2 s, to within a sample.
    const auto* loudest = std::max_element(s + 2 * 4410 - 400, s + 2 * 4410 + 400);
    EXPECT_NEAR(static_cast<double>(loudest - s), 0.2 * 44100, 1.0);
    // The tone keeps its pitch: 440 rising zero crossings a second.
    int rising = 0;
    for (qsizetype i = 1000; i < 4410 - 100; ++i)
        rising += (s[i - 1] < 0 && s[i] >= 0) ? 1 : 0;
    EXPECT_NEAR(rising / ((4410.0 - 1100.0) / 44100.0), 440.0, 15.0);
    // Already at that rate: as it was.
    EXPECT_EQ(fliteResample(out, 44100).samples, out.samples);
}

TEST(FliteSynth, RendersTheSameFromManyThreadsAtOnce) {
    const QList<QString> texts = {u"Get ready"_s, u"Hold"_s, u"Release"_s, u"Breathe out"_s};
    QList<QByteArray> serial;
    for (const QString& text : texts)
        serial << fliteSynthesize(text).samples;
    QList<QString> many;
    for (int i = 0; i < 8; ++i)
        many << texts;
    const QList<FliteSpeech> parallel = QtConcurrent::blockingMapped(
        many, [](const QString& text) { return fliteSynthesize(text); });
    for (qsizetype i = 0; i < parallel.size(); ++i) {
        EXPECT_EQ(parallel[i].samples, serial[i % texts.size()]) << many[i].toStdString();
        EXPECT_GT(peak(parallel[i]), 0.1) << many[i].toStdString();
    }
}

TEST(FliteEngine, QTextToSpeechFliteIsLimbersEngine) {
    EXPECT_EQ(Narrator::availableEngines().count(u"flite"_s), 1);
    QTextToSpeech speech(u"flite"_s);
    ASSERT_NE(speech.state(), QTextToSpeech::Error) << speech.errorString().toStdString();
    QStringList voices;
    for (const QVoice& voice : speech.availableVoices())
        voices << voice.name();
    EXPECT_EQ(voices, fliteVoiceNames());
    EXPECT_EQ(speech.voice().name(), u"slt"_s);
    EXPECT_EQ(speech.voice().gender(), QVoice::Female);
    EXPECT_EQ(speech.availableLocales(), QList<QLocale>{QLocale(u"en_US"_s)});
}

TEST(FliteEngine, SettingsAreKeptWithinRange) {
    FliteEngine engine;
    EXPECT_TRUE(engine.setRate(2.0));
    EXPECT_EQ(engine.rate(), 1.0);
    EXPECT_TRUE(engine.setPitch(-3.0));
    EXPECT_EQ(engine.pitch(), -1.0);
    EXPECT_TRUE(engine.setVolume(0.25));
    EXPECT_EQ(engine.volume(), 0.25);
    EXPECT_FALSE(engine.setLocale(QLocale(QLocale::German)));
    EXPECT_TRUE(engine.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    const QList<QVoice> voices = engine.availableVoices();
    EXPECT_TRUE(engine.setVoice(voices.at(2)));
    EXPECT_EQ(engine.voice().name(), u"awb"_s);
}
