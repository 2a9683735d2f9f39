#pragma once

#include "routine/diagnostic.h"
#include "routine/routine.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

// The outcome of loading one routine file: the routine when it has no
// errors, and every error and warning found (errors first is not implied:
// diagnostics are in file order).
struct LoadResult {
    std::optional<Routine> routine;
    std::vector<Diagnostic> diagnostics;

    [[nodiscard]] bool hasErrors() const;
};

// Reads and validates a routine file against format version 1
// (docs/routine-format.md). Never throws; every problem becomes a
// Diagnostic whose `file` is `file` as given (so relative paths stay
// relative in messages).
[[nodiscard]] LoadResult loadRoutineFile(const std::filesystem::path& file);

// The same for text already in memory. `file` names it in diagnostics, and
// its folder is where image paths are resolved and checked.
[[nodiscard]] LoadResult loadRoutineText(std::string_view text, const std::filesystem::path& file);

} // namespace limber
