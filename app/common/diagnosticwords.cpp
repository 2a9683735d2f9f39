#include "common/diagnosticwords.h"

#include "common/qtconvert.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Code -> English source, as diagnosticTemplates() in the core has it
// (test_language checks that the two agree). Translators: %1, %2... are
// names from the file (keys, ids, languages), examples of values or numbers;
// keep them, and keep the quotes around the names.
const QHash<QString, const char*>& table() {
    static const QHash<QString, const char*> texts{
        {u"file-too-large"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "file is larger than 1 MiB")},
        {u"file-empty"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "file is empty")},
        {u"file-unreadable"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "cannot read the file")},
        {u"file-unreadable-because"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "cannot read the file (%1)")},
        {u"file-not-regular"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "not a regular file")},
        {u"not-yaml"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "not valid YAML: %1")},
        {u"too-deep"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "nesting deeper than %1 levels")},
        {u"too-many-nodes"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "more than %1 nodes after expanding aliases")},
        {u"top-not-map"_s,
         QT_TRANSLATE_NOOP(
             "DiagnosticWords",
             "the top level must be a map with keys like 'limber', 'id' and 'title'")},
        {u"version-not-number"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'limber' must be the format version number, 1")},
        {u"version-unsupported"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "unsupported format version %1; this app reads version 1")},
        {u"key-not-name"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "a key must be a plain name, not a list or map")},
        {u"key-twice"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "key '%1' appears twice (first at line %2)")},
        {u"unknown-key"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "unknown key '%1'")},
        {u"unknown-key-suggest"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "unknown key '%1' (did you mean '%2'?)")},
        {u"missing-key"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "missing required key '%1'")},
        {u"empty"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must not be empty")},
        {u"entry-empty"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "each entry of '%1' must not be empty")},
        {u"text-not-map"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be text, not a map")},
        {u"text-not-list"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be text, not a list")},
        {u"entry-text-not-map"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "each entry of '%1' must be text, not a map")},
        {u"entry-text-not-list"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "each entry of '%1' must be text, not a list")},
        {u"not-localized"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be text or a map of language tags to "
                                              "text, like {en: Stretch, de: Dehnung}")},
        {u"entry-not-localized"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "each entry of '%1' must be text or a map of language tags to text, "
                           "like {en: Stretch, de: Dehnung}")},
        {u"not-list"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be a list")},
        {u"source-not-map"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "'source' must be a map with 'title' and 'url', or a list of them")},
        {u"equipment-not-map"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "each entry of 'equipment' must be a map with 'id' and 'name'")},
        {u"safety-not-map"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "each entry of 'safety' must be a map with 'level' and 'text'")},
        {u"exercise-not-map"_s,
         QT_TRANSLATE_NOOP(
             "DiagnosticWords",
             "each entry of 'exercises' must be a map with 'id', 'title' and 'steps'")},
        {u"step-not-map"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "each entry of 'steps' must be a map with 'text', or a 'repeat' block")},
        {u"figure-not-map"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'figure' must be a map with 'poses' and optionally "
                                              "view, facing, props, stretch and loop")},
        {u"sides-not-list"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'sides' must be a list like [left, right]")},
        {u"bad-language"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "'language' must be a language tag like en or de-AT")},
        {u"bad-language-tag"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' is not a language tag like en or de-AT")},
        {u"language-tag-not-text"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "a list or map is not a language tag like en or de-AT")},
        {u"language-twice"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "language '%1' appears twice in '%2'")},
        {u"language-not-text"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' in '%2' must be text")},
        {u"bad-url"_s, QT_TRANSLATE_NOOP("DiagnosticWords",
                                         "'url' must be a web address starting with https://")},
        {u"bad-level"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'level' must be info, caution or warning")},
        {u"bad-routine-id"_s,
         QT_TRANSLATE_NOOP(
             "DiagnosticWords",
             "routine id '%1' may only use a-z, 0-9 and '-' (up to 64, not starting with '-')")},
        {u"bad-exercise-id"_s,
         QT_TRANSLATE_NOOP(
             "DiagnosticWords",
             "exercise id '%1' may only use a-z, 0-9 and '-' (up to 64, not starting with '-')")},
        {u"bad-equipment-id"_s,
         QT_TRANSLATE_NOOP(
             "DiagnosticWords",
             "equipment id '%1' may only use a-z, 0-9 and '-' (up to 64, not starting with '-')")},
        {u"bad-tag"_s,
         QT_TRANSLATE_NOOP(
             "DiagnosticWords",
             "tag '%1' may only use a-z, 0-9 and '-' (up to 64, not starting with '-')")},
        {u"tag-twice"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "tag '%1' is listed twice")},
        {u"routine-id-twice"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "routine id '%1' is used twice (first at line %2)")},
        {u"exercise-id-twice"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "exercise id '%1' is used twice (first at line %2)")},
        {u"equipment-id-twice"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "equipment id '%1' is used twice (first at line %2)")},
        {u"unknown-equipment"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "unknown equipment '%1' (declare it under the routine's 'equipment' or "
                           "use wall, chair, floor or mat)")},
        {u"not-a-side"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' is not a side; use left or right")},
        {u"side-twice"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "side '%1' is listed twice")},
        {u"nested-repeat"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "a 'repeat' block cannot contain another 'repeat'")},
        {u"several-actions"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "a step may have only one of 'hold', 'breaths' and 'reps'")},
        {u"not-duration"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be a duration like %2")},
        {u"not-duration-or"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be a duration like %2 or %3")},
        {u"not-count"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be a whole number like %2")},
        {u"not-count-or"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be a whole number like %2 or %3")},
        {u"not-repeat-count"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "'%1' must be a count like %2, a range like %3, or %4")},
        {u"out-of-range"_s, QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be between %2 and %3")},
        {u"not-true-or-false"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be true or false")},
        {u"not-days"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be a whole number of days like %2")},
        {u"not-points"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be a whole number of points like %2")},
        {u"not-check-ins"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' must be a whole number of check-ins like %2")},
        {u"pain-rule-not-map"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'pain-rule' must be a map with after-injury, "
                                              "max-pain-days, worse-by or rising-run")},
        {u"pain-rule-empty"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'pain-rule' must set at least one of after-injury, "
                                              "max-pain-days, worse-by and rising-run")},
        {u"pain-rule-no-source"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'pain-rule' has no 'source' to take its numbers "
                                              "from (add the routine's 'source')")},
        {u"min-over-max"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords", "'%1' min (%2) must not be greater than max (%3)")},
        {u"default-outside"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "'%1' default (%2) must be between min (%3) and max (%4)")},
        {u"no-image"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "exercise '%1' has no image (add 'image' to the exercise or a step)")},
        {u"no-image-unnamed"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "exercise has no image (add 'image' to the exercise or a step)")},
        {u"missing-language"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "'%1' is missing language %2 (used elsewhere in this routine)")},
        {u"missing-languages"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "'%1' is missing languages %2 (used elsewhere in this routine)")},
        {u"routine-id-taken"_s,
         QT_TRANSLATE_NOOP("DiagnosticWords",
                           "routine id '%1' is already used by %2; this file is ignored")},
    };
    return texts;
}

