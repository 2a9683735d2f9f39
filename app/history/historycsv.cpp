#include "history/historycsv.h"

#include "history/historystore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kSessionsHeader =
    u"started_at,ended_at,routine_id,routine_hash,completed,from_reminder,active_seconds,exercises"_s;
const QString kCheckInsHeader = u"at,routine_id,moment,rating,injury"_s;
const QString kLocalFormat = u"yyyy-MM-ddTHH:mm:ss"_s;

QString field(const QString& value) {
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    return u'"' + QString(value).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString row(const QStringList& values) {
    QStringList fields;
    for (const QString& value : values)
        fields << field(value);
    return fields.join(u',') + u'\n';
}

// One record of the file and the line it starts on (a quoted field may
// hold line breaks).
struct Record {
    int line = 0;
    QStringList fields;
};

std::vector<Record> records(const QString& text) {
    std::vector<Record> found;
    Record current{1, {}};
    QString value;
    bool quoted = false;
    int line = 1;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                value += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                if (c == u'\n')
                    ++line;
                value += c;
            }
            continue;
        }
        if (c == u'"') {
            quoted = true;
            any = true;
        } else if (c == u',') {
            current.fields << value;
            value.clear();
            any = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (any || !value.isEmpty()) {
                current.fields << value;
                found.push_back(current);
            }
            ++line;
            current = {line, {}};
            value.clear();
            any = false;
        } else {
            value += c;
            any = true;
        }
    }
    if (any || !value.isEmpty()) {
        current.fields << value;
        found.push_back(current);
    }
    return found;
}

QString exercisesField(const std::vector<ExerciseRecord>& exercises) {
    QStringList parts;
    for (const auto& exercise : exercises) {
        QStringList holds;
        for (const auto& hold : exercise.holds)
            holds << u"%1/%2"_s.arg(hold.targetSeconds).arg(hold.heldSeconds);
        parts << u"%1:%2:%3:%4:%5:%6"_s
                     .arg(exercise.exerciseId, QString::fromLatin1(outcomeName(exercise.outcome)))
                     .arg(exercise.reps)
                     .arg(exercise.breaths)
                     .arg(exercise.cycles)
                     .arg(holds.join(u' '));
    }
    return parts.join(u';');
}

std::optional<int> count(const QString& text, int most) {
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > most)
        return std::nullopt;
    return value;
}

std::optional<std::vector<ExerciseRecord>> exercisesFrom(const QString& text) {
    std::vector<ExerciseRecord> exercises;
    if (text.isEmpty())
        return exercises;
    for (const QString& part : text.split(u';')) {
        const QStringList bits = part.split(u':');
        if (bits.size() != 6 || bits[0].isEmpty())
            return std::nullopt;
        ExerciseRecord exercise;
        exercise.exerciseId = bits[0];
        if (bits[1] == u"done")
            exercise.outcome = ExerciseOutcome::Done;
        else if (bits[1] == u"skipped")
            exercise.outcome = ExerciseOutcome::Skipped;
        else if (bits[1] == u"stopped")
            exercise.outcome = ExerciseOutcome::Stopped;
        else
            return std::nullopt;
        const auto reps = count(bits[2], 100000);
        const auto breaths = count(bits[3], 100000);
        const auto cycles = count(bits[4], 100000);
        if (!reps || !breaths || !cycles)
            return std::nullopt;
        exercise.reps = *reps;
        exercise.breaths = *breaths;
        exercise.cycles = *cycles;
        for (const QString& hold : bits[5].split(u' ', Qt::SkipEmptyParts)) {
            const QStringList seconds = hold.split(u'/');
            const auto target = seconds.size() == 2 ? count(seconds[0], 86400) : std::nullopt;
            const auto held = seconds.size() == 2 ? count(seconds[1], 86400) : std::nullopt;
            if (!target || !held)
                return std::nullopt;
            exercise.holds.push_back({*target, *held});
        }
        exercises.push_back(std::move(exercise));
    }
    return exercises;
}

QDateTime timeFrom(const QString& text) {
    return QDateTime::fromString(text, Qt::ISODate);
}

} // namespace

QString HistoryCsv::sessions(const std::vector<SessionRecord>& sessions) {
    QString text = kSessionsHeader + u'\n';
    for (const auto& session : sessions)
        text += row({session.startedAt.toString(Qt::ISODate), session.endedAt.toString(Qt::ISODate),
                     session.routineId, session.routineHash, session.completed ? u"1"_s : u"0"_s,
                     session.fromReminder ? u"1"_s : u"0"_s, QString::number(session.activeSeconds),
                     exercisesField(session.exercises)});
    return text;
}

QString HistoryCsv::checkIns(const std::vector<StoredCheckIn>& checkIns) {
    QString text = kCheckInsHeader + u'\n';
    for (const auto& stored : checkIns)
        text += row({fromLocalSeconds(stored.checkIn.at).toString(kLocalFormat), stored.routineId,
                     QString::fromLatin1(momentName(stored.checkIn.moment)),
                     QString::number(stored.checkIn.rating),
                     QString::fromLatin1(injuryName(stored.checkIn.injury))});
    return text;
}

