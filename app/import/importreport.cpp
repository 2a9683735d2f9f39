#include "import/importreport.h"

#include "common/datapaths.h"
#include "common/diagnosticwords.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

ImportReportDialog::ImportReportDialog(const ImportResult& result, QWidget* parent)
    : QDialog(parent)
    , m_summary(new QLabel)
    , m_report(new QPlainTextEdit) {
    setObjectName(u"importReport"_s);
    setWindowTitle(result.imported ? tr("Workrave's exercises imported")
                                   : tr("Workrave's exercises not imported"));
    m_summary->setText(WorkraveImport::summary(result).join(u'\n'));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    QStringList lines;
    for (const Diagnostic& diagnostic : result.report)
        lines << DiagnosticWords::line(diagnostic);
    auto* heading =
        new QLabel(result.report.empty()
                       ? tr("Everything was carried over.")
                       : (result.imported ? tr("What could not be carried over:") : tr("Why:")));
    heading->setBuddy(m_report);
    m_report->setObjectName(u"importLines"_s);
    m_report->setReadOnly(true);
    m_report->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_report->setPlainText(lines.join(u'\n'));
    m_report->setAccessibleName(heading->text());
    m_report->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_report->setVisible(!lines.isEmpty());
    const int line = fontMetrics().height();
    m_report->setMinimumSize(line * 48, line * 12);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close", "button: closes the window"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(heading);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

QFileDialog* ImportReportDialog::askForFile(QWidget* parent) {
    const QFileInfo debian(WorkraveImport::debianFile());
    auto* dialog = new QFileDialog(parent, tr("Import Workrave's exercises"),
                                   debian.exists() ? debian.absolutePath() : startFolder());
    dialog->setObjectName(u"importFile"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setNameFilters({tr("Workrave exercises (*.xml)"), tr("All files (*)")});
    if (debian.exists())
        dialog->selectFile(debian.absoluteFilePath());
    return dialog;
}

QString ImportReportDialog::summaryText() const {
    return m_summary->text();
}

QString ImportReportDialog::reportText() const {
    return m_report->toPlainText();
}

} // namespace limber
