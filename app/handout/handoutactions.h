#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace limber {

struct Routine;

// File ▸ Export handout… (a PDF file, where a file dialog says) and
// File ▸ Print… (Ctrl+P, the print dialog) for the routine on the overview:
// its Handout on the paper of the user's country (localPaper()). Off while
// no routine is shown.
class HandoutActions : public QObject {
    Q_OBJECT

public:
    // The routine shown, asked each time: nullptr when none is.
    using ShownRoutine = std::function<const Routine*()>;

    // `window` is the dialogs' parent.
    HandoutActions(QWidget* window, ShownRoutine shown);

    // Adds both actions to `menu`, in the interface's language (again after
    // a language change).
    void addTo(QMenu* menu);
    // Turns the actions on while a routine is shown, off while none is.
    void update();

    // Asks where to save the PDF, then writes it; says where it went, or
    // why it could not be written (a message box).
    void exportPdf();
    // The print dialog, then the printer.
    void print();

Q_SIGNALS:
    // What was done, for the status bar ("Handout saved as …").
    void done(const QString& message);

private:
    QWidget* m_window;
    ShownRoutine m_shown;
    QPointer<QAction> m_export;
    QPointer<QAction> m_print;
};

} // namespace limber
