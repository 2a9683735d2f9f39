#include "history/historystore.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>
#include <QtConcurrentRun>
#include <map>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// SQLite's primary result codes that matter here.
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;

int primaryCode(const QSqlError& error) {
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

bool isBusy(const QSqlError& error) {
    const int code = primaryCode(error);
    return code == kSqliteBusy || code == kSqliteLocked;
}

// The log's size on disk says how much is waiting for a checkpoint only
// if SQLite cuts the file back when it starts the log again:
// journal_size_limit does (else the file keeps its largest size).
constexpr qint64 kCheckpointBytes = 1000 * 4096;
constexpr qint64 kJournalSizeLimit = 1024 * 1024;

QString newConnectionName() {
    static QAtomicInteger<int> counter;
    return u"limber-history-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

bool exec(QSqlDatabase& db, const QString& sql, QString* error = nullptr) {
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

// Each step from version N-1 to N. Steps only ever add: a file written by
// an older Limber keeps every row.
const QStringList& migrationSteps() {
    static const QStringList steps{
        // 1: sessions, their exercises and holds, the check-ins.
        uR"(CREATE TABLE sessions (
                id INTEGER PRIMARY KEY,
                routine_id TEXT NOT NULL,
                routine_hash TEXT NOT NULL,
                started_at TEXT NOT NULL,
                ended_at TEXT NOT NULL,
                completed INTEGER NOT NULL,
                active_seconds INTEGER NOT NULL);
            CREATE TABLE session_exercises (
                session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                position INTEGER NOT NULL,
                exercise_id TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('done', 'skipped', 'stopped')),
                reps INTEGER NOT NULL,
                breaths INTEGER NOT NULL,
                cycles INTEGER NOT NULL,
                PRIMARY KEY (session_id, position));
            CREATE TABLE holds (
                session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
                exercise_position INTEGER NOT NULL,
                number INTEGER NOT NULL,
                target_seconds INTEGER NOT NULL,
                held_seconds INTEGER NOT NULL,
                PRIMARY KEY (session_id, exercise_position, number));
            CREATE TABLE check_ins (
                id INTEGER PRIMARY KEY,
                routine_id TEXT NOT NULL,
                at TEXT NOT NULL,
                rating INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 10),
                moment TEXT NOT NULL CHECK (moment IN ('before', 'after')),
                injury TEXT NOT NULL CHECK (injury IN ('unasked', 'no', 'yes')),
                session_id INTEGER REFERENCES sessions(id) ON DELETE SET NULL);
            CREATE INDEX check_ins_by_routine ON check_ins (routine_id, at);)"_s,
        // 2: whether a session was started from a reminder.
        uR"(ALTER TABLE sessions ADD COLUMN from_reminder INTEGER NOT NULL DEFAULT 0;)"_s,
        // 3: the last acknowledgement of advice, per routine and reason.
        uR"(CREATE TABLE advice_acknowledgements (
                routine_id TEXT NOT NULL,
                reason TEXT NOT NULL CHECK (reason IN ('injury', 'persists', 'worse')),
                date TEXT NOT NULL,
                PRIMARY KEY (routine_id, reason));)"_s,
        // 4: what became of each break reminder.
        uR"(CREATE TABLE reminders (
                id INTEGER PRIMARY KEY,
                shown_at TEXT NOT NULL,
                answered_at TEXT NOT NULL,
                outcome TEXT NOT NULL CHECK (outcome IN ('taken', 'postponed', 'skipped')),
                via TEXT NOT NULL CHECK (via IN ('answer', 'natural-break', 'lock', 'suspend')),
                active_seconds INTEGER NOT NULL);
            CREATE INDEX reminders_by_time ON reminders (answered_at);)"_s,
    };
    return steps;
}

QString reasonName(AdviceReason reason) {
    switch (reason) {
    case AdviceReason::Injury:
        return u"injury"_s;
    case AdviceReason::Persists:
        return u"persists"_s;
    case AdviceReason::Worse:
        return u"worse"_s;
    }
    return {};
}

std::optional<AdviceReason> reasonFrom(const QString& name) {
    for (auto reason : {AdviceReason::Injury, AdviceReason::Persists, AdviceReason::Worse}) {
        if (reasonName(reason) == name)
            return reason;
    }
    return std::nullopt;
}

