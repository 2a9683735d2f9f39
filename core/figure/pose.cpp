#include "figure/pose.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <utility>

namespace limber {

namespace {

constexpr std::array<AngleRange, 18> kRanges{{
    {"trunk", -30, 120, "lean from upright, + forward"},
    {"spine", -30, 45, "upper back rounding, + forward"},
    {"neck", -60, 70, "flexion, + chin down"},
    {"shoulders", -20, 20, "shoulder girdle, + back and down"},
    {"shrug", 0, 30, "shoulders raised towards the ears"},
    {"twist", -60, 60, "upper trunk turned, + to the right"},
    {"head-turn", -80, 80, "rotation, + the face to the right"},
    {"head-tilt", -45, 45, "side bend, + right ear to the right shoulder"},
    {"chin-tuck", -20, 30, "the head gliding back, - the chin poking forward"},
    {"raise", 0, 180, "shoulder elevation: 0 down, 90 level, 180 overhead"},
    {"spread", -45, 135, "direction of the raise: 0 forward, 90 to the side"},
    {"elbow", 0, 160, "flexion"},
    {"rotation", -180, 180, "the elbow's bend turned about the upper arm, + inwards"},
    {"wrist", -90, 90, "+ flexion towards the palm, - extension"},
    {"palm", -90, 180, "0 down, 90 in, 180 up, -90 out"},
    {"hip", -30, 140, "thigh forward from hanging down"},
    {"knee", 0, 160, "flexion"},
    {"out", -15, 60, "abduction"},
}};

// 170 -> "170", -12.5 -> "-12.5"
std::string number(double value) {
    char buffer[32];
    if (value == std::round(value) && std::abs(value) < 1e9)
        std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(std::round(value)));
    else
        std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

bool isLimbAngle(Angle angle) {
    return angle >= Angle::Raise;
}

// The arms hanging a little away from the body, so that a front view shows a
// gap between arm and trunk.
constexpr ArmAngles kArmsDown{6, 90, 4};
constexpr ArmAngles kArmsOnThighs{10, 0, 60};
constexpr ArmAngles kArmsUp{175, 90, 0};
constexpr LegAngles kLegsSeated{90, 90, 0};

Pose symmetric(double trunk, ArmAngles arms, LegAngles legs) {
    Pose pose;
    pose.trunk = trunk;
    pose.arms = {arms, arms};
    pose.legs = {legs, legs};
    return pose;
}

struct NamedPose {
    std::string_view name;
    Pose pose;
};

const std::vector<NamedPose>& namedPoses() {
    static const std::vector<NamedPose> poses{
        {"standing", symmetric(0, kArmsDown, {})},
        {"seated", symmetric(0, kArmsOnThighs, kLegsSeated)},
        {"seated-arms-up", symmetric(0, kArmsUp, kLegsSeated)},
        {"hinge", symmetric(90, {180, 0, 0}, {})},
    };
    return poses;
}

const std::vector<std::pair<std::string_view, ArmAngles>>& namedArms() {
    static const std::vector<std::pair<std::string_view, ArmAngles>> arms{
        {"down", kArmsDown},       {"forward", {90, 0, 0}},      {"up", kArmsUp},
        {"out", {90, 90, 0}},      {"shoulders", {85, 95, 155}}, {"elbows-in", {60, -27, 158}},
        {"wide-up", {160, 60, 0}}, {"wide-low", {30, 45, 10}},   {"thighs", kArmsOnThighs},
    };
    return arms;
}

const std::vector<std::pair<std::string_view, LegAngles>>& namedLegs() {
    static const std::vector<std::pair<std::string_view, LegAngles>> legs{
        {"straight", {}},
        {"seated", kLegsSeated},
    };
    return legs;
}

template <typename T>
std::vector<std::string_view> namesOf(const std::vector<std::pair<std::string_view, T>>& list) {
    std::vector<std::string_view> names;
    for (const auto& entry : list)
        names.push_back(entry.first);
    return names;
}

double lerp(double a, double b, double t) {
    return a + (b - a) * t;
}

ArmAngles lerp(const ArmAngles& a, const ArmAngles& b, double t) {
    return {lerp(a.raise, b.raise, t), lerp(a.spread, b.spread, t),
            lerp(a.elbow, b.elbow, t), lerp(a.wrist, b.wrist, t),
            lerp(a.palm, b.palm, t),   lerp(a.rotation, b.rotation, t)};
}

const std::vector<std::pair<std::string_view, double>>& namedPalms() {
    static const std::vector<std::pair<std::string_view, double>> palms{
        {"down", 0},
        {"in", 90},
        {"up", 180},
        {"out", -90},
    };
    return palms;
}

LegAngles lerp(const LegAngles& a, const LegAngles& b, double t) {
    return {lerp(a.hip, b.hip, t), lerp(a.knee, b.knee, t), lerp(a.out, b.out, t)};
}

} // namespace

const AngleRange& angleRange(Angle angle) {
    return kRanges.at(static_cast<std::size_t>(angle));
}

std::string checkAngle(Angle angle, double value, std::optional<BodySide> side) {
    const AngleRange& range = angleRange(angle);
    if (std::isfinite(value) && value >= range.min && value <= range.max)
        return {};
    std::string message;
    if (side && isLimbAngle(angle))
        message = *side == BodySide::Left ? "left " : "right ";
    message += std::string(range.name) + ' ' + number(value) + "° is not possible: allowed " +
               number(range.min) + ".." + number(range.max) + "° (" + std::string(range.meaning) +
               ')';
    return message;
}

std::vector<std::string> validatePose(const Pose& pose) {
    std::vector<std::string> problems;
    const auto check = [&](Angle angle, double value, std::optional<BodySide> side) {
        if (std::string problem = checkAngle(angle, value, side); !problem.empty())
            problems.push_back(std::move(problem));
    };
    check(Angle::Trunk, pose.trunk, std::nullopt);
    check(Angle::Spine, pose.spine, std::nullopt);
    check(Angle::Neck, pose.neck, std::nullopt);
    check(Angle::Shoulders, pose.shoulders, std::nullopt);
    check(Angle::Shrug, pose.shrug, std::nullopt);
    check(Angle::Twist, pose.twist, std::nullopt);
    check(Angle::HeadTurn, pose.headTurn, std::nullopt);
    check(Angle::HeadTilt, pose.headTilt, std::nullopt);
    check(Angle::ChinTuck, pose.chinTuck, std::nullopt);
    for (BodySide side : {BodySide::Left, BodySide::Right}) {
        check(Angle::Raise, pose.arm(side).raise, side);
        check(Angle::Spread, pose.arm(side).spread, side);
        check(Angle::Elbow, pose.arm(side).elbow, side);
        check(Angle::Rotation, pose.arm(side).rotation, side);
        check(Angle::Wrist, pose.arm(side).wrist, side);
        check(Angle::Palm, pose.arm(side).palm, side);
    }
    for (BodySide side : {BodySide::Left, BodySide::Right}) {
        check(Angle::Hip, pose.leg(side).hip, side);
        check(Angle::Knee, pose.leg(side).knee, side);
        check(Angle::Out, pose.leg(side).out, side);
    }
    return problems;
}

std::optional<Pose> basePose(std::string_view name) {
    for (const NamedPose& entry : namedPoses())
        if (entry.name == name)
            return entry.pose;
    return std::nullopt;
}

const std::vector<std::string_view>& basePoseNames() {
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> list;
        for (const NamedPose& entry : namedPoses())
            list.push_back(entry.name);
        return list;
    }();
    return names;
}

