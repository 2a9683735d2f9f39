#include "settings/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using limber::Settings;

namespace {

// The child half of CrashMidWriteLeavesAConsistentFile: writes forever.
const char* const kChildEnv = "LIMBER_SETTINGS_CRASH_CHILD";

} // namespace

TEST(Settings, DefaultsAreWhatANewUserGets) {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"limber.conf"_s));
    EXPECT_EQ(settings.getReady(), 3s);
    EXPECT_EQ(settings.breathPace(), 5000ms);
    EXPECT_TRUE(settings.autoAdvance());
    EXPECT_EQ(settings.holdChoice(), Settings::HoldChoice::RoutineDefault);
    EXPECT_EQ(settings.audioMode(), Settings::AudioMode::VoiceAndSounds);
    EXPECT_EQ(settings.speechEngine(), u"flite");
    EXPECT_TRUE(settings.motion());
    EXPECT_FALSE(settings.muted());
    EXPECT_EQ(settings.language(), QString());
}

TEST(Settings, ChoicesSurviveARestart) {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"limber.conf"_s);
    {
        Settings settings(file);
        settings.setGetReady(5s);
        settings.setHoldChoice(Settings::HoldChoice::Long);
        settings.setHoldTarget(u"upper-back-relief"_s, u"wall-stretch"_s, 45s);
        settings.acknowledgeWarnings(u"upper-back-relief"_s, u"abc123"_s);
        settings.setAudioMode(Settings::AudioMode::SoundsOnly);
        settings.setLanguage(u"de"_s);
    }
    Settings settings(file);
    EXPECT_EQ(settings.getReady(), 5s);
    EXPECT_EQ(settings.holdChoice(), Settings::HoldChoice::Long);
    EXPECT_EQ(settings.holdTarget(u"upper-back-relief"_s, u"wall-stretch"_s), 45s);
    EXPECT_EQ(settings.holdTarget(u"upper-back-relief"_s, u"seated-stretch"_s), std::nullopt);
    EXPECT_TRUE(settings.warningsAcknowledged(u"upper-back-relief"_s, u"abc123"_s));
    EXPECT_FALSE(settings.warningsAcknowledged(u"upper-back-relief"_s, u"changed"_s));
    EXPECT_EQ(settings.audioMode(), Settings::AudioMode::SoundsOnly);
    EXPECT_EQ(settings.language(), u"de");
}

TEST(Settings, OutOfRangeValuesAreClamped) {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"limber.conf"_s));
    settings.setGetReady(60s);
    settings.setBreathPace(100ms);
    settings.setVolume(3.0);
    EXPECT_EQ(settings.getReady(), 10s);
    EXPECT_EQ(settings.breathPace(), 2000ms);
    EXPECT_EQ(settings.volume(), 1.0);
}

TEST(Settings, AGarbledFileGivesDefaultsNotACrash) {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"limber.conf"_s);
    QFile garbage(file);
    ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
    garbage.write("\x00\xff[session\ngetReady=banana\n\x01\x02volume=", 35);
    garbage.close();
    Settings settings(file);
    EXPECT_EQ(settings.getReady(), 3s); // "banana" is not a number: the default
    EXPECT_EQ(settings.volume(), 0.8);
}

TEST(Settings, ChangesAreSignalled) {
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"limber.conf"_s));
    std::vector<Settings::Key> keys;
    QObject::connect(&settings, &Settings::changed,
                     [&](Settings::Key key) { keys.push_back(key); });
    settings.setMuted(true);
    settings.setMuted(true); // no change: no signal
    settings.setVolume(0.5);
    settings.setHoldTarget(u"upper-back-relief"_s, u"wall-stretch"_s, 45s);
    EXPECT_EQ(keys, (std::vector{Settings::Key::Muted, Settings::Key::Volume,
                                 Settings::Key::HoldTarget}));
}

// A settings file written by Limber 0.1 (before the keys were typed) reads
// back as the person left it: every value, none reset to its default.
TEST(Settings, AFileFromVersion0_1KeepsEveryValue) {
    QTemporaryDir dir;
    const QString file = dir.filePath(u"limber.conf"_s);
    ASSERT_TRUE(
        QFile::copy(QStringLiteral(LIMBER_TEST_DATA_DIR "/settings/limber-0.1.conf"), file));
    QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
    Settings settings(file);
    EXPECT_EQ(settings.getReady(), 5s);
    EXPECT_EQ(settings.breathPace(), 4000ms);
    EXPECT_FALSE(settings.autoAdvance());
    EXPECT_EQ(settings.holdChoice(), Settings::HoldChoice::Long);
    EXPECT_EQ(settings.holdTarget(u"upper-back-relief"_s, u"wall-stretch"_s), 45s);
    EXPECT_TRUE(settings.warningsAcknowledged(u"upper-back-relief"_s, u"9f2c41d07a6b3e58"_s));
    EXPECT_EQ(settings.language(), u"de");
    EXPECT_FALSE(settings.motion());
    EXPECT_EQ(settings.audioMode(), Settings::AudioMode::SoundsOnly);
    EXPECT_TRUE(settings.muted());
    EXPECT_EQ(settings.volume(), 0.55);
    EXPECT_EQ(settings.speechEngine(), u"speechd");
    EXPECT_EQ(settings.voice(), u"German Male");
    EXPECT_EQ(settings.speechRate(), -0.25);
    EXPECT_EQ(settings.speechPitch(), 0.5);
    EXPECT_EQ(settings.windowGeometry(), QByteArray("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8));

    // Written back, the file keeps the same keys (a later version reads it).
    settings.setVolume(0.6);
    settings.sync();
    QFile written(file);
    ASSERT_TRUE(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    EXPECT_TRUE(text.contains("[audio]\nmode=sounds\nmuted=true\nvolume=0.6\n")) << text.data();
    EXPECT_TRUE(text.contains("[session]\nautoAdvance=false\nbreathPaceMs=4000\ngetReady=5\n"))
        << text.data();
}

TEST(Settings, CrashMidWriteLeavesAConsistentFile) {
    if (const QString child = qEnvironmentVariable(kChildEnv); !child.isEmpty()) {
        Settings settings(child);
        for (int i = 0;; ++i) {
            settings.setVoice(QString(4000, u'x') + QString::number(i));
            settings.setSpeechRate((i % 100) / 100.0);
            settings.sync();
        }
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"limber.conf"_s);
    for (int round = 0; round < 5; ++round) {
        QProcess child;
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QString::fromLatin1(kChildEnv), file);
        child.setProcessEnvironment(environment);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--gtest_filter=Settings.CrashMidWriteLeavesAConsistentFile"_s});
        ASSERT_TRUE(child.waitForStarted(5000));
        QThread::msleep(150 + 37 * static_cast<unsigned long>(round));
        child.kill(); // SIGKILL: no chance to finish the write
        child.waitForFinished(5000);

        Settings settings(file);
        const QString voice = settings.voice();
        if (voice.isEmpty())
            continue; // killed before the first write finished: the defaults
        EXPECT_TRUE(voice.startsWith(QString(4000, u'x'))) << "round " << round;
        bool ok = false;
        voice.mid(4000).toInt(&ok);
        EXPECT_TRUE(ok) << "the voice was cut short in round " << round;
    }
}
