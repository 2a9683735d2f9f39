#pragma once

#include "routine/diagnostic.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

// A routine file's diagnostics in the interface's language. The core words
// them in English and names their kind (Diagnostic::code, with the values in
// Diagnostic::args); this is the table of those kinds as tr() texts. A
// diagnostic without a code, or with one this table lacks, keeps the core's
// English words.
class DiagnosticWords {
    Q_DECLARE_TR_FUNCTIONS(DiagnosticWords)

public:
    // "unknown key 'stpes' (did you mean 'steps'?)", translated.
    [[nodiscard]] static QString message(const Diagnostic& diagnostic);
    // "back.yaml:14:9: error: 'hold' must be ...", translated; the place
    // stays as the compiler form has it.
    [[nodiscard]] static QString line(const Diagnostic& diagnostic);
    // The English source text of `code` in the table, empty when it has none.
    [[nodiscard]] static QString source(const QString& code);
};

} // namespace limber
