// The figure model: forward kinematics, mirroring, key-pose animation and the
// ranges of the joints.
#include "figure/figure.h"
#include "figure/pose.h"

#include <cmath>
#include <gtest/gtest.h>
#include <numbers>

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
