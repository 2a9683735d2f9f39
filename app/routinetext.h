#pragma once

#include "routinelibrary.h"

#include <QString>

namespace limber {

// A routine as rich text: summary, safety notices, equipment, source, and
// every exercise with its steps, in the UI language.
[[nodiscard]] QString routineHtml(const Routine& routine);

// The files that failed to load, each with its diagnostics, as rich text.
[[nodiscard]] QString problemsHtml(const RoutineLibrary& library);

} // namespace limber
