// Regression tests for the ways Qt 6.4's audio can hang or crash a program
// (the platform notes, "Audio" and "Narration"), each run in a child
// process with a deadline, so that a regression fails instead of hanging CI:
//
//   (a) no sound server: QSoundEffect::play() "plays" forever; the session
//       must keep time without waiting on it;
//   (b) a broken WAV leaves QSoundEffect Loading forever and deleting it then
//       deadlocks: broken files never reach Qt, and the app quits cleanly;
//   (c) QTextToSpeech with speechd blocks ~2 s in its constructor: never
//       before the first frame;
//   (d) flite without a device errs: the narrator is unavailable with a
//       reason and never hands it words (test_audio_integration.cpp,
//       NoSoundServer.NarratorIsUnavailableAndNeverHangs);
//   (e) the ffmpeg media backend crashes without a device (QMediaPlayer
//       segfaults): never loaded, even with QT_MEDIA_BACKEND=ffmpeg. Qt 6.4's
//       QSoundEffect and QMediaDevices load no media backend at all; this
//       keeps it so should the app ever use one;
//   (f) the sound server goes away (it crashed, or the person logged out of
//       it), mid-sentence or between two words: the voice reports the
//       failure and the sounds carry on or fall silent, with no crash and no
//       hang;
//   and the real limber executable quits promptly with no sound server.
//
// The child is this program again (`test_audio_hangs --child NAME`) or the
// limber executable, which a preloaded library (test_audio_quitafter.cpp)
// closes after a while as File ▸ Quit would. A child exits 0 when all is
// well, 77 to skip, else 1 with the reason on its output.
#include "application.h"
#include "audio/audiosession.h"
#include "audio/cueannouncer.h"
#include "audio/cueoutput.h"
#include "audio/narrator.h"
#include "audio/soundplayer.h"
#include "mainwindow.h"
#include "routine/routineloader.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>
#include <cstdio>
#include <gtest/gtest.h>
#include <map>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

const QString soundDir = QStringLiteral(LIMBER_SOURCE_DIR "/resources/sounds");
constexpr int kSkip = 77;

// ---- the parent's side -----------------------------------------------------

struct Outcome {
    bool finished = false; // before the deadline
    bool crashed = false;
    int exitCode = -1;
    qint64 ms = 0;
    QString output;
};

Outcome run(const QString& program, const QStringList& args, const QProcessEnvironment& env,
            std::chrono::milliseconds deadline) {
    QProcess process;
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    Outcome outcome;
    outcome.finished = process.waitForFinished(static_cast<int>(deadline.count()));
    outcome.ms = timer.elapsed();
    if (!outcome.finished) {
        process.kill();
        process.waitForFinished(3000);
    }
    outcome.crashed = process.exitStatus() == QProcess::CrashExit;
    outcome.exitCode = process.exitCode();
    outcome.output = QString::fromLocal8Bit(process.readAll());
    return outcome;
}

// This program again, running one child scenario.
Outcome child(const QString& name, const QProcessEnvironment& env,
              std::chrono::milliseconds deadline, const QStringList& args = {}) {
    return run(QCoreApplication::applicationFilePath(), QStringList{u"--child"_s, name} + args, env,
               deadline);
}

