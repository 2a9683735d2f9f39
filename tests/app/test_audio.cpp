// Unit tests of the audio layer: the WAV check, SoundPlayer's refusal of
// broken files, the prompt drop rule and the CueOutput test double. No sound
// server needed; each test is bounded in time.
#include "audio/cuemix.h"
#include "audio/cueoutput.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "audio/wavfile.h"
#include "recordingcueoutput.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>
#include <algorithm>
#include <cstdint>
#include <gtest/gtest.h>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString soundDir = QStringLiteral(LIMBER_SOURCE_DIR "/resources/sounds");

void appendU32(QByteArray& bytes, std::uint32_t value) {
    char raw[4];
    qToLittleEndian(value, raw);
    bytes.append(raw, 4);
}
void appendU16(QByteArray& bytes, std::uint16_t value) {
    char raw[2];
    qToLittleEndian(value, raw);
    bytes.append(raw, 2);
}

QByteArray fmtChunk(std::uint16_t tag = 1, std::uint16_t channels = 1, std::uint32_t rate = 44100,
                    std::uint16_t bits = 16) {
    QByteArray chunk("fmt ");
    appendU32(chunk, 16);
    appendU16(chunk, tag);
    appendU16(chunk, channels);
    appendU32(chunk, rate);
    const auto align = static_cast<std::uint16_t>(channels * bits / 8);
    appendU32(chunk, rate * align);
    appendU16(chunk, align);
    appendU16(chunk, bits);
    return chunk;
}

QByteArray chunk(const char* id, const QByteArray& payload) {
    QByteArray bytes(id, 4);
    appendU32(bytes, static_cast<std::uint32_t>(payload.size()));
    bytes += payload;
    if (payload.size() % 2)
        bytes += '\0';
    return bytes;
}

QByteArray riff(const QByteArray& chunks) {
    QByteArray bytes("RIFF");
    appendU32(bytes, static_cast<std::uint32_t>(chunks.size() + 4));
    return bytes + "WAVE" + chunks;
}

// 0.1 s of 16-bit mono silence at 44.1 kHz.
QByteArray goodWav() {
    return riff(fmtChunk() + chunk("data", QByteArray(8820, '\0')));
}

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    const QString path = dir.filePath(name);
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

} // namespace

TEST(WavCheck, AcceptsAWellFormedFile) {
    const WavCheck check = checkWavData(goodWav());
    ASSERT_TRUE(check.ok) << check.reason().toStdString();
    EXPECT_TRUE(check.reason().isEmpty());
    EXPECT_EQ(check.info.channels, 1);
    EXPECT_EQ(check.info.sampleRate, 44100);
    EXPECT_EQ(check.info.bitsPerSample, 16);
    EXPECT_EQ(check.info.dataSize, 8820);
    EXPECT_EQ(check.info.duration, 100ms);
}

TEST(WavCheck, SkipsOtherChunksAndPadding) {
    // An odd-sized LIST chunk (padded) between fmt and data.
    const WavCheck check =
        checkWavData(riff(fmtChunk() + chunk("LIST", "abc") + chunk("data", QByteArray(4, 'x'))));
    EXPECT_TRUE(check.ok) << check.reason().toStdString();
}

TEST(WavCheck, RefusesBrokenFiles) {
    const QByteArray good = goodWav();
    QByteArray riffTooBig = good;
    qToLittleEndian<std::uint32_t>(100000, riffTooBig.data() + 4);
    // Data chunk announcing more than is there (RIFF size consistent).
    QByteArray dataTooBig = riff(fmtChunk() + chunk("data", QByteArray(100, '\0')));
    qToLittleEndian<std::uint32_t>(1000, dataTooBig.data() + dataTooBig.size() - 104);

    const struct {
        const char* name;
        QByteArray bytes;
        const char* reason;
    } cases[] = {
        {"empty", {}, "is empty"},
        {"garbage", QByteArray(64, '\x5a'), "is not a RIFF/WAVE file"},
        {"too short", QByteArray("RIFF"), "is not a RIFF/WAVE file"},
        {"RIFF but AVI", QByteArray("RIFF\x04\0\0\0AVI ", 12), "is not a RIFF/WAVE file"},
        {"truncated (cut in half)", good.first(good.size() / 2), "is truncated"},
        {"RIFF size past the end", riffTooBig, "is truncated"},
        {"data size past the end", dataTooBig, "is truncated: its data chunk"},
        {"header only", riff({}), "has no format (fmt) chunk"},
        {"no data chunk", riff(fmtChunk()), "has no data chunk"},
        {"data before fmt", riff(chunk("data", QByteArray(4, '\0')) + fmtChunk()),
         "has no format (fmt) chunk before its data"},
        {"empty data", riff(fmtChunk() + chunk("data", {})), "holds no sound"},
        {"float samples", riff(fmtChunk(3, 1, 44100, 32) + chunk("data", QByteArray(8, '\0'))),
         "is not uncompressed PCM"},
        {"six channels", riff(fmtChunk(1, 6) + chunk("data", QByteArray(12, '\0'))),
         "unsupported channel count"},
        {"1 Hz", riff(fmtChunk(1, 1, 1) + chunk("data", QByteArray(2, '\0'))),
         "unsupported sample rate"},
        {"half a frame", riff(fmtChunk(1, 2) + chunk("data", QByteArray(6, '\0'))),
         "middle of a sample frame"},
        {"short fmt", riff(chunk("fmt ", QByteArray(8, '\0')) + chunk("data", QByteArray(2, 0))),
         "broken format (fmt) chunk"},
    };
    for (const auto& c : cases) {
        const WavCheck check = checkWavData(c.bytes);
        EXPECT_FALSE(check.ok) << c.name;
        EXPECT_TRUE(check.reason().contains(QLatin1StringView(c.reason)))
            << c.name << ": " << check.reason().toStdString();
    }
}

