// Every cue sound played 200 times through the real SoundPlayer, recorded
// from a PulseAudio pipe sink on the sink's clock (pipesink.h), and counted
// by its own waveform (cuematch.h): a play counts only where that sound's
// waveform is found, from 30 ms before to 250 ms after the moment it was due.
// Each is handed to the player SoundPlayer::latency ahead of that moment, as
// the announcer does.
// Qt 6.4's QSoundEffect fell silent after about 11 plays of a sound; this
// test fails for that, and for any play that is lost, cut, replaced by
// another sound or much quieter than the others, and for any dropout (the
// sink playing digital silence inside ringing sounds: an underrun).
//
// Repeats of one sound never overlap (each waits for that sound's audible
// length plus 50-80 ms); different sounds overlap freely, so the mixer mixes
// up to five at once. So the run takes as long as complete.wav's 200 plays:
// 200 x 1.66 s, about 5.5 minutes.
//
// ctest starts the pipe sink as a fixture (tests/audio/CMakeLists.txt). By
// hand:
//   eval "$(scripts/audio-test-env start-pipe)"; build/dev/bin/test_cuesounds_played
//   scripts/audio-test-env stop "$XDG_RUNTIME_DIR"
// LIMBER_CUE_PLAYS=N plays each sound N times instead of 200 (for trying it);
// LIMBER_CUE_WAV=FILE writes the recording there, and LIMBER_CUE_SCHEDULE=FILE
// what was played when, so the matching can be rerun on the saved recording:
//   build/dev/bin/cuematch_replay FILE.wav SCHEDULE resources/sounds
#include "audio/cuesound.h"
#include "audio/soundplayer.h"
#include "cuematch.h"
#include "pipesink.h"

#include <QAudioDevice>
#include <QFileInfo>
#include <QMediaDevices>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <gtest/gtest.h>
#include <optional>
#include <random>
#include <vector>

using namespace limber;
using namespace std::chrono_literals;

