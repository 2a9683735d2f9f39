#include "figure/figure.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <span>
#include <utility>

namespace limber {

namespace {

// ---- names ------------------------------------------------------------------

constexpr std::array<std::pair<std::string_view, View>, 6> kViews{{
    {"side", View::Side},
    {"front", View::Front},
    {"three-quarter", View::ThreeQuarter},
    {"three-quarter-above", View::ThreeQuarterAbove},
    {"three-quarter-back", View::ThreeQuarterBack},
    {"back", View::Back},
}};

constexpr std::array<std::pair<std::string_view, Prop>, 7> kProps{{
    {"floor", Prop::Floor},
    {"mat", Prop::Mat},
    {"wall", Prop::Wall},
    {"chair", Prop::Chair},
    {"strap", Prop::Strap},
    {"table", Prop::Table},
    {"doorway", Prop::Doorway},
}};

constexpr std::array<std::pair<std::string_view, Region>, 14> kRegions{{
    {"neck", Region::Neck},
    {"shoulders", Region::Shoulders},
    {"upper-back", Region::UpperBack},
    {"lower-back", Region::LowerBack},
    {"chest", Region::Chest},
    {"arms", Region::Arms},
    {"forearms", Region::Forearms},
    {"left-forearm", Region::LeftForearm},
    {"right-forearm", Region::RightForearm},
    {"hips", Region::Hips},
    {"hamstrings", Region::Hamstrings},
    {"left-hamstring", Region::LeftHamstring},
    {"right-hamstring", Region::RightHamstring},
    {"calves", Region::Calves},
}};

template <typename T, std::size_t N>
std::optional<T> lookup(const std::array<std::pair<std::string_view, T>, N>& table,
                        std::string_view name) {
    for (const auto& [entryName, value] : table)
        if (entryName == name)
            return value;
    return std::nullopt;
}

template <typename T, std::size_t N>
std::vector<std::string_view> names(const std::array<std::pair<std::string_view, T>, N>& table) {
    std::vector<std::string_view> list;
    for (const auto& entry : table)
        list.push_back(entry.first);
    return list;
}

// ---- vectors ----------------------------------------------------------------

Point3 operator+(Point3 a, Point3 b) {
    return {a.x + b.x, a.y + b.y, a.z + b.z};
}
Point3 operator-(Point3 a, Point3 b) {
    return {a.x - b.x, a.y - b.y, a.z - b.z};
}
Point3 operator*(Point3 a, double k) {
    return {a.x * k, a.y * k, a.z * k};
}
double dot(Point3 a, Point3 b) {
    return a.x * b.x + a.y * b.y + a.z * b.z;
}
double length(Point3 a) {
    return std::sqrt(dot(a, a));
}
Point3 lerp(Point3 a, Point3 b, double t) {
    return a + (b - a) * t;
}

double radians(double degrees) {
    return degrees * std::numbers::pi / 180.0;
}

Point3 cross(Point3 a, Point3 b) {
    return {a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x};
}

Point3 unit(Point3 v) {
    const double n = length(v);
    return n > 1e-9 ? v * (1.0 / n) : Point3{};
}

// Turns `v` about the unit `axis` by `degrees`, right-handed (x forward, y
// up, z right: about y, forward turns to the left).
Point3 rotate(Point3 v, Point3 axis, double degrees) {
    const double a = radians(degrees);
    return v * std::cos(a) + cross(axis, v) * std::sin(a) +
           axis * (dot(axis, v) * (1.0 - std::cos(a)));
}

// `v` without its part along the unit `axis`, as a unit vector; `fallback`
// when `v` runs along the axis.
Point3 across(Point3 v, Point3 axis, Point3 fallback) {
    const Point3 rest = v - axis * dot(v, axis);
    return length(rest) > 1e-6 ? unit(rest) : fallback;
}

constexpr Point3 kForward{1, 0, 0};
constexpr Point3 kUp{0, 1, 0};
constexpr Point3 kRight{0, 0, 1};

// Tips `v` forward (about the figure's left-right axis) by `degrees`: up
// becomes forward at 90.
Point3 lean(Point3 v, double degrees) {
    const double a = radians(degrees);
    return {v.x * std::cos(a) + v.y * std::sin(a), -v.x * std::sin(a) + v.y * std::cos(a), v.z};
}

Point3& at(Body3& body, Joint joint) {
    return body.joints[static_cast<std::size_t>(joint)];
}

void shiftX(Body3& body, double dx) {
    for (Point3& joint : body.joints)
        joint.x += dx;
}

// The joints of one side's arm and leg.
struct SideJoints {
    Joint shoulder, elbow, hand, hip, knee, ankle, toe;
};

SideJoints jointsOf(BodySide side) {
    if (side == BodySide::Left)
        return {Joint::LeftShoulder, Joint::LeftElbow, Joint::LeftHand, Joint::LeftHip,
                Joint::LeftKnee,     Joint::LeftAnkle, Joint::LeftToe};
    return {Joint::RightShoulder, Joint::RightElbow, Joint::RightHand, Joint::RightHip,
            Joint::RightKnee,     Joint::RightAnkle, Joint::RightToe};
}

// Feet on the floor, the ankles on it centred on x = 0; no placement yet.
Body3 solveUnplaced(const Pose& pose, double inhale) {
    inhale = std::clamp(inhale, 0.0, 1.0);
    Body3 body;
    // Lower trunk.
    const Point3 u0 = lean(kUp, pose.trunk);
    at(body, Joint::Pelvis) = {};
    at(body, Joint::Waist) = u0 * body::kLowerBack;
    // Upper trunk: breathing in lifts and opens the chest a little. A twist
    // turns it about its own length: the chest, the shoulders, the arms and
    // the head go with it.
    const double upper = pose.trunk + pose.spine - 4.0 * inhale;
    const Point3 u1 = lean(kUp, upper);
    const Point3 f1 = rotate(lean(kForward, upper), u1, -pose.twist);
    const Point3 chestRight = rotate(kRight, u1, -pose.twist);
    const Point3 neck = body[Joint::Waist] + u1 * (body::kUpperBack + 1.5 * inhale);
    at(body, Joint::Neck) = neck;
    // The neck leans back as the head glides back level (a chin tuck), and
    // leans a little into a side tilt; the head nods and tilts about its top
    // and turns about its own up axis.
    const Point3 neckUp = rotate(rotate(u1, chestRight, pose.chinTuck), f1, 0.4 * pose.headTilt);
    const Point3 headAhead = rotate(f1, chestRight, -pose.neck);
    body.headUp = rotate(rotate(u1, chestRight, -pose.neck), headAhead, pose.headTilt);
    body.face = rotate(headAhead, body.headUp, -pose.headTurn);
    at(body, Joint::Head) =
        neck + neckUp * body::kNeckLength + body.headUp * (body::kNeckToHead - body::kNeckLength);

    for (BodySide side : {BodySide::Left, BodySide::Right}) {
        const SideJoints j = jointsOf(side);
        const Point3 outward = side == BodySide::Right ? chestRight : chestRight * -1.0;
        const Point3 legOutward = side == BodySide::Right ? kRight : kRight * -1.0;

        // Arm: the raise tips the hanging arm towards the spread direction.
        const ArmAngles& arm = pose.arm(side);
        // The shoulder girdle swings about the base of the neck: back and
        // down (the blades drawn together and down), or forward and up.
        const double girdle = body::kShoulderHalfWidth * std::sin(radians(pose.shoulders));
        const Point3 shoulder = neck - u1 * (body::kShoulderDrop - inhale) +
                                outward * body::kShoulderHalfWidth - f1 * girdle -
                                u1 * (girdle * body::kShoulderDepression) +
                                u1 * (body::kShoulderHalfWidth * std::sin(radians(pose.shrug)));
        const double raise = radians(arm.raise);
        const double spread = radians(arm.spread);
        const Point3 upperArm =
            u1 * -std::cos(raise) +
            (f1 * std::cos(spread) + outward * std::sin(spread)) * std::sin(raise);
        const Point3 elbow = shoulder + upperArm * body::kUpperArm;
        // The elbow folds the forearm upwards (a little forward), as far as
        // that is across the upper arm: a hanging arm curls forward, a level
        // arm curls up, and at full flexion the hand reaches the shoulder.
        Point3 fold = u1 + f1 * 0.25;
        fold = fold - upperArm * dot(fold, upperArm);
        if (length(fold) < 1e-9)
            fold = f1;
        fold = fold * (1.0 / length(fold));
        // A rotation of the upper arm turns that bend about it: in towards
        // the body's middle, or round to down and back (hands behind the back).
        if (arm.rotation != 0) {
            const Point3 inward = across(across(outward * -1.0, upperArm, f1), fold, f1);
            fold =
                fold * std::cos(radians(arm.rotation)) + inward * std::sin(radians(arm.rotation));
        }
        const double flex = radians(arm.elbow);
        const Point3 forearm = upperArm * std::cos(flex) + fold * std::sin(flex);
        at(body, j.shoulder) = shoulder;
        at(body, j.elbow) = elbow;
        at(body, j.hand) = elbow + forearm * body::kForearm;
        // The hand: the palm faces down (0), in (90), up (180) or out (-90)
        // as the forearm turns; the wrist bends the fingers towards the
        // palm. "Down" is down and back, seen across the forearm: down for
        // an arm held out in front, back for a hanging arm (the palm towards
        // the body), and steady for every arm between the two.
        const Point3 palmDown = across(unit(u1 * -1.0 - f1), forearm, f1 * -1.0);
        const Point3 palmIn = across(across(outward * -1.0, forearm, f1), palmDown, f1);
        const Point3 palm =
            palmDown * std::cos(radians(arm.palm)) + palmIn * std::sin(radians(arm.palm));
        body.palm[Pose::index(side)] = palm;
        body.fingers[Pose::index(side)] =
            forearm * std::cos(radians(arm.wrist)) + palm * std::sin(radians(arm.wrist));

        // Leg: the thigh tips forward from hanging straight down (measured
        // against the world, so bending the trunk leaves the legs where they
        // are), then out to the side; the knee folds the shin backwards.
        const LegAngles& leg = pose.leg(side);
        const double hipFlex = radians(leg.hip);
        const double out = radians(leg.out);
        const double kneeFlex = radians(leg.knee);
        const Point3 sagittal = kUp * -std::cos(hipFlex) + kForward * std::sin(hipFlex);
        const Point3 thigh = sagittal * std::cos(out) + legOutward * std::sin(out);
        const Point3 backwards = (kForward * std::cos(hipFlex) + kUp * std::sin(hipFlex)) * -1.0;
        const Point3 shin = thigh * std::cos(kneeFlex) + backwards * std::sin(kneeFlex);
        const Point3 hip = legOutward * body::kHipHalfWidth;
        const Point3 knee = hip + thigh * body::kThigh;
        const Point3 ankle = knee + shin * body::kShin;
        at(body, j.hip) = hip;
        at(body, j.knee) = knee;
        at(body, j.ankle) = ankle;
        // The foot lies level on the floor (the ankle is the lower one's
        // height above it), forward and turned out a little.
        const double turnOut = radians(body::kFootTurnOut);
        at(body, j.toe) = ankle + (kForward * std::cos(turnOut) + legOutward * std::sin(turnOut)) *
                                      body::kFootForward;
    }

    // The lower foot rests on the floor. The feet on the floor stand
    // centred on x = 0; a foot lifted off it (a knee pulled up) does not
    // move the figure: it counts less as it rises, not at all from 2 cm up.
    const Point3 left = body[Joint::LeftAnkle];
    const Point3 right = body[Joint::RightAnkle];
    const double lowest = std::min(left.y, right.y);
    const double dy = body::kAnkleHeight - lowest;
    constexpr double kLifted = 2;
    const auto grounded = [&](const Point3& ankle) {
        return std::clamp(1.0 - (ankle.y - lowest) / kLifted, 0.0, 1.0);
    };
    const double dx =
        -(left.x * grounded(left) + right.x * grounded(right)) / (grounded(left) + grounded(right));
    for (Point3& joint : body.joints)
        joint = joint + Point3{dx, dy, 0};
    return body;
}

void place(Body3& body, Placement placement) {
    if (placement == Placement::HandsWall) {
        const double front = std::max(body[Joint::LeftHand].x, body[Joint::RightHand].x);
        shiftX(body, body::kWallX - (front + body::kArmWidth / 2.0));
    } else if (placement == Placement::HandsTable) {
        // The nearest part of either hand, wrist or fingertips, a little past
        // the table's near edge.
        double nearest = std::numeric_limits<double>::max();
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const Point3 wrist = body[jointsOf(side).hand];
            const Point3 tips = wrist + body.fingers[Pose::index(side)] * body::kHandLength;
            nearest = std::min({nearest, wrist.x, tips.x});
        }
        shiftX(body, body::kTableX + body::kArmWidth / 2.0 - nearest);
    }
}

double yawOf(View view) {
    switch (view) {
    case View::Side:
        return 0;
    case View::Front:
        return 90;
    case View::ThreeQuarter:
        return 40;
    case View::ThreeQuarterAbove:
        return 25;
    case View::ThreeQuarterBack:
        return -70;
    case View::Back:
        return -90;
    }
    return 0;
}

// How far the view looks down on the figure, degrees: the three-quarter
// view from behind is seen from above, so that a step forward goes clearly
// up the picture, away from the viewer; the three-quarter view from above
// a little, so that a doorway's two jambs stand apart on the floor (from
// higher, an upper arm reaching back, away from the viewer, rose in the
// picture and read as a raised arm: W and X).
double pitchOf(View view) {
    switch (view) {
    case View::ThreeQuarterBack:
        return 40;
    case View::ThreeQuarterAbove:
        return 15;
    default:
        return 0;
    }
}

} // namespace

