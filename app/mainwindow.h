#pragma once

#include "common/keyhelp.h"
#include "routine/routinelibrary.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QStackedWidget;

namespace limber {

class Application;
class DoneView;
class HandoutActions;
class HistoryView;
class LibraryView;
class OverviewView;
class PainCheck;
class PlayerView;
class SessionController;
class Tray;
struct SessionSummary;

// The window: composes the screens, one at a time, over the application's
// services (the routines, the settings, the session, its audio).
//
//   Library ──Enter──▶ Overview ──Start──▶ Player ──end──▶ Done
//      ▲                  │ Esc              │ Esc            │
//      └──────────────────┘◀─────────────────┘                └──▶ Library
//
// History (from the library, the Done screen or View ▸ History); Esc goes
// back to the screen it was opened from.
//
// Start asks the pain check-in and shows the see-a-doctor advice first
// (PainCheck); the end asks the check-in again, for the Done screen.
//
// Each screen is its own widget and knows nothing of the others; the window
// moves between them and keeps the menus (reload, settings, full screen,
// disclaimer, shortcuts, about) and the status bar.
//
// With break reminders on and a tray on the desktop, the window lives on in
// the tray: closing it (Alt+F4) hides it, saying so the first time, and
// Quit (Ctrl+Q, or the tray's) ends Limber. Without a tray, Limber says so
// once, and closing the window quits as it always did.
//
// No session is lost: Esc keeps it (the overview offers to resume it);
// closing the window (Alt+F4, Ctrl+Q) saves it, and the next start opens on
// its routine's overview with the offer. While a menu or a dialog of the
// window is open (Settings, F1, About, the disclaimer), a running session
// pauses, and goes on when it closes; one the person paused stays paused.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // Opens on the overview of the routine with `routineId` when there is
    // one, else on the library; only that screen is made before the first
    // frame (scripts/bench-startup).
    explicit MainWindow(Application& app, const QString& routineId = {}, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The size of the first window (none saved yet) on a screen with this
    // available area (without panels and docks): 1200×760, smaller on a
    // small screen, with room left for the frame and title bar the window
    // manager adds, so that the status bar is never cut off (1366×768).
    [[nodiscard]] static QSize firstSize(const QRect& available);

    // Shows the overview of the routine with this id; false when there is none.
    bool openRoutine(const QString& id);
    // Starts the routine shown in the overview, when it can start (its
    // safety notes acknowledged); false when not.
    bool startShownRoutine();
    // Brings the window to the front (shown, not minimised, raised and
    // active), on the overview of the routine with `routineId` when one is
    // given, started when `start`; a running session is left paused and
    // kept, as Esc does. For a later start of Limber (SingleInstance).
    void present(const QString& routineId, bool start);

    // A short break now (the tray's "Stretch now", or a reminder's "Start":
    // `fromReminder`): the window comes to the front, asks the pain
    // check-in and shows any see-a-doctor advice as before a session, then
    // plays one exercise (Application::startBreak()); or it opens the
    // routine's overview while its safety notes wait for an acknowledgement.
    void stretch(bool fromReminder);
    // A break is due after `active` time of use: a desktop notification
    // offers it; where none can, the tray's message or the window itself.
    void remind(std::chrono::seconds active);
    // Saves what there is to save and ends Limber.
    void quit();
    [[nodiscard]] Tray& tray() const { return *m_tray; }

    void reload();
    // File ▸ Import…: asks for Workrave's exercises.xml (Debian's chosen),
    // then importWorkrave() it.
    void askImport();
    // Imports Workrave's exercises from `file` into the user's folder
    // (WorkraveImport), shows the library on the routine imported and the
    // report over it. Not while a session runs.
    void importWorkrave(const QString& file);
    void showDisclaimer();
    void showShortcuts();

    // What the keyboard help (F1) lists: the menus' shortcuts, then each
    // screen's keys, under the screen's name.
    struct KeySection {
        QString title;
        QList<KeyHelp> keys;
    };
    [[nodiscard]] QList<KeySection> keyboardHelp() const;
    // What F1 shows: keyboardHelp() as a table, each key named as the hints
    // name it (keyName).
    [[nodiscard]] QString keyboardHelpHtml() const;
    [[nodiscard]] static QString keyName(const QKeySequence& key);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void showLibrary();
    void showHistory();
    // The History screen's advice button: the first routine with advice now.
    void updateHistoryAdvice();
    [[nodiscard]] const Routine* routineWithAdvice() const;
    void startSession();
    void resumeSession();
    // The overview's offer to resume the shown routine's saved session.
    void updateResumeOffer();
    // A menu or dialog of the window opened (hold) and closed (release): the
    // first hold pauses a running session, the last release resumes it.
    void holdSession();
    void releaseSession();
    // Runs a modal dialog with the session held.
    template <typename Dialog> void withSessionHeld(Dialog&& show) {
        holdSession();
        show();
        releaseSession();
    }
    // After a dialog of this window closes, the window asks for the keyboard
    // back, its focus where it was, unless another of its dialogs or windows
    // has it: a window manager need not hand it back (the Done screen was
    // left without focus after Settings once). Every dialog: Settings, F1,
    // the check-ins, the player's questions, printing and exporting.
    void takeKeyboardBack();
    void showSession(SessionController& session);
    void showDone(const SessionSummary& summary);
    void updateActions();
    // The overview's see-a-doctor note for the routine shown.
    void updatePainNote();
    void showHistoryNotice(const QString& text);
    void updateEstimates();
    void openSettings();
    // Follows the reminders: the tray keeps the app running when shown;
    // without a tray, the person is told once.
    void updateTray();
    // The reminder's choices in the window: Start, In 10 minutes, Skip.
    void askForBreak();
    void openUserFolder();
    // Shows `folder` in the file manager, or, when none opens it, its path
    // to copy.
    void openFolder(const QString& folder);
    // The window with the path to copy, when no file manager opened it.
    void showFolderPath(const QString& folder);
    // The screens, made on first use.
    LibraryView& libraryView();
    OverviewView& overview();
    PlayerView& player();
    DoneView& done();
    HistoryView& historyView();
    [[nodiscard]] const Routine* shownRoutine() const;

    Application& m_app;
    QStackedWidget* m_stack;
    LibraryView* m_libraryView = nullptr;
    OverviewView* m_overview = nullptr;
    PlayerView* m_player = nullptr;
    DoneView* m_done = nullptr;
    HistoryView* m_history = nullptr;
    QPointer<QWidget> m_beforeHistory; // where Esc on the History screen goes
    PainCheck* m_painCheck;
    QAction* m_reload = nullptr;
    QAction* m_import = nullptr;
    QAction* m_mute = nullptr;
    HandoutActions* m_handout = nullptr;
    Tray* m_tray = nullptr;
    bool m_quitting = false;
    std::chrono::seconds m_dueAfter{}; // the active time of the last reminder
    bool m_audioStartQueued = false;
    int m_holds = 0;
    bool m_pausedByWindow = false;
    bool m_countingInByWindow = false; // it was counting in to a hold when paused
};

} // namespace limber