TEST(WavCheck, ReadsFiles) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_TRUE(checkWav(write(dir, u"good.wav"_s, goodWav())).ok);
    const WavCheck missing = checkWav(dir.filePath(u"missing.wav"_s));
    EXPECT_FALSE(missing.ok);
    EXPECT_TRUE(missing.reason().startsWith(u"cannot be read"_s)) << missing.reason().toStdString();
    EXPECT_FALSE(checkWav(write(dir, u"empty.wav"_s, {})).ok);
}

TEST(WavCheck, ShippedSoundsAreGoodAndShareOneFormat) {
    for (const CueSound sound : allCueSounds) {
        const QString path = QDir(soundDir).filePath(cueSoundFileName(sound));
        const WavSound wav = loadWav(path);
        ASSERT_TRUE(wav.check.ok) << path.toStdString() << ": " << wav.check.reason().toStdString();
        EXPECT_EQ(wav.check.info.channels, 1);
        EXPECT_EQ(wav.check.info.bitsPerSample, 16);
        EXPECT_EQ(wav.check.info.sampleRate, 44100);
        EXPECT_GE(wav.check.info.duration, 50ms) << path.toStdString();
        EXPECT_LE(wav.check.info.duration, 2000ms) << path.toStdString();
        // Peak -6 dBFS (scripts/make-sounds), ending on silence (no click).
        const auto peak =
            std::max_element(wav.samples.begin(), wav.samples.end(),
                             [](qint16 a, qint16 b) { return std::abs(a) < std::abs(b); });
        EXPECT_NEAR(std::abs(*peak), 16384, 200) << path.toStdString();
        EXPECT_EQ(wav.samples.back(), 0) << path.toStdString();
    }
}

TEST(WavCheck, LoadsSamplesOfEveryWidth) {
    QTemporaryDir dir;
    // One frame of each: 8-bit 255 (near full scale), 16-bit -2, 24-bit and
    // 32-bit 0x1234 in their top bytes.
    const auto file = [&](std::uint16_t bits, QByteArray data) {
        return write(dir, u"w%1.wav"_s.arg(bits),
                     riff(fmtChunk(1, 1, 8000, bits) + chunk("data", data)));
    };
    EXPECT_EQ(loadWav(file(8, QByteArray("\xff", 1))).samples, std::vector<qint16>{127 * 256});
    EXPECT_EQ(loadWav(file(16, QByteArray("\xfe\xff", 2))).samples, std::vector<qint16>{-2});
    EXPECT_EQ(loadWav(file(24, QByteArray("\x00\x34\x12", 3))).samples,
              std::vector<qint16>{0x1234});
    EXPECT_EQ(loadWav(file(32, QByteArray("\x00\x00\x34\x12", 4))).samples,
              std::vector<qint16>{0x1234});
    EXPECT_TRUE(loadWav(write(dir, u"bad.wav"_s, "RIFF")).samples.empty());
}

namespace {
std::vector<qint16> readMix(CueMix& mix, std::size_t samples) {
    std::vector<qint16> out(samples, 99);
    const auto bytes = static_cast<qint64>(samples * sizeof(qint16));
    EXPECT_EQ(mix.read(reinterpret_cast<char*>(out.data()), bytes), bytes);
    return out;
}
} // namespace