// ---- names ------------------------------------------------------------------

std::optional<View> viewFromName(std::string_view name) {
    return lookup(kViews, name);
}
std::optional<Prop> propFromName(std::string_view name) {
    return lookup(kProps, name);
}
std::optional<Region> regionFromName(std::string_view name) {
    return lookup(kRegions, name);
}

const std::vector<std::string_view>& viewNames() {
    static const std::vector<std::string_view> list = names(kViews);
    return list;
}
const std::vector<std::string_view>& propNames() {
    static const std::vector<std::string_view> list = names(kProps);
    return list;
}
const std::vector<std::string_view>& regionNames() {
    static const std::vector<std::string_view> list = names(kRegions);
    return list;
}

// ---- figure -----------------------------------------------------------------

bool Figure::has(Prop prop) const {
    return std::find(props.begin(), props.end(), prop) != props.end();
}

double Figure::cycleSeconds() const {
    if (poses.size() < 2)
        return 0;
    double total = 0;
    for (std::size_t i = 0; i < poses.size(); ++i) {
        total += poses[i].hold;
        if (i > 0 || loop)
            total += poses[i].move;
    }
    return total;
}

// ---- kinematics -------------------------------------------------------------

Body3 solveBody(const Pose& pose, double inhale) {
    Body3 body = solveUnplaced(pose, inhale);
    place(body, pose.placement);
    return body;
}

