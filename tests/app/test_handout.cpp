// The printable handout (issue #16): `limber --handout` run as a user runs
// it, and the PDF it writes read back with poppler's tools as a reader would
// (pdftotext: the words; pdfinfo: the pages and the paper; pdfimages: no
// bitmaps; pdftoppm: how a page looks), and the File menu's Export
// handout… and Print….
#include "application.h"
#include "common/describe.h"
#include "common/disclaimer.h"
#include "common/qtconvert.h"
#include "common/translations.h"
#include "documents/paper.h"
#include "handout/handout.h"
#include "handout/handoutactions.h"
#include "mainwindow.h"
#include "pdftools.h"
#include "recordingcueoutput.h"
#include "referenceimage.h"
#include "routine/routineloader.h"
#include "savedialog.h"
#include "settings/settings.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace limber;
using limber::testing::Outcome;
using limber::testing::pdfInfo;
using limber::testing::pdfWords;
using limber::testing::run;

namespace {

const QString kUpperBack =
    QStringLiteral(LIMBER_SOURCE_DIR "/resources/routines/upper-back-relief.yaml");

// The real executable with no display, no settings and no routines of the
// user's, in the locale `locale` names ({"LC_ALL", "de_DE.UTF-8"}...).
class HandoutCommand : public ::testing::Test {
protected:
    QTemporaryDir home;

    Outcome limber(const QStringList& arguments, const QMap<QString, QString>& locale = {}) {
        auto environment = QProcessEnvironment::systemEnvironment();
        environment.remove(u"DISPLAY"_s);
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        environment.insert(u"XDG_CONFIG_HOME"_s, home.path() + u"/config"_s);
        environment.insert(u"XDG_DATA_HOME"_s, home.path() + u"/data"_s);
        // A runtime folder of its own, as a desktop session has (0700).
        const QString runtime = home.path() + u"/runtime"_s;
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        environment.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        for (const char* variable : {"LC_ALL", "LC_PAPER", "LC_MESSAGES", "LANG", "LANGUAGE"})
            environment.remove(QString::fromLatin1(variable));
        environment.insert(u"LANG"_s, u"en_GB.UTF-8"_s);
        for (auto it = locale.begin(); it != locale.end(); ++it)
            environment.insert(it.key(), it.value());
        return limber::testing::run(QStringLiteral(LIMBER_BINARY), arguments, environment);
    }

    // `limber --handout upper-back-relief -o <file>` and more; the file.
    QString handout(const QStringList& more = {}, const QMap<QString, QString>& locale = {}) {
        const QString file = home.filePath(u"handout.pdf"_s);
        QFile::remove(file);
        const Outcome outcome = limber(
            QStringList{u"--handout"_s, u"upper-back-relief"_s, u"-o"_s, file} + more, locale);
        EXPECT_EQ(outcome.status, 0) << outcome.err.toStdString();
        EXPECT_EQ(outcome.out, file + u'\n');
        return file;
    }
};

Routine upperBack() {
    auto loaded = loadRoutineFile(toPath(kUpperBack));
    EXPECT_TRUE(loaded.routine.has_value());
    return loaded.routine.value_or(Routine{});
}

std::vector<const Step*> stepsOf(const Routine& routine) {
    std::vector<const Step*> steps;
    for (const auto& exercise : routine.exercises)
        for (const auto& block : exercise.blocks)
            for (const auto& step : block.steps)
                steps.push_back(&step);
    return steps;
}

QString in(const LocalizedText& text, const std::string& language) {
    return toQString(text.resolve(language)).simplified();
}

// Every step's words and dose, every safety notice and the disclaimer of
// the upper-back routine, in `language`, are in `text`.
void expectEverythingIn(const QString& text, const std::string& language) {
    const Routine routine = upperBack();
    Translations translations;
    translations.apply(QString::fromStdString(language));
    for (const Step* step : stepsOf(routine)) {
        EXPECT_TRUE(text.contains(in(step->text, language)))
            << language << ": " << in(step->text, language).toStdString();
        // The words as pdfWords() gives them: a no-break space is a space.
        const QString dose = Describe::action(step->action).simplified();
        EXPECT_TRUE(dose.isEmpty() || text.contains(dose))
            << language << ": " << dose.toStdString();
    }
    for (const auto& notice : routine.safety)
        EXPECT_TRUE(text.contains(in(notice.text, language)))
            << language << ": " << in(notice.text, language).toStdString();
    EXPECT_TRUE(text.contains(Disclaimer::text())) << language;
    EXPECT_TRUE(
        text.contains(Describe::repeat(*routine.exercises[1].blocks[3].repeat).simplified()))
        << language << ": the seated stretch's 10 to 15 times";
    EXPECT_TRUE(text.contains(in(routine.sources.front().title, language))) << language;
    translations.apply(u"en"_s);
}

} // namespace

