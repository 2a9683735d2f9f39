// The history store: what is saved comes back, old files are migrated, bad
// files are moved aside, a busy or full file is reported, and a writer
// killed at random moments loses nothing that was committed.
#include "common/qtconvert.h"
#include "history/historycsv.h"
#include "history/historystore.h"
#include "history/sessionrecorder.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <gtest/gtest.h>
#include <set>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using namespace limber;

namespace {

SessionRecord sampleSession(int minute = 0) {
    SessionRecord session;
    session.routineId = u"upper-back-relief"_s;
    session.routineHash = u"abc123"_s;
    session.startedAt = QDateTime(QDate(2024, 12, 1), QTime(9, minute));
    session.endedAt = session.startedAt.addSecs(400);
    session.completed = false;
    session.fromReminder = true;
    session.activeSeconds = 380;
    session.exercises = {
        {u"wall"_s, ExerciseOutcome::Done, {{30, 30}, {30, 45}}, 0, 6, 2},
        {u"elbow"_s, ExerciseOutcome::Skipped, {}, 0, 0, 0},
        {u"strap"_s, ExerciseOutcome::Stopped, {{60, 12}}, 7, 0, 1},
    };
    return session;
}

CheckIn checkIn(int day, int rating, Moment moment = Moment::BeforeSession,
                InjuryAnswer injury = InjuryAnswer::Unasked) {
    const local_days date{year{2024} / December / day};
    return {date + hours(9), rating, moment, injury};
}

// Runs the real limber with its history under `data` (XDG_DATA_HOME), in
// English; its exit code, and what it printed.
int runLimber(const QString& home, const QString& data, const QStringList& arguments,
              QString* out = nullptr, QString* err = nullptr) {
    QProcess limber;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, data);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    limber.setProcessEnvironment(environment);
    limber.start(QStringLiteral(LIMBER_BINARY), arguments);
    EXPECT_TRUE(limber.waitForFinished(60000));
    if (out)
        *out = QString::fromUtf8(limber.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(limber.readAllStandardError());
    return limber.exitCode();
}

QString scalar(QSqlDatabase& db, const QString& sql) {
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return u"error: "_s + query.lastError().text();
    return query.value(0).toString();
}

class HistoryStoreTest : public ::testing::Test {
protected:
    QTemporaryDir dir;
    QString file = dir.path() + u"/history.sqlite"_s;
};

TEST_F(HistoryStoreTest, ASessionComesBackAsSaved) {
    HistoryStore store(file);
    ASSERT_TRUE(store.isOpen());
    EXPECT_EQ(store.schemaVersion(), HistoryStore::kSchemaVersion);
    const auto before = store.addCheckIn(u"upper-back-relief"_s, checkIn(1, 4));
    ASSERT_TRUE(before);
    const auto id = store.recordSession(sampleSession(), {*before});
    ASSERT_TRUE(id);
    store.addCheckIn(u"upper-back-relief"_s, checkIn(1, 2, Moment::AfterSession), *id);

    const auto sessions = store.sessions();
    ASSERT_EQ(sessions.size(), 1U);
    SessionRecord expected = sampleSession();
    expected.id = *id;
    EXPECT_EQ(sessions[0], expected);

    const auto checkIns = store.checkIns();
    ASSERT_EQ(checkIns.size(), 2U);
    EXPECT_EQ(checkIns[0].checkIn, checkIn(1, 4));
    EXPECT_EQ(checkIns[0].sessionId, id);
    EXPECT_EQ(checkIns[1].checkIn.rating, 2);
    EXPECT_EQ(checkIns[1].checkIn.moment, Moment::AfterSession);
    EXPECT_EQ(checkIns[1].sessionId, id);
    EXPECT_EQ(store.integrityCheck(), u"ok"_s);
}

TEST_F(HistoryStoreTest, TheFileIsInWalModeAndSurvivesReopening) {
    {
        HistoryStore store(file);
        store.recordSession(sampleSession());
        store.addCheckIn(u"r"_s, checkIn(2, 3, Moment::BeforeSession, InjuryAnswer::Yes));
        store.acknowledgeAdvice(u"r"_s, {AdviceReason::Worse}, year{2024} / December / 2);
        QSqlDatabase db = QSqlDatabase::database(store.connectionName());
        EXPECT_EQ(scalar(db, u"PRAGMA journal_mode"_s), u"wal"_s);
    }
    HistoryStore store(file);
    EXPECT_EQ(store.sessions().size(), 1U);
    EXPECT_EQ(store.painCheckIns(u"r"_s).at(0).injury, InjuryAnswer::Yes);
    const auto ack = store.lastAcknowledgement(u"r"_s, year{2024} / December / 3);
    ASSERT_TRUE(ack);
    EXPECT_EQ(ack->date, year{2024} / December / 2);
    EXPECT_EQ(ack->reasons, std::vector<AdviceReason>{AdviceReason::Worse});
}

TEST_F(HistoryStoreTest, AcknowledgementsAreKeptPerReason) {
    HistoryStore store(file);
    const auto day3 = year{2024} / December / 3;
    const auto day4 = year{2024} / December / 4;
    store.acknowledgeAdvice(u"r"_s, {AdviceReason::Persists, AdviceReason::Worse}, day3);
    store.acknowledgeAdvice(u"r"_s, {AdviceReason::Worse}, day4);
    const auto ack = store.lastAcknowledgement(u"r"_s, day4);
    ASSERT_TRUE(ack);
    EXPECT_EQ(ack->date, day4);
    EXPECT_EQ(ack->reasons, std::vector<AdviceReason>{AdviceReason::Worse});
    EXPECT_EQ(store.acknowledgements(u"r"_s).size(), 2U);
    EXPECT_FALSE(store.lastAcknowledgement(u"other"_s, day4));
}

// Settings shows where the history is; "Delete my history…" asks first,
// keeps it unless the person says Delete, then deletes it so that nothing of
// it is left in the file, and says so.
TEST_F(HistoryStoreTest, SettingsShowsTheFileAndDeletesTheHistoryOnlyWhenAsked) {
    HistoryStore store(file);
    const auto before = store.addCheckIn(u"upper-back-relief"_s, checkIn(1, 4));
    ASSERT_TRUE(before);
    ASSERT_TRUE(store.recordSession(sampleSession(), {*before}));
    store.acknowledgeAdvice(u"upper-back-relief"_s, {AdviceReason::Worse},
                            year{2024} / December / 1);
    Settings settings(dir.path() + u"/limber.conf"_s);
    SettingsDialog dialog(settings);
    dialog.setHistory(store);
    dialog.show();

    auto* path = dialog.findChild<QLineEdit*>(u"historyPath"_s);
    ASSERT_NE(path, nullptr);
    EXPECT_EQ(path->text(), QDir::toNativeSeparators(file));
    auto* remove = dialog.findChild<QPushButton*>(u"deleteHistory"_s);
    ASSERT_NE(remove, nullptr);
    EXPECT_EQ(remove->text(), u"Delete my history…"_s);
    const auto question = [&dialog]() -> QMessageBox* {
        auto* box = dialog.findChild<QMessageBox*>(u"confirmDeleteHistory"_s);
        return box && box->isVisible() ? box : nullptr;
    };

    // Enter takes the default: keep it.
    remove->click();
    QMessageBox* box = question();
    ASSERT_NE(box, nullptr) << "it asks first";
    EXPECT_EQ(box->text(), u"Delete every session, pain check-in and break reminder Limber has "
                           "kept? This cannot be undone."_s);
    EXPECT_EQ(box->defaultButton(), box->button(QMessageBox::No));
    EXPECT_EQ(box->defaultButton()->text(), u"&Keep it"_s);
    QTest::keyClick(box, Qt::Key_Return);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(question(), nullptr);
    EXPECT_EQ(store.sessions().size(), 1U) << "kept";
    EXPECT_EQ(store.checkIns().size(), 1U);

    // Delete.
    remove->click();
    box = question();
    ASSERT_NE(box, nullptr);
    box->button(QMessageBox::Yes)->click();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    auto* told = dialog.findChild<QMessageBox*>(u"historyDeleted"_s);
    ASSERT_NE(told, nullptr) << "it says it is done";
    EXPECT_TRUE(told->isVisible());
    EXPECT_EQ(told->text(), u"Your history is deleted: no session, pain check-in or break "
                            "reminder is kept any more."_s);
    EXPECT_TRUE(store.sessions().empty());
    EXPECT_TRUE(store.checkIns().empty());
    EXPECT_FALSE(store.lastAcknowledgement(u"upper-back-relief"_s, year{2024} / December / 1));
    EXPECT_EQ(store.integrityCheck(), u"ok"_s);

    // Nothing of it is left to read in the file (or its journal), and the
    // history goes on in it.
    for (const QString& name : {file, QString(file + u"-wal"_s)}) {
        QFile bytes(name);
        if (!bytes.open(QIODevice::ReadOnly))
            continue;
        const QByteArray content = bytes.readAll();
        EXPECT_FALSE(content.contains("abc123")) << name.toStdString();
        EXPECT_FALSE(content.contains("upper-back-relief")) << name.toStdString();
    }
    EXPECT_TRUE(store.recordSession(sampleSession()));
    HistoryStore reopened(file);
    EXPECT_EQ(reopened.sessions().size(), 1U);
}

// Sessions and check-ins written as CSV come back the same in another
// history, and importing them twice adds nothing the second time.
TEST_F(HistoryStoreTest, CsvRoundTripsAndMergesWithoutDuplicates) {
    HistoryStore store(file);
    const auto before = store.addCheckIn(u"upper-back-relief"_s, checkIn(1, 4));
    ASSERT_TRUE(store.recordSession(sampleSession(), {*before}));
    ASSERT_TRUE(store.recordSession(sampleSession(30)));
    store.addCheckIn(u"upper-back-relief"_s, checkIn(1, 2, Moment::AfterSession));
    store.addCheckIn(u"upper-back-relief"_s,
                     checkIn(2, 5, Moment::BeforeSession, InjuryAnswer::Yes));
    const QString sessions = HistoryCsv::sessions(store.sessions());
    const QString checkIns = HistoryCsv::checkIns(store.checkIns());
    EXPECT_TRUE(sessions.startsWith(u"started_at,ended_at,routine_id,routine_hash,completed,"
                                    "from_reminder,active_seconds,exercises\n"_s));

    HistoryStore other(dir.path() + u"/other.sqlite"_s);
    auto imported = HistoryCsv::import(other, sessions);
    EXPECT_EQ(imported.errors, QStringList());
    EXPECT_EQ(imported.added, 2);
    imported = HistoryCsv::import(other, checkIns);
    EXPECT_EQ(imported.added, 3);
    auto mine = store.sessions();
    auto theirs = other.sessions();
    ASSERT_EQ(theirs.size(), 2U);
    for (std::size_t i = 0; i < 2; ++i) {
        theirs[i].id = mine[i].id;
        EXPECT_EQ(theirs[i], mine[i]);
    }
    EXPECT_EQ(other.painCheckIns(u"upper-back-relief"_s),
              store.painCheckIns(u"upper-back-relief"_s));

    // Again: everything is kept already.
    imported = HistoryCsv::import(other, sessions);
    EXPECT_EQ(imported.added, 0);
    EXPECT_EQ(imported.skipped, 2);
    imported = HistoryCsv::import(other, checkIns);
    EXPECT_EQ(imported.skipped, 3);
    EXPECT_EQ(other.sessions().size(), 2U);
    EXPECT_EQ(other.checkIns().size(), 3U);
}

// One bad row: its line is named, and nothing of the file is imported.
TEST_F(HistoryStoreTest, ACsvWithABadRowImportsNothingAndNamesTheLine) {
    HistoryStore store(file);
    const QString text = u"at,routine_id,moment,rating,injury\n"
                         "2024-12-01T09:00:00,upper-back-relief,before,4,no\n"
                         "2024-12-02T09:00:00,upper-back-relief,before,eleven,no\n"
                         "2024-12-03T09:00:00,upper-back-relief,after,2,unasked\n"_s;
    const auto imported = HistoryCsv::import(store, text);
    EXPECT_EQ(imported.errors,
              QStringList{u"line 3: the rating “eleven” is not a whole number from 0 to 10"_s});
    EXPECT_EQ(imported.added, 0);
    EXPECT_TRUE(store.checkIns().empty()) << "nothing half-imported";
}

// The command line, on the real program and its real history file:
// --export-history writes both files, --import-history merges them into
// another person's history and names a bad row by its line without
// importing any of that file.
TEST_F(HistoryStoreTest, TheCommandLineExportsAndImportsTheHistory) {
    const QString home = dir.path() + u"/home"_s;
    const auto run = [&home](const QString& data, const QStringList& arguments,
                             QString* out = nullptr, QString* err = nullptr) {
        return runLimber(home, data, arguments, out, err);
    };
    const QString mine = dir.path() + u"/mine"_s;
    {
        HistoryStore store(mine + u"/limber/history.sqlite"_s);
        const auto before = store.addCheckIn(u"upper-back-relief"_s, checkIn(1, 4));
        ASSERT_TRUE(store.recordSession(sampleSession(), {*before}));
        store.addCheckIn(u"upper-back-relief"_s, checkIn(1, 2, Moment::AfterSession));
    }
    const QString csv = dir.path() + u"/out/history.csv"_s;
    QDir().mkpath(dir.path() + u"/out"_s);
    QString out;
    QString err;
    ASSERT_EQ(run(mine, {u"--export-history"_s, csv}, &out, &err), 0) << err.toStdString();
    const QString checkInsCsv = dir.path() + u"/out/history-check-ins.csv"_s;
    EXPECT_EQ(out, u"Sessions written to %1, pain check-ins to %2.\n"_s.arg(csv, checkInsCsv));
    ASSERT_TRUE(QFile::exists(checkInsCsv));

    const QString theirs = dir.path() + u"/theirs"_s;
    ASSERT_EQ(run(theirs, {u"--import-history"_s, csv, checkInsCsv}, &out, &err), 0)
        << err.toStdString();
    EXPECT_EQ(out, u"%1: 1 added, 0 already kept.\n%2: 2 added, 0 already kept.\n"_s.arg(
                       csv, checkInsCsv));
    ASSERT_EQ(run(theirs, {u"--import-history"_s, csv}, &out, &err), 0);
    EXPECT_EQ(out, u"%1: 0 added, 1 already kept.\n"_s.arg(csv)) << "no duplicates";
    {
        HistoryStore store(theirs + u"/limber/history.sqlite"_s);
        ASSERT_EQ(store.sessions().size(), 1U);
        EXPECT_EQ(store.sessions()[0].exercises.size(), 3U);
        EXPECT_EQ(store.checkIns().size(), 2U);
    }

    const QString bad = dir.path() + u"/bad.csv"_s;
    QFile badFile(bad);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write("at,routine_id,moment,rating,injury\n"
                  "2024-12-05T09:00:00,upper-back-relief,before,3,no\n"
                  "2024-12-06T09:00:00,upper-back-relief,during,3,no\n");
    badFile.close();
    EXPECT_EQ(run(theirs, {u"--import-history"_s, bad}, &out, &err), 1);
    EXPECT_EQ(err, u"%1: line 3: the moment “during” is neither “before” nor “after”\n"
                   "%1: nothing imported.\n"_s.arg(bad));
    HistoryStore store(theirs + u"/limber/history.sqlite"_s);
    EXPECT_EQ(store.checkIns().size(), 2U) << "nothing of the bad file was imported";

    // A folder that cannot be written: a clear error and exit code 1.
    EXPECT_EQ(run(mine, {u"--export-history"_s, u"/proc/limber/history.csv"_s}, &out, &err), 1);
    EXPECT_TRUE(err.startsWith(u"limber: /proc/limber/history.csv could not be written: "_s))
        << err.toStdString();
}

// `--history --json`: every session with its own exercises and holds (read
// for all sessions at once, so each must land on its own), every check-in
// with its local time as stored, whatever the zone.
TEST_F(HistoryStoreTest, TheCommandLinePrintsEverySessionWithItsOwnExercisesAsJson) {
    const QString data = dir.path() + u"/data"_s;
    {
        HistoryStore store(data + u"/limber/history.sqlite"_s);
        const auto before = store.addCheckIn(u"upper-back-relief"_s, checkIn(1, 4));
        ASSERT_TRUE(store.recordSession(sampleSession(), {*before}));
        SessionRecord second = sampleSession(30);
        second.completed = true;
        second.fromReminder = false;
        second.exercises = {{u"strap"_s, ExerciseOutcome::Done, {{45, 45}}, 3, 0, 1}};
        ASSERT_TRUE(store.recordSession(second, {}));
    }
    const QByteArray zoneBefore = qgetenv("TZ");
    const bool hadZone = qEnvironmentVariableIsSet("TZ");
    for (const char* zone : {"UTC", "America/New_York"}) {
        SCOPED_TRACE(zone);
        qputenv("TZ", zone);
        QString out;
        QString err;
        const int status =
            runLimber(dir.path() + u"/home"_s, data, {u"--history"_s, u"--json"_s}, &out, &err);
        if (hadZone)
            qputenv("TZ", zoneBefore);
        else
            qunsetenv("TZ");
        ASSERT_EQ(status, 0) << err.toStdString();
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        const QJsonArray sessions = json[u"sessions"_s].toArray();
        ASSERT_EQ(sessions.size(), 2);
        EXPECT_EQ(sessions[0][u"started"_s].toString(), u"2024-12-01T09:00:00"_s);
        EXPECT_TRUE(sessions[0][u"fromReminder"_s].toBool());
        const QJsonArray first = sessions[0][u"exercises"_s].toArray();
        ASSERT_EQ(first.size(), 3);
        EXPECT_EQ(first[0][u"id"_s].toString(), u"wall"_s);
        EXPECT_EQ(first[0][u"holds"_s].toArray(),
                  (QJsonArray{QJsonObject{{u"target"_s, 30}, {u"held"_s, 30}},
                              QJsonObject{{u"target"_s, 30}, {u"held"_s, 45}}}));
        EXPECT_EQ(first[1][u"outcome"_s].toString(), u"skipped"_s);
        EXPECT_TRUE(first[1][u"holds"_s].toArray().isEmpty());
        EXPECT_EQ(first[2][u"holds"_s].toArray(),
                  (QJsonArray{QJsonObject{{u"target"_s, 60}, {u"held"_s, 12}}}));
        EXPECT_EQ(first[2][u"reps"_s].toInt(), 7);
        EXPECT_EQ(sessions[1][u"started"_s].toString(), u"2024-12-01T09:30:00"_s);
        const QJsonArray second = sessions[1][u"exercises"_s].toArray();
        ASSERT_EQ(second.size(), 1);
        EXPECT_EQ(second[0][u"id"_s].toString(), u"strap"_s);
        EXPECT_EQ(second[0][u"holds"_s].toArray(),
                  (QJsonArray{QJsonObject{{u"target"_s, 45}, {u"held"_s, 45}}}));
        const QJsonArray checkIns = json[u"checkIns"_s].toArray();
        ASSERT_EQ(checkIns.size(), 1);
        EXPECT_EQ(checkIns[0][u"at"_s].toString(), u"2024-12-01T09:00:00"_s);
        EXPECT_EQ(checkIns[0][u"rating"_s].toInt(), 4);
        EXPECT_EQ(checkIns[0][u"session"_s].toInteger(), sessions[0][u"id"_s].toInteger());
    }
}

// A session imported with its zone (a CSV from another machine) keeps it in
// `--history --json`; a local one is written as stored; and output that cannot
// be written (a full disk) is an error, not a cut file with exit code 0.
TEST_F(HistoryStoreTest, TheCommandLineKeepsAnImportedZoneAndSaysWhenItCannotWrite) {
    const QString data = dir.path() + u"/data"_s;
    {
        HistoryStore store(data + u"/limber/history.sqlite"_s);
        SessionRecord utc = sampleSession();
        utc.startedAt = QDateTime(QDate(2024, 12, 1), QTime(9, 0), Qt::UTC);
        utc.endedAt = utc.startedAt.addSecs(400);
        ASSERT_TRUE(store.recordSession(utc, {}));
        ASSERT_TRUE(store.recordSession(sampleSession(30), {}));
    }
    QString out;
    QString err;
    ASSERT_EQ(runLimber(dir.path() + u"/home"_s, data, {u"--history"_s, u"--json"_s}, &out, &err),
              0)
        << err.toStdString();
    const QJsonArray sessions =
        QJsonDocument::fromJson(out.toUtf8()).object()[u"sessions"_s].toArray();
    ASSERT_EQ(sessions.size(), 2);
    EXPECT_EQ(sessions[0][u"started"_s].toString(), u"2024-12-01T09:00:00Z"_s);
    EXPECT_EQ(sessions[0][u"ended"_s].toString(), u"2024-12-01T09:06:40Z"_s);
    EXPECT_EQ(sessions[1][u"started"_s].toString(), u"2024-12-01T09:30:00"_s);

    QProcess limber;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"XDG_DATA_HOME"_s, data);
    environment.insert(u"XDG_CONFIG_HOME"_s, dir.path() + u"/home/config"_s);
    environment.insert(u"LANGUAGE"_s, u"en"_s);
    environment.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    limber.setProcessEnvironment(environment);
    limber.setStandardOutputFile(u"/dev/full"_s);
    limber.start(QStringLiteral(LIMBER_BINARY), {u"--history"_s, u"--json"_s});
    ASSERT_TRUE(limber.waitForFinished(60000));
    EXPECT_EQ(limber.exitCode(), 1);
    EXPECT_TRUE(QString::fromUtf8(limber.readAllStandardError())
                    .startsWith(u"limber: the history could not be written out: "_s));
}

