// The limber executable's command line, run as a user would run it: a real
// process, its output and its exit status.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

struct Outcome {
    int status = -1;
    QString out;
    QString err;
};

// `userData`: the XDG_DATA_HOME the user's routines are in (limber/routines).
Outcome limber(const QStringList& arguments, const QString& dataDir = {},
               const QString& userData = {}) {
    QProcess process;
    auto environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s); // --validate, --list and --import need no display
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    if (!dataDir.isEmpty())
        environment.insert(u"LIMBER_DATA_DIR"_s, dataDir);
    environment.insert(u"XDG_DATA_HOME"_s,
                       userData.isEmpty() ? QDir::tempPath() + u"/limber-cli-test-no-user-data"_s
                                          : userData);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(LIMBER_BINARY), arguments);
    process.waitForFinished(60000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// The diagnostics a fixture must produce (see tests/data/routines/README.md),
// with the bare file name replaced by the path the test passes.
QStringList expectedFor(const QString& path) {
    const QString name = QFileInfo(path).fileName();
    QStringList expected;
    QFile sidecar(path + u".expect"_s);
    if (sidecar.open(QIODevice::ReadOnly)) {
        for (const auto& line : QString::fromUtf8(sidecar.readAll()).split(u'\n'))
            if (!line.isEmpty())
                expected << line;
    } else {
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        static const QRegularExpression expect(u"^# expect: (.*)$"_s,
                                               QRegularExpression::MultilineOption);
        auto it = expect.globalMatch(QString::fromUtf8(file.readAll()));
        while (it.hasNext())
            expected << it.next().captured(1);
    }
    for (auto& line : expected)
        line.replace(0, name.size(), path);
    return expected;
}

QStringList fixtures(const QString& folder) {
    QStringList files;
    QDirIterator it(QStringLiteral(LIMBER_TEST_DATA_DIR) + u"/routines/"_s + folder, {u"*.yaml"_s},
                    QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    return files;
}

} // namespace

TEST(CommandLine, ValidatePrintsExactlyTheExpectedDiagnosticsForEveryFixture) {
    for (const QString& folder : QStringList{u"valid"_s, u"invalid"_s, u"hostile"_s}) {
        for (const auto& file : fixtures(folder)) {
            const auto expected = expectedFor(file);
            const Outcome run = limber({u"--validate"_s, file});
            EXPECT_EQ(run.out.split(u'\n', Qt::SkipEmptyParts), expected) << file.toStdString();
            const bool errors = std::ranges::any_of(
                expected, [](const QString& line) { return line.contains(u": error: "_s); });
            EXPECT_EQ(run.status, errors ? 1 : 0) << file.toStdString();
            EXPECT_EQ(folder == u"valid", !errors) << file.toStdString();
        }
    }
}

TEST(CommandLine, ValidateAFolderChecksEveryFileAndSummarises) {
    const Outcome run =
        limber({u"--validate"_s, QStringLiteral(LIMBER_SOURCE_DIR) + u"/resources"_s});
    EXPECT_EQ(run.status, 0);
    EXPECT_EQ(run.out, QString()) << "the shipped routines have no warnings";
    EXPECT_TRUE(run.err.contains(u"Checked 5 routine files: 0 errors, 0 warnings."_s))
        << run.err.toStdString();
}

TEST(CommandLine, ValidateANonexistentPathIsAUsageError) {
    const Outcome run = limber({u"--validate"_s, u"/no/such/routine.yaml"_s});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.endsWith(u"limber: no such file or folder: /no/such/routine.yaml\n"_s))
        << run.err.toStdString();
}

TEST(CommandLine, UnknownOptionIsAUsageError) {
    const Outcome run = limber({u"--frobnicate"_s});
    EXPECT_EQ(run.status, 2);
    EXPECT_TRUE(run.err.endsWith(u"Unknown option 'frobnicate'.\n"_s)) << run.err.toStdString();
}

// The bundled routines, one a line in the order of their files: the
// upper back and the four routines of the desk library (issue #17).
TEST(CommandLine, ListShowsTheShippedRoutinesWithTheirLength) {
    const Outcome run = limber({u"--list"_s});
    EXPECT_EQ(run.status, 0) << run.err.toStdString();
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 5) << run.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(u"lower-back\tLower back at the desk\t4 exercises\tabout "_s));
    EXPECT_TRUE(lines[1].startsWith(u"neck\tNeck\t3 exercises\tabout "_s));
    EXPECT_TRUE(
        lines[2].startsWith(u"shoulders-and-chest\tShoulders and chest\t4 exercises\tabout "_s));
    EXPECT_TRUE(
        lines[3].startsWith(u"upper-back-relief\tUpper back relief\t3 exercises\tabout "_s));
    EXPECT_TRUE(
        lines[4].startsWith(u"wrists-and-forearms\tWrists and forearms\t4 exercises\tabout "_s));
}

TEST(CommandLine, ListJsonIsMachineReadable) {
    const Outcome run = limber({u"--list"_s, u"--json"_s});
    ASSERT_EQ(run.status, 0) << run.err.toStdString();
    const auto routines = QJsonDocument::fromJson(run.out.toUtf8()).array();
    ASSERT_EQ(routines.size(), 5);
    const auto routine = routines.at(3).toObject();
    EXPECT_EQ(routine[u"id"_s].toString(), u"upper-back-relief");
    EXPECT_EQ(routine[u"exercises"_s].toInt(), 3);
    EXPECT_GT(routine[u"estimatedSeconds"_s].toInt(), 300);
    EXPECT_FALSE(routine[u"user"_s].toBool());
}

