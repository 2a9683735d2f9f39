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

// The pain before and after sessions over time, the day's mean, as a Qt
// Charts line chart: the History screen's and the clinician report's. The
// two lines differ by their pattern (after: dashed) as well as their colour;
// the pain axis runs from 0 (none) to 10 (worst imaginable).
class PainChart {
    Q_DECLARE_TR_FUNCTIONS(PainChart)

public:
    // Fills `chart` (emptied first) with the days from `first` to `last`.
    // `paper`: black lines on white for a printed page; else the light or
    // dark theme (`dark`) of a window.
    static void fill(QChart& chart, const std::map<QDate, HistoryDay>& days, QDate first,
                     QDate last, bool dark, bool paper = false);
};

} // namespace limber
