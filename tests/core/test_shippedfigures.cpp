// The figures of the shipped routine (resources/routines/upper-back-relief.yaml)
// against what their steps say, by the joints' coordinates (issue #13).
#include "blades_util.h"
#include "figure/figure.h"
#include "figure/figureparser.h"
#include "routine/routineloader.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <gtest/gtest.h>
#include <map>
#include <numbers>
#include <string>
#include <tuple>
#include <vector>
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

double distance(Point2 a, Point2 b) {
    return std::hypot(a.x - b.x, a.y - b.y);
}

// Distance from `p` to the segment from `a` to `b`.
double distanceToSegment(Point2 p, Point2 a, Point2 b) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double lengthSquared = dx * dx + dy * dy;
    double t = lengthSquared > 0 ? ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared : 0;
    t = std::clamp(t, 0.0, 1.0);
    return distance(p, {a.x + t * dx, a.y + t * dy});
}

// Where the line through `a` and `b` is at `x`.
double lineAt(Point2 a, Point2 b, double x) {
    return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x);
}

// Every frame of a figure's animation, every 50 ms, through three passes.
std::vector<FigureFrame> framesOf(const Figure& figure) {
    std::vector<FigureFrame> frames;
    const double end = 3 * figure.cycleSeconds() + 0.1;
    for (double t = 0; t <= end; t += 0.05)
        frames.push_back(sampleFigure(figure, t));
    return frames;
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

// Wall stretch, "roll your shoulders back and let your back sag a little",
// then "keep your neck straight; don't let your head hang": from the side,
// the back sags (the waist dips well below the hips, under the straight line
// from the pelvis to the neck, the upper back rising from it to the arms
// again) while the head stays in line with the upper back, its centre (the
// ears) on or above the line of the upper arms, not hanging below them (the
// third review: a sag that dropped the chest 15 cm below the hips hung the
// head under the arms). Cover, step 5's end, step 6 and step 7's start show
// the same sag.
TEST(ShippedFigures, WallSagKeepsTheHeadInLineBetweenTheArms) {
    const Exercise& wall = exercise("wall-stretch");
    const Figure& five = *step(wall, 5).figure;
    const Pose& sagPose = five.poses.back().pose;
    const std::vector<std::pair<std::string, const Figure*>> sags{
        {"cover", &*wall.figure},
        {"step 6", &*step(wall, 6).figure},
        {"step 7, first pose", &*step(wall, 7).figure},
    };
    for (const auto& [name, figure] : sags) {
        EXPECT_EQ(figure->poses.front().pose, sagPose) << name << " is not step 5's sag";
    }
    EXPECT_GT(sagPose.shoulders, 0) << "the shoulders are not rolled back";
    for (double inhale : {0.0, 1.0}) {
        SCOPED_TRACE("inhale " + std::to_string(inhale));
        const Skeleton s = project(solveBody(sagPose, inhale), View::Side, false);
        const double hip = s[Joint::RightHip].y;
        const Point2 p = s[Joint::Pelvis];
        const Point2 w = s[Joint::Waist];
        const Point2 n = s[Joint::Neck];
        EXPECT_LE(w.y, hip - 8.0) << "the back hardly sags";
        EXPECT_LT(n.y, hip) << "the chest is lifted above the hips";
        EXPECT_LT(w.y, lineAt(p, n, w.x) - 4.0) << "the back does not sag";
        EXPECT_GT(n.y, w.y) << "the upper back does not rise to the arms";
        // The arms, straight, rise from the shoulders to the wall.
        const Point2 a = s[Joint::RightShoulder];
        const Point2 e = s[Joint::RightElbow];
        const Point2 h = s[Joint::RightHand];
        EXPECT_LT(distanceToSegment(e, a, h), 0.5) << "the elbows bend";
        EXPECT_GE(h.y, a.y) << "the arms slope down to the wall";
        // The head: its centre not below the line of the upper arms, and
        // within 3 cm of the upper back's line carried on past the neck.
        const Point2 head = s[Joint::Head];
        EXPECT_GE(head.y, lineAt(a, e, head.x)) << "the head hangs below the arms";
        const double dx = n.x - w.x;
        const double dy = n.y - w.y;
        const double offLine =
            std::abs((head.x - w.x) * dy - (head.y - w.y) * dx) / std::hypot(dx, dy);
        EXPECT_LT(offLine, 3.0) << "the neck is bent";
        EXPECT_GT((head.x - n.x) * dx + (head.y - n.y) * dy, 0) << "the head is not past the neck";
    }
}

// Wall stretch step 5: it starts from the flat back of step 4 and moves once,
// into the sag with the shoulders back. A shoulder roll of its own, before
// the sag, read as a hunch or a shrug from the side (the sixth review's M
// and N), so there is none: the shoulders go back as the back sags, and a
// round arrow ringing the shoulder shows the roll the words ask for (`roll`).
// Through the whole animation, every 50 ms, the
// hands stay where they are on the wall and the feet where they stand (they
// glided a little).
TEST(ShippedFigures, WallBackSagsWithTheShouldersBackHandsAndFeetStay) {
    const Figure& five = *step(exercise("wall-stretch"), 5).figure;
    ASSERT_EQ(five.poses.size(), 2U) << "one move, no shoulder roll of its own";
    EXPECT_FALSE(five.loop);
    const auto side = [&](std::size_t i) {
        return project(keyFrame(five, i).body, View::Side, false);
    };
    const Skeleton flat = side(0);
    EXPECT_NEAR(flat[Joint::RightShoulder].y, flat[Joint::RightHip].y, 0.5) << "not flat";
    EXPECT_EQ(five.poses[0].pose.shoulders, 0);
    EXPECT_EQ(five.poses[1].pose.shoulders, 20) << "the shoulders go back with the sag";
    EXPECT_LT(five.poses[1].pose.spine, 0) << "the back sags";
    // The roll shows as a round arrow at the shoulder, through the sag (O and
    // P: a side view cannot show the roll itself), clear of the head and of
    // the wall.
    EXPECT_EQ(five.poses[0].roll, Roll::None);
    EXPECT_EQ(five.poses[1].roll, Roll::Back);
    const FigureFrame sagged = keyFrame(five, 1);
    const FigureScene scene = buildScene(five, sagged);
    ASSERT_EQ(scene.arrows.size(), 2U);
    for (const Stroke& stroke : scene.arrows)
        for (const Point2& p : stroke.points) {
            EXPECT_GT(std::hypot(p.x - scene.head.x, p.y - scene.head.y),
                      scene.headRadius + 2.5 + rollArrow::kWidth / 2)
                << "the arrow runs into the head";
            EXPECT_LT(p.x, body::kWallX - 5.0) << "the arrow runs into the wall";
        }

    const Point2 hand = flat[Joint::RightHand];
    const Point2 ankle = flat[Joint::RightAnkle];
    for (double t = 0; t <= five.cycleSeconds() + 0.5; t += 0.05) {
        SCOPED_TRACE(std::to_string(t) + " s");
        const Skeleton s = project(sampleFigure(five, t).body, View::Side, false);
        EXPECT_NEAR(s[Joint::RightAnkle].x, ankle.x, 1.0) << "the feet glide";
        EXPECT_NEAR(s[Joint::RightHand].x, hand.x, 0.5) << "the hands leave the wall";
        EXPECT_NEAR(s[Joint::RightHand].y, hand.y, 1.5) << "the hands slide on the wall";
    }
}

// Wall stretch step 3, "walk your hands down the wall to waist height; keep
// your back straight": the hands end on the wall between the hips and the
// waist (they stopped at the lower chest), the back straight, and the feet
// stay where they stood (within 5, less than half a foot; they stepped back
// 17): stepping back is step 4's.
TEST(ShippedFigures, WallHandsWalkDownToTheWaistFeetStay) {
    const Figure& figure = *step(exercise("wall-stretch"), 3).figure;
    EXPECT_FALSE(figure.loop);
    const Pose& last = figure.poses.back().pose;
    EXPECT_EQ(last.spine, 0) << "the back is not straight";
    const Body3 standing = keyFrame(figure, 0).body;
    const Body3 end = keyFrame(figure, figure.poses.size() - 1).body;
    const Skeleton s = project(end, View::Side, figure.mirrored);
    // Waist height, as the person stands: from the hips to the waist.
    const Skeleton upright = project(standing, View::Side, figure.mirrored);
    const double hips = upright[Joint::RightHip].y;
    const double waist = upright[Joint::Waist].y;
    for (Joint hand : {Joint::LeftHand, Joint::RightHand}) {
        EXPECT_GE(s[hand].y, hips - 2.0) << "the hands go below the hips";
        EXPECT_LE(s[hand].y, (hips + waist) / 2) << "the hands stop above the waist";
        EXPECT_NEAR(s[hand].x + body::kArmWidth / 2, body::kWallX, 0.5) << "off the wall";
    }
    for (const FigureFrame& frame : framesOf(figure)) {
        const Skeleton f = project(frame.body, View::Side, figure.mirrored);
        EXPECT_NEAR(f[Joint::RightAnkle].x, upright[Joint::RightAnkle].x, 5.0)
            << "the feet step back";
    }
    // Step 4 starts where step 3 ends.
    const Figure& next = *step(exercise("wall-stretch"), 4).figure;
    EXPECT_EQ(next.poses.front().pose, keyFrame(figure, figure.poses.size() - 1).pose);
}

// Wall stretch step 7, "walk your hands up the wall and stand": the
// animation ends standing and stays there; it never bends down again. As
// the hands start up the wall the feet stay where the sag had them (within
// 3.5 cm); they step in later.
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
    const double firstMove = figure.poses[0].hold + figure.poses[1].move;
    const double feet = keyFrame(figure, 0).body[Joint::RightAnkle].x;
    double previous = 1e9;
    for (double t = 0; t <= 4 * cycle; t += 0.05) {
        const FigureFrame frame = sampleFigure(figure, t);
        EXPECT_LE(frame.pose.trunk, previous + 1e-9) << "bends down again at " << t << " s";
        if (t <= firstMove) {
            EXPECT_NEAR(frame.body[Joint::RightAnkle].x, feet, 3.5) << "the feet glide at " << t;
        }
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
            EXPECT_EQ(figure->poses[i].felt, mine.poses[i].felt) << i + 1;
        }
    }
    EXPECT_EQ(seen, shipped.size());
}

