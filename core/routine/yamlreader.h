#pragma once

#include "routine/diagnostic.h"
#include "routine/routine.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <yaml-cpp/yaml.h>

namespace limber {

// The generic half of the routine loader: positions, diagnostics, budgets and
// map keys. The routine format itself lives in routineloader.cpp.

// Limits against hostile files (docs/routine-format.md, "Validation").
inline constexpr int kMaxNesting = 64;
inline constexpr int kMaxNodeVisits = 100'000;

// Thrown to stop loading at a problem after which nothing more is worth
// saying (an alias bomb, an unsupported format version). It never leaves the
// loader.
struct FatalProblem {
    Diagnostic diagnostic;
};

// A node's position, 1-based; 0:0 when yaml-cpp has none.
[[nodiscard]] SourcePos positionOf(const YAML::Node& node);

// Collects the diagnostics of one file and counts the node visits of one walk.
class YamlReader {
public:
    explicit YamlReader(std::string file);

    // A message in English only, or one of diagnosticTemplates() (which an
    // interface can translate).
    void error(SourcePos pos, std::string message);
    void error(SourcePos pos, DiagnosticText text);
    void warning(SourcePos pos, std::string message);
    void warning(SourcePos pos, DiagnosticText text);
    [[noreturn]] void fail(SourcePos pos, std::string message) const;
    [[noreturn]] void fail(SourcePos pos, DiagnosticText text) const;
    // A diagnostic made elsewhere (a FatalProblem), in this file.
    void add(Diagnostic diagnostic);

    // Called for every node a walk touches. Aliases make a node reachable
    // many times (a 254-byte "billion laughs" file reaches millions), so the
    // walk stops with a FatalProblem after kMaxNodeVisits.
    void visit();

    [[nodiscard]] bool hasErrors() const { return m_errors > 0; }
    // In file order: by line, then column; problems of the same place in the
    // order they were found.
    [[nodiscard]] std::vector<Diagnostic> takeDiagnostics();

private:
    [[nodiscard]] Diagnostic make(SourcePos pos, Severity severity, DiagnosticText text) const;

    std::string m_file;
    std::vector<Diagnostic> m_diagnostics;
    int m_errors = 0;
    int m_visits = 0;
};

// Walks the whole tree, aliases expanded, before anything reads it: fails on
// nesting deeper than kMaxNesting collections and on more than kMaxNodeVisits
// nodes. Iterative, so even a cyclic alias (`&a [*a]`) only costs the budget.
void checkTreeShape(const YAML::Node& root, const std::string& file);

// One `key: value` of a map. `pos` is where a problem with the value is
// reported: the value, or the key when the value is empty (yaml-cpp places
// an empty value at the next token, often on the next line).
//
// List entries are read as fields too, named after their list ("steps"), so
// that every value check can name what it checks.
struct Field {
    std::string key;
    SourcePos keyPos;
    YAML::Node value;
    SourcePos pos;
    bool entry = false; // a list entry: "each entry of 'tags' must be text"
};

// The keys of one YAML map, read once in file order. On construction it
// reports keys that are repeated (error), not plain names (error) or unknown
// (warning, with a suggestion when one is close):
//
//   stpes: [...]   -> warning: unknown key 'stpes' (did you mean 'steps'?)
class MapReader {
public:
    MapReader(YamlReader& yaml, const YAML::Node& map,
              std::initializer_list<std::string_view> known);

    [[nodiscard]] const Field* find(std::string_view key) const;
    // Like find(), but reports "missing required key 'title'" at the map.
    const Field* require(std::string_view key);
    [[nodiscard]] SourcePos pos() const { return m_pos; }

private:
    YamlReader& m_yaml;
    SourcePos m_pos;
    std::vector<Field> m_fields;
};

// The entries of a YAML sequence as fields named `name`.
[[nodiscard]] std::vector<Field> listEntries(YamlReader& yaml, const Field& list);

// Edit distance counting a swap of neighbours as one edit (optimal string
// alignment): "stpes" -> "steps" is 1, "title" -> "tilte" is 1.
[[nodiscard]] int editDistance(std::string_view a, std::string_view b);

// The known key closest to `key`, when it is close enough to be a typo: at
// most one edit for keys of up to four letters, else two.
[[nodiscard]] std::optional<std::string_view>
suggestKey(std::string_view key, std::initializer_list<std::string_view> known);

} // namespace limber
