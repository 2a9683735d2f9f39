#pragma once

// Answers Qt's own save dialog in a test as a person would: names the file,
// then accepts. The dialog reads its folder in the background, so a name
// given too early can be dropped for the default one; saveAs() accepts only
// once the dialog has taken the name, and says whether it did.

#include <QFileDialog>
#include <QString>

namespace limber::test {

inline bool saveAs(QFileDialog* dialog, const QString& path) {
    dialog->selectFile(path);
    const QString chosen = dialog->selectedFiles().value(0);
    if (chosen != path && chosen != path + u'.' + dialog->defaultSuffix())
        return false;
    QMetaObject::invokeMethod(dialog, "accept");
    return true;
}

} // namespace limber::test
