// Spoken words found by their own waveform (tests/audio/wordmatch.h) in
// synthetic mixes of real flite renders (the narrator's own, fliteword.h)
// and the shipped cue WAVs at known gains and offsets: the onset of each
// countdown number, its unvoiced start included; a chime 9 dB under a word
// measured at 9 dB; and nothing taken for what it is not (speech alone has no
// chime under it, a chime or another word alone is not the word). No sound
// server.
#include "fliteword.h"
#include "wordmatch.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>
#include <random>
#include <string>
#include <vector>

using namespace limber;
using namespace limber::wordmatch;

namespace {

constexpr int kRate = 48000;
const std::string kSoundDir = LIMBER_SOURCE_DIR "/resources/sounds";
const std::vector<std::string> kChimes = {"hold-start", "hold-end", "halfway",   "switch-sides",
                                          "rest-over",  "complete", "breath-in", "breath-out"};
const std::vector<std::string> kTicks = {"countdown", "get-ready", "rep"};

const cuematch::Catalogue& catalogue() {
    static const cuematch::Catalogue loaded = [] {
        cuematch::Catalogue c;
        std::vector<std::string> names = kChimes;
        names.insert(names.end(), kTicks.begin(), kTicks.end());
        std::string error;
        if (!c.load(kSoundDir, names, kRate, error))
            ADD_FAILURE() << error;
        return c;
    }();
    return loaded;
}

const cuematch::Reference& sound(const std::string& name) {
    return catalogue()[catalogue().indexOf(name).value()];
}

Signal original(const std::string& name) {
    std::string error;
    const std::optional<Signal> signal = cuematch::readWav(kSoundDir + "/" + name + ".wav", error);
    EXPECT_TRUE(signal) << error;
    return cuematch::trimTrailingSilence(signal.value_or(Signal{}));
}

// A quiet room: noise 70 dB under full scale.
Signal room(double seconds, unsigned seed) {
    std::mt19937 random(seed);
    std::normal_distribution<double> normal(0.0, std::pow(10.0, -70.0 / 20.0));
    Signal s;
    s.rate = kRate;
    s.samples.resize(static_cast<std::size_t>(seconds * kRate));
    for (float& x : s.samples)
        x = static_cast<float>(normal(random));
    return s;
}

// Adds `signal` (at its own rate) into `track` from `at` seconds, times
// `gain`: band-limited, or by linear interpolation (a poorer resampler than
// PulseAudio's, so the rendering found never matches the recording exactly).
void mixIn(Signal& track, const Signal& signal, double at, double gain, bool linear = false) {
    const auto first = static_cast<std::int64_t>(std::ceil(at * kRate));
    const double start = static_cast<double>(first) / kRate - at;
    std::vector<float> samples;
    if (linear) {
        for (double t = start; t < signal.seconds(); t += 1.0 / kRate) {
            const double u = t * signal.rate;
            const auto i = static_cast<std::size_t>(std::floor(u));
            const double f = u - static_cast<double>(i);
            const double a = static_cast<double>(signal.samples[i]);
            const double b =
                i + 1 < signal.samples.size() ? static_cast<double>(signal.samples[i + 1]) : 0.0;
            samples.push_back(static_cast<float>(a + (b - a) * f));
        }
    } else {
        samples = cuematch::resample(signal, kRate, start).samples;
    }
    for (std::size_t n = 0; n < samples.size(); ++n) {
        const auto index = static_cast<std::size_t>(first) + n;
        if (index < track.samples.size())
            track.samples[index] += static_cast<float>(gain * static_cast<double>(samples[n]));
    }
}

struct Rendered {
    Signal samples; // at flite's rate
    Word word;
};

const Rendered& rendered(const std::string& text) {
    static std::map<std::string, Rendered> cache;
    auto it = cache.find(text);
    if (it == cache.end()) {
        Signal samples = fliteWords(QString::fromStdString(text));
        Word word(text, samples, kRate);
        it = cache.emplace(text, Rendered{std::move(samples), std::move(word)}).first;
    }
    return it->second;
}

// The first sample a fixed level finds, as the report did before: 1 ms
// blocks of the rendering at `gain` above -45 dBFS.
double firstAbove45Db(const Signal& signal, double gain) {
    const auto block = static_cast<std::size_t>(signal.rate / 1000);
    for (std::size_t at = 0; at + block <= signal.samples.size(); at += block) {
        double energy = 0;
        for (std::size_t i = at; i < at + block; ++i)
            energy += std::pow(gain * static_cast<double>(signal.samples[i]), 2);
        if (10 * std::log10(energy / static_cast<double>(block) + 1e-30) >= -45.0)
            return static_cast<double>(at) / signal.rate;
    }
    return signal.seconds();
}

double db(double ratio) {
    return 20.0 * std::log10(ratio);
}

} // namespace