Point2 project(const Point3& point, View view, bool mirrored) {
    const double yaw = radians(yawOf(view));
    const double pitch = radians(pitchOf(view));
    const double x = point.x * std::cos(yaw) - point.z * std::sin(yaw);
    const double y = point.y * std::cos(pitch) - depthOf(point, view) * std::sin(pitch);
    return {mirrored ? -x : x, y};
}

double depthOf(const Point3& point, View view) {
    const double yaw = radians(yawOf(view));
    return point.x * std::sin(yaw) + point.z * std::cos(yaw);
}

Skeleton project(const Body3& body, View view, bool mirrored) {
    Skeleton skeleton;
    for (std::size_t i = 0; i < kJointCount; ++i) {
        skeleton.points[i] = project(body.joints[i], view, mirrored);
        skeleton.depth[i] = depthOf(body.joints[i], view);
    }
    return skeleton;
}

Skeleton forwardKinematics(const Pose& pose, View view, bool mirrored, double inhale) {
    return project(solveBody(pose, inhale), view, mirrored);
}

// ---- animation --------------------------------------------------------------

FigureFrame keyFrame(const Figure& figure, std::size_t index, double inhale) {
    const KeyPose& key = figure.poses.at(index);
    return {key.pose, solveBody(key.pose, inhale), key.strapSlack ? 1.0 : 0.0, key.felt ? 1.0 : 0.0,
            key.roll};
}

