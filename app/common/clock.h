#pragma once

// <QtGlobal> before <chrono>: moc's preprocessor stops at libstdc++'s
// <chrono> when that is the first thing a class header it reads includes.
#include <QtGlobal>
#include <chrono>
#include <functional>

namespace limber {

// Where a class that keeps time reads it: the steady clock, unless a test
// passes its own.
using NowFunction = std::function<std::chrono::steady_clock::time_point()>;

} // namespace limber
