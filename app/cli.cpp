#include "cli.h"

#include "application.h"
#include "common/describe.h"
#include "common/diagnosticwords.h"
#include "common/qtconvert.h"
#include "figures/figureexport.h"
#include "handout/handout.h"
#include "history/advicedialog.h"
#include "history/historycsv.h"
#include "history/historyreport.h"
#include "history/historystore.h"
#include "import/workraveimport.h"
#include "instance/singleinstance.h"
#include "mainwindow.h"
#include "routine/routineloader.h"
#include "session/estimate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <ctime>

using namespace Qt::StringLiterals;

namespace limber::cli {

namespace {

// The translation context of the command line's messages.
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void printDiagnostics(const std::vector<Diagnostic>& diagnostics, QTextStream& out) {
    for (const auto& diagnostic : diagnostics)
        out << toQString(diagnostic.format()) << '\n';
}

// The routine's length with the default session settings, in whole seconds.
Seconds estimatedLength(const Routine& routine) {
    return std::chrono::round<Seconds>(estimateDuration(routine, SessionSettings{}));
}

} // namespace

int validate(const QStringList& paths, QTextStream& out, QTextStream& err) {
    for (const auto& path : paths) {
        if (!QFileInfo::exists(path)) {
            err << Cli::tr("limber: no such file or folder: %1").arg(path) << '\n';
            return 2;
        }
    }
    int files = 0;
    int errors = 0;
    int warnings = 0;
    for (const auto& path : paths) {
        for (const auto& file : routineFilesIn(toPath(path))) {
            ++files;
            const auto result = loadRoutineFile(file);
            printDiagnostics(result.diagnostics, out);
            for (const auto& diagnostic : result.diagnostics)
                ++(diagnostic.severity == Severity::Error ? errors : warnings);
        }
    }
    out.flush();
    err << Cli::tr("Checked %1: %2, %3.")
               .arg(Cli::tr("%n routine file(s)", nullptr, files),
                    Cli::tr("%n error(s)", nullptr, errors),
                    Cli::tr("%n warning(s)", nullptr, warnings))
        << '\n';
    return errors > 0 ? 1 : 0;
}

int list(const RoutineLibrary& library, bool json, QTextStream& out, QTextStream& err) {
    printDiagnostics(library.diagnostics, err);
    if (json) {
        QJsonArray routines;
        for (const auto& entry : library.routines) {
            const auto& routine = entry.routine;
            QJsonObject object{
                {u"id"_s, toQString(routine.id)},
                {u"title"_s, localized(routine.title)},
                {u"summary"_s, localized(routine.summary)},
                {u"exercises"_s, static_cast<int>(routine.exercises.size())},
                {u"estimatedSeconds"_s, static_cast<qint64>(estimatedLength(routine).count())},
                {u"file"_s, toQString(routine.file)},
                {u"user"_s, entry.user},
            };
            if (!entry.replacedBundled.empty())
                object.insert(u"replaces"_s, toQString(entry.replacedBundled));
            routines.append(object);
        }
        out << QJsonDocument(routines).toJson(QJsonDocument::Indented);
    } else {
        for (const auto& entry : library.routines) {
            const auto& routine = entry.routine;
            out << toQString(routine.id) << '\t' << localized(routine.title) << '\t'
                << Cli::tr("%n exercise(s)", nullptr, static_cast<int>(routine.exercises.size()))
                << '\t' << Cli::tr("about %1").arg(Describe::duration(estimatedLength(routine)))
                << '\t'
                << (entry.user ? Cli::tr("user", "a routine of the user's own")
                               : Cli::tr("bundled", "a routine that ships with Limber"));
            if (!entry.replacedBundled.empty())
                out << '\t' << Cli::tr("replaces %1").arg(toQString(entry.replacedBundled));
            out << '\n';
        }
    }
    out.flush();
    return library.failed.empty() ? 0 : 1;
}

int importRoutines(const QString& kind, const QStringList& paths, const QString& routineFolder,
                   QTextStream& out, QTextStream& err) {
    if (kind != u"workrave") {
        err << Cli::tr("limber: cannot import '%1': Limber imports workrave").arg(kind) << '\n';
        return 2;
    }
    if (paths.size() > 1) {
        err << Cli::tr("limber: --import workrave takes one file") << '\n';
        return 2;
    }
    const QString file = paths.value(0, WorkraveImport::debianFile());
    if (!QFileInfo::exists(file)) {
        err << Cli::tr("limber: no such file: %1").arg(file) << '\n';
        if (paths.isEmpty())
            err << Cli::tr("limber: install Debian's workrave-data, or name the file") << '\n';
        return 2;
    }
    const ImportResult result = WorkraveImport::run(file, routineFolder);
    for (const auto& diagnostic : result.report)
        out << DiagnosticWords::line(diagnostic) << '\n';
    out.flush();
    for (const QString& line : WorkraveImport::summary(result))
        err << line << '\n';
    return result.imported ? 0 : 1;
}

std::optional<NamedRoutine> findRoutine(const QString& wanted, const RoutineLibrary& library,
                                        QTextStream& err, int& status) {
    if (QFileInfo(wanted).isFile()) {
        auto result = loadRoutineFile(toPath(wanted));
        printDiagnostics(result.diagnostics, err);
        if (!result.routine) {
            status = 1;
            return std::nullopt;
        }
        return NamedRoutine{{std::move(*result.routine), true, {}}, true};
    }
    if (const auto* entry = library.find(wanted.toStdString()))
        return NamedRoutine{*entry, false};
    err << Cli::tr("limber: no routine with id '%1' (limber --list shows them)").arg(wanted)
        << '\n';
    status = 2;
    return std::nullopt;
}

std::optional<QString> openableRoutine(const QString& wanted, Application& app, QTextStream& err,
                                       int& status) {
    auto named = findRoutine(wanted, app.library(), err, status);
    if (!named)
        return std::nullopt;
    QString id = QString::fromStdString(named->entry.routine.id);
    if (named->fromFile)
        app.addRoutine(std::move(named->entry));
    return id;
}

InstanceAnswer present(const InstanceRequest& request, Application& app, MainWindow& window) {
    InstanceAnswer answer;
    QString id;
    if (!request.routine.isEmpty()) {
        QTextStream err(&answer.message);
        auto found = openableRoutine(request.routine, app, err, answer.status);
        if (!found)
            return answer;
        id = *found;
    }
    window.present(id, request.start);
    return answer;
}

std::optional<FigureExportOptions> exportOptions(const QString& size, const QString& format,
                                                 QTextStream& err) {
    FigureExportOptions options;
    const QStringList sides = size.split(u'x');
    bool wide = false;
    bool high = false;
    if (sides.size() == 2)
        options.size = {sides[0].toInt(&wide), sides[1].toInt(&high)};
    const auto inRange = [](int pixels) {
        return pixels >= 16 && pixels <= 8000;
    };
    if (!wide || !high || !inRange(options.size.width()) || !inRange(options.size.height()) ||
        (format != u"png"_s && format != u"svg"_s && format != u"both"_s)) {
        err << Cli::tr("limber: --export-size must be like 800x600 (16 to 8000 pixels) and "
                       "--export-format png, svg or both")
            << '\n';
        return std::nullopt;
    }
    options.png = format != u"svg"_s;
    options.svg = format != u"png"_s;
    return options;
}

int exportFigures(const QString& dir, const QString& wanted, const RoutineLibrary& library,
                  const FigureExportOptions& options, QTextStream& out, QTextStream& err) {
    std::vector<Routine> routines;
    int status = 0;
    if (!wanted.isEmpty()) {
        auto named = findRoutine(wanted, library, err, status);
        if (!named)
            return status;
        routines.push_back(std::move(named->entry.routine));
    } else {
        for (const auto& entry : library.routines)
            routines.push_back(entry.routine);
        printDiagnostics(library.diagnostics, err);
        if (!library.failed.empty())
            status = 1;
    }
    for (const auto& routine : routines) {
        const auto result = limber::exportFigures(routine, dir, options);
        for (const auto& file : result.files)
            out << QDir::toNativeSeparators(file) << '\n';
        for (const auto& problem : result.problems)
            err << "limber: " << problem << '\n';
        if (!result.ok())
            status = 1;
    }
    return status;
}

namespace {

QJsonObject citedJson(const CitedRating& cited) {
    return {{u"date"_s, toQDate(cited.date).toString(Qt::ISODate)},
            {u"rating"_s, cited.rating},
            {u"moment"_s, QString::fromLatin1(momentName(cited.moment))}};
}

QString reasonKey(AdviceReason reason) {
    switch (reason) {
    case AdviceReason::Injury:
        return u"after-injury"_s;
    case AdviceReason::Persists:
        return u"max-pain-days"_s;
    case AdviceReason::Worse:
        return u"worse"_s;
    }
    return {};
}

} // namespace

QString checkInsPathFor(const QString& sessionsPath) {
    const QFileInfo info(sessionsPath);
    const QString base = info.suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0
                             ? info.completeBaseName()
                             : info.fileName();
    return info.dir().filePath(base + u"-check-ins.csv"_s);
}

int exportHistory(HistoryStore& store, const QString& path, QTextStream& out, QTextStream& err) {
    if (!store.isOpen()) {
        err << store.openNotice() << '\n';
        return 1;
    }
    const QString checkInsPath = checkInsPathFor(path);
    for (const auto& [kind, file] : {std::pair{HistoryCsv::Kind::Sessions, path},
                                     std::pair{HistoryCsv::Kind::CheckIns, checkInsPath}}) {
        if (const QString problem = HistoryCsv::write(store, kind, file); !problem.isEmpty()) {
            err << Cli::tr("limber: %1").arg(problem) << '\n';
            return 1;
        }
    }
    out << Cli::tr("Sessions written to %1, pain check-ins to %2.")
               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(checkInsPath))
        << '\n';
    return 0;
}