namespace {

FigureFrame between(const KeyPose& a, const KeyPose& b, double progress, double inhale) {
    const double t = easeInOut(progress);
    FigureFrame frame;
    frame.pose = interpolate(a.pose, b.pose, t);
    frame.strapSlack = (a.strapSlack ? 1.0 : 0.0) * (1 - t) + (b.strapSlack ? 1.0 : 0.0) * t;
    frame.felt = (a.felt ? 1.0 : 0.0) * (1 - t) + (b.felt ? 1.0 : 0.0) * t;
    frame.roll = b.roll; // the move to b is the roll
    if (a.pose.placement == b.pose.placement) {
        frame.pose.placement = a.pose.placement;
        frame.body = solveBody(frame.pose, inhale);
        return frame;
    }
    // Slide along the floor from where a's placement puts the body to
    // where b's does.
    Pose fromA = frame.pose;
    fromA.placement = a.pose.placement;
    Pose fromB = frame.pose;
    fromB.placement = b.pose.placement;
    frame.body = solveBody(fromA, inhale);
    const Body3 other = solveBody(fromB, inhale);
    shiftX(frame.body, (other[Joint::Pelvis].x - frame.body[Joint::Pelvis].x) * t);
    return frame;
}

} // namespace

FigureFrame sampleFigure(const Figure& figure, double seconds, double inhale) {
    const auto& keys = figure.poses;
    if (keys.empty())
        return {Pose{}, solveBody(Pose{}, inhale), 0};
    const double cycle = figure.cycleSeconds();
    if (keys.size() == 1 || cycle <= 0)
        return keyFrame(figure, 0, inhale);
    double t = std::max(seconds, 0.0);
    if (figure.loop)
        t = std::fmod(t, cycle);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        if (t < keys[i].hold)
            return keyFrame(figure, i, inhale);
        t -= keys[i].hold;
        const bool last = i + 1 == keys.size();
        if (last && !figure.loop)
            break;
        const KeyPose& next = last ? keys.front() : keys[i + 1];
        if (t < next.move)
            return between(keys[i], next, t / next.move, inhale);
        t -= next.move;
    }
    return keyFrame(figure, figure.loop ? 0 : keys.size() - 1, inhale);
}

// ---- scene ------------------------------------------------------------------

namespace {

// Points along a curve from `a` to `c` that passes through `b` half way (a
// quadratic Bézier): a back bent at the waist is drawn as one curve, not as
// two straight pieces. Three points in a line give a straight line.
std::vector<Point3> curveThrough(Point3 a, Point3 b, Point3 c) {
    const Point3 control = b * 2.0 - (a + c) * 0.5;
    constexpr int kSteps = 8;
    std::vector<Point3> points;
    points.reserve(kSteps + 1);
    for (int i = 0; i <= kSteps; ++i) {
        const double t = static_cast<double>(i) / kSteps;
        points.push_back(a * ((1 - t) * (1 - t)) + control * (2 * t * (1 - t)) + c * (t * t));
    }
    return points;
}

struct Projector {
    View view;
    bool mirrored;
    Point2 operator()(const Point3& p) const { return project(p, view, mirrored); }
    Stroke stroke(std::initializer_list<Point3> points, double width, bool closed = false) const {
        return stroke(std::span(points.begin(), points.size()), width, closed);
    }
    Stroke stroke(std::span<const Point3> points, double width, bool closed = false) const {
        Stroke s;
        for (const Point3& p : points)
            s.points.push_back((*this)(p));
        s.width = width;
        s.closed = closed;
        return s;
    }
};

// Square to `v` in the body's side plane (x forward, y up), turned forward:
// forward of a trunk whose up is `v`.
Point3 squareTo(Point3 v) {
    return {v.y, -v.x, 0};
}

void addRegion(std::vector<Stroke>& out, Region region, const Body3& b, const Projector& P) {
    const Point3 up = unit(b[Joint::Neck] - b[Joint::Waist]);
    const Point3 lowUp = unit(b[Joint::Waist] - b[Joint::Pelvis]);
    // Forward of the upper trunk: perpendicular to it in the sagittal plane.
    const Point3 ahead = squareTo(up);
    const Point3 lowAhead = squareTo(lowUp);
    const Point3 back = ahead * -5.0;
    switch (region) {
    case Region::Neck:
        out.push_back(
            P.stroke({b[Joint::Neck] - up * 2.0, lerp(b[Joint::Neck], b[Joint::Head], 0.45)}, 14));
        break;
    case Region::Shoulders:
        out.push_back(P.stroke(
            {b[Joint::LeftShoulder], b[Joint::Neck] - up * 4.0, b[Joint::RightShoulder]}, 17));
        break;
    case Region::UpperBack:
        // On the back of the upper trunk, between the waist and the
        // shoulders: clear of the shoulder joints and the arms, so that it
        // does not read as the shoulder or the armpit.
        out.push_back(P.stroke({lerp(b[Joint::Waist], b[Joint::LeftShoulder], 0.4) + back,
                                b[Joint::Neck] - up * 11.0 + back,
                                lerp(b[Joint::Waist], b[Joint::RightShoulder], 0.4) + back},
                               18));
        break;
    case Region::Chest:
        // A band across the front of the upper trunk, from one side of the
        // chest to the other, below the shoulders: seen from the front, a
        // band dipping to the middle read as a heart.
        out.push_back(P.stroke({lerp(b[Joint::LeftShoulder], b[Joint::Waist], 0.3) - back,
                                b[Joint::Neck] - up * 10.0 - back,
                                lerp(b[Joint::RightShoulder], b[Joint::Waist], 0.3) - back},
                               16));
        break;
    case Region::LowerBack:
        out.push_back(P.stroke(
            {b[Joint::Pelvis] + lowUp * 6.0 - lowAhead * 5.0, b[Joint::Waist] - lowAhead * 5.0},
            20));
        break;
    case Region::Arms:
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const SideJoints j = jointsOf(side);
            out.push_back(P.stroke({b[j.shoulder], b[j.elbow], b[j.hand]}, 16));
        }
        break;
    case Region::Forearms:
    case Region::LeftForearm:
    case Region::RightForearm:
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            if ((region == Region::LeftForearm && side != BodySide::Left) ||
                (region == Region::RightForearm && side != BodySide::Right))
                continue;
            const SideJoints j = jointsOf(side);
            out.push_back(P.stroke({lerp(b[j.elbow], b[j.hand], 0.1), b[j.hand]}, 15));
        }
        break;
    case Region::Hips:
        out.push_back(P.stroke({b[Joint::LeftHip], b[Joint::Pelvis], b[Joint::RightHip]}, 20));
        break;
    case Region::Hamstrings:
    case Region::LeftHamstring:
    case Region::RightHamstring:
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            if ((region == Region::LeftHamstring && side != BodySide::Left) ||
                (region == Region::RightHamstring && side != BodySide::Right))
                continue;
            const SideJoints j = jointsOf(side);
            out.push_back(P.stroke({lerp(b[j.hip], b[j.knee], 0.15), b[j.knee]}, 16));
        }
        break;
    case Region::Calves:
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const SideJoints j = jointsOf(side);
            out.push_back(P.stroke({b[j.knee], lerp(b[j.knee], b[j.ankle], 0.8)}, 15));
        }
        break;
    }
}