// flite's trimmed renders keep 20 ms of the pause before the words
// (flitesynth.cpp), counted from the first 5 ms window above twice the
// pause's noise floor; speechOnset() finds that first sound within 5 ms of
// there, an unvoiced "th", "f" or "h" included, which a level of -45 dBFS
// finds 25 ms (the "h" of "Hold") to 75 ms ("th" of "three") later.
TEST(WordMatch, TheOnsetOfARenderingIsItsFirstSoundUnvoicedOrNot) {
    for (const std::string text :
         {"three", "two", "one", "five", "four", "Hold", "Halfway", "Release"}) {
        const Rendered& r = rendered(text);
        ASSERT_GT(r.samples.seconds(), 0.1) << text;
        const double onset = r.word.onset();
        const double voiced = firstAbove45Db(r.samples, 1.0); // -45 dBFS at -6 dBFS peak
        std::printf("%-8s onset %.1f ms, first -45 dBFS block %.1f ms, length %.0f ms\n",
                    text.c_str(), onset * 1000, voiced * 1000, r.samples.seconds() * 1000);
        EXPECT_NEAR(onset, 0.020, 0.005) << text;
        if (text == "three" || text == "five" || text == "Hold" || text == "Halfway") {
            EXPECT_GE(voiced - onset, 0.025) << text << ": no unvoiced onset before the voice";
        }
    }
}

// Countdown numbers as the narrator says them: each on its second, its tick
// at full level on the second, the number at the volume's gain up to 60 ms
// off it, resampled by linear interpolation, over a quiet room. The ticks
// found and taken out (as the report does), each number is found by its
// waveform and its onset is within 5 ms of where its first sound was put,
// "th" of "three" included; the first block above -45 dBFS is far later.
TEST(WordMatch, CountdownNumbersAreFoundWithin5MsOfTheirOnset) {
    const std::vector<std::string> numbers = {"three", "two", "one"};
    double worst = 0;
    double worstLevelMethod = 0;
    double lowest = 1;
    int seed = 0;
    for (const double offset : {-0.020, 0.0, 0.0123, 0.0371, 0.060}) {
        for (const double gain : {0.1, 0.3, 0.7}) {
            Signal track = room(4.5, static_cast<unsigned>(++seed));
            std::vector<cuematch::Expected> ticks;
            std::vector<double> placed;
            for (std::size_t k = 0; k < numbers.size(); ++k) {
                const double second = 1.0 + static_cast<double>(k);
                mixIn(track, original(k == 0 ? "get-ready" : "countdown"), second + 0.002, gain);
                ticks.push_back({catalogue().indexOf(k == 0 ? "get-ready" : "countdown").value(),
                                 second, 0.030, 0.250, gain / 4});
                // Rendered, the words start 20 ms in: put the first sound at
                // the second plus the offset.
                placed.push_back(second + offset - 0.020 + 0.37 / kRate);
                mixIn(track, rendered(numbers[k]).samples, placed.back(), gain, true);
            }
            const std::vector<cuematch::Fitted> fits = cuematch::fitAll(catalogue(), track, ticks);
            const Signal rest = cuematch::residual(track, fits);
            for (std::size_t k = 0; k < numbers.size(); ++k) {
                const double second = 1.0 + static_cast<double>(k);
                const Rendered& r = rendered(numbers[k]);
                const WordMatch m = findWord(r.word, rest, second - 0.3, second + 0.7);
                ASSERT_TRUE(m.found)
                    << numbers[k] << " at " << offset << ": " << m.match.correlation;
                const double truth = placed[k] + r.word.onset();
                EXPECT_NEAR(m.onset, truth, 0.005) << numbers[k] << " at " << offset;
                EXPECT_NEAR(m.match.gainDb(), db(gain), 1.0) << numbers[k];
                worst = std::max(worst, std::abs(m.onset - truth));
                lowest = std::min(lowest, m.match.correlation);
                // The onset the report took before: the first block of the
                // word at -45 dBFS.
                const double byLevel = placed[k] + firstAbove45Db(r.samples, gain);
                worstLevelMethod = std::max(worstLevelMethod, byLevel - truth);
            }
        }
    }
    std::printf("countdown numbers: onset within %.2f ms, lowest correlation %.3f; the first "
                "block above -45 dBFS up to %.1f ms later\n",
                worst * 1000, lowest, worstLevelMethod * 1000);
}