// Seated stretch, "bring your elbows together in front of your chest": seen
// from the front, each hand stays on its own shoulder and the elbows meet
// in front of the chest, side by side: no arm crosses the middle (crossed
// forearms read as a self-hug). The forearm folded back over the upper arm
// is drawn as a limb of its own, outlined, so that the fold shows.
TEST(ShippedFigures, SeatedElbowsMeetInFrontHandsOnShoulders) {
    const Exercise& seated = exercise("seated-stretch");
    const Figure& in = *step(seated, 4).figure;
    const Figure& out = *step(seated, 5).figure;
    const std::vector<std::pair<std::string, std::pair<const Figure*, std::size_t>>> poses{
        {"step 4, last pose", {&in, in.poses.size() - 1}},
        {"step 5, first pose", {&out, 0}},
        {"cover, last pose", {&*seated.figure, seated.figure->poses.size() - 1}},
    };
    for (const auto& [name, which] : poses) {
        SCOPED_TRACE(name);
        const Figure& figure = *which.first;
        EXPECT_TRUE(figure.view == View::Front || figure.view == View::ThreeQuarter);
        const FigureFrame frame = keyFrame(figure, which.second);
        const Body3& b = frame.body;
        const Skeleton s = project(b, View::Front, false);
        const double middle = s[Joint::Neck].x;
        for (auto [shoulder, elbow, hand] :
             {std::tuple{Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftHand},
              std::tuple{Joint::RightShoulder, Joint::RightElbow, Joint::RightHand}}) {
            const double side = s[shoulder].x > middle ? 1.0 : -1.0;
            // The hand on its own shoulder.
            EXPECT_LT(distance(s[hand], s[shoulder]), 8.0) << "the hand is off the shoulder";
            EXPECT_GT((s[hand].x - middle) * side, 0.0) << "the hand is on the other shoulder";
            // The elbow in front of the chest, near the middle but not past it.
            EXPECT_GT(b[elbow].x - b[Joint::Neck].x, 15.0) << "the elbow is not in front";
            for (Joint joint : {shoulder, elbow, hand})
                EXPECT_GE((s[joint].x - middle) * side, body::kArmWidth / 2 - 0.5)
                    << "the arm crosses the middle";
        }
        const double elbowGap = distance(s[Joint::LeftElbow], s[Joint::RightElbow]);
        EXPECT_LE(elbowGap, body::kArmWidth + 3.0) << "the elbows do not meet";
        // The folded forearms, outlined over the upper arms.
        const FigureScene scene = buildScene(figure, frame);
        const Skeleton seen = project(b, figure.view, figure.mirrored);
        int forearms = 0;
        for (const Limb& limb : scene.front)
            if (limb.nearSide && limb.stroke.points.size() == 2 &&
                (limb.stroke.points.front() == seen[Joint::LeftElbow] ||
                 limb.stroke.points.front() == seen[Joint::RightElbow]))
                ++forearms;
        EXPECT_EQ(forearms, 2);
    }
    // Step 5 opens the elbows once and stays open: the next cycle's step 4
    // brings them in again.
    EXPECT_FALSE(out.loop);
    EXPECT_GT(out.poses.back().pose.arm(BodySide::Right).spread, 60);
}