// `pattern` with %1..%9 replaced in one pass, so that an argument holding
// "%2" stays as it is.
QString fill(const QString& pattern, const QStringList& args) {
    QString out;
    out.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar next = i + 1 < pattern.size() ? pattern[i + 1] : QChar();
        const qsizetype index = next.digitValue() - 1;
        if (pattern[i] == u'%' && index >= 0 && index < args.size()) {
            out += args[index];
            ++i;
        } else {
            out += pattern[i];
        }
    }
    return out;
}

} // namespace

QString DiagnosticWords::source(const QString& code) {
    const char* text = table().value(code, nullptr);
    return text ? QString::fromUtf8(text) : QString();
}

QString DiagnosticWords::message(const Diagnostic& diagnostic) {
    const char* text = table().value(toQString(diagnostic.code), nullptr);
    if (!text)
        return toQString(diagnostic.message);
    QStringList args;
    for (const auto& arg : diagnostic.args)
        args << toQString(arg);
    return fill(QCoreApplication::translate("DiagnosticWords", text), args);
}

QString DiagnosticWords::line(const Diagnostic& diagnostic) {
    QString place = toQString(diagnostic.file);
    if (diagnostic.line > 0) {
        place += u':' + QString::number(diagnostic.line);
        if (diagnostic.column > 0)
            place += u':' + QString::number(diagnostic.column);
    }
    return diagnostic.severity == Severity::Error
               ? tr("%1: error: %2", "a problem in a routine file: place, message")
                     .arg(place, message(diagnostic))
               : tr("%1: warning: %2", "a problem in a routine file: place, message")
                     .arg(place, message(diagnostic));
}

} // namespace limber
