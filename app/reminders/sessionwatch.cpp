#include "reminders/sessionwatch.h"

#include <QDBusConnection>
#include <QDebug>

using namespace Qt::StringLiterals;

namespace limber {

SessionWatch::SessionWatch(QObject* parent)
    : QObject(parent) {
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        const std::pair<QString, QString> screenSavers[] = {
            {u"/org/freedesktop/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s},
            {u"/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s},
            {u"/org/gnome/ScreenSaver"_s, u"org.gnome.ScreenSaver"_s},
        };
        for (const auto& [path, interface] : screenSavers)
            m_lock |= session.connect(QString(), path, interface, u"ActiveChanged"_s, this,
                                      SLOT(screenSaverActive(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected())
        m_sleep = system.connect(QString(), u"/org/freedesktop/login1"_s,
                                 u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s, this,
                                 SLOT(prepareForSleep(bool)));
    if (!m_lock)
        qInfo("limber: no D-Bus session bus: a locked screen is seen only as time without input");
    if (!m_sleep)
        qInfo("limber: no D-Bus system bus (logind): a suspend is seen only from the clocks");
}

void SessionWatch::screenSaverActive(bool active) {
    Q_EMIT lockChanged(active);
}

void SessionWatch::prepareForSleep(bool start) {
    Q_EMIT sleepChanged(start);
}

} // namespace limber
