#pragma once

#include "common/clock.h"
#include "routine/routinelibrary.h"
#include "session/sessionsettings.h"
#include "session/sessionsnapshot.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace limber {

class AudioSession;
class CueOutput;
class HistoryStore;
class SessionRecorder;
class ImageLoader;
class Notifier;
class Reminders;
class SessionController;
class Settings;
struct Routine;

// The application's services, made once and owned here: the settings, the
// routine library, the picture loader, the audio of sessions and the
// running session, the history (sessions and pain check-ins) and the break
// reminders. Views get what they need by reference; none of them makes a
// service.
//
// Every session is recorded in the history when it ends: run to its end,
// finished early, or left (stopSession(), another routine, quitting).
class Application : public QObject {
    Q_OBJECT

public:
    // Routines are read from `folders` (the user's folder last); the audio
    // and the reminders' idle time use the real devices.
    Application(std::vector<RoutineFolder> folders, std::unique_ptr<Settings> settings,
                QObject* parent = nullptr);
    // The same with the cues going to `output`, on the clock `now`, and no
    // idle source (tests).
    Application(std::vector<RoutineFolder> folders, std::unique_ptr<Settings> settings,
                CueOutput& output, NowFunction now = {}, QObject* parent = nullptr);
    ~Application() override;

    [[nodiscard]] Settings& settings() const { return *m_settings; }
    [[nodiscard]] AudioSession& audio() const { return *m_audio; }
    // Draws the routines' pictures off the GUI thread, for every screen.
    [[nodiscard]] ImageLoader& images() const { return *m_images; }
    // Makes the sound and speech devices, if not yet made (speech engines
    // take a while: the window calls this after its first frame).
    void startAudio();

    // The routines.
    [[nodiscard]] const RoutineLibrary& library() const { return m_library; }
    // Where the person keeps their own routines (made when asked for).
    [[nodiscard]] QString userFolder() const;
    // Reads the folders again (not while a session runs: false).
    bool reload();
    // Adds a routine from a file outside the folders (replacing one with
    // its id) and returns it.
    const LibraryEntry& addRoutine(LibraryEntry entry);
    // The settings a session runs with now: the person's, and the pauses the
    // voice needs when it speaks. The estimate and the session both use them.
    [[nodiscard]] SessionSettings sessionSettings() const;
    // While the voice speaks, a step's words hold its get-ready back until
    // they end, and at most this long (a narrator that never says it has
    // finished): the library's longest narration takes 8.8 s with flite at
    // its own pace, twice that at the slowest rate (test_cuewords).
    static constexpr std::chrono::seconds kNarrationLimit{30};
    // How long `routine` takes with the person's settings and choices.
    [[nodiscard]] std::chrono::seconds estimate(const Routine& routine) const;

    // The break reminders (off unless the person turned them on; what became
    // of each is kept in the history), and the desktop notifications that
    // show them.
    [[nodiscard]] Reminders& reminders() const { return *m_reminders; }
    [[nodiscard]] Notifier& notifier() const { return *m_notifier; }

    // A short break (the tray's "Stretch now", a reminder's "Start"): one
    // exercise of the routines, taking turns in the library's order, so that
    // each break is a different stretch. nextBreak() says which, and whether
    // it may start: a routine whose safety notes were never acknowledged
    // may not (`mayStart` is false; the window opens its overview, with the
    // notes, instead). startBreak() starts it and counts the break as taken;
    // it is recorded in the history with `checkIns` (taken before it) and
    // whether a reminder offered it. A break is not saved for resuming.
    struct Break {
        const Routine* routine = nullptr; // none: no routine has an exercise
        std::string exerciseId;
        bool mayStart = false;
    };
    [[nodiscard]] Break nextBreak() const;
    void startBreak(const Break& choice, std::vector<qint64> checkIns, bool fromReminder);
    // The history, opened on first use: AppDataLocation/history.sqlite for
    // the app; in memory for the tests' constructor unless setHistoryPath()
    // names a file first.
    [[nodiscard]] HistoryStore& history();
    void setHistoryPath(const QString& path);
    // The person's wall clock (the system's unless a test sets one).
    [[nodiscard]] QDateTime wallNow() const;
    // The id of the last session recorded, if any.
    [[nodiscard]] std::optional<qint64> lastRecordedSession() const { return m_lastRecorded; }