// Strap stretch step 4, "lower your chin to your chest": a side view with a
// face, in which the chin drops: the face (its nose) turns down towards the
// chest, while the head, on its neck, stays over the trunk. (A round head
// without a face that moved forward and down read as the head jutting out.)
// The arms hold still overhead, standing apart from the back and clear of
// the head.
TEST(ShippedFigures, StrapChinDropsHeadStaysOverTheShoulders) {
    const Figure& figure = *step(exercise("strap-stretch"), 4).figure;
    EXPECT_EQ(figure.view, View::Side);
    EXPECT_FALSE(figure.loop);
    EXPECT_TRUE(figure.face) << "a round head cannot show the chin dropping";
    ASSERT_EQ(figure.poses.size(), 2U);
    EXPECT_EQ(figure.poses[0].pose.arms, figure.poses[1].pose.arms) << "the arms move";
    const auto noseTip = [&](std::size_t pose) {
        const FigureScene scene = buildScene(figure, keyFrame(figure, pose));
        EXPECT_EQ(scene.nose.size(), 1U);
        EXPECT_EQ(scene.nose.empty() ? 0U : scene.nose.front().points.size(), 3U);
        return scene.nose.empty() || scene.nose.front().points.size() < 2
                   ? scene.head
                   : scene.nose.front().points[1];
    };
    const Skeleton up = project(keyFrame(figure, 0).body, View::Side, figure.mirrored);
    const Skeleton down = project(keyFrame(figure, 1).body, View::Side, figure.mirrored);
    // Looking ahead first: the nose level with the head's centre, in front.
    const Point2 noseUp = noseTip(0);
    EXPECT_NEAR(noseUp.y, up[Joint::Head].y, 2.0) << "not looking ahead at first";
    EXPECT_GT(noseUp.x, up[Joint::Head].x + body::kHeadRadius);
    // Chin to the chest: the head drops a little and the face turns down,
    // the nose pointing more down than forward, well below where it was.
    const Point2 noseDown = noseTip(1);
    EXPECT_LT(down[Joint::Head].y, up[Joint::Head].y - 4.0) << "the head does not drop";
    EXPECT_LT(noseDown.y, noseUp.y - 12.0) << "the chin does not drop";
    EXPECT_GT(
        degrees(std::atan2(down[Joint::Head].y - noseDown.y, noseDown.x - down[Joint::Head].x)),
        45.0)
        << "the face does not look down";
    for (const FigureFrame& frame : framesOf(figure)) {
        const FigureScene scene = buildScene(figure, frame);
        const Skeleton s = project(frame.body, View::Side, figure.mirrored);
        // The head on its neck: the neck runs from the top of the trunk to
        // the head, no longer than the head sits from it upright.
        ASSERT_EQ(scene.neck.points.size(), 2U);
        EXPECT_EQ(scene.neck.points.front(), s[Joint::Neck]);
        EXPECT_EQ(scene.neck.points.back(), s[Joint::Head]);
        EXPECT_LE(distance(s[Joint::Neck], s[Joint::Head]), body::kNeckToHead + 1e-9);
        // The head over the shoulders: its centre above the trunk, no further
        // forward than the front of the chest (it jutted out 13 in front of
        // the top of the trunk, past the chest).
        EXPECT_LE(s[Joint::Head].x - s[Joint::Neck].x, body::kTrunkWidth / 2)
            << "the head juts forward, off the shoulders";
        EXPECT_GE(s[Joint::Head].x - s[Joint::Neck].x, -body::kTrunkWidth / 2)
            << "the head falls back";
        // The arms stand apart from the back.
        const Point2 arm{s[Joint::RightHand].x - s[Joint::RightShoulder].x,
                         s[Joint::RightHand].y - s[Joint::RightShoulder].y};
        const Point2 back{s[Joint::Neck].x - s[Joint::Pelvis].x,
                          s[Joint::Neck].y - s[Joint::Pelvis].y};
        const double angle =
            degrees(std::acos((arm.x * back.x + arm.y * back.y) /
                              (std::hypot(arm.x, arm.y) * std::hypot(back.x, back.y))));
        EXPECT_GT(angle, 10.0) << "the arm runs on from the back as one bar";
    }
    // With the chin down, the head is clear of the arm.
    EXPECT_GT(
        distanceToSegment(down[Joint::Head], down[Joint::RightShoulder], down[Joint::RightHand]),
        body::kHeadRadius + body::kArmWidth / 2);
}

// The strap stretch's steps with the arms overhead, or rising to it or coming
// down from it: in every frame the strap stays clear of the head (head, its
// ring and the strap's own width).
TEST(ShippedFigures, StrapStaysClearOfTheHead) {
    const Exercise& strap = exercise("strap-stretch");
    for (const auto& [name, figure] : {std::pair{std::string("cover"), &*strap.figure},
                                       std::pair{std::string("step 3"), &*step(strap, 3).figure},
                                       std::pair{std::string("step 4"), &*step(strap, 4).figure},
                                       std::pair{std::string("step 5"), &*step(strap, 5).figure}}) {
        SCOPED_TRACE(name);
        ASSERT_TRUE(figure->has(Prop::Strap));
        for (const FigureFrame& frame : framesOf(*figure)) {
            const FigureScene scene = buildScene(*figure, frame);
            for (const Stroke& stroke : scene.straps)
                for (std::size_t i = 0; i + 1 < stroke.points.size(); ++i)
                    ASSERT_GT(distanceToSegment(scene.head, stroke.points[i], stroke.points[i + 1]),
                              scene.headRadius + 2.5 + stroke.width / 2)
                        << "the strap crosses the head, the arms raised "
                        << frame.pose.arm(BodySide::Right).raise << "°, spread "
                        << frame.pose.arm(BodySide::Right).spread << "°";
        }
    }
}

// Strap stretch step 5, "lift your head and lower your arms slowly": the
// head lifts, then the arms come down and stay down; the hands never rise.
TEST(ShippedFigures, StrapLowerEndsDownAndStays) {
    const Figure& figure = *step(exercise("strap-stretch"), 5).figure;
    EXPECT_FALSE(figure.loop);
    ASSERT_GE(figure.poses.size(), 2U);
    EXPECT_GT(figure.poses.front().pose.neck, 40);
    const Pose& last = figure.poses.back().pose;
    EXPECT_EQ(last.neck, 0);
    EXPECT_LT(last.arm(BodySide::Right).raise, 45);
    double previous = 1e9;
    const double cycle = figure.cycleSeconds();
    for (double t = 0; t <= 3 * cycle; t += 0.05) {
        const FigureFrame frame = sampleFigure(figure, t);
        const double hands = frame.body[Joint::RightHand].y;
        EXPECT_LE(hands, previous + 1e-9) << "the hands rise at " << t << " s";
        previous = hands;
        if (t >= cycle) {
            EXPECT_EQ(frame.pose, last) << t << " s";
        }
    }
}

