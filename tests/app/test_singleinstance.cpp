// One Limber per user (issue #14): a later start hands --routine to the
// running one, which comes to the front on that routine, and exits 0; a
// socket left by a killed Limber is replaced at the next start; the commands
// that need no window run on their own. Real processes on a private runtime
// folder ($XDG_RUNTIME_DIR).
#include "application.h"
#include "cli.h"
#include "instance/singleinstance.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "recordingcueoutput.h"
#include "routinefiles.h"
#include "settings/settings.h"

#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLocalSocket>
#include <QProcess>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using limber::MainWindow;

namespace {

class SingleInstanceTest : public ::testing::Test {
protected:
    QTemporaryDir dir; // made 0700, as a runtime folder must be
    QString data = dir.path() + u"/xdg-data"_s;
    QString routines = data + u"/limber/routines"_s;
    limber::RecordingCueOutput output;

    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        writeRoutine(routines, u"first.yaml"_s, simpleRoutine("first", "First routine"));
        writeRoutine(routines, u"second.yaml"_s, simpleRoutine("second", "Second routine"));
    }

    // The real program, as the person starts it, on this test's folders.
    void start(QProcess& limber, const QStringList& arguments) const {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_RUNTIME_DIR"_s, dir.path());
        environment.insert(u"XDG_DATA_HOME"_s, data);
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.path() + u"/xdg-config"_s);
        environment.insert(u"LIMBER_DATA_DIR"_s, dir.path() + u"/no-bundled-data"_s);
        limber.setProcessEnvironment(environment);
        limber.start(QStringLiteral(LIMBER_BINARY), arguments);
    }
    // Waits for it to end, the event loop running (the running Limber may be
    // this process); its exit code, or -1 when it is still running.
    static int finished(QProcess& limber, int ms = 20000) {
        if (!QTest::qWaitFor([&limber] { return limber.state() == QProcess::NotRunning; }, ms))
            return -1;
        return limber.exitStatus() == QProcess::NormalExit ? limber.exitCode() : -2;
    }
    // Whether a Limber listens in the runtime folder.
    [[nodiscard]] bool listening() const {
        QLocalSocket socket;
        socket.connectToServer(dir.path() + u"/limber.socket"_s);
        return socket.waitForConnected(1000);
    }
    bool waitUntilListening() const {
        return QTest::qWaitFor([this] { return listening(); }, 20000);
    }
};

// The running Limber is this process (its window, its services); a second
// `limber --routine second` is the real program.
TEST_F(SingleInstanceTest, ASecondStartOpensItsRoutineInTheRunningWindowAndExitsZero) {
    limber::Application app(
        std::vector<limber::RoutineFolder>{{QString(dir.path() + u"/none"_s).toStdString(), false},
                                           {routines.toStdString(), true}},
        std::make_unique<limber::Settings>(dir.path() + u"/limber.conf"_s), output);
    MainWindow window(app);
    window.show();
    window.showMinimized();
    limber::SingleInstance instance(dir.path());
    ASSERT_EQ(instance.claim([&](const limber::InstanceRequest& request) {
        return limber::cli::present(request, app, window);
    }),
              limber::SingleInstance::Role::First);

    QProcess second;
    start(second, {u"--routine"_s, u"second"_s});
    EXPECT_EQ(finished(second), 0) << second.readAllStandardError().toStdString();
    EXPECT_TRUE(second.readAllStandardError().isEmpty());

    auto* stack = window.findChild<QStackedWidget*>();
    auto* overview = window.findChild<limber::OverviewView*>();
    ASSERT_TRUE(overview);
    EXPECT_EQ(stack->currentWidget(), overview);
    EXPECT_EQ(overview->findChild<QLabel*>(u"title"_s)->text(), u"Second routine"_s);
    EXPECT_TRUE(window.isVisible());
    EXPECT_FALSE(window.isMinimized()) << "the window comes to the front";

    // A routine the running one does not know: the later start says so.
    QProcess wrong;
    start(wrong, {u"--routine"_s, u"nonesuch"_s});
    EXPECT_EQ(finished(wrong), 2);
    EXPECT_TRUE(wrong.readAllStandardError().contains("no routine with id 'nonesuch'"));
    EXPECT_EQ(overview->findChild<QLabel*>(u"title"_s)->text(), u"Second routine"_s);
}

// Both real: the second start exits 0 and the first goes on; the commands
// that need no window run on their own meanwhile.
TEST_F(SingleInstanceTest, TwoRealStartsMakeOneLimber) {
    QProcess first;
    start(first, {u"--routine"_s, u"first"_s});
    ASSERT_TRUE(waitUntilListening());

    QProcess second;
    start(second, {u"--routine"_s, u"second"_s});
    EXPECT_EQ(finished(second), 0) << second.readAllStandardError().toStdString();
    QProcess third;
    start(third, {});
    EXPECT_EQ(finished(third), 0);

    QProcess list;
    start(list, {u"--list"_s});
    EXPECT_EQ(finished(list), 0);
    const QString listed = QString::fromUtf8(list.readAllStandardOutput());
    EXPECT_TRUE(listed.contains(u"first"_s) && listed.contains(u"second"_s))
        << listed.toStdString();
    QProcess version;
    start(version, {u"--version"_s});
    EXPECT_EQ(finished(version), 0);
    EXPECT_TRUE(version.readAllStandardOutput().startsWith("limber "));

    EXPECT_EQ(first.state(), QProcess::Running) << "the first Limber goes on";
    first.kill();
    finished(first);
}

// A Limber killed with SIGKILL leaves its socket and lock behind; the next
// start sees that nobody holds them, takes them over and is the running one.
TEST_F(SingleInstanceTest, TheNextStartReplacesTheSocketOfAKilledLimber) {
    QProcess killed;
    start(killed, {});
    ASSERT_TRUE(waitUntilListening());
    killed.kill();
    ASSERT_EQ(finished(killed), -2);
    ASSERT_TRUE(QFileInfo::exists(dir.path() + u"/limber.socket"_s)) << "the stale socket";
    ASSERT_FALSE(listening());

    QProcess next;
    start(next, {u"--routine"_s, u"first"_s});
    ASSERT_TRUE(waitUntilListening()) << "the next start listens in its place";
    EXPECT_EQ(next.state(), QProcess::Running);
    QProcess later;
    start(later, {u"--routine"_s, u"second"_s});
    EXPECT_EQ(finished(later), 0) << later.readAllStandardError().toStdString();
    EXPECT_EQ(next.state(), QProcess::Running);
    next.kill();
    finished(next);
}

} // namespace
