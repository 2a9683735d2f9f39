// The History screen over a real history file filled with known sessions and
// check-ins: the days marked in the calendar (bold, underlined, with words),
// the chart's points, and the gentle consistency line, in English and
// German. With LIMBER_SCREENSHOT_DIR set it also saves the screen at
// 1366x768 in both languages:
//   LIMBER_SCREENSHOT_DIR=/tmp/shots ./test_historyview
#include "history/historystore.h"
#include "history/historyview.h"
#include "screenshot.h"
#include "translatedtest.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCalendarWidget>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextCharFormat>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;

namespace {

const QDate kToday(2024, 5, 10); // a Friday

class HistoryViewTest : public test::TranslatedTest {
protected:
    void SetUp() override {
        test::TranslatedTest::SetUp();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_store = std::make_unique<HistoryStore>(m_dir.filePath(u"history.sqlite"_s));
        ASSERT_TRUE(m_store->isOpen());
        // 2 May: one session, no check-in. 6 May: two sessions, before 4
        // and 6 (mean 5), after 2 and 2. 8 May: before 3, after 1. 10 May:
        // before 2, the after skipped.
        session(QDate(2024, 5, 2), QTime(9, 0));
        session(QDate(2024, 5, 6), QTime(8, 0), 4, 2);
        session(QDate(2024, 5, 6), QTime(18, 0), 6, 2);
        session(QDate(2024, 5, 8), QTime(9, 0), 3, 1);
        session(QDate(2024, 5, 10), QTime(9, 0), 2);
    }

    void session(QDate date, QTime time, std::optional<int> before = {},
                 std::optional<int> after = {}) {
        const QDateTime start(date, time);
        std::vector<qint64> linked;
        if (before)
            linked.push_back(*checkIn(start, *before, Moment::BeforeSession));
        SessionRecord record;
        record.routineId = u"back"_s;
        record.routineHash = u"hash"_s;
        record.startedAt = start.addSecs(60);
        record.endedAt = start.addSecs(600);
        record.completed = true;
        record.activeSeconds = 540;
        const auto id = m_store->recordSession(record, linked);
        ASSERT_TRUE(id);
        if (after)
            checkIn(start.addSecs(660), *after, Moment::AfterSession, id);
    }
    std::optional<qint64> checkIn(const QDateTime& at, int rating, Moment moment,
                                  std::optional<qint64> session = {}) {
        return m_store->addCheckIn(u"back"_s, CheckIn{toLocalSeconds(at), rating, moment}, session);
    }

    std::unique_ptr<HistoryView> view(QDate today = kToday) {
        auto made = std::make_unique<HistoryView>(*m_store, [today] { return today; });
        made->resize(screenshots::kWindowSize);
        made->show();
        return made;
    }
    static QList<QPointF> points(HistoryView& shown, const QString& name) {
        auto* chart = shown.findChild<QChartView*>(u"chart"_s)->chart();
        for (auto* series : chart->series()) {
            if (series->objectName() == name)
                return static_cast<QLineSeries*>(series)->points();
        }
        ADD_FAILURE() << "no series " << name.toStdString();
        return {};
    }
    static QPointF point(QDate date, double pain) {
        return {static_cast<qreal>(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch()), pain};
    }

    std::unique_ptr<HistoryStore> m_store;
};

TEST_F(HistoryViewTest, MarksTheDaysWithSessionsInBoldWithWords) {
    auto shown = view();
    auto* calendar = shown->findChild<QCalendarWidget*>(u"calendar"_s);
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(calendar->selectedDate(), kToday);
    EXPECT_EQ(calendar->monthShown(), 5);

    const QTextCharFormat sixth = calendar->dateTextFormat(QDate(2024, 5, 6));
    EXPECT_EQ(sixth.fontWeight(), QFont::Bold);
    EXPECT_TRUE(sixth.fontUnderline());
    EXPECT_EQ(sixth.toolTip(), u"2\u00a0sessions, pain 5 → 2"_s);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2024, 5, 2)).toolTip(), u"1\u00a0session"_s);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2024, 5, 10)).toolTip(),
              u"1\u00a0session, pain before: 2"_s);
    const QTextCharFormat seventh = calendar->dateTextFormat(QDate(2024, 5, 7));
    EXPECT_NE(seventh.fontWeight(), QFont::Bold) << "no session on 7 May";
    EXPECT_TRUE(seventh.toolTip().isEmpty());

    // The chosen day in words, under the calendar.
    EXPECT_EQ(shown->dayText(), u"Friday, May 10, 2024: 1\u00a0session, pain before: 2"_s);
    calendar->setSelectedDate(QDate(2024, 5, 6));
    EXPECT_EQ(shown->dayText(), u"Monday, May 6, 2024: 2\u00a0sessions, pain 5 → 2"_s);
    calendar->setSelectedDate(QDate(2024, 5, 7));
    EXPECT_EQ(shown->dayText(), u"Tuesday, May 7, 2024: No session"_s);
}

