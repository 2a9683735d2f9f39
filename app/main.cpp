// The limber executable: the command line, then the window.
//
// --validate and --list need no display: for them (and --help, --version)
// only a QCoreApplication is made, so they run on a server or in CI.

#include "cli.h"
#include "datapaths.h"
#include "mainwindow.h"
#include "qtconvert.h"
#include "routineloader.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
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

} // namespace

int main(int argc, char** argv) {
    const bool gui = needsDisplay(argc, argv);
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
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
    parser.addOptions({validate, list, json, routine});
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
    if (parser.isSet(list))
        return limber::cli::list(limber::scanLibrary(limber::routineFolders()), parser.isSet(json),
                                 out, err);

    QApplication::setApplicationDisplayName(u"Limber"_s);
    QGuiApplication::setDesktopFileName(u"app.limber.Limber"_s);
    limber::MainWindow window(limber::routineFolders());

    if (parser.isSet(routine)) {
        const QString wanted = parser.value(routine);
        if (QFileInfo(wanted).isFile()) {
            auto result = limber::loadRoutineFile(limber::toPath(wanted));
            for (const auto& diagnostic : result.diagnostics)
                err << limber::toQString(diagnostic.format()) << '\n';
            if (!result.routine)
                return 1;
            window.openRoutine({std::move(*result.routine), true, {}});
        } else if (!window.selectRoutine(wanted)) {
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
