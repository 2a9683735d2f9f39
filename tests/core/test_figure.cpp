// The figure model: forward kinematics, mirroring, key-pose animation and the
// ranges of the joints.
#include "blades_util.h"
#include "figure/figure.h"
#include "figure/pose.h"

#include <algorithm>
#include <cmath>
#include <gtest/gtest.h>
#include <numbers>
#include <string>
#include <tuple>
#include <vector>

using namespace limber;

namespace {

constexpr double kEps = 1e-9;
const double kTurnOut = body::kFootTurnOut * std::numbers::pi / 180;

void expectAt(const Skeleton& skeleton, Joint joint, double x, double y) {
    EXPECT_NEAR(skeleton[joint].x, x, kEps) << static_cast<int>(joint);
    EXPECT_NEAR(skeleton[joint].y, y, kEps) << static_cast<int>(joint);
}

Pose armsRaised(double raise) {
    Pose pose;
    pose.arm(BodySide::Left).raise = raise;
    pose.arm(BodySide::Right).raise = raise;
    return pose;
}

// A hold 1 s; B reached in 2 s, held 1 s; back to A in 1.5 s.
Figure twoPoses(bool loop) {
    Figure figure;
    figure.loop = loop;
    figure.poses.push_back({armsRaised(0), 1.0, 1.5, false});
    figure.poses.push_back({armsRaised(90), 1.0, 2.0, true});
    return figure;
}

} // namespace

TEST(Figure, ForwardKinematicsOfTheZeroPoseSideView) {
    // Everything straight and hanging: a column of joints over the ankles.
    const Skeleton s = forwardKinematics(Pose{}, View::Side);
    expectAt(s, Joint::LeftAnkle, 0, 5.5);
    expectAt(s, Joint::RightKnee, 0, 47.5);
    expectAt(s, Joint::Pelvis, 0, 91.5);
    expectAt(s, Joint::Waist, 0, 116.5);
    expectAt(s, Joint::Neck, 0, 141.5);
    expectAt(s, Joint::Head, 0, 164.5);
    expectAt(s, Joint::RightShoulder, 0, 136.5);
    expectAt(s, Joint::RightElbow, 0, 106.5);
    expectAt(s, Joint::RightHand, 0, 80.5);
    // The foot lies level on the floor, turned out 15°.
    expectAt(s, Joint::RightToe, 13 * std::cos(kTurnOut), 5.5);
    // The figure's right side faces the viewer.
    EXPECT_GT(s.depthOf(Joint::RightHand), s.depthOf(Joint::LeftHand));
}

TEST(Figure, ArmsForwardReachLevelInFront) {
    const Skeleton s = forwardKinematics(armsRaised(90), View::Side);
    expectAt(s, Joint::RightElbow, 30, 136.5);
    expectAt(s, Joint::RightHand, 56, 136.5);
    expectAt(s, Joint::LeftHand, 56, 136.5);
}

TEST(Figure, FrontViewShowsTheLeftOnTheRightAsAMirrorDoes) {
    const Skeleton s = forwardKinematics(Pose{}, View::Front);
    expectAt(s, Joint::RightShoulder, -17, 136.5);
    expectAt(s, Joint::LeftShoulder, 17, 136.5);
    expectAt(s, Joint::LeftHip, 9, 91.5);
    expectAt(s, Joint::RightAnkle, -9, 5.5);
    // Seen from the front, the turned-out feet are short level stubs.
    expectAt(s, Joint::RightToe, -9 - 13 * std::sin(kTurnOut), 5.5);
}

TEST(Figure, MirroringFlipsTheBodyAboutTheFeet) {
    const Skeleton side = forwardKinematics(armsRaised(90), View::Side, true);
    expectAt(side, Joint::RightHand, -56, 136.5);
    expectAt(side, Joint::RightToe, -13 * std::cos(kTurnOut), 5.5);
    const Skeleton front = forwardKinematics(Pose{}, View::Front, true);
    expectAt(front, Joint::RightShoulder, 17, 136.5);
}

TEST(Figure, HingeBendsAtTheHipsWithTheBackLevel) {
    const Skeleton s = forwardKinematics(*basePose("hinge"), View::Side);
    expectAt(s, Joint::Pelvis, 0, 91.5);
    expectAt(s, Joint::Neck, 50, 91.5);
    // Arms in line with the back: level, reaching forward from the
    // shoulders (5 below the base of the neck, along the back).
    expectAt(s, Joint::RightShoulder, 45, 91.5);
    expectAt(s, Joint::RightHand, 45 + 56, 91.5);
}

TEST(Figure, HandsOnTheWallMoveTheFigureUntilTheHandsTouch) {
    Pose pose = armsRaised(90);
    pose.placement = Placement::HandsWall;
    const Skeleton s = forwardKinematics(pose, View::Side);
    EXPECT_NEAR(s[Joint::RightHand].x + body::kArmWidth / 2, body::kWallX, kEps);
    pose = *basePose("hinge");
    pose.placement = Placement::HandsWall;
    const Skeleton hinge = forwardKinematics(pose, View::Side);
    EXPECT_NEAR(hinge[Joint::RightHand].x + body::kArmWidth / 2, body::kWallX, kEps);
    EXPECT_NEAR(hinge[Joint::RightAnkle].x, body::kWallX - 5 - 101, kEps); // stepped back
}

TEST(Figure, HalfwayBetweenTwoKeyPoses) {
    const Figure figure = twoPoses(true);
    // 1 s hold, then halfway through the 2 s move: eased 0.5, angles halfway.
    const FigureFrame frame = sampleFigure(figure, 2.0);
    EXPECT_DOUBLE_EQ(frame.pose.arm(BodySide::Right).raise, 45);
    EXPECT_DOUBLE_EQ(frame.strapSlack, 0.5);
    const Skeleton s = project(frame.body, View::Side, false);
    expectAt(s, Joint::RightHand, 56 * std::sin(std::numbers::pi / 4),
             136.5 - 56 * std::cos(std::numbers::pi / 4));
}

