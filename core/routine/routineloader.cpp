#include "routine/routineloader.h"

#include "figure/figureparser.h"
#include "routine/duration.h"
#include "routine/imagecheck.h"
#include "routine/textcheck.h"
#include "routine/yamlreader.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <fstream>
#include <map>
#include <set>
#include <system_error>
#include <yaml-cpp/depthguard.h>

namespace limber {

namespace fs = std::filesystem;

namespace {

constexpr std::uintmax_t kMaxFileBytes = 1024 * 1024;
constexpr int kFormatVersion = 1;
constexpr int kMinCount = 1;
constexpr int kMaxCount = 500;
constexpr Seconds kMaxDuration{3600};
// The bounds of a `pain-rule:`'s numbers: days of pain, points on the 0-10
// scale, check-ins in a row (a run of one would be any check-in at all).
constexpr int kMaxPainDays = 90;
constexpr int kMaxWorseBy = 10;
constexpr int kMinRisingRun = 2;
constexpr int kMaxRisingRun = 10;
// The longest scalar a figure may hold: its values are names ("three-quarter")
// and numbers. The figure parser compares unknown names with every known one
// by edit distance, which a megabyte of text reused through aliases would
// turn into minutes of work.
constexpr std::size_t kMaxFigureWord = 64;

std::string inQuotes(std::string_view text) {
    return "'" + std::string(text) + "'";
}

// FNV-1a, 64 bit, as 16 hex digits: a cheap identity for one version of a file.
std::string contentHash(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    std::string hex(16, '0');
    for (auto it = hex.rbegin(); it != hex.rend(); ++it, hash >>= 4)
        *it = "0123456789abcdef"[hash & 0xF];
    return hex;
}

bool isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
bool isAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool isAlnum(char c) {
    return isAlpha(c) || (c >= '0' && c <= '9');
}

// ^[a-z0-9][a-z0-9-]{0,63}$: "wall-stretch", "2-minute-break"; not
// "Wall", "-x", "a_b" or 65 letters.
bool isValidId(std::string_view id) {
    return !id.empty() && id.size() <= 64 && isLowerAlnum(id.front()) &&
           std::ranges::all_of(id, [](char c) { return isLowerAlnum(c) || c == '-'; });
}

// BCP-47 in outline: a 2-8 letter language, then '-'-separated subtags of
// 1-8 letters or digits: "en", "de-AT", "zh-Hant-TW", "sr-Latn"; not "e",
// "en_US", "en-" or "deutsch!".
bool isLanguageTag(std::string_view tag) {
    std::size_t start = 0;
    bool first = true;
    while (true) {
        const auto end = std::min(tag.find('-', start), tag.size());
        const auto subtag = tag.substr(start, end - start);
        const std::size_t least = first ? 2 : 1;
        if (subtag.size() < least || subtag.size() > 8 ||
            !std::ranges::all_of(subtag, first ? isAlpha : isAlnum))
            return false;
        if (end == tag.size())
            return true;
        start = end + 1;
        first = false;
    }
}

// What a problem with each kind of value says, with examples of the form:
// a code of diagnosticTemplates() and the examples after the key.
struct ValueForm {
    std::string_view code;
    std::vector<std::string> examples;
};

ValueForm durationForm(std::string_view key) {
    if (key == "hold")
        return {"not-duration-or", {"30s", "{min: 30s, max: 1m}"}};
    if (key == "tempo")
        return {"not-duration", {"3s"}};
    return {"not-duration-or", {"30s", "1m30s"}};
}

ValueForm countForm(std::string_view key) {
    if (key == "reps")
        return {"not-count-or", {"12", "{min: 10, max: 15}"}};
    return {"not-count-or", {"5", "{min: 5, max: 6}"}}; // breaths
}

// A problem with `field` in the form `form`: "'hold' must be a duration like 30s or ...".
DiagnosticText wrongForm(const Field& field, const ValueForm& form) {
    std::vector<std::string> args{field.key};
    args.insert(args.end(), form.examples.begin(), form.examples.end());
    return diagnosticText(form.code, std::move(args));
}

// A problem named after the value: `code` for "'title' ...", or "entry-" +
// code for "each entry of 'tags' ...".
DiagnosticText about(const Field& field, std::string_view code) {
    return diagnosticText(field.entry ? "entry-" + std::string(code) : std::string(code),
                          {field.key});
}

// A localizable string as found, for the language consistency check.
struct TextUse {
    std::string key;
    SourcePos pos;
    std::vector<std::string> languages;
};

// Reads one routine from a parsed tree, reporting every problem it finds.
// Each member reads one kind of value; their comments show its forms.
class RoutineReader {
public:
    RoutineReader(YamlReader& yaml, fs::path folder)
        : m_yaml(yaml)
        , m_folder(std::move(folder)) {}

    Routine read(const YAML::Node& root);

private:
    void checkVersion(const YAML::Node& root);
    void readLanguage(const MapReader& top);
    void readTags(const Field& field, Routine& routine);
    std::vector<Source> readSources(const Field& field);
    Source readSource(const Field& field);
    std::vector<Equipment> readEquipmentCatalogue(const Field& field);
    std::vector<SafetyNotice> readSafety(const Field& field);
    std::optional<PainRule> readPainRule(const Field& field, bool hasSource);
    std::vector<Exercise> readExercises(const Field& field);
    Exercise readExercise(const Field& entry, std::map<std::string, int>& ids);
    std::vector<std::string> readExerciseTags(const Field& field);
    std::vector<std::string> readExerciseEquipment(const Field& field);
    std::vector<Side> readSides(const Field& field);
    std::vector<StepBlock> readBlocks(const Field& field, bool& hasImage);
    StepBlock readBlock(const Field& entry, bool& hasImage);
    std::optional<Step> readStep(const Field& entry, bool insideRepeat);
    StepAction readAction(const MapReader& step);
    std::optional<Repeat> readRepeat(const Field& field);