TEST(HandoutTest, TheRoutineUnderTestIsTheOneItSaysItIs) {
    const Routine routine = upperBack();
    ASSERT_EQ(routine.exercises.size(), 3u);
    EXPECT_EQ(stepsOf(routine).size(), 17u);
    ASSERT_EQ(routine.safety.front().level, SafetyLevel::Warning);
}

TEST_F(HandoutCommand, EveryStepItsDoseAndTheWarningInEnglishGermanAndSpanish) {
    for (const std::string language : {"en", "de", "es"}) {
        SCOPED_TRACE(language);
        const QString file = handout({u"--language"_s, QString::fromStdString(language)});
        expectEverythingIn(pdfWords(file), language);
    }
}

// A routine that cites several pages (issue #17) lists every one, title and
// address, under "Sources".
TEST_F(HandoutCommand, EveryPageARoutineCitesIsOnIt) {
    const QString file = home.filePath(u"neck.pdf"_s);
    const Outcome outcome = limber({u"--handout"_s, u"neck"_s, u"-o"_s, file});
    ASSERT_EQ(outcome.status, 0) << outcome.err.toStdString();
    const QString text = pdfWords(file);
    auto loaded =
        loadRoutineFile(toPath(QStringLiteral(LIMBER_SOURCE_DIR "/resources/routines/neck.yaml")));
    ASSERT_TRUE(loaded.routine);
    ASSERT_GT(loaded.routine->sources.size(), 1U);
    const auto heading = text.lastIndexOf(u"Sources"_s);
    ASSERT_GE(heading, 0) << text.toStdString();
    qsizetype previous = heading;
    for (const Source& page : loaded.routine->sources) {
        const auto at = text.indexOf(in(page.title, "en"), previous);
        EXPECT_GT(at, previous) << in(page.title, "en").toStdString();
        EXPECT_TRUE(text.contains(QString::fromStdString(page.url).left(30)))
            << page.url << " (its start; a long address wraps)";
        previous = std::max(previous, at);
    }
}

TEST_F(HandoutCommand, FollowsTheInterfaceLanguageWhenNoneIsAsked) {
    const QString file = handout({}, {{u"LC_ALL"_s, u"es_ES.UTF-8"_s}});
    expectEverythingIn(pdfWords(file), "es");
}

TEST_F(HandoutCommand, TheSafetyBoxComesFirst) {
    const Routine routine = upperBack();
    const QString text = pdfWords(handout());
    const auto warning = text.indexOf(in(routine.safety.front().text, "en"));
    const auto firstStep = text.indexOf(in(stepsOf(routine).front()->text, "en"));
    const auto equipment = text.indexOf(u"What you need"_s);
    ASSERT_GE(warning, 0);
    EXPECT_LT(text.indexOf(u"Safety first"_s), warning);
    EXPECT_LT(warning, equipment);
    EXPECT_LT(text.indexOf(Disclaimer::text()), equipment) << "the disclaimer is in the box";
    EXPECT_LT(equipment, firstStep);
    EXPECT_TRUE(text.contains(u"Warning: " + in(routine.safety.front().text, "en")));
    EXPECT_TRUE(text.contains(u"Yoga strap — or: a belt, a towel"_s));
}