TEST(Figure, EasingStartsAndEndsSlowly) {
    EXPECT_DOUBLE_EQ(easeInOut(0), 0);
    EXPECT_DOUBLE_EQ(easeInOut(0.5), 0.5);
    EXPECT_DOUBLE_EQ(easeInOut(1), 1);
    EXPECT_DOUBLE_EQ(easeInOut(0.25), 0.15625);
    EXPECT_DOUBLE_EQ(easeInOut(-1), 0);
}

TEST(Figure, LoopingTiming) {
    const Figure figure = twoPoses(true);
    EXPECT_DOUBLE_EQ(figure.cycleSeconds(), 1 + 2 + 1 + 1.5);
    EXPECT_DOUBLE_EQ(sampleFigure(figure, 0.5).pose.arm(BodySide::Left).raise, 0);
    EXPECT_DOUBLE_EQ(sampleFigure(figure, 3.5).pose.arm(BodySide::Left).raise, 90);
    // Back to A: halfway through the 1.5 s return.
    EXPECT_DOUBLE_EQ(sampleFigure(figure, 4.75).pose.arm(BodySide::Left).raise, 45);
    // The next cycle is the first again.
    EXPECT_DOUBLE_EQ(sampleFigure(figure, 5.5 + 2.0).pose.arm(BodySide::Left).raise, 45);
    EXPECT_DOUBLE_EQ(sampleFigure(figure, 5.5 * 7 + 0.2).pose.arm(BodySide::Left).raise, 0);
}

TEST(Figure, WithoutLoopingItStaysOnTheLastPose) {
    const Figure figure = twoPoses(false);
    EXPECT_DOUBLE_EQ(figure.cycleSeconds(), 1 + 2 + 1);
    EXPECT_DOUBLE_EQ(sampleFigure(figure, 100).pose.arm(BodySide::Left).raise, 90);
}

TEST(Figure, OnePoseIsAStillPicture) {
    Figure figure;
    figure.poses.push_back({*basePose("seated"), 1, 1, false});
    EXPECT_FALSE(figure.isAnimated());
    EXPECT_DOUBLE_EQ(figure.cycleSeconds(), 0);
    EXPECT_EQ(sampleFigure(figure, 12.3).pose, *basePose("seated"));
}

TEST(Figure, BreathingLiftsTheChest) {
    const Skeleton out = forwardKinematics(*basePose("seated"), View::Side, false, 0);
    const Skeleton in = forwardKinematics(*basePose("seated"), View::Side, false, 1);
    EXPECT_GT(in[Joint::Neck].y, out[Joint::Neck].y);
    EXPECT_LT(in[Joint::Neck].y - out[Joint::Neck].y, 3);
    EXPECT_EQ(in[Joint::Pelvis], out[Joint::Pelvis]);
}

TEST(Figure, ImpossibleAnglesNameTheJointAndItsRange) {
    EXPECT_EQ(checkAngle(Angle::Elbow, 120, BodySide::Left), "");
    EXPECT_EQ(checkAngle(Angle::Elbow, 170, BodySide::Left),
              "left elbow 170° is not possible: allowed 0..160° (flexion)");
    EXPECT_EQ(checkAngle(Angle::Knee, -5, BodySide::Right),
              "right knee -5° is not possible: allowed 0..160° (flexion)");
    EXPECT_EQ(checkAngle(Angle::Neck, -80.5),
              "neck -80.5° is not possible: allowed -60..70° (flexion, + chin down)");
    EXPECT_EQ(checkAngle(Angle::Raise, 200),
              "raise 200° is not possible: allowed 0..180° (shoulder elevation: 0 down, 90 "
              "level, 180 overhead)");
    EXPECT_EQ(checkAngle(Angle::Hip, 140, BodySide::Right), "");
    EXPECT_EQ(checkAngle(Angle::Hip, 150, BodySide::Right),
              "right hip 150° is not possible: allowed -30..140° (thigh forward from hanging "
              "down)");

    Pose pose = *basePose("standing");
    pose.leg(BodySide::Right).knee = 170;
    pose.neck = 75;
    EXPECT_EQ(validatePose(pose),
              (std::vector<std::string>{
                  "neck 75° is not possible: allowed -60..70° (flexion, + chin down)",
                  "right knee 170° is not possible: allowed 0..160° (flexion)"}));
}

TEST(Figure, EveryNamedPoseAndPresetIsPossible) {
    for (std::string_view name : basePoseNames())
        EXPECT_EQ(validatePose(*basePose(name)), std::vector<std::string>{}) << name;
    for (std::string_view name : armPresetNames()) {
        Pose pose;
        pose.arm(BodySide::Left) = *armPreset(name);
        EXPECT_EQ(validatePose(pose), std::vector<std::string>{}) << name;
    }
}

TEST(Figure, SceneBoundsHoldTheWholeAnimation) {
    Figure figure = twoPoses(true);
    figure.props = {Prop::Wall};
    const Bounds bounds = sceneBounds(figure);
    EXPECT_LT(bounds.bottom, 0);                    // the floor
    EXPECT_GT(bounds.top, 167 + body::kHeadRadius); // the head
    EXPECT_GT(bounds.right, body::kWallX + 6);      // the wall
    EXPECT_EQ(viewFromName("three-quarter"), View::ThreeQuarter);
    EXPECT_EQ(regionFromName("upper-back"), Region::UpperBack);
    EXPECT_EQ(propFromName("sofa"), std::nullopt);
}

