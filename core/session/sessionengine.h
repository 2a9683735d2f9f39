#pragma once

#include "routine/routine.h"
#include "session/cue.h"
#include "session/sessionplan.h"
#include "session/sessionprogress.h"
#include "session/sessionsettings.h"

#include <chrono>
#include <optional>
#include <vector>

namespace limber {

// Runs a routine step by step: a state machine without a clock of its own.
//
// Every call takes `now`; the engine answers with the cues that happened up
// to `now` (each with its exact scheduled `when`) and progress(now) tells
// where it stands. Remaining time is always deadline - now. Phase
// boundaries are computed from the phase start (a hold started at t ends at
// exactly t + length; breath i starts at t + i * pace), never accumulated,
// so however irregular the ticks, the boundaries are exact.
//
// The GUI drives it with one single-shot timer: after every call it arms
// the timer for nextDeadline() (none while paused or waiting for the
// person, so no CPU is burnt) and calls update(now) when it fires.
//
// Worked example: get-ready 3 s, one exercise "Wall stretch" with one step
// "hold 30s", auto-advance, start() at t = 0:
//   0 s  ExerciseStarted(0 of 1), StepStarted(0 of 1, narration),
//        GetReady(3), Countdown(3)
//   1 s  Countdown(2)          2 s  Countdown(1)
//   3 s  HoldStarted(30)      18 s  HoldHalfway(15)
//  30 s  HoldLastSeconds(3)   31 s  HoldLastSeconds(2)   32 s  HoldLastSeconds(1)
//  33 s  HoldEnded, RoutineComplete
// A single update(33 s) after start() returns all of them after the
// first four in that order, minus the stale rhythm cues (below).
//
// With a voice, the front end sets getReadyLeadIn (1 s), so the words "Get
// ready" have a second of their own: GetReady(3) at 0 s, Countdown(3) at
// 1 s, (2) at 2 s, (1) at 3 s, HoldStarted at 4 s; and afterNarration, so
// a timed step's get-ready starts that long after narrationFinished().
// A rest of R s ends like a hold: RestEnding (naming the next exercise)
// 6 s before its end when R >= 10, RestLastSeconds(3, 2, 1).
//
// Late ticks. A tick that comes late (machine busy) moves the session to
// where it should be and returns every cue it passed, in order, with their
// scheduled `when`, except stale rhythm cues:
//
//   RULE: a rhythm cue (get-ready Countdown numbers, HoldLastSeconds,
//   BreathIn/BreathOut, RepCounted of paced reps) is dropped when the tick
//   that reaches it is more than kStaleCue (1 s) after its `when`
//   (now - when > 1 s). Every other cue, and every phase, is always
//   emitted, exactly once.
//
// In the example, update(33 s) straight after start() drops Countdown(2),
// Countdown(1) and HoldLastSeconds(3) and (2) (2 s late or more) and keeps
// HoldLastSeconds(1) (exactly 1 s late).
//
// Resuming a session saved earlier: position(now) says where it stands as
// plain values (which step of which cycle and side, the reps counted, the
// time left of the running hold, breaths or rest); restore(now, position) on
// a new engine over the same routine and choices starts there instead of at
// the first step. A hold with 12 s left is entered as usual (its words, the
// get-ready) and then runs for those 12 s, its halfway cue already behind it.
//
// Controls first catch up to `now`, then act at `now`. While paused, time
// stands at the moment of pause(): controls act at that moment and the
// session stays paused; resume() shifts every deadline by exactly the time
// spent paused.
//
// Taking up again a session left paused (Esc, then Resume on the overview):
// rejoin(now) on a paused hold, breaths or paced reps counts in first, with
// the cues of a get-ready, while the session itself stays paused (where it
// stands, the time left, the reps, the lengths: all as at the pause). When
// the count-in ends, the session goes on as resume() at that moment would:
// every deadline moves by the time away plus the count-in, and the part runs
// for exactly the time it had left. With getReadyLeadIn 1 s and getReady 3 s,
// a hold paused with 12 s left and rejoin()ed at t:
//   t      GetReady(3)          t + 1 s  Countdown(3)
//   t + 2 s  Countdown(2)       t + 3 s  Countdown(1)
//   t + 4 s  the hold goes on: HoldLastSeconds(3) at t + 13 s, HoldEnded at
//            t + 16 s (no HoldStarted: it never stopped being the same hold)
// Late ticks drop the stale Countdowns as in a get-ready. progress() shows
// the count-in as a get-ready (PhaseKind::GetReady, Progress::countingIn).
// pause() during the count-in ends it: paused again, with the time left it
// had. Controls that move the session on (next, previous, restartExercise,
// done, tapRep, again) end it and act on a running session, as after
// resume() at that moment: the person came back and is carrying on.
// finish() ends it and finishes the session as it stood at the pause;
// holdLonger() does nothing during it, as in a get-ready.
// Anything else than a running timed part (a read step, tapped reps, a rest,
// a get-ready) simply resumes.
// Where a session stands, to save and to restore (SessionEngine::position()
// and restore()). Indices are 0-based; `step` is in its block.
struct SessionPosition {
    enum class Phase {
        Step,        // in a step (read, hold, breaths, reps)
        Rest,        // in the rest after `exercise`
        ChooseAgain, // after a cycle of an as-needed repeat
    };
    Phase phase = Phase::Step;
    int exercise = 0, side = 0, block = 0, cycle = 0, step = 0;
    int reps = 0; // reps tapped so far in the step
    // The time left of the running timed part (hold, breaths, paced reps) or
    // rest; zero: its timer ran out and it waits for next(); none: the step
    // starts from its beginning (it had not begun to count).
    std::optional<Duration> remaining;

