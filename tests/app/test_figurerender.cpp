// Renders the figures of docs/figures/upper-back-poses.yaml offscreen at a
// fixed size and palette and compares them with tests/data/figures/*.png.
//
// After a deliberate change to the look, regenerate the references and look
// at every one of them before committing:
//   LIMBER_UPDATE_REFERENCES=1 build/dev/bin/test_figurerender
#include "figure/figureparser.h"
#include "figures/figurerenderer.h"
#include "figures/figureview.h"
#include "paintlog.h"
#include "referenceimage.h"
#include "screenshot.h"

#include <QCoreApplication>
#include <QImage>
#include <QPalette>
#include <QTest>
#include <QTimer>
#include <QTimerEvent>
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
    EXPECT_EQ(rendered, 41); // every key pose of every figure in the file
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

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

// A FigureView on a clock the test moves: `advance` moves it and, when the
// view's timer is due by then, fires that timer and paints what it asked
// for, as the event loop would.
struct ClockedView {
    Clock::time_point now = Clock::time_point{} + 100s;
    Clock::time_point due = now; // when the view's timer fires
    FigureView view{nullptr, [this] {
                        return now;
                    }};
    QTimer* timer = nullptr;
    int ticks = 0;

    void show(QSize size) {
        view.resize(size);
        view.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
        timer = view.findChild<QTimer*>();
        ASSERT_NE(timer, nullptr);
        QObject::connect(timer, &QTimer::timeout, &view, [this] { ++ticks; });
        scheduled();
    }
    // The timer was (re)started just now: it is due one interval from now.
    void scheduled() { due = now + std::chrono::milliseconds(timer->interval()); }
    void advance(Clock::duration by) {
        const auto end = now + by;
        while (timer->isActive() && due <= end) {
            now = due;
            QTimerEvent event(timer->timerId());
            QCoreApplication::sendEvent(timer, &event);
            // The paint it asked for; no timer of the real clock's fires.
            QCoreApplication::sendPostedEvents();
            if (timer->isActive())
                scheduled();
        }
        now = end;
    }
    // The areas repainted while the clock moves on `by`, after the first,
    // whole paint.
    std::vector<QRect> repaintsOver(Clock::duration by) {
        QCoreApplication::processEvents();
        limber::testing::PaintLog log;
        view.installEventFilter(&log);
        advance(by);
        view.removeEventFilter(&log);
        return log.rects;
    }
};

} // namespace

