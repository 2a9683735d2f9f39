// Break reminders in the app (issue #14): the schedule on a fake clock and a
// fake idle source, the tray menu's words, "Stretch now" playing one
// exercise at a time in turns, the Settings window's reminder controls and
// autostart, and a desktop without a tray (the offscreen platform has none).
#include "../core/reminders_util.h"
#include "application.h"
#include "common/translations.h"
#include "history/checkindialog.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "player/playerview.h"
#include "recordingcueoutput.h"
#include "reminders/autostart.h"
#include "reminders/idlesources.h"
#include "reminders/notifier.h"
#include "reminders/reminders.h"
#include "reminders/sessionwatch.h"
#include "reminders/tray.h"
#include "routinefiles.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using limber::MainWindow;
using limber::test::FakeClocks;

namespace {

// The idle time a test sets.
class FakeIdle : public limber::IdleSource {
public:
    std::optional<std::chrono::milliseconds> value = 0ms;
    int reads = 0;
    std::optional<std::chrono::milliseconds> idle() override {
        ++reads;
        return value;
    }
    [[nodiscard]] QString name() const override { return u"fake"_s; }
};

class BreakRemindersTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString routines = dir.path() + u"/routines"_s;
    limber::RecordingCueOutput output;
    limber::Settings settings{dir.path() + u"/limber.conf"_s};
    FakeClocks clocks{limber::test::localAt(limber::test::monday(), 9)};

    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    }
    std::unique_ptr<limber::Reminders> reminders(FakeIdle*& idle) {
        auto source = std::make_unique<FakeIdle>();
        idle = source.get();
        return std::make_unique<limber::Reminders>(settings, std::move(source),
                                                   [this] { return clocks.now(); });
    }
    // The person works: input every minute.
    void work(limber::Reminders& reminders, FakeIdle& idle, std::chrono::minutes length) {
        for (auto m = 0min; m < length; ++m) {
            clocks.advance(1min);
            idle.value = 20s;
            reminders.check();
        }
    }
    std::unique_ptr<limber::Application> app() {
        auto made = std::make_unique<limber::Application>(
            std::vector<limber::RoutineFolder>{
                {QString(dir.path() + u"/none"_s).toStdString(), false},
                {routines.toStdString(), true}},
            std::make_unique<limber::Settings>(dir.path() + u"/app.conf"_s), output);
        made->settings().setMuted(true);
        return made;
    }
};

TEST_F(BreakRemindersTest, TheSettingsKeepTheScheduleAndStartWithTheDefaults) {
    EXPECT_FALSE(settings.remindersOn()) << "off until the person turns them on";
    const auto defaults = settings.reminderSettings();
    EXPECT_EQ(defaults.activeLimit, 50min);
    EXPECT_EQ(defaults.naturalBreak, 5min);
    EXPECT_EQ(defaults.hours, limber::WorkingHours{});

    auto changed = defaults;
    changed.activeLimit = 40min;
    changed.naturalBreak = 3min;
    changed.hours.weekdays = {true, false, false, false, false, false, true};
    changed.hours.start = 22h;
    changed.hours.end = 6h;
    settings.setReminderSettings(changed);
    settings.sync();
    limber::Settings reread(dir.path() + u"/limber.conf"_s);
    EXPECT_EQ(reread.reminderSettings(), changed);
}

TEST_F(BreakRemindersTest, ABreakIsDueAfterFiftyMinutesOfUseAndTheTraySaysWhen) {
    settings.setRemindersOn(true);
    FakeIdle* idle = nullptr;
    auto service = reminders(idle);
    limber::Tray tray(*service);
    int due = 0;
    QObject::connect(service.get(), &limber::Reminders::due, [&due] { ++due; });

    work(*service, *idle, 20min);
    EXPECT_EQ(tray.statusText(), u"Next break at 09:50 (in 30\u00a0min)"_s);
    work(*service, *idle, 29min);
    EXPECT_EQ(due, 0);
    work(*service, *idle, 1min);
    EXPECT_EQ(due, 1);
    EXPECT_EQ(tray.statusText(), u"A break is due now"_s);
    service->skip();
    EXPECT_EQ(tray.statusText(), u"Next break at 10:40 (in 50\u00a0min)"_s);

    service->pause(limber::ReminderSchedule::PauseLength::OneHour);
    tray.menu().popup({});
    EXPECT_EQ(tray.statusText(), u"Reminders paused until 10:50"_s);
    const auto texts = [&tray] {
        QStringList shown;
        for (QAction* action : tray.menu().actions()) {
            if (action->isVisible() && !action->isSeparator())
                shown << action->text();
        }
        return shown;
    };
    EXPECT_EQ(texts(), (QStringList{u"Reminders paused until 10:50"_s, u"&Stretch now"_s,
                                    u"&Resume reminders"_s, u"&Open Limber"_s, u"&History"_s,
                                    u"S&ettings…"_s, u"&Quit"_s}));
    tray.menu().hide();
    service->resumeReminders();
    tray.menu().popup({});
    EXPECT_EQ(texts(), (QStringList{u"Next break at 10:40 (in 50\u00a0min)"_s, u"&Stretch now"_s,
                                    u"&Pause reminders"_s, u"&Open Limber"_s, u"&History"_s,
                                    u"S&ettings…"_s, u"&Quit"_s}));
    tray.menu().hide();
}