TEST(CueMix, GivesSilenceWhenIdleAndNeverRunsDry) {
    CueMix mix;
    ASSERT_TRUE(mix.isOpen());
    EXPECT_TRUE(mix.silent());
    EXPECT_GT(mix.bytesAvailable(), 1 << 20);
    EXPECT_EQ(readMix(mix, 4), (std::vector<qint16>{0, 0, 0, 0}));
}

TEST(CueMix, MixesOverlappingSoundsWithTheirGainsAndClips) {
    CueMix mix;
    ASSERT_TRUE(mix.isOpen());
    const CueMix::Samples tick{1000, 2000, 3000};
    const CueMix::Samples chime{100, 100, 100, 100, 100};
    const CueMix::Samples loud{30000, 30000};
    mix.play(chime, 1.0F);
    EXPECT_EQ(readMix(mix, 2), (std::vector<qint16>{100, 100}));
    mix.play(tick, 0.5F); // starts at the next read, at half
    EXPECT_EQ(readMix(mix, 4), (std::vector<qint16>{600, 1100, 1600, 0}));
    EXPECT_TRUE(mix.silent());
    mix.setMasterGain(2.0F);
    mix.play(loud, 1.0F);
    mix.play(tick, 1.0F);
    EXPECT_EQ(readMix(mix, 3), (std::vector<qint16>{32767, 32767, 6000}));
    mix.setMasterGain(1.0F);
    const CueMix::Samples low{-30000};
    const CueMix::Samples lower{-30000};
    mix.play(low, 1.0F);
    mix.play(lower, 1.0F);
    EXPECT_EQ(readMix(mix, 1), std::vector<qint16>{-32768});
}

TEST(CueMix, ASoundDueLaterStartsAtTheSampleHeardAtThatMoment) {
    // 1000 frames a second: one sample is 1 ms. What is read at t is heard
    // 10 ms later.
    auto now = CueMix::Clock::time_point{} + 100s;
    CueMix mix([&] { return now; });
    mix.setFormat(1000, 1);
    mix.setOutputDelay(10ms);
    const CueMix::Samples tick{1000, 2000, 3000};
    mix.play(tick, 1.0F, now + 15ms); // heard at sample 5 of this read
    std::vector<qint16> expected(8, 0);
    expected[5] = 1000;
    expected[6] = 2000;
    expected[7] = 3000;
    EXPECT_EQ(readMix(mix, 8), expected);
    // Due after the next read: it waits, then starts where it is due.
    mix.play(tick, 1.0F, now + 30ms);
    EXPECT_FALSE(mix.silent());
    now += 8ms; // this read is heard from 18 ms to 26 ms
    EXPECT_EQ(readMix(mix, 8), std::vector<qint16>(8, 0));
    now += 8ms; // from 26 ms: the tick at sample 4
    EXPECT_EQ(readMix(mix, 6), (std::vector<qint16>{0, 0, 0, 0, 1000, 2000}));
    EXPECT_EQ(readMix(mix, 2), (std::vector<qint16>{3000, 0}));
    // Already past: it starts at once.
    mix.play(tick, 1.0F, now - 1s);
    EXPECT_EQ(readMix(mix, 3), (std::vector<qint16>{1000, 2000, 3000}));
    EXPECT_TRUE(mix.silent());
}

TEST(CueMix, AReadThatComesLateStillStartsASoundOnTheStreamsClock) {
    // 1000 frames a second; a sink that reads 20 ms every 20 ms and plays
    // what it read 50 ms later.
    auto now = CueMix::Clock::time_point{} + 100s;
    CueMix mix([&] { return now; });
    mix.setFormat(1000, 1);
    mix.setOutputDelay(50ms);
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(readMix(mix, 20), std::vector<qint16>(20, 0));
        now += 20ms;
    }
    // Frames 200-219 are heard from 100.250 s, whenever they are read. This
    // read comes 15 ms late (its thread waited for a core): the tick due at
    // 100.255 s is still frame 5 of it, not frame 0 (as "now + delay" would
    // put it, 15 ms early), and the next read, on time again, agrees.
    // (Nine reads of ten on time make the stream's clock.)
    now += 15ms;
    const CueMix::Samples tick{1000, 2000, 3000};
    mix.play(tick, 1.0F, CueMix::Clock::time_point{} + 100s + 255ms);
    std::vector<qint16> expected(20, 0);
    expected[5] = 1000;
    expected[6] = 2000;
    expected[7] = 3000;
    EXPECT_EQ(readMix(mix, 20), expected);
    now += 5ms;
    mix.play(tick, 1.0F, CueMix::Clock::time_point{} + 100s + 272ms);
    expected.assign(20, 0);
    expected[2] = 1000;
    expected[3] = 2000;
    expected[4] = 3000;
    EXPECT_EQ(readMix(mix, 20), expected);
    // After a pause in the reads (the sink suspended) the stream starts
    // again: what is read now is heard 50 ms from now.
    now += 3s;
    mix.play(tick, 1.0F, now + 60ms);
    expected.assign(20, 0);
    expected[10] = 1000;
    expected[11] = 2000;
    expected[12] = 3000;
    EXPECT_EQ(readMix(mix, 20), expected);
}