// `--history --json` gives each routine's advice from that routine's own
// check-ins: issue #15's person, 4, 4, 5, 6 before the upper-back routine on
// four days in a row, is told on day 4 that the pain is getting worse, with
// the dates and ratings; the lower back, with no check-ins, has nothing to say.
TEST_F(HistoryStoreTest, TheCommandLineGivesEachRoutinesAdviceFromItsOwnCheckIns) {
    const QString data = dir.path() + u"/data"_s;
    const QDate today = QDate::currentDate();
    {
        HistoryStore store(data + u"/limber/history.sqlite"_s);
        const int ratings[] = {4, 4, 5, 6};
        for (int i = 0; i < 4; ++i) {
            const local_days day{toYmd(today.addDays(i - 3))};
            ASSERT_TRUE(store.addCheckIn(
                u"upper-back-relief"_s,
                {day + hours(9), ratings[i], Moment::BeforeSession, InjuryAnswer::No}));
        }
    }
    QString out;
    QString err;
    ASSERT_EQ(runLimber(dir.path() + u"/home"_s, data, {u"--history"_s, u"--json"_s}, &out, &err),
              0)
        << err.toStdString();
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(out.toUtf8(), &error).object();
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    EXPECT_EQ(json[u"checkIns"_s].toArray().size(), 4);
    QJsonObject upperBack;
    QJsonObject lowerBack;
    for (const auto& entry : json[u"advice"_s].toArray()) {
        if (entry[u"routine"_s] == u"upper-back-relief"_s)
            upperBack = entry.toObject();
        if (entry[u"routine"_s] == u"lower-back"_s)
            lowerBack = entry.toObject();
    }
    ASSERT_FALSE(upperBack.isEmpty()) << out.toStdString();
    const QJsonArray reasons = upperBack[u"reasons"_s].toArray();
    ASSERT_EQ(reasons.size(), 1) << out.toStdString();
    EXPECT_EQ(reasons[0][u"rule"_s].toString(), u"worse"_s);
    EXPECT_TRUE(reasons[0][u"risenBy"_s].toBool()) << "4 -> 6 is 2 or more";
    EXPECT_TRUE(reasons[0][u"text"_s].toString().contains(u"4"_s));
    EXPECT_TRUE(reasons[0][u"text"_s].toString().contains(u"6"_s));
    EXPECT_FALSE(upperBack[u"needsConfirmationToStart"_s].toBool());
    EXPECT_EQ(upperBack[u"first"_s][u"date"_s].toString(), today.addDays(-3).toString(Qt::ISODate));
    EXPECT_EQ(upperBack[u"first"_s][u"rating"_s].toInt(), 4);
    EXPECT_EQ(upperBack[u"latest"_s][u"date"_s].toString(), today.toString(Qt::ISODate));
    EXPECT_EQ(upperBack[u"latest"_s][u"rating"_s].toInt(), 6);
    ASSERT_FALSE(lowerBack.isEmpty()) << "the lower back has a pain rule too";
    EXPECT_TRUE(lowerBack[u"reasons"_s].toArray().isEmpty()) << "not the upper back's check-ins";
    EXPECT_FALSE(lowerBack.contains(u"latest"_s));
}

