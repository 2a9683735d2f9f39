#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "documents/pageddocument.h"
#include "history/historystore.h"
#include "routine/routinelibrary.h"

#include <QCoreApplication>
#include <QDate>
#include <QPageSize>
#include <QString>

namespace limber {

// The history from one date to another as a report to take to a clinician
// (History ▸ Export ▸ Report (PDF)…, `limber --history-report FROM TO`),
// written with the same PagedDocument as the handout, in the interface's
// language:
//
//   - the dates, how many sessions on how many days, how many check-ins;
//   - the pain before and after sessions as a chart (the History screen's,
//     drawn as vector on the page, black on white);
//   - the advice to see a doctor that the routine's pain rule gave on those
//     days, with the rule, the dates and the ratings, and when it was
//     acknowledged;
//   - every session: when, the routine, the exercises done, the holds (held
//     against their targets), reps and breaths, the pain before and after;
//   - each exercise over the dates: how often done, holds, reps, breaths;
//   - every pain check-in;
//   - the medical disclaimer.
//
// Sessions and check-ins count by the day they began, `from` and `to`
// included.
class HistoryReport {
    Q_DECLARE_TR_FUNCTIONS(HistoryReport)

public:
    // The document refers to nothing passed here: it may outlive them.
    [[nodiscard]] static PagedDocument compose(const HistoryStore& store,
                                               const RoutineLibrary& library, QDate from, QDate to,
                                               QDate printed);

    // compose() written as a PDF file; PagedDocument::writePdf() says what
    // it returns. `from` after `to`, or a history that is not open, is said
    // so too.
    [[nodiscard]] static QString writePdf(const HistoryStore& store, const RoutineLibrary& library,
                                          QDate from, QDate to, const QString& file,
                                          QPageSize::PageSizeId paper, QDate printed);
};

} // namespace limber
