// The clinician report of the history (issues #15 and #16): a real history
// file with known sessions and check-ins, written as a PDF by the same
// writer as the handout and read back with poppler-utils; the command line
// (`limber --history-report FROM TO -o FILE`) as a user runs it; History ▸
// Export ▸ Report (PDF)… through its dialogs.
#include "common/translations.h"
#include "history/historyreport.h"
#include "history/historystore.h"
#include "history/historyview.h"
#include "pdftools.h"
#include "routine/routinelibrary.h"
#include "savedialog.h"

#include <QApplication>
#include <QDateEdit>
#include <QDialog>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;
using limber::testing::Outcome;
using limber::testing::pdfInfo;

// pdftotext's words, but "4 → 3" as "4→3" whichever it reads (it leaves
// out the spaces around the arrow).
QString pdfWords(const QString& pdf, int page = 0) {
    return limber::testing::pdfWords(pdf, page).replace(u" → "_s, u"→"_s);
}

namespace {

const QString kRoutine = u"upper-back-relief"_s;

// A history of the upper-back routine (pain rule: more than 3 days, worse by
// 2, 3 rising): 30 Oct (before the report, no pain), then 2, 3 and 6 Nov
// 2026 with pain before and after; on 6 Nov the pain has lasted 4 days, so
// the rule advises a doctor, and the person acknowledged it that day.
class HistoryReportTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    std::unique_ptr<HistoryStore> store;
    RoutineLibrary library = scanLibrary(
        {{QStringLiteral(LIMBER_SOURCE_DIR "/resources/routines").toStdString(), false}});
    Translations translations;

    void SetUp() override {
        translations.apply(u"en"_s);
        open(dir.filePath(u"history.sqlite"_s));
    }
    void TearDown() override { translations.apply(u"en"_s); }

    void open(const QString& path) {
        store = std::make_unique<HistoryStore>(path);
        ASSERT_TRUE(store->isOpen());
        session(QDate(2026, 10, 30), 0, 0, true);
        session(QDate(2026, 11, 2), 4, 3, true);
        session(QDate(2026, 11, 3), 5, 4, true);
        session(QDate(2026, 11, 6), 4, 4, false);
        ASSERT_TRUE(store->acknowledgeAdvice(kRoutine, {AdviceReason::Persists},
                                             toYmd(QDate(2026, 11, 6))));
    }

    void session(QDate date, int before, int after, bool completed, QTime time = QTime(9, 0)) {
        const QDateTime start(date, time);
        const auto checkedIn = store->addCheckIn(
            kRoutine, CheckIn{toLocalSeconds(start.addSecs(-60)), before, Moment::BeforeSession});
        ASSERT_TRUE(checkedIn);
        SessionRecord record;
        record.routineId = kRoutine;
        record.routineHash = u"hash"_s;
        record.startedAt = start;
        record.endedAt = start.addSecs(600);
        record.completed = completed;
        record.activeSeconds = 560;
        record.exercises = {{u"wall-stretch"_s, ExerciseOutcome::Done, {{45, 45}}, 0, 0, 0},
                            {u"seated-stretch"_s,
                             completed ? ExerciseOutcome::Done : ExerciseOutcome::Stopped,
                             {},
                             0,
                             50,
                             10}};
        const auto id = store->recordSession(record, {*checkedIn});
        ASSERT_TRUE(id);
        ASSERT_TRUE(store->addCheckIn(
            kRoutine, CheckIn{toLocalSeconds(start.addSecs(660)), after, Moment::AfterSession},
            id));
    }

    QString report(QDate from = QDate(2026, 11, 1), QDate to = QDate(2026, 11, 30)) {
        const QString file = dir.filePath(u"report.pdf"_s);
        EXPECT_EQ(HistoryReport::writePdf(*store, library, from, to, file, QPageSize::A4,
                                          QDate(2026, 12, 2)),
                  QString());
        return file;
    }
};

} // namespace

