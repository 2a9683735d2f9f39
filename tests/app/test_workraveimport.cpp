// Workrave's exercises as a routine (docs/import.md): the real file from
// Debian's workrave-data, the hostile ones of tests/data/workrave, the
// report line by line, importing again, File ▸ Import…, and an imported
// exercise played to its end.
#include "application.h"
#include "common/imageloader.h"
#include "common/picturebox.h"
#include "common/translations.h"
#include "import/importreport.h"
#include "import/workraveimport.h"
#include "import/workravesequence.h"
#include "library/libraryview.h"
#include "mainwindow.h"
#include "overview/overviewview.h"
#include "player/playerview.h"
#include "playersession.h"
#include "recordingcueoutput.h"
#include "routine/routinelibrary.h"
#include "routine/routineloader.h"
#include "screenshot.h"
#include "session/sessioncontroller.h"
#include "settings/settings.h"
#include "testroutines.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileDialog>
#include <QMenuBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace limber;

namespace {

const QString kReal = WorkraveImport::debianFile();
const QString kFixtures = QStringLiteral(LIMBER_TEST_DATA_DIR "/workrave");
const QString kSecret = u"LIMBER-TEST-SECRET-7f3a9c"_s;

class WorkraveImportTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(m_dir.isValid());
        // English, with its catalogue: it holds the plural forms.
        m_translations.apply(u"en"_s);
    }

    QString routines() const { return m_dir.filePath(u"routines"_s); }
    QString imported() const { return routines() + u"/workrave-exercises"_s; }
    QString importedFile() const { return imported() + u"/workrave-exercises.yaml"_s; }

    // tests/data/workrave copied into <dir>/source, with what git does not
    // hold: a picture outside it, a link leading out to that picture and one
    // leading in to arm.png.
    QString source(const QString& name) {
        const QString folder = m_dir.filePath(u"source"_s);
        if (!QFileInfo::exists(folder)) {
            QDir().mkpath(folder);
            for (const QString& file : QDir(kFixtures).entryList(QDir::Files))
                QFile::copy(kFixtures + u'/' + file, folder + u'/' + file);
            QFile::copy(kFixtures + u"/arm.png"_s, m_dir.filePath(u"outside.png"_s));
            QFile::link(u"../outside.png"_s, folder + u"/link-out.png"_s);
            QFile::link(u"arm.png"_s, folder + u"/link-in.png"_s);
            QFile huge(folder + u"/huge.png"_s);
            if (huge.open(QIODevice::WriteOnly)) {
                huge.write("\x89PNG\r\n\x1A\n");
                huge.resize(17LL * 1024 * 1024); // sparse: no 17 MiB on the disk
            }
        }
        return folder + u'/' + name;
    }

    // The report as `limber --import` prints it, in English, the folder of
    // the test replaced by "<dir>".
    QStringList lines(const ImportResult& result) const {
        QStringList out;
        for (const Diagnostic& diagnostic : result.report)
            out << QString::fromStdString(diagnostic.format()).replace(m_dir.path(), u"<dir>"_s);
        return out;
    }

    // Everything under the routines folder, hidden entries too.
    QStringList written() const {
        QStringList files;
        QDirIterator it(routines(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next().mid(routines().size() + 1);
        files.sort();
        return files;
    }

    QTemporaryDir m_dir;
    Translations m_translations;
};

// Every file's name, size and content hash and every folder's name below
// `folder`: what "the source is never touched" compares.
QStringList snapshot(const QString& folder) {
    QStringList out;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        QString line = info.filePath() + u' ' + info.lastModified().toString(Qt::ISODateWithMs);
        QFile file(info.filePath());
        if (!info.isSymLink() && info.isFile() && file.open(QIODevice::ReadOnly))
            line +=
                u' ' +
                QString::fromLatin1(
                    QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        out << line;
    }
    out.sort();
    return out;
}

Routine loadClean(const QString& file) {
    LoadResult result = loadRoutineFile(file.toStdString());
    std::string problems;
    for (const Diagnostic& d : result.diagnostics)
        problems += d.format() + '\n';
    EXPECT_TRUE(result.diagnostics.empty()) << problems;
    return result.routine ? std::move(*result.routine) : Routine{};
}

QString in(const LocalizedText& text, const char* language) {
    const std::string* found = text.find(language);
    return found ? QString::fromStdString(*found) : QString();
}

// The steps of an exercise as the player counts them (a repeat block's once).
std::vector<const Step*> steps(const Exercise& exercise) {
    std::vector<const Step*> out;
    for (const StepBlock& block : exercise.blocks) {
        for (const Step& step : block.steps)
            out.push_back(&step);
    }
    return out;
}

// Seconds of the holds, each repeat block's as often as it repeats.
int holdSeconds(const Exercise& exercise) {
    int total = 0;
    for (const StepBlock& block : exercise.blocks) {
        const int times = block.repeat ? block.repeat->count.min : 1;
        for (const Step& step : block.steps) {
            if (const auto* hold = std::get_if<HoldAction>(&step.action))
                total += times * static_cast<int>(hold->duration.min.count());
        }
    }
    return total;
}

QByteArray contentOf(const QString& file) {
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

// Workrave's loop of pictures, folded into cycles and what is left.
TEST(FoldSequence, WholeCyclesAndTheLastOneCutShort) {
    const auto shoulder = foldSequence({10, 10}, 40, 500);
    EXPECT_EQ(shoulder.cycles, 2);
    EXPECT_EQ(shoulder.cycle, (std::vector<TimedFrame>{{0, 10}, {1, 10}}));
    EXPECT_TRUE(shoulder.tail.empty());
    EXPECT_EQ(shoulder.seconds(), 40);

    const auto focus = foldSequence({5, 5}, 25, 500);
    EXPECT_EQ(focus.cycles, 2);
    EXPECT_EQ(focus.tail, (std::vector<TimedFrame>{{0, 5}}));
    EXPECT_EQ(focus.seconds(), 25);

    const auto short_ = foldSequence({5, 10}, 12, 500);
    EXPECT_EQ(short_.cycles, 0);
    EXPECT_EQ(short_.tail, (std::vector<TimedFrame>{{0, 5}, {1, 7}}));
    EXPECT_EQ(short_.seconds(), 12);

    const auto capped = foldSequence({3}, 3000, 500);
    EXPECT_EQ(capped.cycles, 500);
    EXPECT_TRUE(capped.capped);
    EXPECT_EQ(capped.seconds(), 1500);

    EXPECT_EQ(foldSequence({}, 30, 500).seconds(), 0);
    EXPECT_EQ(foldSequence({10}, 0, 500).seconds(), 0);
}

// The "done": all ten of Workrave's exercises, in the three
// languages, with their pictures, times and mirrored frames.
TEST_F(WorkraveImportTest, TheRealFileBecomesOneRoutineThatLoadsWithoutAProblem) {
    ASSERT_TRUE(QFileInfo::exists(kReal)) << "scripts/setup installs Debian's workrave-data";
    const QStringList before = snapshot(QFileInfo(kReal).absolutePath());
    const ImportResult result = WorkraveImport::run(kReal, routines());
    ASSERT_TRUE(result.imported) << lines(result).join(u'\n').toStdString();
    EXPECT_FALSE(result.replaced);
    EXPECT_EQ(result.exercises, 10);
    EXPECT_EQ(result.file, importedFile());
    // The only thing left out: the languages Limber does not speak.
    EXPECT_EQ(lines(result),
              QStringList{kReal + u":2:1: warning: the titles and descriptions in 35 languages "
                                  "that Limber does not speak are left out: bg, ca, cs, da, el, "
                                  "et, eu, fa, fi, fr, ga, he, hr, hu, id, it, ja, ko, lt, nb, nl, "
                                  "pl, pt, pt_BR, ro, ru, sk, sl, sr@latin, sv, te, tr, uk, "
                                  "zh_CN, zh_TW"_s});
    EXPECT_EQ(
        WorkraveImport::summary(result),
        QStringList{u"Imported 10 exercises from Workrave into "_s + importedFile() + u"."_s});
    EXPECT_EQ(snapshot(QFileInfo(kReal).absolutePath()), before) << "the source is only read";

    const Routine routine = loadClean(result.file);
    EXPECT_EQ(routine.id, "workrave-exercises");
    EXPECT_EQ(in(routine.title, "en"), u"Workrave exercises");
    EXPECT_EQ(in(routine.title, "de"), u"Workrave-Übungen");
    EXPECT_EQ(in(routine.title, "es"), u"Ejercicios de Workrave");
    EXPECT_EQ(routine.tags, std::vector<std::string>{"desk"});
    ASSERT_EQ(routine.sources.size(), 1U);
    EXPECT_EQ(in(routine.sources.front().title, "en"),
              u"Workrave's own exercises (GNU GPL version 3 or later, © the Workrave authors), "
              "imported from /usr/share/workrave/exercises/exercises.xml"_s);
    EXPECT_EQ(routine.sources.front().url, "https://workrave.org/");
    EXPECT_TRUE(contentOf(result.file).startsWith("# Imported from Workrave by Limber"));

    struct Expected {
        const char* id;
        QString en, de, es;
        int seconds;                // Workrave's <sequence duration>
        int cycles;                 // whole passes through the pictures
        std::vector<QString> cycle; // each picture of a pass, "*" mirrored
        std::vector<int> cycleSeconds;
        std::vector<int> tailSeconds; // after the passes, the pass cut short
    };
    const std::vector<Expected> expected{
        {"shoulder-arm-stretch",
         u"Shoulder-arm stretch"_s,
         u"Schulter-/Armstreckung"_s,
         u"Estiramiento de hombros y brazos"_s,
         40,
         2,
         {u"shoulder-arm-stretch.png"_s, u"*shoulder-arm-stretch.png"_s},
         {10, 10},
         {}},
        {"finger-stretch",
         u"Finger stretch"_s,
         u"Finger strecken"_s,
         u"Estiramiento de dedos"_s,
         40,
         2,
         {u"finger-stretch-1.png"_s, u"finger-stretch-2.png"_s},
         {10, 10},
         {}},
        {"neck-tilt-stretch",
         u"Neck tilt stretch"_s,
         u"Den Hals beugen und dehnen"_s,
         u"Estire el cuello a los dos lados"_s,
         30,
         3,
         {u"neck-tilt-stretch-1.png"_s, u"neck-tilt-stretch-2.png"_s},
         {5, 5},
         {}},
        {"backward-shoulder-stretch",
         u"Backward shoulder stretch"_s,
         u"Schultern rückwärts strecken"_s,
         u"Estiramiento hacia atrás de hombros"_s,
         30,
         3,
         {u"backward-shoulder-stretch.png"_s},
         {10},
         {}},
        {"move-the-eyes",
         u"Move the eyes"_s,
         u"Die Augen bewegen"_s,
         u"Mueva los ojos"_s,
         32,
         2,
         {u"monitor-border-1.png"_s, u"monitor-border-2.png"_s, u"monitor-border-3.png"_s,
          u"monitor-border-4.png"_s},
         {4, 4, 4, 4},
         {}},
        {"train-focusing-the-eyes",
         u"Train focusing the eyes"_s,
         u"Das Fokussieren mit den Augen üben"_s,
         u"Entrenamiento del enfoque de los ojos"_s,
         25,
         2,
         {u"depth-focus-1.png"_s, u"depth-focus-2.png"_s},
         {5, 5},
         {5}},
        {"look-into-the-darkness",
         u"Look into the darkness"_s,
         u"In die Dunkelheit schauen"_s,
         u"Mire en la oscuridad"_s,
         20,
         1,
         {u"eye-darkness.png"_s},
         {20},
         {}},
        {"move-the-shoulders",
         u"Move the shoulders"_s,
         u"Die Schultern bewegen"_s,
         u"Mueva de hombros"_s,
         30,
         1,
         {u"rotate-arm.png"_s, u"*rotate-arm.png"_s},
         {15, 15},
         {}},
        {"move-the-shoulders-up-and-down",
         u"Move the shoulders up and down"_s,
         u"Die Schultern auf und ab bewegen"_s,
         u"Mueva los hombros arriba y abajo"_s,
         30,
         2,
         {u"chair-pushup-1.png"_s, u"chair-pushup-2.png"_s},
         {5, 10},
         {}},
        {"turn-your-head",
         u"Turn your head"_s,
         u"Den Kopf drehen"_s,
         u"Giros de su cabeza"_s,
         24,
         4,
         {u"turn-head-1.png"_s, u"turn-head-2.png"_s},
         {3, 3},
         {}},
    };
    ASSERT_EQ(routine.exercises.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const Expected& want = expected[i];
        const Exercise& exercise = routine.exercises[i];
        SCOPED_TRACE(want.id);
        EXPECT_EQ(exercise.id, want.id);
        EXPECT_EQ(in(exercise.title, "en"), want.en);
        EXPECT_EQ(in(exercise.title, "de"), want.de);
        EXPECT_EQ(in(exercise.title, "es"), want.es);
        EXPECT_EQ(holdSeconds(exercise), want.seconds) << "Workrave's time, kept";

        // First the description, to read, with the first picture.
        const auto all = steps(exercise);
        ASSERT_EQ(all.size(), 1 + want.cycle.size() + want.tailSeconds.size());
        const Step& read = *all.front();
        EXPECT_TRUE(std::holds_alternative<std::monostate>(read.action));
        EXPECT_FALSE(in(read.text, "en").isEmpty());
        EXPECT_FALSE(in(read.text, "de").isEmpty());
        EXPECT_FALSE(in(read.text, "es").isEmpty());
        EXPECT_EQ(read.image, "pictures/" + want.cycle.front().toStdString());

        // Then the pictures: in a repeat block when they pass more than once.
        ASSERT_GE(exercise.blocks.size(), 2U);
        const StepBlock& pass = exercise.blocks[1];
        if (want.cycles > 1) {
            ASSERT_TRUE(pass.repeat);
            EXPECT_EQ(pass.repeat->count.min, want.cycles);
            EXPECT_TRUE(pass.repeat->count.isFixed());
        } else {
            EXPECT_FALSE(pass.repeat);
        }
        for (std::size_t f = 0; f < want.cycle.size(); ++f) {
            const Step& frame = *all[1 + f];
            QString picture = want.cycle[f];
            const bool mirrored = picture.startsWith(u'*');
            picture.remove(u'*');
            EXPECT_EQ(frame.image, "pictures/" + picture.toStdString()) << f;
            EXPECT_EQ(frame.mirror, mirrored) << f;
            EXPECT_EQ(std::get<HoldAction>(frame.action).duration.min.count(),
                      want.cycleSeconds[f]);
            // The copy is the picture itself.
            EXPECT_EQ(contentOf(imported() + u"/pictures/"_s + picture),
                      contentOf(QFileInfo(kReal).absolutePath() + u'/' + picture));
        }
        for (std::size_t t = 0; t < want.tailSeconds.size(); ++t) {
            const Step& frame = *all[1 + want.cycle.size() + t];
            EXPECT_EQ(frame.image, all[1 + t]->image);
            EXPECT_EQ(std::get<HoldAction>(frame.action).duration.min.count(), want.tailSeconds[t]);
        }
    }

    // The words of the steps, in each language; a mirrored frame says so.
    const auto shoulder = steps(routine.exercises[0]);
    EXPECT_EQ(in(shoulder[0]->text, "en"),
              u"Keep one arm horizontally stretched in front of your chest. Push this arm with "
              "your other arm towards you until you feel a mild tension in your shoulder. Hold "
              "this position briefly, and repeat the exercise for your other arm."_s);
    EXPECT_TRUE(in(shoulder[0]->text, "de").startsWith(u"Halten Sie einen Arm horizontal"));
    EXPECT_TRUE(in(shoulder[0]->text, "es").startsWith(u"Ponga un brazo extendido"));
    EXPECT_EQ(in(shoulder[1]->text, "en"), u"Do as picture 1 of 2 shows.");
    EXPECT_EQ(in(shoulder[2]->text, "en"), u"The other side: do as picture 2 of 2 shows.");
    EXPECT_EQ(in(shoulder[2]->text, "de"),
              u"Die andere Seite: Machen Sie es wie auf Bild 2 von 2.");
    EXPECT_EQ(in(shoulder[2]->text, "es"), u"El otro lado: hazlo como muestra la imagen 2 de 2.");
    EXPECT_EQ(in(routine.sources.front().title, "de"),
              u"Die Übungen von Workrave selbst (GNU GPL Version 3 oder neuer, © die Autoren von "
              "Workrave), importiert aus /usr/share/workrave/exercises/exercises.xml"_s);
    EXPECT_EQ(in(steps(routine.exercises[3])[1]->text, "en"), u"Do as the picture shows.");

    // Eighteen pictures, each copied once however often it is shown; nothing
    // else written, nothing left over.
    EXPECT_EQ(QDir(imported() + u"/pictures"_s).entryList(QDir::Files).size(), 18);
    EXPECT_EQ(QDir(routines()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{u"workrave-exercises"_s});
}

// A billion laughs: refused at its DOCTYPE, before anything is expanded.
TEST_F(WorkraveImportTest, EntityExpansionIsRefusedAndNothingIsWritten) {
    const ImportResult result = WorkraveImport::run(source(u"billion-laughs.xml"_s), routines());
    EXPECT_FALSE(result.imported);
    EXPECT_EQ(lines(result),
              QStringList{u"<dir>/source/billion-laughs.xml:2:1: error: the file declares "
                          "entities (<!ENTITY lol ...>), which Workrave's exercise files never "
                          "do; Limber does not read such a file"_s});
    EXPECT_EQ(WorkraveImport::summary(result), QStringList{u"Nothing was imported."_s});
    EXPECT_TRUE(written().isEmpty()) << written().join(u' ').toStdString();
}

// The report speaks the interface's language; the routine's words are
// written in every language whatever it is.
TEST_F(WorkraveImportTest, TheReportIsInTheInterfacesLanguage) {
    m_translations.apply(u"de"_s);
    const ImportResult refused = WorkraveImport::run(source(u"billion-laughs.xml"_s), routines());
    const ImportResult imported = WorkraveImport::run(kReal, routines());
    const QStringList summary = WorkraveImport::summary(imported);
    m_translations.apply(u"en"_s);
    EXPECT_EQ(lines(refused),
              QStringList{u"<dir>/source/billion-laughs.xml:2:1: error: die Datei deklariert "
                          "Entitäten (<!ENTITY lol ...>), was Übungsdateien von Workrave nie tun; "
                          "Limber liest eine solche Datei nicht"_s});
    EXPECT_EQ(summary.value(0),
              u"10 Übungen aus Workrave nach "_s + importedFile() + u" importiert."_s);
    const Routine routine = loadClean(imported.file);
    EXPECT_EQ(in(routine.title, "en"), u"Workrave exercises");
    EXPECT_EQ(in(routine.title, "de"), u"Workrave-Übungen");
}

// An external entity naming a file with a secret: refused, and the secret is
// in nothing Limber writes or says.
TEST_F(WorkraveImportTest, AnExternalEntityIsRefusedAndItsFileLeaksNowhere) {
    const QString file = source(u"external-entity.xml"_s);
    const ImportResult result = WorkraveImport::run(file, routines());
    EXPECT_FALSE(result.imported);
    EXPECT_EQ(lines(result),
              QStringList{u"<dir>/source/external-entity.xml:2:1: error: the file declares "
                          "entities (<!ENTITY secret ...>), which Workrave's exercise files "
                          "never do; Limber does not read such a file"_s});
    EXPECT_TRUE(written().isEmpty());
    EXPECT_FALSE(lines(result).join(u'\n').contains(kSecret));
}

// Limber refuses such a DOCTYPE; were it not to, QXmlStreamReader would
// still not read the file an external entity names: read to its end, the
// title has no word of it.
TEST_F(WorkraveImportTest, QXmlStreamReaderNeverReadsTheFileAnExternalEntityNames) {
    QFile file(source(u"external-entity.xml"_s));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString everything;
    QString title;
    QStringList declared;
    while (!xml.atEnd()) {
        xml.readNext();
        everything += xml.text();
        if (xml.isDTD()) {
            for (const QXmlStreamEntityDeclaration& entity : xml.entityDeclarations())
                declared << entity.name().toString() + u' ' + entity.systemId().toString();
        }
        if (xml.isStartElement() && xml.name() == u"title")
            title = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_EQ(declared, QStringList{u"secret secret.txt"_s}); // declared, and never read
    EXPECT_EQ(title.simplified(), u"Leak here"_s);
    EXPECT_FALSE(everything.contains(kSecret));
    EXPECT_TRUE(QFile::exists(source(u"secret.txt"_s)));
    EXPECT_TRUE(contentOf(source(u"secret.txt"_s)).contains(kSecret.toUtf8()));
}

// 100 MB: refused by its size, without reading it.
TEST_F(WorkraveImportTest, AHundredMegabyteFileIsRefusedByItsSize) {
    const QString big = m_dir.filePath(u"big/exercises.xml"_s);
    QDir().mkpath(QFileInfo(big).absolutePath());
    QFile file(big);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_TRUE(file.resize(100LL * 1024 * 1024)); // sparse: no 100 MB on the disk
    file.close();
    const ImportResult result = WorkraveImport::run(big, routines());
    EXPECT_FALSE(result.imported);
    EXPECT_EQ(lines(result),
              QStringList{u"<dir>/big/exercises.xml: error: the file is 100 MiB; Workrave's "
                          "exercise files are far smaller, and Limber reads at most 8 MiB"_s});
    EXPECT_TRUE(written().isEmpty());
}

TEST_F(WorkraveImportTest, NotWorkraveNotXmlAndNoFileAreClearErrors) {
    EXPECT_EQ(lines(WorkraveImport::run(source(u"not-workrave.xml"_s), routines())),
              QStringList{u"<dir>/source/not-workrave.xml:2:1: error: the file's first element "
                          "is <routine>, not <exercises>: it is not a Workrave exercise file"_s});
    EXPECT_EQ(lines(WorkraveImport::run(source(u"malformed.xml"_s), routines())),
              QStringList{u"<dir>/source/malformed.xml:8:13: error: not well-formed XML: "
                          "Opening and ending tag mismatch."_s});
    EXPECT_EQ(
        lines(WorkraveImport::run(source(u"arm.png"_s), routines())).value(0).section(u':', 0, 0),
        u"<dir>/source/arm.png"_s);
    EXPECT_EQ(lines(WorkraveImport::run(m_dir.filePath(u"none.xml"_s), routines())),
              QStringList{u"<dir>/none.xml: error: no such file (Debian's workrave-data package "
                          "puts Workrave's exercises in /usr/share/workrave/exercises/"
                          "exercises.xml)"_s});
    EXPECT_EQ(lines(WorkraveImport::run(m_dir.path(), routines())),
              QStringList{u"<dir>: error: not a file"_s});
    EXPECT_TRUE(written().isEmpty());
}

// Pictures: only from the file's own folder. Absolute paths, '..', '\',
// URLs and links leading out are refused, missing and non-pictures too;
// each becomes a step without a picture (the player's placeholder).
TEST_F(WorkraveImportTest, PicturesComeOnlyFromTheFilesOwnFolder) {
    const QString file = source(u"pictures.xml"_s);
    const QStringList before = snapshot(QFileInfo(file).absolutePath());
    const ImportResult result = WorkraveImport::run(file, routines());
    ASSERT_TRUE(result.imported) << lines(result).join(u'\n').toStdString();
    const QString at = u"<dir>/source/pictures.xml:"_s;
    const QString placeholder = u"; the step shows the placeholder for a missing picture"_s;
    const QString onlyThere = u", and Limber copies pictures only from there"_s;
    EXPECT_EQ(
        lines(result),
        (QStringList{
            at +
                u"8:7: warning: the picture \"/usr/share/workrave/exercises/"
                "eye-darkness.png\" is not a path inside the folder of the exercise "
                "file"_s +
                onlyThere + placeholder,
            at +
                u"9:7: warning: the picture \"../outside.png\" leaves the folder of the "
                "exercise file ('..' or '\\'), and Limber copies pictures only from "
                "there"_s +
                placeholder,
            at +
                u"10:7: warning: the picture \"link-out.png\" is a link that leads out "
                "of the folder of the exercise file (to <dir>/outside.png)"_s +
                onlyThere + placeholder,
            at + u"11:7: warning: the picture \"missing.png\" does not exist"_s + placeholder,
            at +
                u"12:7: warning: the picture \"secret.txt\" is not a PNG, JPEG or SVG "
                "picture"_s +
                placeholder,
            at +
                u"13:7: warning: the picture \"sub\\arm.png\" leaves the folder of the "
                "exercise file ('..' or '\\'), and Limber copies pictures only from "
                "there"_s +
                placeholder,
            at +
                u"14:7: warning: the picture \"file:///etc/hostname\" is not a path "
                "inside the folder of the exercise file"_s +
                onlyThere + placeholder,
            at + u"15:7: warning: <image> has no src"_s + placeholder,
            at + u"17:7: warning: the picture \"huge.png\" is larger than 16 MiB"_s + placeholder,
            at +
                u"19:7: warning: the SVG picture \"refers.svg\" refers to another file "
                "(href=\"secret.txt\"), which Limber does not show"_s +
                placeholder,
        }));
    EXPECT_EQ(snapshot(QFileInfo(file).absolutePath()), before);

    const Routine routine = loadClean(result.file);
    const auto all = steps(routine.exercises.at(0));
    ASSERT_EQ(all.size(), 14U); // the description, then thirteen pictures of 1 s
    EXPECT_EQ(all[0]->image, "pictures/arm.png");
    EXPECT_EQ(all[1]->image, "pictures/arm.png");
    for (std::size_t i = 2; i <= 9; ++i) {
        EXPECT_TRUE(all[i]->image.empty()) << i;
        EXPECT_EQ(in(all[i]->text, "en"), u"Go on as the description says.") << i;
    }
    // A link to arm.png within the folder is arm.png: copied once, mirrored here.
    EXPECT_EQ(all[10]->image, "pictures/arm.png");
    EXPECT_TRUE(all[10]->mirror);
    EXPECT_EQ(in(all[10]->text, "en"), u"The other side: do as picture 10 of 13 shows.");
    EXPECT_TRUE(all[11]->image.empty());
    EXPECT_EQ(all[12]->image, "pictures/figure.svg");
    EXPECT_TRUE(all[13]->image.empty());
    EXPECT_EQ(written(), (QStringList{u"workrave-exercises"_s, u"workrave-exercises/pictures"_s,
                                      u"workrave-exercises/pictures/arm.png"_s,
                                      u"workrave-exercises/pictures/figure.svg"_s,
                                      u"workrave-exercises/workrave-exercises.yaml"_s}));

    // In the player, a step whose picture was not copied shows the
    // placeholder, named for the screen reader.
    Settings settings(m_dir.filePath(u"limber.conf"_s));
    ImageLoader loader;
    PlayerView view(settings, loader);
    view.resize(1366, 768);
    view.show();
    auto session = startSession(view, routine, settings);
    auto* box = view.findChild<PictureBox*>(u"pictureBox"_s);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->file(), imported() + u"/pictures/arm.png"_s);
    session->next(); // the first picture
    session->next(); // the second, refused
    EXPECT_EQ(view.stepText(), u"Go on as the description says.");
    EXPECT_EQ(box->state(), PictureBox::State::Missing);
    EXPECT_EQ(box->accessibleDescription(), u"Picture missing");
}

// Whatever Workrave's format does not have, or Limber cannot carry over, is
// reported by its line and column, in the order of the file; the loader's
// warnings about the routine written follow.
TEST_F(WorkraveImportTest, WhatIsLeftOutIsReportedLineByLine) {
    const ImportResult result = WorkraveImport::run(source(u"notes.xml"_s), routines());
    ASSERT_TRUE(result.imported);
    EXPECT_EQ(result.exercises, 2);
    const QString at = u"<dir>/source/notes.xml:"_s;
    const QString yaml = u"<dir>/routines/workrave-exercises/workrave-exercises.yaml:"_s;
    EXPECT_EQ(
        lines(result).mid(0, 15),
        (QStringList{
            at + u"2:1: warning: the attribute version=\"2\" of <exercises> is not part of "
                 "Workrave's format; it is left out"_s,
            at + u"2:1: warning: the titles and descriptions in 1 language that Limber does not "
                 "speak are left out: fr"_s,
            at + u"4:5: warning: “Arm circles” has no title in the language 'es'; Limber shows "
                 "another language's there"_s,
            at + u"10:5: warning: <video> is not part of Workrave's format; it is left out"_s,
            at + u"11:5: warning: the attribute speed=\"fast\" of <sequence> is not part of "
                 "Workrave's format; it is left out"_s,
            at + u"13:7: warning: <image duration=\"ten\"> is not a whole number of seconds "
                 "from 1 to 3600; 1\u00a0s is used instead"_s,
            at + u"14:7: warning: mirrorx=\"maybe\" is neither \"yes\" nor \"no\"; the picture "
                 "is shown as it is, as Workrave shows it"_s,
            at + u"16:5: warning: a second <sequence> in one exercise: it is left out, the "
                 "first one is played"_s,
            at + u"20:3: warning: “Reading only” has no <sequence> of pictures: it is imported "
                 "as its description, to read, without a time"_s,
            at + u"21:5: warning: “Reading only” has no title in the language 'de'; Limber "
                 "shows another language's there"_s,
            at + u"21:5: warning: “Reading only” has no title in the language 'es'; Limber "
                 "shows another language's there"_s,
            at + u"22:5: warning: “Reading only” has no description in the language 'de'; "
                 "Limber shows another language's there"_s,
            at + u"22:5: warning: “Reading only” has no description in the language 'es'; "
                 "Limber shows another language's there"_s,
            at + u"24:3: warning: “Exercise 3” has neither a description nor pictures: it is "
                 "left out"_s,
            at + u"25:5: warning: an empty <title> is left out"_s,
        }));
    // The routine written loads; the loader's warnings about it follow: the
    // texts that lack a language, and the exercise without a picture.
    QStringList loader;
    for (const QString& line : lines(result).mid(15)) {
        EXPECT_TRUE(line.startsWith(yaml)) << line.toStdString();
        loader << line.section(u": warning: "_s, 1);
    }
    EXPECT_EQ(loader, (QStringList{
                          u"'title' is missing language 'es' (used elsewhere in this routine)"_s,
                          u"exercise 'reading-only' has no image (add 'image' to the exercise or "
                          "a step)"_s,
                          u"'title' is missing languages 'de', 'es' (used elsewhere in this "
                          "routine)"_s,
                          u"'text' is missing languages 'de', 'es' (used elsewhere in this "
                          "routine)"_s,
                      }));
    const LoadResult loaded = loadRoutineFile(result.file.toStdString());
    ASSERT_TRUE(loaded.routine);
    const Exercise& arm = loaded.routine->exercises.at(0);
    EXPECT_EQ(arm.id, "arm-circles");
    // 10 s, 1 s (the bad duration), 5 s in 25 s: one pass, then 9 s of the first.
    EXPECT_EQ(holdSeconds(arm), 25);
    const auto all = steps(arm);
    ASSERT_EQ(all.size(), 5U);
    EXPECT_TRUE(all[2]->mirror);
    EXPECT_FALSE(all[3]->mirror) << "mirrorx=\"maybe\" is not yes";
    const Exercise& reading = loaded.routine->exercises.at(1);
    EXPECT_EQ(steps(reading).size(), 1U);
    EXPECT_EQ(in(reading.title, "en"), u"Reading only");
}

// Importing again replaces the earlier import, all of it, and says so; a
// folder the import did not write is left alone.
TEST_F(WorkraveImportTest, ImportingAgainReplacesTheEarlierImportAndSaysSo) {
    ASSERT_TRUE(WorkraveImport::run(kReal, routines()).imported);
    QFile stale(imported() + u"/pictures/stale.png"_s);
    ASSERT_TRUE(stale.open(QIODevice::WriteOnly));
    stale.close();

    const ImportResult again = WorkraveImport::run(kReal, routines());
    ASSERT_TRUE(again.imported);
    EXPECT_TRUE(again.replaced);
    EXPECT_EQ(WorkraveImport::summary(again),
              (QStringList{u"Imported 10 exercises from Workrave into "_s + importedFile() + u"."_s,
                           u"It replaces the earlier import."_s}));
    EXPECT_FALSE(QFile::exists(stale.fileName()));
    EXPECT_EQ(QDir(routines()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
              QStringList{u"workrave-exercises"_s});
    loadClean(again.file);
}

TEST_F(WorkraveImportTest, AFolderTheImportDidNotWriteIsLeftAlone) {
    QDir().mkpath(imported());
    QFile mine(imported() + u"/workrave-exercises.yaml"_s);
    ASSERT_TRUE(mine.open(QIODevice::WriteOnly));
    mine.write("# my own\nlimber: 1\n");
    mine.close();
    const ImportResult result = WorkraveImport::run(kReal, routines());
    EXPECT_FALSE(result.imported);
    EXPECT_EQ(lines(result).last(),
              u"<dir>/routines/workrave-exercises: error: this folder is not an earlier import "
              "of Workrave's exercises, so Limber leaves it alone; move it away and import "
              "again"_s);
    EXPECT_EQ(contentOf(mine.fileName()), "# my own\nlimber: 1\n");
    // Nothing half-written stays: the hidden folder the import wrote is gone.
    EXPECT_EQ(written(), (QStringList{u"workrave-exercises"_s,
                                      u"workrave-exercises/workrave-exercises.yaml"_s}));
}

namespace {

class WorkraveWindowTest : public WorkraveImportTest {
protected:
    limber::RecordingCueOutput m_output;
    std::unique_ptr<Application> m_app;
    std::unique_ptr<MainWindow> m_window;

    void open() {
        QDir().mkpath(m_dir.filePath(u"bundled"_s));
        m_app = std::make_unique<Application>(
            std::vector<RoutineFolder>{{m_dir.filePath(u"bundled"_s).toStdString(), false},
                                       {routines().toStdString(), true}},
            std::make_unique<Settings>(m_dir.filePath(u"limber.conf"_s)), m_output);
        m_window = std::make_unique<MainWindow>(*m_app);
        m_window->show();
    }
    QAction* importAction() const {
        for (QAction* menu : m_window->menuBar()->actions()) {
            if (menu->text() != u"&File" || !menu->menu())
                continue;
            for (QAction* action : menu->menu()->actions()) {
                if (action->text() == u"&Import…")
                    return action;
            }
        }
        return nullptr;
    }
    ImportReportDialog* report() const {
        return m_window->findChild<ImportReportDialog*>(u"importReport"_s);
    }
};

} // namespace

// File ▸ Import… asks for the file (Debian's chosen), imports it, shows the
// routine in the library and the report over it; again, it says it replaced.
TEST_F(WorkraveWindowTest, FileImportShowsTheRoutineInTheLibraryAndTheReport) {
    open();
    QAction* action = importAction();
    ASSERT_NE(action, nullptr);
    EXPECT_EQ(action->statusTip(), u"Import Workrave's exercises as a routine of your own");
    action->trigger();
    auto* dialog = m_window->findChild<QFileDialog*>(u"importFile"_s);
    ASSERT_NE(dialog, nullptr);
    EXPECT_TRUE(dialog->isVisible());
    EXPECT_EQ(dialog->selectedFiles(), QStringList{kReal});
    static_cast<QDialog*>(dialog)->accept(); // the button Open: QFileDialog's accept()

    auto* library = m_window->findChild<LibraryView*>();
    ASSERT_NE(library, nullptr);
    EXPECT_EQ(m_window->findChild<QStackedWidget*>()->currentWidget(), library);
    EXPECT_EQ(library->currentRoutineId(), u"workrave-exercises");
    ASSERT_NE(report(), nullptr);
    EXPECT_TRUE(report()->isVisible());
    EXPECT_EQ(report()->summaryText(),
              u"Imported 10 exercises from Workrave into "_s + importedFile() + u"."_s);
    EXPECT_TRUE(report()->reportText().startsWith(
        kReal + u":2:1: warning: the titles and descriptions in 35 languages"_s));
    QTest::mouseClick(report()->findChild<QPushButton*>(), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    EXPECT_EQ(report(), nullptr);

    m_window->importWorkrave(kReal);
    ASSERT_NE(report(), nullptr);
    EXPECT_EQ(report()->summaryText(), u"Imported 10 exercises from Workrave into "_s +
                                           importedFile() +
                                           u".\nIt replaces the earlier import."_s);
    EXPECT_EQ(library->currentRoutineId(), u"workrave-exercises");
}

TEST_F(WorkraveWindowTest, AFailedImportSaysWhyAndChangesNothing) {
    open();
    m_window->importWorkrave(source(u"billion-laughs.xml"_s));
    ASSERT_NE(report(), nullptr);
    EXPECT_EQ(report()->windowTitle(), u"Workrave's exercises not imported");
    EXPECT_EQ(report()->summaryText(), u"Nothing was imported.");
    EXPECT_TRUE(report()->reportText().contains(u"billion-laughs.xml:2:1: error:"_s));
    EXPECT_EQ(m_app->library().find("workrave-exercises"), nullptr);
}

// An imported exercise, played to its end: the description to read, then
// Workrave's pictures for Workrave's time, the mirrored one flipped.
TEST_F(WorkraveImportTest, AnImportedExercisePlaysToItsEnd) {
    const ImportResult result = WorkraveImport::run(kReal, routines());
    ASSERT_TRUE(result.imported);
    Routine routine = loadClean(result.file);
    // Its first exercise alone, as a break plays one.
    routine.exercises.resize(1);
    ASSERT_EQ(routine.exercises[0].id, "shoulder-arm-stretch");

    Settings settings(m_dir.filePath(u"limber.conf"_s));
    settings.setGetReady(3s);
    settings.setAutoAdvance(true);
    ImageLoader loader;
    PlayerView view(settings, loader);
    view.resize(1366, 768);
    view.show();
    std::optional<SessionSummary> summary;
    QObject::connect(&view, &PlayerView::finished, &view,
                     [&summary](const SessionSummary& done) { summary = done; });
    TimePoint now = TimePoint{} + 1000h;
    const auto advance = [&](Duration d) {
        const TimePoint end = now + d;
        while (now < end) {
            now = std::min(end, now + Duration(500ms));
            view.controller()->tick();
        }
    };
    auto* box = view.findChild<PictureBox*>(u"pictureBox"_s);
    ASSERT_NE(box, nullptr);
    const QString picture = imported() + u"/pictures/shoulder-arm-stretch.png"_s;
    const auto shown = [&] {
        EXPECT_TRUE(QTest::qWaitFor(
            [&] {
                loader.waitForDone();
                return box->state() == PictureBox::State::Shown;
            },
            5000));
        return box->grab().toImage();
    };
    const auto next = [&view] {
        QTest::mouseClick(view.findChild<QPushButton*>(u"next"_s), Qt::LeftButton);
    };

    auto session = startSession(view, routine, settings, [&now] { return now; });
    EXPECT_EQ(view.positionText(), u"Exercise 1 of 1: Shoulder-arm stretch · step 1 of 3"_s);
    EXPECT_TRUE(view.stepText().startsWith(u"Keep one arm horizontally stretched"_s));
    EXPECT_EQ(box->file(), picture);
    next();

    QImage first;
    for (int cycle = 1; cycle <= 2; ++cycle) {
        EXPECT_EQ(
            view.positionText(),
            u"Exercise 1 of 1: Shoulder-arm stretch · step 2 of 3 · cycle %1 of 2"_s.arg(cycle));
        EXPECT_EQ(view.stepText(), u"Do as picture 1 of 2 shows.");
        EXPECT_EQ(box->file(), picture);
        EXPECT_FALSE(box->mirrored());
        if (cycle == 1)
            first = shown();
        advance(13s); // get ready 3 s, hold 10 s
        EXPECT_EQ(view.stepText(), u"The other side: do as picture 2 of 2 shows.");
        EXPECT_EQ(box->file(), picture);
        EXPECT_TRUE(box->mirrored());
        if (cycle == 1) {
            // Drawn flipped left to right: the first frame's mirror image.
            const QImage flipped = shown();
            ASSERT_EQ(flipped.size(), first.size());
            // Compared at an eighth of the size: smooth scaling may sample a
            // flipped picture half a pixel apart.
            const QSize small = first.size() / 8;
            const QImage expected =
                first.mirrored(true, false)
                    .scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            const QImage got =
                flipped.scaled(small, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            int differ = 0;
            for (int y = 0; y < small.height(); ++y) {
                for (int x = 0; x < small.width(); ++x) {
                    const QColor a = got.pixelColor(x, y);
                    const QColor b = expected.pixelColor(x, y);
                    differ +=
                        std::max({std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                                  std::abs(a.blue() - b.blue())}) > 24;
                }
            }
            EXPECT_LT(differ, small.width() * small.height() / 100);
            EXPECT_NE(flipped, first) << "the picture is not symmetric";
        }
        ASSERT_FALSE(summary.has_value());
        advance(13s);
    }
    ASSERT_TRUE(summary.has_value());
    EXPECT_TRUE(summary->completed);
    EXPECT_EQ(summary->exercisesDone, 1);
    EXPECT_EQ(summary->holds, 4);
    EXPECT_EQ(summary->holdTime, 40s) << "Workrave's 40 s";
    EXPECT_EQ(summary->time, 52s) << "four holds of 10 s, each after a get-ready of 3 s";
}

// The library with the routine imported, its overview, one imported step
// in the player (the mirrored picture) and the report, for people to look at
// (scripts/screenshots); skipped unless LIMBER_SCREENSHOT_DIR is set.
TEST(Screenshots, ImportedWorkraveInTheLibraryOverviewPlayerAndReport) {
    const QString out = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set LIMBER_SCREENSHOT_DIR to render the screens";
    namespace shots = limber::screenshots;
    Translations translations;
    translations.apply(u"en"_s);
    QTemporaryDir dir;
    const QString user = dir.filePath(u"routines"_s);
    const ImportResult result = WorkraveImport::run(kReal, user);
    ASSERT_TRUE(result.imported);
    const RoutineLibrary library =
        scanLibrary({{std::filesystem::path(LIMBER_SOURCE_DIR) / "resources/routines", false},
                     {user.toStdString(), true}});
    const LibraryEntry* entry = library.find("workrave-exercises");
    ASSERT_NE(entry, nullptr);
    Routine shoulder = entry->routine;
    shoulder.exercises.resize(1);

    for (const auto& [theme, palette] : {std::pair(u"light"_s, shots::lightPalette()),
                                         std::pair(u"dark"_s, shots::darkPalette())}) {
        shots::usePalette(palette);
        ImageLoader loader;
        {
            LibraryView view(loader);
            view.setLibrary(&library);
            view.selectRoutine(u"workrave-exercises"_s);
            EXPECT_FALSE(
                shots::save(view, out + u"/import-library-" + theme + u".png", &loader).isEmpty());
        }
        {
            Settings settings(dir.filePath(u"limber.conf"_s));
            OverviewView view(settings, loader);
            view.setRoutine(&entry->routine, entry->user);
            EXPECT_FALSE(
                shots::save(view, out + u"/import-overview-" + theme + u".png", &loader).isEmpty());
        }
        {
            Settings settings(dir.filePath(u"limber.conf"_s));
            settings.setGetReady(3s);
            PlayerView view(settings, loader);
            TimePoint now = TimePoint{} + 1000h;
            auto session = startSession(view, shoulder, settings, [&now] { return now; });
            // Past the description.
            QTest::mouseClick(view.findChild<QPushButton*>(u"next"_s), Qt::LeftButton);
            // 13 s of the first picture, a get-ready of 3 s, 4 s of the mirrored one.
            for (int i = 0; i < 40; ++i) {
                now += 500ms;
                view.controller()->tick();
            }
            EXPECT_EQ(view.stepText(), u"The other side: do as picture 2 of 2 shows.");
            EXPECT_FALSE(
                shots::save(view, out + u"/import-player-" + theme + u".png", &loader).isEmpty());
        }
        ImportReportDialog report(result);
        EXPECT_FALSE(shots::save(report, out + u"/import-report-" + theme + u".png", nullptr,
                                 report.sizeHint())
                         .isEmpty());
    }
}
