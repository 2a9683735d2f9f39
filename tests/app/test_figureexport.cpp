// limber --export-figures: the files exportFigures() writes for the shipped
// routines and for a small routine of our own, their names, sizes and
// contents.
#include "figures/figureexport.h"
#include "routine/routineloader.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace limber;

namespace {

// Every routine Limber ships, in file order.
std::vector<Routine> loadShipped() {
    std::vector<Routine> routines;
    const QDir folder(QStringLiteral(LIMBER_SOURCE_DIR "/resources/routines"));
    for (const QString& name : folder.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name)) {
        auto result = loadRoutineFile(folder.filePath(name).toStdString());
        EXPECT_TRUE(result.routine) << name.toStdString();
        if (result.routine)
            routines.push_back(std::move(*result.routine));
    }
    return routines;
}

Routine loadText(const std::string& text) {
    auto result = loadRoutineText(text, "inline.yaml");
    EXPECT_TRUE(result.routine) << (result.diagnostics.empty()
                                        ? std::string()
                                        : result.diagnostics.front().format());
    return result.routine ? std::move(*result.routine) : Routine{};
}

const std::string kSmall = R"(limber: 1
id: small
title: Small
exercises:
  - id: wall
    title: Wall
    figure: {props: [wall], poses: [standing]}
    steps:
      - text: No figure here.
      - repeat: 2
        steps:
          - text: Moves.
            figure:
              props: [wall]
              poses:
                - standing
                - {arms: forward, hands: wall}
                - {trunk: 30, arms: {raise: 95}}
          - text: Still.
            figure: {poses: [seated]}
)";

// Whether `file` is well-formed XML with an <svg> root.
bool isSvgXml(const QString& file) {
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QXmlStreamReader xml(&in);
    bool root = false;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && !root) {
            if (xml.name() != u"svg"_s)
                return false;
            root = true;
        }
    }
    return root && !xml.hasError();
}

} // namespace

TEST(FigureExport, NamesFollowExerciseStepAndKeyPose) {
    // Step numbers count through repeat blocks; step 01 has no figure: no file,
    // but it keeps its number.
    const QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const auto result = exportFigures(loadText(kSmall), dir.path());
    EXPECT_TRUE(result.problems.isEmpty()) << result.problems.join(u'\n').toStdString();
    QStringList names;
    for (const auto& file : result.files) {
        EXPECT_EQ(QFileInfo(file).absolutePath(), dir.filePath(u"small"_s));
        names.append(QFileInfo(file).fileName());
    }
    EXPECT_EQ(names, (QStringList{
                         u"wall-cover.png"_s,
                         u"wall-cover.svg"_s,
                         u"wall-02-a.png"_s,
                         u"wall-02-a.svg"_s,
                         u"wall-02-b.png"_s,
                         u"wall-02-b.svg"_s,
                         u"wall-02-c.png"_s,
                         u"wall-02-c.svg"_s,
                         u"wall-03.png"_s,
                         u"wall-03.svg"_s,
                     }));
    for (const auto& file : result.files)
        EXPECT_TRUE(QFileInfo::exists(file)) << file.toStdString();
}

TEST(FigureExport, KeyPoseLettersGoOnPastZ) {
    Exercise exercise;
    exercise.id = "e";
    Figure figure;
    figure.poses.resize(30);
    EXPECT_EQ(figureFileStem(exercise, 3, figure, 0), u"e-03-a"_s);
    EXPECT_EQ(figureFileStem(exercise, 3, figure, 25), u"e-03-z"_s);
    EXPECT_EQ(figureFileStem(exercise, 3, figure, 26), u"e-03-aa"_s);
    EXPECT_EQ(figureFileStem(exercise, 12, figure, 29), u"e-12-ad"_s);
    figure.poses.resize(1);
    EXPECT_EQ(figureFileStem(exercise, 0, figure, 0), u"e-cover"_s);
}

