// Break reminders on a real desktop session (issue #14): Xvfb's real idle
// time, a private D-Bus session bus and dunst, the notification server,
// started by scripts/desktop-test-env (tests/app/desktopmain.cpp). Each
// missing piece has its test too: Limber says so and goes on, never hangs.
#include "../core/reminders_util.h"
#include "application.h"
#include "common/translations.h"
#include "history/checkindialog.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "mainwindow.h"
#include "player/playerview.h"
#include "recordingcueoutput.h"
#include "reminders/donotdisturb.h"
#include "reminders/idlesources.h"
#include "reminders/notifier.h"
#include "reminders/reminders.h"
#include "reminders/tray.h"
#include "routinefiles.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QAction>
#include <QCalendarWidget>
#include <QDBusConnection>
#include <QElapsedTimer>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCharFormat>
#include <QWidget>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using limber::MainWindow;

namespace {

bool onDesktop() {
    return QGuiApplication::platformName() == u"xcb"_s;
}

#define REQUIRE_DESKTOP()                                                                          \
    if (!onDesktop())                                                                              \
    GTEST_SKIP() << "no private desktop session (scripts/desktop-test-env start failed)"

// Runs a tool of the session (xdotool, dunstctl) on its display and bus.
QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(10000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

TEST(Idle, TheX11IdleTimeGrowsWithoutInputAndInputResetsIt) {
    REQUIRE_DESKTOP();
    auto source = limber::X11IdleSource::make();
    ASSERT_TRUE(source) << "Xvfb has the MIT-SCREEN-SAVER extension";
    run(u"xdotool"_s, {u"mousemove"_s, u"10"_s, u"10"_s});
    const auto before = source->idle();
    ASSERT_TRUE(before);
    EXPECT_LT(*before, 1000ms) << "input just came";
    QTest::qWait(1500);
    const auto later = source->idle();
    ASSERT_TRUE(later);
    EXPECT_GE(*later - *before, 1400ms) << "no input: the idle time grows";
    run(u"xdotool"_s, {u"key"_s, u"shift"_s});
    const auto after = source->idle();
    ASSERT_TRUE(after);
    EXPECT_LT(*after, 500ms) << "a key press resets it";
}

TEST(Idle, OnX11TheAppUsesTheXScreenSaverExtension) {
    REQUIRE_DESKTOP();
    EXPECT_EQ(limber::makeIdleSource()->name(), u"X11 (the XScreenSaver extension)"_s);
}

// No GNOME here: asking Mutter on the bus gives up at once, no hang.
TEST(Idle, WithoutMutterOnTheBusThereIsNoMutterSource) {
    REQUIRE_DESKTOP();
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(limber::MutterIdleSource::make());
    EXPECT_LT(timer.elapsed(), 2000);
}

// Sends a D-Bus signal on the private bus as the desktop's service would
// (the screensaver, logind): the app's own code receives it.
void emitSignal(const QString& path, const QString& member, bool value) {
    run(u"dbus-send"_s, {u"--session"_s, u"--type=signal"_s, path, member,
                         value ? u"boolean:true"_s : u"boolean:false"_s});
}

// The reminders on a fake clock (the minutes of a working day pass at
// once) with the real idle time of Xvfb, the real bus and the real X state.
class DesktopRemindersTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    limber::Settings settings{dir.path() + u"/limber.conf"_s};
    limber::test::FakeClocks clocks{limber::test::localAt(limber::test::monday(), 9)};
    std::unique_ptr<limber::Reminders> reminders;

    void SetUp() override {
        if (!onDesktop())
            GTEST_SKIP() << "no private desktop session (scripts/desktop-test-env start failed)";
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        settings.setRemindersOn(true);
        reminders = std::make_unique<limber::Reminders>(settings, limber::makeIdleSource(),
                                                        [this] { return clocks.now(); });
    }
    // Some minutes at the keyboard: real input, and a look every minute
    // (a longer gap than the schedule asked for would look like a suspend).
    void work(std::chrono::minutes length) {
        run(u"xdotool"_s, {u"key"_s, u"shift"_s});
        for (auto m = 0min; m < length; ++m) {
            clocks.advance(1min);
            reminders->check();
        }
    }
    [[nodiscard]] limber::ReminderSchedule::Status status() const { return reminders->status(); }
};

// Locking the screen is a break: the screensaver says so on the session bus
// (GNOME's org.gnome.ScreenSaver, or org.freedesktop.ScreenSaver of KDE,
// Xfce...); unlocking starts the count again from zero.
TEST_F(DesktopRemindersTest, ALockedScreenIsABreakWhicheverScreenSaverSaysSo) {
    using Phase = limber::ReminderSchedule::Phase;
    ASSERT_TRUE(reminders->sessionWatch().watchesLock());
    for (const auto& [path, interface] :
         {std::pair{u"/org/gnome/ScreenSaver"_s, u"org.gnome.ScreenSaver"_s},
          {u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s},
          {u"/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s}}) {
        work(30min);
        ASSERT_EQ(status().phase, Phase::Counting) << path.toStdString();
        ASSERT_GE(status().active, 30min) << path.toStdString();
        emitSignal(path, interface + u".ActiveChanged"_s, true);
        EXPECT_TRUE(QTest::qWaitFor([&] { return status().phase == Phase::Locked; }, 5000))
            << path.toStdString();
        EXPECT_EQ(status().active, 0min);
        clocks.advance(20min);
        emitSignal(path, interface + u".ActiveChanged"_s, false);
        EXPECT_TRUE(QTest::qWaitFor([&] { return status().phase == Phase::Counting; }, 5000))
            << path.toStdString();
        work(10min);
        EXPECT_EQ(status().active, 10min) << "counting from the unlock: " << path.toStdString();
    }
}

// A suspend is a break: logind's PrepareForSleep(true) before, (false)
// after, on the system bus (here the private bus stands in for it).
TEST_F(DesktopRemindersTest, ASuspendAnnouncedByLogindIsABreak) {
    using Phase = limber::ReminderSchedule::Phase;
    ASSERT_TRUE(reminders->sessionWatch().watchesSleep());
    work(40min);
    emitSignal(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager.PrepareForSleep"_s,
               true);
    EXPECT_TRUE(QTest::qWaitFor([&] { return status().phase == Phase::Locked; }, 5000));
    EXPECT_EQ(status().active, 0min);
    emitSignal(u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager.PrepareForSleep"_s,
               false);
    EXPECT_TRUE(QTest::qWaitFor([&] { return status().phase == Phase::Counting; }, 5000));
    work(15min);
    EXPECT_EQ(status().active, 15min);
}

// A due break waits while the active window is fullscreen (a presentation,
// a call), the tray says why, and it comes when the window leaves.
TEST_F(DesktopRemindersTest, AFullscreenWindowHoldsADueBreakBackUntilItCloses) {
    QSignalSpy due(reminders.get(), &limber::Reminders::due);
    limber::Tray tray(*reminders);
    QWidget presentation;
    presentation.showFullScreen();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&presentation));
    presentation.activateWindow();
    ASSERT_TRUE(QTest::qWaitFor([] { return limber::activeWindowFullscreen(); }, 5000))
        << "the fullscreen window is active";

    work(45min);
    work(6min);
    EXPECT_EQ(due.count(), 0);
    EXPECT_TRUE(status().heldBusy);
    EXPECT_EQ(tray.statusText(), u"Break due — waiting while a window is fullscreen"_s);

    presentation.close();
    EXPECT_TRUE(QTest::qWaitFor([&] { return due.count() == 1; }, 10000))
        << "shown within a few seconds of the window closing";
    EXPECT_FALSE(status().heldBusy);
    EXPECT_EQ(tray.statusText(), u"A break is due now"_s);
}

// What a notification server is asked to show, eavesdropped on the bus
// with dbus-monitor: the Notify calls, as dbus-monitor prints them.
class NotifyMonitor {
public:
    NotifyMonitor() {
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(u"dbus-monitor"_s,
                        {u"--session"_s,
                         u"type='method_call',interface='org.freedesktop.Notifications',"
                         "member='Notify'"_s});
        // It says hello (NameAcquired) once it listens.
        (void)QTest::qWaitFor([this] { return readMore().contains(u"NameAcquired"_s); }, 5000);
    }
    ~NotifyMonitor() {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
    NotifyMonitor(const NotifyMonitor&) = delete;
    NotifyMonitor& operator=(const NotifyMonitor&) = delete;
    // Waits for a Notify call, and returns what dbus-monitor printed of it.
    QString waitForNotify() {
        (void)QTest::qWaitFor([this] { return readMore().contains(u"member=Notify"_s); }, 5000);
        return m_seen.mid(m_seen.indexOf(u"member=Notify"_s));
    }
    // Whether a Notify call was seen so far.
    [[nodiscard]] bool notified() { return readMore().contains(u"member=Notify"_s); }

private:
    const QString& readMore() {
        m_seen += QString::fromUtf8(m_process.readAll());
        return m_seen;
    }
    QProcess m_process;
    QString m_seen;
};

class NotificationTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString routines = dir.path() + u"/routines"_s;
    limber::RecordingCueOutput output;
    std::unique_ptr<limber::Application> app;

