// The `figure:` syntax: what a routine author writes, and what they are told
// when it is wrong.
#include "figure/figureparser.h"

#include <gtest/gtest.h>

using namespace limber;

namespace {

struct Parsed {
    std::optional<Figure> figure;
    std::vector<std::string> diagnostics;
};

Parsed parse(const std::string& text) {
    std::vector<Diagnostic> diagnostics;
    Parsed parsed;
    parsed.figure = parseFigure(YAML::Load(text), "back.yaml", diagnostics);
    for (const Diagnostic& d : diagnostics)
        parsed.diagnostics.push_back(d.format());
    return parsed;
}

} // namespace

TEST(FigureParser, AFewLinesMakeAnAnimatedPicture) {
    const Parsed parsed = parse(R"(
view: front
props: [chair]
stretch: upper-back
poses:
  - base: seated
    arms: shoulders
  - arms: elbows-in
    spine: 8
    hold: 3s
    move: 800ms
)");
    ASSERT_TRUE(parsed.figure) << ::testing::PrintToString(parsed.diagnostics);
    EXPECT_TRUE(parsed.diagnostics.empty());
    const Figure& f = *parsed.figure;
    EXPECT_EQ(f.view, View::Front);
    EXPECT_FALSE(f.mirrored);
    EXPECT_EQ(f.props, std::vector<Prop>{Prop::Chair});
    EXPECT_EQ(f.highlights, std::vector<Region>{Region::UpperBack});
    EXPECT_TRUE(f.loop);
    ASSERT_EQ(f.poses.size(), 2u);
    EXPECT_EQ(f.poses[0].pose.arm(BodySide::Left), *armPreset("shoulders"));
    EXPECT_DOUBLE_EQ(f.poses[0].hold, 1.0); // defaults
    EXPECT_DOUBLE_EQ(f.poses[0].move, 1.5);
    // The second pose starts from the first: still seated.
    EXPECT_EQ(f.poses[1].pose.leg(BodySide::Right), *legPreset("seated"));
    EXPECT_EQ(f.poses[1].pose.arm(BodySide::Right), *armPreset("elbows-in"));
    EXPECT_DOUBLE_EQ(f.poses[1].pose.spine, 8);
    EXPECT_DOUBLE_EQ(f.poses[1].hold, 3.0);
    EXPECT_DOUBLE_EQ(f.poses[1].move, 0.8);
}

TEST(FigureParser, ShorthandsAndOverrides) {
    const Parsed parsed = parse(R"(
facing: left
props: [wall, strap]
stretch: [neck, shoulders]
loop: false
poses:
  - base: standing
    felt: false
  - base: hinge
    hands: wall
    neck: -10
    right-arm: {elbow: 20}
    left-leg: {knee: 15}
    strap: slack
    hold: 1.5
)");
    ASSERT_TRUE(parsed.figure) << ::testing::PrintToString(parsed.diagnostics);
    const Figure& f = *parsed.figure;
    EXPECT_TRUE(f.mirrored);
    EXPECT_FALSE(f.loop);
    EXPECT_EQ(f.highlights, (std::vector<Region>{Region::Neck, Region::Shoulders}));
    EXPECT_EQ(f.poses[0].pose, *basePose("standing"));
    EXPECT_FALSE(f.poses[0].felt);
    EXPECT_FALSE(f.poses[1].felt) << "kept from the pose before";
    const KeyPose& hinge = f.poses[1];
    EXPECT_EQ(hinge.pose.placement, Placement::HandsWall);
    EXPECT_DOUBLE_EQ(hinge.pose.neck, -10);
    EXPECT_DOUBLE_EQ(hinge.pose.arm(BodySide::Right).elbow, 20);
    EXPECT_DOUBLE_EQ(hinge.pose.arm(BodySide::Right).raise, 180); // kept from the base
    EXPECT_DOUBLE_EQ(hinge.pose.arm(BodySide::Left).elbow, 0);
    EXPECT_DOUBLE_EQ(hinge.pose.leg(BodySide::Left).knee, 15);
    EXPECT_TRUE(hinge.strapSlack);
    EXPECT_DOUBLE_EQ(hinge.hold, 1.5);
}