ExerciseOutcome outcomeFrom(const QString& name) {
    if (name == u"done")
        return ExerciseOutcome::Done;
    if (name == u"stopped")
        return ExerciseOutcome::Stopped;
    return ExerciseOutcome::Skipped;
}

InjuryAnswer injuryFrom(const QString& name) {
    if (name == u"yes")
        return InjuryAnswer::Yes;
    if (name == u"no")
        return InjuryAnswer::No;
    return InjuryAnswer::Unasked;
}

const QString kLocalFormat = u"yyyy-MM-ddTHH:mm:ss"_s;

QString reminderOutcomeName(ReminderRecord::Outcome outcome) {
    switch (outcome) {
    case ReminderRecord::Outcome::Taken:
        return u"taken"_s;
    case ReminderRecord::Outcome::Postponed:
        return u"postponed"_s;
    case ReminderRecord::Outcome::Skipped:
        return u"skipped"_s;
    }
    return {};
}

QString viaName(ReminderRecord::Via via) {
    switch (via) {
    case ReminderRecord::Via::Answer:
        return u"answer"_s;
    case ReminderRecord::Via::NaturalBreak:
        return u"natural-break"_s;
    case ReminderRecord::Via::Lock:
        return u"lock"_s;
    case ReminderRecord::Via::Suspend:
        return u"suspend"_s;
    }
    return {};
}

ReminderRecord::Outcome reminderOutcomeFrom(const QString& name) {
    if (name == u"postponed")
        return ReminderRecord::Outcome::Postponed;
    if (name == u"skipped")
        return ReminderRecord::Outcome::Skipped;
    return ReminderRecord::Outcome::Taken;
}

ReminderRecord::Via viaFrom(const QString& name) {
    if (name == u"natural-break")
        return ReminderRecord::Via::NaturalBreak;
    if (name == u"lock")
        return ReminderRecord::Via::Lock;
    if (name == u"suspend")
        return ReminderRecord::Via::Suspend;
    return ReminderRecord::Via::Answer;
}

} // namespace

const char* outcomeName(ExerciseOutcome outcome) {
    switch (outcome) {
    case ExerciseOutcome::Done:
        return "done";
    case ExerciseOutcome::Skipped:
        return "skipped";
    case ExerciseOutcome::Stopped:
        return "stopped";
    }
    return "";
}

const char* momentName(Moment moment) {
    return moment == Moment::BeforeSession ? "before" : "after";
}

const char* injuryName(InjuryAnswer answer) {
    switch (answer) {
    case InjuryAnswer::Unasked:
        return "unasked";
    case InjuryAnswer::No:
        return "no";
    case InjuryAnswer::Yes:
        return "yes";
    }
    return "";
}

int SessionRecord::reps() const {
    int sum = 0;
    for (const auto& exercise : exercises)
        sum += exercise.reps;
    return sum;
}

int SessionRecord::breaths() const {
    int sum = 0;
    for (const auto& exercise : exercises)
        sum += exercise.breaths;
    return sum;
}

int SessionRecord::holds() const {
    int sum = 0;
    for (const auto& exercise : exercises)
        sum += static_cast<int>(exercise.holds.size());
    return sum;
}

std::chrono::year_month_day toYmd(const QDate& date) {
    return std::chrono::year_month_day{std::chrono::year{date.year()},
                                       std::chrono::month{static_cast<unsigned>(date.month())},
                                       std::chrono::day{static_cast<unsigned>(date.day())}};
}

QDate toQDate(std::chrono::year_month_day date) {
    return {static_cast<int>(date.year()), static_cast<int>(static_cast<unsigned>(date.month())),
            static_cast<int>(static_cast<unsigned>(date.day()))};
}

std::chrono::local_seconds toLocalSeconds(const QDateTime& time) {
    const std::chrono::local_days day{toYmd(time.date())};
    return day + std::chrono::seconds(time.time().msecsSinceStartOfDay() / 1000);
}

