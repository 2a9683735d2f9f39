#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace limber {

enum class Severity { Error, Warning };

// One problem found in a routine file, in the form compilers use so that
// editors can jump to it:
//
//   routines/back.yaml:14:9: error: 'hold' must be a duration like 30s or {min: 30s, max: 1m}
//
// Line and column are 1-based; 0 means the problem concerns the whole file
// (then format() prints just "file: error: message").
//
// `message` is in English. When the problem is one of the kinds listed in
// diagnosticTemplates(), `code` names that kind and `args` hold the values
// put into its template, so an interface can word it in its own language
// (%1 is args[0]):
//
//   code "unknown-key-suggest", args {"stpes", "steps"}
//   -> "unknown key 'stpes' (did you mean 'steps'?)"
struct Diagnostic {
    std::string file;
    int line = 0;
    int column = 0;
    Severity severity = Severity::Error;
    std::string message;
    std::string code;              // empty: worded in English only
    std::vector<std::string> args; // %1, %2... of code's template

    [[nodiscard]] std::string format() const;
    friend bool operator==(const Diagnostic&, const Diagnostic&) = default;
};

// A diagnostic's words before they are placed: a code of
// diagnosticTemplates() and its arguments, with the English text.
struct DiagnosticText {
    std::string code;
    std::vector<std::string> args;
    std::string english;
};

// The kinds of diagnostics a hand-written routine commonly meets, as
// {code, English template}; %1..%9 are the arguments, in the order given.
struct DiagnosticTemplate {
    std::string_view code;
    std::string_view english;
};
[[nodiscard]] const std::vector<DiagnosticTemplate>& diagnosticTemplates();

// `pattern` with %1..%9 replaced by args[0..8] (a missing one stays "%N").
[[nodiscard]] std::string fillTemplate(std::string_view pattern,
                                       const std::vector<std::string>& args);

// The words of `code` (which must be in diagnosticTemplates()) with `args`.
[[nodiscard]] DiagnosticText diagnosticText(std::string_view code, std::vector<std::string> args);

} // namespace limber