    void SetUp() override {
        if (!onDesktop())
            GTEST_SKIP() << "no private desktop session (scripts/desktop-test-env start failed)";
        writeRoutine(routines, u"a.yaml"_s, twoExerciseRoutine());
        app = std::make_unique<limber::Application>(
            std::vector<limber::RoutineFolder>{
                {QString(dir.path() + u"/none"_s).toStdString(), false},
                {routines.toStdString(), true}},
            std::make_unique<limber::Settings>(dir.path() + u"/limber.conf"_s), output);
        app->settings().setMuted(true);
        run(u"dunstctl"_s, {u"set-paused"_s, u"false"_s});
        run(u"dunstctl"_s, {u"close-all"_s});
    }
    void TearDown() override {
        if (onDesktop())
            run(u"dunstctl"_s, {u"set-paused"_s, u"false"_s});
    }
    // The app's reminders on `clocks`, turned on (the minutes of a working
    // day pass at once; without an idle source every minute counts as use).
    void remindOn(limber::test::FakeClocks& clocks) {
        app->reminders().setClock([&clocks] { return clocks.now(); });
        app->setWallClock([&clocks] { return limber::fromLocalSeconds(clocks.local()); });
        app->settings().setRemindersOn(true);
    }
    void work(limber::test::FakeClocks& clocks, std::chrono::minutes length) {
        for (auto m = 0min; m < length; ++m) {
            clocks.advance(1min);
            app->reminders().check();
        }
    }
    // Writes the label of the action dunst's context menu picks
    // (scripts/desktop-test-env), and opens that menu.
    static void choose(const QString& label) {
        QFile pick(qEnvironmentVariable("LIMBER_DESKTOP_DIR") + u"/pick"_s);
        ASSERT_TRUE(pick.open(QIODevice::WriteOnly));
        pick.write(label.toUtf8());
        pick.close();
        run(u"dunstctl"_s, {u"context"_s});
    }
    static int displayed() { return run(u"dunstctl"_s, {u"count"_s, u"displayed"_s}).toInt(); }
    static QString position(MainWindow& window) {
        auto* player = window.findChild<limber::PlayerView*>();
        return player ? player->findChild<QLabel*>(u"position"_s)->text() : QString();
    }
};

TEST_F(NotificationTest, AReminderIsANotificationWithItsActionsAndStartPlaysTheNextExercise) {
    limber::Translations english; // its plural forms
    english.apply(u"en"_s);
    ASSERT_TRUE(app->notifier().usable()) << app->notifier().problem().toStdString();
    EXPECT_TRUE(app->notifier().server().startsWith(u"dunst"_s))
        << app->notifier().server().toStdString();
    MainWindow window(*app);
    window.show();
    NotifyMonitor monitor;
    Q_EMIT app->reminders().due(50min);
    const QString notify = monitor.waitForNotify();
    for (const char* shown :
         {"string \"Time for a stretch\"",
          "string \"You have been at the computer for 50\u00a0minutes. A short guided stretch?\"",
          "string \"default\"", "string \"Start\"", "string \"postpone\"",
          "string \"In 10 minutes\"", "string \"skip\"", "string \"Skip\""})
        EXPECT_TRUE(notify.contains(QString::fromUtf8(shown))) << shown << "\n"
                                                               << notify.toStdString();
    EXPECT_TRUE(QTest::qWaitFor([] { return displayed() == 1; }, 5000)) << "dunst shows it";

    // A click on the notification is its default action, "Start": the pain
    // check-in comes first (Esc skips it), then the exercise.
    run(u"dunstctl"_s, {u"action"_s, u"0"_s});
    limber::CheckInDialog* checkIn = nullptr;
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return (checkIn = window.findChild<limber::CheckInDialog*>()) != nullptr; }, 5000));
    ASSERT_TRUE(checkIn);
    QTest::keyClick(checkIn, Qt::Key_Escape);
    EXPECT_TRUE(QTest::qWaitFor([this] { return app->session() != nullptr; }, 5000));
    ASSERT_EQ(app->history().sessions().size(), 0U) << "recorded when it ends";
    app->session()->finish();
    QApplication::processEvents();
    ASSERT_EQ(app->history().sessions().size(), 1U);
    EXPECT_TRUE(app->history().sessions()[0].fromReminder);
    EXPECT_TRUE(position(window).startsWith(u"Exercise 1 of 1: Reach up"_s))
        << position(window).toStdString();
    EXPECT_TRUE(window.isVisible());
}