std::optional<ArmAngles> armPreset(std::string_view name) {
    for (const auto& [presetName, arms] : namedArms())
        if (presetName == name)
            return arms;
    return std::nullopt;
}

const std::vector<std::string_view>& armPresetNames() {
    static const std::vector<std::string_view> names = namesOf(namedArms());
    return names;
}

std::optional<double> palmPreset(std::string_view name) {
    for (const auto& [presetName, angle] : namedPalms())
        if (presetName == name)
            return angle;
    return std::nullopt;
}

const std::vector<std::string_view>& palmPresetNames() {
    static const std::vector<std::string_view> names = namesOf(namedPalms());
    return names;
}

std::optional<LegAngles> legPreset(std::string_view name) {
    for (const auto& [presetName, legs] : namedLegs())
        if (presetName == name)
            return legs;
    return std::nullopt;
}

const std::vector<std::string_view>& legPresetNames() {
    static const std::vector<std::string_view> names = namesOf(namedLegs());
    return names;
}

double easeInOut(double t) {
    t = std::clamp(t, 0.0, 1.0);
    return t * t * (3.0 - 2.0 * t);
}

Pose interpolate(const Pose& a, const Pose& b, double t) {
    Pose pose;
    pose.trunk = lerp(a.trunk, b.trunk, t);
    pose.spine = lerp(a.spine, b.spine, t);
    pose.neck = lerp(a.neck, b.neck, t);
    pose.shoulders = lerp(a.shoulders, b.shoulders, t);
    pose.shrug = lerp(a.shrug, b.shrug, t);
    pose.twist = lerp(a.twist, b.twist, t);
    pose.headTurn = lerp(a.headTurn, b.headTurn, t);
    pose.headTilt = lerp(a.headTilt, b.headTilt, t);
    pose.chinTuck = lerp(a.chinTuck, b.chinTuck, t);
    for (std::size_t i = 0; i < 2; ++i) {
        pose.arms[i] = lerp(a.arms[i], b.arms[i], t);
        pose.legs[i] = lerp(a.legs[i], b.legs[i], t);
    }
    pose.placement = t < 0.5 ? a.placement : b.placement;
    return pose;
}

} // namespace limber
