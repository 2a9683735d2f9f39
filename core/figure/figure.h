#pragma once

#include "figure/pose.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

namespace limber {

// The pictogram figure of one step: a body posed by key poses, the props it
// uses and the region the stretch is felt in. Pure data and geometry: the
// GUI's FigureRenderer turns a FigureScene into pixels.
//
// Scene units are centimetres of a 178 cm person; x grows to the right of
// the picture, y upwards, the floor is y = 0. In a side view the figure faces
// right (+x) unless mirrored; in a front view it faces the viewer, its left
// on the right of the picture, as in a mirror; in a back view it faces away,
// its right on the right of the picture.

enum class View { Side, Front, ThreeQuarter, ThreeQuarterAbove, ThreeQuarterBack, Back };

enum class Prop { Floor, Mat, Wall, Chair, Strap, Table, Doorway };

enum class Roll { None, Back, Forward };

enum class Region {
    Neck,
    Shoulders,
    UpperBack,
    LowerBack,
    Chest,
    Arms,
    Forearms,
    LeftForearm,
    RightForearm,
    Hips,
    Hamstrings,
    LeftHamstring,
    RightHamstring,
    Calves,
};

[[nodiscard]] std::optional<View> viewFromName(std::string_view name);
[[nodiscard]] std::optional<Prop> propFromName(std::string_view name);
[[nodiscard]] std::optional<Region> regionFromName(std::string_view name);
[[nodiscard]] const std::vector<std::string_view>& viewNames();
[[nodiscard]] const std::vector<std::string_view>& propNames();
[[nodiscard]] const std::vector<std::string_view>& regionNames();

// One key pose of the animation: reached in `move` seconds from the pose
// before it (for the first pose: from the last, when looping), then held for
// `hold` seconds.
struct KeyPose {
    Pose pose;
    double hold = 1.0;
    double move = 1.5;
    bool strapSlack = false;
    // Whether the stretch is felt in this pose: its region is marked (the
    // figure's highlights). Off in a pose the stretch has not reached yet;
    // the mark fades in over the move to a pose where it is felt.
    bool felt = true;
    // A round arrow about the near shoulder, in the plane of the body's
    // side, shown through the move to this pose and its hold: the shoulders
    // rolled back (forward, up, back and down) or forward. Not carried over.
    Roll roll = Roll::None;
};

struct Figure {
    View view = View::Side;
    bool mirrored = false; // faces left (side view) / swaps left and right
    std::vector<Prop> props;
    std::vector<Region> highlights;
    std::vector<KeyPose> poses; // at least one
    bool loop = true;           // after the last pose, move back to the first
    // Details drawn only where a figure asks for them, so that every other
    // figure stays as it was: the face (eyes and nose) of a figure whose
    // head turns, tilts or tucks; both hands (palm and fingers as one shape)
    // of a figure that names a wrist or a palm.
    bool face = false;
    bool hands = false;
    // The shoulder blades on the upper back, of a figure seen from the back
    // (the parser sets it for `view: back`): their gap closes as the
    // shoulders go back.
    bool blades = false;