int importHistory(HistoryStore& store, const QStringList& paths, QTextStream& out,
                  QTextStream& err) {
    if (!store.isOpen()) {
        err << store.openNotice() << '\n';
        return 1;
    }
    int status = 0;
    for (const QString& path : paths) {
        const auto imported = HistoryCsv::importFile(store, path);
        if (!imported.errors.isEmpty()) {
            for (const QString& error : imported.errors)
                err << QDir::toNativeSeparators(path) << ": " << error << '\n';
            err << Cli::tr("%1: nothing imported.").arg(QDir::toNativeSeparators(path)) << '\n';
            status = 1;
            continue;
        }
        out << Cli::tr("%1: %2 added, %3 already kept.")
                   .arg(QDir::toNativeSeparators(path))
                   .arg(imported.added)
                   .arg(imported.skipped)
            << '\n';
    }
    return status;
}

void readTimeZoneOnce() {
    if (qEnvironmentVariableIsSet("TZ"))
        return;
    qputenv("TZ", ":/etc/localtime");
    tzset();
}

int history(HistoryStore& store, const RoutineLibrary& library, std::chrono::year_month_day today,
            bool json, QTextStream& out, QTextStream& err) {
    if (!store.isOpen()) {
        err << store.openNotice() << '\n';
        return 1;
    }
    if (!store.openNotice().isEmpty())
        err << store.openNotice() << '\n';
    const auto sessions = store.sessions();
    const auto checkIns = store.checkIns();
    if (json) {
        QJsonArray sessionArray;
        for (const auto& session : sessions) {
            QJsonArray exercises;
            for (const auto& exercise : session.exercises) {
                QJsonArray holds;
                for (const auto& hold : exercise.holds)
                    holds.append(QJsonObject{{u"target"_s, hold.targetSeconds},
                                             {u"held"_s, hold.heldSeconds}});
                exercises.append(
                    QJsonObject{{u"id"_s, exercise.exerciseId},
                                {u"outcome"_s, QString::fromLatin1(outcomeName(exercise.outcome))},
                                {u"holds"_s, holds},
                                {u"reps"_s, exercise.reps},
                                {u"breaths"_s, exercise.breaths},
                                {u"cycles"_s, exercise.cycles}});
            }
            sessionArray.append(QJsonObject{{u"id"_s, session.id},
                                            {u"routine"_s, session.routineId},
                                            {u"routineHash"_s, session.routineHash},
                                            {u"started"_s, session.startedAt.toString(Qt::ISODate)},
                                            {u"ended"_s, session.endedAt.toString(Qt::ISODate)},
                                            {u"completed"_s, session.completed},
                                            {u"fromReminder"_s, session.fromReminder},
                                            {u"activeSeconds"_s, session.activeSeconds},
                                            {u"exercises"_s, exercises}});
        }
        QJsonArray checkInArray;
        for (const auto& stored : checkIns) {
            QJsonObject object{
                {u"id"_s, stored.id},
                {u"routine"_s, stored.routineId},
                {u"at"_s, fromLocalSeconds(stored.checkIn.at).toString(Qt::ISODate)},
                {u"rating"_s, stored.checkIn.rating},
                {u"moment"_s, QString::fromLatin1(momentName(stored.checkIn.moment))},
                {u"injury"_s, QString::fromLatin1(injuryName(stored.checkIn.injury))}};
            object.insert(u"session"_s, stored.sessionId ? QJsonValue(*stored.sessionId)
                                                         : QJsonValue(QJsonValue::Null));
            checkInArray.append(object);
        }
        QJsonArray adviceArray;
        for (const auto& entry : library.routines) {
            const Routine& routine = entry.routine;
            if (!routine.painRule)
                continue;
            const QString id = toQString(routine.id);
            const Advice advice = advise(store.painCheckIns(id), today, *routine.painRule);
            QJsonArray reasons;
            for (AdviceReason reason : advice.reasons) {
                QJsonObject object{
                    {u"rule"_s, reasonKey(reason)},
                    {u"text"_s, AdviceText::detail(advice, reason, *routine.painRule)}};
                if (reason == AdviceReason::Injury && advice.injury)
                    object.insert(u"answered"_s, citedJson(*advice.injury));
                if (reason == AdviceReason::Worse) {
                    QJsonArray run;
                    for (const auto& cited : advice.risingRun)
                        run.append(citedJson(cited));
                    object.insert(u"risenBy"_s, advice.risenBy);
                    object.insert(u"risingRun"_s, run);
                }
                reasons.append(object);
            }
            QJsonObject object{{u"routine"_s, id},
                               {u"reasons"_s, reasons},
                               {u"needsConfirmationToStart"_s, advice.needsConfirmationToStart()}};
            if (advice.first)
                object.insert(u"first"_s, citedJson(*advice.first));
            if (advice.latest)
                object.insert(u"latest"_s, citedJson(*advice.latest));
            adviceArray.append(object);
        }
        const QByteArray bytes = QJsonDocument(QJsonObject{{u"sessions"_s, sessionArray},
                                                           {u"checkIns"_s, checkInArray},
                                                           {u"advice"_s, adviceArray}})
                                     .toJson(QJsonDocument::Indented);
        // Years of history are megabytes of UTF-8: straight to the file,
        // not through a QString and back.
        out.flush();
        QIODevice* device = out.device();
        if (!device) {
            out << QString::fromUtf8(bytes);
            return 0;
        }
        if (device->write(bytes) != bytes.size()) {
            err << Cli::tr("limber: the history could not be written out: %1")
                       .arg(device->errorString())
                << '\n';
            return 1;
        }
        return 0;
    }
    out << Cli::tr("Sessions (%1):").arg(sessions.size()) << '\n';
    for (const auto& session : sessions) {
        int done = 0;
        for (const auto& exercise : session.exercises)
            done += exercise.outcome == ExerciseOutcome::Done ? 1 : 0;
        out << "  " << session.startedAt.toString(u"yyyy-MM-dd HH:mm"_s) << "  "
            << session.routineId << "  "
            << (session.completed ? Cli::tr("complete") : Cli::tr("stopped early")) << "  "
            << Cli::tr("%1 of %2 exercises done, %3 holds, %4 reps, %5 breaths")
                   .arg(done)
                   .arg(session.exercises.size())
                   .arg(session.holds())
                   .arg(session.reps())
                   .arg(session.breaths())
            << '\n';
    }
    out << Cli::tr("Pain check-ins (%1):").arg(checkIns.size()) << '\n';
    for (const auto& stored : checkIns) {
        out << "  " << fromLocalSeconds(stored.checkIn.at).toString(u"yyyy-MM-dd HH:mm"_s) << "  "
            << stored.routineId << "  " << stored.checkIn.rating << "/10  "
            << (stored.checkIn.moment == Moment::BeforeSession ? Cli::tr("before")
                                                               : Cli::tr("after"));
        if (stored.checkIn.injury == InjuryAnswer::Yes)
            out << "  " << Cli::tr("after an injury");
        out << '\n';
    }
    for (const auto& entry : library.routines) {
        const Routine& routine = entry.routine;
        if (!routine.painRule)
            continue;
        const Advice advice =
            advise(store.painCheckIns(toQString(routine.id)), today, *routine.painRule);
        out << Cli::tr("Advice for %1:").arg(toQString(routine.id)) << ' ';
        if (!advice.any()) {
            out << Cli::tr("none") << '\n';
            continue;
        }
        out << '\n';
        for (AdviceReason reason : advice.reasons)
            out << "  " << AdviceText::heading(advice, reason) << ": "
                << AdviceText::detail(advice, reason, *routine.painRule) << '\n';
        out << "  " << AdviceText::whatToDo(advice) << '\n';
    }
    return 0;
}