TEST_F(HandoutCommand, EveryPageSaysItsNumberOfHowMany) {
    const QString file = handout();
    const int pages = pdfInfo(file).value(u"Pages"_s).toInt();
    ASSERT_GE(pages, 2);
    for (int page = 1; page <= pages; ++page) {
        const QString text = pdfWords(file, page);
        EXPECT_TRUE(text.contains(u"Page %1 of %2"_s.arg(page).arg(pages)))
            << "page " << page << ": " << text.toStdString();
        EXPECT_TRUE(text.contains(u"Upper back relief · printed "_s))
            << "the footer, page " << page;
    }
}

TEST_F(HandoutCommand, PaperIsLetterWhereLetterIsUsedAndA4Elsewhere) {
    const QString letter = u"612 x 792 pts (letter)"_s;
    const QString a4 = u"595 x 842 pts (A4)"_s;
    const std::vector<std::pair<QMap<QString, QString>, QString>> cases{
        {{{u"LC_ALL"_s, u"en_US.UTF-8"_s}}, letter},
        {{{u"LC_ALL"_s, u"de_DE.UTF-8"_s}}, a4},
        {{{u"LC_ALL"_s, u"en_CA.UTF-8"_s}}, letter},
        {{{u"LC_ALL"_s, u"es_MX.UTF-8"_s}}, letter},
        {{{u"LC_ALL"_s, u"es_ES.UTF-8"_s}}, a4},
        {{{u"LC_ALL"_s, u"en_GB.UTF-8"_s}}, a4},
        // LC_PAPER names the paper when LC_ALL does not.
        {{{u"LANG"_s, u"de_DE.UTF-8"_s}, {u"LC_PAPER"_s, u"en_US.UTF-8"_s}}, letter},
        {{{u"LANG"_s, u"en_US.UTF-8"_s}, {u"LC_PAPER"_s, u"de_DE.UTF-8"_s}}, a4},
    };
    for (const auto& [locale, paper] : cases) {
        SCOPED_TRACE(locale.values().join(u' ').toStdString());
        // The language asked for does not change the paper.
        EXPECT_EQ(pdfInfo(handout({u"--language"_s, u"de"_s}, locale)).value(u"Page size"_s),
                  paper);
    }
    EXPECT_EQ(pdfInfo(handout({u"--paper"_s, u"a4"_s}, {{u"LC_ALL"_s, u"en_US.UTF-8"_s}}))
                  .value(u"Page size"_s),
              a4);
    EXPECT_EQ(pdfInfo(handout({u"--paper"_s, u"Letter"_s}, {{u"LC_ALL"_s, u"de_DE.UTF-8"_s}}))
                  .value(u"Page size"_s),
              letter);
}

TEST(Paper, FollowsTheCldrTerritories) {
    for (const auto territory : {QLocale::UnitedStates, QLocale::Canada, QLocale::Mexico,
                                 QLocale::Philippines, QLocale::Chile, QLocale::PuertoRico})
        EXPECT_EQ(paperFor(territory), QPageSize::Letter) << territory;
    for (const auto territory : {QLocale::Germany, QLocale::Spain, QLocale::UnitedKingdom,
                                 QLocale::Argentina, QLocale::Brazil, QLocale::AnyTerritory})
        EXPECT_EQ(paperFor(territory), QPageSize::A4) << territory;
    EXPECT_EQ(paperNamed(u"A4"_s), QPageSize::A4);
    EXPECT_EQ(paperNamed(u"letter"_s), QPageSize::Letter);
    EXPECT_EQ(paperNamed(u"legal"_s), std::nullopt);
}

