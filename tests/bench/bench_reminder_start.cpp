// "Start" in a break reminder's notification to the first frame (issue #14's
// budget: 300 ms), run by scripts/bench-reminders on its private desktop
// session (Xvfb, a D-Bus session bus, dunst):
//
//   bench_reminder_start [--runs N]
//
// The app is made as limber makes it, on the shipped routines (every
// routine's safety notes acknowledged, so that a break starts at once; muted,
// so that no sound device is needed), with a fresh settings and history
// file. Each run shows the reminder as the app does (dunst displays it),
// clicks "Start" as dunst does for a click (`dunstctl action 0`) and times,
// from just before dunstctl starts:
//   - the end of the first frame after Start: the pain check-in dialog;
//   - then, from Esc on that dialog, the end of the exercise's first frame
//     (the player).
// Beside them, the reference: the same click answered by a bare dialog
// (dunstctl's own start, the D-Bus round trip and a window's first frame,
// nothing of Limber's), timed after Limber's in each run. Prints the first
// run of each, and the median and the longest of the others.
#include "application.h"
#include "history/checkindialog.h"
#include "mainwindow.h"
#include "player/playerview.h"
#include "reminders/notifier.h"
#include "reminders/reminders.h"
#include "settings/settings.h"
#include "waitfor.h"

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace limber;

namespace {

// The time at the end of the first frame of a widget `T` (or one inside
// it): its first paint event is let through, and the frame ends when the
// event loop comes back (the whole window is painted and flushed in one go).
template <class T> class FirstFrame : public QObject {
public:
    explicit FirstFrame(const QElapsedTimer& clock)
        : m_clock(clock) {
        qApp->installEventFilter(this);
    }
    ~FirstFrame() override { qApp->removeEventFilter(this); }
    FirstFrame(const FirstFrame&) = delete;
    FirstFrame& operator=(const FirstFrame&) = delete;
    [[nodiscard]] std::optional<qint64> at() const { return m_at; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (m_painted || event->type() != QEvent::Paint)
            return false;
        for (auto* widget = qobject_cast<QWidget*>(watched); widget;
             widget = widget->parentWidget()) {
            if (qobject_cast<T*>(widget)) {
                m_painted = true;
                QTimer::singleShot(0, this, [this] { m_at = m_clock.nsecsElapsed(); });
                break;
            }
        }
        return false;
    }

private:
    const QElapsedTimer& m_clock;
    bool m_painted = false;
    std::optional<qint64> m_at;
};

int displayed() {
    QProcess count;
    count.start(u"dunstctl"_s, {u"count"_s, u"displayed"_s});
    count.waitForFinished(5000);
    return QString::fromUtf8(count.readAllStandardOutput()).trimmed().toInt();
}

void dunstctl(const QStringList& arguments) {
    QProcess::execute(u"dunstctl"_s, arguments);
}

// A click on the notification shown now ("Start"), from now: dunstctl
// started and left to run (the app's event loop must go on meanwhile).
void clickStart(QProcess& process) {
    process.start(u"dunstctl"_s, {u"action"_s, u"0"_s});
}

double ms(qint64 ns) {
    return static_cast<double>(ns) / 1e6;
}

// The first run (the first dialog of its kind in the process: what a
// person who has waited in the tray all morning gets), then the median and
// the longest of the others.
struct Figures {
    std::vector<double> values;
    [[nodiscard]] double first() const { return values.empty() ? 0 : values.front(); }
    [[nodiscard]] double median() const {
        std::vector<double> sorted(values.begin() + (values.size() > 1 ? 1 : 0), values.end());
        std::sort(sorted.begin(), sorted.end());
        return sorted.empty() ? 0 : sorted[sorted.size() / 2];
    }
    [[nodiscard]] double longest() const {
        return values.size() < 2 ? first() : *std::max_element(values.begin() + 1, values.end());
    }
};

[[noreturn]] void fail(const char* what) {
    std::fprintf(stderr, "bench_reminder_start: %s\n", what);
    std::exit(1);
}

} // namespace