namespace {

using Clock = std::chrono::steady_clock;

const QString kSoundDir = QStringLiteral(LIMBER_SOURCE_DIR "/resources/sounds");

double median(std::vector<double> values) {
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

TEST(CueSoundsPlayed, EverySoundPlayed200TimesIsHeard200Times) {
    // The sink that scripts/audio-test-env start-pipe made: its exports, or
    // (under ctest, whose fixture passes only XDG_RUNTIME_DIR) its FIFO in
    // the runtime dir at its default format.
    QString fifo = qEnvironmentVariable("LIMBER_SINK_FIFO");
    bench::PipeSinkReader::Format format;
    if (fifo.isEmpty()) {
        fifo = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/vpipe.fifo");
    } else {
        format.rate = qEnvironmentVariableIntValue("LIMBER_SINK_RATE");
        format.channels = qEnvironmentVariableIntValue("LIMBER_SINK_CHANNELS");
    }
    if (!QFileInfo(fifo).exists() || format.rate <= 0 || format.channels <= 0)
        GTEST_SKIP() << "no pipe sink at " << fifo.toStdString()
                     << ": run under ctest, which starts one, or after "
                        "eval \"$(scripts/audio-test-env start-pipe)\"";
    bench::PipeSinkReader reader(fifo.toStdString(), format);
    std::string error;
    if (!reader.start(error, true))
        GTEST_SKIP() << "no pipe sink: " << error;
    if (QMediaDevices::defaultAudioOutput().isNull())
        GTEST_SKIP() << "Qt sees no audio output on the pipe sink's server";

    const int plays = qEnvironmentVariableIsSet("LIMBER_CUE_PLAYS")
                          ? qEnvironmentVariableIntValue("LIMBER_CUE_PLAYS")
                          : 200;
    ASSERT_GT(plays, 0);

    // The references, in CueSound order.
    cuematch::Catalogue catalogue;
    std::vector<std::string> names;
    for (const CueSound sound : allCueSounds) {
        QString name = cueSoundFileName(sound);
        name.chop(4); // ".wav"
        names.push_back(name.toStdString());
    }
    ASSERT_TRUE(catalogue.load(kSoundDir.toStdString(), names, format.rate, error)) << error;

    // Mixing up to five sounds at -6 dBFS peak each: a volume whose gain
    // keeps the sum clear of clipping.
    constexpr double volume = 0.7;
    const double gain = outputGain(volume);
    SoundPlayer player(kSoundDir);
    player.setVolume(volume);
    player.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.available(); }, 5000))
        << player.notice().toStdString();
    QTest::qWait(500); // the sounds load
    // As a session does (AudioSession::beginSession): the output is open and
    // running before the first cue, and stays so through the silences.
    player.holdOpen(true);
    QTest::qWait(500);

    // The schedule: sound i first at 0.1 i s, then again after its audible
    // length, 50 ms and 0-30 ms of jitter (so the overlaps between sounds
    // vary), until each has played `plays` times.
    struct Played {
        std::size_t sound;
        Clock::time_point at;
    };
    std::vector<Played> played;
    played.reserve(allCueSounds.size() * static_cast<std::size_t>(plays));
    std::vector<int> counts(allCueSounds.size(), 0);
    std::vector<Clock::time_point> next(allCueSounds.size());
    std::vector<std::optional<Clock::time_point>> lastDue(allCueSounds.size());
    // Which bells look alike is measured on first use (about a second):
    // before the schedule starts, not inside it, where it held up the first
    // play past its moment (and so it was lost).
    for (std::size_t i = 0; i < catalogue.sounds().size(); ++i)
        (void)catalogue.confusable(i);
    std::mt19937 random(2024);
    std::uniform_int_distribution<int> jitter(0, 30);
    const Clock::time_point begin = Clock::now();
    for (std::size_t i = 0; i < next.size(); ++i)
        next[i] = begin + std::chrono::milliseconds(100 * static_cast<int>(i));
    const auto spacing = [&](std::size_t i) {
        return std::chrono::microseconds(std::llround(catalogue[i].samples().seconds() * 1e6)) +
               50ms + std::chrono::milliseconds(jitter(random));
    };
    QTimer scheduler;
    scheduler.setTimerType(Qt::PreciseTimer);
    scheduler.setInterval(1);
    QObject::connect(&scheduler, &QTimer::timeout, [&] {
        for (std::size_t i = 0; i < allCueSounds.size(); ++i) {
            const Clock::time_point now = Clock::now();
            if (counts[i] >= plays || now < next[i])
                continue;
            // As the announcer does: handed over ahead, heard at its moment.
            const Clock::time_point due = now + SoundPlayer::latency;
            // Bells that share notes may ring together, but never start
            // within 150 ms of each other: their attacks would look alike.
            const auto& rivals = catalogue.confusable(i);
            if (std::any_of(rivals.begin(), rivals.end(),
                            [&](std::size_t j) { return lastDue[j] && due - *lastDue[j] < 150ms; }))
                continue;
            lastDue[i] = due;
            player.play(allCueSounds[i], 1.0F, due);
            played.push_back({i, due});
            ++counts[i];
            next[i] = due + spacing(i);
        }
    });
    scheduler.start();
    const bool allPlayed = QTest::qWaitFor(
        [&] {
            return std::all_of(counts.begin(), counts.end(), [&](int n) { return n >= plays; });
        },
        static_cast<int>(plays) * 2500 + 10000);
    scheduler.stop();
    ASSERT_TRUE(allPlayed) << "the schedule did not finish";
    QTest::qWait(2000); // the last sounds ring out
    const Clock::time_point stopped = Clock::now();
    reader.stop();
    const double playing = std::chrono::duration<double>(stopped - begin).count();
    if (qEnvironmentVariableIsSet("LIMBER_CUE_WAV"))
        bench::writeWav(qEnvironmentVariable("LIMBER_CUE_WAV").toStdString(), reader.samples(),
                        format);

    // The recorder: every frame of the elapsed sink time read, its clock
    // steady (a reader that falls behind makes the sink drop frames).
    const Clock::time_point origin = reader.timeOf(0);
    const double elapsed = std::chrono::duration<double>(stopped - origin).count();
    const auto expectedFrames = static_cast<std::int64_t>(elapsed * format.rate);
    const std::int64_t missingFrames = expectedFrames - reader.frames();
    std::printf("recorder: %lld frames read in %.1f s of sink time (%lld short of it; a block "
                "in flight is up to %d), sink clock spread %lld us\n",
                static_cast<long long>(reader.frames()), elapsed,
                static_cast<long long>(missingFrames), 4096 / (2 * format.channels),
                static_cast<long long>(reader.clockSpread().count()));
    // Frames the sink dropped are missing from what was read; the clock
    // spread (printed) also grows when the reader is merely woken late on a
    // busy machine, so it is no verdict.
    EXPECT_LT(missingFrames, format.rate / 20) << "the recorder lost frames";

    // Every play looked for where it was played, all fitted together.
    const cuematch::Signal recording =
        cuematch::downmix(reader.samples(), format.channels, format.rate);
    std::vector<cuematch::Expected> expected;
    for (const Played& p : played)
        expected.push_back({p.sound, std::chrono::duration<double>(p.at - origin).count(), 0.030,
                            0.250, gain / 4});
    const auto analysing = Clock::now();
    if (qEnvironmentVariableIsSet("LIMBER_CUE_SCHEDULE")) {
        const QString path = qEnvironmentVariable("LIMBER_CUE_SCHEDULE");
        if (std::FILE* file = std::fopen(path.toLocal8Bit().constData(), "w")) {
            // The format cuematch_replay reads (cuematch_replay.cpp).
            for (const cuematch::Expected& e : expected)
                std::fprintf(file, "%s %.6f %.3f %.3f %.6f\n", names[e.sound].c_str(), e.time,
                             e.before, e.after, e.minGain);
            std::fclose(file);
        }
    }
    const std::vector<cuematch::Fitted> fits = cuematch::fitAll(catalogue, recording, expected);
    const double analysis = std::chrono::duration<double>(Clock::now() - analysing).count();

    std::printf("%d plays of each of %zu sounds in %.1f s (analysis %.1f s), volume %.2f (gain "
                "%.1f dB)\n",
                plays, allCueSounds.size(), playing, analysis, volume, 20 * std::log10(gain));
    // Underruns: the sink got nothing from the player for a block, in the
    // middle of ringing sounds (a busy machine starves Qt's sink, which is
    // refilled from the GUI thread). A sound cut by one is not the sound.
    const std::vector<cuematch::Dropout> gaps = cuematch::dropouts(recording);
    std::printf("dropouts (digital silence inside sound): %zu\n", gaps.size());
    for (const cuematch::Dropout& gap : gaps)
        std::printf("  at %.3f s, %.1f ms\n", gap.start, gap.length * 1000);
    EXPECT_EQ(gaps.size(), 0U) << "the sink got no sound for a while (underruns), so the sounds "
                                  "playing then were cut";
    const auto cut = [&](std::size_t k) {
        const double from = expected[k].time - expected[k].before;
        const double to =
            expected[k].time + expected[k].after + catalogue[expected[k].sound].samples().seconds();
        return std::any_of(gaps.begin(), gaps.end(), [&](const cuematch::Dropout& gap) {
            return gap.start < to && gap.start + gap.length > from;
        });
    };
    for (std::size_t i = 0; i < allCueSounds.size(); ++i) {
        int found = 0;
        std::vector<double> latency;
        std::vector<double> gains;
        std::vector<double> correlation;
        std::vector<std::string> misses;
        for (std::size_t k = 0; k < fits.size(); ++k) {
            if (expected[k].sound != i)
                continue;
            const cuematch::Match& m = fits[k].match;
            if (m.found) {
                ++found;
                latency.push_back((m.seconds - expected[k].time) * 1000);
                gains.push_back(m.gainDb());
                correlation.push_back(m.correlation);
            } else if (misses.size() < 5) {
                char line[240];
                std::snprintf(line, sizeof line,
                              "play at %.3f s: best correlation %.2f, gain %.1f dB%s%s%s",
                              expected[k].time, m.correlation, m.gainDb(),
                              fits[k].soundsLike ? ", sounds like " : "",
                              fits[k].soundsLike ? fits[k].soundsLike->name().c_str() : "",
                              cut(k) ? ", cut by a dropout" : "");
                misses.emplace_back(line);
            }
        }
        std::sort(latency.begin(), latency.end());
        std::sort(correlation.begin(), correlation.end());
        std::printf("  %-13s %d of %d found", names[i].c_str(), found, counts[i]);
        if (!latency.empty())
            std::printf(
                "; heard %.1f ms from its moment, median (%.1f..%.1f), gain %.1f dB median, "
                "lowest correlation %.2f",
                median(latency), latency.front(), latency.back(), median(gains),
                correlation.front());
        std::printf("\n");
        for (const std::string& miss : misses)
            std::printf("      missing: %s\n", miss.c_str());
        EXPECT_EQ(found, plays) << names[i] << ": " << found << " of " << plays << " heard";
        // Every play heard at the same loudness (within 4 dB of the median:
        // where bells sharing a note overlap, the fitted gains share it).
        const double typical = median(gains);
        const auto off = std::count_if(gains.begin(), gains.end(),
                                       [&](double g) { return std::abs(g - typical) > 4.0; });
        EXPECT_EQ(off, 0) << names[i] << ": plays more than 4 dB off the median level";
    }
    std::fflush(stdout);
}