TEST(CueMix, ASoundPlayedAgainRestartsInsteadOfPilingUp) {
    CueMix mix;
    ASSERT_TRUE(mix.isOpen());
    const CueMix::Samples tick{1000, 2000, 3000};
    mix.play(tick, 1.0F);
    EXPECT_EQ(readMix(mix, 2), (std::vector<qint16>{1000, 2000}));
    mix.play(tick, 1.0F);
    EXPECT_EQ(readMix(mix, 3), (std::vector<qint16>{1000, 2000, 3000}));
    mix.play(tick, 1.0F);
    mix.stopAll();
    EXPECT_EQ(readMix(mix, 2), (std::vector<qint16>{0, 0}));
}

TEST(SoundPlayer, RefusesBrokenFilesWithANoticeAndNoHang) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // Every kind of broken file, and one missing: none may reach Qt.
    const QByteArray good = goodWav();
    write(dir, cueSoundFileName(CueSound::GetReady), {});
    write(dir, cueSoundFileName(CueSound::HoldStart), good.first(good.size() - 100));
    write(dir, cueSoundFileName(CueSound::Halfway), QByteArray(5000, '\x7f'));
    write(dir, cueSoundFileName(CueSound::Countdown), riff(fmtChunk()));
    for (int round = 0; round < 3; ++round) {
        SoundPlayer player(dir.path());
        QSignalSpy changed(&player, &SoundPlayer::availabilityChanged);
        player.start();
        EXPECT_FALSE(player.available());
        EXPECT_EQ(changed.count(), 1);
        const QString notice = player.notice();
        EXPECT_TRUE(notice.contains(u"get-ready.wav is empty"_s)) << notice.toStdString();
        EXPECT_TRUE(notice.contains(u"hold-start.wav is truncated"_s)) << notice.toStdString();
        EXPECT_TRUE(notice.contains(u"halfway.wav is not a RIFF/WAVE file"_s));
        EXPECT_TRUE(notice.contains(u"countdown.wav has no data chunk"_s));
        EXPECT_TRUE(notice.contains(u"complete.wav cannot be read"_s));
        for (const CueSound sound : allCueSounds) {
            EXPECT_FALSE(player.canPlay(sound));
            player.play(sound); // does nothing, returns at once
        }
    }
}

TEST(SoundPlayer, OneBrokenFileSilencesOnlyItsSound) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    for (const CueSound sound : allCueSounds)
        QFile::copy(QDir(soundDir).filePath(cueSoundFileName(sound)),
                    dir.filePath(cueSoundFileName(sound)));
    QFile::remove(dir.filePath(cueSoundFileName(CueSound::Rep)));
    write(dir, cueSoundFileName(CueSound::Rep), goodWav().first(30));
    {
        SoundPlayer player(dir.path());
        player.setVolume(0.5);
        player.start();
        EXPECT_FALSE(player.available());
        EXPECT_TRUE(player.notice().contains(u"rep.wav is truncated"_s))
            << player.notice().toStdString();
        EXPECT_FALSE(player.canPlay(CueSound::Rep));
        player.play(CueSound::Rep);
        player.play(CueSound::HoldStart); // plays if there is a device, else nothing
        EXPECT_DOUBLE_EQ(player.volume(), 0.5);
    }
}

TEST(Narrator, PromptDropRule) {
    const auto t = Narrator::Clock::time_point{} + 10s;
    EXPECT_FALSE(Narrator::shouldDropPrompt(t, t, false));                     // on time
    EXPECT_FALSE(Narrator::shouldDropPrompt(t, t - 50ms, false));              // early
    EXPECT_FALSE(Narrator::shouldDropPrompt(t, t + 250ms, false));             // a little late
    EXPECT_FALSE(Narrator::shouldDropPrompt(t, t + 300ms, false));             // at the limit
    EXPECT_TRUE(Narrator::shouldDropPrompt(t, t + 301ms, false));              // late
    EXPECT_TRUE(Narrator::shouldDropPrompt(t, t + 2s, false));                 // very late
    EXPECT_TRUE(Narrator::shouldDropPrompt(t, t, true));                       // busy
    EXPECT_TRUE(Narrator::shouldDropPrompt(t, t + 900ms, false, 1s) == false); // own tolerance
}