// Strap stretch step 3, "raise your arms overhead with your elbows straight":
// a side view that plays once, the hands rising in front of the face and on
// overhead, elbows straight, where step 4 starts. Once above the head they
// stay there.
TEST(ShippedFigures, StrapRaiseEndsOverheadAndStays) {
    const Exercise& strap = exercise("strap-stretch");
    const Figure& figure = *step(strap, 3).figure;
    const Figure& next = *step(strap, 4).figure;
    EXPECT_EQ(figure.view, View::Side);
    EXPECT_FALSE(figure.loop);
    ASSERT_GE(figure.poses.size(), 2U);
    const Pose& last = figure.poses.back().pose;
    EXPECT_LT(figure.poses.front().pose.arm(BodySide::Right).raise, 45);
    EXPECT_EQ(last.arms, next.poses.front().pose.arms) << "step 4 starts elsewhere";
    EXPECT_EQ(last.neck, next.poses.front().pose.neck) << "step 4 starts elsewhere";
    for (BodySide side : {BodySide::Left, BodySide::Right})
        EXPECT_EQ(last.arm(side).elbow, 0) << "the elbows are not straight";
    const double cycle = figure.cycleSeconds();
    int level = 0;
    bool overhead = false;
    for (double t = 0; t <= 3 * cycle; t += 0.05) {
        const FigureFrame frame = sampleFigure(figure, t);
        const Skeleton s = project(frame.body, View::Side, figure.mirrored);
        const Point2 hand = s[Joint::RightHand];
        const Point2 head = s[Joint::Head];
        // Level with the head, the hands are in front of the face.
        if (std::abs(hand.y - head.y) < body::kHeadRadius) {
            ++level;
            EXPECT_GT(hand.x, head.x + body::kHeadRadius)
                << "the hands pass the face behind it or through it at " << t << " s";
        }
        if (hand.y > head.y + body::kHeadRadius)
            overhead = true;
        else
            EXPECT_FALSE(overhead) << "the hands come down again at " << t << " s";
        if (t >= cycle) {
            EXPECT_EQ(frame.pose, last) << t << " s";
        }
    }
    EXPECT_GT(level, 0) << "the hands never pass the face";
    EXPECT_TRUE(overhead) << "the hands never get above the head";
}

// "Make the loop go only where the step goes": a step that moves into a
// position plays its figure once and stays there; only a movement the step
// itself repeats loops. No step of the shipped routine repeats a movement
// (the repeated blocks repeat whole steps, each with its own figure), so none
// of its moving figures loops. A still figure (one pose) has nothing to loop.
TEST(ShippedFigures, LoopsOnlyWhereTheStepRepeatsAMovement) {
    struct Expected {
        std::string_view exercise;
        int step;
        bool loop;
        std::string_view why;
    };
    const std::vector<Expected> expected{
        {"wall-stretch", 2, false, "palms onto the wall: a position"},
        {"wall-stretch", 3, false, "walk the hands down to waist height: a position"},
        {"wall-stretch", 4, false, "step back to a right angle: a position"},
        {"wall-stretch", 5, false, "let the back sag into the stretch step 6 holds"},
        {"wall-stretch", 7, false, "stand up: never bend down again"},
        {"seated-stretch", 2, false, "shoulders back and down: sit tall, never slump again"},
        {"seated-stretch", 3, false, "hands onto the shoulders: a position"},
        {"seated-stretch", 4, false, "elbows together, held for five breaths"},
        {"seated-stretch", 5, false, "elbows out; the next cycle's step 4 brings them in"},
        {"strap-stretch", 2, false, "take the strap taut: a grip, kept"},
        {"strap-stretch", 3, false, "arms overhead, where step 4 starts"},
        {"strap-stretch", 4, false, "chin to the chest, held for the breaths"},
        {"strap-stretch", 5, false, "arms down: never raise them again"},
    };
    std::size_t moving = 0;
    for (const Exercise& e : upperBackRelief().exercises)
        for (const auto& [name, figure] : figuresOf(e))
            if (figure->poses.size() > 1 && name.find("cover") == std::string::npos)
                ++moving;
    EXPECT_EQ(moving, expected.size()) << "a moving figure without an expected loop setting";
    for (const Expected& x : expected) {
        SCOPED_TRACE(std::string(x.exercise) + " step " + std::to_string(x.step) + ": " +
                     std::string(x.why));
        const Step& s = step(exercise(x.exercise), x.step);
        ASSERT_TRUE(s.figure);
        EXPECT_GT(s.figure->poses.size(), 1U);
        EXPECT_EQ(s.figure->loop, x.loop);
    }
}

namespace {

// The lean of the whole trunk (pelvis to the base of the neck) from upright,
// degrees, + forward, as a side view shows it.
double trunkLean(const Skeleton& s) {
    return degrees(
        std::atan2(s[Joint::Neck].x - s[Joint::Pelvis].x, s[Joint::Neck].y - s[Joint::Pelvis].y));
}

} // namespace

// Seated stretch step 2, "roll your shoulders back and draw your shoulder
// blades down": the trunk stays upright and still (it rocked at the hips:
// slumped, then leaned back past upright); only the shoulders move: from
// rounded forward, up towards the ears, then back and down, the arms with
// them, a roll large enough to see (it moved them 7.6 cm straight back, seen
// edge on from the side, and read as "the arm moves a little"). A
// three-quarter view shows the line of the shoulders, and a face which way
// is forward.
TEST(ShippedFigures, SeatedShouldersRollBackOnAStillTrunk) {
    const Figure& figure = *step(exercise("seated-stretch"), 2).figure;
    ASSERT_EQ(figure.view, View::ThreeQuarter);
    EXPECT_TRUE(figure.face);
    const Skeleton first = project(keyFrame(figure, 0).body, View::Side, figure.mirrored);
    const Skeleton last =
        project(keyFrame(figure, figure.poses.size() - 1).body, View::Side, figure.mirrored);
    double highest = first[Joint::RightShoulder].y;
    for (const FigureFrame& frame : framesOf(figure)) {
        const Skeleton s = project(frame.body, View::Side, figure.mirrored);
        EXPECT_NEAR(trunkLean(s), 0.0, 2.0) << "the trunk leans";
        EXPECT_LT(distance(s[Joint::Head], first[Joint::Head]), 1.0) << "the head moves";
        highest = std::max(highest, s[Joint::RightShoulder].y);
    }
    EXPECT_GT(highest, first[Joint::RightShoulder].y + 5.0) << "the shoulders do not go up";
    EXPECT_LT(last[Joint::RightShoulder].x, first[Joint::RightShoulder].x - 9.0)
        << "the shoulders do not go back";
    EXPECT_LT(last[Joint::RightShoulder].y, first[Joint::RightShoulder].y - 1.5)
        << "the shoulders do not go down";
}

