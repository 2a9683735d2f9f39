#pragma once

#include "routine/routinelibrary.h"

#include <QDate>
#include <QPageSize>
#include <QStringList>
#include <QTextStream>
#include <chrono>
#include <optional>

namespace limber {
class Application;
class MainWindow;
struct FigureExportOptions;
class HistoryStore;
struct InstanceAnswer;
struct InstanceRequest;
} // namespace limber

namespace limber::cli {

// `limber --validate PATH...`: checks routine files and folders (recursively)
// and prints one diagnostic a line to `out`, in the form compilers use, and a
// summary to `err`. Returns the exit status: 0 no errors (warnings allowed),
// 1 at least one error, 2 a PATH that does not exist (nothing is checked).
[[nodiscard]] int validate(const QStringList& paths, QTextStream& out, QTextStream& err);

// `limber --list [--json]`: the routines the app can see, with id, title,
// exercise count and estimated duration; problems with files go to `err`.
// Returns 0, or 1 when a routine file failed to load.
[[nodiscard]] int list(const RoutineLibrary& library, bool json, QTextStream& out,
                       QTextStream& err);

// For a command that runs for a moment and converts many local times: the
// time zone is read once. Without TZ, glibc reads /etc/localtime again for
// every local time Qt converts (ten years of history made 400,000 stat calls,
// most of `--history --json`'s seconds). Sets TZ to that same file when TZ
// is not set; a process that runs for days (the app in the tray) must not,
// as it would miss a change of zone.
void readTimeZoneOnce();

// `limber --history [--json]`: every session and check-in in `store`, and
// for each routine of `library` with a pain rule the advice as of `today`,
// with the rule that fired and its dates. Returns 0 (1 when the history
// could not be opened).
[[nodiscard]] int history(HistoryStore& store, const RoutineLibrary& library,
                          std::chrono::year_month_day today, bool json, QTextStream& out,
                          QTextStream& err);

// `limber --export-history FILE.csv`: the sessions to FILE.csv and the
// check-ins beside it to FILE-check-ins.csv (HistoryCsv). Returns 0, 1 when
// the history could not be opened or a file written.
[[nodiscard]] int exportHistory(HistoryStore& store, const QString& path, QTextStream& out,
                                QTextStream& err);
// The file the check-ins go to beside `sessionsPath`.
[[nodiscard]] QString checkInsPathFor(const QString& sessionsPath);

// `limber --import-history FILE.csv...`: each file (sessions or check-ins)
// merged into the history whole or not at all; bad rows are named by their
// line. Returns 0, 1 when any file was not imported.
[[nodiscard]] int importHistory(HistoryStore& store, const QStringList& paths, QTextStream& out,
                                QTextStream& err);

// `limber --import workrave [PATH]`: Workrave's exercises from PATH (by
// default where Debian's workrave-data puts them) as one routine in
// `routineFolder` (docs/import.md). Prints what could not be carried over,
// one line each, to `out`, and what was done to `err`. Returns 0 when
// imported, 1 when nothing was, 2 for another kind than workrave, more than
// one PATH or none that exists (nothing done).
[[nodiscard]] int importRoutines(const QString& kind, const QStringList& paths,
                                 const QString& routineFolder, QTextStream& out, QTextStream& err);

// A routine named with `--routine ID|FILE`.
struct NamedRoutine {
    LibraryEntry entry;
    bool fromFile = false; // loaded from a file outside the folders (else in `library`)
};

// Resolves `--routine ID|FILE`: an existing file is loaded (its problems
// printed to `err`), anything else is an id in `library`. nullopt, with the
// reason printed and the exit status in `status`: 1 when the file did not
// load, 2 when there is no routine with that id.
[[nodiscard]] std::optional<NamedRoutine>
findRoutine(const QString& wanted, const RoutineLibrary& library, QTextStream& err, int& status);

// `--routine ID|FILE` for the window: the routine's id, a file's routine
// added to `app` first; nullopt as findRoutine() says.
[[nodiscard]] std::optional<QString> openableRoutine(const QString& wanted, Application& app,
                                                     QTextStream& err, int& status);

// What a later `limber [--routine ID|FILE]` asked of the running one
// (SingleInstance): the window comes to the front on that routine. The
// answer is the later start's exit status and what it prints: 0 and
// nothing, or the reason the routine was not found.
[[nodiscard]] InstanceAnswer present(const InstanceRequest& request, Application& app,
                                     MainWindow& window);

// `--export-size WxH --export-format png|svg|both` as options; nullopt, with
// the reason printed, when they are not valid (exit status 2).
[[nodiscard]] std::optional<FigureExportOptions>
exportOptions(const QString& size, const QString& format, QTextStream& err);

// `limber --export-figures DIR [--routine ID|FILE]`: the figures of the
// routine named, else of every routine in `library`, as files in DIR; prints
// each file written. Returns 0, 1 when a routine did not load or a file
// could not be written, 2 for no such id.
[[nodiscard]] int exportFigures(const QString& dir, const QString& wanted,
                                const RoutineLibrary& library, const FigureExportOptions& options,
                                QTextStream& out, QTextStream& err);

// `limber --handout ID|FILE -o FILE.pdf`: the routine's handout (Handout)
// as a PDF on `paper`, in the interface's language, dated `printed`; prints
// the file written. Returns 0, 1 when the routine did not load or the file
// could not be written (the reason printed), 2 for no such id.
[[nodiscard]] int handout(const QString& wanted, const QString& file, QPageSize::PageSizeId paper,
                          const QDate& printed, const RoutineLibrary& library, QTextStream& out,
                          QTextStream& err);

// `limber --history-report FROM TO -o FILE.pdf`: the history from FROM to TO
// (ISO dates, both included) as a report for a clinician (HistoryReport), on
// `paper`, in the interface's language, dated `printed`; prints the file
// written. Returns 0, 1 when the history could not be read or the file
// written (the reason printed), 2 for dates that are not dates or not in
// order.
[[nodiscard]] int historyReport(const HistoryStore& store, const RoutineLibrary& library,
                                const QString& from, const QString& to, const QString& file,
                                QPageSize::PageSizeId paper, const QDate& printed, QTextStream& out,
                                QTextStream& err);

} // namespace limber::cli
