#include "reminders/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace limber::autostart {

QString file() {
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + u"/.config"_s;
    return config + u"/autostart/app.limber.Limber.desktop"_s;
}

bool enabled() {
    return QFile::exists(file());
}

bool setEnabled(bool on, QString& error) {
    const QString path = file();
    if (!on) {
        QFile launcher(path);
        if (launcher.exists() && !launcher.remove()) {
            error = launcher.errorString();
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).path())) {
        error = QCoreApplication::translate("limber::autostart", "cannot make the folder %1")
                    .arg(QDir::toNativeSeparators(QFileInfo(path).path()));
        return false;
    }
    // The desktop entry spec: a path with spaces is quoted, and a quoted
    // argument escapes ", `, $ and \.
    QString program = QCoreApplication::applicationFilePath();
    for (const QChar c : {u'\\', u'"', u'`', u'$'})
        program.replace(c, QString(u'\\') + c);
    QSaveFile launcher(path);
    if (!launcher.open(QIODevice::WriteOnly)) {
        error = launcher.errorString();
        return false;
    }
    launcher.write(QStringLiteral("[Desktop Entry]\n"
                                  "Type=Application\n"
                                  "Name=Limber\n"
                                  "Comment=Break reminders and guided stretches\n"
                                  "Exec=\"%1\" --background\n"
                                  "Icon=app.limber.Limber\n"
                                  "Terminal=false\n"
                                  "X-GNOME-Autostart-enabled=true\n")
                       .arg(program)
                       .toUtf8());
    if (!launcher.commit()) {
        error = launcher.errorString();
        return false;
    }
    return true;
}

} // namespace limber::autostart