HistoryCsv::Imported HistoryCsv::import(HistoryStore& store, const QString& text) {
    Imported result;
    const auto all = records(text);
    if (all.empty()) {
        result.errors << tr("line 1: the file is empty");
        return result;
    }
    const QString header = all.front().fields.join(u',');
    const bool sessionsFile = header == kSessionsHeader;
    if (!sessionsFile && header != kCheckInsHeader) {
        result.errors << tr("line 1: the first line must name the columns, either “%1” or “%2”")
                             .arg(kSessionsHeader, kCheckInsHeader);
        return result;
    }
    const int columns = static_cast<int>(all.front().fields.size());
    std::vector<SessionRecord> sessions;
    std::vector<StoredCheckIn> checkIns;
    for (std::size_t i = 1; i < all.size(); ++i) {
        const Record& record = all[i];
        const auto bad = [&result, &record](const QString& why) {
            result.errors << tr("line %1: %2").arg(record.line).arg(why);
        };
        const QStringList& f = record.fields;
        if (f.size() != columns) {
            bad(tr("%1 columns where the first line names %2").arg(f.size()).arg(columns));
            continue;
        }
        if (sessionsFile) {
            SessionRecord session;
            session.startedAt = timeFrom(f[0]);
            session.endedAt = timeFrom(f[1]);
            if (!session.startedAt.isValid() || !session.endedAt.isValid()) {
                bad(tr("the time “%1” is not a date and time like 2024-05-06T09:00:00")
                        .arg(session.startedAt.isValid() ? f[1] : f[0]));
                continue;
            }
            session.routineId = f[2];
            session.routineHash = f[3];
            const auto completed = count(f[4], 1);
            const auto reminder = count(f[5], 1);
            const auto active = count(f[6], 86400 * 7);
            const auto exercises = exercisesFrom(f[7]);
            if (session.routineId.isEmpty()) {
                bad(tr("the routine is missing"));
                continue;
            }
            if (!completed || !reminder || !active || !exercises) {
                bad(tr("“completed” and “from_reminder” must be 0 or 1, “active_seconds” a "
                       "number of seconds and “exercises” as Limber writes them"));
                continue;
            }
            session.completed = *completed == 1;
            session.fromReminder = *reminder == 1;
            session.activeSeconds = *active;
            session.exercises = *exercises;
            sessions.push_back(std::move(session));
        } else {
            StoredCheckIn stored;
            const QDateTime at = QDateTime::fromString(f[0], kLocalFormat);
            if (!at.isValid()) {
                bad(tr("the time “%1” is not a date and time like 2024-05-06T09:00:00").arg(f[0]));
                continue;
            }
            stored.checkIn.at = toLocalSeconds(at);
            stored.routineId = f[1];
            if (stored.routineId.isEmpty()) {
                bad(tr("the routine is missing"));
                continue;
            }
            if (f[2] != u"before" && f[2] != u"after") {
                bad(tr("the moment “%1” is neither “before” nor “after”").arg(f[2]));
                continue;
            }
            stored.checkIn.moment = f[2] == u"after" ? Moment::AfterSession : Moment::BeforeSession;
            const auto rating = count(f[3], 10);
            if (!rating) {
                bad(tr("the rating “%1” is not a whole number from 0 to 10").arg(f[3]));
                continue;
            }
            stored.checkIn.rating = *rating;
            if (f[4] == u"yes")
                stored.checkIn.injury = InjuryAnswer::Yes;
            else if (f[4] == u"no")
                stored.checkIn.injury = InjuryAnswer::No;
            else if (f[4] == u"unasked")
                stored.checkIn.injury = InjuryAnswer::Unasked;
            else {
                bad(tr("the injury answer “%1” is none of “yes”, “no”, “unasked”").arg(f[4]));
                continue;
            }
            checkIns.push_back(std::move(stored));
        }
    }
    if (!result.errors.isEmpty())
        return result;
    const auto merged = store.merge(sessions, checkIns);
    if (!merged) {
        result.errors << tr("the history file could not be written; nothing was imported");
        return result;
    }
    result.added = merged->added;
    result.skipped = merged->skipped;
    return result;
}

QString HistoryCsv::write(const HistoryStore& store, Kind kind, const QString& path) {
    const QString text =
        kind == Kind::Sessions ? sessions(store.sessions()) : checkIns(store.checkIns());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text) || file.write(text.toUtf8()) < 0 ||
        !file.commit())
        return tr("%1 could not be written: %2")
            .arg(QDir::toNativeSeparators(path), file.errorString());
    return {};
}

HistoryCsv::Imported HistoryCsv::importFile(HistoryStore& store, const QString& path) {
    QFile file(path);
    Imported result;
    if (!file.open(QIODevice::ReadOnly)) {
        result.errors << tr("%1 could not be read: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    if (file.size() > kMaxImportBytes) {
        result.errors << tr("%1 is larger than %2\u00a0MB: it is not a history Limber wrote")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(kMaxImportBytes / (1024 * 1024));
        return result;
    }
    return import(store, QString::fromUtf8(file.read(kMaxImportBytes)));
}

} // namespace limber
