#pragma once

#include "routine/diagnostic.h"
#include "routine/routine.h"

#include <filesystem>
#include <vector>

namespace limber {

// Where routines come from: the bundled folder first, then the user's.
struct RoutineFolder {
    std::filesystem::path path;
    bool user = false;
};

struct LibraryEntry {
    Routine routine;
    bool user = false;
    // When a user routine has the id of a bundled one, it replaces it; this is
    // the bundled file it replaced.
    std::filesystem::path replacedBundled;
};

struct RoutineLibrary {
    std::vector<LibraryEntry> routines;        // in scan order: by folder, then file name
    std::vector<Diagnostic> diagnostics;       // every file's, in scan order
    std::vector<std::filesystem::path> failed; // files that did not load

    [[nodiscard]] const LibraryEntry* find(std::string_view id) const;
};

// The routine files (*.yaml, *.yml) below `path` (a file is returned as is),
// sorted, recursing into subfolders; hidden files and folders (".name")
// below `path` are passed over.
[[nodiscard]] std::vector<std::filesystem::path> routineFilesIn(const std::filesystem::path& path);

// Loads every routine in `folders`, in order; one broken file never stops the
// others. A later folder's routine replaces an earlier one with the same id.
[[nodiscard]] RoutineLibrary scanLibrary(const std::vector<RoutineFolder>& folders);

} // namespace limber
