#pragma once

#include "routine/routine.h"
#include "session/sessionengine.h"
#include "session/sessionsettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <chrono>
#include <optional>

namespace limber {

// A running session, saved so that it can be resumed after Esc, a closed
// window or a crash: which routine (its id, its content hash and its file),
// where in it (SessionEngine::position()), the hold and breath choices it ran
// with, and when it was saved (UTC). Kept as a small JSON file:
//
//   {"version": 1, "routine": "upper-back-relief", "hash": "3f2a…",
//    "file": "/usr/share/limber/routines/upper-back-relief.yaml",
//    "savedAt": "2024-05-02T09:14:03.120Z",
//    "position": {"phase": "step", "exercise": 1, "side": 0, "block": 1,
//                 "cycle": 3, "step": 0, "reps": 0, "remainingMs": 12000},
//    "choices": [{"exercise": "wall-stretch", "step": 1, "value": 45}]}
struct SessionSnapshot {
    QString routineId;
    QString contentHash;
    QString routineFile;
    SessionPosition position;
    Choices choices;
    QDateTime savedAt;

    bool operator==(const SessionSnapshot&) const = default;
};

[[nodiscard]] QByteArray toJson(const SessionSnapshot& snapshot);
// None for anything that is not a snapshot this version wrote.
[[nodiscard]] std::optional<SessionSnapshot> snapshotFromJson(const QByteArray& json);

// Where the snapshot is kept: one file, written whole or not at all
// (QSaveFile: a crash mid-write leaves the previous one). An empty file name
// keeps it in memory only (tests that do not care).
class SnapshotStore {
public:
    explicit SnapshotStore(QString file = {});
    // AppDataLocation/session.json (~/.local/share/limber/session.json).
    [[nodiscard]] static QString defaultFile();

    [[nodiscard]] const QString& file() const { return m_file; }
    bool save(const SessionSnapshot& snapshot);
    [[nodiscard]] std::optional<SessionSnapshot> load() const;
    void clear();

private:
    QString m_file;
    std::optional<SessionSnapshot> m_memory;
};

// Whether a snapshot is offered for resuming `routine` at `now`.
enum class ResumeState {
    None,    // no snapshot of this routine, or it lapsed (older than a day)
    Offered, // resume it
    Changed, // the routine's file changed since: it cannot be resumed
};
inline constexpr std::chrono::hours kResumeLapse{24};
[[nodiscard]] ResumeState resumeState(const std::optional<SessionSnapshot>& snapshot,
                                      const Routine& routine, const QDateTime& now);
// Whether the snapshot is too old to offer at `now` (or from the future).
[[nodiscard]] bool lapsed(const SessionSnapshot& snapshot, const QDateTime& now);

// The words of the offer: "Resume at exercise 2 of 3, step 4 of 9, 0:12
// left", read from a probe engine restored at the snapshot's position.
class ResumeOffer {
    Q_DECLARE_TR_FUNCTIONS(limber::ResumeOffer)

public:
    [[nodiscard]] static QString text(const SessionSnapshot& snapshot, const Routine& routine,
                                      const SessionSettings& settings);
    // The routine changed: why its session cannot be resumed.
    [[nodiscard]] static QString changedText();
};

} // namespace limber