    bool operator==(const SessionPosition&) const = default;
};

class SessionEngine {
public:
    using Events = std::vector<Cue>;
    static constexpr Duration kStaleCue = std::chrono::seconds(1);
    static constexpr Duration kHalfwayFrom = std::chrono::seconds(20);
    // A rest this long or longer names the next exercise this long before its end.
    static constexpr Duration kRestEndingFrom = std::chrono::seconds(10);
    static constexpr Duration kRestEndingBefore = std::chrono::seconds(6);

    // `routine` must outlive the engine. `choices` are the remembered range
    // choices (choices() gives them back, updated, to persist).
    explicit SessionEngine(const Routine& routine, SessionSettings settings = {},
                           Choices choices = {});

    Events start(TimePoint now);
    // Starts at `saved` (a position() of an earlier session on the same
    // routine and choices) instead of at the first step. A position that does
    // not fit the routine (fits() is false) starts at the beginning.
    Events restore(TimePoint now, const SessionPosition& saved);
    // The tick: catch up to `now`.
    Events update(TimePoint now);

    Events pause(TimePoint now);
    Events resume(TimePoint now);
    // Back to a session left paused: counts in first if a timed part was
    // running (see above), else resume(now).
    Events rejoin(TimePoint now);
    // Leaves the current step (or rest, or as-needed question) for the next.
    Events next(TimePoint now);
    // Back to the previous step; from the first step of a cycle, into the
    // last step of the previous cycle; from a rest, into the exercise before.
    Events previous(TimePoint now);
    Events restartExercise(TimePoint now);
    Events finish(TimePoint now);
    // Adds time to the running hold (its last-seconds cues move with its end).
    Events holdLonger(TimePoint now, Duration extra = std::chrono::seconds(10));
    Events skipRest(TimePoint now);
    Events tapRep(TimePoint now);
    // As-needed repeat, after a cycle: run another / leave the block.
    Events again(TimePoint now);
    // Contextual "done": ends reps once at least min are done; answers the
    // as-needed question; leaves a ranged repeat once min cycles are done.
    Events done(TimePoint now);
    // Picks the current ranged hold's seconds or breaths' count (clamped to
    // its range) and remembers it for the exercise. A running hold adopts the
    // new end (ending now if that has passed).
    Events choose(TimePoint now, int value);
    // The front end finished narrating the step (waitForNarration setting).
    Events narrationFinished(TimePoint now);