TEST(Figure, TheHeadNodsAboutTheTopOfTheNeckAndStaysOnIt) {
    // Upright, the head is where it always was; chin to the chest, it comes
    // forward and down about the top of the neck (kNeckLength up), so it
    // stays as close to the trunk as upright, on the neck the scene draws.
    Pose nod;
    nod.neck = 60;
    const Skeleton s = forwardKinematics(nod, View::Side);
    const double arm = body::kNeckToHead - body::kNeckLength;
    const double a = 60 * std::numbers::pi / 180;
    expectAt(s, Joint::Head, arm * std::sin(a), 141.5 + body::kNeckLength + arm * std::cos(a));
    EXPECT_LT(std::hypot(s[Joint::Head].x, s[Joint::Head].y - 141.5), body::kNeckToHead);
    Figure figure;
    figure.poses.push_back({nod, 1.0, 1.5, false});
    const FigureScene scene = buildScene(figure, keyFrame(figure, 0));
    ASSERT_EQ(scene.neck.points.size(), 2U);
    EXPECT_EQ(scene.neck.points.front(), s[Joint::Neck]);
    EXPECT_EQ(scene.neck.points.back(), s[Joint::Head]);
    EXPECT_EQ(scene.neck.width, body::kNeckWidth);
}

TEST(Figure, ASaggingBackBendsTheTorsoAsOneCurve) {
    // Hands on the wall, the back sags: seen from the side the whole torso
    // dips below the line from the hips to the shoulders, its top edge too,
    // not only the spine's stroke under a straight bar; and it bends as a
    // curve, with no corner at the waist.
    Pose sag = *basePose("hinge");
    sag.trunk = 112;
    sag.spine = -30;
    Figure figure;
    figure.poses.push_back({sag, 1.0, 1.5, false});
    const FigureFrame frame = keyFrame(figure, 0);
    const FigureScene scene = buildScene(figure, frame);
    const Skeleton s = project(frame.body, View::Side, false);
    // How far below the straight line from the hip to the shoulder a point lies.
    const auto below = [&](const Point2& p) {
        const Point2 a = s[Joint::RightHip];
        const Point2 b = s[Joint::RightShoulder];
        const double t = (p.x - a.x) / (b.x - a.x);
        return a.y + t * (b.y - a.y) - p.y;
    };
    double torsoDip = 0;
    for (const Point2& p : scene.torso.points)
        torsoDip = std::max(torsoDip, below(p));
    EXPECT_GT(torsoDip, 5.0) << "the torso's outline stays a straight bar";
    // The least any point of the outline dips where the waist is: its top edge.
    const double waistX = s[Joint::Waist].x;
    double topDip = 1e9;
    for (const Point2& p : scene.torso.points)
        if (std::abs(p.x - waistX) < 3.0)
            topDip = std::min(topDip, below(p));
    EXPECT_GT(topDip, 5.0) << "the back line stays straight above a dipping belly";
    ASSERT_GE(scene.trunk.points.size(), 5U);
    for (std::size_t i = 2; i < scene.trunk.points.size(); ++i) {
        const Point2& p = scene.trunk.points[i - 2];
        const Point2& q = scene.trunk.points[i - 1];
        const Point2& r = scene.trunk.points[i];
        const double turn = std::abs(
            std::remainder(std::atan2(r.y - q.y, r.x - q.x) - std::atan2(q.y - p.y, q.x - p.x),
                           2 * std::numbers::pi));
        EXPECT_LT(turn * 180 / std::numbers::pi, 15.0) << "a corner in the back at point " << i - 1;
    }
    // Upright and straight, the torso's outline is the trapezoid it always
    // was: its points at the waist lie on the lines from the hips to the
    // shoulders.
    Figure upright;
    upright.view = View::Front;
    upright.poses.push_back({Pose{}, 1.0, 1.5, false});
    const FigureFrame still = keyFrame(upright, 0);
    const FigureScene front = buildScene(upright, still);
    const Skeleton f = project(still.body, View::Front, false);
    for (const Point2& p : front.torso.points) {
        const bool left = p.x > f[Joint::Pelvis].x;
        const Point2 a = f[left ? Joint::LeftHip : Joint::RightHip];
        const Point2 b = f[left ? Joint::LeftShoulder : Joint::RightShoulder];
        const double t = (p.y - a.y) / (b.y - a.y);
        EXPECT_NEAR(p.x, a.x + t * (b.x - a.x), 1e-9);
    }
}