// A commit never runs a checkpoint on the window's thread (it syncs to disk:
// 10 to 15 ms): the log grows until a worker carries it into the file. The
// database file itself only grows when a checkpoint copies the log into it.
TEST_F(HistoryStoreTest, AWorkerCarriesTheLogIntoTheFile) {
    const QString path = dir.filePath(u"history.sqlite"_s);
    HistoryStore store(path);
    ASSERT_TRUE(store.isOpen());
    const qint64 empty = QFileInfo(path).size();
    int written = 0;
    while (QFileInfo(path + u"-wal"_s).size() < 4000 * 1024) {
        ASSERT_TRUE(store.recordSession(sampleSession(written % 60), {}));
        ++written;
        ASSERT_LT(written, 5000) << "the log never reached 4 MB";
    }
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > empty, 10000);
    // Once the worker is done, a commit starts the log again, cut back to
    // 1 MB (journal_size_limit), so that its size goes on telling how much
    // waits for a checkpoint (else every commit would start one).
    bool cutBack = false;
    for (int tries = 0; tries < 100 && !cutBack; ++tries) {
        QTest::qWait(50);
        ASSERT_TRUE(store.recordSession(sampleSession(written % 60), {}));
        ++written;
        cutBack = QFileInfo(path + u"-wal"_s).size() <= 1024 * 1024;
    }
    EXPECT_TRUE(cutBack) << "the log kept its largest size";
    // Nothing is lost on the way: every session is read back.
    EXPECT_EQ(store.sessions().size(), static_cast<std::size_t>(written));
}