// Drawn figures stay vector graphics: the handout of a routine drawn only
// with figures holds no bitmap at all.
TEST_F(HandoutCommand, FiguresAreVectorGraphicsNotBitmaps) {
    EXPECT_EQ(limber::testing::pdfImages(handout()), QStringList());
}

// A routine file with picture files: an SVG stays vector, a PNG is placed as
// the picture it is; repeat blocks say how often.
TEST_F(HandoutCommand, PictureFilesAndRepeatsOfARoutineFile) {
    const QString file = home.filePath(u"every-form.pdf"_s);
    const Outcome outcome = limber(
        {u"--handout"_s, QStringLiteral(LIMBER_TEST_DATA_DIR "/routines/valid/every-form.yaml"),
         u"--output"_s, file});
    ASSERT_EQ(outcome.status, 0) << outcome.err.toStdString();
    const QString text = pdfWords(file);
    for (const auto& expected :
         {u"Every form"_s, u"8. Read and continue."_s, u"1. Fixed cycles. Hold 10 s"_s,
          u"Repeat 3 times: step 1"_s, u"Repeat 10 to 15 times: steps 2–3"_s,
          u"Repeat as often as you need: step 4"_s, u"Hold 1 h"_s, u"Hold 30 s to 1 min"_s,
          u"10 to 15 reps, 3 s each"_s, u"One side at a time: Left side, then Right side"_s,
          u"Then rest 15 s"_s, u"Yoga strap — or: a belt, a towel"_s,
          u"Caution (Durations): Keep your neck straight."_s, u"The format contract"_s,
          u"https://example.org/limber/format"_s})
        EXPECT_TRUE(text.contains(expected)) << expected.toStdString() << "\n"
                                             << text.toStdString();
    EXPECT_EQ(limber::testing::pdfImages(file).size(), 1) << "the one PNG step";
}

TEST_F(HandoutCommand, AnUnwritableFileIsAClearErrorAndNothingIsLeft) {
    const QString missingFolder = home.filePath(u"no-such-folder/handout.pdf"_s);
    Outcome outcome = limber({u"--handout"_s, u"upper-back-relief"_s, u"-o"_s, missingFolder});
    EXPECT_EQ(outcome.status, 1);
    EXPECT_TRUE(outcome.err.endsWith(
        u"limber: cannot write %1: No such file or directory\n"_s.arg(missingFolder)))
        << outcome.err.toStdString();
    EXPECT_EQ(outcome.out, QString());
    EXPECT_FALSE(QFileInfo::exists(missingFolder));

    // A folder where the file should go.
    const QString folder = home.filePath(u"a-folder.pdf"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    outcome = limber({u"--handout"_s, u"upper-back-relief"_s, u"-o"_s, folder});
    EXPECT_EQ(outcome.status, 1);
    EXPECT_TRUE(outcome.err.endsWith(
        u"limber: cannot write %1: Filename refers to a directory\n"_s.arg(folder)))
        << outcome.err.toStdString();
    EXPECT_TRUE(QFileInfo(folder).isDir());
}

TEST_F(HandoutCommand, AReadOnlyFileIsLeftAsItWas) {
    if (geteuid() == 0)
        GTEST_SKIP() << "root may write any file";
    const QString file = home.filePath(u"read-only.pdf"_s);
    QFile existing(file);
    ASSERT_TRUE(existing.open(QIODevice::WriteOnly));
    existing.write("old");
    existing.close();
    ASSERT_TRUE(existing.setPermissions(QFile::ReadOwner));
    const Outcome outcome = limber({u"--handout"_s, u"upper-back-relief"_s, u"-o"_s, file});
    EXPECT_EQ(outcome.status, 1);
    EXPECT_TRUE(outcome.err.contains(u"limber: cannot write %1: "_s.arg(file)))
        << outcome.err.toStdString();
    ASSERT_TRUE(existing.open(QIODevice::ReadOnly));
    EXPECT_EQ(existing.readAll(), "old");
}

TEST_F(HandoutCommand, UsageErrorsSayWhatIsWrong) {
    const QString file = home.filePath(u"x.pdf"_s);
    Outcome outcome = limber({u"--handout"_s, u"no-such-routine"_s, u"-o"_s, file});
    EXPECT_EQ(outcome.status, 2);
    EXPECT_EQ(outcome.err,
              u"limber: no routine with id 'no-such-routine' (limber --list shows them)\n"_s);
    EXPECT_FALSE(QFileInfo::exists(file));

    outcome = limber({u"--handout"_s, u"upper-back-relief"_s});
    EXPECT_EQ(outcome.status, 2);
    EXPECT_EQ(outcome.err, u"limber: --handout needs -o FILE.pdf\n"_s);

    outcome =
        limber({u"--handout"_s, u"upper-back-relief"_s, u"-o"_s, file, u"--paper"_s, u"legal"_s});
    EXPECT_EQ(outcome.status, 2);
    EXPECT_EQ(outcome.err, u"limber: --paper must be a4 or letter\n"_s);

    outcome =
        limber({u"--handout"_s, u"upper-back-relief"_s, u"-o"_s, file, u"--language"_s, u"fr"_s});
    EXPECT_EQ(outcome.status, 2);
    EXPECT_EQ(outcome.err, u"limber: no language 'fr' (there are: de, en, es)\n"_s);
    EXPECT_FALSE(QFileInfo::exists(file));

    // A routine file with errors: its diagnostics, and nothing written.
    outcome = limber({u"--handout"_s,
                      QStringLiteral(LIMBER_TEST_DATA_DIR "/routines/invalid/missing-title.yaml"),
                      u"-o"_s, file});
    EXPECT_EQ(outcome.status, 1);
    EXPECT_TRUE(outcome.err.contains(u": error: "_s)) << outcome.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(file));
}

