#include "session/sessionsnapshot.h"

#include "common/describe.h"
#include "common/qtconvert.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr int kVersion = 1;

QString phaseName(SessionPosition::Phase phase) {
    switch (phase) {
    case SessionPosition::Phase::Step:
        return u"step"_s;
    case SessionPosition::Phase::Rest:
        return u"rest"_s;
    case SessionPosition::Phase::ChooseAgain:
        return u"chooseAgain"_s;
    }
    return u"step"_s;
}

std::optional<SessionPosition::Phase> phaseFrom(const QString& name) {
    if (name == u"step")
        return SessionPosition::Phase::Step;
    if (name == u"rest")
        return SessionPosition::Phase::Rest;
    if (name == u"chooseAgain")
        return SessionPosition::Phase::ChooseAgain;
    return std::nullopt;
}

// "0:12", "1:05"
QString clockTime(Duration d) {
    const qint64 total = std::chrono::ceil<std::chrono::seconds>(d).count();
    return u"%1:%2"_s.arg(total / 60).arg(total % 60, 2, 10, QChar(u'0'));
}

} // namespace

QByteArray toJson(const SessionSnapshot& snapshot) {
    const SessionPosition& p = snapshot.position;
    QJsonObject position{{u"phase"_s, phaseName(p.phase)},
                         {u"exercise"_s, p.exercise},
                         {u"side"_s, p.side},
                         {u"block"_s, p.block},
                         {u"cycle"_s, p.cycle},
                         {u"step"_s, p.step},
                         {u"reps"_s, p.reps}};
    if (p.remaining) {
        position.insert(
            u"remainingMs"_s,
            static_cast<qint64>(
                std::chrono::duration_cast<std::chrono::milliseconds>(*p.remaining).count()));
    }
    QJsonArray choices;
    for (const auto& [key, value] : snapshot.choices) {
        choices.append(QJsonObject{{u"exercise"_s, toQString(key.exerciseId)},
                                   {u"step"_s, key.step},
                                   {u"value"_s, value}});
    }
    const QJsonObject root{
        {u"version"_s, kVersion},
        {u"routine"_s, snapshot.routineId},
        {u"hash"_s, snapshot.contentHash},
        {u"file"_s, snapshot.routineFile},
        {u"savedAt"_s, snapshot.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"position"_s, position},
        {u"choices"_s, choices},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<SessionSnapshot> snapshotFromJson(const QByteArray& json) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() != kVersion)
        return std::nullopt;
    SessionSnapshot snapshot;
    snapshot.routineId = root.value(u"routine"_s).toString();
    snapshot.contentHash = root.value(u"hash"_s).toString();
    snapshot.routineFile = root.value(u"file"_s).toString();
    snapshot.savedAt =
        QDateTime::fromString(root.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
    if (snapshot.routineId.isEmpty() || !snapshot.savedAt.isValid())
        return std::nullopt;
    const QJsonObject position = root.value(u"position"_s).toObject();
    const auto phase = phaseFrom(position.value(u"phase"_s).toString());
    if (!phase)
        return std::nullopt;
    SessionPosition& p = snapshot.position;
    p.phase = *phase;
    p.exercise = position.value(u"exercise"_s).toInt();
    p.side = position.value(u"side"_s).toInt();
    p.block = position.value(u"block"_s).toInt();
    p.cycle = position.value(u"cycle"_s).toInt();
    p.step = position.value(u"step"_s).toInt();
    p.reps = position.value(u"reps"_s).toInt();
    if (position.contains(u"remainingMs"_s)) {
        p.remaining = std::chrono::duration_cast<Duration>(
            std::chrono::milliseconds(position.value(u"remainingMs"_s).toInteger()));
    }
    for (const QJsonValue& value : root.value(u"choices"_s).toArray()) {
        const QJsonObject choice = value.toObject();
        snapshot.choices[ChoiceKey{choice.value(u"exercise"_s).toString().toStdString(),
                                   choice.value(u"step"_s).toInt()}] =
            choice.value(u"value"_s).toInt();
    }
    return snapshot;
}

SnapshotStore::SnapshotStore(QString file)
    : m_file(std::move(file)) {}

QString SnapshotStore::defaultFile() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/session.json"_s;
}

bool SnapshotStore::save(const SessionSnapshot& snapshot) {
    if (m_file.isEmpty()) {
        m_memory = snapshot;
        return true;
    }
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile out(m_file);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    out.write(toJson(snapshot));
    return out.commit();
}

std::optional<SessionSnapshot> SnapshotStore::load() const {
    if (m_file.isEmpty())
        return m_memory;
    QFile in(m_file);
    if (!in.open(QIODevice::ReadOnly))
        return std::nullopt;
    return snapshotFromJson(in.read(64 * 1024));
}

void SnapshotStore::clear() {
    m_memory.reset();
    if (!m_file.isEmpty())
        QFile::remove(m_file);
}

bool lapsed(const SessionSnapshot& snapshot, const QDateTime& now) {
    const qint64 age = snapshot.savedAt.msecsTo(now);
    return age < -60'000 /* a clock set back a little is forgiven */ ||
           age > std::chrono::duration_cast<std::chrono::milliseconds>(kResumeLapse).count();
}

ResumeState resumeState(const std::optional<SessionSnapshot>& snapshot, const Routine& routine,
                        const QDateTime& now) {
    if (!snapshot || snapshot->routineId != toQString(routine.id) || lapsed(*snapshot, now))
        return ResumeState::None;
    if (snapshot->contentHash != toQString(routine.contentHash))
        return ResumeState::Changed;
    return ResumeState::Offered;
}

QString ResumeOffer::text(const SessionSnapshot& snapshot, const Routine& routine,
                          const SessionSettings& settings) {
    SessionEngine probe(routine, settings, snapshot.choices);
    if (!probe.fits(snapshot.position))
        return {};
    probe.restore(TimePoint{}, snapshot.position);
    const Progress p = probe.progress(TimePoint{});
    const auto number = Describe::number;
    const SessionPosition& at = snapshot.position;
    switch (at.phase) {
    case SessionPosition::Phase::Rest:
        return tr("Resume in the rest before exercise %1 of %2, %3 left")
            .arg(number(p.exercise + 2), number(p.exerciseCount), clockTime(p.remaining));
    case SessionPosition::Phase::ChooseAgain:
        return tr("Resume at exercise %1 of %2, after cycle %3")
            .arg(number(p.exercise + 1), number(p.exerciseCount), number(p.cycle));
    case SessionPosition::Phase::Step:
        break;
    }
    const QString where = tr("exercise %1 of %2, step %3 of %4")
                              .arg(number(p.exercise + 1), number(p.exerciseCount),
                                   number(p.step + 1), number(p.stepCount));
    if (at.remaining && *at.remaining > Duration{0})
        return tr("Resume at %1, %2 left").arg(where, clockTime(*at.remaining));
    return tr("Resume at %1").arg(where);
}

QString ResumeOffer::changedText() {
    return tr("Your unfinished session of this routine cannot be resumed: the routine's file has "
              "changed since. Start it again from the beginning.");
}

} // namespace limber