int main(int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication qapp(argc, argv);
    QApplication::setApplicationName(u"limber-bench"_s);
    int runs = 7;
    const QStringList args = QApplication::arguments();
    if (const auto i = args.indexOf(u"--runs"_s); i >= 0 && i + 1 < args.size())
        runs = std::max(1, args[i + 1].toInt());
    if (QGuiApplication::platformName() != u"xcb")
        fail("needs an X display and a D-Bus session with dunst (run scripts/bench-reminders)");

    QTemporaryDir dir;
    auto settings = std::make_unique<Settings>(dir.filePath(u"limber.conf"_s));
    settings->setMuted(true);
    Application app({{LIMBER_SOURCE_DIR "/resources/routines", false},
                     {dir.filePath(u"routines"_s).toStdString(), true}},
                    std::move(settings));
    app.setHistoryPath(dir.filePath(u"history.sqlite"_s));
    for (const auto& entry : app.library().routines)
        app.settings().acknowledgeWarnings(QString::fromStdString(entry.routine.id),
                                           QString::fromStdString(entry.routine.contentHash));
    if (!app.notifier().usable())
        fail("no notification server with actions on the bus");
    MainWindow window(app);
    window.show();
    if (!bench::waitFor([&] { return window.isVisible(); }, 5s))
        fail("the window did not show");

    QElapsedTimer clock;
    clock.start();
    Figures checkIn;
    Figures exercise;
    Figures reference;
    Notifier bare;
    for (int run = 0; run < runs; ++run) {
        // Limber: the reminder, Start, the check-in, the exercise.
        dunstctl({u"close-all"_s});
        Q_EMIT app.reminders().due(50min);
        if (!bench::waitFor([] { return displayed() == 1; }, 5s))
            fail("dunst did not show the reminder");
        {
            FirstFrame<CheckInDialog> frame(clock);
            QProcess click;
            const qint64 start = clock.nsecsElapsed();
            clickStart(click);
            if (!bench::waitFor([&] { return frame.at().has_value(); }, 10s))
                fail("no frame of the pain check-in after Start");
            checkIn.values.push_back(ms(*frame.at() - start));
            click.waitForFinished(5000);
        }
        auto* dialogShown = window.findChild<CheckInDialog*>();
        if (!dialogShown)
            fail("no pain check-in dialog");
        {
            FirstFrame<PlayerView> frame(clock);
            const qint64 start = clock.nsecsElapsed();
            QKeyEvent press(QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier);
            QApplication::sendEvent(dialogShown, &press);
            if (!bench::waitFor([&] { return frame.at().has_value(); }, 10s))
                fail("no frame of the exercise after the check-in");
            exercise.values.push_back(ms(*frame.at() - start));
        }
        app.stopSession();
        bench::waitFor([] { return false; }, 200ms); // let the window settle
        // The reference: a bare dialog answers the click.
        dunstctl({u"close-all"_s});
        QDialog dialog;
        auto* layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(u"Reference"_s));
        QObject::connect(&bare, &Notifier::answered, &dialog, [&dialog] { dialog.show(); });
        if (!bare.show(50min) || !bench::waitFor([] { return displayed() == 1; }, 5s))
            fail("dunst did not show the reference notification");
        {
            FirstFrame<QDialog> frame(clock);
            QProcess click;
            const qint64 start = clock.nsecsElapsed();
            clickStart(click);
            if (!bench::waitFor([&] { return frame.at().has_value(); }, 10s))
                fail("no frame of the reference dialog");
            reference.values.push_back(ms(*frame.at() - start));
            click.waitForFinished(5000);
        }
        dialog.close();
        QObject::disconnect(&bare, &Notifier::answered, &dialog, nullptr);
    }
    dunstctl({u"close-all"_s});

    std::printf("\"Start\" in the notification (dunstctl action 0) to the first frame, "
                "%d runs, ms:\n",
                runs);
    std::printf("%-40s%10s%10s%10s\n", "", "first", "median", "longest");
    const auto row = [](const char* name, const Figures& figures, const char* note) {
        std::printf("%-40s%10.1f%10.1f%10.1f%s\n", name, figures.first(), figures.median(),
                    figures.longest(), note);
    };
    row("Start -> pain check-in (first frame)", checkIn, "   (budget 300 ms)");
    row("reference: Start -> a bare dialog", reference, "");
    row("check-in Esc -> exercise (first frame)", exercise, "");
    std::printf("(median and longest of the runs after the first)\n");
    return 0;
}
