#pragma once

#include "common/keyhelp.h"
#include "session/cue.h"
#include "session/sessioncontroller.h"
#include "session/sessionprogress.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

class QLabel;
class QMessageBox;
class QShortcut;
class QPushButton;
class QStackedWidget;

namespace limber {

class BreathGuide;
class ImageLoader;
class RepCounter;
class Settings;
class StepPicture;
class SwitchSidesBanner;
class TimerRing;

// The player: one step at a time, for a person in back pain across the room.
//
//   Exercise 2 of 3: Seated stretch · step 4 of 5 · cycle 4 of 10–15   About 4 min left
//   ┌──────────────────────────────┐  Hold
//   │                              │  Bring your elbows together…   (large type)
//   │ the step's figure or picture │  ( ring 0:25 / breath circle / rep counter )
//   │   ("Get ready · 3", "Paused" │  [Hold longer +10 s] [Skip rest] [Again] [Done]
//   │    shown over it)            │
//   └──────────────────────────────┘
//   Caution: keep your neck straight…
//   [← Previous] [Pause (Space)] [Next →] [Restart exercise] [Finish]
//
// At a switch of sides "Switch to your right side →" stands over the top of
// the picture through the get-ready, sound or no sound (SwitchSidesBanner),
// and the second side's figure is drawn mirrored. During a rest the picture
// and the words show what comes next. Fonts follow
// the window size. Keyboard: Space pauses and resumes (counts a rep while
// reps are counted by hand; P always pauses), Right/Left next/previous, Esc
// pauses and goes back (the session is kept: the overview offers to resume
// it), F and R ask before they finish or restart the exercise, and each
// button names its own key in its tooltip.
class PlayerView : public QWidget {
    Q_OBJECT

public:
    // `settings` says whether things move (motion); `loader` (the
    // application's) draws the pictures.
    explicit PlayerView(const Settings& settings, ImageLoader& loader, QWidget* parent = nullptr);
    ~PlayerView() override;

    // Shows `session` (not yet started, or running) and sends it the
    // person's controls; nullptr shows nothing. The session's owner keeps it
    // (the view lets go when it is destroyed).
    void setSession(SessionController* session);

    // The player's keys and what they do, for the keyboard help (F1).
    [[nodiscard]] static QList<KeyHelp> keys();

    // Whether what the session says can be heard (sounds or voice on and a
    // device to play them); without it the player assumes silence.
    void setAudible(std::function<bool()> audible);

    // A window or menu opened over the player paused the session and resumes
    // it when it closes: the pause says so instead of asking for Space.
    void setHeldByWindow(bool held);

    // The session shown, or nullptr.
    [[nodiscard]] SessionController* controller() const { return m_controller; }

    // The parts a test reads (what is on screen).
    [[nodiscard]] QString positionText() const;
    [[nodiscard]] QString headingText() const;
    [[nodiscard]] QString stepText() const;
    [[nodiscard]] QString overlayText() const; // empty when no overlay is shown
    // "Switch to your right side →"; empty when the banner is not shown.
    [[nodiscard]] QString switchSidesText() const;

Q_SIGNALS:
    void finished(const limber::SessionSummary& summary);
    // Esc: the session is paused and the person wants the overview.
    void backRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The buttons' words, then what the session shows now: the
    // constructor's, and again on a language change.
    void retranslate();
    QWidget* buildControls();
    // A key of the player: its shortcut does `act`; `what` (untranslated)
    // is its line in the keyboard help.
    struct Key {
        Qt::Key key;
        const char* what;
        void (*act)(PlayerView& view);
    };
    static std::span<const Key> keyTable();
    void addShortcuts();
    // Sends the person's control to the session, if there is one.
    void control(void (SessionController::*slot)());
    void setFocusOrder();
    // A session's progress: only the time moved (the ring, the countdown,
    // the breath, the time left) or else all that is shown.
    void onProgress(const Progress& progress);
    void showProgress(const Progress& progress);
    void showTime(const Progress& progress);
    // "Paused — press Space to resume", or that a window holds it.
    [[nodiscard]] QString pausedText() const;
    // "Get ready · 3"
    [[nodiscard]] QString getReadyText(Duration remaining) const;
    void onCues(const std::vector<Cue>& cues);
    void showPhase(const Progress& progress);
    void showButtons(const Progress& progress);
    // The hints that name a button, in the button's words as shown.
    void showHints(const Progress& progress);
    void showSafety(const Exercise* exercise);
    void placeOverlay();
    void updateOverlayPalette();
    void scaleFonts();
    void space();
    void back();
    // Asks before `act` (finish, restart the exercise); the dialog is a
    // QMessageBox named `name` with the buttons "confirm" and "keepGoing".
    void confirm(const QString& name, const QString& title, const QString& text, const QString& yes,
                 void (SessionController::*act)());
    void confirmFinish();
    void setShortcutsEnabled(bool on);
    void confirmRestart();
    [[nodiscard]] QString pictureFile(const Exercise& exercise, const Step* step) const;
    // `mirrored`: the figure drawn left for right (the exercise's second side).
    void showPicture(const Exercise& exercise, const Step* step, const QString& description,
                     bool mirrored);
    void showBreath(const Progress& progress);
    [[nodiscard]] QString positionFor(const Progress& progress) const;

    const Settings& m_settings;
    ImageLoader* m_loader;
    const Routine* m_routine = nullptr;
    QPointer<SessionController> m_controller;
    Progress m_progress;
    std::function<bool()> m_audible;
    QPointer<QMessageBox> m_asking; // Finish or Restart asking
    QList<QShortcut*> m_shortcuts;
    bool m_focusNext = false;    // a new session: focus "Next" once it shows
    bool m_heldByWindow = false; // paused by a window, not by the person
    int m_getReadyBand = 0;      // the get-ready's band, as its words last made it

    QLabel* m_position;
    QLabel* m_remaining;
    StepPicture* m_picture;
    QLabel* m_overlay;
    SwitchSidesBanner* m_switchSides;
    QLabel* m_heading;
    QLabel* m_stepText;
    QLabel* m_needs;
    QStackedWidget* m_phase;
    QLabel* m_hint;
    TimerRing* m_ring;
    BreathGuide* m_breath;
    RepCounter* m_reps;
    QPushButton* m_holdLonger;
    QPushButton* m_skipRest;
    QPushButton* m_again;
    QPushButton* m_done;
    QLabel* m_safety;
    QPushButton* m_previous;
    QPushButton* m_pause;
    QPushButton* m_next;
    QPushButton* m_restart;
    QPushButton* m_finish;
};

} // namespace limber