TEST_F(HistoryReportTest, SaysTheSessionsHoldsRepsPainAndAdviceOfTheDays) {
    const QString text = pdfWords(report());
    for (const QString& expected : {
             u"Stretching and pain report"_s,
             u"From Sunday, November 1, 2026 to Monday, November 30, 2026"_s,
             u"Sessions: 3 (2 to their end), on 3 of the 30 days. Pain check-ins: 6."_s,
             // the sessions: when, routine, exercises, holds, breaths, pain
             u"Upper back relief 2 of 2 1: 45 s / 45 s – 50 4→3"_s,
             u"Upper back relief 1 of 2 (stopped early) 1: 45 s / 45 s – 50 4→4"_s,
             // the exercises over the month
             u"Wall stretch Upper back relief 3 3: 2 min 15 s / 2 min 15 s"_s,
             u"Seated stretch Upper back relief 2 – – 150"_s,
             // the advice, its rule, its dates, its acknowledgement
             u"Friday, November 6, 2026 — Pain for 4 days (2 Nov to 6 Nov): You "
             u"first reported this pain on 2 Nov (4 out of 10) and it was still there on 6 Nov (4 "
             u"out of 10): 4 days, more than the 3 days after which this routine's source advises "
             u"seeing a doctor. Rule: "
             u"pain check-ins spanning more than 3 days."_s,
             u"Acknowledged in Limber: pain for more than a few days on Friday, November 6, "
             u"2026."_s,
             // the check-ins
             u"5 of 10 before the session"_s,
             u"4 of 10 after the session"_s,
             // the chart's words are words
             u"Pain: 0 = none, 10 = worst imaginable"_s,
             u"Pain before the session"_s,
             u"Medical disclaimer:"_s,
         })
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
    EXPECT_FALSE(text.contains(u"0 of 10"_s)) << "30 Oct is before the report's first day";
}

TEST_F(HistoryReportTest, TheChartIsVectorAndEveryPageIsNumbered) {
    const QString file = report();
    EXPECT_EQ(limber::testing::pdfImages(file), QStringList()) << "no bitmap: the chart is drawn";
    const int pages = pdfInfo(file).value(u"Pages"_s).toInt();
    ASSERT_GE(pages, 1);
    for (int page = 1; page <= pages; ++page)
        EXPECT_TRUE(pdfWords(file, page).contains(u"Page %1 of %2"_s.arg(page).arg(pages)));
}

// A long table goes on over pages, its header row on each of them.
TEST_F(HistoryReportTest, ALongSessionTableRepeatsItsHeaderOnEveryPage) {
    for (int day = 7; day <= 28; ++day)
        for (int hour : {8, 13, 18})
            session(QDate(2026, 11, day), 3, 2, false, QTime(hour, 0));
    const QString file = report();
    const int pages = pdfInfo(file).value(u"Pages"_s).toInt();
    ASSERT_GE(pages, 3);
    int withRows = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfWords(file, page);
        if (!text.contains(u"(stopped early)"_s))
            continue;
        ++withRows;
        EXPECT_TRUE(text.contains(u"When Routine Exercises done Holds: held / target Reps "
                                  u"Breaths Pain"_s))
            << "page " << page << ": " << text.toStdString();
    }
    EXPECT_GE(withRows, 2);
}

// A history imported from CSV keeps no links between sessions and check-ins:
// the check-in of the hour before and after stands for them.
TEST_F(HistoryReportTest, PainOfASessionWithoutLinksIsTheCheckInOfThatHour) {
    const QDateTime start(QDate(2026, 11, 20), QTime(18, 0));
    ASSERT_TRUE(store->addCheckIn(
        kRoutine, CheckIn{toLocalSeconds(start.addSecs(-1800)), 7, Moment::BeforeSession}));
    ASSERT_TRUE(store->addCheckIn(
        kRoutine, CheckIn{toLocalSeconds(start.addSecs(-7200)), 9, Moment::BeforeSession}));
    SessionRecord record;
    record.routineId = kRoutine;
    record.routineHash = u"hash"_s;
    record.startedAt = start;
    record.endedAt = start.addSecs(300);
    record.completed = true;
    ASSERT_TRUE(store->recordSession(record));
    const QString text = pdfWords(report());
    EXPECT_TRUE(text.contains(u"Upper back relief 0 of 0 – – – 7→–"_s)) << text.toStdString();
}