    std::optional<std::string> readText(const Field& field);
    std::optional<bool> readBool(const Field& field);
    std::optional<LocalizedText> readLocalized(const Field& field);
    std::string readId(const Field& field, std::map<std::string, int>& seen, std::string_view what);
    std::string readImage(const Field& field);
    std::optional<Figure> readFigure(const Field& field);
    std::optional<std::vector<Field>> readList(const Field& field, bool nonEmpty);
    bool expectMap(const Field& field, std::string_view code);
    std::optional<Seconds> readDuration(const Field& field, Seconds least);
    std::optional<int> readCount(const Field& field, const ValueForm& form);
    std::optional<int> readNumber(const Field& field, int least, int most, const ValueForm& form);
    std::optional<Range<Seconds>> readDurationRange(const Field& field);
    std::optional<Range<int>> readCountRange(const Field& field, const ValueForm& form,
                                             std::optional<Seconds>* tempo = nullptr);
    template <typename T, typename ReadOne, typename Format>
    std::optional<Range<T>> readRangeMap(const Field& field, MapReader& map, ReadOne readOne,
                                         Format format);

    void warnMissingLanguages();

    YamlReader& m_yaml;
    fs::path m_folder;
    std::string m_language = "en";
    std::vector<Equipment> m_catalogue;
    std::vector<TextUse> m_texts;
    bool m_figureSeen = false; // a step of the exercise being read has a `figure`
    std::set<std::pair<int, int>> m_longFigureWords; // reported once, however often aliased
};

Routine RoutineReader::read(const YAML::Node& root) {
    if (!root.IsMap()) {
        m_yaml.fail(positionOf(root), diagnosticText("top-not-map", {}));
    }
    checkVersion(root);
    MapReader top(m_yaml, root,
                  {"limber", "id", "title", "summary", "language", "tags", "source", "equipment",
                   "safety", "pain-rule", "exercises"});
    Routine routine;
    top.require("limber");
    readLanguage(top);
    routine.language = m_language;
    std::map<std::string, int> routineIds;
    if (const auto* id = top.require("id"))
        routine.id = readId(*id, routineIds, "routine");
    if (const auto* title = top.require("title"))
        routine.title = readLocalized(*title).value_or(LocalizedText{});
    if (const auto* summary = top.find("summary"))
        routine.summary = readLocalized(*summary).value_or(LocalizedText{});
    if (const auto* tags = top.find("tags"))
        readTags(*tags, routine);
    if (const auto* source = top.find("source"))
        routine.sources = readSources(*source);
    if (const auto* equipment = top.find("equipment"))
        m_catalogue = routine.equipment = readEquipmentCatalogue(*equipment);
    if (const auto* safety = top.find("safety"))
        routine.safety = readSafety(*safety);
    if (const auto* painRule = top.find("pain-rule"))
        routine.painRule = readPainRule(*painRule, top.find("source") != nullptr);
    if (const auto* exercises = top.require("exercises"))
        routine.exercises = readExercises(*exercises);
    warnMissingLanguages();
    return routine;
}

// `limber: 1`. A file of another version is not read further: its keys would
// only produce noise. `limber: 2` -> "unsupported format version 2; ...".
void RoutineReader::checkVersion(const YAML::Node& root) {
    for (auto it = root.begin(); it != root.end(); ++it) {
        m_yaml.visit();
        if (!it->first.IsScalar() || it->first.Scalar() != "limber")
            continue;
        const YAML::Node value = it->second;
        const SourcePos pos = value.IsNull() ? positionOf(it->first) : positionOf(value);
        const auto version = value.IsScalar() ? parseWholeNumber(value.Scalar()) : std::nullopt;
        if (!version) {
            m_yaml.error(pos, diagnosticText("version-not-number", {}));
        } else if (*version != kFormatVersion) {
            m_yaml.fail(pos, diagnosticText("version-unsupported", {value.Scalar()}));
        }
        return;
    }
}

// `language: de-AT`: the language of plain strings; default en.
void RoutineReader::readLanguage(const MapReader& top) {
    const auto* field = top.find("language");
    if (!field)
        return;
    const auto tag = readText(*field);
    if (tag && isLanguageTag(*tag))
        m_language = *tag;
    else if (tag)
        m_yaml.error(field->pos, diagnosticText("bad-language", {}));
}

// `tags: [upper-back, desk]`
void RoutineReader::readTags(const Field& field, Routine& routine) {
    const auto entries = readList(field, false);
    for (const auto& entry : entries.value_or(std::vector<Field>{})) {
        if (auto tag = readText(entry))
            routine.tags.push_back(std::move(*tag));
    }
}

// source: {title: Where the facts come from, url: https://example.org/a}
// source:                        (several pages, in the order they are shown)
//   - {title: The exercises, url: https://example.org/a}
//   - {title: When to stop, url: https://example.org/b}
std::vector<Source> RoutineReader::readSources(const Field& field) {
    if (!field.value.IsSequence())
        return {readSource(field)};
    std::vector<Source> sources;
    for (const auto& entry : readList(field, true).value_or(std::vector<Field>{}))
        sources.push_back(readSource(entry));
    return sources;
}

// One page: `{title: ..., url: ...}`. Both optional; the url must be a web
// address (the app opens it).
Source RoutineReader::readSource(const Field& field) {
    Source source;
    if (!expectMap(field, "source-not-map"))
        return source;
    MapReader map(m_yaml, field.value, {"title", "url"});
    if (const auto* title = map.find("title"))
        source.title = readLocalized(*title).value_or(LocalizedText{});
    if (const auto* url = map.find("url")) {
        auto text = readText(*url).value_or("");
        if (!text.starts_with("https://") && !text.starts_with("http://"))
            m_yaml.error(url->pos, diagnosticText("bad-url", {}));
        source.url = std::move(text);
    }
    return source;
}

// equipment:
//   - id: strap
//     name: {en: Yoga strap, de: Yogagurt}
//     substitutes: [A belt, A towel]
std::vector<Equipment> RoutineReader::readEquipmentCatalogue(const Field& field) {
    std::vector<Equipment> catalogue;
    std::map<std::string, int> ids;
    for (const auto& entry : readList(field, false).value_or(std::vector<Field>{})) {
        if (!expectMap(entry, "equipment-not-map"))
            continue;
        MapReader map(m_yaml, entry.value, {"id", "name", "substitutes"});
        Equipment item;
        if (const auto* id = map.require("id"))
            item.id = readId(*id, ids, "equipment");
        if (const auto* name = map.require("name"))
            item.name = readLocalized(*name).value_or(LocalizedText{});
        if (const auto* substitutes = map.find("substitutes")) {
            for (const auto& sub : readList(*substitutes, false).value_or(std::vector<Field>{})) {
                if (auto text = readLocalized(sub))
                    item.substitutes.push_back(std::move(*text));
            }
        }
        catalogue.push_back(std::move(item));
    }
    return catalogue;
}

// safety:
//   - level: caution            # info | caution | warning
//     text: Keep your neck straight.
std::vector<SafetyNotice> RoutineReader::readSafety(const Field& field) {
    std::vector<SafetyNotice> notices;
    for (const auto& entry : readList(field, false).value_or(std::vector<Field>{})) {
        if (!expectMap(entry, "safety-not-map"))
            continue;
        MapReader map(m_yaml, entry.value, {"level", "text"});
        SafetyNotice notice;
        notice.pos = map.pos();
        if (const auto* level = map.require("level")) {
            static constexpr std::array<std::pair<std::string_view, SafetyLevel>, 3> levels{{
                {"info", SafetyLevel::Info},
                {"caution", SafetyLevel::Caution},
                {"warning", SafetyLevel::Warning},
            }};
            const auto text = readText(*level);
            const auto it = std::ranges::find(levels, text.value_or(""),
                                              &std::pair<std::string_view, SafetyLevel>::first);
            if (it != levels.end())
                notice.level = it->second;
            else if (text)
                m_yaml.error(level->pos, diagnosticText("bad-level", {}));
        }
        if (const auto* text = map.require("text"))
            notice.text = readLocalized(*text).value_or(LocalizedText{});
        notices.push_back(std::move(notice));
    }
    return notices;
}

// pain-rule:                # when to advise seeing a doctor (docs/pain-rule.md)
//   after-injury: true      # ask whether the pain began right after an injury
//   max-pain-days: 3        # pain on days spanning more than 3 days
//   worse-by: 2             # the latest rating 2 or more above the first
//   rising-run: 3           # three check-ins in a row, each higher
// Each key is optional, but at least one must be there. The numbers come
// from the routine's source, so a rule without a `source:` is warned about.
//   pain-rule: {}          -> "'pain-rule' must set at least one of ..."
//   worse-by: 11           -> "'worse-by' must be between 1 and 10"
std::optional<PainRule> RoutineReader::readPainRule(const Field& field, bool hasSource) {
    if (!expectMap(field, "pain-rule-not-map"))
        return std::nullopt;
    MapReader map(m_yaml, field.value, {"after-injury", "max-pain-days", "worse-by", "rising-run"});
    const auto* afterInjury = map.find("after-injury");
    const auto* maxPainDays = map.find("max-pain-days");
    const auto* worseBy = map.find("worse-by");
    const auto* risingRun = map.find("rising-run");
    if (!afterInjury && !maxPainDays && !worseBy && !risingRun) {
        m_yaml.error(field.pos, diagnosticText("pain-rule-empty", {}));
        return std::nullopt;
    }
    if (!hasSource) {
        m_yaml.warning(field.keyPos, diagnosticText("pain-rule-no-source", {}));
    }
    PainRule rule;
    bool ok = true;
    if (afterInjury) {
        const auto value = readBool(*afterInjury);
        rule.afterInjury = value.value_or(false);
        ok = value.has_value();
    }
    const auto number = [&](const Field* part, int least, int most, const ValueForm& form,
                            std::optional<int>& into) {
        if (!part)
            return;
        into = readNumber(*part, least, most, form);
        ok = ok && into.has_value();
    };
    number(maxPainDays, 1, kMaxPainDays, {"not-days", {"3"}}, rule.maxPainDays);
    number(worseBy, 1, kMaxWorseBy, {"not-points", {"2"}}, rule.worseBy);
    number(risingRun, kMinRisingRun, kMaxRisingRun, {"not-check-ins", {"3"}}, rule.risingRun);
    if (!ok)
        return std::nullopt;
    return rule;
}

// exercises: a non-empty list of exercises with ids unique in the routine.
std::vector<Exercise> RoutineReader::readExercises(const Field& field) {
    std::vector<Exercise> exercises;
    std::map<std::string, int> ids;
    for (const auto& entry : readList(field, true).value_or(std::vector<Field>{})) {
        if (expectMap(entry, "exercise-not-map"))
            exercises.push_back(readExercise(entry, ids));
    }
    return exercises;
}

// - id: seated-stretch
//   title: Seated stretch
//   tags: [upper-back, chair]
//   equipment: [chair]
//   image: images/seated.png
//   safety: [...]
//   steps: [...]
//   sides: [left, right]
//   rest: 15s
Exercise RoutineReader::readExercise(const Field& entry, std::map<std::string, int>& ids) {
    MapReader map(m_yaml, entry.value,
                  {"id", "title", "tags", "equipment", "image", "figure", "safety", "steps",
                   "sides", "rest"});
    Exercise exercise;
    exercise.pos = map.pos();
    if (const auto* id = map.require("id"))
        exercise.id = readId(*id, ids, "exercise");
    if (const auto* title = map.require("title"))
        exercise.title = readLocalized(*title).value_or(LocalizedText{});
    if (const auto* tags = map.find("tags"))
        exercise.tags = readExerciseTags(*tags);
    if (const auto* equipment = map.find("equipment"))
        exercise.equipment = readExerciseEquipment(*equipment);
    bool hasImage = false;
    if (const auto* image = map.find("image")) {
        exercise.image = readImage(*image);
        hasImage = true;
    }
    if (const auto* figure = map.find("figure")) {
        exercise.figure = readFigure(*figure);
        hasImage = true;
    }
    if (const auto* safety = map.find("safety"))
        exercise.safety = readSafety(*safety);
    m_figureSeen = false;
    if (const auto* steps = map.require("steps"))
        exercise.blocks = readBlocks(*steps, hasImage);
    hasImage = hasImage || m_figureSeen; // a step's figure is a picture too
    if (const auto* sides = map.find("sides"))
        exercise.sides = readSides(*sides);
    if (const auto* rest = map.find("rest"))
        exercise.rest = readDuration(*rest, Seconds{0});
    if (!hasImage) {
        m_yaml.warning(exercise.pos, exercise.id.empty()
                                         ? diagnosticText("no-image-unnamed", {})
                                         : diagnosticText("no-image", {exercise.id}));
    }
    return exercise;
}

// `tags: [neck, chair]`: words written like ids, each once.
//   tags: [Neck]         -> "tag 'Neck' may only use a-z, 0-9 and '-' ..." (error)
//   tags: [neck, neck]   -> "tag 'neck' is listed twice" (warning)
std::vector<std::string> RoutineReader::readExerciseTags(const Field& field) {
    std::vector<std::string> tags;
    for (const auto& entry : readList(field, false).value_or(std::vector<Field>{})) {
        auto tag = readText(entry);
        if (!tag)
            continue;
        if (!isValidId(*tag))
            m_yaml.error(entry.pos, diagnosticText("bad-tag", {*tag}));
        else if (std::ranges::find(tags, *tag) != tags.end())
            m_yaml.warning(entry.pos, diagnosticText("tag-twice", {*tag}));
        else
            tags.push_back(std::move(*tag));
    }
    return tags;
}

// `equipment: [strap, wall]`: ids from the routine's catalogue or built-ins.
std::vector<std::string> RoutineReader::readExerciseEquipment(const Field& field) {
    std::vector<std::string> ids;
    for (const auto& entry : readList(field, false).value_or(std::vector<Field>{})) {
        auto id = readText(entry);
        if (!id)
            continue;
        const bool declared =
            std::ranges::find(m_catalogue, *id, &Equipment::id) != m_catalogue.end();
        const auto& builtIns = builtInEquipmentIds();
        if (!declared && std::ranges::find(builtIns, *id) == builtIns.end()) {
            m_yaml.error(entry.pos, diagnosticText("unknown-equipment", {*id}));
        }
        ids.push_back(std::move(*id));
    }
    return ids;
}

// `sides: [left, right]`, `sides: [right]`: each side at most once.
std::vector<Side> RoutineReader::readSides(const Field& field) {
    std::vector<Side> sides;
    if (!field.value.IsSequence() || field.value.size() == 0) {
        m_yaml.error(field.pos, diagnosticText("sides-not-list", {}));
        return sides;
    }
    for (const auto& entry : listEntries(m_yaml, field)) {
        const auto name = readText(entry);
        if (!name)
            continue;
        if (*name != "left" && *name != "right") {
            m_yaml.error(entry.pos, diagnosticText("not-a-side", {*name}));
            continue;
        }
        const Side side = *name == "left" ? Side::Left : Side::Right;
        if (std::ranges::find(sides, side) != sides.end())
            m_yaml.error(entry.pos, diagnosticText("side-twice", {*name}));
        else
            sides.push_back(side);
    }
    return sides;
}

// An exercise's `steps:`: each entry a single step or a repeat block.
std::vector<StepBlock> RoutineReader::readBlocks(const Field& field, bool& hasImage) {
    std::vector<StepBlock> blocks;
    for (const auto& entry : readList(field, true).value_or(std::vector<Field>{}))
        blocks.push_back(readBlock(entry, hasImage));
    return blocks;
}

// A map with a `repeat` or `steps` key is a repeat block (missing either is
// then reported), anything else a single step.
bool isRepeatBlock(YamlReader& yaml, const YAML::Node& node) {
    if (!node.IsMap())
        return false;
    for (auto it = node.begin(); it != node.end(); ++it) {
        yaml.visit();
        if (it->first.IsScalar() &&
            (it->first.Scalar() == "repeat" || it->first.Scalar() == "steps"))
            return true;
    }
    return false;
}

// A single step becomes a block of one step without a repeat:
//   - text: Sit tall.
// A repeat block runs its steps as one cycle, N times; blocks do not nest:
//   - repeat: {min: 10, max: 15}
//     steps:
//       - text: Elbows together.
//         breaths: 5
StepBlock RoutineReader::readBlock(const Field& entry, bool& hasImage) {
    StepBlock block;
    block.pos = entry.pos;
    if (!isRepeatBlock(m_yaml, entry.value)) {
        if (auto step = readStep(entry, false)) {
            hasImage = hasImage || !step->image.empty();
            block.steps.push_back(std::move(*step));
        }
        return block;
    }
    MapReader map(m_yaml, entry.value, {"repeat", "steps"});
    if (const auto* repeat = map.require("repeat"))
        block.repeat = readRepeat(*repeat);
    if (const auto* steps = map.require("steps")) {
        for (const auto& inner : readList(*steps, true).value_or(std::vector<Field>{})) {
            if (auto step = readStep(inner, true)) {
                hasImage = hasImage || !step->image.empty();
                block.steps.push_back(std::move(*step));
            }
        }
    }
    return block;
}

// - text: Bring your elbows together.   # required, localizable
//   say: Elbows together.              # narration; default: text
//   image: images/elbows.png
//   figure: {poses: [seated]}          # a drawn figure (figureparser.h)
//   mirror: true                        # the picture flipped left to right
//   hold: 30s                           # or breaths: 5, or reps: 12; at most one
std::optional<Step> RoutineReader::readStep(const Field& entry, bool insideRepeat) {
    if (!expectMap(entry, "step-not-map"))
        return std::nullopt;
    if (insideRepeat && isRepeatBlock(m_yaml, entry.value)) {
        m_yaml.error(entry.pos, diagnosticText("nested-repeat", {}));
        return std::nullopt;
    }
    MapReader map(m_yaml, entry.value,
                  {"text", "say", "image", "figure", "mirror", "hold", "breaths", "reps"});
    Step step;
    step.pos = map.pos();
    if (const auto* text = map.require("text"))
        step.text = readLocalized(*text).value_or(LocalizedText{});
    if (const auto* say = map.find("say"))
        step.say = readLocalized(*say);
    if (const auto* image = map.find("image"))
        step.image = readImage(*image);
    if (const auto* figure = map.find("figure")) {
        step.figure = readFigure(*figure);
        m_figureSeen = true;
    }
    if (const auto* mirror = map.find("mirror"))
        step.mirror = readBool(*mirror).value_or(false);
    step.action = readAction(map);
    return step;
}

// hold: 30s | {min: 30s, max: 1m[, default: 45s]}
// breaths: 5 | {min: 5, max: 6[, default: 5]}
// reps: 12 | {min: 10, max: 15[, default: 12][, tempo: 3s]}
// Any action after the first in the file is an error at its key.
StepAction RoutineReader::readAction(const MapReader& step) {
    std::vector<const Field*> actions;
    for (const std::string_view key : {"hold", "breaths", "reps"}) {
        if (const Field* field = step.find(key))
            actions.push_back(field);
    }
    if (actions.empty())
        return {};
    std::ranges::sort(actions, {}, [](const Field* field) {
        return std::pair(field->keyPos.line, field->keyPos.column);
    });
    for (std::size_t i = 1; i < actions.size(); ++i)
        m_yaml.error(actions[i]->keyPos, diagnosticText("several-actions", {}));

    const Field& action = *actions.front();
    if (action.key == "hold") {
        if (auto range = readDurationRange(action))
            return HoldAction{*range};
    } else if (action.key == "breaths") {
        if (auto range = readCountRange(action, countForm("breaths")))
            return BreathsAction{*range};
    } else {
        std::optional<Seconds> tempo;
        if (auto range = readCountRange(action, countForm("reps"), &tempo))
            return RepsAction{*range, tempo};
    }
    return {};
}

// repeat: 3 | {min: 10, max: 15[, default: 12]} | as-needed
std::optional<Repeat> RoutineReader::readRepeat(const Field& field) {
    if (field.value.IsScalar() && field.value.Scalar() == "as-needed")
        return Repeat{Repeat::Kind::AsNeeded, {}};
    const auto range =
        readCountRange(field, {"not-repeat-count", {"3", "{min: 10, max: 15}", "as-needed"}});
    if (!range)
        return std::nullopt;
    return Repeat{Repeat::Kind::Count, *range};
}

// A scalar: `id: wall` -> "wall". Lists, maps and empty values are refused.
std::optional<std::string> RoutineReader::readText(const Field& field) {
    if (field.value.IsNull() || (field.value.IsScalar() && field.value.Scalar().empty())) {
        m_yaml.error(field.pos, about(field, "empty"));
        return std::nullopt;
    }
    if (!field.value.IsScalar()) {
        m_yaml.error(field.pos,
                     about(field, field.value.IsMap() ? "text-not-map" : "text-not-list"));
        return std::nullopt;
    }
    return field.value.Scalar();
}

// `after-injury: true`, `mirror: false`: true or false, nothing else.
std::optional<bool> RoutineReader::readBool(const Field& field) {
    if (field.value.IsScalar() &&
        (field.value.Scalar() == "true" || field.value.Scalar() == "false"))
        return field.value.Scalar() == "true";
    m_yaml.error(field.pos, diagnosticText("not-true-or-false", {field.key}));
    return std::nullopt;
}

// title: Wall stretch                          (in the routine's `language`)
// title: {en: Wall stretch, de: Wanddehnung}   (language tag -> text)
std::optional<LocalizedText> RoutineReader::readLocalized(const Field& field) {
    const auto& node = field.value;
    if (node.IsNull() || node.IsScalar()) {
        if (node.IsNull() || node.Scalar().empty()) {
            m_yaml.error(field.pos, about(field, "empty"));
            return std::nullopt;
        }
        m_texts.push_back({field.key, field.pos, {m_language}});
        return LocalizedText(m_language, node.Scalar());
    }
    if (!node.IsMap() || node.size() == 0) {
        m_yaml.error(field.pos, about(field, "not-localized"));
        return std::nullopt;
    }
    std::vector<LocalizedText::Entry> entries;
    bool ok = true;
    for (auto it = node.begin(); it != node.end(); ++it) {
        m_yaml.visit();
        const YAML::Node tag = it->first;
        const YAML::Node text = it->second;
        const SourcePos tagPos = positionOf(tag);
        if (!tag.IsScalar() || !isLanguageTag(tag.Scalar())) {
            m_yaml.error(tagPos, tag.IsScalar() ? diagnosticText("bad-language-tag", {tag.Scalar()})
                                                : diagnosticText("language-tag-not-text", {}));
            ok = false;
        } else if (std::ranges::find(entries, tag.Scalar(), &LocalizedText::Entry::first) !=
                   entries.end()) {
            m_yaml.error(tagPos, diagnosticText("language-twice", {tag.Scalar(), field.key}));
            ok = false;
        } else if (!text.IsScalar() || text.Scalar().empty()) {
            m_yaml.error(text.IsNull() ? tagPos : positionOf(text),
                         diagnosticText("language-not-text", {field.key, tag.Scalar()}));
            ok = false;
        } else {
            entries.emplace_back(tag.Scalar(), text.Scalar());
        }
    }
    if (!ok)
        return std::nullopt;
    TextUse use{field.key, field.pos, {}};
    for (const auto& entry : entries)
        use.languages.push_back(entry.first);
    m_texts.push_back(std::move(use));
    return LocalizedText(std::move(entries), m_language);
}

// `id: wall-stretch`, unique among the ids `seen` (id -> line).
std::string RoutineReader::readId(const Field& field, std::map<std::string, int>& seen,
                                  std::string_view what) {
    auto id = readText(field).value_or("");
    if (id.empty())
        return id;
    if (!isValidId(id)) {
        m_yaml.error(field.pos, diagnosticText("bad-" + std::string(what) + "-id", {id}));
    } else if (const auto first = seen.find(id); first != seen.end()) {
        m_yaml.error(field.pos, diagnosticText(std::string(what) + "-id-twice",
                                               {id, std::to_string(first->second)}));
    } else {
        seen.emplace(id, field.pos.line);
    }
    return id;
}

// `image: images/wall.png`: see checkImage for what is refused.
std::string RoutineReader::readImage(const Field& field) {
    auto path = readText(field);
    if (!path)
        return {};
    if (const auto problem = checkImage(m_folder, *path))
        m_yaml.error(field.pos, *problem);
    return std::move(*path);
}

// figure:                     (the syntax: figureparser.h)
//   props: [wall]
//   poses: [standing, {arms: forward, hands: wall}]
// The figure parser's diagnostics join the routine's, errors failing the
// load as any other. Every node of the figure is charged to the walk's
// budget, so that a figure reused through aliases costs what it expands to.
std::optional<Figure> RoutineReader::readFigure(const Field& field) {
    if (field.value.IsNull()) {
        m_yaml.error(field.pos, diagnosticText("figure-not-map", {}));
        return std::nullopt;
    }
    std::vector<YAML::Node> pending{field.value};
    while (!pending.empty()) {
        const YAML::Node node = pending.back();
        pending.pop_back();
        m_yaml.visit();
        if (node.IsScalar() && node.Scalar().size() > kMaxFigureWord) {
            const SourcePos pos = positionOf(node);
            if (m_longFigureWords.emplace(pos.line, pos.column).second) {
                m_yaml.error(pos, "a figure value is a name or a number, not " +
                                      std::to_string(node.Scalar().size()) + " characters of text");
            }
            return std::nullopt;
        }
        for (auto it = node.begin(); it != node.end(); ++it) {
            if (node.IsMap()) {
                pending.push_back(it->first);
                pending.push_back(it->second);
            } else {
                pending.push_back(*it);
            }
        }
    }
    std::vector<Diagnostic> diagnostics;
    auto figure = parseFigure(field.value, {}, diagnostics);
    for (auto& diagnostic : diagnostics) {
        const SourcePos pos{diagnostic.line, diagnostic.column};
        if (diagnostic.severity == Severity::Error)
            m_yaml.error(pos, std::move(diagnostic.message));
        else
            m_yaml.warning(pos, std::move(diagnostic.message));
    }
    return figure;
}

// `steps: [...]`: a list, with at least one entry when `nonEmpty`.
std::optional<std::vector<Field>> RoutineReader::readList(const Field& field, bool nonEmpty) {
    if (!field.value.IsSequence()) {
        m_yaml.error(field.pos, diagnosticText("not-list", {field.key}));
        return std::nullopt;
    }
    if (nonEmpty && field.value.size() == 0) {
        m_yaml.error(field.pos, diagnosticText("empty", {field.key}));
        return std::nullopt;
    }
    return listEntries(m_yaml, field);
}

bool RoutineReader::expectMap(const Field& field, std::string_view code) {
    if (field.value.IsMap())
        return true;
    m_yaml.error(field.pos, diagnosticText(code, {}));
    return false;
}

// `rest: 15s`, `hold: 1m30s`, `tempo: 3`: between `least` and one hour.
std::optional<Seconds> RoutineReader::readDuration(const Field& field, Seconds least) {
    const auto duration =
        field.value.IsScalar() ? parseDuration(field.value.Scalar()) : std::nullopt;
    if (!duration) {
        m_yaml.error(field.pos, wrongForm(field, durationForm(field.key)));
        return std::nullopt;
    }
    if (*duration < least || *duration > kMaxDuration) {
        m_yaml.error(field.pos, diagnosticText("out-of-range", {field.key, formatDuration(least),
                                                                formatDuration(kMaxDuration)}));
        return std::nullopt;
    }
    return duration;
}

// `reps: 12`, `min: 10`: a whole number from 1 to 500.
std::optional<int> RoutineReader::readCount(const Field& field, const ValueForm& form) {
    return readNumber(field, kMinCount, kMaxCount, form);
}

// A whole number from `least` to `most`:
//   reps: 1.5   -> "'reps' must be a whole number like 12 or {min: 10, max: 15}" (form)
//   reps: 501   -> "'reps' must be between 1 and 500"
std::optional<int> RoutineReader::readNumber(const Field& field, int least, int most,
                                             const ValueForm& form) {
    const auto number =
        field.value.IsScalar() ? parseWholeNumber(field.value.Scalar()) : std::nullopt;
    if (!number) {
        m_yaml.error(field.pos, wrongForm(field, form));
        return std::nullopt;
    }
    if (*number < least || *number > most) {
        m_yaml.error(field.pos, diagnosticText("out-of-range", {field.key, std::to_string(least),
                                                                std::to_string(most)}));
        return std::nullopt;
    }
    return static_cast<int>(*number);
}

// hold: 30s | {min: 30s, max: 1m[, default: 45s]}; each between 1s and 1h.
std::optional<Range<Seconds>> RoutineReader::readDurationRange(const Field& field) {
    if (!field.value.IsMap()) {
        const auto duration = readDuration(field, Seconds{1});
        return duration ? std::optional(Range<Seconds>::fixed(*duration)) : std::nullopt;
    }
    MapReader map(m_yaml, field.value, {"min", "max", "default"});
    return readRangeMap<Seconds>(
        field, map, [&](const Field& part) { return readDuration(part, Seconds{1}); },
        formatDuration);
}

// breaths/reps/repeat: 5 | {min: 5, max: 6[, default: 5]}; reps may add a
// `tempo` (into `tempo`), a duration of at least 1s.
std::optional<Range<int>> RoutineReader::readCountRange(const Field& field, const ValueForm& form,
                                                        std::optional<Seconds>* tempo) {
    if (!field.value.IsMap()) {
        const auto count = readCount(field, form);
        return count ? std::optional(Range<int>::fixed(*count)) : std::nullopt;
    }
    MapReader map(m_yaml, field.value,
                  tempo ? std::initializer_list<std::string_view>{"min", "max", "default", "tempo"}
                        : std::initializer_list<std::string_view>{"min", "max", "default"});
    if (const auto* tempoField = tempo ? map.find("tempo") : nullptr)
        *tempo = readDuration(*tempoField, Seconds{1});
    return readRangeMap<int>(
        field, map,
        [&](const Field& part) {
            return readCount(part, {"not-count", {"10"}});
        },
        [](int n) { return std::to_string(n); });
}

// {min, max[, default]}: min <= max, default within; default = min when absent.
//   {min: 1m, max: 30s}              -> "'hold' min (1m) must not be greater than max (30s)"
//   {min: 30s, max: 1m, default: 2m} -> "'hold' default (2m) must be between min (30s) and max
//   (1m)"
template <typename T, typename ReadOne, typename Format>
std::optional<Range<T>> RoutineReader::readRangeMap(const Field& field, MapReader& map,
                                                    ReadOne readOne, Format format) {
    const Field* minField = map.require("min");
    const Field* maxField = map.require("max");
    const Field* defaultField = map.find("default");
    const auto min = minField ? readOne(*minField) : std::nullopt;
    const auto max = maxField ? readOne(*maxField) : std::nullopt;
    const auto initial = defaultField ? readOne(*defaultField) : std::nullopt;
    if (!min || !max || (defaultField && !initial))
        return std::nullopt;
    if (*min > *max) {
        m_yaml.error(map.pos(),
                     diagnosticText("min-over-max", {field.key, format(*min), format(*max)}));
        return std::nullopt;
    }
    if (initial && (*initial < *min || *initial > *max)) {
        m_yaml.error(defaultField->pos,
                     diagnosticText("default-outside",
                                    {field.key, format(*initial), format(*min), format(*max)}));
        return std::nullopt;
    }
    return Range<T>{*min, *max, initial.value_or(*min)};
}

// When any text of the routine has a 'de' version, every text should:
//   title: {en: Wall stretch, de: Wanddehnung}
//   summary: Three stretches.   -> "'summary' is missing language 'de' (...)"
void RoutineReader::warnMissingLanguages() {
    std::vector<std::string> all;
    for (const auto& use : m_texts) {
        for (const auto& language : use.languages) {
            if (std::ranges::find(all, language) == all.end())
                all.push_back(language);
        }
    }
    for (const auto& use : m_texts) {
        std::vector<std::string> missing;
        for (const auto& language : all) {
            if (std::ranges::find(use.languages, language) == use.languages.end())
                missing.push_back(inQuotes(language));
        }
        if (missing.empty())
            continue;
        std::string list = missing.front();
        for (std::size_t i = 1; i < missing.size(); ++i)
            list += ", " + missing[i];
        m_yaml.warning(use.pos,
                       diagnosticText(missing.size() > 1 ? "missing-languages" : "missing-language",
                                      {use.key, list}));
    }
}

// The checks before YAML: size, emptiness, encoding, a second document.
void screenText(const YamlReader& yaml, std::string_view text) {
    if (text.size() > kMaxFileBytes)
        yaml.fail({}, diagnosticText("file-too-large", {}));
    if (text.empty())
        yaml.fail({}, diagnosticText("file-empty", {}));
    if (auto problem = findEncodingProblem(text))
        yaml.fail({problem->line, problem->column}, std::move(problem->message));
    if (auto problem = findSecondDocument(text))
        yaml.fail({problem->line, problem->column}, std::move(problem->message));
}

// YAML::Load, never LoadAll (which can run out of memory on ","). Load(",")
// returns a Null node: the caller still checks the shape.
YAML::Node parseYaml(const YamlReader& yaml, std::string_view text) {
    try {
        YAML::Node root = YAML::Load(std::string(text));
        if (root.IsNull() && positionOf(root).line == 0)
            yaml.fail({}, diagnosticText("file-empty", {})); // only blanks and comments
        return root;
    } catch (const YAML::DeepRecursion& e) {
        yaml.fail({e.mark.line + 1, e.mark.column + 1},
                  diagnosticText("too-deep", {std::to_string(kMaxNesting)}));
    } catch (const YAML::Exception& e) {
        const SourcePos pos =
            e.mark.is_null() ? SourcePos{} : SourcePos{e.mark.line + 1, e.mark.column + 1};
        yaml.fail(pos, diagnosticText("not-yaml", {e.msg}));
    }
}

} // namespace

bool LoadResult::hasErrors() const {
    return std::ranges::any_of(diagnostics,
                               [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

LoadResult loadRoutineText(std::string_view text, const fs::path& file) {
    LoadResult result;
    YamlReader yaml(file.string());
    try {
        screenText(yaml, text);
        const YAML::Node root = parseYaml(yaml, text);
        checkTreeShape(root, file.string());
        result.routine = RoutineReader(yaml, file.parent_path()).read(root);
        result.routine->file = file;
        result.routine->contentHash = contentHash(text);
    } catch (const FatalProblem& problem) {
        yaml.add(problem.diagnostic);
    } catch (const YAML::Exception& e) {
        yaml.error({}, "cannot read the routine: " + e.msg);
    } catch (const std::exception& e) {
        yaml.error({}, std::string("cannot read the routine: ") + e.what());
    }
    if (yaml.hasErrors())
        result.routine.reset();
    result.diagnostics = yaml.takeDiagnostics();
    return result;
}

// Checks the size before reading, and never reads more than 1 MiB + 1 byte,
// so that a huge or growing file (or a FIFO) costs nothing.
LoadResult loadRoutineFile(const fs::path& file) {
    const auto failure = [&](DiagnosticText text) {
        return LoadResult{std::nullopt,
                          {{file.string(), 0, 0, Severity::Error, std::move(text.english),
                            std::move(text.code), std::move(text.args)}}};
    };
    std::error_code ec;
    if (!fs::is_regular_file(file, ec))
        return failure(ec ? diagnosticText("file-unreadable-because", {ec.message()})
                          : diagnosticText("file-not-regular", {}));
    const auto size = fs::file_size(file, ec);
    if (ec)
        return failure(diagnosticText("file-unreadable-because", {ec.message()}));
    if (size > kMaxFileBytes)
        return failure(diagnosticText("file-too-large", {}));
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return failure(diagnosticText("file-unreadable", {}));
    std::string text(kMaxFileBytes + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    if (in.bad())
        return failure(diagnosticText("file-unreadable", {}));
    text.resize(static_cast<std::size_t>(in.gcount()));
    return loadRoutineText(text, file);
}

} // namespace limber