// A shoulder roll's round arrow: shown through the move to the pose that
// names it and in that pose, ringing the shoulder, out behind the back, and
// turning the way the shoulders roll: rolled back (up, back, down)
// it turns counter-clockwise for a figure facing right, clockwise facing
// left; rolled forward, the other way.
TEST(Figure, ARollsArrowTurnsTheWayTheShouldersRoll) {
    // How the polyline turns, counter-clockwise positive: the cross product
    // of each segment with the next, summed.
    const auto turning = [](const std::vector<Point2>& points) {
        double turn = 0;
        for (std::size_t i = 2; i < points.size(); ++i) {
            const Point2 a{points[i - 1].x - points[i - 2].x, points[i - 1].y - points[i - 2].y};
            const Point2 b{points[i].x - points[i - 1].x, points[i].y - points[i - 1].y};
            turn += a.x * b.y - a.y * b.x;
        }
        return turn;
    };
    for (bool mirrored : {false, true})
        for (Roll roll : {Roll::Back, Roll::Forward}) {
            SCOPED_TRACE(std::string(mirrored ? "facing left, " : "facing right, ") +
                         (roll == Roll::Back ? "back" : "forward"));
            Figure figure;
            figure.mirrored = mirrored;
            figure.loop = false;
            figure.poses.push_back({*basePose("standing"), 1.0, 1.5});
            KeyPose rolled{*basePose("standing"), 1.0, 2.0};
            rolled.pose.shoulders = 20;
            rolled.roll = roll;
            figure.poses.push_back(rolled);
            EXPECT_TRUE(buildScene(figure, keyFrame(figure, 0)).arrows.empty())
                << "an arrow before the roll";
            EXPECT_EQ(buildScene(figure, sampleFigure(figure, 1.0 + 1.0)).arrows.size(), 2U)
                << "no arrow during the roll";
            const FigureFrame end = keyFrame(figure, 1);
            const FigureScene scene = buildScene(figure, end);
            ASSERT_EQ(scene.arrows.size(), 2U) << "the arc and its head";
            const Stroke& arc = scene.arrows[0];
            const Stroke& head = scene.arrows[1];
            EXPECT_TRUE(head.closed);
            const Skeleton s = project(end.body, figure.view, figure.mirrored);
            const Point2 shoulder = s[Joint::RightShoulder];
            // It rings the shoulder: the shoulder inside its circle (the
            // centre through its first, middle and last points), its far
            // side clear of the back.
            const Point2 p1 = arc.points.front();
            const Point2 p2 = arc.points[arc.points.size() / 2];
            const Point2 p3 = arc.points.back();
            const double d =
                2 * (p1.x * (p2.y - p3.y) + p2.x * (p3.y - p1.y) + p3.x * (p1.y - p2.y));
            ASSERT_GT(std::abs(d), 1e-6) << "the arc is straight";
            const auto sq = [](Point2 p) {
                return p.x * p.x + p.y * p.y;
            };
            const Point2 centre{
                (sq(p1) * (p2.y - p3.y) + sq(p2) * (p3.y - p1.y) + sq(p3) * (p1.y - p2.y)) / d,
                (sq(p1) * (p3.x - p2.x) + sq(p2) * (p1.x - p3.x) + sq(p3) * (p2.x - p1.x)) / d};
            const double radius = std::hypot(p1.x - centre.x, p1.y - centre.y);
            EXPECT_LT(std::hypot(shoulder.x - centre.x, shoulder.y - centre.y), radius)
                << "the arc does not ring the shoulder";
            const double behind = mirrored ? 1.0 : -1.0; // the way the back faces
            double farthest = -1e9;
            for (const Point2& p : arc.points)
                farthest = std::max(farthest, (p.x - shoulder.x) * behind);
            EXPECT_GT(farthest, body::kTrunkWidth / 2 + rollArrow::kWidth)
                << "the arc does not reach out behind the back";
            const double sense = turning(arc.points) * (mirrored ? -1.0 : 1.0);
            if (roll == Roll::Back)
                EXPECT_GT(sense, 0.0) << "the arrow turns the wrong way";
            else
                EXPECT_LT(sense, 0.0) << "the arrow turns the wrong way";
            // The head goes on from the arc's end, the way the arc goes.
            const Point2 last = arc.points.back();
            const Point2 before = arc.points[arc.points.size() - 2];
            const Point2 tip = head.points[0];
            EXPECT_GT((tip.x - last.x) * (last.x - before.x) +
                          (tip.y - last.y) * (last.y - before.y),
                      0.0)
                << "the head points back along the arc";
            EXPECT_GT(std::hypot(tip.x - last.x, tip.y - last.y), rollArrow::kHeadLength / 2);
            // The picture's frame holds the arrow from the move's first
            // moment on.
            const Bounds bounds = sceneBounds(figure);
            for (double seconds : {1.0, 1.001, 2.0, 3.5})
                for (const Stroke& stroke :
                     buildScene(figure, sampleFigure(figure, seconds)).arrows)
                    for (const Point2& p : stroke.points) {
                        EXPECT_GE(p.x, bounds.left);
                        EXPECT_LE(p.x, bounds.right);
                        EXPECT_GE(p.y, bounds.bottom);
                        EXPECT_LE(p.y, bounds.top);
                    }
        }
}

TEST(Figure, TheMarkShowsOnlyWhereTheStretchIsFelt) {
    // Not felt in the first pose: no mark; half way through the move to a
    // pose where it is felt, half the accent; there, all of it.
    Figure figure;
    figure.highlights = {Region::UpperBack};
    figure.poses.push_back({*basePose("hinge"), 1.0, 1.5, false, false});
    figure.poses.push_back({*basePose("hinge"), 1.0, 2.0, false, true});
    figure.loop = false;
    const FigureScene before = buildScene(figure, keyFrame(figure, 0));
    EXPECT_TRUE(before.highlights.empty());
    EXPECT_EQ(before.highlightStrength, 0);
    const FigureScene halfway = buildScene(figure, sampleFigure(figure, 1.0 + 1.0));
    EXPECT_FALSE(halfway.highlights.empty());
    EXPECT_NEAR(halfway.highlightStrength, 0.5, 1e-9);
    const FigureScene felt = buildScene(figure, keyFrame(figure, 1));
    EXPECT_FALSE(felt.highlights.empty());
    EXPECT_EQ(felt.highlightStrength, 1);
}