// The first page, rendered by poppler, looks as it did when its reference
// was looked at and committed (tests/data/handout/). After a deliberate
// change: LIMBER_UPDATE_REFERENCES=1 build/dev/bin/test_handout, then look.
TEST(HandoutLook, FirstPageOnA4AndLetterLooksAsItsReference) {
    const Routine routine = upperBack();
    Translations translations;
    translations.apply(u"en"_s);
    QTemporaryDir dir;
    for (const auto& [paper, name] :
         {std::pair{QPageSize::A4, u"a4"_s}, std::pair{QPageSize::Letter, u"letter"_s}}) {
        const QString pdf = dir.filePath(name + u".pdf"_s);
        ASSERT_EQ(Handout::writePdf(routine, pdf, paper, QDate(2026, 12, 2)), QString());
        const QString prefix = dir.filePath(name);
        const Outcome raster =
            run(u"pdftoppm"_s, {u"-r"_s, u"40"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-png"_s,
                                u"-singlefile"_s, pdf, prefix});
        ASSERT_EQ(raster.status, 0) << "pdftoppm (poppler-utils): " << raster.err.toStdString();
        limber::testing::expectMatchesReference(
            QImage(prefix + u".png"_s),
            QStringLiteral(LIMBER_TEST_DATA_DIR "/handout/upper-back-relief-") + name +
                u"-page1.png"_s,
            0.01);
    }
}

// The PDF writer is fast enough to print from the menu without a wait; the
// budget of the whole command (1 s) is scripts/bench-handout's.
namespace {

class HandoutMenu : public ::testing::Test {
protected:
    QTemporaryDir dir;
    RecordingCueOutput output;
    Application app{
        {{QStringLiteral(LIMBER_SOURCE_DIR "/resources/routines").toStdString(), false}},
        std::make_unique<Settings>(dir.path() + u"/limber.conf"),
        output};

    static QAction* action(MainWindow& window, const QString& name) {
        return window.findChild<QAction*>(name);
    }