// "Delete my history" while the worker checkpoints: it waits for it, so its
// own checkpoints are not refused as busy, and nothing deleted stays
// readable in the file or its log.
TEST_F(HistoryStoreTest, DeletingWhileTheWorkerCheckpointsLeavesNothingToRead) {
    const QString path = dir.filePath(u"history.sqlite"_s);
    HistoryStore store(path);
    ASSERT_TRUE(store.isOpen());
    int written = 0;
    while (QFileInfo(path + u"-wal"_s).size() < 4000 * 1024) {
        ASSERT_TRUE(store.recordSession(sampleSession(written % 60), {}));
        ASSERT_LT(++written, 5000) << "the log never reached 4 MB";
    }
    ASSERT_TRUE(store.deleteAll());
    for (const QString& name : {path, QString(path + u"-wal"_s)}) {
        QFile bytes(name);
        if (!bytes.open(QIODevice::ReadOnly))
            continue;
        EXPECT_FALSE(bytes.readAll().contains("abc123")) << name.toStdString();
    }
    EXPECT_TRUE(store.sessions().empty());
}

// Every earlier version, 0 (an empty file) included, is brought up to date
// and keeps its rows.
TEST_F(HistoryStoreTest, MigratesFromEachEarlierVersion) {
    for (int version = 0; version < HistoryStore::kSchemaVersion; ++version) {
        SCOPED_TRACE(version);
        const QString path = dir.path() + u"/v%1.sqlite"_s.arg(version);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(path);
            ASSERT_TRUE(db.open());
            if (version == 0) {
                db.close();
                QFile empty(path); // a zero-byte file
                ASSERT_TRUE(empty.open(QIODevice::WriteOnly | QIODevice::Truncate));
            } else {
                QString error;
                ASSERT_TRUE(HistoryStore::migrate(db, version, &error)) << error.toStdString();
                QSqlQuery insert(db);
                ASSERT_TRUE(insert.exec(
                    u"INSERT INTO sessions (routine_id, routine_hash, started_at, ended_at, "
                    "completed, active_seconds) VALUES ('old', 'h', '2024-11-30T08:00:00', "
                    "'2024-11-30T08:05:00', 1, 300)"_s));
                ASSERT_TRUE(insert.exec(u"INSERT INTO check_ins (routine_id, at, rating, moment, "
                                        "injury) VALUES ('old', '2024-11-30T08:00:00', 3, "
                                        "'before', 'no')"_s));
                EXPECT_EQ(scalar(db, u"PRAGMA user_version"_s), QString::number(version));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);

        HistoryStore store(path);
        ASSERT_TRUE(store.isOpen());
        EXPECT_TRUE(store.openNotice().isEmpty()) << store.openNotice().toStdString();
        EXPECT_EQ(store.schemaVersion(), HistoryStore::kSchemaVersion);
        const auto sessions = store.sessions();
        ASSERT_EQ(sessions.size(), version == 0 ? 0U : 1U);
        if (version > 0) {
            EXPECT_EQ(sessions[0].routineId, u"old"_s);
            EXPECT_FALSE(sessions[0].fromReminder);
            EXPECT_EQ(store.painCheckIns(u"old"_s).at(0).rating, 3);
        }
        // Every table of the newest version is there and writable.
        EXPECT_TRUE(store.recordSession(sampleSession()));
        EXPECT_TRUE(
            store.acknowledgeAdvice(u"old"_s, {AdviceReason::Persists}, year{2024} / December / 1));
        ReminderRecord reminder;
        reminder.shownAt = QDateTime(QDate(2024, 12, 1), QTime(10, 0));
        reminder.answeredAt = reminder.shownAt;
        EXPECT_TRUE(store.recordReminder(reminder));
        EXPECT_EQ(store.reminders().size(), 1U);
    }
}

