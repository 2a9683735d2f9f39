#pragma once

// Answers Qt's own save dialog in a test as a person would: types the
// name into its file name field, then accepts. (QFileDialog::selectFile()
// leaves that field alone while it has the focus, so it is no way to
// answer a dialog that is already active.) The dialog reads its folder in
// the background; saveAs() accepts only once the dialog has taken the
// name, and says whether it did.

#include <QFileDialog>
#include <QLineEdit>
#include <QString>

namespace limber::test {

inline bool saveAs(QFileDialog* dialog, const QString& path) {
    auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
    if (!name)
        return false;
    name->setText(path);
    const QString chosen = dialog->selectedFiles().value(0);
    if (chosen != path && chosen != path + u'.' + dialog->defaultSuffix())
        return false;
    QMetaObject::invokeMethod(dialog, "accept");
    return true;
}

} // namespace limber::test
