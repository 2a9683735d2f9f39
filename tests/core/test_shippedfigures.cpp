// The figures of the shipped routine (resources/routines/upper-back-relief.yaml)
// against what their steps say, by the joints' coordinates (issue #13).
#include "figure/figure.h"
#include "figure/figureparser.h"
#include "routine/routineloader.h"

#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <numbers>
#include <string>
#include <yaml-cpp/yaml.h>

using namespace limber;

namespace {

const Routine& upperBackRelief() {
    static const auto result = loadRoutineFile(std::filesystem::path(LIMBER_SOURCE_DIR) /
                                               "resources/routines/upper-back-relief.yaml");
    if (!result.routine)
        throw std::runtime_error("upper-back-relief.yaml does not load");
    return *result.routine;
}

const Exercise& exercise(std::string_view id) {
    for (const Exercise& e : upperBackRelief().exercises)
        if (e.id == id)
            return e;
    throw std::runtime_error("no exercise " + std::string(id));
}

// The n-th step (1-based, counting every step of every block in order).
const Step& step(const Exercise& e, int n) {
    for (const auto& block : e.blocks)
        for (const auto& s : block.steps)
            if (--n == 0)
                return s;
    throw std::runtime_error("no such step");
}

double degrees(double radians) {
    return radians * 180 / std::numbers::pi;
}

// Every figure of the exercise, with a name for messages: the cover, then
// its steps.
std::vector<std::pair<std::string, const Figure*>> figuresOf(const Exercise& e) {
    std::vector<std::pair<std::string, const Figure*>> out;
    if (e.figure)
        out.emplace_back(e.id + " cover", &*e.figure);
    int number = 0;
    for (const auto& block : e.blocks)
        for (const auto& s : block.steps) {
            ++number;
            if (s.figure)
                out.emplace_back(e.id + " step " + std::to_string(number), &*s.figure);
        }
    return out;
}

} // namespace

// "Sit up straight with your feet flat on the floor": in every pose of every
// seated figure (the ones on a chair), each foot, as the picture shows it, is
// level and rests on the floor line.
TEST(ShippedFigures, SeatedFeetRestFlatOnTheFloor) {
    int feet = 0;
    for (const Exercise& e : upperBackRelief().exercises) {
        for (const auto& [name, figure] : figuresOf(e)) {
            if (!figure->has(Prop::Chair))
                continue;
            for (std::size_t i = 0; i < figure->poses.size(); ++i) {
                SCOPED_TRACE(name + ", key pose " + std::to_string(i + 1));
                const Skeleton s =
                    project(keyFrame(*figure, i).body, figure->view, figure->mirrored);
                for (auto [ankle, toe] : {std::pair{Joint::LeftAnkle, Joint::LeftToe},
                                          std::pair{Joint::RightAnkle, Joint::RightToe}}) {
                    const double dx = s[toe].x - s[ankle].x;
                    const double dy = s[toe].y - s[ankle].y;
                    ASSERT_GT(std::hypot(dx, dy), 2.0) << "the foot shows as a dot";
                    EXPECT_LT(degrees(std::atan2(std::abs(dy), std::abs(dx))), 3.0)
                        << "foot tilted: ankle " << s[ankle].y << ", toe " << s[toe].y;
                    // The underside of the foot's stroke on the floor (y = 0).
                    const double sole = std::min(s[ankle].y, s[toe].y) - body::kLegWidth / 2;
                    EXPECT_NEAR(sole, 0.0, 1.0);
                    ++feet;
                }
            }
        }
    }
    EXPECT_GE(feet, 2 * 20); // the seated and strap stretches: cover and every step
}

// Wall stretch, "let your back sag a little": from the side, the shoulders
// come down to the hips' height or a little below it (never above it, which
// reads as lifting the chest), and the back dips between hips and shoulders.
TEST(ShippedFigures, WallSagDropsTheShouldersToTheHips) {
    const Exercise& wall = exercise("wall-stretch");
    const std::vector<std::pair<std::string, FigureFrame>> sags{
        {"cover", keyFrame(*wall.figure, 0)},
        {"step 5, last pose", keyFrame(*step(wall, 5).figure, 1)},
        {"step 6", keyFrame(*step(wall, 6).figure, 0)},
    };
    for (const auto& [name, frame] : sags) {
        SCOPED_TRACE(name);
        for (double inhale : {0.0, 1.0}) {
            const Body3 body = solveBody(frame.pose, inhale);
            const Skeleton s = project(body, View::Side, false);
            const double hip = s[Joint::RightHip].y;
            for (Joint shoulder : {Joint::LeftShoulder, Joint::RightShoulder}) {
                EXPECT_LE(s[shoulder].y, hip + 0.5) << "shoulders above the hips";
                EXPECT_GE(s[shoulder].y, hip - 6.0) << "shoulders far below the hips";
            }
            // The waist under the straight line from the pelvis to the neck.
            const Point2 p = s[Joint::Pelvis];
            const Point2 n = s[Joint::Neck];
            const Point2 w = s[Joint::Waist];
            const double lineY = p.y + (n.y - p.y) * (w.x - p.x) / (n.x - p.x);
            EXPECT_LT(w.y, lineY - 1.0) << "the back does not sag";
        }
    }
    // The flat back it starts from (step 5's first pose) has the shoulders
    // level with the hips: the sag is a movement down.
    const Skeleton flat = project(keyFrame(*step(wall, 5).figure, 0).body, View::Side, false);
    EXPECT_NEAR(flat[Joint::RightShoulder].y, flat[Joint::RightHip].y, 0.5);
}