// What became of the break reminders: kept in the file as saved, counted
// per day (the day it was answered), and deleted with the rest.
TEST_F(HistoryStoreTest, RemindersOutcomesAreKeptCountedByDayAndDeleted) {
    const auto reminder = [](int day, int hour, ReminderRecord::Outcome outcome,
                             ReminderRecord::Via via = ReminderRecord::Via::Answer,
                             int answeredAfter = 90) {
        ReminderRecord record;
        record.shownAt = QDateTime(QDate(2024, 12, day), QTime(hour, 50));
        record.answeredAt = record.shownAt.addSecs(answeredAfter);
        record.outcome = outcome;
        record.via = via;
        record.activeSeconds = 3000 + hour;
        return record;
    };
    std::vector<ReminderRecord> saved{
        reminder(2, 9, ReminderRecord::Outcome::Postponed),
        reminder(2, 10, ReminderRecord::Outcome::Taken, ReminderRecord::Via::Lock),
        reminder(2, 11, ReminderRecord::Outcome::Skipped),
        reminder(2, 23, ReminderRecord::Outcome::Taken, ReminderRecord::Via::Suspend, 3600),
        reminder(3, 14, ReminderRecord::Outcome::Postponed),
        reminder(3, 15, ReminderRecord::Outcome::Taken, ReminderRecord::Via::NaturalBreak),
    };
    {
        HistoryStore store(file);
        for (auto& record : saved) {
            const auto id = store.recordReminder(record);
            ASSERT_TRUE(id);
            record.id = *id;
        }
    }
    HistoryStore store(file);
    EXPECT_EQ(store.reminders(), saved);
    const auto days = store.days();
    ASSERT_EQ(days.size(), 2U);
    EXPECT_EQ(days[0].date, QDate(2024, 12, 2));
    EXPECT_EQ(days[0].sessions, 0);
    EXPECT_EQ(days[0].remindersPostponed, 1);
    EXPECT_EQ(days[0].remindersTaken, 1);
    EXPECT_EQ(days[0].remindersSkipped, 1);
    EXPECT_EQ(days[1].date, QDate(2024, 12, 3));
    EXPECT_EQ(days[1].remindersPostponed, 1);
    EXPECT_EQ(days[1].remindersTaken, 2) << "shown at 23:50, answered at 00:50 the next day";
    EXPECT_EQ(days[1].remindersSkipped, 0);

    // The file's own words: a row SQLite wrote, read without Limber.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
    db.setDatabaseName(file);
    ASSERT_TRUE(db.open());
    EXPECT_EQ(scalar(db, u"SELECT shown_at || ' ' || answered_at || ' ' || outcome || ' ' || via "
                         "|| ' ' || active_seconds FROM reminders WHERE id = 2"_s),
              u"2024-12-02T10:50:00 2024-12-02T10:51:30 taken lock 3010"_s);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"raw"_s);

    ASSERT_TRUE(store.deleteAll());
    EXPECT_TRUE(store.reminders().empty());
    EXPECT_TRUE(store.days().empty());
}

