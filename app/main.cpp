// The limber executable: the command line, then the window.
//
// --validate, --list, --history, --export-history, --import-history and
// --import need no display: for them (and --help, --version) only a
// QCoreApplication is made, so they run on a server or in CI; they (and the
// painting ones below) run on their own. A window is one per user: a later
// start hands --routine and --start to the running Limber (SingleInstance)
// and exits with its answer.
// --export-figures, --handout and --history-report paint, so they make a
// QApplication, on the offscreen platform unless QT_QPA_PLATFORM names
// another: they open no window either.

#include "application.h"
#include "cli.h"
#include "common/datapaths.h"
#include "common/translations.h"
#include "documents/paper.h"
#include "figures/figureexport.h"
#include "history/historystore.h"
#include "instance/singleinstance.h"
#include "mainwindow.h"
#include "reminders/tray.h"
#include "settings/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QTextStream>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool needsDisplay(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* option :
             {"--validate", "--list", "--history", "--export-history", "--import-history",
              "--import", "--help", "-h", "--help-all", "--version", "-v"}) {
            // "--export-history=FILE" as well as "--export-history FILE".
            const std::size_t length = std::strlen(option);
            if (std::strncmp(argv[i], option, length) == 0 &&
                (argv[i][length] == '\0' || argv[i][length] == '='))
                return false;
        }
    }
    return true;
}