namespace {
// A stored local time (yyyy-MM-ddTHH:mm:ss) read as a day and a time of day:
// no zone is asked (QDateTime::fromString with a format parses ten times
// slower, and asks the zone for every one of years of check-ins).
std::chrono::local_seconds localSecondsFrom(const QString& stored) {
    const QStringView text(stored);
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11), Qt::ISODate);
    return std::chrono::local_days{toYmd(date)} +
           std::chrono::seconds(time.msecsSinceStartOfDay() / 1000);
}
} // namespace

QDateTime fromLocalSeconds(std::chrono::local_seconds time) {
    const auto day = std::chrono::floor<std::chrono::days>(time);
    const auto seconds = (time - day).count();
    return {toQDate(std::chrono::year_month_day{day}),
            QTime::fromMSecsSinceStartOfDay(static_cast<int>(seconds * 1000))};
}

QString HistoryStore::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/history.sqlite"_s;
}

HistoryStore::HistoryStore(const QString& path, QObject* parent)
    : QObject(parent)
    , m_path(path)
    , m_connection(newConnectionName()) {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_open = openFile();
    if (!m_open && moveAside())
        m_open = openFile();
    if (!m_open && m_openNotice.isEmpty())
        m_openNotice = tr("Limber cannot open its history file %1. Sessions and pain check-ins "
                          "are not saved until it can.")
                           .arg(QDir::toNativeSeparators(m_path));
    if (!m_openNotice.isEmpty())
        Q_EMIT notice(m_openNotice);
}

HistoryStore::~HistoryStore() {
    m_checkpoint.waitForFinished();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

// Opens the file, checks it is a sound SQLite database and brings its
// schema up to date; false when it is not readable as one.
bool HistoryStore::openFile() {
    m_checkpoint.waitForFinished();
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(m_busyTimeout.count()));
    if (!db.open())
        return false;
    QSqlQuery check(db);
    // The first read finds a file that is not a database; quick_check finds
    // one whose pages are damaged.
    if (!check.exec(u"PRAGMA quick_check"_s) || !check.next() ||
        check.value(0).toString() != u"ok") {
        const QSqlError error = check.lastError();
        check.finish();
        db.close();
        // Busy is not broken: leave the file where it is.
        if (isBusy(error)) {
            m_openNotice = tr("The history file %1 is in use by another program.")
                               .arg(QDir::toNativeSeparators(m_path));
            return false;
        }
        return false;
    }
    check.finish();
    QString error;
    {
        QSqlQuery mode(db);
        if (!mode.exec(u"PRAGMA journal_mode=WAL"_s))
            error = mode.lastError().text();
    }
    // No checkpoint in a commit on this (the window's) thread:
    // checkpointSoon() runs them on a worker.
    if (!error.isEmpty() || !exec(db, u"PRAGMA synchronous=NORMAL"_s, &error) ||
        !exec(db, u"PRAGMA wal_autocheckpoint=0"_s, &error) ||
        !exec(db, u"PRAGMA journal_size_limit=%1"_s.arg(kJournalSizeLimit), &error) ||
        !exec(db, u"PRAGMA foreign_keys=ON"_s, &error) || !migrate(db, kSchemaVersion, &error)) {
        qWarning("history: cannot open %s: %s", qPrintable(m_path), qPrintable(error));
        db.close();
        return false;
    }
    return true;
}

// Moves a file SQLite cannot read out of the way (with its -wal and -shm),
// so that nothing in it is lost and a new history can start.
bool HistoryStore::moveAside() {
    if (!m_openNotice.isEmpty() || !QFileInfo::exists(m_path))
        return false;
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = m_path + u".unreadable-"_s + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = m_path + u".unreadable-"_s + stamp + u'-' + QString::number(n);
    if (!QFile::rename(m_path, target))
        return false;
    for (const auto* suffix : {"-wal", "-shm"}) {
        const QString side = m_path + QLatin1StringView(suffix);
        if (QFileInfo::exists(side))
            QFile::rename(side, target + QLatin1StringView(suffix));
    }
    m_movedAside = target;
    m_openNotice = tr("Limber could not read its history file, so it started a new one. The old "
                      "file was moved to %1; nothing in it was deleted.")
                       .arg(QDir::toNativeSeparators(target));
    return true;
}

