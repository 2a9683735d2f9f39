#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "history/historystore.h"

#include <QCoreApplication>
#include <QDate>
#include <map>

class QChart;

namespace limber {

// The pain before and after sessions over time as a Qt Charts line chart:
// the History screen's and the clinician report's. Each point is the mean
// of a day's check-ins; over more than a few months, the mean of a week's
// or a month's days, so that years of history stay a line a person can
// read (and draw in a moment). The two lines differ by their pattern
// (after: dashed) as well as their colour; the pain axis runs from 0 (none)
// to 10 (worst imaginable). The dates under it fall on whole days, Mondays,
// firsts of the month or Januaries, evenly spaced, the finest step that
// gives at most ten labels ("May 6", "Jul 2023" in the language's order).
class PainChart {
    Q_DECLARE_TR_FUNCTIONS(PainChart)

public:
    // What one point of the chart stands for.
    enum class Period { Day, Week, Month };
    // Days up to 120 days, weeks (from Monday) up to two years, then months.
    static Period periodFor(QDate first, QDate last);

    // Fills `chart` (emptied first) with the days from `first` to `last`.
    // `paper`: black lines on white for a printed page; else the light or
    // dark theme (`dark`) of a window.
    static void fill(QChart& chart, const std::map<QDate, HistoryDay>& days, QDate first,
                     QDate last, bool dark, bool paper = false);
};

} // namespace limber