TEST(CommandLine, ListReportsABrokenFileAndStillListsTheRest) {
    QTemporaryDir data;
    QDir().mkpath(data.path() + u"/routines"_s);
    QFile good(data.path() + u"/routines/good.yaml"_s);
    ASSERT_TRUE(good.open(QIODevice::WriteOnly));
    good.write("limber: 1\nid: good\ntitle: Good\nexercises:\n  - id: a\n    title: A\n"
               "    steps:\n      - text: Stand tall.\n");
    good.close();
    QFile broken(data.path() + u"/routines/broken.yaml"_s);
    ASSERT_TRUE(broken.open(QIODevice::WriteOnly));
    broken.write("limber: 1\nid: broken\n");
    broken.close();

    const Outcome run = limber({u"--list"_s}, data.path());
    EXPECT_EQ(run.status, 1);
    EXPECT_EQ(run.out.count(u'\n'), 1) << run.out.toStdString();
    EXPECT_TRUE(run.err.contains(u"broken.yaml:1:1: error: missing required key 'title'"_s))
        << run.err.toStdString();
}

TEST(CommandLine, VersionAndHelp) {
    EXPECT_EQ(limber({u"--version"_s}).out, u"limber " LIMBER_VERSION "\n"_s);
    const Outcome help = limber({u"--help"_s});
    EXPECT_EQ(help.status, 0);
    for (const auto option : {u"--validate", u"--list", u"--json", u"--routine", u"--import"})
        EXPECT_TRUE(help.out.contains(option)) << help.out.toStdString();
}

// `limber --import workrave`: Debian's exercises become a routine of the
// user's that --validate passes without a word and --list shows; again, it
// says it replaced the earlier import (docs/import.md).
TEST(CommandLine, ImportWorkraveWritesARoutineThatValidatesCleanly) {
    QTemporaryDir home;
    const QString file = home.path() + u"/limber/routines/workrave-exercises/"
                                       "workrave-exercises.yaml"_s;
    const Outcome first = limber({u"--import"_s, u"workrave"_s}, {}, home.path());
    EXPECT_EQ(first.status, 0) << first.err.toStdString();
    EXPECT_EQ(first.out, u"/usr/share/workrave/exercises/exercises.xml:2:1: warning: the titles "
                         "and descriptions in 35 languages that Limber does not speak are left "
                         "out: bg, ca, cs, da, el, et, eu, fa, fi, fr, ga, he, hr, hu, id, it, "
                         "ja, ko, lt, nb, nl, pl, pt, pt_BR, ro, ru, sk, sl, sr@latin, sv, te, "
                         "tr, uk, zh_CN, zh_TW\n"_s);
    EXPECT_EQ(first.err, u"Imported 10 exercises from Workrave into "_s + file + u".\n"_s);

    const Outcome validate = limber({u"--validate"_s, file});
    EXPECT_EQ(validate.status, 0);
    EXPECT_EQ(validate.out, QString());
    EXPECT_EQ(validate.err, u"Checked 1 routine file: 0 errors, 0 warnings.\n"_s);

    const Outcome list = limber({u"--list"_s}, {}, home.path());
    EXPECT_EQ(list.status, 0) << list.err.toStdString();
    EXPECT_TRUE(
        list.out.contains(u"workrave-exercises\tWorkrave exercises\t10 exercises\tabout "_s))
        << list.out.toStdString();

    const Outcome again =
        limber({u"--import=workrave"_s, u"/usr/share/workrave/exercises/exercises.xml"_s}, {},
               home.path());
    EXPECT_EQ(again.status, 0);
    EXPECT_EQ(again.err, u"Imported 10 exercises from Workrave into "_s + file +
                             u".\nIt replaces the earlier import.\n"_s);
}

TEST(CommandLine, ImportRefusesWhatItCannotImport) {
    QTemporaryDir home;
    const QString laughs = QStringLiteral(LIMBER_TEST_DATA_DIR) + u"/workrave/billion-laughs.xml"_s;
    const Outcome hostile = limber({u"--import"_s, u"workrave"_s, laughs}, {}, home.path());
    EXPECT_EQ(hostile.status, 1);
    EXPECT_EQ(hostile.out, laughs + u":2:1: error: the file declares entities (<!ENTITY lol ...>), "
                                    "which Workrave's exercise files never do; Limber does not "
                                    "read such a file\n"_s);
    EXPECT_EQ(hostile.err, u"Nothing was imported.\n"_s);
    EXPECT_FALSE(QFileInfo::exists(home.path() + u"/limber/routines/workrave-exercises"_s));

    const Outcome kind = limber({u"--import"_s, u"stretchly"_s}, {}, home.path());
    EXPECT_EQ(kind.status, 2);
    EXPECT_EQ(kind.err, u"limber: cannot import 'stretchly': Limber imports workrave\n"_s);
    const Outcome two = limber({u"--import"_s, u"workrave"_s, laughs, laughs}, {}, home.path());
    EXPECT_EQ(two.status, 2);
    EXPECT_EQ(two.err, u"limber: --import workrave takes one file\n"_s);
    const Outcome none =
        limber({u"--import"_s, u"workrave"_s, u"/no/such/exercises.xml"_s}, {}, home.path());
    EXPECT_EQ(none.status, 2);
    EXPECT_EQ(none.err, u"limber: no such file: /no/such/exercises.xml\n"_s);
}