TEST(Narrator, LatePromptIsDroppedBeforeTheEngineIsAsked) {
    // A fake clock 400 ms past the schedule; an engine that does not exist,
    // so the test never needs a sound server.
    auto now = Narrator::Clock::time_point{} + 10s;
    Narrator narrator(u"no-such-engine"_s, [&] { return now; });
    const auto scheduled = now - 400ms;
    EXPECT_FALSE(narrator.sayPrompt(u"3"_s, scheduled));
    EXPECT_FALSE(narrator.speaking());
}

TEST(Narrator, MissingEngineIsUnavailableWithAReason) {
    Narrator narrator(u"no-such-engine"_s);
    EXPECT_TRUE(narrator.available()); // not known before start
    QSignalSpy changed(&narrator, &Narrator::availabilityChanged);
    EXPECT_FALSE(narrator.say(u"Hold the stretch."_s));
    EXPECT_FALSE(narrator.available());
    EXPECT_FALSE(narrator.speaking());
    EXPECT_GE(changed.count(), 1);
    EXPECT_FALSE(narrator.reason().isEmpty());
    EXPECT_FALSE(narrator.hasVoiceFor(QLocale(QLocale::English)));
    EXPECT_TRUE(narrator.voices().isEmpty());
}

TEST(Narrator, ListsInstalledEngines) {
    const QStringList engines = Narrator::availableEngines();
    EXPECT_TRUE(engines.contains(u"flite"_s)) << engines.join(u", "_s).toStdString();
}

TEST(CueOutput, RecordingDoubleRecordsInOrder) {
    RecordingCueOutput output;
    CueOutput& cues = output;
    const auto when = std::chrono::steady_clock::time_point{} + 5s;
    cues.playSound(CueSound::HoldStart, SoundLevel::UnderSpeech, when);
    cues.say(u"Three"_s, SpeechKind::Prompt, when);
    cues.stopSpeech();
    using Type = RecordingCueOutput::Event::Type;
    ASSERT_EQ(output.events().size(), 3U);
    EXPECT_EQ(output.events()[0].type, Type::Sound);
    EXPECT_EQ(output.events()[0].sound, CueSound::HoldStart);
    EXPECT_EQ(output.events()[0].level, SoundLevel::UnderSpeech);
    EXPECT_EQ(output.events()[1].type, Type::Say);
    EXPECT_EQ(output.events()[1].text, u"Three"_s);
    EXPECT_EQ(output.events()[1].kind, SpeechKind::Prompt);
    EXPECT_EQ(output.events()[1].scheduled, when);
    EXPECT_EQ(output.events()[2].type, Type::StopSpeech);
    output.setSoundAvailable(false);
    EXPECT_FALSE(cues.soundAvailable());
    EXPECT_TRUE(cues.speechAvailable());
}

TEST(CueOutput, QtOutputDegradesWithoutHanging) {
    QTemporaryDir dir;
    SoundPlayer sounds(dir.path()); // no files at all
    Narrator narrator(u"no-such-engine"_s);
    QtCueOutput output(sounds, narrator);
    output.playSound(CueSound::Complete, SoundLevel::Full, std::chrono::steady_clock::now());
    output.say(u"Well done."_s, SpeechKind::Narration, std::chrono::steady_clock::now());
    output.say(u"3"_s, SpeechKind::Prompt, std::chrono::steady_clock::now());
    output.stopSpeech();
    EXPECT_FALSE(output.soundAvailable());
    EXPECT_FALSE(output.speechAvailable());
}

TEST(Narrator, EveryEngineSpeaksAsLoudAsTheCueSounds) {
    // flite is levelled when it renders; speech-dispatcher is turned down to
    // the same peak (measured: see Narrator::engineVolume).
    EXPECT_DOUBLE_EQ(Narrator::engineVolume(u"flite"_s, 1.0), 1.0);
    EXPECT_DOUBLE_EQ(Narrator::engineVolume(u"speechd"_s, 1.0), 0.4);
    EXPECT_DOUBLE_EQ(Narrator::engineVolume(u"flite"_s, 0.5), double(outputGain(0.5)));
    EXPECT_DOUBLE_EQ(Narrator::engineVolume(u"speechd"_s, 0.5), 0.4 * double(outputGain(0.5)));
    EXPECT_DOUBLE_EQ(Narrator::engineVolume(u"speechd"_s, 0.0), 0.0);
}
