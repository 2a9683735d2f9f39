#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "common/keyhelp.h"
#include "history/historycsv.h"
#include "history/historystore.h"
#include "routine/routinelibrary.h"

#include <QDate>
#include <QWidget>
#include <functional>
#include <map>

class QAction;
class QAbstractItemView;
class QCalendarWidget;
class QChart;
class QChartView;
class QLabel;
class QPushButton;

namespace limber {

// The History screen: the days with sessions in a calendar (bold and
// underlined, with the day's sessions and pain in a tooltip and under the
// calendar for the chosen day: never colour only), the pain before and
// after sessions over time as a chart, and gentle consistency ("You
// stretched on 4 of the last 7 days"), never a broken streak. The current
// see-a-doctor advice, when there is one, is a button away.
//
// It reads the store's per-day summary (HistoryStore::days(): one row a
// day, counted by SQLite) when shown and when the store changes, and marks
// only the month on show, so that years of history open fast.
//
// Keyboard: Esc goes back to the screen it was opened from. In the
// calendar, the arrows move the chosen day by a day or a week and Page Up
// and Down by a month; a ring shows it while the calendar has the focus.
class HistoryView : public QWidget {
    Q_OBJECT

public:
    // `today`: the person's date (a test's fixed one).
    HistoryView(HistoryStore& store, std::function<QDate()> today, QWidget* parent = nullptr);

    // Reads the history again.
    void refresh();
    // The advice's summary for the button ("Getting worse (4 → 6)"); empty:
    // there is none, and no button.
    void setAdvice(const QString& summary);

    // Export ▸ Sessions / Check-ins as CSV, and Import CSV… (they ask for
    // the file, then call these): the result is said in a message box and,
    // for an import, every bad row by its line. Return whether it worked.
    bool exportCsv(HistoryCsv::Kind kind, const QString& path);
    bool importCsv(const QString& path);
    // Export ▸ Report (PDF)… asks for the first and last day (the last 30
    // days, unless told), then the file, then calls this: the clinician
    // report (HistoryReport) on the paper of the user's country, its result
    // in a message box. The routines' titles and pain rules come from
    // setLibrary()'s library.
    bool exportReport(QDate from, QDate to, const QString& path);
    void setLibrary(const RoutineLibrary* library) { m_library = library; }

    // What the screen says, for tests.
    [[nodiscard]] QString consistencyText() const;
    [[nodiscard]] QString dayText() const;

    // The screen's keys and what they do, for the keyboard help (F1).
    [[nodiscard]] static QList<KeyHelp> keys();

Q_SIGNALS:
    void backRequested();
    void adviceRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void retranslate();
    void chooseExport(HistoryCsv::Kind kind);
    void chooseReport();
    // Says in a message box where an export went, or `problem`; whether it
    // worked.
    bool showExported(const QString& problem, const QString& path);
    void chooseImport();
    void updateConsistency();
    void updateChart();
    // Bold, underlined and a tooltip on the days with sessions of the page shown.
    void markPage(int year, int month);
    void updateDayText();
    [[nodiscard]] QString describe(const HistoryDay& day) const;

    HistoryStore& m_store;
    std::function<QDate()> m_today;
    std::map<QDate, HistoryDay> m_days;
    bool m_stale = true;
    QString m_adviceSummary;
    QPushButton* m_back;
    QLabel* m_title;
    QLabel* m_consistency;
    QCalendarWidget* m_calendar;
    QAbstractItemView* m_calendarDays; // its grid, where the focus goes
    QLabel* m_dayText;
    QPushButton* m_advice;
    QPushButton* m_export;
    QPushButton* m_import;
    QAction* m_exportSessions = nullptr;
    QAction* m_exportCheckIns = nullptr;
    QAction* m_exportReport = nullptr;
    const RoutineLibrary* m_library = nullptr;
    // The chart before its view: QChartView's plain constructor makes a
    // chart of its own that setChart() would leave undeleted.
    QChart* m_chart;
    QChartView* m_chartView;
};

} // namespace limber