// Every shipped routine draws a figure for every step and every cover
// (issue #17: the desk library too), and --export-figures writes them all.
TEST(FigureExport, ShippedRoutinesGivePngsAndValidSvgs) {
    const QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const std::vector<Routine> routines = loadShipped();
    ASSERT_EQ(routines.size(), 5U) << "the upper back and the four routines of the desk library";
    QStringList files;
    for (const Routine& routine : routines) {
        SCOPED_TRACE(routine.id);
        const auto result = exportFigures(routine, dir.path());
        EXPECT_TRUE(result.ok()) << result.problems.join(u'\n').toStdString();
        // One PNG and one SVG per key pose of every figure.
        int keyPoses = 0;
        for (const auto& exercise : routine.exercises) {
            ASSERT_TRUE(exercise.figure) << exercise.id;
            keyPoses += static_cast<int>(exercise.figure->poses.size());
            for (const auto& block : exercise.blocks)
                for (const auto& step : block.steps) {
                    ASSERT_TRUE(step.figure) << step.text.resolve("en");
                    keyPoses += static_cast<int>(step.figure->poses.size());
                }
        }
        EXPECT_EQ(result.files.size(), 2 * keyPoses);
        files += result.files;
    }
    EXPECT_TRUE(files.contains(dir.filePath(u"upper-back-relief/wall-stretch-cover.png"_s)));
    EXPECT_TRUE(files.contains(dir.filePath(u"upper-back-relief/wall-stretch-03-b.svg"_s)));
    EXPECT_TRUE(files.contains(dir.filePath(u"upper-back-relief/strap-stretch-05-c.png"_s)));
    EXPECT_TRUE(files.contains(dir.filePath(u"neck/head-turn-03-b.png"_s)));
    EXPECT_TRUE(files.contains(dir.filePath(u"wrists-and-forearms/palms-on-desk-02-b.svg"_s)));
    EXPECT_TRUE(files.contains(dir.filePath(u"shoulders-and-chest/doorway-stretch-03-b.png"_s)));
    EXPECT_TRUE(files.contains(dir.filePath(u"lower-back/seated-turn-cover.png"_s)));

    for (const auto& file : files) {
        SCOPED_TRACE(file.toStdString());
        if (file.endsWith(u".png"_s)) {
            const QImage image(file);
            ASSERT_FALSE(image.isNull());
            EXPECT_EQ(image.size(), QSize(800, 600));
            // White background, with a figure on it.
            EXPECT_EQ(image.pixelColor(1, 1), QColor(Qt::white));
            int ink = 0;
            for (int y = 0; y < image.height(); y += 4)
                for (int x = 0; x < image.width(); x += 4)
                    ink += image.pixelColor(x, y).lightness() < 64 ? 1 : 0;
            EXPECT_GT(ink, 200);
        } else {
            ASSERT_TRUE(file.endsWith(u".svg"_s));
            EXPECT_TRUE(isSvgXml(file));
            QSvgRenderer svg(file);
            ASSERT_TRUE(svg.isValid());
            EXPECT_EQ(svg.viewBox(), QRect(0, 0, 800, 600));
            // It draws what the PNG shows: rendered back, dark pixels appear.
            QImage back(400, 300, QImage::Format_ARGB32);
            back.fill(Qt::white);
            QPainter painter(&back);
            svg.render(&painter);
            painter.end();
            int ink = 0;
            for (int y = 0; y < back.height(); y += 2)
                for (int x = 0; x < back.width(); x += 2)
                    ink += back.pixelColor(x, y).lightness() < 64 ? 1 : 0;
            EXPECT_GT(ink, 200);
        }
    }
}

TEST(FigureExport, OptionsChooseFormatsAndSize) {
    const QTemporaryDir dir;
    const auto result = exportFigures(loadText(kSmall), dir.path(), {QSize(300, 200), true, false});
    ASSERT_EQ(result.files.size(), 5);
    for (const auto& file : result.files) {
        EXPECT_TRUE(file.endsWith(u".png"_s));
        EXPECT_EQ(QImage(file).size(), QSize(300, 200));
    }
}

TEST(FigureExport, ReportsAFolderItCannotCreate) {
    const QTemporaryDir dir;
    QFile blocker(dir.filePath(u"small"_s)); // a file where the folder should go
    ASSERT_TRUE(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const auto result = exportFigures(loadText(kSmall), dir.path());
    EXPECT_TRUE(result.files.isEmpty());
    ASSERT_EQ(result.problems.size(), 1);
    EXPECT_TRUE(result.problems[0].startsWith(u"cannot create the folder"_s));
}