// "In 10 minutes" and "Skip" from dunst's menu of the notification's
// actions (scripts/desktop-test-env picks the one named in DIR/pick): the
// answer reaches Limber, and no break starts.
TEST_F(NotificationTest, InTenMinutesAndSkipAreAnsweredFromTheNotification) {
    MainWindow window(*app);
    window.show();
    QSignalSpy answers(&app->notifier(), &limber::Notifier::answered);
    const auto choose = [&](const QString& label) {
        QFile pick(qEnvironmentVariable("LIMBER_DESKTOP_DIR") + u"/pick"_s);
        ASSERT_TRUE(pick.open(QIODevice::WriteOnly));
        pick.write(label.toUtf8());
        pick.close();
        Q_EMIT app->reminders().due(50min);
        ASSERT_TRUE(QTest::qWaitFor([] { return displayed() == 1; }, 5000));
        run(u"dunstctl"_s, {u"context"_s});
        ASSERT_TRUE(QTest::qWaitFor([&answers] { return !answers.isEmpty(); }, 5000));
    };
    choose(u"In 10 minutes"_s);
    EXPECT_EQ(answers.takeFirst().at(0).value<limber::Notifier::Answer>(),
              limber::Notifier::Answer::Postpone);
    choose(u"Skip"_s);
    EXPECT_EQ(answers.takeFirst().at(0).value<limber::Notifier::Answer>(),
              limber::Notifier::Answer::Skip);
    EXPECT_FALSE(app->session()) << "no break was started";
}