TEST_F(HistoryReportTest, InGermanAndOnLetter) {
    translations.apply(u"de"_s);
    const QString file = dir.filePath(u"bericht.pdf"_s);
    ASSERT_EQ(HistoryReport::writePdf(*store, library, QDate(2026, 11, 1), QDate(2026, 11, 30),
                                      file, QPageSize::Letter, QDate(2026, 12, 2)),
              QString());
    EXPECT_EQ(pdfInfo(file).value(u"Page size"_s), u"612 x 792 pts (letter)"_s);
    const QString text = pdfWords(file);
    for (const QString& expected :
         {u"Bericht über Dehnen und Schmerzen"_s, u"Entlastung für den oberen Rücken"_s,
          u"Seite 1 von"_s, u"Schmerzen: 0 = keine, 10 = stärkste vorstellbare"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
}

TEST_F(HistoryReportTest, DaysOutOfOrderAreRefused) {
    EXPECT_EQ(HistoryReport::writePdf(*store, library, QDate(2026, 11, 30), QDate(2026, 11, 1),
                                      dir.filePath(u"x.pdf"_s), QPageSize::A4, QDate(2026, 12, 2)),
              u"the report's first day must be on or before its last"_s);
}

namespace {

// The real executable, on a history file where the app keeps it.
class HistoryReportCommand : public HistoryReportTest {
protected:
    void SetUp() override {
        translations.apply(u"en"_s);
        QDir().mkpath(dir.filePath(u"data/limber"_s));
        open(dir.filePath(u"data/limber/history.sqlite"_s));
        store.reset(); // closed, as another program's
    }

    Outcome limber(const QStringList& arguments) {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        environment.insert(u"XDG_DATA_HOME"_s, dir.filePath(u"data"_s));
        const QString runtime = dir.filePath(u"runtime"_s);
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        environment.insert(u"LC_ALL"_s, u"en_US.UTF-8"_s);
        return limber::testing::run(QStringLiteral(LIMBER_BINARY), arguments, environment);
    }
};

} // namespace

TEST_F(HistoryReportCommand, WritesTheReportOfTheDaysAsked) {
    const QString file = dir.filePath(u"report.pdf"_s);
    const Outcome outcome =
        limber({u"--history-report"_s, u"2026-11-01"_s, u"2026-11-30"_s, u"-o"_s, file});
    ASSERT_EQ(outcome.status, 0) << outcome.err.toStdString();
    EXPECT_EQ(outcome.out, file + u'\n');
    EXPECT_EQ(outcome.err, QString());
    EXPECT_EQ(pdfInfo(file).value(u"Page size"_s), u"612 x 792 pts (letter)"_s);
    EXPECT_TRUE(pdfWords(file).contains(
        u"Sessions: 3 (2 to their end), on 3 of the 30 days. Pain check-ins: 6."_s));
}

TEST_F(HistoryReportCommand, UsageErrorsSayWhatIsWrong) {
    const QString file = dir.filePath(u"report.pdf"_s);
    const std::vector<std::pair<QStringList, QString>> cases{
        {{u"--history-report"_s, u"2026-11-01"_s, u"-o"_s, file},
         u"limber: --history-report needs FROM TO -o FILE.pdf (dates like 2026-11-01)\n"_s},
        {{u"--history-report"_s, u"2026-11-01"_s, u"2026-11-30"_s},
         u"limber: --history-report needs FROM TO -o FILE.pdf (dates like 2026-11-01)\n"_s},
        {{u"--history-report"_s, u"1 Nov"_s, u"2026-11-30"_s, u"-o"_s, file},
         u"limber: '1 Nov' is not a date like 2026-11-01\n"_s},
        {{u"--history-report"_s, u"2026-11-30"_s, u"2026-11-01"_s, u"-o"_s, file},
         u"limber: the report's first day (2026-11-30) is after its last (2026-11-01)\n"_s},
        {{u"--history-report"_s, u"2026-11-01"_s, u"2026-11-30"_s, u"-o"_s, file, u"--paper"_s,
          u"a3"_s},
         u"limber: --paper must be a4 or letter\n"_s},
    };
    for (const auto& [arguments, message] : cases) {
        const Outcome outcome = limber(arguments);
        EXPECT_EQ(outcome.status, 2) << arguments.join(u' ').toStdString();
        EXPECT_EQ(outcome.err, message);
    }
    EXPECT_FALSE(QFileInfo::exists(file));

    const QString nowhere = dir.filePath(u"no-such-folder/report.pdf"_s);
    const Outcome outcome =
        limber({u"--history-report"_s, u"2026-11-01"_s, u"2026-11-30"_s, u"-o"_s, nowhere});
    EXPECT_EQ(outcome.status, 1);
    EXPECT_EQ(outcome.err, u"limber: cannot write %1: No such file or directory\n"_s.arg(nowhere));
}

TEST_F(HistoryReportTest, ExportReportOnTheHistoryScreen) {
    HistoryView view(*store, [] { return QDate(2026, 12, 2); });
    view.setLibrary(&library);
    view.show();
    const QString file = dir.filePath(u"from the screen.pdf"_s);
    // The range dialog, then the file dialog, then the result.
    auto* timer = new QTimer(&view);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [file] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal->objectName() == u"reportRange") {
            auto* from = modal->findChild<QDateEdit*>(u"from"_s);
            auto* to = modal->findChild<QDateEdit*>(u"to"_s);
            EXPECT_EQ(from->date(), QDate(2026, 11, 3)) << "the last 30 days";
            EXPECT_EQ(to->date(), QDate(2026, 12, 2));
            // The title bar shows "Report (PDF) — Limber" whole (it was cut to
            // "Report (P… — Limber"): the window is wider than that title in
            // bold, with room for a window manager's icon and three buttons.
            QFont bold = modal->font();
            bold.setBold(true);
            const QString title =
                modal->windowTitle() + u" — "_s + QGuiApplication::applicationDisplayName();
            EXPECT_GE(modal->width(),
                      QFontMetrics(bold).horizontalAdvance(title) +
                          6 * modal->style()->pixelMetric(QStyle::PM_TitleBarHeight))
                << title.toStdString();
            // For people to look at: LIMBER_SCREENSHOT_DIR=/tmp/shots ./test_historyreport
            if (const QString shots = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
                !shots.isEmpty())
                modal->grab().save(shots + u"/report-range.png"_s);
            from->setDate(QDate(2026, 11, 1));
            to->setDate(QDate(2026, 11, 30));
            QMetaObject::invokeMethod(modal, "accept");
        } else if (auto* files = qobject_cast<QFileDialog*>(modal)) {
            test::saveAs(files, file);
        }
    });
    timer->start();
    QAction* action = view.findChild<QAction*>(u"exportReport"_s);
    ASSERT_TRUE(action);
    EXPECT_EQ(action->text(), u"&Report (PDF)…"_s);
    action->trigger();
    timer->stop();
    ASSERT_TRUE(QFileInfo::exists(file));
    EXPECT_TRUE(pdfWords(file).contains(u"From Sunday, November 1, 2026 to Monday, November 30"_s));
    auto* result = view.findChild<QMessageBox*>(u"exportResult"_s);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->text(), u"Saved to %1."_s.arg(file));
}

