#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "history/painadvice.h"
#include "history/sessionrecord.h"

#include <QDate>
#include <QFuture>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <optional>
#include <vector>

class QSqlDatabase;
class QSqlError;

namespace limber {

// One day of the history, as the History screen shows it: the sessions
// begun that day, the mean of its pain check-ins before and after, and what
// became of the break reminders answered that day.
struct HistoryDay {
    QDate date;
    int sessions = 0;
    int completed = 0; // of them, run to their end
    std::optional<double> painBefore;
    std::optional<double> painAfter;
    int remindersTaken = 0;
    int remindersPostponed = 0;
    int remindersSkipped = 0;

    friend bool operator==(const HistoryDay&, const HistoryDay&) = default;
};

// The history: every session (finished or stopped early), the pain
// check-ins, the break reminders' outcomes and the last acknowledgement of
// each kind of advice, in one
// SQLite file (QSQLITE) in AppDataLocation/history.sqlite.
//
// Nothing already saved is lost, and nothing here crashes the app:
//  - the file is in WAL mode with synchronous=NORMAL, and every write is one
//    transaction (BEGIN IMMEDIATE ... COMMIT): a write that returned is in
//    the WAL and survives the app being killed (a power cut may lose the
//    last ones; FULL would wait for the disk at every write, several ms on
//    the GUI thread), a write cut short by a crash is not there at all;
//  - a file that is not a database or fails SQLite's quick_check is moved
//    aside as history.sqlite.unreadable-YYYYMMDD-HHMMSS (with its -wal and
//    -shm), a new one is started, and notice() says where the old one went;
//  - a file another program holds locked is waited for (busyTimeout()),
//    tried three times, then reported;
//  - a write that fails (disk full, read-only) is reported by notice() and
//    returns nothing; the session goes on.
//
// The schema has a version (PRAGMA user_version); migrate() brings a file
// of any earlier version (0: an empty file) up to kSchemaVersion, one step
// at a time, each step in its own transaction.
class HistoryStore : public QObject {
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 4;

    // AppDataLocation/history.sqlite.
    [[nodiscard]] static QString defaultPath();

    // Opens (or creates) the history at `path`; a bad file is moved aside
    // (see openNotice()).
    explicit HistoryStore(const QString& path, QObject* parent = nullptr);
    ~HistoryStore() override;

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isOpen() const { return m_open; }
    // What went wrong while opening, for the person ("moved aside to ...");
    // empty when all went well. Also emitted through notice() on open, but
    // nobody listens yet then: the window shows it once it exists.
    [[nodiscard]] QString openNotice() const { return m_openNotice; }
    // Where a bad file was moved to; empty when none was.
    [[nodiscard]] QString movedAsideTo() const { return m_movedAside; }
    // The connection's name, for tests (QSqlDatabase::database(name)).
    [[nodiscard]] QString connectionName() const { return m_connection; }
    [[nodiscard]] int schemaVersion() const;
    // PRAGMA integrity_check's answer: "ok" when the file is sound.
    [[nodiscard]] QString integrityCheck() const;

    // How long a write waits for a lock another program holds, per try.
    void setBusyTimeout(std::chrono::milliseconds timeout);

    // Saves a session and links the check-ins `linked` (taken before it) to
    // it; its id, or none when it could not be saved (notice() says why).
    std::optional<qint64> recordSession(const SessionRecord& session,
                                        const std::vector<qint64>& linked = {});
    // Saves what became of a break reminder; its id, or none.
    std::optional<qint64> recordReminder(const ReminderRecord& reminder);
    // Saves a check-in for `routineId`'s question; its id, or none.
    std::optional<qint64> addCheckIn(const QString& routineId, const CheckIn& checkIn,
                                     std::optional<qint64> sessionId = {});
    // The person acknowledged advice for `reasons` on `date`.
    bool acknowledgeAdvice(const QString& routineId, const std::vector<AdviceReason>& reasons,
                           std::chrono::year_month_day date);
    // Adds the sessions and check-ins not kept yet (a session with the same
    // routine and start, a check-in with the same routine, time and moment
    // is), in one transaction: all or nothing. How many were added and
    // skipped, or none when it failed (notice() says why).
    struct Merged {
        int added = 0;
        int skipped = 0;
    };
    std::optional<Merged> merge(const std::vector<SessionRecord>& sessions,
                                const std::vector<StoredCheckIn>& checkIns);
    // Deletes every session, check-in, reminder and acknowledgement, in one
    // transaction, then compacts the file so that nothing deleted stays
    // readable in it; false when it could not (notice() says why).
    bool deleteAll();

    // Every session, oldest first, with its exercises and holds.
    [[nodiscard]] std::vector<SessionRecord> sessions() const;
    // The reminders' outcomes, oldest first.
    [[nodiscard]] std::vector<ReminderRecord> reminders() const;
    // The check-ins, oldest first: all of them, or one routine's.
    [[nodiscard]] std::vector<StoredCheckIn> checkIns(const QString& routineId = {}) const;
    // Every day with a session, a check-in or a reminder's outcome, oldest
    // first, counted and averaged by SQLite (three grouped queries, not a
    // row per session).
    [[nodiscard]] std::vector<HistoryDay> days() const;
    // The same as the rule takes them.
    [[nodiscard]] std::vector<CheckIn> painCheckIns(const QString& routineId) const;
    // The last acknowledgement for adviceDue(): today's reasons, if any were
    // acknowledged today, else the latest day's.
    [[nodiscard]] std::optional<Acknowledgement>
    lastAcknowledgement(const QString& routineId, std::chrono::year_month_day today) const;
    // The date each reason was last acknowledged.
    [[nodiscard]] std::vector<std::pair<AdviceReason, std::chrono::year_month_day>>
    acknowledgements(const QString& routineId) const;

    // Brings `db` from its version up to `target` (tests build old files with it).
    static bool migrate(QSqlDatabase& db, int target, QString* error = nullptr);

Q_SIGNALS:
    // Something about the history the person should know: where a bad file
    // went, that it is busy, that a write failed.
    void notice(const QString& text);
    // A write succeeded: what the history holds has changed.
    void changed();

private:
    bool openFile();
    bool moveAside();
    // Runs `body` in one write transaction, retrying when the file is busy;
    // reports a failure as `what` failed.
    bool write(const QString& what, const std::function<bool(QSqlDatabase&, QSqlError&)>& body);
    void checkpointSoon();
    void report(const QString& text);

    QString m_path;
    QString m_connection;
    bool m_open = false;
    QString m_openNotice;
    QString m_movedAside;
    std::chrono::milliseconds m_busyTimeout{2000};
    QFuture<void> m_checkpoint;
};

// Between the person's wall clock and the rule's local time.
[[nodiscard]] std::chrono::local_seconds toLocalSeconds(const QDateTime& time);
[[nodiscard]] QDateTime fromLocalSeconds(std::chrono::local_seconds time);
[[nodiscard]] std::chrono::year_month_day toYmd(const QDate& date);
[[nodiscard]] QDate toQDate(std::chrono::year_month_day date);

} // namespace limber
