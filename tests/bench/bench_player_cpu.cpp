// What watching the player costs: the real window (MainWindow, as the app
// builds it) plays the shipped upper-back routine on the real clock, and
// this program walks it through four phases of 30 s each, printing a line
// as each begins and ends so that scripts/bench-player-cpu, which started
// it, reads its CPU time from /proc/PID/stat at those moments:
//
//   hold      the wall stretch's hold (step 6: a still figure, the ring
//             counting down), made 20 s longer with "Hold longer" so that
//             the 30 s fall inside it;
//   animated  the step after it (step 7, a looping figure, waiting for Next);
//   paused    the same step, paused (Space);
//   overview  Esc: the routine's overview, the session kept.
//
//   bench_player_cpu [--seconds N]      (default 30, at most 45)
//
// Lines on stdout: "begin NAME", "end NAME", and "error: ..." if the routine
// does not go where it should. Sound and voice are off: what is measured is
// the screen.
#include "application.h"
#include "common/datapaths.h"
#include "mainwindow.h"
#include "player/playerview.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "waitfor.h"

#include <QApplication>
#include <QCheckBox>
#include <QEventLoop>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <cstdlib>

using namespace limber;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

int fail(const char* what) {
    std::printf("error: %s\n", what);
    return 1;
}

// The event loop alone for `seconds`, between the two lines: nothing of this
// program runs in between.
void measure(const char* name, double seconds) {
    std::printf("begin %s\n", name);
    std::fflush(stdout);
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(seconds * 1000), Qt::PreciseTimer, &loop,
                       &QEventLoop::quit);
    loop.exec();
    std::printf("end %s\n", name);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true); // no routines nor settings of the person's
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"limber-bench-player-cpu"_s);
    const QStringList args = QApplication::arguments();
    const qsizetype at = args.indexOf(u"--seconds"_s);
    const double seconds = at > 0 && at + 1 < args.size() ? args[at + 1].toDouble() : 30.0;
    if (seconds <= 0 || seconds > 45) // the hold lasts 50 s
        return fail("--seconds wants a number of seconds up to 45");

    const QTemporaryDir settingsDir;
    auto settings = std::make_unique<Settings>(settingsDir.filePath(u"limber.conf"_s));
    settings->setAudioMode(Settings::AudioMode::Off);
    settings->setPainCheckIns(false);
    Application application(routineFolders(), std::move(settings));
    MainWindow window(application);
    window.resize(1366, 768);
    window.show();
    window.activateWindow(); // the keys go to the focused widget, as a person's do
    if (!QTest::qWaitForWindowActive(&window))
        return fail("the window was not shown");

    if (!window.openRoutine(u"upper-back-relief"_s))
        return fail("no routine upper-back-relief");
    auto* acknowledge = window.findChild<QCheckBox*>(u"acknowledge"_s);
    auto* start = window.findChild<QPushButton*>(u"start"_s);
    if (!acknowledge || !start)
        return fail("no start button on the overview");
    acknowledge->setChecked(true);
    start->click();
    SessionController* session = application.session();
    auto* player = window.findChild<PlayerView*>();
    if (!session || !player)
        return fail("the session did not start");
    auto* next = player->findChild<QPushButton*>(u"next"_s);
    auto* holdLonger = player->findChild<QPushButton*>(u"holdLonger"_s);
    const auto reached = [&](int step, PhaseKind phase) {
        const Progress progress = session->progress();
        return progress.exercise == 0 && progress.step == step && progress.phase == phase;
    };

    // Steps 1 to 5 wait for Next; the hold is step 6.
    for (int step = 0; step < 5; ++step) {
        if (!bench::waitFor([&] { return reached(step, PhaseKind::WaitingForNext); }, 10s))
            return fail("a step of the wall stretch does not wait for Next");
        QTest::qWait(500);
        next->click();
    }
    if (!bench::waitFor([&] { return reached(5, PhaseKind::Hold); }, 10s))
        return fail("no hold at the wall stretch's step 6");
    holdLonger->click();
    holdLonger->click();
    QTest::qWait(500);
    measure("hold", seconds);

    if (!bench::waitFor([&] { return reached(6, PhaseKind::WaitingForNext); }, 60s))
        return fail("the hold did not end in step 7");
    QTest::qWait(500);
    measure("animated", seconds);

    const auto key = [&](Qt::Key k) {
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus ? focus : player, k);
    };
    key(Qt::Key_Space);
    if (!session->isPaused())
        return fail("Space did not pause");
    QTest::qWait(500);
    measure("paused", seconds);

    key(Qt::Key_Escape);
    if (player->isVisible())
        return fail("Esc did not go back to the overview");
    QTest::qWait(500);
    measure("overview", seconds);
    return 0;
}
