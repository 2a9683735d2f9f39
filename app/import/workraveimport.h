#pragma once

#include "routine/diagnostic.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <vector>

namespace limber {

// Workrave's exercises as one routine of the user's own (docs/import.md):
//
//   importWorkrave(u"/usr/share/workrave/exercises/exercises.xml"_s, userRoutineDir())
//
// writes routines/workrave-exercises/workrave-exercises.yaml and the
// pictures it shows in routines/workrave-exercises/pictures/: every
// exercise with its title and description in each language Limber speaks,
// its pictures in their order and times, mirrored ones flipped (`mirror:
// true`), and the whole exercise's time, as Workrave plays it.
//
// Safe with any file: the source is only read; it must be at most 8 MiB; a
// DOCTYPE with entities is refused; a picture is copied only from the
// file's own folder (no absolute paths, no '..', no link leading out), and
// a picture that cannot be copied becomes a step without a picture, which
// the player shows as "Picture missing". Everything is written into a
// hidden folder beside the routine's own and moved into place in one
// rename, once the real routine loader has read it without an error; an
// earlier import is then replaced. A failed import leaves the user's
// folder as it was.
struct ImportResult {
    bool imported = false;
    bool replaced = false; // an earlier import was replaced
    QString routineId;
    QString folder; // the routine's own folder
    QString file;   // its routine file
    int exercises = 0;
    // What could not be carried over (warnings), or why nothing was
    // imported (errors), each with the place in the file it concerns.
    std::vector<Diagnostic> report;
};

class WorkraveImport {
    Q_DECLARE_TR_FUNCTIONS(WorkraveImport)

public:
    // Where Debian's workrave-data puts Workrave's exercises.
    [[nodiscard]] static QString debianFile();
    // The routine an import writes.
    [[nodiscard]] static QString routineId();
    // Files larger than this are refused before they are read.
    static constexpr qint64 kMaxFileBytes = 8 * 1024 * 1024;
    // A picture larger than this is left out (a placeholder instead), and
    // so is one that would take the pictures copied past the second.
    static constexpr qint64 kMaxPictureBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxPicturesBytes = 128 * 1024 * 1024;

    // Imports `xmlFile` into `routineFolder` (the user's routines folder,
    // made when missing). Never throws.
    [[nodiscard]] static ImportResult run(const QString& xmlFile, const QString& routineFolder);

    // The outcome in the interface's language: what was done ("Imported 10
    // exercises from … into …", "It replaces the earlier import.") or
    // "Nothing was imported.".
    [[nodiscard]] static QStringList summary(const ImportResult& result);
};

} // namespace limber