// The environment of a process that finds no sound server: an empty runtime
// dir, no PULSE_SERVER, no autospawn; and its own home, so that the limber
// executable keeps its settings there.
class NoServer {
public:
    NoServer() {
        QFile conf(m_dir.filePath(u"client.conf"_s));
        if (conf.open(QIODevice::WriteOnly))
            conf.write("autospawn = no\n");
    }
    [[nodiscard]] QProcessEnvironment environment() const {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : {u"PULSE_SERVER"_s, u"PULSE_COOKIE"_s, u"PULSE_SINK"_s,
                                    u"QT_MEDIA_BACKEND"_s, u"LD_PRELOAD"_s})
            env.remove(name);
        env.insert(u"XDG_RUNTIME_DIR"_s, m_dir.path());
        env.insert(u"PULSE_CLIENTCONFIG"_s, m_dir.filePath(u"client.conf"_s));
        env.insert(u"HOME"_s, m_dir.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

private:
    QTemporaryDir m_dir;
};

// The environment as ctest gives it (the virtual sound card), with its own
// home and the offscreen platform.
QProcessEnvironment withSoundCard(const QTemporaryDir& home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_MEDIA_BACKEND"_s);
    env.remove(u"LD_PRELOAD"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    return env;
}

bool virtualSoundCard() {
    QProcess pactl;
    pactl.start(u"pactl"_s, {u"list"_s, u"short"_s, u"sinks"_s});
    if (!pactl.waitForFinished(5000)) {
        pactl.kill();
        pactl.waitForFinished(1000);
        return false;
    }
    return pactl.readAllStandardOutput().contains("vsink");
}

// The limber executable on the shipped routine's overview, closed after
// `quitAfterMs` as File ▸ Quit would.
Outcome runLimber(QProcessEnvironment env, int quitAfterMs, std::chrono::milliseconds deadline) {
    env.insert(u"LD_PRELOAD"_s, QStringLiteral(LIMBER_QUIT_AFTER_LIBRARY));
    env.insert(u"LIMBER_QUIT_AFTER_MS"_s, QString::number(quitAfterMs));
    return run(QStringLiteral(LIMBER_BINARY), {u"--routine"_s, u"upper-back-relief"_s}, env,
               deadline);
}

// `shown`: the output was printed already.
void expectCleanExit(const Outcome& outcome, qint64 withinMs, bool shown = false) {
    const std::string output = shown ? std::string() : outcome.output.toStdString();
    EXPECT_TRUE(outcome.finished) << "still running after " << outcome.ms << " ms: it hangs\n"
                                  << output;
    EXPECT_FALSE(outcome.crashed) << output;
    EXPECT_EQ(outcome.exitCode, 0) << output;
    EXPECT_LT(outcome.ms, withinMs) << output;
}

// ---- the children ----------------------------------------------------------

int fail(const QString& why) {
    std::printf("FAIL: %s\n", qPrintable(why));
    std::fflush(stdout);
    return 1;
}

// (a) A session on the real clock with the real sounds and flite, and no
// sound server: it runs to its end and says it is complete, with sounds that
// "play" forever. How late the cues come is printed, not judged: timing is
// the fake-clock tests' and the benchmarks' business.
int sessionWithoutServer() {
    constexpr std::string_view yaml = R"(limber: 1
id: tiny
title: Tiny
exercises:
  - id: hold
    title: Hold
    steps:
      - text: Hold still.
        hold: 2s
)";
    const auto loaded = loadRoutineText(yaml, "tiny.yaml");
    if (!loaded.routine)
        return fail(u"the routine did not load"_s);
    QTemporaryDir dir;
    Settings settings(dir.filePath(u"settings.ini"_s));
    SoundPlayer sounds(soundDir);
    Narrator narrator(u"flite"_s);
    QtCueOutput output(sounds, narrator);
    CueAnnouncer announcer(output, settings);
    sounds.start();
    narrator.start();
    if (sounds.available() || narrator.available())
        return fail(u"a sound server was found"_s);
    std::printf("sounds: %s\nspeech: %s\n", qPrintable(sounds.notice()),
                qPrintable(narrator.reason()));

    SessionSettings session;
    session.getReady = 1s;
    SessionController controller(*loaded.routine, settings, session);
    Duration worst{};
    QObject::connect(&controller, &SessionController::cues, [&](const std::vector<Cue>& cues) {
        const TimePoint now = Clock::now();
        for (const Cue& cue : cues)
            worst = std::max(worst, now - cue.when);
        announcer.announce(cues, *loaded.routine);
        for (const CueSound sound : allCueSounds)
            sounds.play(sound); // returns at once: nothing to wait for
    });
    bool complete = false;
    QObject::connect(&controller, &SessionController::cues, [&](const std::vector<Cue>& cues) {
        for (const Cue& cue : cues)
            complete = complete || cue.kind == CueKind::RoutineComplete;
    });
    bool finished = false;
    QObject::connect(&controller, &SessionController::finished, [&] { finished = true; });
    const TimePoint started = Clock::now();
    controller.start();
    if (!QTest::qWaitFor([&] { return finished; }, 30000))
        return fail(u"the session had not ended after 30 s (it lasts 3 s): it hangs"_s);
    const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
    const auto late = std::chrono::duration_cast<std::chrono::milliseconds>(worst);
    std::printf("session of 3 s took %lld ms; latest cue %lld ms after its time\n",
                static_cast<long long>(took.count()), static_cast<long long>(late.count()));
    if (!complete)
        return fail(u"the session ended without saying it is complete"_s);
    return 0;
}

// (b) Broken files with a device: the good sounds load and play, the broken
// ones are refused, and destroying the player returns.
int brokenFilesWithDevice() {
    QTemporaryDir dir;
    for (const CueSound sound : allCueSounds)
        QFile::copy(QDir(soundDir).filePath(cueSoundFileName(sound)),
                    dir.filePath(cueSoundFileName(sound)));
    const std::map<CueSound, QByteArray> broken{
        {CueSound::GetReady, {}},
        {CueSound::Countdown, QByteArray("RIFF\x24\x10\0\0WAVEfmt ", 16)},
        {CueSound::Halfway, QByteArray(4000, '\x5a')},
    };
    for (const auto& [sound, bytes] : broken) {
        QFile file(dir.filePath(cueSoundFileName(sound)));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return fail(u"cannot write "_s + file.fileName());
        file.write(bytes);
    }
    QElapsedTimer timer;
    timer.start();
    {
        SoundPlayer player(dir.path());
        player.start();
        if (!player.canPlay(CueSound::HoldStart)) {
            std::printf("no audio device: %s\n", qPrintable(player.notice()));
            return kSkip;
        }
        for (const auto& [sound, bytes] : broken) {
            if (player.canPlay(sound))
                return fail(cueSoundFileName(sound) + u" was given to Qt"_s);
        }
        std::printf("notice: %s\n", qPrintable(player.notice()));
        QTest::qWait(300);
        player.play(CueSound::HoldStart);
        player.play(CueSound::GetReady);
        QTest::qWait(300);
    }
    std::printf("made, played and destroyed in %lld ms\n", timer.elapsed());
    return 0;
}

// (c) The speech engine is made after the window's first paint, and neither
// the narrator nor the window makes it when constructed.
int speechAfterFirstFrame(const QString& engine) {
    QTemporaryDir dir;
    auto settings = std::make_unique<Settings>(dir.filePath(u"settings.ini"_s));
    settings->setSpeechEngine(engine);
    settings->setAudioMode(Settings::AudioMode::VoiceAndSounds);

    QElapsedTimer timer;
    timer.start();
    {
        const Narrator narrator(engine);
        if (narrator.findChild<QTextToSpeech*>())
            return fail(u"the narrator made its engine in its constructor"_s);
    }
    const qint64 narratorMs = timer.restart();
    Application app({}, std::move(settings));
    MainWindow window(app);
    const qint64 windowMs = timer.restart();
    const auto engines = [&app] {
        const Narrator* narrator = app.audio().narrator();
        return narrator ? narrator->findChildren<QTextToSpeech*>() : QList<QTextToSpeech*>();
    };
    if (!engines().isEmpty())
        return fail(u"the window made a speech engine in its constructor"_s);

    // The first Paint of any widget, and the moment a QTextToSpeech is
    // added to a Narrator (ChildAdded comes before its constructor runs).
    struct Watch : QObject {
        QElapsedTimer clock;
        qint64 firstPaint = -1;
        std::vector<std::pair<QObject*, qint64>> narratorChildren;
        bool eventFilter(QObject* object, QEvent* event) override {
            if (event->type() == QEvent::Paint && firstPaint < 0)
                firstPaint = clock.elapsed();
            if (event->type() == QEvent::ChildAdded && qobject_cast<Narrator*>(object))
                narratorChildren.emplace_back(static_cast<QChildEvent*>(event)->child(),
                                              clock.elapsed());
            return false;
        }
    } watch;
    watch.clock.start();
    qApp->installEventFilter(&watch);
    window.show();
    const auto speechMadeAt = [&]() -> qint64 {
        for (const auto& [object, at] : watch.narratorChildren) {
            for (QTextToSpeech* speech : engines()) {
                if (speech == object)
                    return at;
            }
        }
        return -1;
    };
    const bool made = QTest::qWaitFor([&] { return speechMadeAt() >= 0; }, 15000);
    qApp->removeEventFilter(&watch);
    std::printf("%s: Narrator constructed and destroyed in %lld ms, MainWindow constructed in "
                "%lld ms; after show(): first paint at %lld ms, speech engine made at %lld ms, "
                "ready at %lld ms\n",
                qPrintable(engine), narratorMs, windowMs, watch.firstPaint, speechMadeAt(),
                watch.clock.elapsed());
    if (!made)
        return fail(u"no speech engine was made within 15 s of show()"_s);
    if (watch.firstPaint < 0 || watch.firstPaint > speechMadeAt())
        return fail(u"the speech engine was made before the first frame"_s);
    return 0;
}

// (f) A private sound server, stopped while the narrator is speaking
// ("mid-sentence") or after it has finished ("between-words"); then more
// words and sounds, as a session would go on.
int serverGoesAway(const QString& audioEnvScript, const QString& when) {
    SoundPlayer sounds(soundDir);
    Narrator narrator(u"flite"_s);
    sounds.start();
    narrator.start();
    if (!narrator.available() || !sounds.available())
        return fail(u"no sound server to start with: "_s + narrator.reason() + sounds.notice());
    QElapsedTimer timer;
    timer.start();
    narrator.say(u"Stand facing a wall, about two feet away from it, and place your palms flat "
                 "on the wall."_s);
    sounds.play(CueSound::HoldStart);
    if (!QTest::qWaitFor([&] { return narrator.speaking(); }, 3000))
        return fail(u"the narrator never started speaking"_s);
    if (when == u"between-words"_s && !QTest::qWaitFor([&] { return !narrator.speaking(); }, 15000))
        return fail(u"the sentence was not finished"_s);
    QTest::qWait(700);
    QProcess stop;
    stop.start(audioEnvScript, {u"stop"_s, qEnvironmentVariable("XDG_RUNTIME_DIR")});
    if (!stop.waitForFinished(10000))
        return fail(u"the sound server did not stop"_s);
    std::printf("server stopped %lld ms after the sentence began\n", timer.elapsed());
    QTest::qWait(1000);
    for (const QString& words : {u"Three"_s, u"Two"_s, u"One"_s, u"Hold"_s}) {
        narrator.say(words);
        sounds.play(CueSound::Countdown);
        QTest::qWait(1000);
    }
    std::printf("after: voice %s (%s); sounds %s\n",
                narrator.available() ? "available" : "unavailable", qPrintable(narrator.reason()),
                sounds.available() ? "available" : "unavailable");
    if (narrator.speaking() && !QTest::qWaitFor([&] { return !narrator.speaking(); }, 5000))
        return fail(u"the narrator stayed speaking with no server"_s);
    return 0;
}

int runChild(const QString& name, const QStringList& args) {
    if (name == u"session-without-server"_s)
        return sessionWithoutServer();
    if (name == u"broken-files-with-device"_s)
        return brokenFilesWithDevice();
    if (name == u"speech-after-first-frame"_s && args.size() == 1)
        return speechAfterFirstFrame(args.front());
    if (name == u"server-goes-away"_s && args.size() == 2)
        return serverGoesAway(args[0], args[1]);
    return fail(u"no child scenario "_s + name);
}

void expectChildPassed(const Outcome& outcome, qint64 withinMs) {
    if (outcome.finished && outcome.exitCode == kSkip)
        GTEST_SKIP() << outcome.output.toStdString();
    std::printf("%s", qPrintable(outcome.output));
    expectCleanExit(outcome, withinMs, true);
}

} // namespace