// The eyes and the nose on the head, where the face looks: the nose sticks
// out past the head's outline when the face turns away from the viewer; an
// eye shows only on the side of the head that faces the viewer.
void addFace(FigureScene& scene, View view, const Body3& b, const Projector& P) {
    const Point3 head = b[Joint::Head];
    const Point3 up = b.headUp;
    const Point3 face = across(b.face, up, b.face);
    const Point3 side = cross(face, up);
    constexpr double r = body::kHeadRadius;
    scene.nose.push_back(
        P.stroke({head + face * (r * 0.75) + up * 2.0, head + face * (r + 2.5) - up * 1.5,
                  head + face * (r * 0.75) - up * 2.5},
                 3, true));
    for (double s : {-1.0, 1.0}) {
        const Point3 eye = face * 0.72 + up * 0.28 + side * (0.5 * s);
        if (depthOf(eye, view) <= 0.05)
            continue; // on the far side of the head
        scene.eyes.push_back(P.stroke({head + eye * (r * 0.8)}, 3.2));
    }
}

// The shoulder blades on the upper back, on the back's surface at the
// shoulders' height: each a triangle, its inner edge down the back beside
// the spine, its top along the shoulder, its point below. They go back,
// down and up with the shoulders, and their gap closes as the shoulders go
// back (bladeGap).
void addBlades(FigureScene& scene, const FigureFrame& frame, const Projector& P) {
    const Body3& b = frame.body;
    const Point3 up = unit(b[Joint::Neck] - b[Joint::Waist]);
    const Point3 right = across(b[Joint::RightShoulder] - b[Joint::LeftShoulder], up, kRight);
    const Point3 behind = cross(right, up); // out of the back
    const Point3 top = lerp(b[Joint::LeftShoulder], b[Joint::RightShoulder], 0.5) +
                       behind * (body::kTrunkWidth / 2.0);
    const double gap = bladeGap(frame.pose.shoulders);
    for (double side : {-1.0, 1.0}) {
        const auto at = [&](double out, double down) {
            return top + right * (side * (gap + out)) - up * down;
        };
        constexpr double w = body::kBladeWidth;
        constexpr double h = body::kBladeHeight;
        scene.blades.push_back(
            P.stroke({at(0, 1.5), at(w, 0), at(0.8 * w, 4.5), at(1.5, h), at(0, 1.5)}, 2.5));
    }
}

// A hand as it looks from the view: a mitten from the wrist to the
// fingertips, as wide across as the palm shows (its width seen on the flat,
// its thickness seen edge on), narrower at the wrist, rounded at the tips.
Stroke handShape(const Body3& b, BodySide side, const Projector& P) {
    const std::size_t i = Pose::index(side);
    const Point3 wrist3 = b[jointsOf(side).hand];
    const Point3 across3 = unit(cross(b.fingers[i], b.palm[i]));
    const Point2 wrist = P(wrist3);
    const Point2 tip = P(wrist3 + b.fingers[i] * body::kHandLength);
    Point2 along{tip.x - wrist.x, tip.y - wrist.y};
    const double length2 = std::hypot(along.x, along.y);
    // Pointing at the viewer, the hand shows as a round blob at the wrist.
    Point2 normal{0, 1};
    if (length2 > 1e-6)
        normal = {-along.y / length2, along.x / length2};
    const auto shown = [&](Point3 v) {
        const Point2 a = P(wrist3);
        const Point2 c = P(wrist3 + v);
        return std::abs((c.x - a.x) * normal.x + (c.y - a.y) * normal.y);
    };
    const double half =
        std::max({shown(across3) * body::kHandWidth / 2.0,
                  shown(b.palm[i]) * body::kHandThickness / 2.0, body::kHandThickness / 2.0});
    if (length2 < half)
        along = {0, 0};
    const auto at = [&](double l, double w) {
        return Point2{wrist.x + along.x * l + normal.x * w * half,
                      wrist.y + along.y * l + normal.y * w * half};
    };
    Stroke hand;
    hand.points = {at(0, -0.75), at(0.5, -1),   at(0.85, -0.9), at(1, -0.45),
                   at(1, 0.45),  at(0.85, 0.9), at(0.5, 1),     at(0, 0.75)};
    hand.width = 2;
    hand.closed = true;
    return hand;
}