    // The session: one at a time, on a routine of the library.
    [[nodiscard]] SessionController* session() const { return m_session.get(); }
    // Ends the running session, if any, and starts one on `routine`.
    // `checkIns`: the check-ins taken before it, linked to it when it is
    // recorded; `fromReminder`: a reminder started it.
    SessionController& startSession(const Routine& routine, std::vector<qint64> checkIns = {},
                                    bool fromReminder = false);
    // Goes on with the session of `routine` where it was left: the one
    // still open (after Esc), else the saved one (after a closed window or a
    // crash); starts one when there is neither.
    SessionController& resumeSession(const Routine& routine);
    // Ends the running session, saving where it stands for resuming.
    void stopSession();
    // Pauses the session and silences what it was saying (the person left it).
    void pauseSession();

    // Resuming. Where the running session stands is saved whenever it moves
    // on (a step, cycle, side or phase; every few seconds of a hold), when it
    // pauses and when it stops; a finished session clears it. One session is
    // kept: the last.
    void saveSession();
    // The saved session, if any (lapsed or not).
    [[nodiscard]] std::optional<SessionSnapshot> savedSession() const;
    // Whether the saved session is offered for `routine` now, and its words.
    [[nodiscard]] ResumeState resumeState(const Routine& routine) const;
    [[nodiscard]] QString resumeText(const Routine& routine) const;
    // The saved session is kept in this file (an empty name: in memory).
    // The app's is SnapshotStore::defaultFile(); tests pass their own.
    void setSnapshotFile(const QString& file);
    // The wall clock the offer lapses by (a test's fixed time, else now).
    using WallClock = std::function<QDateTime()>;
    void setWallClock(WallClock clock);

Q_SIGNALS:
    // The routines are about to be replaced: let go of them.
    void libraryAboutToChange();
    void libraryChanged();
    // A session was made and is about to start: views attach to it now.
    void sessionStarting(limber::SessionController& session);
    // Something the person asked to hear cannot be heard, and why.
    void notice(const QString& text);
    // Something about the history file the person must know (it was moved
    // aside, it cannot be written): worth more than a status-bar line.
    void historyNotice(const QString& text);
    // A session was saved in the history with this id.
    void sessionRecorded(qint64 id);

private:
    void connectAudio();
    // Keeps what became of each reminder in the history.
    void recordReminders();
    void changeLibrary(const std::function<void()>& change);
    // The get-ready phase waits while the step is narrated; lets it go on
    // when nothing is being said.
    void releaseNarrationWait();
    // Saves the running session to the history, once.
    void recordSession();
    // Makes the session (not yet started) and connects it.
    SessionController& makeSession(const Routine& routine, const Choices& choices);
    // Saves the running session when it moved on, or every kSaveEvery.
    void sessionMoved();

    std::unique_ptr<Settings> m_settings;
    std::vector<RoutineFolder> m_folders;
    RoutineLibrary m_library;
    std::unique_ptr<ImageLoader> m_images;
    NowFunction m_now;
    std::unique_ptr<AudioSession> m_audio;
    std::unique_ptr<SessionController> m_session;
    std::unique_ptr<Reminders> m_reminders;
    std::unique_ptr<Notifier> m_notifier;
    // The one exercise of the running break, as a routine of its own.
    std::unique_ptr<Routine> m_break;

    QString m_historyPath;
    std::unique_ptr<HistoryStore> m_history;
    std::unique_ptr<SessionRecorder> m_recorder;
    std::vector<qint64> m_sessionCheckIns;
    bool m_sessionFromReminder = false;
    bool m_sessionRecorded = false;
    QDateTime m_sessionStartedAt;
    std::optional<qint64> m_lastRecorded;
    SnapshotStore m_snapshots;
    WallClock m_wallClock;
    // The last save: where, paused or not, and when (the session's clock).
    struct Saved {
        SessionPosition where; // without the time left
        bool timed = false;
        bool paused = false;
        TimePoint when{};
        bool operator==(const Saved& other) const {
            return where == other.where && timed == other.timed && paused == other.paused;
        }
    };
    std::optional<Saved> m_saved;
};

} // namespace limber