// A chime that starts with a word, or shortly before or after it, its level
// over their overlap 9 dB under the word's: measured at 9 +- 1.5 dB, the
// word's own level within 1 dB, the chime placed within 1 ms. With the word
// resampled band-limited and by linear interpolation.
TEST(WordMatch, AChimeNineDbUnderAWordIsMeasuredAtNineDb) {
    const std::vector<std::pair<std::string, std::string>> pairs = {
        {"Hold", "hold-start"},           {"Release", "hold-end"},
        {"Halfway", "halfway"},           {"three", "hold-start"},
        {"Switch sides", "switch-sides"}, {"Rest", "rest-over"},
        {"Breathe in", "breath-in"},      {"Well done, routine complete.", "complete"}};
    double worst = 0;
    double lowestChime = 1;
    int seed = 100;
    for (const auto& [text, chimeName] : pairs) {
        const Rendered& r = rendered(text);
        const cuematch::Reference& chime = sound(chimeName);
        for (const double chimeAt : {-0.05, 0.0, 0.12}) { // from the word's onset
            for (const bool linear : {false, true}) {
                const double wordAt = 1.0 + 0.41 / kRate;
                const double wordGain = 0.5;
                const double chimeStart = wordAt + r.word.onset() + chimeAt;
                // The overlap, as clearance() takes it, and the levels there
                // of the word alone and the chime alone at gain 1.
                const double from = std::max(wordAt + r.word.onset(), chimeStart);
                const double to =
                    std::min(wordAt + r.word.audibleEnd(),
                             chimeStart + cuematch::audibleSeconds(chime.samples(), -40.0));
                ASSERT_GT(to - from, 0.05) << text;
                Signal wordOnly = room(4.0, 0);
                std::fill(wordOnly.samples.begin(), wordOnly.samples.end(), 0.0F);
                Signal chimeOnly = wordOnly;
                mixIn(wordOnly, r.samples, wordAt, wordGain, linear);
                mixIn(chimeOnly, original(chimeName), chimeStart, 1.0);
                const double wordDb = cuematch::levelDb(wordOnly, from, to);
                const double chimeGain =
                    std::pow(10.0, (wordDb - 9.0 - cuematch::levelDb(chimeOnly, from, to)) / 20.0);
                Signal track = room(4.0, static_cast<unsigned>(++seed));
                for (std::size_t i = 0; i < track.samples.size(); ++i)
                    track.samples[i] +=
                        wordOnly.samples[i] + static_cast<float>(chimeGain) * chimeOnly.samples[i];

                const WordMatch m = findWord(r.word, track, wordAt - 0.1, wordAt + 0.4);
                ASSERT_TRUE(m.found) << text << ": " << m.match.correlation;
                const Clearance c = clearance(r.word, m, chime, track, chimeStart - 0.04);
                ASSERT_TRUE(c.chimeFound)
                    << chimeName << " under " << text << ": " << c.chime.correlation;
                EXPECT_NEAR(c.chime.seconds, chimeStart, 0.001) << chimeName << " under " << text;
                EXPECT_NEAR(c.marginDb(), 9.0, 1.5) << chimeName << " under " << text << " at "
                                                    << chimeAt << (linear ? " (linear)" : "");
                EXPECT_NEAR(c.wordDb, wordDb, 1.0) << text;
                worst = std::max(worst, std::abs(c.marginDb() - 9.0));
                lowestChime = std::min(lowestChime, c.chime.correlation);
            }
        }
    }
    std::printf("chimes 9 dB under words: margin within %.2f dB of 9; lowest chime correlation "
                "(the word taken out) %.3f\n",
                worst, lowestChime);
}

