// The audio layer with real sound: cue sounds through SoundPlayer and a
// sentence through Narrator (flite), recorded from a virtual sound card (a
// PulseAudio null sink "vsink", see scripts/audio-test-env), and the same
// classes with no sound server at all.
//
// ctest starts the virtual sound card as a fixture and gives each test its
// own process (gtest_discover_tests), which matters: Qt looks for audio
// devices once per process. By hand:
//   tests/app/run-with-virtual-soundcard.sh build/audio/bin/test_audio_integration
// The latency from a cue to the sink is measured by scripts/audio-latency.
#include "audio/cuesound.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "audio/wavfile.h"

#include <QAudioDevice>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMediaDevices>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>
#include <cstdint>
#include <gtest/gtest.h>
#include <tuple>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString soundDir = QStringLiteral(LIMBER_SOURCE_DIR "/resources/sounds");

// Set once this process has looked at audio devices: after that, changing
// the environment no longer changes what Qt sees.
bool g_devicesQueried = false;

QString run(const QString& program, const QStringList& args, int timeoutMs = 5000) {
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        return {};
    }
    return QString::fromLocal8Bit(process.readAllStandardOutput());
}

// The private server of scripts/audio-test-env is reachable and Qt sees a
// device; else a reason to skip.
QString virtualSoundCardMissing() {
    if (!run(u"pactl"_s, {u"list"_s, u"short"_s, u"sinks"_s}).contains(u"vsink"_s))
        return u"no virtual sound card (a PulseAudio sink named vsink): run through "
               "tests/app/run-with-virtual-soundcard.sh or ctest, which starts one"_s;
    g_devicesQueried = true;
    if (QMediaDevices::defaultAudioOutput().isNull())
        return u"Qt sees no audio output (this process already ran a no-server test?)"_s;
    return {};
}

// Points this process at no sound server: an empty runtime dir, no
// PULSE_SERVER, no autospawn. Must run before Qt first looks for devices.
bool isolateFromSoundServer() {
    if (g_devicesQueried)
        return false;
    static QTemporaryDir dir;
    qputenv("XDG_RUNTIME_DIR", dir.path().toLocal8Bit());
    qunsetenv("PULSE_SERVER");
    QFile conf(dir.filePath(u"client.conf"_s));
    if (conf.open(QIODevice::WriteOnly))
        conf.write("autospawn = no\n");
    conf.close();
    qputenv("PULSE_CLIENTCONFIG", conf.fileName().toLocal8Bit());
    qunsetenv("QT_MEDIA_BACKEND"); // never ffmpeg: it segfaults without a device
    g_devicesQueried = true;
    return true;
}

// What a recording holds, from sox's raw output.
struct Recording {
    double seconds = 0;    // whole recording
    double peak = 0;       // 0..1
    double rms = 0;        // over the whole recording
    double activeRms = 0;  // over the 10 ms windows above the threshold
    double activeSpan = 0; // first to last sound, seconds
    double heard = 0;      // seconds of 10 ms windows with sound
    int bursts = 0;        // sounds separated by >= 100 ms of silence
};

Recording analyse(const QString& wav) {
    // Mono 16-bit 44.1 kHz raw samples on stdout.
    QProcess sox;
    sox.start(u"sox"_s, {wav, u"-t"_s, u"raw"_s, u"-e"_s, u"signed"_s, u"-b"_s, u"16"_s, u"-c"_s,
                         u"1"_s, u"-r"_s, u"44100"_s, u"-"_s});
    sox.waitForFinished(10000);
    const QByteArray raw = sox.readAllStandardOutput();
    const auto* samples = reinterpret_cast<const std::int16_t*>(raw.constData());
    const qsizetype count = raw.size() / 2;
    constexpr qsizetype window = 441;
    constexpr double threshold = 0.01;
    Recording r;
    r.seconds = static_cast<double>(count) / 44100.0;
    double sum = 0;
    double activeSum = 0;
    qsizetype activeSamples = 0;
    qsizetype first = -1;
    qsizetype last = -1;
    qsizetype quietSince = 0;
    for (qsizetype w = 0; w + window <= count; w += window) {
        double windowPeak = 0;
        double windowSum = 0;
        for (qsizetype i = w; i < w + window; ++i) {
            const double s = samples[i] / 32768.0;
            windowPeak = std::max(windowPeak, std::abs(s));
            windowSum += s * s;
        }
        sum += windowSum;
        r.peak = std::max(r.peak, windowPeak);
        if (windowPeak > threshold) {
            if (first < 0 || w - quietSince >= 10 * window)
                ++r.bursts;
            if (first < 0)
                first = w;
            last = w + window;
            activeSum += windowSum;
            activeSamples += window;
            quietSince = w + window;
        }
    }
    r.rms = count ? std::sqrt(sum / static_cast<double>(count)) : 0;
    r.activeRms = activeSamples ? std::sqrt(activeSum / static_cast<double>(activeSamples)) : 0;
    r.activeSpan = first < 0 ? 0 : static_cast<double>(last - first) / 44100.0;
    r.heard = static_cast<double>(activeSamples) / 44100.0;
    return r;
}