void addProps(FigureScene& scene, const Figure& figure, const FigureFrame& frame,
              const Projector& P) {
    const Body3& b = frame.body;
    const Point3 pelvis = b[Joint::Pelvis];
    if (pitchOf(figure.view) > 0) {
        // Seen from above, the floor is the outline of a patch around where
        // the figure stands, fixed as the figure moves over it.
        scene.floorLine = false;
        scene.props.push_back(
            P.stroke({{-70, 0, -75}, {140, 0, -75}, {140, 0, 75}, {-70, 0, 75}, {-70, 0, -75}}, 3));
    }
    if (figure.has(Prop::Mat)) {
        const double x = pelvis.x;
        scene.props.push_back(
            P.stroke({{x - 95, 1.5, -32}, {x + 95, 1.5, -32}, {x + 95, 1.5, 32}, {x - 95, 1.5, 32}},
                     3, true));
    }
    if (figure.has(Prop::Wall) && figure.view != View::Front) {
        const double x = body::kWallX + 3;
        scene.props.push_back(
            P.stroke({{x, 0, -45}, {x, 185, -45}, {x, 185, 45}, {x, 0, 45}}, 6, true));
    }
    if (figure.has(Prop::Chair)) {
        // Under the pelvis, facing the way the figure faces; backrest behind.
        // The seat reaches to where the thighs leave it: a thigh that slopes
        // down from the hip (sitting on the front edge, a leg straightened
        // out to the floor) leaves it near the hips, and the chair sits back
        // under them rather than the leg passing through its front.
        const double seat = pelvis.y - 8;
        double front = pelvis.x + 20;
        for (BodySide side : {BodySide::Left, BodySide::Right}) {
            const Point3 hip = b[jointsOf(side).hip];
            const Point3 knee = b[jointsOf(side).knee];
            const double drop = hip.y - knee.y;
            const double resting = hip.y - body::kLegWidth / 2.0 - seat; // thigh above the seat
            if (drop > resting && knee.x > hip.x)
                front = std::min(front, hip.x + (knee.x - hip.x) * resting / drop);
        }
        const double back = front - 40;
        const double top = seat + 44;
        const double w = 20;
        constexpr double width = 4;
        // Legs, the far ones first.
        for (double z : {-w, w}) {
            scene.props.push_back(P.stroke({{back, seat, z}, {back, 0, z}}, width));
            scene.props.push_back(P.stroke({{front, seat, z}, {front, 0, z}}, width));
        }
        scene.props.push_back(P.stroke(
            {{back, seat, -w}, {front, seat, -w}, {front, seat, w}, {back, seat, w}}, width, true));
        scene.props.push_back(
            P.stroke({{back, seat, -w}, {back - 2, top, -w}, {back - 2, top, w}, {back, seat, w}},
                     width, true));
    }
    if (figure.has(Prop::Table)) {
        // A desk in front of the figure: its top, its legs at both ends.
        constexpr double top = body::kTableHeight;
        constexpr double near = body::kTableX;
        constexpr double far = body::kTableX + body::kTableDepth;
        constexpr double w = 50;
        constexpr double width = 4;
        for (double z : {-w + 4, w - 4}) {
            scene.props.push_back(P.stroke({{near + 4, top, z}, {near + 4, 0, z}}, width));
            scene.props.push_back(P.stroke({{far - 4, top, z}, {far - 4, 0, z}}, width));
        }
        scene.props.push_back(P.stroke(
            {{near, top - 1, -w}, {far, top - 1, -w}, {far, top - 1, w}, {near, top - 1, w}}, width,
            true));
    }
    if (figure.has(Prop::Doorway)) {
        // The frame of a doorway in the plane of the wall: two jambs either
        // side of the figure and the lintel across them.
        constexpr double x0 = body::kWallX;
        constexpr double x1 = body::kWallX + 12;
        constexpr double z = body::kDoorwayHalfWidth;
        constexpr double h = body::kDoorwayHeight;
        constexpr double jamb = 10;
        for (double side : {-1.0, 1.0}) {
            const double inner = side * z;
            const double outer = side * (z + jamb);
            scene.props.push_back(P.stroke({{x0, 0, inner},
                                            {x0, h, inner},
                                            {x1, h, inner},
                                            {x1, 0, inner},
                                            {x1, 0, outer},
                                            {x0, 0, outer},
                                            {x0, h + jamb, outer},
                                            {x1, h + jamb, outer},
                                            {x1, 0, outer}},
                                           3, true));
        }
        scene.props.push_back(P.stroke({{x0, h, -z - jamb},
                                        {x0, h + jamb, -z - jamb},
                                        {x0, h + jamb, z + jamb},
                                        {x0, h, z + jamb}},
                                       3, true));
    }
    if (figure.has(Prop::Strap)) {
        // Between the hands, its ends hanging a little past them. Slack, it
        // sags in the middle.
        const Point3 left = b[Joint::LeftHand];
        const Point3 right = b[Joint::RightHand];
        const double span = length(right - left);
        const double sag = frame.strapSlack * (0.3 * span + 5.0);
        Stroke strap;
        strap.width = 3.5;
        strap.points.push_back(P(left + Point3{0, -11, -1}));
        constexpr int kSteps = 12;
        for (int i = 0; i <= kSteps; ++i) {
            const double t = static_cast<double>(i) / kSteps;
            strap.points.push_back(P(lerp(left, right, t) + Point3{0, -sag * 4 * t * (1 - t), 0}));
        }
        strap.points.push_back(P(right + Point3{0, -11, 1}));
        scene.straps.push_back(std::move(strap));
    }
}

