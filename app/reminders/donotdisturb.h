#pragma once

#include <QDBusConnection>
#include <QDBusServiceWatcher>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace limber {

// Whether the notification server is set to do not disturb, where it says
// so on the session bus (at /org/freedesktop/Notifications):
//
//   - KDE Plasma: the property Inhibited of org.freedesktop.Notifications;
//   - dunst: the property paused of org.dunstproject.cmd0 (what
//     `dunstctl set-paused true|false` sets).
//
// Both are read with org.freedesktop.DBus.Properties.Get, asynchronously
// (nothing waits on the bus, and no server is started for it), and followed
// with PropertiesChanged; a server that leaves or comes back (a restart) is
// asked again. Where no server says, do not disturb is unknown and holds
// nothing back.
class DoNotDisturb : public QObject {
    Q_OBJECT

public:
    // Which server tells: none (unknown), Plasma's Inhibited, dunst's paused.
    enum class Source { None, Plasma, Dunst };

    explicit DoNotDisturb(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                          QObject* parent = nullptr);
    ~DoNotDisturb() override;

    // Known to be on.
    [[nodiscard]] bool on() const;
    [[nodiscard]] Source source() const;
    // Where do not disturb is read from, in the interface's language, for
    // Settings ("dunst's pause"); empty when it is unknown.
    [[nodiscard]] QString name() const;

Q_SIGNALS:
    // on() or source() changed.
    void changed();

private Q_SLOTS:
    void propertiesChanged(const QString& interface, const QVariantMap& values,
                           const QStringList& invalidated);

private:
    void probe();
    void ask(const QString& interface, const QString& property);
    void set(std::optional<bool>& value, std::optional<bool> now);

    QDBusConnection m_bus;
    QDBusServiceWatcher m_watcher;
    std::optional<bool> m_inhibited; // Plasma's Inhibited, if told
    std::optional<bool> m_paused;    // dunst's paused, if told
};

} // namespace limber