// Speech alone: no chime is found under it, wherever one is looked for.
TEST(WordMatch, SpeechAloneHasNoChimeUnderIt) {
    double worst = 0;
    std::string worstWhere;
    for (const std::string text :
         {"three", "two", "one", "Hold", "Release", "Halfway", "Switch sides",
          "Well done, routine complete.", "Get ready for the next exercise"}) {
        const Rendered& r = rendered(text);
        for (const bool linear : {false, true}) {
            Signal track = room(4.0, 7);
            const double wordAt = 1.0 + 0.23 / kRate;
            mixIn(track, r.samples, wordAt, 0.5, linear);
            const WordMatch m = findWord(r.word, track, wordAt - 0.1, wordAt + 0.4);
            ASSERT_TRUE(m.found) << text;
            for (const std::string& chimeName : kChimes) {
                for (double at = wordAt; at < m.end; at += 0.1) {
                    const Clearance c = clearance(r.word, m, sound(chimeName), track, at);
                    EXPECT_FALSE(c.chimeFound) << chimeName << " under " << text << " at " << at
                                               << ": " << c.chime.correlation;
                    if (c.chime.correlation > worst) {
                        worst = c.chime.correlation;
                        worstWhere = chimeName + " under " + text;
                    }
                }
            }
        }
    }
    std::printf("speech alone: best chime correlation once the word is taken out %.3f (%s)\n",
                worst, worstWhere.c_str());
}

// A chime or tick alone, or another word, where a word is looked for: not
// that word.
TEST(WordMatch, AChimeOrAnotherWordAloneIsNotTheWord) {
    const std::vector<std::string> words = {"three",   "two",     "one",  "Hold",
                                            "Release", "Halfway", "Rest", "Switch sides"};
    double worst = 0;
    std::string worstWhere;
    const auto look = [&](const Signal& track, const std::string& what) {
        for (const std::string& text : words) {
            if (text == what)
                continue;
            for (double from = 0.6; from < 1.6; from += 0.25) {
                const WordMatch m = findWord(rendered(text).word, track, from, from + 0.5);
                EXPECT_FALSE(m.found) << text << " found in " << what << " at " << from << ": "
                                      << m.match.correlation;
                if (m.match.correlation > worst) {
                    worst = m.match.correlation;
                    worstWhere = text + " in " + what;
                }
            }
        }
    };
    std::vector<std::string> sounds = kChimes;
    sounds.insert(sounds.end(), kTicks.begin(), kTicks.end());
    for (const std::string& name : sounds) {
        Signal track = room(4.0, 3);
        mixIn(track, original(name), 1.0, 0.5);
        look(track, name);
    }
    for (const std::string& text : words) {
        Signal track = room(4.0, 5);
        mixIn(track, rendered(text).samples, 1.0, 0.5, true);
        look(track, text);
    }
    std::printf("a chime or another word alone: best correlation of a word %.3f (%s); threshold "
                "%.2f\n",
                worst, worstWhere.c_str(), kWordThreshold);
    EXPECT_LT(worst, kWordThreshold - 0.1) << "no margin left: " << worstWhere;
}