// Strap stretch step 1, "sit up straight; roll your shoulders back and down":
// sitting straight as seated step 1 does (it leaned back), the shoulders back
// and down as seated step 2 ends.
TEST(ShippedFigures, StrapSitsStraightShouldersBackAndDown) {
    const Figure& figure = *step(exercise("strap-stretch"), 1).figure;
    ASSERT_EQ(figure.poses.size(), 1U);
    const Skeleton s = project(keyFrame(figure, 0).body, View::Side, figure.mirrored);
    EXPECT_NEAR(trunkLean(s), 0.0, 1.0) << "not sitting straight";
    const Figure& seated = *step(exercise("seated-stretch"), 2).figure;
    EXPECT_GT(figure.poses[0].pose.shoulders, 0) << "the shoulders are not back and down";
    EXPECT_EQ(figure.poses[0].pose.shoulders, seated.poses.back().pose.shoulders);
}

// ---- the desk library -------------------------------------------------------

namespace {

const Exercise& deskExercise(const std::string& routine, std::string_view id) {
    static std::map<std::string, LoadResult> loaded;
    auto it = loaded.find(routine);
    if (it == loaded.end())
        it = loaded
                 .emplace(routine, loadRoutineFile(std::filesystem::path(LIMBER_SOURCE_DIR) /
                                                   ("resources/routines/" + routine + ".yaml")))
                 .first;
    if (!it->second.routine)
        throw std::runtime_error(routine + ".yaml does not load");
    for (const Exercise& e : it->second.routine->exercises)
        if (e.id == id)
            return e;
    throw std::runtime_error("no exercise " + std::string(id));
}

Point3 minus(Point3 a, Point3 b) {
    return {a.x - b.x, a.y - b.y, a.z - b.z};
}
Point3 scaled(Point3 a, double k) {
    return {a.x * k, a.y * k, a.z * k};
}
Point3 plus(Point3 a, Point3 b) {
    return {a.x + b.x, a.y + b.y, a.z + b.z};
}
double dot3(Point3 a, Point3 b) {
    return a.x * b.x + a.y * b.y + a.z * b.z;
}
Point3 unit3(Point3 a) {
    return scaled(a, 1.0 / std::sqrt(dot3(a, a)));
}

struct HandFrame {
    Point3 centre; // halfway from the wrist to the fingertips
    Point3 palm;   // the way the palm faces, the wrist's bend included
};

HandFrame handOf(const Body3& b, BodySide side) {
    const std::size_t i = Pose::index(side);
    const Joint elbow = side == BodySide::Right ? Joint::RightElbow : Joint::LeftElbow;
    const Joint wrist = side == BodySide::Right ? Joint::RightHand : Joint::LeftHand;
    const Point3 forearm = unit3(minus(b[wrist], b[elbow]));
    // The fingers turn from the forearm towards the palm; the palm turns
    // with them, away from the forearm.
    const Point3 fingers = b.fingers[i];
    const double c = dot3(fingers, forearm);
    const double s = dot3(fingers, b.palm[i]);
    return {plus(b[wrist], scaled(fingers, body::kHandLength / 2)),
            minus(scaled(b.palm[i], c), scaled(forearm, s))};
}

} // namespace

// Wrists and forearms, "press gently on the back of that hand so that the
// wrist bends down" and "gently press the fingers back so that the wrist
// bends up", cover and step 2 as they end: seen from the side, the arm held
// out, its forearm marked, is the near one, drawn in front of the trunk, its
// bent hand in full; the other hand lies flat on that hand's back (fingers
// down) or on the palm side of its fingers (fingers up), palm to it, 2 to 8
// cm from it on that side, and shows in front of it in the picture (at least
// 3 cm further forward), not hidden behind it. (The near hand helping, in
// front of a far arm held out, hid the bent hand; a far hand helping beside
// the near hand hid behind it.)
TEST(ShippedFigures, WristBendHelpingHandPressesTheRightSide) {
    for (const auto& [id, down] :
         {std::pair{"wrist-bend-down", true}, {"wrist-bend-back", false}}) {
        const Exercise& e = deskExercise("wrists-and-forearms", id);
        for (const Figure* figure : {&*e.figure, &*step(e, 2).figure}) {
            SCOPED_TRACE(std::string(id) + (figure == &*e.figure ? " cover" : " step 2"));
            ASSERT_EQ(figure->view, View::Side);
            ASSERT_FALSE(figure->mirrored);
            const bool right = std::find(figure->highlights.begin(), figure->highlights.end(),
                                         Region::RightForearm) != figure->highlights.end();
            ASSERT_TRUE(right) << "the arm held out is not the right one, marked";
            const FigureFrame end = keyFrame(*figure, figure->poses.size() - 1);
            const Pose& pose = end.pose;
            if (down)
                EXPECT_GE(pose.arm(BodySide::Right).wrist, 60) << "the wrist hardly bends down";
            else
                EXPECT_LE(pose.arm(BodySide::Right).wrist, -60) << "the wrist hardly bends up";
            EXPECT_EQ(pose.arm(BodySide::Right).elbow, 0) << "the elbow is not straight";

            const Skeleton s = project(end.body, View::Side, false);
            const double arm = (s.depthOf(Joint::RightShoulder) + s.depthOf(Joint::RightElbow) +
                                s.depthOf(Joint::RightHand)) /
                               3;
            EXPECT_GT(arm, s.depthOf(Joint::Waist) + 1.0) << "the arm held out is drawn behind";

            const HandFrame held = handOf(end.body, BodySide::Right);
            const HandFrame helping = handOf(end.body, BodySide::Left);
            // The side pressed: the back of the hand, or the palm side.
            const Point3 pressed = down ? scaled(held.palm, -1) : held.palm;
            const Point3 gap = minus(helping.centre, held.centre);
            EXPECT_GE(dot3(gap, pressed), 2.0) << "the other hand is not on that side";
            EXPECT_LE(std::sqrt(dot3(gap, gap)), 8.0) << "the other hand is not on that hand";
            EXPECT_LT(dot3(helping.palm, pressed), -0.7) << "the other palm does not face it";
            EXPECT_GE(project(helping.centre, View::Side, false).x,
                      project(held.centre, View::Side, false).x + 3.0)
                << "the other hand hides behind the bent hand";
        }
    }
}