// Waiting costs nothing: the idle time is read when the schedule needs it,
// not on a fast tick.
TEST_F(BreakRemindersTest, WaitingReadsTheIdleTimeOnlyWhenTheScheduleNeedsIt) {
    settings.setRemindersOn(true);
    FakeIdle* idle = nullptr;
    auto service = reminders(idle);
    const int before = idle->reads;
    QTest::qWait(1500);
    EXPECT_EQ(idle->reads, before) << "no look for the next 5 minutes";
    settings.setRemindersOn(false);
    EXPECT_FALSE(service->on());
    limber::Tray tray(*service);
    EXPECT_EQ(tray.statusText(), u"Reminders are off"_s);
}

TEST_F(BreakRemindersTest, StretchNowPlaysOneExerciseOfTheRoutinesTakingTurns) {
    writeRoutine(routines, u"a.yaml"_s, twoExerciseRoutine());
    writeRoutine(routines, u"b.yaml"_s, simpleRoutine("b", "Routine B"));
    auto application = app();
    // Turn-taking only: the check-in before a break has its own test
    // (test_paincheck).
    application->settings().setPainCheckIns(false);
    MainWindow window(*application);
    window.show();
    const auto position = [&window] {
        return window.findChild<limber::PlayerView*>()->findChild<QLabel*>(u"position"_s)->text();
    };
    const QStringList expected{u"Reach up"_s, u"Seated twist"_s, u"Reach up"_s, u"Reach up"_s};
    const QStringList routinesOf{u"a"_s, u"a"_s, u"b"_s, u"a"_s};
    for (int i = 0; i < expected.size(); ++i) {
        Q_EMIT window.tray().stretchRequested();
        ASSERT_TRUE(application->session());
        EXPECT_EQ(window.findChild<QStackedWidget*>()->currentWidget(),
                  window.findChild<limber::PlayerView*>());
        EXPECT_EQ(application->session()->routine().id, routinesOf[i].toStdString());
        EXPECT_EQ(application->session()->routine().exercises.size(), 1U) << "one exercise";
        EXPECT_TRUE(position().startsWith(u"Exercise 1 of 1: "_s + expected[i]))
            << position().toStdString();
    }
}

TEST_F(BreakRemindersTest, ARoutineWithUnacknowledgedSafetyNotesOpensItsOverviewFirst) {
    writeRoutine(routines, u"careful.yaml"_s, R"(limber: 1
id: careful
title: Careful routine
safety:
  - level: warning
    text: Stop if it hurts.
exercises:
  - id: reach
    title: Reach up
    steps:
      - text: Reach both arms up.
        hold: 20s
)");
    auto application = app();
    MainWindow window(*application);
    window.show();
    Q_EMIT window.tray().stretchRequested();
    EXPECT_FALSE(application->session());
    EXPECT_EQ(window.findChild<QStackedWidget*>()->currentWidget(),
              window.findChild<limber::OverviewView*>());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"safety notes"_s));
}

// The offscreen platform has no tray: Limber says so once, and closing the
// window closes it as before.
TEST_F(BreakRemindersTest, WithoutATrayLimberSaysSoOnceAndClosingQuits) {
    ASSERT_FALSE(limber::Tray::available());
    auto application = app();
    MainWindow window(*application);
    window.show();
    application->settings().setRemindersOn(true);
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(u"no tray"_s));
    EXPECT_FALSE(window.tray().shown());
    window.statusBar()->clearMessage();
    application->settings().setRemindersOn(false);
    application->settings().setRemindersOn(true);
    EXPECT_TRUE(window.statusBar()->currentMessage().isEmpty()) << "said once";
    EXPECT_TRUE(QApplication::quitOnLastWindowClosed());
    window.close();
    EXPECT_FALSE(window.isVisible());
}