TEST(FigureParser, DiagnosticsPointAtTheOffendingNode) {
    const Parsed parsed = parse("view: sideways\n"
                                "props: [wall, couch]\n"
                                "poses:\n"
                                "  - base: sited\n"
                                "    arms: {elbow: 170}\n"
                                "    nek: 30\n"
                                "    hold: forever\n"
                                "    left-arm: {raise: -10}\n");
    EXPECT_FALSE(parsed.figure);
    EXPECT_EQ(parsed.diagnostics,
              (std::vector<std::string>{
                  "back.yaml:1:7: error: unknown view 'sideways' (expected side, front, "
                  "three-quarter, three-quarter-above, three-quarter-back or back)",
                  "back.yaml:2:15: error: unknown prop 'couch' (expected floor, mat, wall, chair, "
                  "strap, table or doorway)",
                  "back.yaml:4:11: error: unknown base pose 'sited' (did you mean 'seated'?)",
                  "back.yaml:5:19: error: elbow 170° is not possible: allowed 0..160° (flexion)",
                  "back.yaml:6:5: warning: unknown key 'nek' (did you mean 'neck'?)",
                  "back.yaml:7:11: error: 'hold' must be a duration of at most 60 seconds, like "
                  "2s, 1.5s or 800ms",
                  "back.yaml:8:23: error: left raise -10° is not possible: allowed 0..180° "
                  "(shoulder elevation: 0 down, 90 level, 180 overhead)",
              }));
}

TEST(FigureParser, WarningsAloneStillGiveAFigure) {
    const Parsed parsed = parse("poses: [seated]\ncolour: red\n");
    ASSERT_TRUE(parsed.figure);
    EXPECT_EQ(parsed.diagnostics,
              std::vector<std::string>{"back.yaml:2:1: warning: unknown key 'colour'"});
}

TEST(FigureParser, StructuralErrors) {
    EXPECT_EQ(parse("view: side\n").diagnostics,
              std::vector<std::string>{"back.yaml:1:1: error: missing required key 'poses'"});
    EXPECT_EQ(parse("[standing]").diagnostics,
              std::vector<std::string>{
                  "back.yaml:1:1: error: 'figure' must be a map with 'poses' and optionally "
                  "view, facing, props, stretch and loop"});
    EXPECT_EQ(parse("poses: []\n").diagnostics,
              std::vector<std::string>{
                  "back.yaml:1:8: error: 'poses' must be a list of at least one key pose"});
    // An empty value is reported at its key.
    EXPECT_EQ(parse("poses:\n  - neck:\n").diagnostics,
              std::vector<std::string>{"back.yaml:2:5: error: 'neck' must be a number of degrees"});
    EXPECT_EQ(parse("poses:\n  - [1, 2]\n").diagnostics,
              std::vector<std::string>{"back.yaml:2:5: error: a pose must be a map of pose "
                                       "keys, or the name of a base pose"});
    EXPECT_EQ(
        parse("poses:\n  - hands: ceiling\n    strap: loose\n    felt: maybe\n    roll: up\n")
            .diagnostics,
        (std::vector<std::string>{"back.yaml:2:12: error: 'hands' must be wall, table or free",
                                  "back.yaml:3:12: error: 'strap' must be taut or slack",
                                  "back.yaml:4:11: error: 'felt' must be true or false",
                                  "back.yaml:5:11: error: 'roll' must be back or forward"}));
    EXPECT_EQ(parse("poses: [standing]\nposes: [seated]\n").diagnostics,
              std::vector<std::string>{"back.yaml:2:1: error: repeated key 'poses'"});
}

// The head's turn, tilt and tuck show the face; a wrist or a palm draws the
// hands (issue #17); a figure without them is drawn as before.
TEST(FigureParser, HeadKeysShowTheFaceAndWristKeysTheHands) {
    const Parsed head = parse("view: front\nposes:\n  - base: seated\n    head-turn: 0\n"
                              "  - head-turn: 65\n    head-tilt: -20\n    chin-tuck: 10\n");
    ASSERT_TRUE(head.figure) << head.diagnostics.front();
    EXPECT_TRUE(head.figure->face);
    EXPECT_FALSE(head.figure->hands);
    EXPECT_EQ(head.figure->poses[1].pose.headTurn, 65);
    EXPECT_EQ(head.figure->poses[1].pose.headTilt, -20);
    EXPECT_EQ(head.figure->poses[1].pose.chinTuck, 10);

    const Parsed hands = parse("poses:\n  - base: seated\n"
                               "    right-arm: {raise: 90, palm: up, wrist: -60}\n"
                               "    shrug: 20\n    twist: -30\n");
    ASSERT_TRUE(hands.figure) << hands.diagnostics.front();
    EXPECT_TRUE(hands.figure->hands);
    EXPECT_FALSE(hands.figure->face);
    const Pose& pose = hands.figure->poses[0].pose;
    EXPECT_EQ(pose.arm(BodySide::Right).palm, 180);
    EXPECT_EQ(pose.arm(BodySide::Right).wrist, -60);
    EXPECT_EQ(pose.arm(BodySide::Left).palm, 90) << "unnamed, a palm faces in";
    EXPECT_EQ(pose.shrug, 20);
    EXPECT_EQ(pose.twist, -30);

    const Parsed plain = parse("poses: [seated, {neck: 30, arms: forward}]\n");
    ASSERT_TRUE(plain.figure);
    EXPECT_FALSE(plain.figure->face);
    EXPECT_FALSE(plain.figure->hands);

    const Parsed table = parse("props: [table, doorway]\nposes:\n  - hands: table\n");
    ASSERT_TRUE(table.figure);
    EXPECT_EQ(table.figure->props, (std::vector<Prop>{Prop::Table, Prop::Doorway}));
    EXPECT_EQ(table.figure->poses[0].pose.placement, Placement::HandsTable);
}