// `three-quarter-above` is seen mostly from the side, 25° round towards the
// front, and a little from above: a step forward goes across the picture,
// the way the face looks (seen from 60° round, it came towards the viewer
// and read as a lean sideways); the floor is a patch, not a line, so that a
// doorway's two jambs stand apart on it.
TEST(Figure, TheThreeQuarterViewFromAboveSeesTheFloorAsAPatch) {
    const Point2 from = project(Point3{0, 0, 0}, View::ThreeQuarterAbove, false);
    const Point2 to = project(Point3{40, 0, 0}, View::ThreeQuarterAbove, false);
    EXPECT_GT(to.x - from.x, 0.85 * 40) << "the step forward does not go across the picture";
    EXPECT_LT(to.y, from.y - 3.0) << "the floor is seen edge-on";
    const Point2 nearJamb =
        project(Point3{0, 0, body::kDoorwayHalfWidth}, View::ThreeQuarterAbove, false);
    const Point2 farJamb =
        project(Point3{0, 0, -body::kDoorwayHalfWidth}, View::ThreeQuarterAbove, false);
    EXPECT_GT(std::abs(nearJamb.x - farJamb.x), 25.0) << "the jambs do not stand apart";
    EXPECT_GT(depthOf(Point3{0, 0, body::kDoorwayHalfWidth}, View::ThreeQuarterAbove), 30.0)
        << "the figure's right is not the near side";
    Figure figure;
    figure.view = View::ThreeQuarterAbove;
    figure.props = {Prop::Doorway};
    figure.poses.push_back({*basePose("standing"), 1.0, 1.5, false, true});
    EXPECT_FALSE(buildScene(figure, keyFrame(figure, 0)).floorLine);
    figure.view = View::ThreeQuarter;
    EXPECT_TRUE(buildScene(figure, keyFrame(figure, 0)).floorLine);
}

TEST(Figure, AMarkIsDrawnWhereItsRegionCanBeSeen) {
    // From behind, the upper back's mark lies on the body, and the chest's,
    // which cannot be seen, is left out (it peeked out at the shoulders'
    // tops, which read as a shrug); from the side both glow behind the body.
    const auto scene = [](View view, Region region) {
        Figure figure;
        figure.view = view;
        figure.highlights = {region};
        figure.poses.push_back({*basePose("standing"), 1.0, 1.5, false, true});
        return buildScene(figure, keyFrame(figure, 0));
    };
    for (View view : {View::Back, View::ThreeQuarterBack}) {
        const FigureScene back = scene(view, Region::UpperBack);
        EXPECT_TRUE(back.highlights.empty());
        EXPECT_FALSE(back.highlightsOnBody.empty());
        const FigureScene chest = scene(view, Region::Chest);
        EXPECT_TRUE(chest.highlights.empty());
        EXPECT_TRUE(chest.highlightsOnBody.empty());
    }
    for (Region region : {Region::UpperBack, Region::Chest}) {
        const FigureScene side = scene(View::Side, region);
        EXPECT_FALSE(side.highlights.empty());
        EXPECT_TRUE(side.highlightsOnBody.empty());
    }
    // From the front, the chest's mark lies on the body (a glow round the
    // body's edge read as a bulge); the upper back's still glows behind it.
    // Every view, as the docs list them: where the chest's mark is drawn.
    enum class Mark { OnBody, Glow, None };
    for (auto [view, expected] :
         {std::pair{View::Side, Mark::Glow}, std::pair{View::ThreeQuarter, Mark::Glow},
          std::pair{View::ThreeQuarterAbove, Mark::Glow}, std::pair{View::Front, Mark::OnBody},
          std::pair{View::ThreeQuarterBack, Mark::None}, std::pair{View::Back, Mark::None}}) {
        SCOPED_TRACE(static_cast<int>(view));
        const FigureScene chest = scene(view, Region::Chest);
        EXPECT_EQ(!chest.highlightsOnBody.empty(), expected == Mark::OnBody);
        EXPECT_EQ(!chest.highlights.empty(), expected == Mark::Glow);
    }
    for (View view : {View::Front, View::ThreeQuarterAbove}) {
        const FigureScene back = scene(view, Region::UpperBack);
        EXPECT_FALSE(back.highlights.empty());
        EXPECT_TRUE(back.highlightsOnBody.empty());
    }
}

TEST(Figure, TheShouldersMoveBackAndDownOnAStillTrunk) {
    // `shoulders` swings the shoulder girdle about the base of the neck: the
    // shoulders (and the arms with them) go back and down, the trunk and the
    // head stay where they are.
    const Pose still = *basePose("seated");
    Pose back = still;
    back.shoulders = 20;
    const Skeleton a = forwardKinematics(still, View::Side);
    const Skeleton b = forwardKinematics(back, View::Side);
    for (Joint joint : {Joint::Pelvis, Joint::Waist, Joint::Neck, Joint::Head})
        EXPECT_EQ(a[joint], b[joint]);
    const double shift = body::kShoulderHalfWidth * std::sin(20 * std::numbers::pi / 180);
    for (Joint joint :
         {Joint::LeftShoulder, Joint::RightShoulder, Joint::RightElbow, Joint::RightHand}) {
        EXPECT_NEAR(b[joint].x, a[joint].x - shift, 1e-9);
        EXPECT_NEAR(b[joint].y, a[joint].y - shift * body::kShoulderDepression, 1e-9);
    }
    Pose forward = still;
    forward.shoulders = -20;
    const Skeleton c = forwardKinematics(forward, View::Side);
    EXPECT_NEAR(c[Joint::RightShoulder].x, a[Joint::RightShoulder].x + shift, 1e-9);
    EXPECT_GT(c[Joint::RightShoulder].y, a[Joint::RightShoulder].y);
    EXPECT_EQ(checkAngle(Angle::Shoulders, 25),
              "shoulders 25° is not possible: allowed -20..20° (shoulder girdle, + back and down)");
}

