// The words said on a second ("Get ready", the countdown numbers), through
// the real TimedWords, Narrator (flite) and SoundPlayer into a pipe sink, and
// found in the recording by their own waveform (wordmatch.h): each is heard
// within 25 ms of its second, and a word due while another is still heard is
// not said at all.
//
// ctest starts the pipe sink as a fixture (tests/audio/CMakeLists.txt); by
// hand: eval "$(scripts/audio-test-env start-pipe)"; build/dev/bin/test_timedwords
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "audio/timedwords.h"
#include "fliteword.h"
#include "pipesink.h"

#include <QFileInfo>
#include <QMediaDevices>
#include <QTest>
#include <chrono>
#include <gtest/gtest.h>
#include <vector>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

using Clock = std::chrono::steady_clock;

const QString kSoundDir = QStringLiteral(LIMBER_SOURCE_DIR "/resources/sounds");

} // namespace

TEST(TimedWords, EachWordIsHeardOnItsSecondAndNoneOverAnother) {
    const QString fifo = qEnvironmentVariable("XDG_RUNTIME_DIR") + u"/vpipe.fifo"_s;
    const bench::PipeSinkReader::Format format; // scripts/audio-test-env's default
    if (!QFileInfo(fifo).exists())
        GTEST_SKIP() << "no pipe sink at " << fifo.toStdString() << ": run under ctest";
    bench::PipeSinkReader reader(fifo.toStdString(), format);
    std::string error;
    if (!reader.start(error, true))
        GTEST_SKIP() << "no pipe sink: " << error;
    if (QMediaDevices::defaultAudioOutput().isNull())
        GTEST_SKIP() << "Qt sees no audio output on the pipe sink's server";

    SoundPlayer player(kSoundDir);
    player.start();
    ASSERT_TRUE(QTest::qWaitFor([&] { return player.available(); }, 5000))
        << player.notice().toStdString();
    Narrator narrator(u"flite"_s);
    narrator.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    narrator.start();
    ASSERT_TRUE(narrator.available()) << narrator.reason().toStdString();
    player.holdOpen(true); // as a session does
    TimedWords timed(player, narrator);
    const QStringList words{u"Get ready"_s, u"3"_s, u"2"_s, u"1"_s};
    timed.prepare(words);
    ASSERT_TRUE(QTest::qWaitFor(
        [&] {
            return std::all_of(words.begin(), words.end(),
                               [&](const QString& w) { return timed.ready(w); });
        },
        10000));
    EXPECT_EQ(timed.latency(), SoundPlayer::latency);
    QTest::qWait(500);

    // "Get ready" on a second, "3", "2", "1" on the next three; a "2" due
    // 200 ms after the "3" (which is still heard then) is dropped.
    struct Due {
        QString words;
        Clock::time_point at;
        bool said = true;
    };
    const Clock::time_point first = Clock::now() + 1s;
    const std::vector<Due> schedule{
        {u"Get ready"_s, first}, {u"3"_s, first + 1s}, {u"2"_s, first + 1200ms, false},
        {u"2"_s, first + 2s},    {u"1"_s, first + 3s},
    };
    for (const Due& due : schedule) {
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return Clock::now() >= due.at - timed.latency(); }, 5000));
        timed.say(due.words, due.at);
    }
    QTest::qWait(1500);
    reader.stop();

    const cuematch::Signal recording =
        cuematch::downmix(reader.samples(), format.channels, format.rate);
    const Clock::time_point origin = reader.timeOf(0);
    const auto seconds = [&](Clock::time_point at) {
        return std::chrono::duration<double>(at - origin).count();
    };
    for (const Due& due : schedule) {
        const wordmatch::Word word = wordmatch::fliteWord(due.words, format.rate, narrator.voice(),
                                                          narrator.rate(), narrator.pitch());
        const double at = seconds(due.at);
        // A dropped word would start within 300 ms of its moment; a said
        // one is looked for as far as 700 ms after it.
        const wordmatch::WordMatch m =
            wordmatch::findWord(word, recording, at - 0.3, due.said ? at + 0.7 : at + 0.3);
        const std::string what = due.words.toStdString() + " at " + std::to_string(at) + " s";
        if (!due.said) {
            EXPECT_FALSE(m.found && std::abs(m.onset - at) < 0.1)
                << what << ": said over the word before it";
            continue;
        }
        ASSERT_TRUE(m.found) << what << " not heard (best correlation " << m.match.correlation
                             << ")";
        std::printf("\"%s\" heard %+.1f ms from its second (correlation %.2f)\n",
                    qPrintable(due.words), (m.onset - at) * 1000.0, m.match.correlation);
        EXPECT_NEAR(m.onset, at, 0.025) << what;
    }
}