    [[nodiscard]] bool has(Prop prop) const;
    // Seconds of one pass through the key poses (0 for a still figure).
    [[nodiscard]] double cycleSeconds() const;
    // Whether anything moves: more than one key pose.
    [[nodiscard]] bool isAnimated() const { return poses.size() > 1; }
};

// Body measures in scene units.
namespace body {
inline constexpr double kLegWidth = 11;
// The ankle sits half a leg's stroke above the floor, so that the foot, drawn
// level from the ankle to the toe, rests flat on the floor line.
inline constexpr double kAnkleHeight = kLegWidth / 2;
inline constexpr double kShin = 42;
inline constexpr double kThigh = 44;
inline constexpr double kLowerBack = 25;  // pelvis to waist
inline constexpr double kUpperBack = 25;  // waist to the base of the neck
inline constexpr double kNeckToHead = 23; // base of the neck to the centre of the head
// The head nods about the top of the neck, this far above its base (along
// the upper back), not about the base: chin to the chest brings the head
// forward and down onto the chest, not out in front of it.
inline constexpr double kNeckLength = 9;
inline constexpr double kNeckWidth = 9; // stroke width
inline constexpr double kHeadRadius = 11;
inline constexpr double kShoulderDrop = 5; // shoulders below the base of the neck
inline constexpr double kShoulderHalfWidth = 17;
// `shoulders` moves the shoulder back by sin(angle) of the half width, and
// down by this share of that.
inline constexpr double kShoulderDepression = 0.5;
inline constexpr double kHipHalfWidth = 9;
inline constexpr double kUpperArm = 30;
inline constexpr double kForearm = 26;
inline constexpr double kFootForward = 13;
inline constexpr double kFootTurnOut = 15; // degrees; a front view shows the feet as short stubs
inline constexpr double kTrunkWidth = 16;  // stroke widths
inline constexpr double kArmWidth = 10;
// An elbow bent this far (degrees) folds the forearm back along the upper
// arm: it is drawn as a limb of its own, outlined, so that the fold shows.
inline constexpr double kFoldedElbow = 120;
inline constexpr double kWallX = 60; // wall surface, in front of the feet of a standing figure
// The hand, wrist to fingertips, and its width across the knuckles.
inline constexpr double kHandLength = 18;
inline constexpr double kHandWidth = 8.5;
inline constexpr double kHandThickness = 4.5; // what a hand seen edge on shows
// A desk: its top this high, its near edge this far in front of the feet.
inline constexpr double kTableHeight = 74;
inline constexpr double kTableDepth = 70;
inline constexpr double kTableX = 40;
// A doorway: its frame in the plane of the wall (kWallX), its jambs this
// far either side of the middle, its lintel this high.
inline constexpr double kDoorwayHalfWidth = 38;
inline constexpr double kDoorwayHeight = 205;
// A shoulder blade, seen from behind: its inner edge this far from the spine
// with the shoulders relaxed, closing by this share of how far `shoulders`
// moves the shoulder back (Pose::shoulders 20: from 7 to 2.6 cm), never
// nearer than kBladeClosest; its width across and its height down the back
// from the shoulders' height.
inline constexpr double kBladeGap = 7;
inline constexpr double kBladeSqueeze = 0.75;
inline constexpr double kBladeClosest = 1.5;
inline constexpr double kBladeWidth = 9;
inline constexpr double kBladeHeight = 14;
} // namespace body

enum class Joint {
    Pelvis,
    Waist,
    Neck, // base of the neck: the top of the trunk
    Head, // centre of the head
    LeftShoulder,
    LeftElbow,
    LeftHand,
    RightShoulder,
    RightElbow,
    RightHand,
    LeftHip,
    LeftKnee,
    LeftAnkle,
    LeftToe,
    RightHip,
    RightKnee,
    RightAnkle,
    RightToe,
};
inline constexpr std::size_t kJointCount = 18;

struct Point2 {
    double x = 0;
    double y = 0;
    friend bool operator==(const Point2&, const Point2&) = default;
};

struct Point3 {
    double x = 0; // forward
    double y = 0; // up
    double z = 0; // the figure's right
};

// A pose in the world before projection: feet on the floor, placed.
struct Body3 {
    std::array<Point3, kJointCount> joints{};
    // Which way the head's crown and its face point (unit vectors).
    Point3 headUp{0, 1, 0};
    Point3 face{1, 0, 0};
    // Per arm (indexed by BodySide, from the wrist): where the fingers point
    // and the way the palm faces (unit vectors).
    std::array<Point3, 2> fingers{};
    std::array<Point3, 2> palm{};
    [[nodiscard]] const Point3& operator[](Joint joint) const {
        return joints[static_cast<std::size_t>(joint)];
    }
};

// The joints as seen in one view.
struct Skeleton {
    std::array<Point2, kJointCount> points{};
    std::array<double, kJointCount> depth{}; // larger = nearer the viewer
    [[nodiscard]] const Point2& operator[](Joint joint) const {
        return points[static_cast<std::size_t>(joint)];
    }
    [[nodiscard]] double depthOf(Joint joint) const {
        return depth[static_cast<std::size_t>(joint)];
    }
};

// Forward kinematics: angles to joint positions. The lower of the feet
// stands on the floor, the ankles on it centred on x = 0 (a foot lifted off
// it does not move the figure); then the pose's
// placement moves it (HandsWall: until the front of the hands touches the
// wall at body::kWallX; HandsTable: until the hands, wrists and fingers,
// rest past the table's near edge at body::kTableX). `inhale` (0..1) lifts
// the chest a little.
[[nodiscard]] Body3 solveBody(const Pose& pose, double inhale = 0);
// Orthographic projection: side looks at the figure's right side, front at
// its face, three-quarter from 40° between them, back at its back. Mirroring
// flips x.
[[nodiscard]] Point2 project(const Point3& point, View view, bool mirrored);
// Depth towards the viewer (mirroring does not change it).
[[nodiscard]] double depthOf(const Point3& point, View view);
[[nodiscard]] Skeleton project(const Body3& body, View view, bool mirrored);
[[nodiscard]] Skeleton forwardKinematics(const Pose& pose, View view, bool mirrored = false,
                                         double inhale = 0);

// The figure at `seconds` into its animation: key poses held, moves eased,
// looping (or staying on the last pose). A placement change during a move
// slides the body along the floor.
struct FigureFrame {
    Pose pose;
    Body3 body;
    double strapSlack = 0;  // 0 taut .. 1 slack
    double felt = 1;        // 0 not felt yet (no mark) .. 1 felt (KeyPose::felt)
    Roll roll = Roll::None; // the round arrow shown (KeyPose::roll of the pose moved to)
};
[[nodiscard]] FigureFrame sampleFigure(const Figure& figure, double seconds, double inhale = 0);
[[nodiscard]] FigureFrame keyFrame(const Figure& figure, std::size_t index, double inhale = 0);

// The round arrow of a shoulder roll (KeyPose::roll): its radius, how far
// behind the near shoulder and up along the trunk its centre lies (so that
// it rings the shoulder, half over the back), its stroke, and its head's
// length and half width.
namespace rollArrow {
inline constexpr double kRadius = 11;
inline constexpr double kOffset = 9;
inline constexpr double kRise = 3;
inline constexpr double kWidth = 3;
inline constexpr double kHeadLength = 8;
inline constexpr double kHeadHalfWidth = 5;
} // namespace rollArrow

// What a renderer draws, in scene units, back to front within each list.
struct Stroke {
    std::vector<Point2> points; // a polyline; one point = a dot
    double width = 0;
    bool closed = false; // a filled, outlined polygon
};

struct Limb {
    Stroke stroke;
    double depth = 0;      // to sort against the trunk
    bool nearSide = false; // drawn over the trunk: knock out a thin outline
    // With Figure::hands, the hand at the end of an arm: palm and fingers as
    // one closed shape, part of the limb (outlined with it, not cut off it).
    Stroke hand;
};

struct FigureScene {
    std::vector<Stroke> props;      // muted, behind the figure (wall, chair, mat, table, doorway)
    std::vector<Stroke> straps;     // muted, in front of the figure
    std::vector<Stroke> highlights; // accent, glowing behind the body round its edge
    // Accent on a region that faces the viewer (the back seen from behind,
    // the chest from the front):
    // over the trunk.
    std::vector<Stroke> highlightsOnBody;
    double highlightStrength = 1; // how much of the accent: FigureFrame::felt
    std::vector<Limb> behind;     // limbs behind the trunk, back to front
    Stroke trunk;                 // spine stroke
    Stroke torso;                 // shoulders-to-hips polygon (zero width in a side view)
    Stroke neck; // from the base of the neck to the centre of the head, drawn with the head
    Point2 head;
    double headRadius = body::kHeadRadius;
    // With Figure::face: the nose, in ink (it shows past the head's outline
    // when the head turns), and the eyes that face the viewer, in the
    // background colour; drawn over the head.
    std::vector<Stroke> nose;
    std::vector<Stroke> eyes;
    // With Figure::blades: the outlines of the shoulder blades, in the
    // background colour, over the trunk.
    std::vector<Stroke> blades;
    std::vector<Limb> front; // limbs in front of the trunk, back to front
    // With FigureFrame::roll: the round arrow's arc, then its head (a closed
    // triangle), in ink ringed in the background colour, over everything.
    std::vector<Stroke> arrows;
    // The floor line across the picture at y = 0; false in a view from above,
    // whose floor is a prop.
    bool floorLine = true;
};

[[nodiscard]] FigureScene buildScene(const Figure& figure, const FigureFrame& frame);

// How far each shoulder blade's inner edge lies from the spine, in scene
// units, for a pose's `shoulders` angle (body::kBladeGap...).
[[nodiscard]] double bladeGap(double shoulders);

struct Bounds {
    double left = 0;
    double bottom = 0;
    double right = 0;
    double top = 0;
    [[nodiscard]] double width() const { return right - left; }
    [[nodiscard]] double height() const { return top - bottom; }
};

// Everything the figure's animation ever covers, floor included, with a
// margin: a fixed frame so that the picture neither zooms nor jumps.
[[nodiscard]] Bounds sceneBounds(const Figure& figure);

} // namespace limber
