#include "routine/routinelibrary.h"

#include "routine/routineloader.h"

#include <algorithm>
#include <system_error>

namespace limber {

namespace fs = std::filesystem;

const LibraryEntry* RoutineLibrary::find(std::string_view id) const {
    const auto it = std::ranges::find(routines, id, [](const auto& e) { return e.routine.id; });
    return it == routines.end() ? nullptr : &*it;
}

std::vector<fs::path> routineFilesIn(const fs::path& path) {
    std::error_code ec;
    if (!fs::is_directory(path, ec))
        return {path};
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(
             path, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        // Hidden entries are not routines: an import's half-written folder
        // (.workrave-exercises-import-…), an editor's backup, .git.
        if (it->path().filename().string().starts_with('.')) {
            if (it->is_directory(ec))
                it.disable_recursion_pending();
            continue;
        }
        const auto ext = it->path().extension();
        if ((ext == ".yaml" || ext == ".yml") && it->is_regular_file(ec))
            files.push_back(it->path());
    }
    std::ranges::sort(files);
    return files;
}

RoutineLibrary scanLibrary(const std::vector<RoutineFolder>& folders) {
    RoutineLibrary library;
    for (const auto& folder : folders) {
        std::error_code ec;
        if (!fs::is_directory(folder.path, ec))
            continue;
        for (const auto& file : routineFilesIn(folder.path)) {
            auto result = loadRoutineFile(file);
            library.diagnostics.insert(library.diagnostics.end(), result.diagnostics.begin(),
                                       result.diagnostics.end());
            if (!result.routine) {
                library.failed.push_back(file);
                continue;
            }
            LibraryEntry entry{std::move(*result.routine), folder.user, {}};
            auto existing = std::ranges::find(library.routines, entry.routine.id,
                                              [](const auto& e) { return e.routine.id; });
            if (existing == library.routines.end()) {
                library.routines.push_back(std::move(entry));
            } else if (folder.user && !existing->user) {
                entry.replacedBundled = existing->routine.file;
                *existing = std::move(entry);
            } else {
                auto text = diagnosticText("routine-id-taken",
                                           {entry.routine.id, existing->routine.file.string()});
                library.diagnostics.push_back({file.string(), 0, 0, Severity::Warning,
                                               std::move(text.english), std::move(text.code),
                                               std::move(text.args)});
            }
        }
    }
    return library;
}

} // namespace limber
