// The history's budgets (issue #15), run by scripts/bench-history:
//
//   bench_history FILE [--years N] [--runs N]
//
// 1. Fills FILE (made anew) with N years of daily use: three sessions a day
//    (about 11,000 in ten years), each with a check-in before and after
//    (about 22,000), through HistoryStore::merge, the way an import writes.
// 2. Opens the History screen on it, from making it to the end of its
//    first paint, `runs` times, beside the same for a bare window (a
//    QLabel): the screen's budget is 200 ms. The store is open already, as
//    in the app; opening it is timed once, on its own.
// 3. Records 200 more sessions on the GUI thread, each with its check-in,
//    the way a finished session is recorded, and prints the median, the 99th
//    percentile and the longest write: the budget is 5 ms a write.
// The command line's `--history --json` is timed by the script.
#include "history/historystore.h"
#include "history/historyview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPaintEvent>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace Qt::StringLiterals;
using namespace limber;

namespace {

// Ends the wait at the end of the watched widget's first paint.
class PaintWatch : public QObject {
public:
    bool painted = false;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            static_cast<QWidget*>(watched)->removeEventFilter(this);
            watched->event(event);
            painted = true;
            return true;
        }
        return false;
    }
};

SessionRecord session(const QDateTime& start) {
    SessionRecord record;
    record.routineId = u"upper-back-relief"_s;
    record.routineHash = u"0123456789abcdef"_s;
    record.startedAt = start;
    record.endedAt = start.addSecs(560);
    record.completed = true;
    record.activeSeconds = 540;
    record.exercises = {{u"wall"_s, ExerciseOutcome::Done, {{30, 30}, {30, 30}}, 0, 0, 2},
                        {u"elbow"_s, ExerciseOutcome::Done, {}, 12, 5, 1},
                        {u"strap"_s, ExerciseOutcome::Done, {{30, 30}}, 0, 5, 1}};
    return record;
}

StoredCheckIn checkIn(const QDateTime& at, int rating, Moment moment) {
    StoredCheckIn stored;
    stored.routineId = u"upper-back-relief"_s;
    stored.checkIn = CheckIn{toLocalSeconds(at), rating, moment};
    return stored;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile(std::vector<double> values, double p) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1,
                           static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

// From nothing to the end of the first paint of `make()`'s widget, in ms.
template <typename Make> double firstFrame(Make make) {
    QElapsedTimer timer;
    timer.start();
    auto widget = make();
    PaintWatch watch;
    widget->installEventFilter(&watch);
    widget->resize(1366, 768);
    widget->show();
    while (!watch.painted)
        QApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_history FILE [--years N] [--runs N]\n");
        return 2;
    }
    const QString file = args[1];
    const auto option = [&args](const QString& name, int fallback) {
        const auto at = args.indexOf(name);
        return at > 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
    };
    const int years = option(u"--years"_s, 10);
    const int runs = option(u"--runs"_s, 7);
    const QDate today = QDate::currentDate();

    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(file + suffix);
    std::vector<SessionRecord> sessions;
    std::vector<StoredCheckIn> checkIns;
    const QDate first = today.addYears(-years);
    for (QDate day = first; day < today; day = day.addDays(1)) {
        for (const QTime time : {QTime(9, 0), QTime(13, 0), QTime(17, 0)}) {
            const QDateTime start(day, time);
            const int rating = static_cast<int>((day.toJulianDay() + time.hour()) % 6);
            sessions.push_back(session(start));
            checkIns.push_back(checkIn(start.addSecs(-60), rating, Moment::BeforeSession));
            checkIns.push_back(
                checkIn(start.addSecs(600), std::max(0, rating - 1), Moment::AfterSession));
        }
    }
    QElapsedTimer fill;
    fill.start();
    {
        HistoryStore store(file);
        if (!store.merge(sessions, checkIns)) {
            std::fprintf(stderr, "bench_history: could not fill %s\n", qPrintable(file));
            return 1;
        }
    }
    std::printf("filled %s: %zu sessions, %zu check-ins over %d years in %.0f ms\n",
                qPrintable(file), sessions.size(), checkIns.size(), years,
                static_cast<double>(fill.elapsed()));

    // The first frame, interleaved with the bare window's, after one warm-up
    // of each.
    // The app opens its history when it starts (for the overview's advice),
    // so the screen finds it open; opening it is timed on its own.
    QElapsedTimer opening;
    opening.start();
    HistoryStore store(file);
    const double openMs = static_cast<double>(opening.nsecsElapsed()) / 1e6;
    std::vector<double> screen;
    std::vector<double> bare;
    for (int run = -1; run < runs; ++run) {
        const double history = firstFrame(
            [&] { return std::make_unique<HistoryView>(store, [today] { return today; }); });
        const double label = firstFrame([] { return std::make_unique<QLabel>(u"Limber"_s); });
        if (run >= 0) {
            screen.push_back(history);
            bare.push_back(label);
        }
    }
    std::printf("\nfirst frame, %d runs, median (min-max) ms\n", runs);
    std::printf("  History screen, %d years  %7.1f (%.1f-%.1f)   budget 200\n", years,
                median(screen), *std::min_element(screen.begin(), screen.end()),
                *std::max_element(screen.begin(), screen.end()));
    std::printf("  bare window (QLabel)      %7.1f (%.1f-%.1f)\n", median(bare),
                *std::min_element(bare.begin(), bare.end()),
                *std::max_element(bare.begin(), bare.end()));
    std::printf("  (opening the file, at the app's start, with its quick_check: %.1f ms)\n",
                openMs);

    // A finished session's writes on the GUI thread: its check-in, then the
    // session linked to it.
    std::vector<double> writes;
    QDateTime at(today, QTime(20, 0));
    for (int i = 0; i < 200; ++i) {
        at = at.addSecs(61);
        QElapsedTimer timer;
        timer.start();
        const auto before = store.addCheckIn(u"upper-back-relief"_s,
                                             CheckIn{toLocalSeconds(at), 3, Moment::BeforeSession});
        const double checkInMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!before || !store.recordSession(session(at.addSecs(30)), {*before})) {
            std::fprintf(stderr, "bench_history: a write failed\n");
            return 1;
        }
        writes.push_back(checkInMs);
        writes.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("\nwrites on the GUI thread (%zu: check-ins and sessions), ms\n", writes.size());
    std::printf("  median %.2f   99th percentile %.2f   longest %.2f   budget 5\n", median(writes),
                percentile(writes, 0.99), *std::max_element(writes.begin(), writes.end()));
    return 0;
}
