#pragma once

#include <string>

namespace limber {

enum class Severity { Error, Warning };

// One problem found in a routine file, in the form compilers use so that
// editors can jump to it:
//
//   routines/back.yaml:14:9: error: 'hold' must be a duration like 30s or {min: 30s, max: 1m}
//
// Line and column are 1-based; 0 means the problem concerns the whole file
// (then format() prints just "file: error: message").
struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    std::string message;

    [[nodiscard]] std::string format() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

} // namespace limber