TEST(Figure, AForearmFoldedOverItsUpperArmIsOutlinedOnItsOwn) {
    Figure figure;
    figure.view = View::Front;
    Pose pose;
    pose.arms = {*armPreset("elbows-in"), *armPreset("elbows-in")};
    figure.poses.push_back({pose, 1.0, 1.5, false});
    const FigureScene folded = buildScene(figure, keyFrame(figure, 0));
    const Skeleton s = forwardKinematics(pose, View::Front);
    int forearms = 0;
    int upperArms = 0;
    for (const Limb& limb : folded.front) {
        if (limb.stroke.points.size() != 2)
            continue;
        for (auto [shoulder, elbow, hand] :
             {std::tuple{Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftHand},
              std::tuple{Joint::RightShoulder, Joint::RightElbow, Joint::RightHand}}) {
            if (limb.stroke.points == std::vector<Point2>{s[elbow], s[hand]}) {
                EXPECT_TRUE(limb.nearSide);
                ++forearms;
            }
            if (limb.stroke.points == std::vector<Point2>{s[shoulder], s[elbow]})
                ++upperArms;
        }
    }
    EXPECT_EQ(forearms, 2);
    EXPECT_EQ(upperArms, 2);
    // A straight or gently bent arm stays one stroke.
    figure.poses.front().pose = Pose{};
    const FigureScene straight = buildScene(figure, keyFrame(figure, 0));
    for (const Limb& limb : straight.front)
        EXPECT_NE(limb.stroke.points.size(), 2U);
    for (const Limb& limb : straight.behind)
        EXPECT_NE(limb.stroke.points.size(), 2U);
}

namespace {

// A still figure of one pose in `view`.
Figure stillFigure(const Pose& pose, View view) {
    Figure figure;
    figure.view = view;
    figure.poses.push_back({pose, 1.0, 1.5, false});
    return figure;
}

double headRadius() {
    return body::kHeadRadius;
}

} // namespace

TEST(Figure, TheHeadTurnsTiltsAndTucksOnItsNeck) {
    const Pose upright = *basePose("seated");
    const Body3 level = solveBody(upright);

    // A turn changes where the face looks, not where the head is.
    Pose turned = upright;
    turned.headTurn = 60;
    const Body3 turn = solveBody(turned);
    EXPECT_NEAR(turn[Joint::Head].x, level[Joint::Head].x, 1e-9);
    EXPECT_NEAR(turn[Joint::Head].y, level[Joint::Head].y, 1e-9);
    EXPECT_NEAR(turn.face.z, std::sin(60 * std::numbers::pi / 180), 1e-9) << "to the right (+z)";
    EXPECT_NEAR(turn.face.y, 0, 1e-9) << "the chin stays level";

    // A tilt brings the head towards the right shoulder, about the neck.
    Pose tilted = upright;
    tilted.headTilt = 30;
    const Body3 tilt = solveBody(tilted);
    EXPECT_GT(tilt[Joint::Head].z, level[Joint::Head].z + 7);
    EXPECT_LT(tilt[Joint::Head].y, level[Joint::Head].y - 1);
    EXPECT_EQ(tilt[Joint::Neck].z, level[Joint::Neck].z);
    EXPECT_GT(tilt.headUp.z, 0.45);

    // A chin tuck glides the head straight back, level: back by several
    // centimetres, hardly down, the face still straight ahead.
    Pose tucked = upright;
    tucked.chinTuck = 25;
    const Body3 tuck = solveBody(tucked);
    const double back = level[Joint::Head].x - tuck[Joint::Head].x;
    EXPECT_NEAR(back, body::kNeckLength * std::sin(25 * std::numbers::pi / 180), 1e-9);
    EXPECT_GT(back, 3.5);
    EXPECT_LT(level[Joint::Head].y - tuck[Joint::Head].y, 1);
    EXPECT_NEAR(tuck.face.x, 1, 1e-9);
    EXPECT_EQ(checkAngle(Angle::ChinTuck, 40),
              "chin-tuck 40° is not possible: allowed -20..30° (the head gliding back, - the chin "
              "poking forward)");
}

TEST(Figure, AFaceShowsWhichWayTheHeadLooks) {
    // Without Figure::face nothing is drawn on the head, as before.
    Pose pose = *basePose("seated");
    Figure plain = stillFigure(pose, View::Front);
    const FigureScene none = buildScene(plain, keyFrame(plain, 0));
    EXPECT_TRUE(none.nose.empty());
    EXPECT_TRUE(none.eyes.empty());

    // Looking at the viewer: two eyes, the nose inside the head's outline.
    Figure ahead = plain;
    ahead.face = true;
    const FigureScene front = buildScene(ahead, keyFrame(ahead, 0));
    ASSERT_EQ(front.nose.size(), 1U);
    EXPECT_EQ(front.eyes.size(), 2U);
    for (const Point2& p : front.nose.front().points)
        EXPECT_LT(std::hypot(p.x - front.head.x, p.y - front.head.y), headRadius());

    // Turned to the figure's right (the picture's left in a front view): one
    // eye, and the nose past the outline on that side.
    Figure turned = ahead;
    turned.poses.front().pose.headTurn = 70;
    const FigureScene turn = buildScene(turned, keyFrame(turned, 0));
    EXPECT_EQ(turn.eyes.size(), 1U);
    double leftmost = turn.head.x;
    for (const Point2& p : turn.nose.front().points)
        leftmost = std::min(leftmost, p.x);
    EXPECT_LT(leftmost, turn.head.x - headRadius() - 1);
    EXPECT_LT(turn.eyes.front().points.front().x, turn.head.x);

    // From the side: the near eye only, the nose in front of the face.
    Figure side = ahead;
    side.view = View::Side;
    const FigureScene profile = buildScene(side, keyFrame(side, 0));
    EXPECT_EQ(profile.eyes.size(), 1U);
    double front_ = profile.head.x;
    for (const Point2& p : profile.nose.front().points)
        front_ = std::max(front_, p.x);
    EXPECT_GT(front_, profile.head.x + headRadius() + 2);
}