// Wall stretch step 7, "walk your hands up the wall and stand": the
// animation ends standing and stays there; it never bends down again.
TEST(ShippedFigures, WallStandUpEndsStandingAndStays) {
    const Figure& figure = *step(exercise("wall-stretch"), 7).figure;
    EXPECT_FALSE(figure.loop);
    ASSERT_GE(figure.poses.size(), 2U);
    const Pose& last = figure.poses.back().pose;
    EXPECT_EQ(last.trunk, 0);
    EXPECT_EQ(last.spine, 0);
    EXPECT_LT(last.arm(BodySide::Right).raise, 10); // arms down at the sides
    EXPECT_GT(figure.poses.front().pose.trunk, 80); // it starts bent at the hips

    const double cycle = figure.cycleSeconds();
    double previous = 1e9;
    for (double t = 0; t <= 4 * cycle; t += 0.05) {
        const FigureFrame frame = sampleFigure(figure, t);
        EXPECT_LE(frame.pose.trunk, previous + 1e-9) << "bends down again at " << t << " s";
        previous = frame.pose.trunk;
        if (t >= cycle) {
            EXPECT_EQ(frame.pose, last) << t << " s";
        }
    }
}

// docs/figures/upper-back-poses.yaml shows the routine's figures: every key
// is the name of a step's (or an exercise's) SVG, its value that step's
// figure, the same in every detail, and no figure of the routine is left out.
TEST(ShippedFigures, DocsPosesAreTheRoutines) {
    std::map<std::string, const Figure*> shipped;
    const auto nameOf = [](const std::string& image) {
        const auto slash = image.rfind('/');
        return image.substr(slash + 1, image.size() - slash - 1 - 4); // without ".svg"
    };
    for (const Exercise& e : upperBackRelief().exercises) {
        if (e.figure)
            shipped[nameOf(e.image)] = &*e.figure;
        for (const auto& block : e.blocks)
            for (const auto& s : block.steps)
                if (s.figure)
                    shipped[nameOf(s.image)] = &*s.figure;
    }
    const YAML::Node docs = YAML::LoadFile(LIMBER_SOURCE_DIR "/docs/figures/upper-back-poses.yaml");
    std::size_t seen = 0;
    for (const auto& entry : docs) {
        const auto name = entry.first.as<std::string>();
        SCOPED_TRACE(name);
        std::vector<Diagnostic> diagnostics;
        const auto figure = parseFigure(entry.second, "upper-back-poses.yaml", diagnostics);
        ASSERT_TRUE(figure);
        EXPECT_TRUE(diagnostics.empty());
        ASSERT_TRUE(shipped.contains(name)) << "not in the routine";
        const Figure& mine = *shipped.at(name);
        ++seen;
        EXPECT_EQ(figure->view, mine.view);
        EXPECT_EQ(figure->mirrored, mine.mirrored);
        EXPECT_EQ(figure->props, mine.props);
        EXPECT_EQ(figure->highlights, mine.highlights);
        EXPECT_EQ(figure->loop, mine.loop);
        ASSERT_EQ(figure->poses.size(), mine.poses.size());
        for (std::size_t i = 0; i < mine.poses.size(); ++i) {
            EXPECT_EQ(figure->poses[i].pose, mine.poses[i].pose) << "key pose " << i + 1;
            EXPECT_EQ(figure->poses[i].hold, mine.poses[i].hold) << "key pose " << i + 1;
            EXPECT_EQ(figure->poses[i].move, mine.poses[i].move) << "key pose " << i + 1;
            EXPECT_EQ(figure->poses[i].strapSlack, mine.poses[i].strapSlack) << i + 1;
        }
    }
    EXPECT_EQ(seen, shipped.size());
}
