#pragma once

#include "routinelibrary.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QStackedWidget;

namespace limber {

class CueAnnouncer;
class DoneView;
class ImageLoader;
class LibraryView;
class Narrator;
class OverviewView;
class PlayerView;
class QtCueOutput;
class Settings;
class SoundPlayer;
struct SessionSummary;

// The window: composes the screens, one at a time, and owns the routines.
//
//   Library ──Enter──▶ Overview ──Start──▶ Player ──end──▶ Done
//      ▲                  │ Esc              │ Esc            │
//      └──────────────────┘◀─────────────────┘                └──▶ Library
//
// Each screen is its own widget and knows nothing of the others; the window
// moves between them and keeps the menus (reload, settings, full screen,
// disclaimer, shortcuts, about).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    MainWindow(std::vector<RoutineFolder> folders, Settings& settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Shows the overview of the routine with this id; false when there is none.
    bool openRoutine(const QString& id);
    // Adds a routine loaded from a file outside the folders and opens it.
    void openRoutine(LibraryEntry entry);

    void reload();
    void showDisclaimer();
    void showShortcuts();

    [[nodiscard]] const RoutineLibrary& library() const { return m_library; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void createMenus();
    void showLibrary();
    void startSession();
    void showDone(const SessionSummary& summary);
    void updateActions();
    // Sounds and narration, made on the first show or session, never before.
    void ensureAudio();
    void applyAudioSettings(const QString& key);
    void showAudioNotice();
    // Whether the voice will speak (wanted, not muted, able).
    [[nodiscard]] bool voiceSpeaks() const;
    // The get-ready phase waits while the step is narrated; let it go on
    // when nothing is being said.
    void releaseNarrationWait();
    // The narrator speaks the interface's language (English when the
    // interface falls back to it).
    void followLanguage();
    void openSettings();

    std::vector<RoutineFolder> m_folders;
    Settings& m_settings;
    RoutineLibrary m_library;
    ImageLoader* m_images;
    QStackedWidget* m_stack;
    LibraryView* m_libraryView;
    OverviewView* m_overview;
    PlayerView* m_player;
    DoneView* m_done;
    QAction* m_reload = nullptr;
    QAction* m_openFolder = nullptr;
    QAction* m_mute = nullptr;

    SoundPlayer* m_sounds = nullptr; // children of the window
    Narrator* m_narrator = nullptr;
    std::unique_ptr<QtCueOutput> m_cueOutput;
    std::unique_ptr<CueAnnouncer> m_announcer; // after m_cueOutput: goes first
    bool m_audioStartQueued = false;
    bool m_soundNoticeShown = false;
    bool m_speechNoticeShown = false;
};

// The medical disclaimer, one click away from every screen.
[[nodiscard]] QString disclaimerText();

} // namespace limber
