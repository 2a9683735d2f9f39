#include "figure/figureparser.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <utility>

namespace limber {

namespace {

// "a, b or c"
std::string alternatives(const std::vector<std::string_view>& names) {
    std::string text;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            text += i + 1 == names.size() ? " or " : ", ";
        text += names[i];
    }
    return text;
}

// Optimal string alignment distance: "nekc" -> "neck" is 1.
int editDistance(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
    for (std::size_t i = 0; i <= n; ++i)
        d[i][0] = static_cast<int>(i);
    for (std::size_t j = 0; j <= m; ++j)
        d[0][j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= n; ++i)
        for (std::size_t j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    return d[n][m];
}

std::optional<std::string_view> closest(std::string_view word,
                                        const std::vector<std::string_view>& known) {
    const int limit = word.size() <= 4 ? 1 : 2;
    std::optional<std::string_view> best;
    int bestDistance = limit + 1;
    for (std::string_view candidate : known) {
        const int distance = editDistance(word, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

class Reader {
public:
    Reader(const std::string& file, std::vector<Diagnostic>& out)
        : m_file(file)
        , m_out(out) {}

    void error(const YAML::Node& at, std::string message) {
        add(at, Severity::Error, std::move(message));
        ++m_errors;
    }
    void warning(const YAML::Node& at, std::string message) {
        add(at, Severity::Warning, std::move(message));
    }
    [[nodiscard]] bool hasErrors() const { return m_errors > 0; }

private:
    void add(const YAML::Node& at, Severity severity, std::string message) {
        const YAML::Mark mark = at.Mark();
        const bool known = mark.line >= 0 && mark.column >= 0;
        m_out.push_back({m_file,
                         known ? mark.line + 1 : 0,
                         known ? mark.column + 1 : 0,
                         severity,
                         std::move(message),
                         {},
                         {}});
    }

    const std::string& m_file;
    std::vector<Diagnostic>& m_out;
    int m_errors = 0;
};

// One `key: value`: where to report a problem with the value (the key when
// the value is empty, since yaml-cpp places an empty value at the next token).
struct Entry {
    std::string key;
    YAML::Node keyNode;
    YAML::Node value;
    [[nodiscard]] const YAML::Node& at() const {
        return value.IsNull() || value.Mark().line < 0 ? keyNode : value;
    }
};

// The entries of a map in file order; reports repeated, non-scalar and
// unknown keys.
std::vector<Entry> entries(Reader& reader, const YAML::Node& map,
                           const std::vector<std::string_view>& known) {
    std::vector<Entry> list;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YAML::Node key = it->first;
        if (!key.IsScalar()) {
            reader.error(key, "a key must be a plain name");
            continue;
        }
        const std::string& name = key.Scalar();
        if (std::any_of(list.begin(), list.end(), [&](const Entry& e) { return e.key == name; })) {
            reader.error(key, "repeated key '" + name + "'");
            continue;
        }
        if (std::find(known.begin(), known.end(), name) == known.end()) {
            std::string message = "unknown key '" + name + "'";
            if (const auto suggestion = closest(name, known))
                message += " (did you mean '" + std::string(*suggestion) + "'?)";
            reader.warning(key, message);
            continue;
        }
        list.push_back({name, key, it->second});
    }
    return list;
}

std::optional<double> number(const YAML::Node& node) {
    if (!node.IsScalar() || node.Scalar().empty())
        return std::nullopt;
    const std::string& text = node.Scalar();
    char* end = nullptr;
    errno = 0;
    const double value = std::strtod(text.c_str(), &end);
    if (errno != 0 || end != text.c_str() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// 2, "2s", "1.5s", "800ms": seconds.
std::optional<double> duration(const YAML::Node& node) {
    if (const auto plain = number(node))
        return *plain;
    if (!node.IsScalar())
        return std::nullopt;
    std::string text = node.Scalar();
    double scale = 1;
    if (text.size() > 2 && text.ends_with("ms")) {
        scale = 0.001;
        text.resize(text.size() - 2);
    } else if (text.size() > 1 && text.ends_with('s')) {
        text.resize(text.size() - 1);
    } else {
        return std::nullopt;
    }
    if (text.empty() || text.front() == '+' || text.front() == '-' || text.back() == ' ')
        return std::nullopt;
    const auto value = number(YAML::Node(text));
    if (!value)
        return std::nullopt;
    return *value * scale;
}

std::optional<std::string> word(const YAML::Node& node) {
    if (!node.IsScalar())
        return std::nullopt;
    return node.Scalar();
}

// A name from `known`, else an error "unknown <what> 'x' (expected a, b or c)".
template <typename T, typename Lookup>
std::optional<T> named(Reader& reader, const Entry& entry, std::string_view what,
                       const std::vector<std::string_view>& known, Lookup lookup) {
    const auto text = word(entry.value);
    if (!text) {
        reader.error(entry.at(), "'" + entry.key + "' must be one of " + alternatives(known));
        return std::nullopt;
    }
    if (auto value = lookup(*text))
        return value;
    std::string message = "unknown " + std::string(what) + " '" + *text + "'";
    if (const auto suggestion = closest(*text, known))
        message += " (did you mean '" + std::string(*suggestion) + "'?)";
    else
        message += " (expected " + alternatives(known) + ")";
    reader.error(entry.at(), message);
    return std::nullopt;
}

// `neck: 30` and the like; range-checked. `side` names the limb in messages.
bool readAngle(Reader& reader, const Entry& entry, Angle angle, std::optional<BodySide> side,
               double& target) {
    const auto value = number(entry.value);
    if (!value) {
        reader.error(entry.at(), "'" + entry.key + "' must be a number of degrees");
        return false;
    }
    if (std::string problem = checkAngle(angle, *value, side); !problem.empty()) {
        reader.error(entry.at(), problem);
        return false;
    }
    target = *value;
    return true;
}

// How a limb is written: its angle keys (in the order of `angles`), the
// angle each names and the field it sets, its presets, and where it sits in
// a pose.
template <typename Limb> struct LimbSyntax {
    std::string_view what; // "arm position"
    std::vector<std::string_view> keys;
    std::vector<std::pair<Angle, double Limb::*>> angles;
    const std::vector<std::string_view>& (*presetNames)();
    std::optional<Limb> (*preset)(std::string_view);
    Limb& (*limb)(Pose&, BodySide);
};

const LimbSyntax<ArmAngles> kArms{"arm position",
                                  {"raise", "spread", "elbow", "rotation", "wrist", "palm"},
                                  {{Angle::Raise, &ArmAngles::raise},
                                   {Angle::Spread, &ArmAngles::spread},
                                   {Angle::Elbow, &ArmAngles::elbow},
                                   {Angle::Rotation, &ArmAngles::rotation},
                                   {Angle::Wrist, &ArmAngles::wrist},
                                   {Angle::Palm, &ArmAngles::palm}},
                                  armPresetNames,
                                  armPreset,
                                  [](Pose& pose, BodySide side) -> ArmAngles& {
                                      return pose.arm(side);
                                  }};

const LimbSyntax<LegAngles> kLegs{
    "leg position",
    {"hip", "knee", "out"},
    {{Angle::Hip, &LegAngles::hip}, {Angle::Knee, &LegAngles::knee}, {Angle::Out, &LegAngles::out}},
    legPresetNames,
    legPreset,
    [](Pose& pose, BodySide side) -> LegAngles& {
        return pose.leg(side);
    }};

// `palm: up`: a name, not a number of degrees.
bool readPalm(Reader& reader, const Entry& entry, double& target) {
    if (const auto angle =
            named<double>(reader, entry, "palm direction", palmPresetNames(), palmPreset)) {
        target = *angle;
        return true;
    }
    return false;
}

// `arms: forward` or `arms: {raise: 90, elbow: 10}` (likewise legs) onto
// both sides, or only the side of `left-arm:`/`right-leg:`. Sets `detailed`
// when the map names a wrist or a palm (the figure then draws its hands).
template <typename Limb>
void readLimb(Reader& reader, const Entry& entry, const LimbSyntax<Limb>& syntax,
              std::optional<BodySide> only, Pose& pose, bool& detailed) {
    std::vector<BodySide> sides;
    if (only)
        sides.push_back(*only);
    else
        sides = {BodySide::Left, BodySide::Right};
    if (entry.value.IsMap()) {
        for (const Entry& e : entries(reader, entry.value, syntax.keys)) {
            const auto index = static_cast<std::size_t>(std::ranges::find(syntax.keys, e.key) -
                                                        syntax.keys.begin());
            const auto [angle, field] = syntax.angles.at(index);
            double value = 0;
            if (angle == Angle::Wrist || angle == Angle::Palm)
                detailed = true;
            if (angle == Angle::Palm ? !readPalm(reader, e, value)
                                     : !readAngle(reader, e, angle, only, value))
                continue;
            for (BodySide side : sides)
                syntax.limb(pose, side).*field = value;
        }
        return;
    }
    if (const auto preset =
            named<Limb>(reader, entry, syntax.what, syntax.presetNames(), syntax.preset))
        for (BodySide side : sides)
            syntax.limb(pose, side) = *preset;
}

bool readSeconds(Reader& reader, const Entry& entry, double& target) {
    const auto value = duration(entry.value);
    if (!value || *value < 0 || *value > 60) {
        reader.error(entry.at(), "'" + entry.key +
                                     "' must be a duration of at most 60 seconds, like 2s, 1.5s "
                                     "or 800ms");
        return false;
    }
    target = *value;
    return true;
}

const std::vector<std::string_view> kPoseKeys{
    "base",  "arms",  "left-arm",  "right-arm", "legs",  "left-leg",  "right-leg", "trunk",
    "spine", "neck",  "shoulders", "shrug",     "twist", "head-turn", "head-tilt", "chin-tuck",
    "hands", "strap", "felt",      "roll",      "hold",  "move"};

// What a figure's poses ask to be drawn beyond the body (Figure::face,
// Figure::hands).
struct Details {
    bool face = false;
    bool hands = false;
};

// One key pose, starting from `previous` (the pose before, or standing).
KeyPose readPose(Reader& reader, const YAML::Node& node, const KeyPose& previous,
                 Details& details) {
    KeyPose key;
    key.pose = previous.pose;
    key.strapSlack = previous.strapSlack;
    key.felt = previous.felt;
    const auto base = [&](const Entry& entry) {
        if (const auto pose = named<Pose>(reader, entry, "base pose", basePoseNames(), basePose))
            key.pose = *pose;
    };
    if (node.IsScalar()) {
        base({"base", node, node});
        return key;
    }
    if (!node.IsMap()) {
        reader.error(node, "a pose must be a map of pose keys, or the name of a base pose");
        return key;
    }
    const std::vector<Entry> list = entries(reader, node, kPoseKeys);
    // The base first, wherever it is written: the other keys change it.
    for (const Entry& e : list)
        if (e.key == "base")
            base(e);
    for (const Entry& e : list) {
        bool legDetail = false; // legs have no detail keys
        if (e.key == "arms")
            readLimb(reader, e, kArms, std::nullopt, key.pose, details.hands);
        else if (e.key == "left-arm")
            readLimb(reader, e, kArms, BodySide::Left, key.pose, details.hands);
        else if (e.key == "right-arm")
            readLimb(reader, e, kArms, BodySide::Right, key.pose, details.hands);
        else if (e.key == "legs")
            readLimb(reader, e, kLegs, std::nullopt, key.pose, legDetail);
        else if (e.key == "left-leg")
            readLimb(reader, e, kLegs, BodySide::Left, key.pose, legDetail);
        else if (e.key == "right-leg")
            readLimb(reader, e, kLegs, BodySide::Right, key.pose, legDetail);
        else if (e.key == "trunk")
            readAngle(reader, e, Angle::Trunk, std::nullopt, key.pose.trunk);
        else if (e.key == "spine")
            readAngle(reader, e, Angle::Spine, std::nullopt, key.pose.spine);
        else if (e.key == "neck")
            readAngle(reader, e, Angle::Neck, std::nullopt, key.pose.neck);
        else if (e.key == "shoulders")
            readAngle(reader, e, Angle::Shoulders, std::nullopt, key.pose.shoulders);
        else if (e.key == "shrug")
            readAngle(reader, e, Angle::Shrug, std::nullopt, key.pose.shrug);
        else if (e.key == "twist")
            readAngle(reader, e, Angle::Twist, std::nullopt, key.pose.twist);
        else if (e.key == "head-turn" || e.key == "head-tilt" || e.key == "chin-tuck") {
            details.face = true;
            if (e.key == "head-turn")
                readAngle(reader, e, Angle::HeadTurn, std::nullopt, key.pose.headTurn);
            else if (e.key == "head-tilt")
                readAngle(reader, e, Angle::HeadTilt, std::nullopt, key.pose.headTilt);
            else
                readAngle(reader, e, Angle::ChinTuck, std::nullopt, key.pose.chinTuck);
        } else if (e.key == "hands") {
            const auto text = word(e.value);
            if (text == "wall")
                key.pose.placement = Placement::HandsWall;
            else if (text == "table")
                key.pose.placement = Placement::HandsTable;
            else if (text == "free")
                key.pose.placement = Placement::Feet;
            else
                reader.error(e.at(), "'hands' must be wall, table or free");
        } else if (e.key == "strap") {
            const auto text = word(e.value);
            if (text == "taut" || text == "slack")
                key.strapSlack = text == "slack";
            else
                reader.error(e.at(), "'strap' must be taut or slack");
        } else if (e.key == "felt") {
            const auto text = word(e.value);
            if (text == "true" || text == "yes" || text == "false" || text == "no")
                key.felt = text == "true" || text == "yes";
            else
                reader.error(e.at(), "'felt' must be true or false");
        } else if (e.key == "roll") {
            const auto text = word(e.value);
            if (text == "back" || text == "forward")
                key.roll = text == "back" ? Roll::Back : Roll::Forward;
            else
                reader.error(e.at(), "'roll' must be back or forward");
        } else if (e.key == "hold")
            readSeconds(reader, e, key.hold);
        else if (e.key == "move")
            readSeconds(reader, e, key.move);
    }
    return key;
}

const std::vector<std::string_view> kFigureKeys{"view",    "facing", "props",
                                                "stretch", "loop",   "poses"};

// A single name or a list of names, each looked up.
template <typename T, typename Lookup>
std::vector<T> nameList(Reader& reader, const Entry& entry, std::string_view what,
                        const std::vector<std::string_view>& known, Lookup lookup) {
    std::vector<T> values;
    std::vector<YAML::Node> items;
    if (entry.value.IsSequence())
        for (const YAML::Node& item : entry.value)
            items.push_back(item);
    else
        items.push_back(entry.value);
    for (const YAML::Node& item : items) {
        const Entry one{entry.key, entry.keyNode, item};
        if (const auto value = named<T>(reader, one, what, known, lookup))
            if (std::find(values.begin(), values.end(), *value) == values.end())
                values.push_back(*value);
    }
    return values;
}

} // namespace

namespace {

std::optional<Figure> parse(const YAML::Node& node, const std::string& file,
                            std::vector<Diagnostic>& diagnostics) {
    Reader reader(file, diagnostics);
    if (!node.IsMap()) {
        reader.error(node, "'figure' must be a map with 'poses' and optionally view, facing, "
                           "props, stretch and loop");
        return std::nullopt;
    }
    Figure figure;
    bool sawPoses = false;
    // The poses as written, for warnings that need the view, which may come
    // after them (a Node is never assigned to: yaml-cpp's assignment writes
    // into the document).
    std::optional<YAML::Node> posesNode;
    for (const Entry& e : entries(reader, node, kFigureKeys)) {
        if (e.key == "view") {
            if (const auto view = named<View>(reader, e, "view", viewNames(), viewFromName))
                figure.view = *view;
        } else if (e.key == "facing") {
            const auto text = word(e.value);
            if (text == "right" || text == "left")
                figure.mirrored = text == "left";
            else
                reader.error(e.at(), "'facing' must be right or left");
        } else if (e.key == "props") {
            figure.props = nameList<Prop>(reader, e, "prop", propNames(), propFromName);
        } else if (e.key == "stretch") {
            figure.highlights =
                nameList<Region>(reader, e, "body region", regionNames(), regionFromName);
        } else if (e.key == "loop") {
            const auto text = word(e.value);
            if (text == "true" || text == "yes")
                figure.loop = true;
            else if (text == "false" || text == "no")
                figure.loop = false;
            else
                reader.error(e.at(), "'loop' must be true or false");
        } else if (e.key == "poses") {
            sawPoses = true;
            if (!e.value.IsSequence() || e.value.size() == 0) {
                reader.error(e.at(), "'poses' must be a list of at least one key pose");
                continue;
            }
            if (e.value.size() > kMaxKeyPoses) {
                reader.error(e.at(), "too many key poses: at most " + std::to_string(kMaxKeyPoses) +
                                         " (found " + std::to_string(e.value.size()) + ")");
                continue;
            }
            posesNode.emplace(e.value);
            KeyPose previous;
            previous.pose = *basePose("standing");
            Details details;
            for (const YAML::Node& item : e.value) {
                previous = readPose(reader, item, previous, details);
                figure.poses.push_back(previous);
            }
            figure.face = details.face;
            figure.hands = details.hands;
        }
    }
    figure.blades = figure.view == View::Back;
    // Seen from the front or the back, a roll's round arrow is edge-on: a
    // bar over the shoulder, which reads as a shrug.
    if ((figure.view == View::Front || figure.view == View::Back) && posesNode)
        for (std::size_t i = 0; i < figure.poses.size(); ++i)
            if (figure.poses[i].roll != Roll::None)
                reader.warning(std::as_const(*posesNode)[i]["roll"],
                               "'roll' shows only from the side or three-quarter: "
                               "seen from the front or the back it is a line");
    if (!sawPoses)
        reader.error(node, "missing required key 'poses'");
    if (reader.hasErrors())
        return std::nullopt;
    return figure;
}

} // namespace

std::optional<Figure> parseFigure(const YAML::Node& node, const std::string& file,
                                  std::vector<Diagnostic>& diagnostics) {
    std::vector<Diagnostic> found;
    std::optional<Figure> figure = parse(node, file, found);
    // In file order, as the loader reports.
    std::stable_sort(found.begin(), found.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::pair(a.line, a.column) < std::pair(b.line, b.column);
    });
    diagnostics.insert(diagnostics.end(), found.begin(), found.end());
    return figure;
}

} // namespace limber
