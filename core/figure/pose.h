#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace limber {

// One still picture of the pictogram figure, as joint angles in degrees.
//
// The angles are anatomical and relative to the parent segment, so "arms up"
// means "in line with the trunk, past the head": in a hinge (trunk level) the
// same arms reach forward. `trunk` and the legs' `hip` are measured against
// the world, so that bending forward (`trunk: 90`) keeps the legs upright.
//
//   trunk   lean of the lower back from upright; + forward (90 = level)
//   spine   upper back against the lower back; + rounds forward, - arches
//   neck    head against the upper back; + chin towards the chest
//   shoulders  the shoulder girdle on the trunk; + back and down (the blades
//           drawn back and down), - rounded forward and up. Moves the
//           shoulder joints, and the arms with them, not the trunk.
//   shrug   both shoulders straight up towards the ears; 0 relaxed
//   twist   the upper trunk turned about its own length, the hips still;
//           + turns the chest to the figure's right
//   head-turn  the head turned about its own up axis; + the face to the
//           figure's right (no nod, no tilt)
//   head-tilt  the head leaning sideways on its neck; + the right ear
//           towards the right shoulder
//   chin-tuck  the head gliding straight back on its neck, level (a "double
//           chin"); - pokes the chin forward. Degrees the neck leans back.
//   arm     raise  0 hanging, 90 level, 180 overhead (shoulder elevation)
//           spread direction of the raise: 0 forward, 90 out to the side,
//                  negative across the body (elbows together in front)
//           elbow  flexion, 0 straight
//           rotation  turns the elbow's bend about the upper arm: 0 folds
//                  the forearm up and forward, 90 in towards the body's
//                  middle, 180 down and back (the hands behind the back)
//           wrist  + bends the hand towards the palm, - back (extension)
//           palm   which way the palm faces, as the forearm turns:
//                  0 down, 90 in (towards the body's middle), 180 up,
//                  -90 out (the file names them: down, in, up, out)
//   leg     hip    thigh forward from hanging straight down (90 = seated)
//           knee   flexion, 0 straight
//           out    abduction, + foot away from the midline
//
// Every angle has a range a body can reach (angleRange()); poses outside it
// are refused with a message naming the joint and its range.

enum class BodySide { Left, Right };

struct ArmAngles {
    double raise = 0;
    double spread = 0;
    double elbow = 0;
    double wrist = 0;
    double palm = 90; // palm in, as a hanging arm holds it
    double rotation = 0;
    friend bool operator==(const ArmAngles&, const ArmAngles&) = default;
};

struct LegAngles {
    double hip = 0;
    double knee = 0;
    double out = 0;
    friend bool operator==(const LegAngles&, const LegAngles&) = default;
};

// Where the figure stands in its scene.
enum class Placement {
    Feet,       // feet at the scene's origin
    HandsWall,  // moved along the floor until the hands touch the wall (or the doorway)
    HandsTable, // moved along the floor until the hands rest on the table
};

struct Pose {
    double trunk = 0;
    double spine = 0;
    double neck = 0;
    double shoulders = 0;
    double shrug = 0;
    double twist = 0;
    double headTurn = 0;
    double headTilt = 0;
    double chinTuck = 0;
    std::array<ArmAngles, 2> arms{}; // indexed by BodySide
    std::array<LegAngles, 2> legs{};
    Placement placement = Placement::Feet;

    [[nodiscard]] ArmAngles& arm(BodySide side) { return arms[index(side)]; }
    [[nodiscard]] const ArmAngles& arm(BodySide side) const { return arms[index(side)]; }
    [[nodiscard]] LegAngles& leg(BodySide side) { return legs[index(side)]; }
    [[nodiscard]] const LegAngles& leg(BodySide side) const { return legs[index(side)]; }
    [[nodiscard]] static std::size_t index(BodySide side) { return side == BodySide::Left ? 0 : 1; }

    friend bool operator==(const Pose&, const Pose&) = default;
};

// The angles one pose is made of, for ranges, messages and the file syntax.
// The limb angles come last (isLimbAngle).
enum class Angle {
    Trunk,
    Spine,
    Neck,
    Shoulders,
    Shrug,
    Twist,
    HeadTurn,
    HeadTilt,
    ChinTuck,
    Raise,
    Spread,
    Elbow,
    Rotation,
    Wrist,
    Palm,
    Hip,
    Knee,
    Out,
};

struct AngleRange {
    std::string_view name; // as written in a routine file: "elbow"
    double min = 0;
    double max = 0;
    std::string_view meaning; // "flexion"
};

[[nodiscard]] const AngleRange& angleRange(Angle angle);

// Empty when `value` is possible for `angle`, else a message such as
//   left elbow 170° is not possible: it bends 0..160° (flexion)
// `side` names the limb for the limb angles.
[[nodiscard]] std::string checkAngle(Angle angle, double value,
                                     std::optional<BodySide> side = std::nullopt);

// Every problem of a whole pose, in the order of the list above.
[[nodiscard]] std::vector<std::string> validatePose(const Pose& pose);

// The named starting points of the file syntax (`base: hinge`).
//   standing        upright, arms hanging
//   seated          sitting tall, thighs level, shins upright, hands on thighs
//   seated-arms-up  seated, arms overhead
//   hinge           trunk level (bent 90° at the hips), legs straight and
//                   upright, back flat, arms in
//                   line with the back (reaching forward)
[[nodiscard]] std::optional<Pose> basePose(std::string_view name);
[[nodiscard]] const std::vector<std::string_view>& basePoseNames();

// Named arm positions (`arms: forward`), relative to the trunk:
//   down, forward, up, out, shoulders (hands on shoulders, elbows out to the
//   sides), elbows-in (hands on shoulders, elbows together in front), wide-up
//   and wide-low (hands wider than the shoulders, overhead / in front of the
//   hips: holding a strap), thighs (hands resting on the thighs when seated).
[[nodiscard]] std::optional<ArmAngles> armPreset(std::string_view name);
[[nodiscard]] const std::vector<std::string_view>& armPresetNames();

// Named palm directions (`palm: up`): down 0, in 90, up 180, out -90.
[[nodiscard]] std::optional<double> palmPreset(std::string_view name);
[[nodiscard]] const std::vector<std::string_view>& palmPresetNames();

// Named leg positions (`legs: bent`): straight, seated.
[[nodiscard]] std::optional<LegAngles> legPreset(std::string_view name);
[[nodiscard]] const std::vector<std::string_view>& legPresetNames();

// Smooth ease in and out: 0 -> 0, 0.5 -> 0.5, 1 -> 1, flat at both ends.
[[nodiscard]] double easeInOut(double t);

// Each angle linearly from `a` (t = 0) to `b` (t = 1). The placement is b's
// from t = 0.5 on; the figure's sampler blends the positions (figure.h).
[[nodiscard]] Pose interpolate(const Pose& a, const Pose& b, double t);

} // namespace limber