void print(const char* what, const Recording& r) {
    std::printf("%s: recording %.2f s, peak %.3f (%.1f dBFS), RMS %.4f (%.1f dBFS), RMS while "
                "sounding %.4f (%.1f dBFS), sound heard %.2f s over a span of %.2f s, %d bursts\n",
                what, r.seconds, r.peak, 20 * std::log10(std::max(r.peak, 1e-9)), r.rms,
                20 * std::log10(std::max(r.rms, 1e-9)), r.activeRms,
                20 * std::log10(std::max(r.activeRms, 1e-9)), r.heard, r.activeSpan, r.bursts);
    std::fflush(stdout);
}

// parecord on the null sink's monitor, started and known to be recording.
// It asks for 20 ms of latency: with no stream asking for less, the null sink
// renders 2 s ahead, and a sound that starts meanwhile reaches the monitor
// late, merged with the next ones or not at all.
class Recorder {
public:
    explicit Recorder(QString file)
        : m_file(std::move(file)) {
        m_process.start(u"parecord"_s, {u"-d"_s, u"vsink.monitor"_s, u"--file-format=wav"_s,
                                        u"--channels=1"_s, u"--latency-msec=20"_s, m_file});
        m_process.waitForStarted(3000);
        // Recording once its stream shows up on the server.
        std::ignore = QTest::qWaitFor(
            [] {
                return !run(u"pactl"_s, {u"list"_s, u"short"_s, u"source-outputs"_s})
                            .trimmed()
                            .isEmpty();
            },
            3000);
        // What the sink rendered ahead before the recorder asked for less
        // reaches the monitor first: up to 2 s.
        QTest::qWait(2200);
    }
    Recording stop() {
        m_process.terminate(); // parecord finishes the WAV header on SIGTERM
        if (!m_process.waitForFinished(3000)) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
        // To listen afterwards: LIMBER_AUDIO_RECORDINGS=/some/dir
        if (const QString keep = qEnvironmentVariable("LIMBER_AUDIO_RECORDINGS"); !keep.isEmpty())
            QFile::copy(m_file, QDir(keep).filePath(QFileInfo(m_file).fileName()));
        return analyse(m_file);
    }

private:
    QString m_file;
    QProcess m_process;
};

double seconds(CueSound sound) {
    return static_cast<double>(
               checkWav(QDir(soundDir).filePath(cueSoundFileName(sound))).info.duration.count()) /
           1000.0;
}

} // namespace