int handout(const QString& wanted, const QString& file, QPageSize::PageSizeId paper,
            const QDate& printed, const RoutineLibrary& library, QTextStream& out,
            QTextStream& err) {
    int status = 0;
    const auto named = findRoutine(wanted, library, err, status);
    if (!named)
        return status;
    const QString problem = Handout::writePdf(named->entry.routine, file, paper, printed);
    if (!problem.isEmpty()) {
        err << "limber: " << problem << '\n';
        return 1;
    }
    out << QDir::toNativeSeparators(file) << '\n';
    return 0;
}

int historyReport(const HistoryStore& store, const RoutineLibrary& library, const QString& from,
                  const QString& to, const QString& file, QPageSize::PageSizeId paper,
                  const QDate& printed, QTextStream& out, QTextStream& err) {
    const QDate first = QDate::fromString(from, Qt::ISODate);
    const QDate last = QDate::fromString(to, Qt::ISODate);
    for (const auto& [text, date] : {std::pair{from, first}, std::pair{to, last}}) {
        if (!date.isValid()) {
            err << Cli::tr("limber: '%1' is not a date like 2026-11-01").arg(text) << '\n';
            return 2;
        }
    }
    if (first > last) {
        err << Cli::tr("limber: the report's first day (%1) is after its last (%2)").arg(from, to)
            << '\n';
        return 2;
    }
    const QString problem =
        HistoryReport::writePdf(store, library, first, last, file, paper, printed);
    if (!problem.isEmpty()) {
        err << "limber: " << problem << '\n';
        return 1;
    }
    out << QDir::toNativeSeparators(file) << '\n';
    return 0;
}

} // namespace limber::cli