TEST_F(HistoryStoreTest, AFileThatIsNotADatabaseIsMovedAsideAndANewOneStarted) {
    {
        QFile garbage(file);
        ASSERT_TRUE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("this is not a database, just some words\n").repeated(200));
    }
    HistoryStore store(file);
    ASSERT_TRUE(store.isOpen());
    const QString moved = store.movedAsideTo();
    ASSERT_FALSE(moved.isEmpty());
    EXPECT_TRUE(QFileInfo(moved).fileName().startsWith(u"history.sqlite.unreadable-"_s))
        << moved.toStdString();
    EXPECT_TRUE(QFileInfo::exists(moved));
    QFile old(moved);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_TRUE(old.readAll().startsWith("this is not a database")); // nothing lost
    EXPECT_TRUE(store.openNotice().contains(QDir::toNativeSeparators(moved)))
        << store.openNotice().toStdString();
    EXPECT_TRUE(store.recordSession(sampleSession()));
    EXPECT_EQ(store.sessions().size(), 1U);
}

TEST_F(HistoryStoreTest, ADamagedDatabaseIsMovedAside) {
    {
        HistoryStore store(file);
        for (int i = 0; i < 40; ++i)
            store.recordSession(sampleSession(i % 60));
    }
    {
        // Scribble over the pages after the first.
        QFile damaged(file);
        ASSERT_TRUE(damaged.open(QIODevice::ReadWrite));
        ASSERT_GT(damaged.size(), 8192);
        damaged.seek(4096);
        damaged.write(QByteArray(8192, '\xA5'));
    }
    HistoryStore store(file);
    EXPECT_TRUE(store.isOpen());
    EXPECT_FALSE(store.movedAsideTo().isEmpty());
    EXPECT_TRUE(store.sessions().empty());
}

