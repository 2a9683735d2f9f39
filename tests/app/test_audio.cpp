// Unit tests of the audio layer: the WAV check, SoundPlayer's refusal of
// broken files, the prompt drop rule and the CueOutput test double. No sound
// server needed; each test is bounded in time.
#include "audio/cueoutput.h"
#include "audio/narrator.h"
#include "recordingcueoutput.h"
#include "audio/soundplayer.h"
#include "audio/wavfile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtEndian>
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
    ASSERT_TRUE(check.ok) << check.reason.toStdString();
    EXPECT_TRUE(check.reason.isEmpty());
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
    EXPECT_TRUE(check.ok) << check.reason.toStdString();
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
        EXPECT_TRUE(check.reason.contains(QLatin1StringView(c.reason)))
            << c.name << ": " << check.reason.toStdString();
    }
}

TEST(WavCheck, ReadsFiles) {
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_TRUE(checkWav(write(dir, u"good.wav"_s, goodWav())).ok);
    const WavCheck missing = checkWav(dir.filePath(u"missing.wav"_s));
    EXPECT_FALSE(missing.ok);
    EXPECT_TRUE(missing.reason.startsWith(u"cannot be read"_s)) << missing.reason.toStdString();
    EXPECT_FALSE(checkWav(write(dir, u"empty.wav"_s, {})).ok);
}

TEST(WavCheck, ShippedSoundsAreGoodAndPadded) {
    for (const CueSound sound : allCueSounds) {
        const QString path = QDir(soundDir).filePath(cueSoundFileName(sound));
        const WavCheck check = checkWav(path);
        ASSERT_TRUE(check.ok) << path.toStdString() << ": " << check.reason.toStdString();
        EXPECT_EQ(check.info.channels, 1);
        EXPECT_EQ(check.info.bitsPerSample, 16);
        EXPECT_GE(check.info.duration, 380ms) << path.toStdString();
        EXPECT_LE(check.info.duration, 2500ms) << path.toStdString();
        // QSoundEffect cuts the last ~200 ms: the last 300 ms must be silence.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const qsizetype tail = check.info.sampleRate * 2 * 300 / 1000;
        EXPECT_EQ(bytes.last(tail).count('\0'), tail) << path.toStdString();
    }
}

TEST(SoundPlayer, RefusesBrokenFilesWithANoticeAndNoHang) {
    QElapsedTimer timer;
    timer.start();
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
    } // destroyed: no QSoundEffect was ever made, so no deadlock
    EXPECT_LT(timer.elapsed(), 2000);
}

TEST(SoundPlayer, OneBrokenFileSilencesOnlyItsSound) {
    QElapsedTimer timer;
    timer.start();
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
    EXPECT_LT(timer.elapsed(), 3000);
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
    QElapsedTimer timer;
    timer.start();
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
    EXPECT_LT(timer.elapsed(), 2000);
}

TEST(Narrator, ListsInstalledEngines) {
    const QStringList engines = Narrator::availableEngines();
    EXPECT_TRUE(engines.contains(u"flite"_s)) << engines.join(u", "_s).toStdString();
}

TEST(CueOutput, RecordingDoubleRecordsInOrder) {
    RecordingCueOutput output;
    CueOutput& cues = output;
    const auto when = std::chrono::steady_clock::time_point{} + 5s;
    cues.playSound(CueSound::HoldStart);
    cues.say(u"Three"_s, SpeechKind::Prompt, when);
    cues.stopSpeech();
    using Type = RecordingCueOutput::Event::Type;
    ASSERT_EQ(output.events().size(), 3U);
    EXPECT_EQ(output.events()[0].type, Type::Sound);
    EXPECT_EQ(output.events()[0].sound, CueSound::HoldStart);
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
    QElapsedTimer timer;
    timer.start();
    QTemporaryDir dir;
    SoundPlayer sounds(dir.path()); // no files at all
    Narrator narrator(u"no-such-engine"_s);
    QtCueOutput output(sounds, narrator);
    output.playSound(CueSound::Complete);
    output.say(u"Well done."_s, SpeechKind::Narration, std::chrono::steady_clock::now());
    output.say(u"3"_s, SpeechKind::Prompt, std::chrono::steady_clock::now());
    output.stopSpeech();
    EXPECT_FALSE(output.soundAvailable());
    EXPECT_FALSE(output.speechAvailable());
    EXPECT_LT(timer.elapsed(), 2000);
}