// (a)
TEST(HangPaths, NoSoundServerSessionRunsToItsEnd) {
    const NoServer noServer;
    expectChildPassed(child(u"session-without-server"_s, noServer.environment(), 60s), 45000);
}

// (b), unit: the SoundPlayer with a device and broken files.
TEST(HangPaths, BrokenSoundFilesNeverReachQt) {
    if (!virtualSoundCard())
        GTEST_SKIP() << "no virtual sound card (ctest starts one for the audio label)";
    const QTemporaryDir home;
    expectChildPassed(child(u"broken-files-with-device"_s, withSoundCard(home), 20s), 8000);
}

// (b), whole app: broken sounds in its data folder, a device, and a quit.
TEST(HangPaths, AppWithBrokenSoundFilesQuitsCleanly) {
    if (!virtualSoundCard())
        GTEST_SKIP() << "no virtual sound card (ctest starts one for the audio label)";
    const QTemporaryDir data;
    const QString shipped =
        QFileInfo(QStringLiteral(LIMBER_BINARY)).dir().filePath(u"../share/limber"_s);
    ASSERT_TRUE(QFile::link(QDir(shipped).filePath(u"routines"_s), data.filePath(u"routines"_s)));
    QDir().mkpath(data.filePath(u"sounds"_s));
    for (const CueSound sound : allCueSounds)
        QFile::copy(QDir(soundDir).filePath(cueSoundFileName(sound)),
                    data.filePath(u"sounds/"_s + cueSoundFileName(sound)));
    for (const CueSound sound : {CueSound::HoldStart, CueSound::Complete}) {
        QFile file(data.filePath(u"sounds/"_s + cueSoundFileName(sound)));
        ASSERT_TRUE(file.open(QIODevice::ReadWrite));
        ASSERT_TRUE(file.resize(file.size() / 2)); // truncated
    }
    const QTemporaryDir home;
    QProcessEnvironment env = withSoundCard(home);
    env.insert(u"LIMBER_DATA_DIR"_s, data.path());
    const Outcome outcome = runLimber(env, 2000, 20s);
    std::printf("limber with broken sounds: exit %d after %lld ms\n", outcome.exitCode, outcome.ms);
    expectCleanExit(outcome, 10000); // a cold start can take seconds
}