    // When the next cue or phase boundary is due; none while paused,
    // finished, or waiting for the person.
    [[nodiscard]] std::optional<TimePoint> nextDeadline() const;
    // The state as of the last call, read at `now` (call update(now) first;
    // while paused, `now` is ignored and time stands at the pause).
    [[nodiscard]] Progress progress(TimePoint now) const;
    // Where the session stands at `now` (read as progress() is); none
    // before start() and after the end.
    [[nodiscard]] std::optional<SessionPosition> position(TimePoint now) const;
    // Whether `saved` names a step (or rest, or as-needed question) of this
    // routine.
    [[nodiscard]] bool fits(const SessionPosition& saved) const;
    [[nodiscard]] const Choices& choices() const { return m_choices; }
    [[nodiscard]] const SessionPlan& plan() const { return m_plan; }
    [[nodiscard]] bool started() const { return m_stage != Stage::NotStarted; }
    [[nodiscard]] bool finished() const { return m_stage == Stage::Finished; }
    // Paused, and not counting in to go on.
    [[nodiscard]] bool paused() const { return m_pausedAt.has_value() && !m_countIn; }
    // A rejoin()'s count-in runs (the session stands still under it).
    [[nodiscard]] bool countingIn() const { return m_countIn.has_value(); }
    // When the last count-in ran to its end and the session went on; none if
    // none did. The time counted in is not exercise time (SessionTally).
    [[nodiscard]] std::optional<TimePoint> countedIn() const { return m_countedIn; }

private:
    enum class Stage {
        NotStarted,
        Narration,
        GetReady,
        Active,
        Waiting,
        ChooseAgain,
        Rest,
        Finished
    };
    // How far out a move goes; entering at a level announces it and below.
    enum class Level { Exercise, Side, Cycle, Step };
    struct Position {
        int exercise = 0, side = 0, block = 0, cycle = 0, step = 0;
    };
    struct Scheduled {
        Cue cue;
        bool rhythm = false;
    };
    // rejoin()'s count-in: its Countdown cues and its end.
    struct CountIn {
        TimePoint end;
        std::vector<Scheduled> cues;
        std::size_t next = 0;
    };

    TimePoint catchUp(TimePoint now);
    // catchUp(), and a count-in under way ends now with the session running.
    TimePoint catchUpRunning(TimePoint now);
    void process(TimePoint now);
    // Emits a scheduled cue reached at `now`, unless it is a stale rhythm cue.
    void deliver(const Scheduled& due, TimePoint now);
    // Ends the pause at `at`: everything ahead moves by the time paused.
    void unfreeze(TimePoint at);
    void endPhase(TimePoint t);
    void enterStep(Position pos, Level level, TimePoint t);
    void startCountdownOrActive(TimePoint t);
    // The get-ready's Countdown cues for a get-ready starting at t.
    [[nodiscard]] std::vector<Scheduled> countdown(TimePoint t) const;
    void buildRestSchedule();
    // The get-ready phase: its lead-in and its countdown.
    [[nodiscard]] Duration getReadyLength() const;
    void startActive(TimePoint t);
    void buildActiveSchedule(TimePoint after);
    void stepFinished(TimePoint t, bool byTimer);
    void goForward(TimePoint t);
    void leaveBlock(TimePoint t);
    void leaveExercise(TimePoint t);
    void setTimed(Stage stage, TimePoint start, Duration length);
    void setUntimed(Stage stage, TimePoint start);
    void emit(CueKind kind, TimePoint when, int value = 0, int of = 0);
    Events take();

    [[nodiscard]] const ExercisePlan& currentExercise() const;
    [[nodiscard]] const BlockPlan& currentBlock() const;
    [[nodiscard]] const StepPlan& currentStep() const;
    [[nodiscard]] int pacedRepsAt(TimePoint t) const;
    [[nodiscard]] Duration remainingEstimate(TimePoint t) const;
    [[nodiscard]] bool canFinish(TimePoint t) const;

    SessionSettings m_settings;
    Choices m_choices;
    SessionPlan m_plan;

    Stage m_stage = Stage::NotStarted;
    Position m_pos;
    TimePoint m_phaseStart{};
    Duration m_phaseLength{};
    bool m_timed = false;
    std::vector<Scheduled> m_schedule; // in-phase cues, in time order
    std::size_t m_nextCue = 0;
    int m_reps = 0; // tapped reps
    std::optional<TimePoint> m_pausedAt;
    std::optional<CountIn> m_countIn; // only while paused
    std::optional<TimePoint> m_countedIn;
    // restore(): the time left of the step being restored, handed to
    // enterStep() (m_restoring) and on to the active phase it starts.
    std::optional<Duration> m_restoring;
    std::optional<Duration> m_resumeLeft;
    std::vector<std::vector<int>> m_lastCycle; // [exercise][block]: last cycle entered
    Events m_out;
};

} // namespace limber
