#include "routine/diagnostic.h"

#include <algorithm>

namespace limber {

std::string Diagnostic::format() const {
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0)
            out += ':' + std::to_string(column);
    }
    out += severity == Severity::Error ? ": error: " : ": warning: ";
    out += message;
    return out;
}

const std::vector<DiagnosticTemplate>& diagnosticTemplates() {
    // The app words each of these in the interface's language
    // (app/common/diagnostictext.cpp); a new code needs a line there too.
    static const std::vector<DiagnosticTemplate> templates{
        // The file
        {"file-too-large", "file is larger than 1 MiB"},
        {"file-empty", "file is empty"},
        {"file-unreadable", "cannot read the file"},
        {"file-unreadable-because", "cannot read the file (%1)"},
        {"file-not-regular", "not a regular file"},
        {"not-yaml", "not valid YAML: %1"},
        {"too-deep", "nesting deeper than %1 levels"},
        {"too-many-nodes", "more than %1 nodes after expanding aliases"},
        {"top-not-map", "the top level must be a map with keys like 'limber', 'id' and 'title'"},
        {"version-not-number", "'limber' must be the format version number, 1"},
        {"version-unsupported", "unsupported format version %1; this app reads version 1"},
        // Keys
        {"key-not-name", "a key must be a plain name, not a list or map"},
        {"key-twice", "key '%1' appears twice (first at line %2)"},
        {"unknown-key", "unknown key '%1'"},
        {"unknown-key-suggest", "unknown key '%1' (did you mean '%2'?)"},
        {"missing-key", "missing required key '%1'"},
        // Types
        {"empty", "'%1' must not be empty"},
        {"entry-empty", "each entry of '%1' must not be empty"},
        {"text-not-map", "'%1' must be text, not a map"},
        {"text-not-list", "'%1' must be text, not a list"},
        {"entry-text-not-map", "each entry of '%1' must be text, not a map"},
        {"entry-text-not-list", "each entry of '%1' must be text, not a list"},
        {"not-localized",
         "'%1' must be text or a map of language tags to text, like {en: Stretch, de: Dehnung}"},
        {"entry-not-localized", "each entry of '%1' must be text or a map of language tags to "
                                "text, like {en: Stretch, de: Dehnung}"},
        {"not-list", "'%1' must be a list"},
        {"source-not-map", "'source' must be a map with 'title' and 'url', or a list of them"},
        {"equipment-not-map", "each entry of 'equipment' must be a map with 'id' and 'name'"},
        {"safety-not-map", "each entry of 'safety' must be a map with 'level' and 'text'"},
        {"exercise-not-map", "each entry of 'exercises' must be a map with 'id', 'title' and "
                             "'steps'"},
        {"step-not-map", "each entry of 'steps' must be a map with 'text', or a 'repeat' block"},
        {"figure-not-map", "'figure' must be a map with 'poses' and optionally view, facing, "
                           "props, stretch and loop"},
        {"sides-not-list", "'sides' must be a list like [left, right]"},
        // Values
        {"bad-language", "'language' must be a language tag like en or de-AT"},
        {"bad-language-tag", "'%1' is not a language tag like en or de-AT"},
        {"language-tag-not-text", "a list or map is not a language tag like en or de-AT"},
        {"language-twice", "language '%1' appears twice in '%2'"},
        {"language-not-text", "'%1' in '%2' must be text"},
        {"bad-url", "'url' must be a web address starting with https://"},
        {"bad-level", "'level' must be info, caution or warning"},
        {"bad-routine-id", "routine id '%1' may only use a-z, 0-9 and '-' (up to 64, not "
                           "starting with '-')"},
        {"bad-exercise-id", "exercise id '%1' may only use a-z, 0-9 and '-' (up to 64, not "
                            "starting with '-')"},
        {"bad-equipment-id", "equipment id '%1' may only use a-z, 0-9 and '-' (up to 64, not "
                             "starting with '-')"},
        {"bad-tag", "tag '%1' may only use a-z, 0-9 and '-' (up to 64, not starting with '-')"},
        {"tag-twice", "tag '%1' is listed twice"},
        {"routine-id-twice", "routine id '%1' is used twice (first at line %2)"},
        {"exercise-id-twice", "exercise id '%1' is used twice (first at line %2)"},
        {"equipment-id-twice", "equipment id '%1' is used twice (first at line %2)"},
        {"unknown-equipment", "unknown equipment '%1' (declare it under the routine's "
                              "'equipment' or use wall, chair, floor or mat)"},
        {"not-a-side", "'%1' is not a side; use left or right"},
        {"side-twice", "side '%1' is listed twice"},
        {"nested-repeat", "a 'repeat' block cannot contain another 'repeat'"},
        {"several-actions", "a step may have only one of 'hold', 'breaths' and 'reps'"},
        // Durations and counts
        {"not-duration", "'%1' must be a duration like %2"},
        {"not-duration-or", "'%1' must be a duration like %2 or %3"},
        {"not-count", "'%1' must be a whole number like %2"},
        {"not-count-or", "'%1' must be a whole number like %2 or %3"},
        {"not-repeat-count", "'%1' must be a count like %2, a range like %3, or %4"},
        {"out-of-range", "'%1' must be between %2 and %3"},
        {"not-true-or-false", "'%1' must be true or false"},
        {"not-days", "'%1' must be a whole number of days like %2"},
        {"not-points", "'%1' must be a whole number of points like %2"},
        {"not-check-ins", "'%1' must be a whole number of check-ins like %2"},
        // The pain rule
        {"pain-rule-not-map", "'pain-rule' must be a map with after-injury, max-pain-days, "
                              "worse-by or rising-run"},
        {"pain-rule-empty", "'pain-rule' must set at least one of after-injury, max-pain-days, "
                            "worse-by and rising-run"},
        {"min-over-max", "'%1' min (%2) must not be greater than max (%3)"},
        {"default-outside", "'%1' default (%2) must be between min (%3) and max (%4)"},
        // Warnings
        {"no-image", "exercise '%1' has no image (add 'image' to the exercise or a step)"},
        {"no-image-unnamed", "exercise has no image (add 'image' to the exercise or a step)"},
        {"missing-language", "'%1' is missing language %2 (used elsewhere in this routine)"},
        {"missing-languages", "'%1' is missing languages %2 (used elsewhere in this routine)"},
        {"pain-rule-no-source", "'pain-rule' has no 'source' to take its numbers from (add the "
                                "routine's 'source')"},
        // The library
        {"routine-id-taken", "routine id '%1' is already used by %2; this file is ignored"},
    };
    return templates;
}

std::string fillTemplate(std::string_view pattern, const std::vector<std::string>& args) {
    std::string out;
    out.reserve(pattern.size());
    for (std::size_t i = 0; i < pattern.size(); ++i) {
        const char next = i + 1 < pattern.size() ? pattern[i + 1] : '\0';
        if (pattern[i] == '%' && next >= '1' && next <= '9' &&
            static_cast<std::size_t>(next - '1') < args.size()) {
            out += args[static_cast<std::size_t>(next - '1')];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

DiagnosticText diagnosticText(std::string_view code, std::vector<std::string> args) {
    const auto& templates = diagnosticTemplates();
    const auto it = std::ranges::find(templates, code, &DiagnosticTemplate::code);
    std::string english =
        it == templates.end() ? std::string(code) : fillTemplate(it->english, args);
    return {std::string(code), std::move(args), std::move(english)};
}

} // namespace limber