// (c)
TEST(HangPaths, SpeechEngineIsMadeAfterTheFirstFrame) {
    const QTemporaryDir home;
    const QStringList engines = Narrator::availableEngines();
    ASSERT_TRUE(engines.contains(u"flite"_s));
    for (const QString& engine : {u"flite"_s, u"speechd"_s}) {
        if (!engines.contains(engine))
            continue;
        const Outcome outcome =
            child(u"speech-after-first-frame"_s, withSoundCard(home), 30s, {engine});
        std::printf("%s", qPrintable(outcome.output));
        expectCleanExit(outcome, 20000, true);
    }
}

// (f)
TEST(HangPaths, SoundServerGoingAwayNeitherCrashesNorHangs) {
    for (const QString& when : {u"mid-sentence"_s, u"between-words"_s}) {
        SCOPED_TRACE(when.toStdString());
        const QString script = QStringLiteral(LIMBER_SOURCE_DIR "/scripts/audio-test-env");
        const QTemporaryDir server;
        QProcess start;
        start.start(script, {u"start"_s, server.path()});
        if (!start.waitForFinished(15000) || start.exitCode() != 0)
            GTEST_SKIP() << "could not start a private sound server: "
                         << start.readAllStandardError().toStdString();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_MEDIA_BACKEND"_s);
        env.remove(u"LD_PRELOAD"_s);
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        for (const QString& line :
             QString::fromLocal8Bit(start.readAllStandardOutput()).split(u'\n')) {
            // export NAME=VALUE, as printed for eval (no quoting needed in a temp path)
            const auto assignment = line.section(u' ', 1);
            if (line.startsWith(u"export "_s) && assignment.contains(u'='))
                env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
        }
        const Outcome outcome = child(u"server-goes-away"_s, env, 40s, {script, when});
        QProcess stop; // in case the child did not get that far
        stop.start(script, {u"stop"_s, server.path()});
        stop.waitForFinished(10000);
        expectChildPassed(outcome, 30000);
    }
}

// (e), and the whole app without a sound server.
TEST(HangPaths, AppQuitsPromptlyWithoutSoundServerAndNeverLoadsFfmpeg) {
    const NoServer noServer;
    for (const QString& backend : {QString(), u"ffmpeg"_s}) {
        QProcessEnvironment env = noServer.environment();
        env.insert(u"QT_DEBUG_PLUGINS"_s, u"1"_s);
        if (!backend.isEmpty())
            env.insert(u"QT_MEDIA_BACKEND"_s, backend);
        const Outcome outcome = runLimber(env, 1500, 20s);
        std::printf("limber without a sound server%s: exit %d after %lld ms (quit at 1500 ms)\n",
                    backend.isEmpty() ? "" : ", QT_MEDIA_BACKEND=ffmpeg", outcome.exitCode,
                    outcome.ms);
        expectCleanExit(outcome, 9000); // a cold start can take seconds
        EXPECT_FALSE(outcome.output.contains(u"libffmpegmediaplugin.so\" loaded library"_s))
            << "the ffmpeg media backend was loaded";
    }
}

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"limber-test"_s);
    const QStringList args = QApplication::arguments();
    if (args.size() >= 3 && args[1] == u"--child"_s)
        return runChild(args[2], args.mid(3));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
