#pragma once

#include "routinelibrary.h"

#include <QStringList>
#include <QTextStream>

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

} // namespace limber::cli
