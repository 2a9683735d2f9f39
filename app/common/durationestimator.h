#pragma once

#include "routine/routine.h"

#include <chrono>
#include <functional>

namespace limber {

// How long a routine takes with the person's settings (Application::estimate);
// the screens that show it say "About 6 min" (Describe::estimate).
using DurationEstimator = std::function<std::chrono::seconds(const Routine&)>;

} // namespace limber
