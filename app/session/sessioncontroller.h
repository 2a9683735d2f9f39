#pragma once

#include "common/clock.h"
#include "routine/routine.h"
#include "session/cue.h"
#include "session/sessionengine.h"
#include "session/sessionprogress.h"
#include "session/sessionsettings.h"
#include "session/sessiontally.h"

#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

namespace limber {

class Settings;

// Runs a SessionEngine in the Qt event loop.
//
// One single-shot precise timer is armed for the engine's nextDeadline();
// when it fires, tick() catches the engine up to now(). A second timer
// refreshes the display only while a timed phase runs: every 100 ms while
// the breath circle grows and shrinks, else every 250 ms in step with the
// whole seconds left, so that the digits change on the second and the ring
// moves on four times a second (what watching a hold costs: issue #13,
// scripts/bench-player-cpu). While paused, waiting for the person, or
// finished, no timer is active and no CPU is spent.
//
// Every control and tick emits the cues it produced (possibly none) and the
// progress after it. Time comes from `now` (the steady clock unless a test
// passes a fake one): remaining time is always deadline − now.
class SessionController : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kRefreshInterval{100};  // breathing
    static constexpr std::chrono::milliseconds kCountdownRefresh{250}; // a second's quarters

    // `routine` must outlive the controller; `settings` gives the session's
    // settings and keeps the chosen hold targets.
    SessionController(const Routine& routine, Settings& settings, NowFunction now = {},
                      QObject* parent = nullptr);
    // The same with explicit session settings (tests, narration wait).
    SessionController(const Routine& routine, Settings& settings, SessionSettings session,
                      NowFunction now = {}, QObject* parent = nullptr);
    // The same with the hold and breath choices of a saved session.
    SessionController(const Routine& routine, Settings& settings, SessionSettings session,
                      Choices choices, NowFunction now = {}, QObject* parent = nullptr);
    ~SessionController() override;

    [[nodiscard]] const Routine& routine() const { return *m_routine; }
    [[nodiscard]] const SessionEngine& engine() const { return m_engine; }
    [[nodiscard]] const SessionSettings& sessionSettings() const { return m_sessionSettings; }
    // The progress as of now (does not advance the engine).
    [[nodiscard]] Progress progress() const;
    [[nodiscard]] TimePoint now() const { return m_now(); }
    [[nodiscard]] bool isPaused() const { return m_engine.paused(); }
    [[nodiscard]] bool isFinished() const { return m_engine.finished(); }
    [[nodiscard]] SessionSummary summary() const;
    // Where the session stands now, to save (none before the start and after
    // the end).
    [[nodiscard]] std::optional<SessionPosition> position() const;
    // Whether any of the controller's timers is running (none while paused).
    [[nodiscard]] bool timersActive() const;
    // When the deadline timer wakes the session next; none while it sleeps.
    [[nodiscard]] std::optional<TimePoint> nextWake() const { return m_wake; }

    // How early audibleCues() delivers rhythm cues (isRhythmCue), so that
    // sound and speech, which take this long to reach the speakers, can be
    // started before the cue is due. Zero (the default): no look-ahead.
    void setLookahead(Duration lead);

public Q_SLOTS:
    void start();
    // Starts at a saved position instead of the first step.
    void restore(const limber::SessionPosition& at);
    // Catches the engine up to now() (the timer calls it; tests too).
    void tick();
    void pause();
    void resume();
    // Back to the session after leaving it (Esc, then Resume): a hold,
    // breaths or paced reps count in first (SessionEngine::rejoin()).
    void rejoin();
    void togglePause();
    void next();
    void previous();
    void restartExercise();
    void finish();
    void skipRest();
    void tapRep();
    void again();
    void done();
    void holdLonger();
    void choose(int value);
    void narrationFinished();

Q_SIGNALS:
    // What happened, in order (see CueKind); CueWords phrases them.
    void cues(const std::vector<limber::Cue>& cues);
    // The same cues for the ears: each exactly once, rhythm cues up to the
    // look-ahead before they are due (their `when` says when), all others
    // as they happen.
    void audibleCues(const std::vector<limber::Cue>& cues);
    void progressChanged(const limber::Progress& progress);
    // The session ended (the routine is complete or finish() was called).
    void finished(const limber::SessionSummary& summary);

private:
    // `control`: when a person acted (which may change what comes next);
    // none for the timer's tick.
    void apply(const SessionEngine::Events& events, std::optional<TimePoint> control = {});
    // Delivers the rhythm cues due within the look-ahead, once each.
    void lookAhead();
    // A count-in that ran to its end resumed the session then (the tally
    // goes on from there).
    void noteCountIn();
    void arm();

    const Routine* m_routine;
    Settings& m_settings;
    NowFunction m_now;
    SessionSettings m_sessionSettings;
    SessionEngine m_engine;
    QTimer m_deadline;
    QTimer m_refresh;

    SessionTally m_tally;
    bool m_finishedEmitted = false;
    std::optional<TimePoint> m_countedIn; // the engine's last count-in's end, told to the tally

    Duration m_lookahead{};
    TimePoint m_probedUntil{}; // rhythm cues up to here went out ahead
    std::optional<TimePoint> m_wake;
};

} // namespace limber
