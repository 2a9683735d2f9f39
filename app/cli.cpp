#include "cli.h"

#include "application.h"
#include "common/describe.h"
#include "common/qtconvert.h"
#include "figures/figureexport.h"
#include "handout/handout.h"
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

} // namespace limber::cli