// The calendar from the keyboard: Tab reaches its days, the focus shows,
// the arrows move the chosen day (a day, a week; Page Up and Down a
// month) and the words under it follow, for a screen reader too.
TEST_F(HistoryViewTest, TheCalendarsDaysAreChosenWithTheArrowKeys) {
    session(QDate(2024, 3, 20), QTime(9, 0)); // the first day it goes back to
    auto shown = view();
    shown->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(shown.get()));
    auto* calendar = shown->findChild<QCalendarWidget*>(u"calendar"_s);
    QWidget* days = nullptr;
    for (int tab = 0; tab < 20 && !days; ++tab) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : shown.get(),
                        Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        if (focused && calendar->isAncestorOf(focused) && qobject_cast<QAbstractItemView*>(focused))
            days = focused;
    }
    ASSERT_NE(days, nullptr) << "Tab never reaches the calendar's days";
    // The chosen day (today) has a ring of the text's colour round it while
    // the calendar has the focus: at least its perimeter in pixels.
    auto* view = static_cast<QAbstractItemView*>(days);
    const QRect today = view->visualRect(view->currentIndex());
    ASSERT_FALSE(today.isEmpty());
    const auto inkPixels = [&] {
        const QImage cell = view->viewport()->grab(today).toImage();
        const QRgb ink = view->palette().color(QPalette::Text).rgb();
        int found = 0;
        for (int y = 0; y < cell.height(); ++y) {
            for (int x = 0; x < cell.width(); ++x)
                found += cell.pixel(x, y) == ink ? 1 : 0;
        }
        return found;
    };
    const int perimeter = 2 * (today.width() + today.height()) * 3 / 4;
    EXPECT_GT(inkPixels(), perimeter) << "no focus ring on the chosen day";
    shown->findChild<QPushButton*>(u"import"_s)->setFocus();
    EXPECT_LT(inkPixels(), perimeter / 4) << "a ring without the focus";
    days->setFocus();

    const auto press = [&days](Qt::Key key) {
        QTest::keyClick(days, key);
    };
    press(Qt::Key_Left);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 5, 9));
    EXPECT_EQ(shown->dayText(), u"Thursday, May 9, 2024: No session"_s);
    EXPECT_EQ(days->accessibleName(), u"Days with sessions"_s);
    EXPECT_EQ(days->accessibleDescription(), u"Thursday, May 9, 2024: No session"_s);
    press(Qt::Key_Up);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 5, 2));
    EXPECT_EQ(shown->dayText(), u"Thursday, May 2, 2024: 1\u00a0session"_s);
    press(Qt::Key_Right);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 5, 3));
    press(Qt::Key_Down);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 5, 10));
    press(Qt::Key_PageUp);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 4, 10));
    EXPECT_EQ(calendar->monthShown(), 4);
    press(Qt::Key_PageDown);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 5, 10));
    // Not past the first day with a session, nor past today.
    press(Qt::Key_PageUp);
    press(Qt::Key_PageUp);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 3, 20));
    press(Qt::Key_Left);
    EXPECT_EQ(calendar->selectedDate(), QDate(2024, 3, 20));
    for (int month = 0; month < 3; ++month)
        press(Qt::Key_PageDown);
    EXPECT_EQ(calendar->selectedDate(), kToday);
}

// Tab goes round what a person can use, each showing its focus: Back,
// Export, Import CSV and the calendar's days. The chart was a stop of its
// own that showed nothing and did nothing (the second walk, en-46-history-tab5).
TEST_F(HistoryViewTest, TabGoesRoundTheButtonsAndTheDaysOnly) {
    auto shown = view();
    shown->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(shown.get()));
    shown->findChild<QPushButton*>(u"back"_s)->setFocus(Qt::TabFocusReason);
    auto* calendar = shown->findChild<QCalendarWidget*>(u"calendar"_s);
    QStringList stops;
    for (int tab = 0; tab < 4; ++tab) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        stops << (calendar->isAncestorOf(focused) ? u"days"_s : focused->objectName());
    }
    EXPECT_EQ(stops.join(u", ").toStdString(), "export, import, days, back");
}