// The round arrow of a shoulder roll, in the plane of the body's side,
// ringing the near shoulder, half out behind the back. Rolled back, the
// shoulder goes forward, up, back and down: the arc runs from the chest's
// side of the shoulder towards the head, round behind it and towards the
// hips, its head pointing on round. Rolled forward, the other way round.
void addRoll(FigureScene& scene, const FigureFrame& frame, const Projector& P) {
    if (frame.roll == Roll::None)
        return;
    const Body3& b = frame.body;
    const Joint near =
        depthOf(b[Joint::RightShoulder], P.view) >= depthOf(b[Joint::LeftShoulder], P.view)
            ? Joint::RightShoulder
            : Joint::LeftShoulder;
    const Point3 up = unit(b[Joint::Neck] - b[Joint::Waist]);
    const Point3 ahead = squareTo(up);
    const Point3 centre = b[near] - ahead * rollArrow::kOffset + up * rollArrow::kRise;
    const bool back = frame.roll == Roll::Back;
    // Degrees round from ahead (0) through up (90), back (180), down (270).
    const double from = back ? -30 : 210;
    const double to = back ? 240 : -60;
    const auto at = [&](double degrees) {
        const double a = radians(degrees);
        return centre + (ahead * std::cos(a) + up * std::sin(a)) * rollArrow::kRadius;
    };
    // The arc stops where the head begins.
    const double headDegrees = rollArrow::kHeadLength / rollArrow::kRadius * 180 / std::numbers::pi;
    const double end = back ? to - headDegrees : to + headDegrees;
    std::vector<Point3> arc;
    constexpr int kSegments = 24;
    for (int i = 0; i <= kSegments; ++i)
        arc.push_back(at(from + (end - from) * i / kSegments));
    scene.arrows.push_back(P.stroke(arc, rollArrow::kWidth));
    const Point3 base = at(end);
    const Point3 tip = at(to);
    const Point3 spread = squareTo(unit(tip - base)) * rollArrow::kHeadHalfWidth;
    scene.arrows.push_back(P.stroke({tip, base + spread, base - spread}, 1.0, true));
}

} // namespace