TEST(Figure, TheWristBendsTheHandTowardsThePalm) {
    Pose pose = *basePose("seated");
    ArmAngles& arm = pose.arm(BodySide::Right);
    arm = {90, 0, 0, 0, *palmPreset("down")};
    EXPECT_NEAR(solveBody(pose).fingers[1].x, 1, 1e-9) << "straight: the fingers point ahead";
    EXPECT_NEAR(solveBody(pose).palm[1].y, -1, 1e-9) << "the palm faces the floor";
    arm.wrist = 70;
    EXPECT_LT(solveBody(pose).fingers[1].y, -0.9) << "bent towards the palm: fingers down";
    arm.wrist = -70;
    EXPECT_GT(solveBody(pose).fingers[1].y, 0.9) << "bent back: fingers up";
    arm.palm = *palmPreset("up");
    arm.wrist = 70;
    EXPECT_GT(solveBody(pose).fingers[1].y, 0.9) << "palm up, bent towards it: fingers up";

    // A hanging arm's palm faces the thigh ("in", the default), or back.
    const Pose standing = *basePose("standing");
    EXPECT_LT(solveBody(standing).palm[1].z, -0.9) << "the right palm faces left, inwards";
    EXPECT_GT(solveBody(standing).palm[0].z, 0.9) << "the left palm faces right, inwards";
    Pose back = standing;
    back.arm(BodySide::Right).palm = 0;
    EXPECT_LT(solveBody(back).palm[1].x, -0.9);
    EXPECT_EQ(palmPreset("sideways"), std::nullopt);
}

TEST(Figure, HandsAreDrawnOnlyWhereTheFigureAsksForThem) {
    Pose pose = *basePose("seated");
    pose.arm(BodySide::Right) = {90, 0, 0, 70, 0};
    Figure figure = stillFigure(pose, View::Side);
    const auto closedShapes = [](const FigureScene& scene) {
        int count = 0;
        for (const auto* limbs : {&scene.behind, &scene.front})
            for (const Limb& limb : *limbs)
                count += limb.hand.closed ? 1 : 0;
        return count;
    };
    EXPECT_EQ(closedShapes(buildScene(figure, keyFrame(figure, 0))), 0);
    figure.hands = true;
    const FigureScene scene = buildScene(figure, keyFrame(figure, 0));
    EXPECT_EQ(closedShapes(scene), 2) << "both hands";
    // The right hand (nearer the viewer) hangs from the wrist, fingers down,
    // a hand's length long.
    const Body3 b = solveBody(pose);
    const Point2 wrist = project(b[Joint::RightHand], View::Side, false);
    double lowest = wrist.y;
    for (const Limb& limb : scene.front) {
        for (const Point2& p : limb.hand.points)
            lowest = std::min(lowest, p.y);
    }
    EXPECT_NEAR(wrist.y - lowest, body::kHandLength * std::sin(70 * std::numbers::pi / 180), 2)
        << "the tip, rounded";
}

TEST(Figure, HandsOnTheTableStandTheFigureWhereTheyRest) {
    // Palms flat on the desk: the wrists, nearest the figure, rest just past
    // the table's near edge, at its height.
    Pose flat = *basePose("standing");
    flat.trunk = 20;
    flat.arms = {ArmAngles{20, 0, 0, -90, 0}, ArmAngles{20, 0, 0, -90, 0}};
    flat.placement = Placement::HandsTable;
    const Body3 palms = solveBody(flat);
    EXPECT_NEAR(palms[Joint::RightHand].x, body::kTableX + body::kArmWidth / 2, 1e-9);
    EXPECT_NEAR(palms[Joint::RightHand].y, body::kTableHeight + 4, 1);
    EXPECT_NEAR(palms.fingers[1].x, 1, 1e-9) << "the fingers point away, flat";
    // Backs of the hands on it, fingers towards the body: now the fingertips
    // are nearest.
    Pose backs = flat;
    backs.arms = {ArmAngles{20, 0, 0, 90, 0}, ArmAngles{20, 0, 0, 90, 0}};
    const Body3 b = solveBody(backs);
    EXPECT_NEAR(b.fingers[1].x, -1, 1e-9);
    EXPECT_NEAR(b[Joint::RightHand].x - body::kHandLength, body::kTableX + body::kArmWidth / 2,
                1e-9);
    Figure figure = stillFigure(flat, View::Side);
    figure.props = {Prop::Table};
    EXPECT_GE(buildScene(figure, keyFrame(figure, 0)).props.size(), 5U) << "a top and four legs";
}

namespace {

// The front edge of the chair's seat in a side view: the seat is the closed
// outline level at the seat's height, the backrest rises from its back.
double seatFront(const Pose& pose) {
    Figure figure = stillFigure(pose, View::Side);
    figure.props = {Prop::Chair};
    const FigureScene scene = buildScene(figure, keyFrame(figure, 0));
    for (const Stroke& stroke : scene.props) {
        if (!stroke.closed || stroke.points.size() != 4)
            continue;
        const bool level = std::all_of(stroke.points.begin(), stroke.points.end(),
                                       [&](Point2 p) { return p.y == stroke.points[0].y; });
        if (level)
            return std::max_element(stroke.points.begin(), stroke.points.end(),
                                    [](Point2 a, Point2 b) { return a.x < b.x; })
                ->x;
    }
    ADD_FAILURE() << "no seat";
    return 0;
}

} // namespace

