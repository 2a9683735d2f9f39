#include "cli.h"

#include "application.h"
#include "common/describe.h"
#include "common/diagnosticwords.h"
#include "common/jsonwriter.h"
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

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <array>
#include <cstdio>
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

void writeCited(JsonWriter& json, const CitedRating& cited) {
    json.beginObject();
    json.key("date");
    json.value(toQDate(cited.date).toString(Qt::ISODate));
    json.key("rating");
    json.value(cited.rating);
    json.key("moment");
    json.valueUtf8(momentName(cited.moment));
    json.endObject();
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

namespace {

// As QDateTime::toString(Qt::ISODate) writes it, without building a QString
// for each of tens of thousands of local times.
void writeLocalTime(JsonWriter& json, int year, int month, int day, int seconds) {
    std::array<char, 24> text{};
    const int length =
        std::snprintf(text.data(), text.size(), "%04d-%02d-%02dT%02d:%02d:%02d", year, month, day,
                      seconds / 3600, seconds / 60 % 60, seconds % 60);
    json.valueUtf8({text.data(), static_cast<std::size_t>(length)});
}

void writeLocalTime(JsonWriter& json, const QDateTime& time) {
    if (!time.isValid()) {
        json.valueUtf8({});
        return;
    }
    if (time.timeSpec() != Qt::LocalTime) { // imported with its zone: keep it
        json.value(time.toString(Qt::ISODate));
        return;
    }
    const QDate date = time.date();
    writeLocalTime(json, date.year(), date.month(), date.day(),
                   time.time().msecsSinceStartOfDay() / 1000);
}

void writeLocalTime(JsonWriter& json, std::chrono::local_seconds time) {
    const auto day = std::chrono::floor<std::chrono::days>(time);
    const std::chrono::year_month_day date{day};
    writeLocalTime(json, static_cast<int>(date.year()), static_cast<int>(unsigned(date.month())),
                   static_cast<int>(unsigned(date.day())), static_cast<int>((time - day).count()));
}

void writeSession(JsonWriter& json, const SessionRecord& session) {
    json.beginObject();
    json.key("id");
    json.value(session.id);
    json.key("routine");
    json.value(session.routineId);
    json.key("routineHash");
    json.value(session.routineHash);
    json.key("started");
    writeLocalTime(json, session.startedAt);
    json.key("ended");
    writeLocalTime(json, session.endedAt);
    json.key("completed");
    json.value(session.completed);
    json.key("fromReminder");
    json.value(session.fromReminder);
    json.key("activeSeconds");
    json.value(session.activeSeconds);
    json.key("exercises");
    json.beginArray();
    for (const auto& exercise : session.exercises) {
        json.beginObject();
        json.key("id");
        json.value(exercise.exerciseId);
        json.key("outcome");
        json.valueUtf8(outcomeName(exercise.outcome));
        json.key("holds");
        json.beginArray();
        for (const auto& hold : exercise.holds) {
            json.beginObject();
            json.key("target");
            json.value(hold.targetSeconds);
            json.key("held");
            json.value(hold.heldSeconds);
            json.endObject();
        }
        json.endArray();
        json.key("reps");
        json.value(exercise.reps);
        json.key("breaths");
        json.value(exercise.breaths);
        json.key("cycles");
        json.value(exercise.cycles);
        json.endObject();
    }
    json.endArray();
    json.endObject();
}

void writeCheckIn(JsonWriter& json, const StoredCheckIn& stored) {
    json.beginObject();
    json.key("id");
    json.value(stored.id);
    json.key("routine");
    json.value(stored.routineId);
    json.key("at");
    writeLocalTime(json, stored.checkIn.at);
    json.key("rating");
    json.value(stored.checkIn.rating);
    json.key("moment");
    json.valueUtf8(momentName(stored.checkIn.moment));
    json.key("injury");
    json.valueUtf8(injuryName(stored.checkIn.injury));
    json.key("session");
    if (stored.sessionId)
        json.value(*stored.sessionId);
    else
        json.value(nullptr);
    json.endObject();
}

void writeAdvice(JsonWriter& json, const QString& routineId, const Advice& advice,
                 const PainRule& rule) {
    json.beginObject();
    json.key("routine");
    json.value(routineId);
    json.key("reasons");
    json.beginArray();
    for (AdviceReason reason : advice.reasons) {
        json.beginObject();
        json.key("rule");
        json.value(reasonKey(reason));
        json.key("text");
        json.value(AdviceText::detail(advice, reason, rule));
        if (reason == AdviceReason::Injury && advice.injury) {
            json.key("answered");
            writeCited(json, *advice.injury);
        }
        if (reason == AdviceReason::Worse) {
            json.key("risenBy");
            json.value(advice.risenBy);
            json.key("risingRun");
            json.beginArray();
            for (const auto& cited : advice.risingRun)
                writeCited(json, cited);
            json.endArray();
        }
        json.endObject();
    }
    json.endArray();
    json.key("needsConfirmationToStart");
    json.value(advice.needsConfirmationToStart());
    if (advice.first) {
        json.key("first");
        writeCited(json, *advice.first);
    }
    if (advice.latest) {
        json.key("latest");
        writeCited(json, *advice.latest);
    }
    json.endObject();
}

void writeHistoryJson(JsonWriter& json, const std::vector<SessionRecord>& sessions,
                      const std::vector<StoredCheckIn>& checkIns, const RoutineLibrary& library,
                      std::chrono::year_month_day today) {
    json.beginObject();
    json.key("sessions");
    json.beginArray();
    for (const auto& session : sessions)
        writeSession(json, session);
    json.endArray();
    json.key("checkIns");
    json.beginArray();
    for (const auto& stored : checkIns)
        writeCheckIn(json, stored);
    json.endArray();
    json.key("advice");
    json.beginArray();
    for (const auto& entry : library.routines) {
        const Routine& routine = entry.routine;
        if (!routine.painRule)
            continue;
        const QString id = toQString(routine.id);
        // The check-ins already read, not another read per routine.
        std::vector<CheckIn> painCheckIns;
        for (const auto& stored : checkIns) {
            if (stored.routineId == id)
                painCheckIns.push_back(stored.checkIn);
        }
        writeAdvice(json, id, advise(painCheckIns, today, *routine.painRule), *routine.painRule);
    }
    json.endArray();
    json.endObject();
}

} // namespace

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
        // Years of history are megabytes of UTF-8: straight to the file as
        // they are written, not through a QJsonDocument or a QString.
        out.flush();
        QBuffer text;
        QIODevice* device = out.device();
        if (!device) {
            text.open(QIODevice::WriteOnly);
            device = &text;
        }
        JsonWriter writer(*device);
        writeHistoryJson(writer, sessions, checkIns, library, today);
        if (!writer.finish()) {
            err << Cli::tr("limber: the history could not be written out: %1")
                       .arg(device->errorString())
                << '\n';
            return 1;
        }
        if (device == &text)
            out << QString::fromUtf8(text.data());
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
