#include "handout/handoutactions.h"

#include "common/datapaths.h"
#include "common/qtconvert.h"
#include "documents/paper.h"
#include "handout/handout.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>

using namespace Qt::StringLiterals;

namespace limber {

HandoutActions::HandoutActions(QWidget* window, ShownRoutine shown)
    : QObject(window)
    , m_window(window)
    , m_shown(std::move(shown)) {}

void HandoutActions::addTo(QMenu* menu) {
    m_export = menu->addAction(tr("&Export handout…"), this, &HandoutActions::exportPdf);
    m_export->setObjectName(u"exportHandout"_s);
    m_export->setStatusTip(tr("Save the routine as a PDF handout to print or to share"));
    m_print = menu->addAction(tr("&Print…"), this, &HandoutActions::print);
    m_print->setObjectName(u"printHandout"_s);
    m_print->setShortcut(QKeySequence::Print);
    m_print->setStatusTip(tr("Print the routine as a handout"));
    update();
}

void HandoutActions::update() {
    for (QAction* action : {m_export.data(), m_print.data()}) {
        if (action)
            action->setEnabled(m_shown() != nullptr);
    }
}

void HandoutActions::exportPdf() {
    const Routine* routine = m_shown();
    if (!routine)
        return;
    // Named as the print dialog names a print to a file: the routine's title.
    const QString suggested =
        QDir(startFolder()).filePath(localized(routine->title).replace(u'/', u'-') + u".pdf"_s);
    QString file = QFileDialog::getSaveFileName(m_window, tr("Export handout"), suggested,
                                                tr("PDF documents (*.pdf)"));
    if (file.isEmpty())
        return;
    if (!file.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        file += u".pdf"_s;
    const QString problem = Handout::writePdf(*routine, file, localPaper(), QDate::currentDate());
    if (!problem.isEmpty()) {
        QMessageBox::warning(m_window, tr("Export handout"),
                             tr("The handout was not saved: %1").arg(problem));
        return;
    }
    Q_EMIT done(tr("Handout saved as %1").arg(QDir::toNativeSeparators(file)));
}

void HandoutActions::print() {
    const Routine* routine = m_shown();
    if (!routine)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(localPaper()));
    printer.setDocName(localized(routine->title));
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print handout"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const PagedDocument document = Handout::compose(*routine, QDate::currentDate());
    if (document.print(printer) == 0) {
        QMessageBox::warning(m_window, tr("Print handout"),
                             tr("The handout could not be printed."));
        return;
    }
    Q_EMIT done(tr("Handout sent to %1")
                    .arg(printer.printerName().isEmpty()
                             ? QDir::toNativeSeparators(printer.outputFileName())
                             : printer.printerName()));
}

} // namespace limber