// Shoulders and chest, shoulder circles, steps 2 ("roll them forward and
// down") and 3 ("the other way, up, back and down"): seen from the side, the
// trunk still, the shoulders go up towards the ears and round, the loose
// arms with them, so that forward and back show at a glance: the hands swing
// at least 10 cm in front of the hips in step 2 and as far behind them in
// step 3, never the other way. (Moved 6 cm inside the trunk's outline, the
// two circles looked alike.)
TEST(ShippedFigures, ShoulderCirclesShowForwardAndBack) {
    const Exercise& e = deskExercise("shoulders-and-chest", "shoulder-circles");
    for (const auto& [n, forward] : {std::pair{2, true}, {3, false}}) {
        SCOPED_TRACE("step " + std::to_string(n));
        const Figure& figure = *step(e, n).figure;
        ASSERT_EQ(figure.view, View::Side);
        EXPECT_TRUE(figure.loop);
        double ahead = -1e9;
        double behind = 1e9;
        double highest = -1e9;
        const Skeleton first = project(keyFrame(figure, 0).body, View::Side, figure.mirrored);
        for (const FigureFrame& frame : framesOf(figure)) {
            const Skeleton s = project(frame.body, View::Side, figure.mirrored);
            EXPECT_NEAR(trunkLean(s), 0.0, 1.0) << "the trunk leans";
            for (Joint hand : {Joint::LeftHand, Joint::RightHand}) {
                ahead = std::max(ahead, s[hand].x - s[Joint::Pelvis].x);
                behind = std::min(behind, s[hand].x - s[Joint::Pelvis].x);
            }
            highest = std::max(highest, s[Joint::RightShoulder].y - first[Joint::RightShoulder].y);
        }
        EXPECT_GE(highest, 7.0) << "the shoulders do not go up";
        if (forward) {
            EXPECT_GE(ahead, 10.0) << "the forward roll does not show";
            EXPECT_GE(behind, -3.0) << "the arms go back";
        } else {
            EXPECT_LE(behind, -10.0) << "the backward roll does not show";
            EXPECT_LE(ahead, 3.0) << "the arms go forward";
        }
    }
}

// Shoulders and chest, the shoulder blade squeeze: the cover, step 1 ("stand
// tall with your arms relaxed at your sides") and step 2 ("squeeze your
// shoulder blades together without lifting your shoulders") are seen from
// the back, with the shoulder blades drawn. In step 2 their gap closes to
// under half and ends as the cover's; the shoulders never rise (no shrug)
// and the arms hang at the sides, never swung back. (From the side the
// blades could not be seen, and the arms swung back with the chest thrust
// out read as an arm extension.)
TEST(ShippedFigures, ShoulderBladeSqueezeClosesTheBladesSeenFromBehind) {
    const Exercise& e = deskExercise("shoulders-and-chest", "shoulder-blade-squeeze");
    const Figure& relaxed = *step(e, 1).figure;
    const Figure& squeeze = *step(e, 2).figure;
    // The gap across the picture between the two blades.
    const auto gap = [](const Figure& figure, const FigureFrame& frame) {
        return test::bladesSeen(buildScene(figure, frame)).gap;
    };
    for (const Figure* figure : {&*e.figure, &relaxed, &squeeze}) {
        ASSERT_EQ(figure->view, View::Back);
        ASSERT_TRUE(figure->blades);
    }
    const FigureFrame start = keyFrame(squeeze, 0);
    const FigureFrame end = keyFrame(squeeze, squeeze.poses.size() - 1);
    const double apart = gap(relaxed, keyFrame(relaxed, 0));
    EXPECT_GE(apart, 12.0) << "the blades are not apart at rest";
    EXPECT_NEAR(gap(squeeze, start), apart, 1e-9) << "step 2 does not start as step 1";
    EXPECT_LE(gap(squeeze, end), apart / 2) << "the blades do not come together";
    EXPECT_NEAR(gap(*e.figure, keyFrame(*e.figure, 0)), gap(squeeze, end), 1e-9)
        << "the cover is not step 2's end";
    const Skeleton first = project(start.body, View::Back, false);
    for (const FigureFrame& frame : framesOf(squeeze)) {
        const Skeleton s = project(frame.body, View::Back, false);
        EXPECT_EQ(frame.pose.shrug, 0) << "the shoulders shrug";
        for (auto [shoulder, hand] : {std::pair{Joint::LeftShoulder, Joint::LeftHand},
                                      std::pair{Joint::RightShoulder, Joint::RightHand}}) {
            EXPECT_LE(s[shoulder].y, first[shoulder].y + 0.01) << "the shoulders rise";
            EXPECT_LE(std::abs(s[hand].x - s[shoulder].x), 8.0) << "the arm leaves the side";
            EXPECT_LT(s[hand].y, s[Joint::Pelvis].y) << "the arm is raised";
            EXPECT_GE(frame.body[hand].x - frame.body[Joint::Pelvis].x, -6.0)
                << "the arm swings back";
        }
    }
}

