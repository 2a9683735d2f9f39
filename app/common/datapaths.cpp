#include "common/datapaths.h"

#include "common/qtconvert.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace limber {

QString bundledDataDir() {
    const QString overridden = qEnvironmentVariable("LIMBER_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + u"/../share/limber");
}

QString bundledRoutineDir() {
    return bundledDataDir() + u"/routines";
}

QString userRoutineDir() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/routines";
}

QString startFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return !documents.isEmpty() && QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

std::vector<RoutineFolder> routineFolders() {
    return {{toPath(bundledRoutineDir()), false}, {toPath(userRoutineDir()), true}};
}

} // namespace limber
