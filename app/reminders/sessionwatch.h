#pragma once

#include <QObject>

namespace limber {

// Screen lock and sleep, as the desktop announces them over D-Bus, for the
// break reminders (a lock or a suspend is a break, docs/reminders.md):
//
//   - the screensaver's ActiveChanged(bool) on the session bus, from
//     org.freedesktop.ScreenSaver (at /org/freedesktop/ScreenSaver and
//     /ScreenSaver: KDE, Xfce, Cinnamon...) or org.gnome.ScreenSaver (at
//     /org/gnome/ScreenSaver: GNOME);
//   - logind's PrepareForSleep(bool) on the system bus
//     (org.freedesktop.login1.Manager at /org/freedesktop/login1).
//
// Only signals are matched (from any sender), nothing is called, so nothing
// ever waits on a bus. A bus that is absent is simply not watched.
class SessionWatch : public QObject {
    Q_OBJECT

public:
    explicit SessionWatch(QObject* parent = nullptr);

    // Whether a lock, and a suspend, can be seen at all.
    [[nodiscard]] bool watchesLock() const { return m_lock; }
    [[nodiscard]] bool watchesSleep() const { return m_sleep; }

Q_SIGNALS:
    void lockChanged(bool locked);
    void sleepChanged(bool asleep);

private Q_SLOTS:
    void screenSaverActive(bool active);
    void prepareForSleep(bool start);

private:
    bool m_lock = false;
    bool m_sleep = false;
};

} // namespace limber