// Shoulders and chest, the doorway chest stretch, step 2 ("put the inside of
// each forearm against the door frame, elbows at shoulder height") as it
// ends, step 3 ("step forward slowly ... your forearms on the frame") all
// the way, and the cover: both forearms stand upright on the jambs' faces,
// the elbows at shoulder height, each forearm showing beside or above the
// head in the picture. Seen from the front-right and a little above, the
// step forward comes towards the viewer, the hips with it and the chest a
// little through the door, ahead of the forearms, the head up over it.
// (Seen from behind and above, the step went up the picture and read as
// small, the chest and its mark could not be seen, and a reader could not
// tell which way the figure faced. Seen from 40°, the far forearm hid
// behind the head, and a lean of 20° dropped the head forward, which read
// as a shrug; U and V.)
TEST(ShippedFigures, DoorwayForearmsStayOnTheJambsAsTheStepGoesThrough) {
    const Exercise& e = deskExercise("shoulders-and-chest", "doorway-stretch");
    const Figure& arms = *step(e, 2).figure;
    const Figure& forward = *step(e, 3).figure;
    std::vector<std::pair<std::string, std::pair<const Figure*, FigureFrame>>> frames{
        {"step 2, last pose", {&arms, keyFrame(arms, arms.poses.size() - 1)}},
        {"cover", {&*e.figure, keyFrame(*e.figure, e.figure->poses.size() - 1)}},
    };
    for (const FigureFrame& frame : framesOf(forward))
        frames.push_back({"step 3", {&forward, frame}});
    constexpr double kJamb = 10; // the jamb's width, as drawn
    for (const auto& [name, which] : frames) {
        SCOPED_TRACE(name);
        const Figure& figure = *which.first;
        const Body3& b = which.second.body;
        ASSERT_EQ(figure.view, View::ThreeQuarterAbove);
        ASSERT_TRUE(figure.has(Prop::Doorway));
        const Skeleton s = project(b, figure.view, figure.mirrored);
        for (auto [shoulder, elbow, hand] :
             {std::tuple{Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftHand},
              std::tuple{Joint::RightShoulder, Joint::RightElbow, Joint::RightHand}}) {
            for (Joint joint : {elbow, hand}) {
                EXPECT_GE(std::abs(b[joint].z), body::kDoorwayHalfWidth - body::kArmWidth / 2)
                    << "the forearm is in the opening, off the jamb";
                EXPECT_LE(std::abs(b[joint].z), body::kDoorwayHalfWidth + kJamb)
                    << "the forearm is past the jamb";
                EXPECT_LE(b[joint].x, body::kWallX + 0.5) << "the forearm is through the frame";
                EXPECT_GE(b[joint].x, body::kWallX - body::kArmWidth)
                    << "the forearm is off the frame's face";
            }
            EXPECT_GE(b[hand].y - b[elbow].y, 0.97 * body::kForearm) << "the forearm leans";
            EXPECT_NEAR(b[elbow].y, b[shoulder].y, 3.0) << "the elbow is not at shoulder height";
        }
        // The near arm in the picture (the far one is behind the head, as in
        // a side view: AC and AD read the step from the near arm alone). Its
        // elbow does not rise: an upper arm reaching back, away from the
        // viewer, rose in a view from higher and read as a raised, straight
        // arm (W and X). Its hand is clear of the head's disc and its white
        // ring, the hand's stroke included.
        EXPECT_GT(b[Joint::RightShoulder].z, b[Joint::LeftShoulder].z);
        EXPECT_GT(depthOf(b[Joint::RightShoulder], figure.view),
                  depthOf(b[Joint::LeftShoulder], figure.view))
            << "the right arm is not the near one";
        EXPECT_LE(s[Joint::RightElbow].y - s[Joint::RightShoulder].y, 8.0)
            << "the elbow rises in the picture";
        EXPECT_GE(std::hypot(s[Joint::RightHand].x - s[Joint::Head].x,
                             s[Joint::RightHand].y - s[Joint::Head].y),
                  body::kHeadRadius + 2.5 + body::kArmWidth / 2)
            << "the hand is hidden by the head";
    }
    // A face says which way the figure faces (readers could not tell from
    // behind), and the band across the chest comes with the step.
    for (const Figure* figure : {&*e.figure, &*step(e, 1).figure, &arms, &forward})
        EXPECT_TRUE(figure->face) << "no face";
    EXPECT_TRUE(buildScene(forward, keyFrame(forward, 0)).highlights.empty())
        << "the chest is marked before the step";
    for (const Figure* figure : {&*e.figure, &forward})
        EXPECT_FALSE(
            buildScene(*figure, keyFrame(*figure, figure->poses.size() - 1)).highlights.empty())
            << "the chest is not marked";
    const Body3 start = keyFrame(forward, 0).body;
    const Skeleton first = project(start, forward.view, forward.mirrored);
    const Body3 last = keyFrame(forward, forward.poses.size() - 1).body;
    const Skeleton end = project(last, forward.view, forward.mirrored);
    EXPECT_NEAR(last[Joint::RightAnkle].y, body::kAnkleHeight, 0.5) << "the foot is off the floor";
    EXPECT_GE(last[Joint::RightAnkle].x - start[Joint::RightAnkle].x, 25.0)
        << "the foot does not step forward";
    EXPECT_GE(std::hypot(end[Joint::RightAnkle].x - first[Joint::RightAnkle].x,
                         end[Joint::RightAnkle].y - first[Joint::RightAnkle].y),
              15.0)
        << "the step forward does not go across the picture";
    // The feet stand apart in the picture, front and back (Z: "both feet end
    // up together").
    EXPECT_GE(end[Joint::RightAnkle].x - end[Joint::LeftAnkle].x, 25.0)
        << "the feet stand together in the picture";
    EXPECT_LE(last[Joint::LeftAnkle].x, body::kWallX) << "the back foot goes through the door";
    // The back foot stays where it stood (within 10 cm, along the floor and
    // across it: it moved back about a step before, U and V) and the hips go
    // forward with the step, so that
    // it reads as a step forward, not as the legs spreading or the body
    // falling into the door.
    EXPECT_LE(std::hypot(last[Joint::LeftAnkle].x - start[Joint::LeftAnkle].x,
                         last[Joint::LeftAnkle].z - start[Joint::LeftAnkle].z),
              10.0)
        << "the back foot slides";
    EXPECT_GE(last[Joint::Pelvis].x - start[Joint::Pelvis].x, 10.0) << "the hips stay behind";
    // The hands stay put on the jambs in the picture, and the head stays up
    // on its neck, over the chest: a head that drops and pokes forward read
    // as shoulders raised to the ears (U).
    for (Joint hand : {Joint::LeftHand, Joint::RightHand})
        EXPECT_NEAR(last[hand].y, start[hand].y, 6.0) << "a hand slides down the jamb";
    EXPECT_NEAR(end[Joint::RightHand].y, first[Joint::RightHand].y, 4.0)
        << "the near hand slides down the jamb in the picture";
    EXPECT_GE(end[Joint::Head].y - end[Joint::Neck].y,
              0.95 * (first[Joint::Head].y - first[Joint::Neck].y))
        << "the head drops";
    EXPECT_GE(last[Joint::RightAnkle].x - last[Joint::LeftAnkle].x, 40.0) << "the step is short";
    EXPECT_GE(last[Joint::Neck].x - std::max(last[Joint::LeftHand].x, last[Joint::RightHand].x),
              20.0)
        << "the chest does not lean through, ahead of the forearms";
    EXPECT_GE(std::hypot(end[Joint::Neck].x - first[Joint::Neck].x,
                         end[Joint::Neck].y - first[Joint::Neck].y),
              10.0)
        << "the chest hardly moves in the picture";
    EXPECT_GE(last[Joint::RightAnkle].x, body::kWallX + 12 + 10)
        << "the front foot does not go through the door";
    EXPECT_GE(last[Joint::Neck].x, body::kWallX + 8.0) << "the chest does not go through the door";
    EXPECT_GE((last[Joint::LeftShoulder].x + last[Joint::RightShoulder].x) / 2, body::kWallX + 4.0)
        << "the shoulders stay behind the door";
}