// What became of the break reminders, in words with their plurals: on a
// day with sessions after them, and alone on a day without one (a tooltip,
// not bold: the bold days are the ones with sessions).
TEST_F(HistoryViewTest, SaysWhatBecameOfTheDaysRemindersWithTheirPlurals) {
    const auto reminder = [this](QDate date, int hour, ReminderRecord::Outcome outcome) {
        ReminderRecord record;
        record.shownAt = QDateTime(date, QTime(hour, 0));
        record.answeredAt = record.shownAt.addSecs(30);
        record.outcome = outcome;
        record.activeSeconds = 3000;
        ASSERT_TRUE(m_store->recordReminder(record));
    };
    reminder(QDate(2024, 5, 6), 10, ReminderRecord::Outcome::Postponed);
    reminder(QDate(2024, 5, 6), 11, ReminderRecord::Outcome::Postponed);
    reminder(QDate(2024, 5, 6), 12, ReminderRecord::Outcome::Skipped);
    reminder(QDate(2024, 5, 7), 10, ReminderRecord::Outcome::Taken);
    reminder(QDate(2024, 5, 7), 11, ReminderRecord::Outcome::Skipped);
    reminder(QDate(2024, 5, 9), 11, ReminderRecord::Outcome::Postponed);
    auto shown = view();
    auto* calendar = shown->findChild<QCalendarWidget*>(u"calendar"_s);
    EXPECT_EQ(calendar->dateTextFormat(QDate(2024, 5, 6)).toolTip(),
              u"2\u00a0sessions, pain 5 → 2, 3\u00a0reminders: 2 postponed, 1 skipped"_s);
    const QTextCharFormat seventh = calendar->dateTextFormat(QDate(2024, 5, 7));
    EXPECT_EQ(seventh.toolTip(), u"No session, 2\u00a0reminders: 1 taken, 1 skipped"_s);
    EXPECT_NE(seventh.fontWeight(), QFont::Bold) << "no session on 7 May";
    calendar->setSelectedDate(QDate(2024, 5, 9));
    EXPECT_EQ(shown->dayText(),
              u"Thursday, May 9, 2024: No session, 1\u00a0reminder: 1 postponed"_s);

    switchTo(u"de"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    shown->refresh();
    EXPECT_EQ(
        calendar->dateTextFormat(QDate(2024, 5, 6)).toolTip(),
        u"2\u00a0Einheiten, Schmerzen 5 → 2, 3\u00a0Erinnerungen: 2 verschoben, 1 übersprungen"_s);
    calendar->setSelectedDate(QDate(2024, 5, 7));
    EXPECT_EQ(
        shown->dayText(),
        u"Dienstag, 7. Mai 2024: Keine Einheit, 2\u00a0Erinnerungen: 1 angenommen, 1 übersprungen"_s);
    switchTo(u"es"_s);
    QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
    shown->refresh();
    calendar->setSelectedDate(QDate(2024, 5, 9));
    EXPECT_EQ(shown->dayText(),
              u"jueves, 9 de mayo de 2024: Ninguna sesión, 1\u00a0recordatorio: 1 pospuesto"_s);
}

TEST_F(HistoryViewTest, ChartsEachDaysPainBeforeAndAfter) {
    auto shown = view();
    EXPECT_EQ(points(*shown, u"before"_s),
              (QList<QPointF>{point(QDate(2024, 5, 6), 5), point(QDate(2024, 5, 8), 3),
                              point(QDate(2024, 5, 10), 2)}));
    EXPECT_EQ(points(*shown, u"after"_s),
              (QList<QPointF>{point(QDate(2024, 5, 6), 2), point(QDate(2024, 5, 8), 1)}));
    auto* chart = shown->findChild<QChartView*>(u"chart"_s)->chart();
    EXPECT_EQ(chart->title(), u"Pain before and after sessions (the day's mean)"_s);
    EXPECT_EQ(chart->series().at(0)->name(), u"Pain before the session"_s);
    EXPECT_EQ(chart->series().at(1)->name(), u"Pain after the session"_s);
    // Told apart by more than colour.
    EXPECT_NE(static_cast<QLineSeries*>(chart->series().at(0))->pen().style(),
              static_cast<QLineSeries*>(chart->series().at(1))->pen().style());
}

// Years of history are drawn as months (a day's point each would be a
// blur of thousands, and slow to draw), and the title says what a point is.
TEST_F(HistoryViewTest, ChartsYearsOfHistoryAsTheMeanOfEachMonthsDays) {
    session(QDate(2021, 3, 10), QTime(9, 0), 8, 6);
    session(QDate(2021, 3, 20), QTime(9, 0), 6);
    auto shown = view();
    auto* chart = shown->findChild<QChartView*>(u"chart"_s)->chart();
    EXPECT_EQ(chart->title(), u"Pain before and after sessions (the mean of each month's days)"_s);
    // Each point in the middle of the days of its month the chart shows
    // (from 10 March 2021, the first day, to 10 May 2024, today): on the
    // chart, not past either end.
    const auto between = [](QDate from, QDate to) {
        return (point(from, 0).x() + point(to, 0).x()) / 2;
    };
    const qreal march = between(QDate(2021, 3, 10), QDate(2021, 3, 31));
    const qreal may = between(QDate(2024, 5, 1), QDate(2024, 5, 10));
    // March 2021: days 8 and 6; May 2024: days 5 (4 and 6), 3 and 2.
    EXPECT_EQ(points(*shown, u"before"_s), (QList<QPointF>{{march, 7.0}, {may, 10.0 / 3}}));
    EXPECT_EQ(points(*shown, u"after"_s), (QList<QPointF>{{march, 6.0}, {may, 1.5}}));
    auto* time = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
    ASSERT_TRUE(time);
    for (const QPointF& shownPoint : points(*shown, u"before"_s)) {
        EXPECT_GE(shownPoint.x(), time->min());
        EXPECT_LE(shownPoint.x(), time->max());
    }
}

// The dates under the chart: whole days, weeks (Mondays) or months, evenly
// spaced and labelled at noon, where a day's point sits; few enough over a
// week, a month or a year that none touches the next in a 1366×768 window
// (the same layout at any scale).
TEST_F(HistoryViewTest, TheChartsDatesAreEvenlySpacedWholeDaysWeeksOrMonths) {
    struct Range {
        QDate first;
        QStringList labels;
        int stepDays;   // between the labels' days, or
        int stepMonths; // between their months
    };
    const Range ranges[] = {
        {QDate(2024, 5, 2),
         {u"May 2"_s, u"May 3"_s, u"May 4"_s, u"May 5"_s, u"May 6"_s, u"May 7"_s, u"May 8"_s,
          u"May 9"_s, u"May 10"_s},
         1,
         0},
        {QDate(2024, 4, 11), {u"Apr 15"_s, u"Apr 22"_s, u"Apr 29"_s, u"May 6"_s}, 7, 0},
        {QDate(2023, 5, 11),
         {u"Jul 2023"_s, u"Sep 2023"_s, u"Nov 2023"_s, u"Jan 2024"_s, u"Mar 2024"_s, u"May 2024"_s},
         0,
         2},
    };
    // In German, the day before the month.
    switchTo(u"de"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        auto shown = view();
        auto* time = qobject_cast<QCategoryAxis*>(
            shown->findChild<QChartView*>(u"chart"_s)->chart()->axes(Qt::Horizontal).value(0));
        ASSERT_TRUE(time);
        EXPECT_EQ(time->categoriesLabels().value(0), u"2. Mai"_s);
    }
    switchTo(u"en"_s);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    for (const Range& range : ranges) {
        SCOPED_TRACE(range.first.toString(Qt::ISODate).toStdString());
        session(range.first, QTime(9, 0));
        auto shown = view();
        QApplication::processEvents(); // the chart lays out
        auto* chart = shown->findChild<QChartView*>(u"chart"_s)->chart();
        auto* time = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        ASSERT_TRUE(time);
        EXPECT_EQ(time->min(),
                  static_cast<qreal>(QDateTime(range.first, QTime(0, 0)).toMSecsSinceEpoch()));
        EXPECT_EQ(time->categoriesLabels(), range.labels);
        const QStringList labels = time->categoriesLabels();
        const QFontMetrics metrics(time->labelsFont());
        const qreal pixelsPerMs = chart->plotArea().width() / (time->max() - time->min());
        for (qsizetype i = 1; i < labels.size(); ++i) {
            const qreal x = time->endValue(labels[i]);
            const qreal before = time->endValue(labels[i - 1]);
            const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(x)).date();
            const QDate previous = QDateTime::fromMSecsSinceEpoch(qint64(before)).date();
            EXPECT_EQ(QDateTime::fromMSecsSinceEpoch(qint64(x)).time(), QTime(12, 0));
            if (range.stepDays > 0)
                EXPECT_EQ(previous.daysTo(day), range.stepDays) << labels[i].toStdString();
            else
                EXPECT_EQ(previous.addMonths(range.stepMonths), day) << labels[i].toStdString();
            const qreal room = (x - before) * pixelsPerMs;
            const qreal needed =
                (metrics.horizontalAdvance(labels[i - 1]) + metrics.horizontalAdvance(labels[i])) /
                    2.0 +
                metrics.averageCharWidth();
            EXPECT_GE(room, needed)
                << labels[i - 1].toStdString() << " touches " << labels[i].toStdString();
        }
    }
}

