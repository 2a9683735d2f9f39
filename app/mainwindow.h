#pragma once

#include "routine/routinelibrary.h"

#include <QMainWindow>

class QAction;
class QStackedWidget;

namespace limber {

class Application;
class DoneView;
class LibraryView;
class OverviewView;
class PainCheck;
class PlayerView;
class SessionController;
struct SessionSummary;

// The window: composes the screens, one at a time, over the application's
// services (the routines, the settings, the session, its audio).
//
//   Library ──Enter──▶ Overview ──Start──▶ Player ──end──▶ Done
//      ▲                  │ Esc              │ Esc            │
//      └──────────────────┘◀─────────────────┘                └──▶ Library
//
// Start asks the pain check-in and shows the see-a-doctor advice first
// (PainCheck); the end asks the check-in again, for the Done screen.
//
// Each screen is its own widget and knows nothing of the others; the window
// moves between them and keeps the menus (reload, settings, full screen,
// disclaimer, shortcuts, about) and the status bar.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Opens on the overview of the routine with `routineId` when there is
    // one, else on the library; only that screen is made before the first
    // frame (scripts/bench-startup).
    explicit MainWindow(Application& app, const QString& routineId = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the overview of the routine with this id; false when there is none.
    bool openRoutine(const QString& id);

    void reload();
    void showDisclaimer();
    void showShortcuts();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void showLibrary();
    void startSession();
    void showSession(SessionController& session);
    void showDone(const SessionSummary& summary);
    void updateActions();
    // The overview's see-a-doctor note for the routine shown.
    void updatePainNote();
    void showHistoryNotice(const QString& text);
    void openSettings();
    void openUserFolder();
    // The screens, made on first use.
    LibraryView& libraryView();
    OverviewView& overview();
    PlayerView& player();
    DoneView& done();
    [[nodiscard]] const Routine* shownRoutine() const;

    Application& m_app;
    QStackedWidget* m_stack;
    LibraryView* m_libraryView = nullptr;
    OverviewView* m_overview = nullptr;
    PlayerView* m_player = nullptr;
    DoneView* m_done = nullptr;
    PainCheck* m_painCheck;
    QAction* m_reload = nullptr;
    QAction* m_mute = nullptr;
    bool m_audioStartQueued = false;
};

} // namespace limber