TEST(FigureView, AnimatesOnlyWhileVisibleWithMotion) {
    const Figure figure = parse(upperBackPoses()["seated-4-elbows-in"]);
    Clock::time_point now = Clock::time_point{} + 100s;
    FigureView view(nullptr, [&now] { return now; });
    view.resize(200, 200);
    view.setFigure(figure);
    EXPECT_FALSE(view.isAnimating()); // not shown yet
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    EXPECT_TRUE(view.isAnimating());
    now += 700ms;
    EXPECT_DOUBLE_EQ(view.animationSeconds(), 0.7);
    view.setMotionEnabled(false);
    EXPECT_FALSE(view.isAnimating());
    now += 5s;
    EXPECT_DOUBLE_EQ(view.animationSeconds(), 0.7) << "time stands still with motion off";
    view.setMotionEnabled(true);
    EXPECT_TRUE(view.isAnimating());
    now += 300ms;
    EXPECT_DOUBLE_EQ(view.animationSeconds(), 1.0);
    view.hide();
    EXPECT_FALSE(view.isAnimating());
    now += 10s;
    EXPECT_DOUBLE_EQ(view.animationSeconds(), 1.0) << "time stands still while hidden";
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    now += 200ms;
    EXPECT_DOUBLE_EQ(view.animationSeconds(), 1.2) << "and goes on from there when shown";
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

namespace {

Figure parseFigureText(const char* yaml) {
    return parse(YAML::Load(yaml));
}

// The repaints over 1.5 s of a figure shown at 800×450 from its start: for a
// body that holds still while something else changes.
std::vector<QRect> repaintsOfStillBody(const char* yaml) {
    ClockedView clocked;
    clocked.view.setFigure(parseFigureText(yaml));
    clocked.show({800, 450});
    return clocked.repaintsOver(1500ms);
}

// At least this many frames are painted in the half second a change takes.
constexpr std::size_t kFramesInHalfASecond = 500U / (1000 / FigureView::kFramesPerSecond);

} // namespace

// What a moving figure costs to watch: through a key pose's hold its timer
// sleeps until the next move, and a figure that does not loop stops it at
// its end; nothing ticks once the figure stands still for good.
TEST(FigureView, SleepsThroughAHoldAndStopsAtTheEndOfAFigureThatDoesNotLoop) {
    const Figure figure = parseFigureText(R"(
loop: false
poses:
  - base: standing
    hold: 0.8s
  - arms: forward
    move: 0.3s
    hold: 0.2s
)");
    ClockedView clocked;
    clocked.view.setFigure(figure);
    clocked.show({300, 300});
    EXPECT_TRUE(clocked.view.isAnimating());
    EXPECT_EQ(clocked.timer->interval(), 800) << "the first pose is held: it sleeps through";
    clocked.advance(790ms);
    EXPECT_EQ(clocked.ticks, 0) << "no frame is due in the hold";
    clocked.advance(10ms);
    EXPECT_EQ(clocked.ticks, 1) << "it wakes for the move";
    EXPECT_EQ(clocked.timer->interval(), 1000 / FigureView::kFramesPerSecond)
        << "and moves frame by frame";
    clocked.advance(300ms);
    EXPECT_EQ(clocked.ticks, 1 + 300 / (1000 / FigureView::kFramesPerSecond));
    EXPECT_FALSE(clocked.view.isAnimating()) << "the last move ended the figure";
    EXPECT_FALSE(clocked.timer->isActive());
    const int ticks = clocked.ticks;
    clocked.advance(10s);
    EXPECT_EQ(clocked.ticks, ticks) << "nothing ticks once it stands still";
    EXPECT_NEAR(clocked.view.animationSeconds(), 1.1, 1e-6) << "it stopped at its end";
}

// A frame repaints the area the figure covered and covers, not the view.
TEST(FigureView, RepaintsOnlyWhereTheFigureMoves) {
    const Figure figure = parseFigureText(R"(
poses:
  - base: standing
    hold: 0.1s
  - arms: forward
    move: 1s
    hold: 0.1s
)");
    ClockedView clocked;
    clocked.view.setFigure(figure);
    clocked.show({800, 450});
    const std::vector<QRect> repainted = clocked.repaintsOver(600ms);
    ASSERT_GE(repainted.size(), kFramesInHalfASecond) << "it moved, frame by frame";
    const int whole = clocked.view.width() * clocked.view.height();
    for (const QRect& rect : repainted)
        EXPECT_LT(rect.width() * rect.height(), whole / 2) << "a frame repainted the whole view";
}

// A roll's round arrow comes with the move to its pose, even where the
// body itself does not move: it is painted.
TEST(FigureView, PaintsARollsArrowOnAStillBody) {
    const char* figure = R"(
loop: false
poses:
  - base: hinge
    hold: 0.1s
  - roll: back
    move: 1s
    hold: 0.1s
)";
    EXPECT_FALSE(repaintsOfStillBody(figure).empty()) << "the arrow was never painted";
}

// A strap that goes slack while the body holds still is painted as it goes.
TEST(FigureView, PaintsAStrapGoingSlackOnAStillBody) {
    const char* figure = R"(
props: [chair, strap]
loop: false
poses:
  - base: seated-arms-up
    strap: taut
    hold: 0.1s
  - strap: slack
    move: 1s
    hold: 0.1s
)";
    EXPECT_GE(repaintsOfStillBody(figure).size(), kFramesInHalfASecond)
        << "the strap went slack unpainted";
}

// A mark that fades in while the body holds still is painted as it fades:
// the same pose twice, the stretch felt only in the second.
TEST(FigureView, PaintsAMarkFadingInOnAStillBody) {
    const char* figure = R"(
stretch: upper-back
loop: false
poses:
  - base: hinge
    felt: false
    hold: 0.1s
  - felt: true
    move: 1s
    hold: 0.1s
)";
    EXPECT_GE(repaintsOfStillBody(figure).size(), kFramesInHalfASecond)
        << "the mark faded in unpainted";
}