    // Answers the next modal dialog of type D with `answer` when it shows,
    // asking again until `answer` says it has answered.
    template <typename D> static void whenShown(std::function<bool(D*)> answer) {
        auto* timer = new QTimer(qApp);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, [timer, answer] {
            auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
            if (dialog && answer(dialog)) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start();
    }
};

} // namespace

TEST_F(HandoutMenu, ExportAndPrintAreInTheFileMenuForTheRoutineShown) {
    MainWindow window(app);
    window.show();
    QAction* exportHandout = action(window, u"exportHandout"_s);
    QAction* print = action(window, u"printHandout"_s);
    ASSERT_TRUE(exportHandout && print);
    EXPECT_EQ(exportHandout->text(), u"&Export handout…"_s);
    EXPECT_EQ(print->text(), u"&Print…"_s);
    EXPECT_EQ(print->shortcut(), QKeySequence(QKeySequence::Print));
    QMenu* file = window.menuBar()->actions().first()->menu();
    EXPECT_TRUE(file->actions().contains(exportHandout));
    EXPECT_TRUE(file->actions().contains(print));

    EXPECT_FALSE(exportHandout->isEnabled()) << "no routine on the library";
    EXPECT_FALSE(print->isEnabled());
    ASSERT_TRUE(window.openRoutine(u"upper-back-relief"_s));
    EXPECT_TRUE(exportHandout->isEnabled());
    EXPECT_TRUE(print->isEnabled());
    // For people to look at: LIMBER_SCREENSHOT_DIR=/tmp/shots ./test_handout
    if (const QString shots = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR"); !shots.isEmpty()) {
        file->popup(window.mapToGlobal(QPoint(0, 0)));
        ASSERT_TRUE(file->grab().save(shots + u"/file-menu.png"_s));
        file->hide();
    }
}

TEST_F(HandoutMenu, ExportAsksWhereAndWritesThePdf) {
    MainWindow window(app);
    window.show();
    ASSERT_TRUE(window.openRoutine(u"upper-back-relief"_s));
    const QString file = dir.filePath(u"my handout"_s);
    QString suggested;
    whenShown<QFileDialog>([file, &suggested](QFileDialog* dialog) {
        if (suggested.isEmpty())
            suggested = QFileInfo(dialog->selectedFiles().value(0)).fileName();
        return test::saveAs(dialog, file);
    });
    action(window, u"exportHandout"_s)->trigger();
    // The name the print dialog gives a print to a file (the second walk:
    // "upper-back-relief.pdf" here, "Upper back relief.pdf" there).
    EXPECT_EQ(suggested, u"Upper back relief.pdf"_s);
    const QString written = file + u".pdf"_s;
    ASSERT_TRUE(QFileInfo::exists(written)) << "the .pdf the name lacked is added";
    EXPECT_TRUE(pdfWords(written).contains(u"Upper back relief"_s));
    EXPECT_EQ(window.statusBar()->currentMessage(),
              u"Handout saved as %1"_s.arg(QDir::toNativeSeparators(written)));
}

TEST_F(HandoutMenu, PrintGoesThroughThePrintDialog) {
    MainWindow window(app);
    window.show();
    ASSERT_TRUE(window.openRoutine(u"upper-back-relief"_s));
    const QString file = dir.filePath(u"printed.pdf"_s);
    whenShown<QPrintDialog>([file](QPrintDialog* dialog) {
        // The printer every machine has, CI's too: a PDF file.
        auto* name = dialog->findChild<QLineEdit*>(u"filename"_s);
        EXPECT_TRUE(name) << "Qt's print dialog has its file name field";
        if (name)
            name->setText(file);
        dialog->accept();
        return true;
    });
    action(window, u"printHandout"_s)->trigger();
    ASSERT_TRUE(QFileInfo::exists(file));
    const QString text = pdfWords(file);
    EXPECT_TRUE(text.contains(u"Safety first"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Page 1 of "_s));
}