// Do not disturb on the notification server (here dunst's pause, as
// `dunstctl set-paused true` sets it) holds a due reminder back, as a
// fullscreen window does: nothing is sent to the server, the tray says why,
// and the notification comes as soon as the pause ends.
TEST_F(NotificationTest, DoNotDisturbHoldsADueReminderBackUntilItEnds) {
    limber::Translations english;
    english.apply(u"en"_s);
    auto& reminders = app->reminders();
    ASSERT_TRUE(QTest::qWaitFor(
        [&] { return reminders.doNotDisturb().source() == limber::DoNotDisturb::Source::Dunst; },
        5000))
        << "dunst tells its pause";
    EXPECT_FALSE(reminders.doNotDisturb().on());
    EXPECT_EQ(reminders.busySignals(), u"a fullscreen window\ndo not disturb (dunst's pause)"_s);
    limber::test::FakeClocks clocks{limber::test::localAt(limber::test::monday(), 9)};
    remindOn(clocks);
    MainWindow window(*app);
    window.show();
    QSignalSpy due(&reminders, &limber::Reminders::due);

    run(u"dunstctl"_s, {u"set-paused"_s, u"true"_s});
    ASSERT_TRUE(QTest::qWaitFor([&] { return reminders.doNotDisturb().on(); }, 5000))
        << "PropertiesChanged from dunst";
    NotifyMonitor monitor;
    work(clocks, 52min);
    EXPECT_EQ(due.count(), 0);
    EXPECT_TRUE(reminders.status().heldBusy);
    EXPECT_EQ(window.tray().statusText(),
              u"Break due — waiting while notifications are paused (do not disturb)"_s);
    QTest::qWait(500);
    EXPECT_FALSE(monitor.notified()) << "nothing was sent to the paused server";

    run(u"dunstctl"_s, {u"set-paused"_s, u"false"_s});
    EXPECT_TRUE(QTest::qWaitFor([&] { return due.count() == 1; }, 5000))
        << "due as soon as the pause ends";
    EXPECT_TRUE(monitor.waitForNotify().contains(u"string \"Time for a stretch\""_s));
    EXPECT_TRUE(QTest::qWaitFor([] { return displayed() == 1; }, 5000)) << "dunst shows it";
    EXPECT_EQ(window.tray().statusText(), u"A break is due now"_s);
}