TEST_F(HistoryViewTest, SaysGentlyHowManyOfTheLastSevenDaysHadASession) {
    EXPECT_EQ(view()->consistencyText(), u"You stretched on 3 of the last 7\u00a0days."_s);
    EXPECT_EQ(view(QDate(2024, 5, 3))->consistencyText(),
              u"You stretched on 1 of the last 7\u00a0days."_s);
    EXPECT_EQ(view(QDate(2024, 6, 1))->consistencyText(),
              u"No sessions in the last 7\u00a0days. Whenever you are ready, a routine is one "
              "click away."_s);
    switchTo(u"de"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto shown = view();
    EXPECT_EQ(shown->consistencyText(), u"An 3 der letzten 7\u00a0Tage haben Sie sich gedehnt."_s);
    EXPECT_EQ(shown->findChild<QCalendarWidget*>(u"calendar"_s)
                  ->dateTextFormat(QDate(2024, 5, 6))
                  .toolTip(),
              u"2\u00a0Einheiten, Schmerzen 5 → 2"_s);
}

TEST_F(HistoryViewTest, ANewSessionShowsAtOnceAndEscGoesBack) {
    auto shown = view();
    session(QDate(2024, 5, 9), QTime(9, 0), 7, 3);
    EXPECT_EQ(shown->consistencyText(), u"You stretched on 4 of the last 7\u00a0days."_s);
    EXPECT_EQ(points(*shown, u"before"_s).size(), 4);
    QSignalSpy back(shown.get(), &HistoryView::backRequested);
    QTest::keyClick(shown.get(), Qt::Key_Escape);
    EXPECT_EQ(back.count(), 1);
}

TEST_F(HistoryViewTest, TheAdviceIsOneClickAway) {
    auto shown = view();
    auto* advice = shown->findChild<QPushButton*>(u"advice"_s);
    EXPECT_FALSE(advice->isVisible());
    shown->setAdvice(u"Getting worse (4 → 6)"_s);
    EXPECT_TRUE(advice->isVisible());
    EXPECT_EQ(advice->text(), u"⚠ Advice: please see a doctor (Getting worse (4 → 6))…"_s);
    QSignalSpy asked(shown.get(), &HistoryView::adviceRequested);
    advice->click();
    EXPECT_EQ(asked.count(), 1);
}

// Export ▸ Sessions as CSV and Import CSV… on the screen: a second person's
// history gets the sessions, the calendar shows them at once, the same file
// again adds nothing, and a bad file is refused with its line.
TEST_F(HistoryViewTest, ExportsAndImportsCsvAndSaysWhatHappened) {
    switchTo(u"en"_s); // its plural forms
    auto shown = view();
    // A push button, whose menu arrow has a place of its own after the word:
    // the walk saw a tool button's arrow drawn over the "t".
    auto* exportButton = shown->findChild<QPushButton*>(u"export"_s);
    ASSERT_TRUE(exportButton);
    EXPECT_EQ(exportButton->text(), u"&Export"_s);
    // Sessions, check-ins, a separator, the report (tests/app/test_historyreport.cpp).
    ASSERT_EQ(exportButton->menu()->actions().size(), 4);
    EXPECT_EQ(exportButton->menu()->actions()[0]->text(), u"&Sessions as CSV…"_s);
    EXPECT_EQ(exportButton->menu()->actions()[3]->text(), u"&Report (PDF)…"_s);
    EXPECT_EQ(shown->findChild<QPushButton*>(u"import"_s)->text(), u"I&mport CSV…"_s);
    const QString csv = m_dir.filePath(u"sessions.csv"_s);
    ASSERT_TRUE(shown->exportCsv(HistoryCsv::Kind::Sessions, csv));
    auto* result = shown->findChild<QMessageBox*>(u"exportResult"_s);
    ASSERT_TRUE(result);
    EXPECT_EQ(result->text(), u"Saved to %1."_s.arg(csv));
    result->close();

    HistoryStore other(m_dir.filePath(u"other.sqlite"_s));
    HistoryView second(other, [] { return kToday; });
    second.show();
    EXPECT_EQ(
        second.consistencyText(),
        u"No sessions in the last 7\u00a0days. Whenever you are ready, a routine is one click "
        "away."_s);
    ASSERT_TRUE(second.importCsv(csv));
    auto* imported = second.findChild<QMessageBox*>(u"importResult"_s);
    ASSERT_TRUE(imported);
    EXPECT_EQ(imported->text(), u"5 records added from %1."_s.arg(csv));
    imported->close();
    QApplication::processEvents();
    EXPECT_EQ(second.consistencyText(), u"You stretched on 3 of the last 7\u00a0days."_s);
    ASSERT_TRUE(second.importCsv(csv));
    imported = second.findChildren<QMessageBox*>(u"importResult"_s).last();
    EXPECT_EQ(imported->text(), u"0 records added from %1."_s.arg(csv));
    EXPECT_EQ(imported->informativeText(), u"5 were already kept and not added again."_s);
    imported->close();

    QFile bad(m_dir.filePath(u"bad.csv"_s));
    ASSERT_TRUE(bad.open(QIODevice::WriteOnly));
    bad.write("at,routine_id,moment,rating,injury\n2024-05-09T09:00:00,back,before,12,no\n");
    bad.close();
    EXPECT_FALSE(second.importCsv(bad.fileName()));
    imported = second.findChildren<QMessageBox*>(u"importResult"_s).last();
    EXPECT_EQ(
        imported->text(),
        u"Nothing was imported from %1: fix these lines and try again."_s.arg(bad.fileName()));
    EXPECT_EQ(imported->informativeText(),
              u"line 2: the rating “12” is not a whole number from 0 to 10"_s);
    EXPECT_EQ(other.checkIns().size(), 0U);
}

TEST_F(HistoryViewTest, Screenshots) {
    const QString out = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set LIMBER_SCREENSHOT_DIR to render the screen";
    // The calendar with the focus, its chosen day ringed, light and dark.
    const auto focusCalendar = [](HistoryView& shown) {
        shown.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&shown));
        shown.findChild<QCalendarWidget*>(u"calendar"_s)
            ->findChild<QAbstractItemView*>()
            ->setFocus(Qt::TabFocusReason);
    };
    {
        auto shown = view();
        focusCalendar(*shown);
        EXPECT_FALSE(screenshots::save(*shown, out + u"/history-en.png"_s, nullptr).isEmpty());
    }
    {
        screenshots::usePalette(screenshots::darkPalette());
        auto shown = view();
        focusCalendar(*shown);
        EXPECT_FALSE(screenshots::save(*shown, out + u"/history-dark-en.png"_s, nullptr).isEmpty());
        screenshots::usePalette(screenshots::lightPalette());
    }
    // Three years: the chart's points are months.
    for (int month = 1; month <= 12; ++month) {
        for (int year = 2021; year <= 2023; ++year)
            session(QDate(year, month, 10), QTime(9, 0), 3 + (month + year) % 5, 1 + month % 3);
    }
    {
        auto shown = view();
        EXPECT_FALSE(
            screenshots::save(*shown, out + u"/history-years-en.png"_s, nullptr).isEmpty());
    }
    switchTo(u"de"_s);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    auto shown = view();
    EXPECT_FALSE(screenshots::save(*shown, out + u"/history-years-de.png"_s, nullptr).isEmpty());
}

} // namespace