TEST(VirtualSoundCard, PlaysEveryCue) {
    if (const QString why = virtualSoundCardMissing(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    QTemporaryDir dir;
    SoundPlayer player(soundDir);
    player.start();
    ASSERT_TRUE(player.available()) << player.notice().toStdString();
    QTest::qWait(300); // the output opens

    Recorder recorder(dir.filePath(u"cues.wav"_s));
    QElapsedTimer timer;
    timer.start();
    double expected = 0; // seconds of sound
    for (const CueSound sound : allCueSounds) {
        player.play(sound);
        const double length = seconds(sound);
        expected += length;
        QTest::qWait(static_cast<int>(length * 1000) + 300);
    }
    const double playing = static_cast<double>(timer.elapsed()) / 1000.0;
    QTest::qWait(300);
    const Recording r = recorder.stop();
    print("cues", r);
    std::printf("cues: %zu sounds, %.2f s of sound expected, played over %.2f s\n",
                allCueSounds.size(), expected, playing);

    EXPECT_GT(r.peak, 0.2) << "the cues peak at -6 dBFS";
    EXPECT_LT(r.peak, 0.6) << "cues overlapped: they peak at -6 dBFS each";
    EXPECT_GT(r.activeRms, 0.03) << "recording is (nearly) silent";
    // Each cue on its own, 300 ms apart: as many bursts as cues, about as
    // much sound as the files hold, over about as long as they were played.
    EXPECT_EQ(r.bursts, static_cast<int>(allCueSounds.size()));
    EXPECT_GT(r.heard, expected * 0.8);
    EXPECT_LT(r.heard, expected * 1.3);
    EXPECT_GT(r.activeSpan, playing * 0.8);
    EXPECT_LT(r.activeSpan, playing * 1.2);
}

TEST(VirtualSoundCard, SpeaksASentence) {
    if (const QString why = virtualSoundCardMissing(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    QTemporaryDir dir;
    Narrator narrator(u"flite"_s);
    narrator.start();
    ASSERT_TRUE(narrator.available()) << narrator.reason().toStdString();
    ASSERT_TRUE(narrator.hasVoiceFor(QLocale(QLocale::English)));
    EXPECT_FALSE(narrator.hasVoiceFor(QLocale(QLocale::German)));
    QSignalSpy finished(&narrator, &Narrator::finished);

    Recorder recorder(dir.filePath(u"speech.wav"_s));
    QElapsedTimer timer;
    timer.start();
    ASSERT_TRUE(narrator.say(u"Breathe in slowly, and hold the stretch for twenty seconds."_s));
    EXPECT_TRUE(narrator.speaking());
    EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() > 0; }, 15000));
    const double spoken = static_cast<double>(timer.elapsed()) / 1000.0;
    EXPECT_FALSE(narrator.speaking());
    QTest::qWait(300);
    const Recording r = recorder.stop();
    print("speech", r);
    std::printf("speech: say() to finished() %.2f s\n", spoken);

    EXPECT_GT(r.peak, 0.1);
    EXPECT_GT(r.activeRms, 0.02) << "recording is (nearly) silent";
    EXPECT_GT(r.activeSpan, 1.5) << "a 10-word sentence takes seconds";
    EXPECT_LT(r.activeSpan, 8.0);
    EXPECT_TRUE(narrator.available());
}

// Qt 6.4.2's own flite plugin failed these with "Audio streaming error" (a
// write of flite's empty last chunk taken as fatal): 6 of these 11 words.
// Every one must now be spoken whole, one after the other, and the voice
// must stay available.
TEST(VirtualSoundCard, SpeaksEveryCueWordWithFlite) {
    if (const QString why = virtualSoundCardMissing(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    const QStringList words = {u"Get ready"_s,  u"Hold"_s,        u"Three"_s,   u"Two"_s,
                               u"One"_s,        u"Halfway"_s,     u"Release"_s, u"Rest"_s,
                               u"Breathe in"_s, u"Breathe out"_s, u"Begin"_s};
    QTemporaryDir dir;
    Narrator narrator(u"flite"_s);
    QSignalSpy finished(&narrator, &Narrator::finished);
    QSignalSpy availability(&narrator, &Narrator::availabilityChanged);
    Recorder recorder(dir.filePath(u"words.wav"_s));
    for (const QString& word : words) {
        const qsizetype before = finished.count();
        ASSERT_TRUE(narrator.say(word))
            << word.toStdString() << ": " << narrator.reason().toStdString();
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() > before; }, 5000))
            << word.toStdString() << " was not finished";
        ASSERT_TRUE(narrator.available())
            << word.toStdString() << ": " << narrator.reason().toStdString();
        QTest::qWait(250); // a pause between words, as in a session
    }
    QTest::qWait(300);
    const Recording r = recorder.stop();
    print("cue words", r);
    EXPECT_EQ(finished.count(), words.size());
    EXPECT_EQ(availability.count(), 0) << "the voice never became unavailable";
    EXPECT_EQ(r.bursts, words.size()) << "each word heard as its own sound";
    EXPECT_GT(r.activeRms, 0.02);
    EXPECT_GT(r.heard, 0.4 * static_cast<double>(words.size())) << "words cut short";
}

