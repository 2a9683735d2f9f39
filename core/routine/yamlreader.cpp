#include "routine/yamlreader.h"

#include <algorithm>
#include <utility>

namespace limber {

SourcePos positionOf(const YAML::Node& node) {
    const YAML::Mark mark = node.Mark();
    if (mark.line < 0 || mark.column < 0)
        return {};
    return {mark.line + 1, mark.column + 1};
}

YamlReader::YamlReader(std::string file)
    : m_file(std::move(file)) {}

Diagnostic YamlReader::make(SourcePos pos, Severity severity, DiagnosticText text) const {
    return {m_file,
            pos.line,
            pos.column,
            severity,
            std::move(text.english),
            std::move(text.code),
            std::move(text.args)};
}

void YamlReader::error(SourcePos pos, std::string message) {
    error(pos, DiagnosticText{{}, {}, std::move(message)});
}

void YamlReader::error(SourcePos pos, DiagnosticText text) {
    m_diagnostics.push_back(make(pos, Severity::Error, std::move(text)));
    ++m_errors;
}

void YamlReader::add(Diagnostic diagnostic) {
    if (diagnostic.severity == Severity::Error)
        ++m_errors;
    m_diagnostics.push_back(std::move(diagnostic));
}

void YamlReader::warning(SourcePos pos, std::string message) {
    warning(pos, DiagnosticText{{}, {}, std::move(message)});
}

void YamlReader::warning(SourcePos pos, DiagnosticText text) {
    m_diagnostics.push_back(make(pos, Severity::Warning, std::move(text)));
}

void YamlReader::fail(SourcePos pos, std::string message) const {
    fail(pos, DiagnosticText{{}, {}, std::move(message)});
}

void YamlReader::fail(SourcePos pos, DiagnosticText text) const {
    throw FatalProblem{make(pos, Severity::Error, std::move(text))};
}

void YamlReader::visit() {
    if (++m_visits > kMaxNodeVisits)
        fail({}, diagnosticText("too-many-nodes", {std::to_string(kMaxNodeVisits)}));
}

std::vector<Diagnostic> YamlReader::takeDiagnostics() {
    std::ranges::stable_sort(m_diagnostics, [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    return std::exchange(m_diagnostics, {});
}

void checkTreeShape(const YAML::Node& root, const std::string& file) {
    YamlReader budget(file);
    // Depth counts enclosing collections: in `a: [1]`, the map is at depth 1
    // and the list at depth 2.
    std::vector<std::pair<YAML::Node, int>> pending{{root, 1}};
    while (!pending.empty()) {
        auto [node, depth] = std::move(pending.back());
        pending.pop_back();
        budget.visit();
        if (!node.IsMap() && !node.IsSequence())
            continue;
        if (depth > kMaxNesting) {
            budget.fail(positionOf(node),
                        diagnosticText("too-deep", {std::to_string(kMaxNesting)}));
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (node.IsMap()) {
                pending.emplace_back(it->first, depth + 1);
                pending.emplace_back(it->second, depth + 1);
            } else {
                pending.emplace_back(*it, depth + 1);
            }
        }
    }
}

MapReader::MapReader(YamlReader& yaml, const YAML::Node& map,
                     std::initializer_list<std::string_view> known)
    : m_yaml(yaml)
    , m_pos(positionOf(map)) {
    for (auto it = map.begin(); it != map.end(); ++it) {
        yaml.visit();
        const YAML::Node key = it->first;
        const YAML::Node value = it->second;
        const SourcePos keyPos = positionOf(key);
        if (!key.IsScalar()) {
            yaml.error(keyPos, diagnosticText("key-not-name", {}));
            continue;
        }
        const std::string& name = key.Scalar();
        if (const Field* first = find(name)) {
            yaml.error(keyPos,
                       diagnosticText("key-twice", {name, std::to_string(first->keyPos.line)}));
            continue;
        }
        const SourcePos valuePos = value.IsNull() ? keyPos : positionOf(value);
        m_fields.push_back({name, keyPos, value, valuePos, false});
        if (std::ranges::find(known, name) == known.end()) {
            const auto suggestion = suggestKey(name, known);
            yaml.warning(keyPos, suggestion ? diagnosticText("unknown-key-suggest",
                                                             {name, std::string(*suggestion)})
                                            : diagnosticText("unknown-key", {name}));
        }
    }
}

const Field* MapReader::find(std::string_view key) const {
    const auto it = std::ranges::find(m_fields, key, &Field::key);
    return it == m_fields.end() ? nullptr : &*it;
}

const Field* MapReader::require(std::string_view key) {
    const Field* field = find(key);
    if (!field)
        m_yaml.error(m_pos, diagnosticText("missing-key", {std::string(key)}));
    return field;
}

std::vector<Field> listEntries(YamlReader& yaml, const Field& list) {
    std::vector<Field> entries;
    for (const auto& item : list.value) {
        yaml.visit();
        const SourcePos pos = item.IsNull() ? list.pos : positionOf(item);
        entries.push_back({list.key, pos, item, pos, true});
    }
    return entries;
}

int editDistance(std::string_view a, std::string_view b) {
    // d[i][j]: distance between the first i letters of a and the first j of b.
    const std::size_t columns = b.size() + 1;
    std::vector<int> d((a.size() + 1) * columns);
    const auto at = [&](std::size_t i, std::size_t j) -> int& {
        return d[i * columns + j];
    };
    for (std::size_t i = 0; i <= a.size(); ++i)
        at(i, 0) = static_cast<int>(i);
    for (std::size_t j = 0; j <= b.size(); ++j)
        at(0, j) = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            at(i, j) = std::min({at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                at(i, j) = std::min(at(i, j), at(i - 2, j - 2) + 1);
        }
    }
    return at(a.size(), b.size());
}

std::optional<std::string_view> suggestKey(std::string_view key,
                                           std::initializer_list<std::string_view> known) {
    constexpr std::size_t kLongest = 64; // a longer key is no typo of ours
    if (key.size() > kLongest)
        return std::nullopt;
    std::optional<std::string_view> best;
    int bestDistance = 0;
    for (const auto candidate : known) {
        const int allowed = candidate.size() <= 4 ? 1 : 2;
        const int distance = editDistance(key, candidate);
        if (distance <= allowed && (!best || distance < bestDistance)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace limber