// Without a server that tells it, do not disturb is unknown and holds
// nothing back; Settings says so.
TEST(Notifications, WithoutDoNotDisturbOnTheBusNothingIsHeldBack) {
    QDBusConnection bus =
        QDBusConnection::connectToBus(u"unix:path=/nonexistent/limber-bus"_s, u"no-dnd"_s);
    {
        limber::DoNotDisturb dnd(bus);
        QTest::qWait(100);
        EXPECT_EQ(dnd.source(), limber::DoNotDisturb::Source::None);
        EXPECT_FALSE(dnd.on());
        EXPECT_TRUE(dnd.name().isEmpty());
    }
    QDBusConnection::disconnectFromBus(u"no-dnd"_s);
}

// "In 10 minutes" and "Skip" chosen in the notification end up in the
// history file, and the History screen says so for that day.
TEST_F(NotificationTest, APostponedAndASkippedReminderAreKeptInTheHistoryAndShown) {
    limber::Translations english;
    english.apply(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const QString file = dir.path() + u"/history.sqlite"_s;
    app->setHistoryPath(file);
    limber::test::FakeClocks clocks{limber::test::localAt(limber::test::monday(), 9)};
    remindOn(clocks);
    MainWindow window(*app);
    window.show();
    const auto answer = [&](const QString& label, std::chrono::minutes after) {
        const std::size_t before = app->history().reminders().size();
        work(clocks, after);
        ASSERT_TRUE(QTest::qWaitFor([] { return displayed() == 1; }, 5000));
        choose(label);
        ASSERT_TRUE(
            QTest::qWaitFor([&] { return app->history().reminders().size() == before + 1; }, 5000));
        ASSERT_TRUE(QTest::qWaitFor([] { return displayed() == 0; }, 5000));
    };
    answer(u"In 10 minutes"_s, 50min); // 09:50
    answer(u"Skip"_s, 10min);          // 10:00, the postponed one again
    EXPECT_FALSE(app->session()) << "no break was started";

    const auto kept = limber::HistoryStore(file).reminders();
    ASSERT_EQ(kept.size(), 2U);
    EXPECT_EQ(kept[0].outcome, limber::ReminderRecord::Outcome::Postponed);
    EXPECT_EQ(kept[0].shownAt, QDateTime(QDate(2024, 3, 4), QTime(9, 50)));
    EXPECT_EQ(kept[0].answeredAt, QDateTime(QDate(2024, 3, 4), QTime(9, 50)));
    EXPECT_EQ(kept[0].activeSeconds, 50 * 60);
    EXPECT_EQ(kept[1].outcome, limber::ReminderRecord::Outcome::Skipped);
    EXPECT_EQ(kept[1].via, limber::ReminderRecord::Via::Answer);
    EXPECT_EQ(kept[1].answeredAt, QDateTime(QDate(2024, 3, 4), QTime(10, 0)));
    EXPECT_EQ(kept[1].activeSeconds, 60 * 60);

    // The tray menu's History, as a person waiting in the tray would.
    for (QAction* action : window.tray().menu().actions()) {
        if (action->text() == u"&History"_s)
            action->trigger();
    }
    auto* history = window.findChild<limber::HistoryView*>();
    ASSERT_TRUE(history);
    EXPECT_EQ(history->dayText(),
              u"Monday, 4 March 2024: No session, 2\u00a0reminders: 1 postponed, 1 skipped"_s);
    auto* calendar = history->findChild<QCalendarWidget*>(u"calendar"_s);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2024, 3, 4)).toolTip(),
              u"No session, 2\u00a0reminders: 1 postponed, 1 skipped"_s);
    if (const QString out = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR"); !out.isEmpty()) {
        QTest::qWait(300); // laid out and painted
        EXPECT_TRUE(window.grab().save(out + u"/history-reminders.png"_s));
    }
}

TEST_F(NotificationTest, TheNotificationSpeaksTheInterfaceLanguage) {
    limber::Translations translations;
    translations.apply(u"de"_s);
    NotifyMonitor monitor;
    ASSERT_TRUE(app->notifier().show(50min));
    const QString notify = monitor.waitForNotify();
    translations.apply(u"en"_s);
    for (const char* shown : {"string \"Zeit zum Dehnen\"", "string \"Starten\"",
                              "string \"In 10 Minuten\"", "string \"Überspringen\""})
        EXPECT_TRUE(notify.contains(QString::fromUtf8(shown))) << shown << "\n"
                                                               << notify.toStdString();
    app->notifier().close();
    EXPECT_TRUE(QTest::qWaitFor([] { return displayed() == 0; }, 5000)) << "closed again";
}