TEST_F(HistoryStoreTest, ABusyFileIsRetriedThenReported) {
    HistoryStore store(file);
    store.setBusyTimeout(milliseconds(100));
    QSignalSpy notices(&store, &HistoryStore::notice);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(file);
        ASSERT_TRUE(other.open());
        QSqlQuery lock(other);
        ASSERT_TRUE(lock.exec(u"BEGIN IMMEDIATE"_s));
        EXPECT_FALSE(store.recordSession(sampleSession()));
        ASSERT_EQ(notices.size(), 1);
        EXPECT_TRUE(notices[0][0].toString().contains(u"in use by another program"_s))
            << notices[0][0].toString().toStdString();
        ASSERT_TRUE(lock.exec(u"ROLLBACK"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    EXPECT_TRUE(store.recordSession(sampleSession()));
    EXPECT_EQ(store.sessions().size(), 1U);
}

// A full disk, made with max_page_count: the write fails with a message and
// what was saved before stays.
TEST_F(HistoryStoreTest, AFullDiskGivesAClearMessageAndKeepsWhatWasSaved) {
    HistoryStore store(file);
    ASSERT_TRUE(store.recordSession(sampleSession()));
    QSignalSpy notices(&store, &HistoryStore::notice);
    QSqlDatabase db = QSqlDatabase::database(store.connectionName());
    const int pages = scalar(db, u"PRAGMA page_count"_s).toInt();
    scalar(db, u"PRAGMA max_page_count = %1"_s.arg(pages));
    SessionRecord big = sampleSession();
    big.routineHash = QString(20000, u'x');
    EXPECT_FALSE(store.recordSession(big));
    ASSERT_EQ(notices.size(), 1);
    const QString message = notices[0][0].toString();
    EXPECT_TRUE(message.contains(u"could not save the session"_s)) << message.toStdString();
    EXPECT_TRUE(message.contains(u"The session goes on"_s)) << message.toStdString();
    EXPECT_EQ(store.sessions().size(), 1U);
    EXPECT_EQ(store.integrityCheck(), u"ok"_s);
}

TEST_F(HistoryStoreTest, AFolderThatCannotBeWrittenIsReportedNotCrashed) {
    const QString blocked = dir.path() + u"/a-file"_s;
    QFile plain(blocked);
    ASSERT_TRUE(plain.open(QIODevice::WriteOnly));
    plain.close();
    // The history's folder is a file: nothing can be made there.
    HistoryStore store(blocked + u"/history.sqlite"_s);
    EXPECT_FALSE(store.isOpen());
    EXPECT_FALSE(store.openNotice().isEmpty());
    QSignalSpy notices(&store, &HistoryStore::notice);
    EXPECT_FALSE(store.recordSession(sampleSession()));
    EXPECT_EQ(notices.size(), 1);
    EXPECT_TRUE(store.sessions().empty());
}

// The real thing: a writer killed with SIGKILL at random moments, twenty
// times; every write that had returned is there and the file is sound.
TEST_F(HistoryStoreTest, AWriterKilledAtRandomMomentsLosesNothingCommitted) {
    const QString helper = QStringLiteral(LIMBER_HISTORY_WRITER);
    ASSERT_TRUE(QFileInfo::exists(helper)) << helper.toStdString();
    std::set<qint64> committed;
    auto* random = QRandomGenerator::global();
    for (int round = 0; round < 20; ++round) {
        QProcess writer;
        writer.start(helper, {file});
        ASSERT_TRUE(writer.waitForStarted());
        // Killed while it writes: after its first commit (a loaded machine
        // can take longer than the random moment to load Qt), then at a
        // random moment in the writes that follow.
        writer.waitForReadyRead(20000);
        QThread::msleep(static_cast<unsigned long>(random->bounded(200)));
        writer.kill(); // SIGKILL
        writer.waitForFinished();
        const auto lines = writer.readAllStandardOutput().split('\n');
        for (const auto& line : lines) {
            if (line.startsWith("committed "))
                committed.insert(line.mid(10).toLongLong());
        }
    }
    ASSERT_FALSE(committed.empty());
    HistoryStore store(file);
    EXPECT_TRUE(store.movedAsideTo().isEmpty());
    EXPECT_EQ(store.integrityCheck(), u"ok"_s);
    std::set<qint64> present;
    for (const auto& session : store.sessions()) {
        present.insert(session.id);
        EXPECT_EQ(session.exercises.size(), 3U); // never half a session
    }
    for (qint64 id : committed)
        EXPECT_TRUE(present.contains(id)) << "session " << id << " was committed but is gone";
}

TEST(SessionRecorder, TellsDoneSkippedAndStoppedExercisesApart) {
    Routine routine;
    routine.id = "r";
    for (const char* id : {"a", "b", "c"}) {
        Exercise exercise;
        exercise.id = id;
        routine.exercises.push_back(exercise);
    }
    SessionRecorder recorder(routine);
    const auto cue = [&](CueKind kind, int value = 0, int of = 0) {
        Cue c;
        c.kind = kind;
        c.value = value;
        c.of = of;
        recorder.cue(c);
    };
    cue(CueKind::ExerciseStarted, 0, 3);
    cue(CueKind::StepStarted, 0, 2);
    cue(CueKind::HoldStarted, 30);
    cue(CueKind::HoldEnded);
    cue(CueKind::StepStarted, 1, 2);
    cue(CueKind::RepCounted, 1, 5);
    cue(CueKind::RepCounted, 2, 5);
    cue(CueKind::RepsEnded, 2);
    cue(CueKind::RestStarted, 10);
    cue(CueKind::ExerciseStarted, 1, 3); // left at its first step
    cue(CueKind::StepStarted, 0, 2);
    cue(CueKind::ExerciseStarted, 2, 3);
    cue(CueKind::StepStarted, 0, 1);
    cue(CueKind::HoldStarted, 60);
    Progress progress;
    progress.phase = PhaseKind::Hold;
    progress.elapsed = seconds(12);
    progress.phaseLength = seconds(60);
    recorder.progress(progress);
    cue(CueKind::FinishedEarly);
    const auto exercises = recorder.exercises(true);
    ASSERT_EQ(exercises.size(), 3U);
    EXPECT_EQ(exercises[0].outcome, ExerciseOutcome::Done);
    EXPECT_EQ(exercises[0].holds, (std::vector<HoldRecord>{{30, 30}}));
    EXPECT_EQ(exercises[0].reps, 2);
    EXPECT_EQ(exercises[1].outcome, ExerciseOutcome::Skipped);
    EXPECT_EQ(exercises[2].outcome, ExerciseOutcome::Stopped);
    EXPECT_EQ(exercises[2].holds, (std::vector<HoldRecord>{{60, 12}}));
}

} // namespace