TEST(FigureParser, BadHeadAndHandValuesNameTheirPlace) {
    EXPECT_EQ(parse("poses:\n  - arms: {palm: sideways, wrist: 95}\n  - head-turn: 90\n"
                    "    shrug: -5\n    twist: left\n")
                  .diagnostics,
              (std::vector<std::string>{
                  "back.yaml:2:18: error: unknown palm direction 'sideways' (expected down, in, "
                  "up or out)",
                  "back.yaml:2:35: error: wrist 95° is not possible: allowed -90..90° (+ flexion "
                  "towards the palm, - extension)",
                  "back.yaml:3:16: error: head-turn 90° is not possible: allowed -80..80° "
                  "(rotation, + the face to the right)",
                  "back.yaml:4:12: error: shrug -5° is not possible: allowed 0..30° (shoulders "
                  "raised towards the ears)",
                  "back.yaml:5:12: error: 'twist' must be a number of degrees"}));
    EXPECT_EQ(parse("poses:\n  - right-arm: {palm: [up]}\n").diagnostics,
              std::vector<std::string>{
                  "back.yaml:2:23: error: 'palm' must be one of down, in, up or out"});
}

TEST(FigureParser, TooManyKeyPoses) {
    std::string text = "poses:\n";
    for (int i = 0; i < 33; ++i)
        text += "  - standing\n";
    EXPECT_EQ(parse(text).diagnostics,
              std::vector<std::string>{
                  "back.yaml:2:3: error: too many key poses: at most 32 (found 33)"});
}

// `view: back` asks for the shoulder blades; no other view draws them.
TEST(FigureParser, ABackViewDrawsTheShoulderBlades) {
    const Parsed back = parse("view: back\nposes: [standing]\n");
    ASSERT_TRUE(back.figure) << ::testing::PrintToString(back.diagnostics);
    EXPECT_EQ(back.figure->view, View::Back);
    EXPECT_TRUE(back.figure->blades);
    for (const char* view :
         {"side", "front", "three-quarter", "three-quarter-above", "three-quarter-back"}) {
        const Parsed other = parse(std::string("view: ") + view + "\nposes: [standing]\n");
        ASSERT_TRUE(other.figure) << view;
        EXPECT_FALSE(other.figure->blades) << view;
    }
}

// `roll` shows a round arrow through the move to its pose and that pose's
// hold; the next pose does not inherit it.
TEST(FigureParser, ARollBelongsToThePoseThatNamesIt) {
    const Parsed rolled =
        parse("poses:\n  - standing\n  - {shoulders: 20, roll: back}\n  - {roll: forward}\n"
              "  - {shrug: 10}\n");
    ASSERT_TRUE(rolled.figure) << ::testing::PrintToString(rolled.diagnostics);
    EXPECT_TRUE(rolled.diagnostics.empty()) << ::testing::PrintToString(rolled.diagnostics);
    const auto& poses = rolled.figure->poses;
    ASSERT_EQ(poses.size(), 4U);
    EXPECT_EQ(poses[0].roll, Roll::None);
    EXPECT_EQ(poses[1].roll, Roll::Back);
    EXPECT_EQ(poses[2].roll, Roll::Forward);
    EXPECT_EQ(poses[3].roll, Roll::None);
    // Seen from the front or the back the arrow is edge-on: a warning.
    for (const char* view : {"front", "back"}) {
        const Parsed edgeOn =
            parse(std::string("view: ") + view + "\nposes:\n  - standing\n  - roll: back\n");
        ASSERT_TRUE(edgeOn.figure) << view;
        EXPECT_EQ(
            edgeOn.diagnostics,
            std::vector<std::string>{"back.yaml:4:11: warning: 'roll' shows only from the side or "
                                     "three-quarter: seen from the front or the back it is a line"})
            << view;
    }
}