// A bus with no notification server on it: the reminder cannot be a
// notification, Limber says why at once, and the window asks instead.
TEST(Notifications, WithoutANotificationServerLimberSaysSoAndDoesNotWait) {
    // A session bus of its own with no service files: the usual
    // configuration would start dunst on demand (D-Bus activation).
    QTemporaryDir dir;
    QFile config(dir.filePath(u"session.conf"_s));
    ASSERT_TRUE(config.open(QIODevice::WriteOnly));
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                 "1.0//EN\" \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type><keep_umask/>"
                 "<listen>unix:tmpdir=/tmp</listen><auth>EXTERNAL</auth>"
                 "<servicedir>" +
                 QFile::encodeName(dir.path()) +
                 "</servicedir><policy context=\"default\">"
                 "<allow send_destination=\"*\" eavesdrop=\"true\"/>"
                 "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    config.close();
    QProcess daemon;
    daemon.start(u"dbus-daemon"_s,
                 {u"--config-file="_s + config.fileName(), u"--print-address"_s, u"--nofork"_s});
    ASSERT_TRUE(daemon.waitForReadyRead(5000));
    const QString address = QString::fromUtf8(daemon.readLine()).trimmed();
    {
        QDBusConnection bus = QDBusConnection::connectToBus(address, u"no-server"_s);
        ASSERT_TRUE(bus.isConnected());
        QElapsedTimer timer;
        timer.start();
        limber::Notifier notifier(bus);
        EXPECT_LT(timer.elapsed(), 2000);
        EXPECT_FALSE(notifier.usable());
        EXPECT_TRUE(notifier.problem().startsWith(u"No notification server answers"_s))
            << notifier.problem().toStdString();
        EXPECT_FALSE(notifier.show(50min));
    }
    daemon.kill();
    daemon.waitForFinished(5000);
}

TEST(Notifications, WithoutADBusSessionBusLimberSaysSo) {
    QDBusConnection bus =
        QDBusConnection::connectToBus(u"unix:path=/nonexistent/limber-bus"_s, u"no-bus"_s);
    limber::Notifier notifier(bus);
    EXPECT_FALSE(notifier.usable());
    EXPECT_EQ(notifier.problem(),
              u"There is no D-Bus session bus, so reminders cannot be desktop notifications."_s);
    QDBusConnection::disconnectFromBus(u"no-bus"_s);
}

} // namespace

// README's pictures of the reminders (docs/screenshots/reminders-*.png),
// made on this desktop session when LIMBER_SCREENSHOT_DIR names a folder:
// the tray menu, dunst showing the notification (an X screenshot of the
// corner it appears in, with ImageMagick's import), and the reminders part
// of Settings.
TEST_F(NotificationTest, ScreenshotsOfTheTrayMenuTheNotificationAndSettings) {
    const QString out = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set LIMBER_SCREENSHOT_DIR to make the pictures";
    limber::Translations english;
    english.apply(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    app->settings().setRemindersOn(true);
    MainWindow window(*app);

    QMenu& menu = window.tray().menu();
    menu.popup(QPoint(900, 30));
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&menu));
    QTest::qWait(200);
    ASSERT_TRUE(menu.grab().save(out + u"/reminders-tray.png"_s));
    menu.hide();

    Q_EMIT app->reminders().due(50min);
    ASSERT_TRUE(QTest::qWaitFor([] { return displayed() == 1; }, 5000));
    QTest::qWait(300);
    run(u"import"_s, {u"-window"_s, u"root"_s, u"-crop"_s, u"344x84+938+42"_s,
                      out + u"/reminders-notification.png"_s});
    EXPECT_TRUE(QFile::exists(out + u"/reminders-notification.png"_s));
    run(u"dunstctl"_s, {u"close-all"_s});

    limber::SettingsDialog dialog(app->settings());
    const auto idle = limber::makeIdleSource(); // the app here runs without one
    dialog.setIdleSource(*idle);
    ASSERT_TRUE(QTest::qWaitFor(
        [this] {
            return app->reminders().doNotDisturb().source() != limber::DoNotDisturb::Source::None;
        },
        5000));
    dialog.setReminders(app->reminders());
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QGroupBox* group = nullptr;
    for (auto* box : dialog.findChildren<QGroupBox*>())
        if (box->title() == u"Break reminders"_s)
            group = box;
    ASSERT_TRUE(group);
    group->ensurePolished();
    ASSERT_TRUE(group->grab().save(out + u"/reminders-settings.png"_s));
}
