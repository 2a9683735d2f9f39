#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "history/checkin.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace limber {

// What became of one exercise of a session.
//   Done:    it reached its last step (on its last side) and the session
//            went on or completed;
//   Skipped: the session moved past it before that, or never reached it;
//   Stopped: the session was ended while it ran.
enum class ExerciseOutcome { Done, Skipped, Stopped };

// A hold as it went: the target it started with and the seconds held
// (pauses left out; "hold longer" counts; a hold cut short counts what was held).
struct HoldRecord {
    int targetSeconds = 0;
    int heldSeconds = 0;

    friend bool operator==(const HoldRecord&, const HoldRecord&) = default;
};

struct ExerciseRecord {
    QString exerciseId;
    ExerciseOutcome outcome = ExerciseOutcome::Skipped;
    std::vector<HoldRecord> holds;
    int reps = 0;    // reps counted, tapped or paced
    int breaths = 0; // breaths guided
    int cycles = 0;  // repeat cycles begun

    friend bool operator==(const ExerciseRecord&, const ExerciseRecord&) = default;
};

// One session, finished or stopped early, as the history keeps it. Times are
// the person's wall clock.
struct SessionRecord {
    qint64 id = 0; // the store's, once saved
    QString routineId;
    QString routineHash; // the routine file's content hash: which version was done
    QDateTime startedAt;
    QDateTime endedAt;
    bool completed = false;    // ran to its end (else stopped early)
    bool fromReminder = false; // started from a reminder
    int activeSeconds = 0;     // start to end, pauses left out
    std::vector<ExerciseRecord> exercises;

    [[nodiscard]] int reps() const;
    [[nodiscard]] int breaths() const;
    [[nodiscard]] int holds() const;

    friend bool operator==(const SessionRecord&, const SessionRecord&) = default;
};

// What became of a break reminder (docs/reminders.md): the break was taken
// (the person started one, or stepped away, locked the screen, suspended),
// postponed ("In 10 minutes") or skipped. Times are the person's wall clock.
struct ReminderRecord {
    enum class Outcome { Taken, Postponed, Skipped };
    enum class Via { Answer, NaturalBreak, Lock, Suspend };
    qint64 id = 0; // the store's, once saved
    QDateTime shownAt;
    QDateTime answeredAt;
    Outcome outcome = Outcome::Taken;
    Via via = Via::Answer;
    int activeSeconds = 0; // the computer use it came after

    friend bool operator==(const ReminderRecord&, const ReminderRecord&) = default;
};

// A check-in as stored: which routine's question it answered and the session
// it belongs to (none when skipped or stopped before the session began).
struct StoredCheckIn {
    qint64 id = 0;
    QString routineId;
    CheckIn checkIn;
    std::optional<qint64> sessionId;
};

[[nodiscard]] const char* outcomeName(ExerciseOutcome outcome);
[[nodiscard]] const char* momentName(Moment moment);
[[nodiscard]] const char* injuryName(InjuryAnswer answer);

} // namespace limber