bool HistoryStore::migrate(QSqlDatabase& db, int target, QString* error) {
    QSqlQuery version(db);
    if (!version.exec(u"PRAGMA user_version"_s) || !version.next()) {
        if (error)
            *error = version.lastError().text();
        return false;
    }
    int current = version.value(0).toInt();
    version.finish();
    const auto& steps = migrationSteps();
    while (current < target && current < steps.size()) {
        if (!exec(db, u"BEGIN IMMEDIATE"_s, error))
            return false;
        bool ok = true;
        for (const QString& statement : steps[current].split(u';', Qt::SkipEmptyParts)) {
            if (statement.trimmed().isEmpty())
                continue;
            if (!exec(db, statement, error)) {
                ok = false;
                break;
            }
        }
        ok = ok && exec(db, u"PRAGMA user_version = %1"_s.arg(current + 1), error) &&
             exec(db, u"COMMIT"_s, error);
        if (!ok) {
            exec(db, u"ROLLBACK"_s);
            return false;
        }
        ++current;
    }
    return current >= target;
}

int HistoryStore::schemaVersion() const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!m_open || !query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

QString HistoryStore::integrityCheck() const {
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    if (!m_open || !query.exec(u"PRAGMA integrity_check"_s))
        return query.lastError().text();
    QStringList answers;
    while (query.next())
        answers << query.value(0).toString();
    return answers.join(u'\n');
}

void HistoryStore::setBusyTimeout(std::chrono::milliseconds timeout) {
    m_busyTimeout = timeout;
    if (m_open) {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        exec(db, u"PRAGMA busy_timeout = %1"_s.arg(timeout.count()));
    }
}

void HistoryStore::report(const QString& text) {
    qWarning("history: %s", qPrintable(text));
    Q_EMIT notice(text);
}