// A title of only punctuation or an emoji: flite renders nothing to hear.
// That text is done at once, and the voice stays on for the next words.
TEST(VirtualSoundCard, TextWithNothingToHearIsDoneAtOnce) {
    if (const QString why = virtualSoundCardMissing(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    Narrator narrator(u"flite"_s);
    QSignalSpy finished(&narrator, &Narrator::finished);
    for (const QString& nothing : {u"…"_s, u"—"_s, u"!!!"_s}) {
        const qsizetype before = finished.count();
        ASSERT_TRUE(narrator.say(nothing));
        EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() > before; }, 2000))
            << nothing.toStdString();
        EXPECT_FALSE(narrator.speaking());
        EXPECT_TRUE(narrator.available()) << narrator.reason().toStdString();
    }
    ASSERT_TRUE(narrator.say(u"Hold"_s));
    EXPECT_TRUE(QTest::qWaitFor([&] { return finished.count() == 4; }, 5000));
}

TEST(VirtualSoundCard, NewNarrationInterruptsAndLatePromptsAreDropped) {
    if (const QString why = virtualSoundCardMissing(); !why.isEmpty())
        GTEST_SKIP() << why.toStdString();
    Narrator narrator(u"flite"_s);
    QSignalSpy finished(&narrator, &Narrator::finished);
    ASSERT_TRUE(
        narrator.say(u"This is a long sentence about the previous step that will be cut off."_s));
    QTest::qWait(400);
    // Busy: a prompt is dropped, a hint is dropped, a narration interrupts.
    EXPECT_FALSE(narrator.sayPrompt(u"3"_s, Narrator::Clock::now()));
    EXPECT_FALSE(narrator.say(u"Next up."_s, Narrator::Priority::IfIdle));
    EXPECT_TRUE(narrator.say(u"Step two."_s));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !narrator.speaking(); }, 10000));
    // Idle: an on-time prompt is said, a late one dropped.
    EXPECT_FALSE(narrator.sayPrompt(u"2"_s, Narrator::Clock::now() - 500ms));
    EXPECT_TRUE(narrator.sayPrompt(u"1"_s, Narrator::Clock::now()));
    EXPECT_TRUE(QTest::qWaitFor([&] { return !narrator.speaking(); }, 10000));
    EXPECT_GE(finished.count(), 1);
}

TEST(NoSoundServer, SoundPlayerIsUnavailableAndNeverHangs) {
    if (!isolateFromSoundServer())
        GTEST_SKIP() << "this process already used audio devices; run one test per process";
    QElapsedTimer timer;
    timer.start();
    if (!QMediaDevices::defaultAudioOutput().isNull())
        GTEST_SKIP() << "an audio device is visible without a sound server (ALSA?)";
    {
        SoundPlayer player(soundDir);
        player.start();
        EXPECT_FALSE(player.available());
        EXPECT_TRUE(player.notice().contains(u"No audio output device"_s))
            << player.notice().toStdString();
        for (const CueSound sound : allCueSounds) {
            EXPECT_FALSE(player.canPlay(sound));
            player.play(sound);
        }
    }
    std::printf("no server: SoundPlayer made, played, destroyed in %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    EXPECT_LT(timer.elapsed(), 3000);
}

TEST(NoSoundServer, NarratorIsUnavailableAndNeverHangs) {
    if (!isolateFromSoundServer())
        GTEST_SKIP() << "this process already used audio devices; run one test per process";
    QElapsedTimer timer;
    timer.start();
    {
        Narrator narrator(u"flite"_s);
        narrator.start();
        const bool accepted = narrator.say(u"Hold the stretch."_s);
        // Known at once (no device), or flite's Error within ~10 ms.
        EXPECT_TRUE(QTest::qWaitFor([&] { return !narrator.available(); }, 3000));
        EXPECT_FALSE(narrator.speaking());
        EXPECT_FALSE(narrator.reason().isEmpty());
        std::printf("no server: say() %s; reason: %s\n", accepted ? "accepted" : "refused",
                    qPrintable(narrator.reason()));
        EXPECT_FALSE(narrator.say(u"Again."_s));
    }
    std::printf("no server: Narrator made, asked, destroyed in %lld ms\n",
                static_cast<long long>(timer.elapsed()));
    EXPECT_LT(timer.elapsed(), 3000);
}