// Whether a command that paints without a window is asked for.
bool paintsOffscreen(int argc, char** argv) {
    for (int i = 1; i < argc; ++i) {
        for (const char* option : {"--export-figures", "--handout", "--history-report"}) {
            const auto length = std::strlen(option);
            if (std::strncmp(argv[i], option, length) == 0 &&
                (argv[i][length] == '\0' || argv[i][length] == '='))
                return true;
        }
    }
    return false;
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
    const bool exporting = paintsOffscreen(argc, argv);
    const bool gui = !exporting && needsDisplay(argc, argv);
    if (exporting && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // A QApplication to paint too: the report's chart is a QGraphicsWidget.
    std::unique_ptr<QCoreApplication> app;
    if (gui || exporting)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"limber"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LIMBER_VERSION));
    auto settings = std::make_unique<limber::Settings>();
    limber::Translations translations;
    translations.apply(settings->language());

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
    const QCommandLineOption json(
        u"json"_s, QCoreApplication::translate("main", "With --list or --history: print JSON."));
    const QCommandLineOption historyOption(
        u"history"_s, QCoreApplication::translate("main", "Print the sessions, the pain check-ins "
                                                          "and the current see-a-doctor advice."));
    const QCommandLineOption exportHistory(
        u"export-history"_s,
        QCoreApplication::translate("main", "Write the sessions to a CSV file, and the pain "
                                            "check-ins beside it (FILE-check-ins.csv)."),
        QCoreApplication::translate("main", "FILE.csv"));
    const QCommandLineOption importHistory(
        u"import-history"_s,
        QCoreApplication::translate("main", "Merge CSV files written by --export-history (or "
                                            "History ▸ Export) into the history."));
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
    const QCommandLineOption importOption(
        u"import"_s,
        QCoreApplication::translate("main", "Import Workrave's exercises as a routine of your "
                                            "own, from PATH or from where Debian's "
                                            "workrave-data puts them, and exit."),
        u"workrave"_s);
    const QCommandLineOption handout(
        u"handout"_s,
        QCoreApplication::translate("main", "Write the routine's printable handout as a PDF "
                                            "file (with -o), and exit."),
        QCoreApplication::translate("main", "id|file"));
    const QCommandLineOption output(
        {u"o"_s, u"output"_s},
        QCoreApplication::translate("main", "With --handout or --history-report: the PDF file "
                                            "to write."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption historyReport(
        u"history-report"_s,
        QCoreApplication::translate("main", "Write the history from FROM to TO (dates like "
                                            "2026-11-01, both included) as a report for a "
                                            "clinician, a PDF file (with -o), and exit."),
        QCoreApplication::translate("main", "FROM TO"));
    const QCommandLineOption paper(
        u"paper"_s,
        QCoreApplication::translate("main", "With --handout or --history-report: a4 or letter "
                                            "(default: the paper of your country)."),
        QCoreApplication::translate("main", "size"));
    const QCommandLineOption language(
        u"language"_s,
        QCoreApplication::translate("main", "The language to write in (de, en, es; default: the "
                                            "interface's)."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption background(
        u"background"_s,
        QCoreApplication::translate("main", "Start hidden in the tray, when break reminders are "
                                            "on and the desktop has a tray (autostart does)."));
    // Starts the routine given with --routine at once, when its safety notes
    // need no acknowledgement or have it: for the tests that run the real
    // program into a hold (tests/app/test_resume.cpp). Not in --help.
    QCommandLineOption start(u"start"_s, u"Start the routine given with --routine."_s);
    start.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({validate, list, historyOption, exportHistory, importHistory, json, routine,
                       background, exportOption, exportSize, exportFormat, handout, historyReport,
                       output, paper, language, start, importOption});
    parser.addPositionalArgument(
        u"paths"_s,
        QCoreApplication::translate("main", "With --validate: files or folders; with "
                                            "--import-history: CSV files; with --import: the "
                                            "exercise file."),
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
    if (parser.isSet(language)) {
        const QString wanted = parser.value(language);
        const QStringList available = limber::Translations::available();
        if (!available.contains(wanted.section(u'-', 0, 0).section(u'_', 0, 0))) {
            err << QCoreApplication::translate("main", "limber: no language '%1' (there are: %2)")
                       .arg(wanted, available.join(u", "))
                << '\n';
            return 2;
        }
        translations.apply(wanted);
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
    // The paper --paper names, else the country's; nullopt (said why) for
    // another name.
    const auto chosenPaper = [&]() -> std::optional<QPageSize::PageSizeId> {
        if (!parser.isSet(paper))
            return limber::localPaper();
        const auto named = limber::paperNamed(parser.value(paper));
        if (!named)
            err << QCoreApplication::translate("main", "limber: --paper must be a4 or letter")
                << '\n';
        return named;
    };
    // The history's commands: the store, with the time zone read once.
    const auto openHistory = [] {
        limber::cli::readTimeZoneOnce();
        return std::make_unique<limber::HistoryStore>(limber::HistoryStore::defaultPath());
    };
    if (parser.isSet(historyReport)) {
        if (parser.positionalArguments().size() != 1 || parser.value(output).isEmpty()) {
            err << QCoreApplication::translate("main", "limber: --history-report needs FROM TO "
                                                       "-o FILE.pdf (dates like 2026-11-01)")
                << '\n';
            return 2;
        }
        const auto size = chosenPaper();
        if (!size)
            return 2;
        const auto store = openHistory();
        return limber::cli::historyReport(
            *store, limber::scanLibrary(limber::routineFolders()), parser.value(historyReport),
            parser.positionalArguments().first(), parser.value(output), *size, QDate::currentDate(),
            out, err);
    }
    if (parser.isSet(importHistory)) {
        if (parser.positionalArguments().isEmpty()) {
            err << QCoreApplication::translate("main", "limber: --import-history needs a CSV file")
                << '\n';
            return 2;
        }
        const auto store = openHistory();
        return limber::cli::importHistory(*store, parser.positionalArguments(), out, err);
    }
    if (parser.isSet(importOption))
        return limber::cli::importRoutines(parser.value(importOption), parser.positionalArguments(),
                                           limber::userRoutineDir(), out, err);
    if (!parser.positionalArguments().isEmpty()) {
        err << QCoreApplication::translate("main", "limber: unexpected argument '%1' (did you "
                                                   "mean --validate?)")
                   .arg(parser.positionalArguments().first())
            << '\n';
        return 2;
    }
    if (parser.isSet(exportOption)) {
        const auto options =
            limber::cli::exportOptions(parser.value(exportSize), parser.value(exportFormat), err);
        if (!options)
            return 2;
        return limber::cli::exportFigures(parser.value(exportOption), parser.value(routine),
                                          limber::scanLibrary(limber::routineFolders()), *options,
                                          out, err);
    }
    if (parser.isSet(exportHistory)) {
        const auto store = openHistory();
        return limber::cli::exportHistory(*store, parser.value(exportHistory), out, err);
    }
    if (parser.isSet(historyOption)) {
        const auto store = openHistory();
        return limber::cli::history(*store, limber::scanLibrary(limber::routineFolders()),
                                    limber::toYmd(QDate::currentDate()), parser.isSet(json), out,
                                    err);
    }
    if (parser.isSet(handout)) {
        if (parser.value(output).isEmpty()) {
            err << QCoreApplication::translate("main", "limber: --handout needs -o FILE.pdf")
                << '\n';
            return 2;
        }
        const auto size = chosenPaper();
        if (!size)
            return 2;
        return limber::cli::handout(parser.value(handout), parser.value(output), *size,
                                    QDate::currentDate(),
                                    limber::scanLibrary(limber::routineFolders()), out, err);
    }
    if (parser.isSet(list))
        return limber::cli::list(limber::scanLibrary(limber::routineFolders()), parser.isSet(json),
                                 out, err);

    // One window per user: a later start hands its request to the running one.
    limber::SingleInstance instance;
    limber::Application* running = nullptr;
    limber::MainWindow* shown = nullptr;
    const auto role = instance.claim([&running, &shown](const limber::InstanceRequest& request) {
        if (!running || !shown)
            return limber::InstanceAnswer{
                1, QCoreApplication::translate("main", "limber: Limber is still starting; try "
                                                       "again\n")};
        return limber::cli::present(request, *running, *shown);
    });
    if (role == limber::SingleInstance::Role::Later) {
        // Limber runs already, as --background wants.
        if (parser.isSet(background) && !parser.isSet(routine))
            return 0;
        limber::InstanceRequest request;
        if (parser.isSet(routine)) {
            const QFileInfo file(parser.value(routine));
            request.routine = file.isFile() ? file.absoluteFilePath() : parser.value(routine);
        }
        request.start = parser.isSet(start);
        if (const auto answer = instance.handOver(request, 10s)) {
            err << answer->message;
            return answer->status;
        }
    }
    if (role != limber::SingleInstance::Role::First)
        err << QCoreApplication::translate("main", "limber: %1; starting on its own")
                   .arg(instance.problem())
            << '\n';
    err.flush();

    QApplication::setApplicationDisplayName(u"Limber"_s);
    QGuiApplication::setDesktopFileName(u"app.limber.Limber"_s);
    // The language setting takes effect at once: every window retranslates
    // (before the services hear of the change, so they see the new language).
    QObject::connect(settings.get(), &limber::Settings::changed, &translations,
                     [&translations, &settings = *settings](limber::Settings::Key key) {
                         if (key == limber::Settings::Key::Language)
                             translations.apply(settings.language());
                     });
    limber::Application application(limber::routineFolders(), std::move(settings));
    QString opened;
    if (parser.isSet(routine)) {
        int status = 0;
        const auto id =
            limber::cli::openableRoutine(parser.value(routine), application, err, status);
        if (!id)
            return status;
        opened = *id;
    }
    limber::MainWindow window(application, opened);
    // Never hidden with no way back: only into a tray that is there.
    if (!parser.isSet(background) || !window.tray().shown())
        window.show();
    if (parser.isSet(start) && !opened.isEmpty())
        window.startShownRoutine();
    running = &application;
    shown = &window;
    return QApplication::exec();
}
