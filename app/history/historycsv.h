#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "history/sessionrecord.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace limber {

class HistoryStore;

// The history as CSV (RFC 4180: commas, fields with a comma, quote or line
// break in double quotes), one file for the sessions and one for the
// check-ins, for a clinician's spreadsheet and for moving the history to
// another machine. The first line names the columns:
//
//   started_at,ended_at,routine_id,routine_hash,completed,from_reminder,active_seconds,exercises
//   2024-05-06T09:00:00,2024-05-06T09:10:00,upper-back-relief,ab12,1,0,560,wall:done:0:6:2:30/30
//   30/45
//
//   at,routine_id,moment,rating,injury
//   2024-05-06T08:59:00,upper-back-relief,before,4,no
//
// `exercises`: each exercise as id:outcome:reps:breaths:cycles:holds, holds
// as target/held seconds separated by spaces, exercises by ";".
//
// Importing merges: a session already kept (same routine and start) or a
// check-in already kept (same routine, time and moment) is skipped. A file
// with any bad row imports nothing and names every bad row by its line:
//   line 3: the rating "eleven" is not a whole number from 0 to 10
class HistoryCsv {
    Q_DECLARE_TR_FUNCTIONS(HistoryCsv)

public:
    [[nodiscard]] static QString sessions(const std::vector<SessionRecord>& sessions);
    [[nodiscard]] static QString checkIns(const std::vector<StoredCheckIn>& checkIns);

    struct Imported {
        int added = 0;
        int skipped = 0;    // already kept
        QStringList errors; // "line 3: ..."; nothing was imported when any
    };
    // Reads either kind of file (told apart by its first line) into `store`,
    // in one transaction.
    [[nodiscard]] static Imported import(HistoryStore& store, const QString& text);

    // The same with files. write() replaces `path` whole or not at all
    // (QSaveFile) and returns what went wrong, in the person's words, or
    // nothing. importFile() reads at most kMaxImportBytes; a file it cannot
    // read is one error naming it.
    enum class Kind { Sessions, CheckIns };
    [[nodiscard]] static QString write(const HistoryStore& store, Kind kind, const QString& path);
    [[nodiscard]] static Imported importFile(HistoryStore& store, const QString& path);
    static constexpr qint64 kMaxImportBytes = 64LL * 1024 * 1024;
};

} // namespace limber