// No notification can show the reminder (no D-Bus here, or no server): the
// window offers the same choices, and says why.
TEST_F(BreakRemindersTest, WithoutNotificationsTheWindowOffersTheBreak) {
    writeRoutine(routines, u"b.yaml"_s, simpleRoutine("b", "Routine B"));
    auto application = app();
    if (application->notifier().usable())
        GTEST_SKIP() << "a notification server answers on this session bus";
    limber::Translations english; // its plural forms
    english.apply(u"en"_s);
    MainWindow window(*application);
    window.show();
    Q_EMIT application->reminders().due(50min);
    auto* prompt = window.findChild<QMessageBox*>(u"breakPrompt"_s);
    ASSERT_TRUE(prompt);
    EXPECT_TRUE(prompt->isVisible());
    EXPECT_EQ(prompt->text(),
              u"You have been at the computer for 50\u00a0minutes. A short guided stretch?"_s);
    EXPECT_EQ(prompt->informativeText(), application->notifier().problem());
    EXPECT_FALSE(prompt->informativeText().isEmpty());
    ASSERT_TRUE(prompt->findChild<QPushButton*>(u"postponeBreak"_s));
    ASSERT_TRUE(prompt->findChild<QPushButton*>(u"skipBreak"_s));
    prompt->findChild<QPushButton*>(u"startBreak"_s)->click();
    QApplication::processEvents();
    // The pain check-in comes first, as before any session; Esc skips it.
    auto* checkIn = window.findChild<limber::CheckInDialog*>();
    ASSERT_TRUE(checkIn && checkIn->isVisible());
    QTest::keyClick(checkIn, Qt::Key_Escape);
    QApplication::processEvents();
    ASSERT_TRUE(application->session());
    EXPECT_EQ(application->session()->routine().exercises.size(), 1U);
    EXPECT_EQ(window.findChild<QStackedWidget*>()->currentWidget(),
              window.findChild<limber::PlayerView*>());
}

// No system bus (a container, a desktop without logind): a suspend cannot be
// announced, so it is not watched, and the reminders go on, seeing sleep
// from the clocks. Each test runs in its own process under ctest, so the
// address set here is the one Qt's system bus connection tries. (A hang
// would run into the test's timeout.)
TEST_F(BreakRemindersTest, WithoutASystemBusASuspendIsNotWatchedAndTheRemindersGoOn) {
    qputenv("DBUS_SYSTEM_BUS_ADDRESS",
            QFile::encodeName(u"unix:path="_s + dir.path() + u"/no-such-bus"_s));
    EXPECT_FALSE(limber::SessionWatch().watchesSleep());
    settings.setRemindersOn(true);
    FakeIdle* idle = nullptr;
    auto on = reminders(idle);
    EXPECT_FALSE(on->sessionWatch().watchesSleep());
    work(*on, *idle, 50min);
    EXPECT_TRUE(on->status().reminderShown);
}

// Neither X11 nor GNOME (the offscreen platform, no Mutter): the time since
// the last break counts, and Settings says so. (A hang looking for a source
// would run into the test's timeout; no wall-clock figure is asserted here.)
TEST_F(BreakRemindersTest, WithoutAnIdleSourceTheWallClockCountsAndSettingsSaySo) {
    const auto source = limber::makeIdleSource();
    EXPECT_FALSE(source->idle());
    limber::SettingsDialog dialog(settings);
    dialog.setIdleSource(*source);
    EXPECT_EQ(dialog.findChild<QLabel*>(u"idleSource"_s)->text(),
              u"none (time since the last break counts as use)"_s);
}

TEST_F(BreakRemindersTest, SettingsTurnRemindersOnAndWriteTheAutostartLauncher) {
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.path() + u"/config"_s));
    limber::SettingsDialog dialog(settings);
    dialog.show();
    auto* on = dialog.findChild<QCheckBox*>(u"remindersOn"_s);
    auto* limit = dialog.findChild<QSpinBox*>(u"activeLimit"_s);
    ASSERT_TRUE(on && limit);
    EXPECT_FALSE(limit->isEnabled()) << "the schedule waits until reminders are on";
    on->click();
    EXPECT_TRUE(settings.remindersOn());
    EXPECT_TRUE(limit->isEnabled());
    limit->setValue(45);
    dialog.findChild<QCheckBox*>(u"day6"_s)->click(); // Saturday
    EXPECT_EQ(settings.reminderSettings().activeLimit, 45min);
    EXPECT_TRUE(settings.reminderSettings().hours.weekdays[6]);

    const QString launcher = dir.path() + u"/config/autostart/app.limber.Limber.desktop"_s;
    EXPECT_EQ(limber::autostart::file(), launcher);
    dialog.findChild<QCheckBox*>(u"autostart"_s)->click();
    QFile file(launcher);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    EXPECT_TRUE(text.contains(u"\" --background\n"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(QCoreApplication::applicationFilePath()));
    file.close();
    dialog.findChild<QCheckBox*>(u"autostart"_s)->click();
    EXPECT_FALSE(QFile::exists(launcher));
    qunsetenv("XDG_CONFIG_HOME");
}

} // namespace
