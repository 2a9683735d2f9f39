#pragma once

#include "import/workraveimport.h"

#include <QDialog>

class QFileDialog;
class QLabel;
class QPlainTextEdit;

namespace limber {

// File ▸ Import…: first the file (Debian's exercises.xml chosen), then what
// the import did, in a window of its own over the library, which shows the
// routine imported.
class ImportReportDialog : public QDialog {
    Q_OBJECT

public:
    ImportReportDialog(const ImportResult& result, QWidget* parent = nullptr);

    // The file dialog that asks which exercises.xml to import (not shown;
    // open() it). Deletes itself when closed.
    [[nodiscard]] static QFileDialog* askForFile(QWidget* parent);

    // What it shows: "Imported 10 exercises …" (or "Nothing was imported."),
    // and the report's lines, one a line.
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString reportText() const;

private:
    QLabel* m_summary;
    QPlainTextEdit* m_report;
};

} // namespace limber