// The doorway chest stretch, step 3 and the cover, in the picture: each
// hand stays on its jamb as the body steps through. (Seen from behind, a
// foot that a jamb should hide was drawn over it, as the props are drawn
// behind the figure; seen mostly from the side, the near jamb stands in
// front of the body, drawn over like every prop, and the far one behind
// the feet, so no foot can be wrongly drawn over a jamb.)
TEST(ShippedFigures, DoorwayHandsStayOnTheirJambsInThePicture) {
    const Exercise& e = deskExercise("shoulders-and-chest", "doorway-stretch");
    const Figure& forward = *step(e, 3).figure;
    std::vector<std::pair<std::string, std::pair<const Figure*, FigureFrame>>> frames{
        {"cover", {&*e.figure, keyFrame(*e.figure, e.figure->poses.size() - 1)}}};
    for (const FigureFrame& frame : framesOf(forward))
        frames.push_back({"step 3", {&forward, frame}});
    constexpr double kJamb = 10;  // the jamb's width, as drawn
    constexpr double kDepth = 12; // its depth through the wall
    for (const auto& [name, which] : frames) {
        SCOPED_TRACE(name);
        const Figure& figure = *which.first;
        const Body3& b = which.second.body;
        for (double side : {-1.0, 1.0}) {
            SCOPED_TRACE(side > 0 ? "right jamb" : "left jamb");
            // The jamb's extent across the picture.
            double low = 1e9;
            double high = -1e9;
            for (double x : {body::kWallX, body::kWallX + kDepth})
                for (double z : {body::kDoorwayHalfWidth, body::kDoorwayHalfWidth + kJamb})
                    for (double y : {0.0, body::kDoorwayHeight}) {
                        const Point2 p =
                            project(Point3{x, y, side * z}, figure.view, figure.mirrored);
                        low = std::min(low, p.x);
                        high = std::max(high, p.x);
                    }
            // Where the hand meets the jamb's face (the front of its stroke).
            Point3 touch = b[side > 0 ? Joint::RightHand : Joint::LeftHand];
            touch.x += body::kArmWidth / 2;
            const Point2 hand = project(touch, figure.view, figure.mirrored);
            EXPECT_GE(hand.x, low) << "the hand is off the jamb, in the opening";
            EXPECT_LE(hand.x, high) << "the hand is off the jamb, outside it";
        }
    }
}

// Lower back, knee to chest, step 2 ("bring one knee up towards your chest
// and hold the back of that thigh with both hands ... don't lean forward")
// and the cover: the knee as high as the hip's limit lets it (140°), the back
// upright, and both hands under the thigh, palms up against it, from its
// middle towards the knee (at least 0.45 of the way: not at the hip, not
// behind the knee), apart along it so
// that both show. On the way there the hands never go below the seat. The
// figure stays where it sits: the hips do not move in the picture as the
// foot leaves the floor. (The hands sat behind the knee, on the calf, and
// the whole figure jumped 15 px; later they held the thigh next to the hip,
// and the near arm hung straight down beside the chair on the way.)
TEST(ShippedFigures, KneeToChestBothHandsOnTheBackOfTheThigh) {
    const Exercise& e = deskExercise("lower-back", "knee-to-chest");
    const Figure& lift = *step(e, 2).figure;
    for (const Figure* figure : {&*e.figure, &lift}) {
        SCOPED_TRACE(figure == &lift ? "step 2" : "cover");
        ASSERT_EQ(figure->view, View::Side);
        const FigureFrame end = keyFrame(*figure, figure->poses.size() - 1);
        const Body3& b = end.body;
        EXPECT_EQ(end.pose.leg(BodySide::Right).hip, angleRange(Angle::Hip).max)
            << "the knee is not as high as it goes";
        EXPECT_EQ(end.pose.trunk, 0) << "the back leans";
        const Point3 hip = b[Joint::RightHip];
        const Point3 knee = b[Joint::RightKnee];
        EXPECT_GE(knee.y - hip.y, 25.0) << "the knee is not up";
        const Point3 along = unit3(minus(knee, hip));
        const Point3 up = unit3({-along.y, along.x, 0}); // off the thigh's top
        std::vector<double> places;
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            SCOPED_TRACE(side == BodySide::Left ? "left hand" : "right hand");
            const HandFrame hand = handOf(b, side);
            const Point3 from = minus(hand.centre, hip);
            const double t = dot3(from, along) / body::kThigh;
            EXPECT_GE(t, 0.45) << "the hand is near the hip, not towards the knee";
            EXPECT_LE(t, 0.8) << "the hand is behind the knee, not on the thigh";
            const double below = -dot3(from, up);
            EXPECT_GE(below, body::kLegWidth / 2) << "the hand is not under the thigh";
            EXPECT_LE(below, body::kLegWidth / 2 + 6) << "the hand is off the thigh";
            EXPECT_GT(dot3(hand.palm, up), 0.15) << "the palm does not face the thigh";
            // In the side picture the whole hand's thickness shows below
            // the thigh's stroke: the far hand too, not only a sliver.
            EXPECT_GE(below, (body::kLegWidth + body::kHandThickness) / 2)
                << "the hand hides behind the thigh";
            places.push_back(t * body::kThigh);
        }
        EXPECT_GE(std::abs(places[0] - places[1]), 6.0) << "one hand hides the other";
        // The raised foot is in the air, clear of the other knee in the
        // picture, a gap of 3 cm between their strokes: hanging onto it, it
        // read as an ankle crossed over the knee (Q, Y and Z).
        for (Joint part : {Joint::RightAnkle, Joint::RightToe})
            EXPECT_GE(
                std::hypot(b[part].x - b[Joint::LeftKnee].x, b[part].y - b[Joint::LeftKnee].y),
                body::kLegWidth + 3.0)
                << "the raised foot rests on the other knee";
    }
    // The hands go from the thighs' tops forward to the back of the thigh:
    // no hand, wrist or fingertips, ever drops below the seat (the chair's
    // seat is 8 below the pelvis); from the key pose before the last on,
    // neither hand is ever above the thigh while it is along it.
    for (double seconds = 0; seconds <= lift.cycleSeconds() + 0.1; seconds += 0.05) {
        SCOPED_TRACE(seconds);
        const Body3 b = sampleFigure(lift, seconds).body;
        const double seat = b[Joint::Pelvis].y - 8;
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const Point3 wrist = b[side == BodySide::Right ? Joint::RightHand : Joint::LeftHand];
            const Point3 tips =
                plus(wrist, scaled(b.fingers[Pose::index(side)], body::kHandLength));
            EXPECT_GE(std::min(wrist.y, tips.y), seat)
                << (side == BodySide::Left ? "left" : "right") << " hand below the seat";
        }
    }
    ASSERT_GE(lift.poses.size(), 3u) << "no key pose between the thighs' tops and under the thigh";
    const double from = lift.poses[0].hold + lift.poses[1].move;
    for (double seconds = from; seconds <= lift.cycleSeconds() + 0.1; seconds += 0.05) {
        SCOPED_TRACE(seconds);
        const Body3 b = sampleFigure(lift, seconds).body;
        const Point3 hip = b[Joint::RightHip];
        const Point3 along = unit3(minus(b[Joint::RightKnee], hip));
        const Point3 up = unit3({-along.y, along.x, 0});
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const Point3 offset = minus(handOf(b, side).centre, hip);
            const double t = dot3(offset, along) / body::kThigh;
            if (t >= 0 && t <= 1) {
                EXPECT_LE(dot3(offset, up), -body::kLegWidth / 2)
                    << (side == BodySide::Left ? "left" : "right") << " hand over the thigh";
            }
        }
    }
    const double pelvis = project(keyFrame(lift, 0).body, View::Side, false)[Joint::Pelvis].x;
    for (const FigureFrame& frame : framesOf(lift))
        EXPECT_NEAR(project(frame.body, View::Side, false)[Joint::Pelvis].x, pelvis, 0.5)
            << "the figure moves in the picture";
}