// Every file dialog starts in the Documents folder, or in the home folder
// when there is none, never in the working directory; Import CSV offers no
// file name (it offered "Documents", a folder that did not exist).
TEST_F(HistoryReportTest, FileDialogsStartInDocumentsOrElseHome) {
    const QByteArray home = qgetenv("HOME");
    QTemporaryDir newHome;
    qputenv("HOME", newHome.path().toLocal8Bit());
    HistoryView view(*store, [] { return QDate(2026, 12, 2); });
    view.show();
    const auto opened = [&view](const char* trigger) {
        QString folder;
        QString name = u"(no dialog)"_s;
        QTimer::singleShot(0, &view, [&] {
            auto* files = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!files)
                return;
            folder = files->directory().absolutePath();
            name = files->findChild<QLineEdit*>(u"fileNameEdit"_s)->text();
            files->reject();
        });
        if (QByteArray(trigger) == "import")
            view.findChild<QPushButton*>(u"import"_s)->click();
        else
            view.findChild<QAction*>(QString::fromLatin1(trigger))->trigger();
        return std::pair{folder, name};
    };
    const QString documents = newHome.filePath(u"Documents"_s);
    const auto importing = opened("import");
    EXPECT_EQ(importing.first, newHome.path()) << "no Documents folder: home";
    EXPECT_EQ(importing.second, QString());
    for (const char* action : {"exportSessions", "exportCheckIns"}) {
        const auto exporting = opened(action);
        EXPECT_EQ(exporting.first, newHome.path()) << action;
        EXPECT_TRUE(exporting.second.endsWith(u".csv"_s)) << exporting.second.toStdString();
    }
    ASSERT_TRUE(QDir().mkpath(documents));
    EXPECT_EQ(opened("import").first, documents);
    EXPECT_EQ(opened("exportSessions").first, documents);
    qputenv("HOME", home);
}