bool HistoryStore::write(const QString& what,
                         const std::function<bool(QSqlDatabase&, QSqlError&)>& body) {
    if (!m_open) {
        report(tr("The history file %1 is not open: %2 was not saved.")
                   .arg(QDir::toNativeSeparators(m_path), what));
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    constexpr int kTries = 3;
    QSqlError error;
    for (int attempt = 0; attempt < kTries; ++attempt) {
        QSqlQuery begin(db);
        if (!begin.exec(u"BEGIN IMMEDIATE"_s)) {
            error = begin.lastError();
            if (isBusy(error))
                continue;
            break;
        }
        begin.finish();
        if (body(db, error)) {
            QSqlQuery commit(db);
            if (commit.exec(u"COMMIT"_s)) {
                checkpointSoon();
                Q_EMIT changed();
                return true;
            }
            error = commit.lastError();
        }
        exec(db, u"ROLLBACK"_s);
        if (!isBusy(error))
            break;
    }
    if (isBusy(error))
        report(tr("The history file %1 is in use by another program: %2 was not saved. "
                  "The session goes on.")
                   .arg(QDir::toNativeSeparators(m_path), what));
    else
        report(tr("Limber could not save %1 to the history file %2 (%3). The session goes on; "
                  "what was saved before is kept.")
                   .arg(what, QDir::toNativeSeparators(m_path), error.text()));
    return false;
}

// A checkpoint copies the write-ahead log into the database file and syncs
// it to disk: 10 to 15 ms that SQLite's automatic checkpoint would spend in
// a commit, on the window's thread. Here, once the log passes
// kCheckpointBytes (SQLite's own default, 1000 pages of 4 KB), a passive
// checkpoint runs on a worker thread over a connection of its own; it never
// waits for a reader or the writer, and the next one catches up. Closing
// the last connection checkpoints what is left.
void HistoryStore::checkpointSoon() {
    if (m_checkpoint.isRunning() || QFileInfo(m_path + u"-wal"_s).size() < kCheckpointBytes)
        return;
    m_checkpoint = QtConcurrent::run([path = m_path, timeout = m_busyTimeout] {
        const QString name = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(timeout.count()));
            if (db.open())
                exec(db, u"PRAGMA wal_checkpoint(PASSIVE)"_s);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
}

namespace {

// Runs a prepared statement; on failure keeps its error where write() finds it.
class Statement {
public:
    Statement(QSqlDatabase& db, const QString& sql, QSqlError& error)
        : m_query(db)
        , m_error(error) {
        m_query.prepare(sql);
    }
    Statement& bind(const QVariant& value) {
        m_query.addBindValue(value);
        return *this;
    }
    bool run() {
        if (m_query.exec())
            return true;
        m_error = m_query.lastError();
        return false;
    }
    [[nodiscard]] qint64 lastId() const { return m_query.lastInsertId().toLongLong(); }

private:
    QSqlQuery m_query;
    QSqlError& m_error;
};

} // namespace

namespace {

// Inserts `session` with its exercises and holds; its id in `id`.
bool insertSession(QSqlDatabase& db, QSqlError& error, const SessionRecord& session, qint64& id) {
    Statement insert(db,
                     u"INSERT INTO sessions (routine_id, routine_hash, started_at, ended_at, "
                     "completed, active_seconds, from_reminder) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                     error);
    insert.bind(session.routineId)
        .bind(session.routineHash)
        .bind(session.startedAt.toString(Qt::ISODate))
        .bind(session.endedAt.toString(Qt::ISODate))
        .bind(session.completed ? 1 : 0)
        .bind(session.activeSeconds)
        .bind(session.fromReminder ? 1 : 0);
    if (!insert.run())
        return false;
    id = insert.lastId();
    for (std::size_t i = 0; i < session.exercises.size(); ++i) {
        const auto& exercise = session.exercises[i];
        Statement row(db,
                      u"INSERT INTO session_exercises (session_id, position, exercise_id, "
                      "outcome, reps, breaths, cycles) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                      error);
        row.bind(id)
            .bind(static_cast<int>(i))
            .bind(exercise.exerciseId)
            .bind(QString::fromLatin1(outcomeName(exercise.outcome)))
            .bind(exercise.reps)
            .bind(exercise.breaths)
            .bind(exercise.cycles);
        if (!row.run())
            return false;
        for (std::size_t h = 0; h < exercise.holds.size(); ++h) {
            Statement hold(db,
                           u"INSERT INTO holds (session_id, exercise_position, number, "
                           "target_seconds, held_seconds) VALUES (?, ?, ?, ?, ?)"_s,
                           error);
            hold.bind(id)
                .bind(static_cast<int>(i))
                .bind(static_cast<int>(h))
                .bind(exercise.holds[h].targetSeconds)
                .bind(exercise.holds[h].heldSeconds);
            if (!hold.run())
                return false;
        }
    }
    return true;
}

bool insertCheckIn(QSqlDatabase& db, QSqlError& error, const QString& routineId,
                   const CheckIn& checkIn, std::optional<qint64> sessionId, qint64& id) {
    Statement insert(db,
                     u"INSERT INTO check_ins (routine_id, at, rating, moment, injury, "
                     "session_id) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     error);
    insert.bind(routineId)
        .bind(fromLocalSeconds(checkIn.at).toString(kLocalFormat))
        .bind(checkIn.rating)
        .bind(QString::fromLatin1(momentName(checkIn.moment)))
        .bind(QString::fromLatin1(injuryName(checkIn.injury)))
        .bind(sessionId ? QVariant(*sessionId) : QVariant());
    if (!insert.run())
        return false;
    id = insert.lastId();
    return true;
}

// Whether a row matching `sql` with `values` is kept already.
bool exists(QSqlDatabase& db, const QString& sql, const QVariantList& values) {
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    return query.exec() && query.next();
}

} // namespace

std::optional<qint64> HistoryStore::recordSession(const SessionRecord& session,
                                                  const std::vector<qint64>& linked) {
    qint64 id = 0;
    const bool ok = write(tr("the session"), [&](QSqlDatabase& db, QSqlError& error) {
        if (!insertSession(db, error, session, id))
            return false;
        for (qint64 checkIn : linked) {
            Statement link(db, u"UPDATE check_ins SET session_id = ? WHERE id = ?"_s, error);
            link.bind(id).bind(checkIn);
            if (!link.run())
                return false;
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return id;
}

std::optional<HistoryStore::Merged>
HistoryStore::merge(const std::vector<SessionRecord>& sessions,
                    const std::vector<StoredCheckIn>& checkIns) {
    Merged merged;
    const bool ok = write(tr("the imported history"), [&](QSqlDatabase& db, QSqlError& error) {
        merged = {};
        for (const auto& session : sessions) {
            if (exists(db, u"SELECT 1 FROM sessions WHERE routine_id = ? AND started_at = ?"_s,
                       {session.routineId, session.startedAt.toString(Qt::ISODate)})) {
                ++merged.skipped;
                continue;
            }
            qint64 id = 0;
            if (!insertSession(db, error, session, id))
                return false;
            ++merged.added;
        }
        for (const auto& stored : checkIns) {
            const QString at = fromLocalSeconds(stored.checkIn.at).toString(kLocalFormat);
            if (exists(db,
                       u"SELECT 1 FROM check_ins WHERE routine_id = ? AND at = ? AND moment = ?"_s,
                       {stored.routineId, at,
                        QString::fromLatin1(momentName(stored.checkIn.moment))})) {
                ++merged.skipped;
                continue;
            }
            qint64 id = 0;
            if (!insertCheckIn(db, error, stored.routineId, stored.checkIn, std::nullopt, id))
                return false;
            ++merged.added;
        }
        return true;
    });
    if (!ok)
        return std::nullopt;
    return merged;
}

std::optional<qint64> HistoryStore::recordReminder(const ReminderRecord& reminder) {
    qint64 id = 0;
    const bool ok = write(tr("the reminder"), [&](QSqlDatabase& db, QSqlError& error) {
        Statement insert(db,
                         u"INSERT INTO reminders (shown_at, answered_at, outcome, via, "
                         "active_seconds) VALUES (?, ?, ?, ?, ?)"_s,
                         error);
        insert.bind(reminder.shownAt.toString(kLocalFormat))
            .bind(reminder.answeredAt.toString(kLocalFormat))
            .bind(reminderOutcomeName(reminder.outcome))
            .bind(viaName(reminder.via))
            .bind(reminder.activeSeconds);
        if (!insert.run())
            return false;
        id = insert.lastId();
        return true;
    });
    if (!ok)
        return std::nullopt;
    return id;
}

std::optional<qint64> HistoryStore::addCheckIn(const QString& routineId, const CheckIn& checkIn,
                                               std::optional<qint64> sessionId) {
    qint64 id = 0;
    const bool ok = write(tr("the pain check-in"), [&](QSqlDatabase& db, QSqlError& error) {
        return insertCheckIn(db, error, routineId, checkIn, sessionId, id);
    });
    if (!ok)
        return std::nullopt;
    return id;
}

bool HistoryStore::acknowledgeAdvice(const QString& routineId,
                                     const std::vector<AdviceReason>& reasons,
                                     std::chrono::year_month_day date) {
    return write(tr("the acknowledgement of the advice"), [&](QSqlDatabase& db, QSqlError& error) {
        for (AdviceReason reason : reasons) {
            Statement upsert(db,
                             u"INSERT INTO advice_acknowledgements (routine_id, reason, date) "
                             "VALUES (?, ?, ?) ON CONFLICT (routine_id, reason) DO UPDATE SET "
                             "date = excluded.date"_s,
                             error);
            upsert.bind(routineId)
                .bind(reasonName(reason))
                .bind(toQDate(date).toString(Qt::ISODate));
            if (!upsert.run())
                return false;
        }
        return true;
    });
}

bool HistoryStore::deleteAll() {
    const bool ok =
        write(tr("the deletion of the history"), [](QSqlDatabase& db, QSqlError& error) {
            // The children first, although the foreign keys would cascade: the
            // order does not depend on them being on.
            for (const auto* table : {"holds", "session_exercises", "check_ins", "sessions",
                                      "reminders", "advice_acknowledgements"}) {
                Statement remove(db, u"DELETE FROM "_s + QLatin1StringView(table), error);
                if (!remove.run())
                    return false;
            }
            return true;
        });
    if (!ok)
        return false;
    // The deleted rows' pages are free but still hold their bytes, and the
    // WAL holds them too: write everything back and rebuild the file. A
    // checkpoint on the worker would make these return busy: wait for it.
    m_checkpoint.waitForFinished();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    exec(db, u"VACUUM"_s);
    exec(db, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    return true;
}

std::vector<SessionRecord> HistoryStore::sessions() const {
    std::vector<SessionRecord> found;
    if (!m_open)
        return found;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, routine_id, routine_hash, started_at, ended_at, completed, "
                    "active_seconds, from_reminder FROM sessions ORDER BY started_at, id"_s))
        return found;
    while (query.next()) {
        SessionRecord session;
        session.id = query.value(0).toLongLong();
        session.routineId = query.value(1).toString();
        session.routineHash = query.value(2).toString();
        session.startedAt = QDateTime::fromString(query.value(3).toString(), Qt::ISODate);
        session.endedAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
        session.completed = query.value(5).toBool();
        session.activeSeconds = query.value(6).toInt();
        session.fromReminder = query.value(7).toBool();
        found.push_back(std::move(session));
    }
    // Every session's exercises and holds in two reads, not two per session.
    std::unordered_map<qint64, std::size_t> byId;
    for (std::size_t i = 0; i < found.size(); ++i)
        byId.emplace(found[i].id, i);
    QSqlQuery exercises(db);
    exercises.setForwardOnly(true);
    if (exercises.exec(u"SELECT session_id, exercise_id, outcome, reps, breaths, cycles FROM "
                       "session_exercises ORDER BY session_id, position"_s)) {
        while (exercises.next()) {
            const auto session = byId.find(exercises.value(0).toLongLong());
            if (session == byId.end())
                continue;
            ExerciseRecord exercise;
            exercise.exerciseId = exercises.value(1).toString();
            exercise.outcome = outcomeFrom(exercises.value(2).toString());
            exercise.reps = exercises.value(3).toInt();
            exercise.breaths = exercises.value(4).toInt();
            exercise.cycles = exercises.value(5).toInt();
            found[session->second].exercises.push_back(std::move(exercise));
        }
    }
    QSqlQuery holds(db);
    holds.setForwardOnly(true);
    if (holds.exec(u"SELECT session_id, exercise_position, target_seconds, held_seconds FROM "
                   "holds ORDER BY session_id, exercise_position, number"_s)) {
        while (holds.next()) {
            const auto session = byId.find(holds.value(0).toLongLong());
            if (session == byId.end())
                continue;
            auto& exercisesDone = found[session->second].exercises;
            const auto position = static_cast<std::size_t>(holds.value(1).toInt());
            if (position < exercisesDone.size())
                exercisesDone[position].holds.push_back(
                    {holds.value(2).toInt(), holds.value(3).toInt()});
        }
    }
    return found;
}

std::vector<ReminderRecord> HistoryStore::reminders() const {
    std::vector<ReminderRecord> found;
    if (!m_open)
        return found;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, shown_at, answered_at, outcome, via, active_seconds FROM "
                    "reminders ORDER BY answered_at, id"_s))
        return found;
    while (query.next()) {
        ReminderRecord reminder;
        reminder.id = query.value(0).toLongLong();
        reminder.shownAt = QDateTime::fromString(query.value(1).toString(), kLocalFormat);
        reminder.answeredAt = QDateTime::fromString(query.value(2).toString(), kLocalFormat);
        reminder.outcome = reminderOutcomeFrom(query.value(3).toString());
        reminder.via = viaFrom(query.value(4).toString());
        reminder.activeSeconds = query.value(5).toInt();
        found.push_back(std::move(reminder));
    }
    return found;
}

std::vector<StoredCheckIn> HistoryStore::checkIns(const QString& routineId) const {
    std::vector<StoredCheckIn> found;
    if (!m_open)
        return found;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, routine_id, at, rating, moment, injury, session_id FROM check_ins "
                  "WHERE ? = '' OR routine_id = ? ORDER BY at, id"_s);
    const QString wanted = routineId.isNull() ? u""_s : routineId; // NULL = '' is not true
    query.addBindValue(wanted);
    query.addBindValue(wanted);
    if (!query.exec())
        return found;
    while (query.next()) {
        StoredCheckIn stored;
        stored.id = query.value(0).toLongLong();
        stored.routineId = query.value(1).toString();
        stored.checkIn.at = localSecondsFrom(query.value(2).toString());
        stored.checkIn.rating = query.value(3).toInt();
        stored.checkIn.moment =
            query.value(4).toString() == u"after" ? Moment::AfterSession : Moment::BeforeSession;
        stored.checkIn.injury = injuryFrom(query.value(5).toString());
        if (!query.value(6).isNull())
            stored.sessionId = query.value(6).toLongLong();
        found.push_back(std::move(stored));
    }
    return found;
}

std::vector<HistoryDay> HistoryStore::days() const {
    std::map<QDate, HistoryDay> byDay;
    if (!m_open)
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // The first ten characters of a stored time are its day (yyyy-MM-dd).
    QSqlQuery sessions(db);
    sessions.setForwardOnly(true);
    if (sessions.exec(u"SELECT substr(started_at, 1, 10) AS day, COUNT(*), SUM(completed) "
                      "FROM sessions GROUP BY day"_s)) {
        while (sessions.next()) {
            const QDate date = QDate::fromString(sessions.value(0).toString(), Qt::ISODate);
            if (!date.isValid())
                continue;
            HistoryDay& day = byDay[date];
            day.date = date;
            day.sessions = sessions.value(1).toInt();
            day.completed = sessions.value(2).toInt();
        }
    }
    QSqlQuery pain(db);
    pain.setForwardOnly(true);
    if (pain.exec(u"SELECT substr(at, 1, 10) AS day, "
                  "AVG(CASE WHEN moment = 'before' THEN rating END), "
                  "AVG(CASE WHEN moment = 'after' THEN rating END) "
                  "FROM check_ins GROUP BY day"_s)) {
        while (pain.next()) {
            const QDate date = QDate::fromString(pain.value(0).toString(), Qt::ISODate);
            if (!date.isValid())
                continue;
            HistoryDay& day = byDay[date];
            day.date = date;
            if (!pain.value(1).isNull())
                day.painBefore = pain.value(1).toDouble();
            if (!pain.value(2).isNull())
                day.painAfter = pain.value(2).toDouble();
        }
    }
    QSqlQuery reminders(db);
    reminders.setForwardOnly(true);
    if (reminders.exec(u"SELECT substr(answered_at, 1, 10) AS day, "
                       "SUM(outcome = 'taken'), SUM(outcome = 'postponed'), "
                       "SUM(outcome = 'skipped') FROM reminders GROUP BY day"_s)) {
        while (reminders.next()) {
            const QDate date = QDate::fromString(reminders.value(0).toString(), Qt::ISODate);
            if (!date.isValid())
                continue;
            HistoryDay& day = byDay[date];
            day.date = date;
            day.remindersTaken = reminders.value(1).toInt();
            day.remindersPostponed = reminders.value(2).toInt();
            day.remindersSkipped = reminders.value(3).toInt();
        }
    }
    std::vector<HistoryDay> found;
    found.reserve(byDay.size());
    for (auto& [date, day] : byDay)
        found.push_back(day);
    return found;
}

std::vector<CheckIn> HistoryStore::painCheckIns(const QString& routineId) const {
    std::vector<CheckIn> found;
    for (const auto& stored : checkIns(routineId))
        found.push_back(stored.checkIn);
    return found;
}

std::vector<std::pair<AdviceReason, std::chrono::year_month_day>>
HistoryStore::acknowledgements(const QString& routineId) const {
    std::vector<std::pair<AdviceReason, std::chrono::year_month_day>> found;
    if (!m_open)
        return found;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT reason, date FROM advice_acknowledgements WHERE routine_id = ? "
                  "ORDER BY date, reason"_s);
    query.addBindValue(routineId);
    if (!query.exec())
        return found;
    while (query.next()) {
        const auto reason = reasonFrom(query.value(0).toString());
        const QDate date = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        if (reason && date.isValid())
            found.emplace_back(*reason, toYmd(date));
    }
    return found;
}

std::optional<Acknowledgement>
HistoryStore::lastAcknowledgement(const QString& routineId,
                                  std::chrono::year_month_day today) const {
    const auto all = acknowledgements(routineId);
    if (all.empty())
        return std::nullopt;
    // Today's, else the latest day's (adviceDue only looks closer at today).
    std::chrono::year_month_day day = all.back().second;
    for (const auto& [reason, date] : all) {
        if (date == today)
            day = today;
    }
    Acknowledgement last{day, {}};
    for (const auto& [reason, date] : all) {
        if (date == day)
            last.reasons.push_back(reason);
    }
    return last;
}

} // namespace limber
