#pragma once

#include "reminders/reminderschedule.h"

#include <QObject>
#include <QSystemTrayIcon>
#include <memory>

class QAction;
class QMenu;

namespace limber {

class Reminders;

// The tray icon and its menu, shown while reminders are on and the desktop
// has a tray (StatusNotifierItem where a host exists, XEmbed elsewhere):
//
//   Next break at 10:27 (in 23 min)   the status, not clickable
//   Stretch now
//   Pause reminders ▸ For 30 minutes / For 1 hour / Until tomorrow
//                                     (Resume reminders, while paused)
//   Open Limber
//   History
//   Settings…
//   Quit
//
// Clicking the icon opens Limber. The words are made when the menu opens,
// so they are in the language and at the time of the moment.
class Tray : public QObject {
    Q_OBJECT

public:
    explicit Tray(Reminders& reminders, QObject* parent = nullptr);
    ~Tray() override;

    // Whether the desktop has a tray to show the icon in.
    [[nodiscard]] static bool available();
    // Shown: reminders are on and there is a tray.
    [[nodiscard]] bool shown() const;
    [[nodiscard]] QMenu& menu() const { return *m_menu; }
    // The first line of the menu.
    [[nodiscard]] QString statusText() const;
    // A balloon from the icon (where the desktop shows them).
    void showMessage(const QString& title, const QString& text);

Q_SIGNALS:
    void stretchRequested();
    void openRequested();
    void historyRequested();
    void settingsRequested();
    void quitRequested();
    // The person clicked the balloon of showMessage().
    void messageClicked();

private:
    void update();
    void retranslate();

    Reminders& m_reminders;
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon m_icon;
    QAction* m_status = nullptr;
    QAction* m_stretch = nullptr;
    QMenu* m_pause = nullptr;
    QAction* m_pause30 = nullptr;
    QAction* m_pause60 = nullptr;
    QAction* m_pauseTomorrow = nullptr;
    QAction* m_resume = nullptr;
    QAction* m_open = nullptr;
    QAction* m_history = nullptr;
    QAction* m_settings = nullptr;
    QAction* m_quit = nullptr;
};

} // namespace limber
