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
    QStringList keys;
    QObject::connect(&settings, &Settings::changed, [&](const QString& key) { keys << key; });
    settings.setMuted(true);
    settings.setMuted(true);
    settings.setVolume(0.5);
    EXPECT_EQ(keys, (QStringList{u"audio/muted"_s, u"audio/volume"_s}));
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
