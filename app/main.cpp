// The limber executable: the command line, then the window.
//
// --validate and --list need no display: for them (and --help, --version)
// only a QCoreApplication is made, so they run on a server or in CI.
// --export-figures paints, so it makes a QGuiApplication, on the offscreen
// platform unless QT_QPA_PLATFORM names another: it opens no window either.

#include "cli.h"
#include "common/datapaths.h"
#include "common/qtconvert.h"
#include "common/translations.h"
#include "figures/figureexport.h"
#include "mainwindow.h"
#include "routineloader.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool needsDisplay(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* option :
             {"--validate", "--list", "--help", "-h", "--help-all", "--version", "-v"}) {
            if (std::strcmp(argv[i], option) == 0)
                return false;
        }
    }
    return true;
}

bool exportsFigures(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--export-figures") == 0 ||
            std::strncmp(argv[i], "--export-figures=", 17) == 0)
            return true;
    }
    return false;
}

// `--export-figures DIR [--routine ID|FILE]`: the routine named, else every
// routine the app can see. Prints each file written; exit status 0, 1 when
// a routine did not load or a file could not be written, 2 for no such id.
int exportFigures(const QString& dir, const QString& wanted,
                  const limber::FigureExportOptions& options, QTextStream& out, QTextStream& err) {
    std::vector<limber::Routine> routines;
    int status = 0;
    if (!wanted.isEmpty() && QFileInfo(wanted).isFile()) {
        auto result = limber::loadRoutineFile(limber::toPath(wanted));
        for (const auto& diagnostic : result.diagnostics)
            err << limber::toQString(diagnostic.format()) << '\n';
        if (!result.routine)
            return 1;
        routines.push_back(std::move(*result.routine));
    } else {
        auto library = limber::scanLibrary(limber::routineFolders());
        if (!wanted.isEmpty()) {
            const auto* entry = library.find(wanted.toStdString());
            if (!entry) {
                err << QCoreApplication::translate("main", "limber: no routine with id '%1' "
                                                           "(limber --list shows them)")
                           .arg(wanted)
                    << '\n';
                return 2;
            }
            routines.push_back(entry->routine);
        } else {
            for (auto& entry : library.routines)
                routines.push_back(std::move(entry.routine));
            for (const auto& diagnostic : library.diagnostics)
                err << limber::toQString(diagnostic.format()) << '\n';
            if (!library.failed.empty())
                status = 1;
        }
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

} // namespace

int main(int argc, char** argv) {
    // Qt 6.4's ffmpeg media backend crashes when there is no audio device;
    // GStreamer (the default) reports it and Limber goes on with visual cues.
    if (qgetenv("QT_MEDIA_BACKEND") == "ffmpeg") {
        std::fputs("limber: ignoring QT_MEDIA_BACKEND=ffmpeg (it crashes without an audio "
                   "device); using the default backend\n",
                   stderr);
        qunsetenv("QT_MEDIA_BACKEND");
    }
    const bool exporting = exportsFigures(argc, argv);
    const bool gui = !exporting && needsDisplay(argc, argv);
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else if (exporting)
        app = std::make_unique<QGuiApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"limber"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    limber::Settings settings;
    limber::Translations translations;
    translations.apply(settings.language());

    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Guided stretching routines with pictures, timers "
                                            "and spoken cues."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption validate(
        u"validate"_s, QCoreApplication::translate("main", "Check routine files and folders, "
                                                           "print problems and exit."));
    const QCommandLineOption list(
        u"list"_s, QCoreApplication::translate("main", "List the routines the app can see."));
    const QCommandLineOption json(u"json"_s,
                                  QCoreApplication::translate("main", "With --list: print JSON."));
    const QCommandLineOption routine(
        u"routine"_s,
        QCoreApplication::translate("main", "Open the app on a routine, by id or file."),
        QCoreApplication::translate("main", "id|file"));
    const QCommandLineOption exportOption(
        u"export-figures"_s,
        QCoreApplication::translate("main", "Write every figure of the routine given with "
                                            "--routine (else of every routine) as PNG and SVG "
                                            "files into a folder, and exit."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption exportSize(
        u"export-size"_s,
        QCoreApplication::translate("main", "With --export-figures: picture size in pixels "
                                            "(default 800x600)."),
        QCoreApplication::translate("main", "WIDTHxHEIGHT"), u"800x600"_s);
    const QCommandLineOption exportFormat(
        u"export-format"_s,
        QCoreApplication::translate("main", "With --export-figures: png, svg or both "
                                            "(default)."),
        QCoreApplication::translate("main", "format"), u"both"_s);
    parser.addOptions({validate, list, json, routine, exportOption, exportSize, exportFormat});
    parser.addPositionalArgument(
        u"paths"_s, QCoreApplication::translate("main", "With --validate: files or folders."),
        u"[PATH...]"_s);

    if (!parser.parse(QCoreApplication::arguments())) {
        err << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion()
            << '\n';
        return 0;
    }
    if (parser.isSet(validate)) {
        if (parser.positionalArguments().isEmpty()) {
            err << QCoreApplication::translate("main", "limber: --validate needs a file or "
                                                       "folder")
                << '\n';
            return 2;
        }
        return limber::cli::validate(parser.positionalArguments(), out, err);
    }
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("main", "limber: unexpected argument '%1' (did you "
                                                   "mean --validate?)")
                   .arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    if (parser.isSet(exportOption)) {
        limber::FigureExportOptions options;
        const QStringList size = parser.value(exportSize).split(u'x');
        bool wide = false;
        bool high = false;
        if (size.size() == 2)
            options.size = {size[0].toInt(&wide), size[1].toInt(&high)};
        const QString format = parser.value(exportFormat);
        if (!wide || !high || options.size.width() < 16 || options.size.height() < 16 ||
            options.size.width() > 8000 || options.size.height() > 8000 ||
            (format != u"png"_s && format != u"svg"_s && format != u"both"_s)) {
            err << QCoreApplication::translate("main", "limber: --export-size must be like "
                                                       "800x600 (16 to 8000 pixels) and "
                                                       "--export-format png, svg or both")
                << '\n';
            return 2;
        }
        options.png = format != u"svg"_s;
        options.svg = format != u"png"_s;
        return exportFigures(parser.value(exportOption), parser.value(routine), options, out, err);
    }
    if (parser.isSet(list))
        return limber::cli::list(limber::scanLibrary(limber::routineFolders()), parser.isSet(json),
                                 out, err);

    QApplication::setApplicationDisplayName(u"Limber"_s);
    QGuiApplication::setDesktopFileName(u"app.limber.Limber"_s);
    // The language setting takes effect at once: every window retranslates.
    QObject::connect(&settings, &limber::Settings::changed, &translations, [&](const QString& key) {
        if (key == u"ui/language"_s)
            translations.apply(settings.language());
    });
    limber::MainWindow window(limber::routineFolders(), settings);

    if (parser.isSet(routine)) {
        const QString wanted = parser.value(routine);
        if (QFileInfo(wanted).isFile()) {
            auto result = limber::loadRoutineFile(limber::toPath(wanted));
            for (const auto& diagnostic : result.diagnostics)
                err << limber::toQString(diagnostic.format()) << '\n';
            if (!result.routine)
                return 1;
            window.openRoutine({std::move(*result.routine), true, {}});
        } else if (!window.openRoutine(wanted)) {
            err << QCoreApplication::translate("main", "limber: no routine with id '%1' (limber "
                                                       "--list shows them)")
                       .arg(wanted)
                << '\n';
            return 2;
        }
    }
    window.show();
    return QApplication::exec();
}
