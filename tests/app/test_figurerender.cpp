// Renders the figures of docs/figures/upper-back-poses.yaml offscreen at a
// fixed size and palette and compares them with tests/data/figures/*.png.
//
// After a deliberate change to the look, regenerate the references and look
// at every one of them before committing:
//   LIMBER_UPDATE_REFERENCES=1 build/dev/bin/test_figurerender
#include "figure/figureparser.h"
#include "figures/figurerenderer.h"
#include "figures/figureview.h"
#include "referenceimage.h"
#include "screenshot.h"

#include <QImage>
#include <QPalette>
#include <QTest>
#include <gtest/gtest.h>
#include <string>
#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;
using namespace limber;

namespace {

const QSize kSize(200, 200);

QString referencePath(const QString& name) {
    return QStringLiteral(LIMBER_TEST_DATA_DIR "/figures/") + name + u".png"_s;
}

void expectMatchesReference(const QImage& rendered, const QString& name) {
    limber::testing::expectMatchesReference(rendered, referencePath(name));
}

YAML::Node upperBackPoses() {
    return YAML::LoadFile(LIMBER_SOURCE_DIR "/docs/figures/upper-back-poses.yaml");
}

Figure parse(const YAML::Node& node) {
    std::vector<Diagnostic> diagnostics;
    const auto figure = parseFigure(node, "upper-back-poses.yaml", diagnostics);
    for (const Diagnostic& d : diagnostics)
        ADD_FAILURE() << d.format();
    return figure.value_or(Figure{});
}

} // namespace

TEST(FigureRender, UpperBackPosesMatchTheirReferences) {
    const YAML::Node root = upperBackPoses();
    ASSERT_TRUE(root.IsMap());
    const FigureRenderer renderer(screenshots::lightPalette());
    int rendered = 0;
    for (const auto& entry : root) {
        const auto name = QString::fromStdString(entry.first.as<std::string>());
        SCOPED_TRACE(name.toStdString());
        const Figure figure = parse(entry.second);
        ASSERT_FALSE(figure.poses.empty());
        for (std::size_t i = 0; i < figure.poses.size(); ++i) {
            expectMatchesReference(renderer.render(figure, keyFrame(figure, i), kSize),
                                   name + u'-' + QString::number(i + 1));
            ++rendered;
        }
    }
    EXPECT_EQ(rendered, 42); // every key pose of every figure in the file
}

TEST(FigureRender, HalfwayThroughAMove) {
    const Figure figure = parse(upperBackPoses()["wall-3-walk-down"]);
    ASSERT_EQ(figure.poses.size(), 2u);
    const double halfway = figure.poses[0].hold + figure.poses[1].move / 2.0;
    const FigureRenderer renderer(screenshots::lightPalette());
    expectMatchesReference(renderer.render(figure, sampleFigure(figure, halfway), kSize),
                           u"wall-3-walk-down-halfway"_s);
}

TEST(FigureRender, DarkPalette) {
    const Figure figure = parse(upperBackPoses()["seated-4-elbows-in"]);
    const FigureRenderer renderer(screenshots::darkPalette());
    expectMatchesReference(renderer.render(figure, keyFrame(figure, 1), kSize),
                           u"seated-4-elbows-in-dark"_s);
}

TEST(FigureRender, MirroredFacesLeft) {
    Figure figure = parse(upperBackPoses()["wall-6-hold"]);
    figure.mirrored = true;
    const FigureRenderer renderer(screenshots::lightPalette());
    expectMatchesReference(renderer.render(figure, keyFrame(figure, 0), kSize),
                           u"wall-6-hold-mirrored"_s);
}

TEST(FigureRender, PaletteColours) {
    const QPalette palette = screenshots::lightPalette();
    const FigureRenderer light(palette);
    EXPECT_EQ(light.ink(), palette.color(QPalette::WindowText));
    EXPECT_EQ(light.background(), palette.color(QPalette::Window));
    // Props sit between ink and background: visible but quiet.
    EXPECT_GT(light.propColour().lightness(), light.ink().lightness());
    EXPECT_LT(light.propColour().lightness(), light.background().lightness());
    EXPECT_LT(light.accent().alphaF(), 1.0f);
    const FigureRenderer dark(screenshots::darkPalette());
    EXPECT_GT(dark.accent().lightness(), light.accent().lightness());
}

TEST(FigureRender, ScalesToTheDevicePixelRatio) {
    const Figure figure = parse(upperBackPoses()["seated-1-sit"]);
    const QPalette palette = screenshots::lightPalette();
    const FigureRenderer renderer(palette);
    const QImage image = renderer.render(figure, keyFrame(figure, 0), kSize, 2.0);
    EXPECT_EQ(image.size(), kSize * 2);
    EXPECT_EQ(image.deviceIndependentSize(), QSizeF(kSize));
    // The head is ink, at full resolution.
    int ink = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == palette.color(QPalette::WindowText).rgb())
                ++ink;
    EXPECT_GT(ink, 4000);
}

TEST(FigureView, AnimatesOnlyWhileVisibleWithMotion) {
    const Figure figure = parse(upperBackPoses()["seated-4-elbows-in"]);
    FigureView view;
    view.resize(200, 200);
    view.setFigure(figure);
    EXPECT_FALSE(view.isAnimating()); // not shown yet
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_TRUE(view.isAnimating());
    view.setMotionEnabled(false);
    EXPECT_FALSE(view.isAnimating());
    view.setMotionEnabled(true);
    EXPECT_TRUE(view.isAnimating());
    view.hide();
    EXPECT_FALSE(view.isAnimating());
    // Time stands still while hidden.
    const double paused = view.animationSeconds();
    QTest::qWait(60);
    EXPECT_EQ(view.animationSeconds(), paused);
}

TEST(FigureView, AStillFigureRunsNoTimer) {
    const Figure figure = parse(upperBackPoses()["wall-6-hold"]);
    FigureView view;
    view.setFigure(figure);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_FALSE(view.isAnimating());
    view.setBreathPhase(0.5); // breathing repaints on demand, no timer
    EXPECT_FALSE(view.isAnimating());
    EXPECT_GT(view.heightForWidth(300), 0);
}