TEST(Figure, TheChairSitsBackWhereTheThighsLeaveTheSeat) {
    // Thighs level: the seat reaches 20 cm in front of the pelvis, under
    // them, as it always has.
    const Pose seated = *basePose("seated");
    const Body3 level = solveBody(seated);
    EXPECT_NEAR(seatFront(seated), level[Joint::Pelvis].x + 20, 1e-9);
    // A leg straightened out to the floor (sitting on the front edge): its
    // thigh leaves the seat near the hips, so the seat ends there instead of
    // the leg passing through its front edge.
    Pose straight = seated;
    straight.leg(BodySide::Right) = {61, 0, 0};
    const Body3 b = solveBody(straight);
    const Point3 hip = b[Joint::RightHip];
    const Point3 knee = b[Joint::RightKnee];
    const double front = seatFront(straight);
    EXPECT_LT(front, b[Joint::Pelvis].x + 6) << "the hips on the seat's front edge";
    const double thighAtFront = hip.y + (knee.y - hip.y) * (front - hip.x) / (knee.x - hip.x);
    const double seatTop = b[Joint::Pelvis].y - 8;
    EXPECT_GE(thighAtFront - body::kLegWidth / 2, seatTop - 1e-9) << "the thigh clears the seat";
    // Sitting forward, thighs sloping down a little: the seat ends a little
    // further back. A knee pulled up does not move it.
    Pose forward = seated;
    forward.leg(BodySide::Left) = {75, 75, 0};
    forward.leg(BodySide::Right) = {75, 75, 0};
    EXPECT_LT(seatFront(forward), solveBody(forward)[Joint::Pelvis].x + 12);
    Pose kneeUp = seated;
    kneeUp.leg(BodySide::Right) = {125, 115, 0};
    EXPECT_NEAR(seatFront(kneeUp), solveBody(kneeUp)[Joint::Pelvis].x + 20, 1e-9);
}

TEST(Figure, TwistAndShrugMoveTheUpperBodyOnly) {
    const Pose seated = *basePose("seated");
    const Body3 a = solveBody(seated);
    Pose twisted = seated;
    twisted.twist = 40;
    const Body3 t = solveBody(twisted);
    // The chest turns to the right: the left shoulder comes forward, the
    // right one goes back; the hips and legs stay.
    EXPECT_GT(t[Joint::LeftShoulder].x, a[Joint::LeftShoulder].x + 8);
    EXPECT_LT(t[Joint::RightShoulder].x, a[Joint::RightShoulder].x - 8);
    for (Joint joint : {Joint::Pelvis, Joint::LeftHip, Joint::RightKnee, Joint::LeftAnkle}) {
        EXPECT_EQ(t[joint].x, a[joint].x);
        EXPECT_EQ(t[joint].y, a[joint].y);
        EXPECT_EQ(t[joint].z, a[joint].z);
    }
    EXPECT_GT(t.face.z, 0.6) << "the head turns with the chest";

    Pose shrugged = seated;
    shrugged.shrug = 30;
    const Body3 s = solveBody(shrugged);
    EXPECT_NEAR(s[Joint::RightShoulder].y - a[Joint::RightShoulder].y,
                body::kShoulderHalfWidth * 0.5, 1e-9);
    EXPECT_EQ(s[Joint::Head].y, a[Joint::Head].y);
}

// The back view looks at the figure's back, level: its right on the right of
// the picture, its back nearer the viewer than its front. The shoulder
// blades are drawn only where a figure asks for them (Figure::blades, set by
// `view: back`), two shapes on the upper back whose gap closes as the
// shoulders go back and down, and which rise only with a shrug.
TEST(Figure, BackViewDrawsShoulderBladesThatCloseAsTheShouldersGoBack) {
    EXPECT_EQ(viewFromName("back"), View::Back);
    const Skeleton s = forwardKinematics(*basePose("standing"), View::Back);
    EXPECT_GT(s[Joint::RightShoulder].x, s[Joint::LeftShoulder].x + 30);
    EXPECT_DOUBLE_EQ(s[Joint::Head].y,
                     forwardKinematics(*basePose("standing"), View::Side)[Joint::Head].y);
    EXPECT_GT(depthOf({-10, 120, 0}, View::Back), depthOf({10, 120, 0}, View::Back));

    Figure figure;
    figure.view = View::Back;
    figure.poses = {KeyPose{*basePose("standing")}};
    EXPECT_TRUE(buildScene(figure, keyFrame(figure, 0)).blades.empty())
        << "blades drawn where the figure does not ask for them";
    figure.blades = true;

    const auto blades = [&](double shoulders, double shrug) {
        Pose pose = *basePose("standing");
        pose.shoulders = shoulders;
        pose.shrug = shrug;
        figure.poses = {KeyPose{pose}};
        const FigureScene scene = buildScene(figure, keyFrame(figure, 0));
        EXPECT_EQ(scene.blades.size(), 2u);
        return test::bladesSeen(scene);
    };
    const test::BladesSeen relaxed = blades(0, 0);
    const test::BladesSeen squeezed = blades(20, 0);
    const test::BladesSeen shrugged = blades(0, 20);
    EXPECT_GE(relaxed.gap, 12.0) << "the blades are together at rest";
    EXPECT_LE(squeezed.gap, relaxed.gap / 2) << "the gap does not close as the shoulders go back";
    EXPECT_GT(squeezed.gap, 0.0) << "the blades overlap";
    EXPECT_LE(squeezed.top, relaxed.top) << "the blades rise as the shoulders go back";
    EXPECT_GE(shrugged.top, relaxed.top + 4) << "the blades stay down in a shrug";
    EXPECT_NEAR(shrugged.gap, relaxed.gap, 1e-9);
}