FigureScene buildScene(const Figure& figure, const FigureFrame& frame) {
    const Projector P{figure.view, figure.mirrored};
    const Body3& b = frame.body;
    FigureScene scene;
    addProps(scene, figure, frame, P);

    // The back bends at the waist as one smooth curve, and the torso's
    // outline bends with it, so that a back that sags or rounds shows it
    // along its whole length, not only in the spine's stroke under a
    // straight line from the hips to the shoulders. At the waist the torso
    // is as wide as a straight line from the hips to the shoulders of an
    // upright figure would make it there.
    constexpr double kWaistShare =
        body::kLowerBack / (body::kLowerBack + body::kUpperBack - body::kShoulderDrop);
    const Point3 shoulderMiddle = lerp(b[Joint::LeftShoulder], b[Joint::RightShoulder], 0.5);
    const auto waistSide = [&](Joint hip, Joint shoulder) {
        return b[Joint::Waist] +
               lerp(b[hip] - b[Joint::Pelvis], b[shoulder] - shoulderMiddle, kWaistShare);
    };
    scene.trunk = P.stroke(curveThrough(b[Joint::Pelvis], b[Joint::Waist], b[Joint::Neck]),
                           body::kTrunkWidth);
    std::vector<Point3> outline = curveThrough(
        b[Joint::LeftShoulder], waistSide(Joint::LeftHip, Joint::LeftShoulder), b[Joint::LeftHip]);
    const std::vector<Point3> right =
        curveThrough(b[Joint::RightHip], waistSide(Joint::RightHip, Joint::RightShoulder),
                     b[Joint::RightShoulder]);
    outline.insert(outline.end(), right.begin(), right.end());
    scene.torso = P.stroke(outline, body::kArmWidth, true);
    scene.neck = P.stroke({b[Joint::Neck], b[Joint::Head]}, body::kNeckWidth);
    scene.head = P(b[Joint::Head]);

    const double trunkDepth = depthOf(b[Joint::Waist], figure.view);
    std::vector<Limb> limbs;
    const auto depthOfJoints = [&](std::initializer_list<Joint> joints) {
        double depth = 0;
        for (Joint joint : joints)
            depth += depthOf(b[joint], figure.view);
        return depth / static_cast<double>(joints.size());
    };
    const auto add = [&](Stroke stroke, double depth, bool outlined = false) {
        limbs.push_back({std::move(stroke), depth, outlined || depth > trunkDepth + 1.0, {}});
    };
    for (BodySide side : {BodySide::Left, BodySide::Right}) {
        const SideJoints j = jointsOf(side);
        add(P.stroke({b[j.hip], b[j.knee], b[j.ankle], b[j.toe]}, body::kLegWidth),
            depthOfJoints({j.hip, j.knee, j.ankle}));
        const double arm = depthOfJoints({j.shoulder, j.elbow, j.hand});
        if (frame.pose.arm(side).elbow >= body::kFoldedElbow) {
            // Folded back along its upper arm (a hand on the shoulder), the
            // forearm is drawn over the upper arm with an outline of its
            // own, so that the fold and the hand show.
            add(P.stroke({b[j.shoulder], b[j.elbow]}, body::kArmWidth), arm);
            add(P.stroke({b[j.elbow], b[j.hand]}, body::kArmWidth), arm + 1e-6, true);
        } else {
            add(P.stroke({b[j.shoulder], b[j.elbow], b[j.hand]}, body::kArmWidth), arm);
        }
        if (figure.hands)
            limbs.back().hand = handShape(b, side, P);
    }
    std::stable_sort(limbs.begin(), limbs.end(),
                     [](const Limb& x, const Limb& y) { return x.depth < y.depth; });
    for (Limb& limb : limbs)
        (limb.depth < trunkDepth - 1.0 ? scene.behind : scene.front).push_back(std::move(limb));

    // A mark is drawn where its region can be seen. Seen from behind, the
    // back's regions lie on the body, over the trunk, and the chest cannot
    // be seen: left out (at the body's edges it read as the tops of the
    // shoulders). Seen from the front, the chest's mark lies on the body (a
    // glow round its edge showed as a bulge). Else the mark glows behind the
    // body, round its edge.
    scene.highlightStrength = frame.felt;
    // How squarely the chest faces the viewer (1) or the back does (-1):
    // past this, the region on that side is seen on the body. Front (1) is
    // past it, three-quarter (0.64) and three-quarter-above (0.42) are not;
    // from behind, back (-1) and three-quarter-back (-0.94).
    constexpr double kSquarely = 0.75;
    const double facing = std::sin(radians(yawOf(figure.view)));
    const bool fromBehind = facing < -kSquarely;
    const bool fromFront = facing > kSquarely;
    if (frame.felt > 0)
        for (Region region : figure.highlights) {
            if (fromBehind && region == Region::Chest)
                continue;
            const bool onBody =
                (fromBehind && (region == Region::UpperBack || region == Region::LowerBack)) ||
                (fromFront && region == Region::Chest);
            addRegion(onBody ? scene.highlightsOnBody : scene.highlights, region, b, P);
        }
    if (figure.face)
        addFace(scene, figure.view, b, P);
    if (figure.blades)
        addBlades(scene, frame, P);
    addRoll(scene, frame, P);
    return scene;
}

double bladeGap(double shoulders) {
    const double back = body::kShoulderHalfWidth * std::sin(radians(shoulders));
    return std::max(body::kBladeClosest, body::kBladeGap - body::kBladeSqueeze * back);
}

Bounds sceneBounds(const Figure& figure) {
    Bounds bounds{0, 0, 0, 0};
    bool first = true;
    const auto include = [&](Point2 p, double radius) {
        if (first) {
            bounds = {p.x - radius, p.y - radius, p.x + radius, p.y + radius};
            first = false;
            return;
        }
        bounds.left = std::min(bounds.left, p.x - radius);
        bounds.bottom = std::min(bounds.bottom, p.y - radius);
        bounds.right = std::max(bounds.right, p.x + radius);
        bounds.top = std::max(bounds.top, p.y + radius);
    };
    const auto includeScene = [&](const FigureScene& scene) {
        const auto strokes = [&](const std::vector<Stroke>& list) {
            for (const Stroke& s : list)
                for (const Point2& p : s.points)
                    include(p, s.width / 2);
        };
        strokes(scene.props);
        strokes(scene.straps);
        strokes(scene.highlights);
        strokes(scene.highlightsOnBody);
        for (const auto* limbs : {&scene.behind, &scene.front})
            for (const Limb& limb : *limbs) {
                for (const Point2& p : limb.stroke.points)
                    include(p, limb.stroke.width / 2);
                for (const Point2& p : limb.hand.points)
                    include(p, limb.hand.width / 2);
            }
        strokes(scene.nose);
        strokes(scene.arrows);
        for (const Point2& p : scene.trunk.points)
            include(p, scene.trunk.width / 2);
        include(scene.head, scene.headRadius);
    };
    std::vector<FigureFrame> frames;
    if (figure.poses.empty())
        frames.push_back(sampleFigure(figure, 0));
    for (std::size_t i = 0; i < figure.poses.size(); ++i) {
        frames.push_back(keyFrame(figure, i));
        frames.push_back(keyFrame(figure, i, 1.0));
        const bool last = i + 1 == figure.poses.size();
        if (last && !figure.loop)
            break;
        const KeyPose& next = last ? figure.poses.front() : figure.poses[i + 1];
        // A roll's arrow shows from the move's start, on the body it leaves.
        if (next.roll != Roll::None)
            frames.push_back(between(figure.poses[i], next, 0.0, 0));
        for (double t : {0.25, 0.5, 0.75})
            frames.push_back(between(figure.poses[i], next, t, 0));
    }
    for (const FigureFrame& frame : frames)
        includeScene(buildScene(figure, frame));
    if (pitchOf(figure.view) == 0)
        include({bounds.left, 0}, 2); // the floor
    constexpr double kMargin = 8;
    return {bounds.left - kMargin, bounds.bottom - kMargin, bounds.right + kMargin,
            bounds.top + kMargin};
}

} // namespace limber
