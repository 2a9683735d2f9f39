#pragma once

#include "figure/figure.h"
#include "history/painrule.h"
#include "routine/localizedtext.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace limber {

using Seconds = std::chrono::seconds;

// Where a value stands in its routine file; 1-based, 0 when not from a file.
struct SourcePos {
    int line = 0;
    int column = 0;
};

// A value the person may choose within bounds. A fixed value has
// min == max == initial. `initial` is where the app starts (the file's
// `default`, else min).
template <typename T> struct Range {
    T min{};
    T max{};
    T initial{};

    [[nodiscard]] bool isFixed() const { return min == max; }
    [[nodiscard]] static Range fixed(T value) { return {value, value, value}; }
};

// `hold: 30s` or `hold: {min: 30s, max: 1m, default: 45s}`
struct HoldAction {
    Range<Seconds> duration;
};

// `breaths: 5` or `breaths: {min: 5, max: 6}`: held for N slow breaths.
struct BreathsAction {
    Range<int> count;
};

// `reps: 12`, `reps: {min: 10, max: 15}` or `{min: 10, max: 15, tempo: 3s}`.
// With a tempo the app paces and counts; without, the person taps each rep.
struct RepsAction {
    Range<int> count;
    std::optional<Seconds> tempo;
};

// At most one action per step; monostate = read and continue.
using StepAction = std::variant<std::monostate, HoldAction, BreathsAction, RepsAction>;

struct Step {
    LocalizedText text;
    std::optional<LocalizedText> say; // narration; text when absent
    std::string image;                // relative to the routine's folder; empty = none
    std::optional<Figure> figure;     // a drawn figure; shown instead of `image`
    bool mirror = false;              // `mirror: true`: the picture shown flipped left to right
    StepAction action;
    SourcePos pos;

    [[nodiscard]] const LocalizedText& spoken() const { return say ? *say : text; }
};

// `repeat: 3`, `repeat: {min: 10, max: 15}` or `repeat: as-needed`.
struct Repeat {
    enum class Kind { Count, AsNeeded };
    Kind kind = Kind::Count;
    Range<int> count; // unused for AsNeeded
};

// One entry of an exercise's `steps:`: either a single step (no repeat, one
// step) or a `repeat` block whose steps run as one cycle, N times.
struct StepBlock {
    std::optional<Repeat> repeat;
    std::vector<Step> steps;
    SourcePos pos;
};

enum class Side { Left, Right };

enum class SafetyLevel { Info, Caution, Warning };

struct SafetyNotice {
    SafetyLevel level = SafetyLevel::Info;
    LocalizedText text;
    SourcePos pos;
};

struct Equipment {
    std::string id;
    LocalizedText name; // empty for the built-ins; the app words those
    std::vector<LocalizedText> substitutes;
    bool builtIn = false;
};

// The equipment every routine may name without declaring it.
[[nodiscard]] const std::vector<std::string_view>& builtInEquipmentIds();

struct Exercise {
    std::string id;
    LocalizedText title;
    // `tags:` words for finding and picking the exercise on its own (a
    // break): the body part it is for, what it needs (docs/routine-format.md).
    std::vector<std::string> tags;
    std::vector<std::string> equipment; // ids: the routine's catalogue or built-ins
    std::string image;                  // cover picture; empty = none
    std::optional<Figure> figure;       // drawn cover; shown instead of `image`
    std::vector<SafetyNotice> safety;
    std::vector<StepBlock> blocks;
    std::vector<Side> sides;     // empty = no sides; else run once per side
    std::optional<Seconds> rest; // rest after the exercise
    SourcePos pos;

    // The picture the library card and the overview show for the exercise,
    // by the player's rule that a figure wins over an image: the exercise's
    // own cover (`figure`, else `image`), else its first step that has a
    // picture (that step's `figure`, else its `image`), flipped as that step
    // says (`mirror`). Both empty when the exercise has no picture at all.
    struct Cover {
        const Figure* figure = nullptr; // points into this exercise
        std::string image;              // relative to the routine's folder; empty = none
        bool mirrored = false;          // the step's `mirror: true`
        [[nodiscard]] bool empty() const { return !figure && image.empty(); }
    };
    [[nodiscard]] Cover cover() const;
};

struct Source {
    LocalizedText title;
    std::string url;
};

struct Routine {
    int formatVersion = 1;
    std::string id;
    LocalizedText title;
    LocalizedText summary;
    std::string language = "en";
    std::vector<std::string> tags;
    // `source:` the pages the content comes from, in the file's order: one
    // map, or a list of them.
    std::vector<Source> sources;
    std::vector<Equipment> equipment; // the routine's own catalogue
    std::vector<SafetyNotice> safety;
    // `pain-rule:` when to advise seeing a doctor, with the numbers of the
    // routine's source; absent: the routine gives no such advice.
    std::optional<PainRule> painRule;
    std::vector<Exercise> exercises;

    std::filesystem::path file; // the file it was loaded from
    std::string contentHash;    // identifies this version of the file (hex)

    [[nodiscard]] std::filesystem::path folder() const { return file.parent_path(); }
    // The routine's own entry, else a built-in one, else nullptr.
    [[nodiscard]] const Equipment* findEquipment(std::string_view equipmentId) const;
    // The ids of the equipment the exercises name, each once, in the order
    // they first need it.
    [[nodiscard]] std::vector<std::string> equipmentNeeded() const;
};

} // namespace limber
