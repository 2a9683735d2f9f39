#include "common/describe.h"

#include "common/qtconvert.h"

#include <QLocale>
#include <variant>

namespace limber {

namespace {

template <typename... Ts> struct Overloaded : Ts... { using Ts::operator()...; };

} // namespace

QString Describe::number(qint64 value) {
    return QLocale().toString(value);
}

namespace {

// An estimate's precision: whole minutes (the nearest) from a minute on.
Seconds rounded(Seconds seconds) {
    using namespace std::chrono;
    if (seconds >= 60s)
        return duration_cast<minutes>(seconds + 30s);
    return seconds;
}

} // namespace

QString Describe::estimate(Seconds seconds) {
    return tr("About %1").arg(duration(rounded(seconds)));
}

QString Describe::remaining(Seconds seconds) {
    using namespace std::chrono;
    if (rounded(seconds) <= 1min)
        return tr("About a minute left");
    return tr("About %1 left").arg(duration(rounded(seconds)));
}

// A number and its unit are joined by a no-break space (U+00A0), here and
// in every message that puts a unit after a number, so that a wrapped label
// never starts a line with the unit. A literal ends after "\u00a0" where a
// hex digit follows: lupdate reads "\u00a0b" as one escape
// (docs/translating.md).
QString Describe::duration(Seconds seconds) {
    const auto total = seconds.count();
    const auto hours = static_cast<int>(total / 3600);
    const auto minutes = static_cast<int>(total % 3600 / 60);
    const auto secs = static_cast<int>(total % 60);
    if (hours > 0 && minutes == 0 && secs == 0)
        return tr("%1\u00a0h").arg(number(hours));
    if (hours > 0)
        return tr("%1\u00a0h %2\u00a0min").arg(number(hours), number(minutes));
    if (minutes > 0 && secs == 0)
        return tr("%1\u00a0min").arg(number(minutes));
    if (minutes > 0)
        return tr("%1\u00a0min %2\u00a0s").arg(number(minutes), number(secs));
    return tr("%1\u00a0s").arg(number(secs));
}

QString Describe::action(const StepAction& action) {
    return std::visit(
        Overloaded{
            [](std::monostate) { return QString(); },
            [](const HoldAction& hold) {
                const auto& range = hold.duration;
                if (range.isFixed())
                    return tr("Hold %1").arg(duration(range.min));
                return tr("Hold %1 to %2").arg(duration(range.min), duration(range.max));
            },
            [](const BreathsAction& breaths) {
                const auto& range = breaths.count;
                if (range.isFixed())
                    return tr("Hold for %n\u00a0"
                              "breath(s)",
                              nullptr, range.min);
                return tr("Hold for %1 to %2\u00a0"
                          "breaths")
                    .arg(number(range.min), number(range.max));
            },
            [](const RepsAction& reps) {
                const auto& range = reps.count;
                QString count =
                    range.isFixed()
                        ? tr("%n\u00a0rep(s)", nullptr, range.min)
                        : tr("%1 to %2\u00a0reps").arg(number(range.min), number(range.max));
                if (reps.tempo)
                    return tr("%1, %2 each").arg(count, duration(*reps.tempo));
                return count;
            },
        },
        action);
}

QString Describe::repeat(const Repeat& repeat) {
    if (repeat.kind == Repeat::Kind::AsNeeded)
        return tr("Repeat as often as you need");
    if (repeat.count.isFixed())
        return tr("Repeat %n\u00a0time(s)", nullptr, repeat.count.min);
    return tr("Repeat %1 to %2\u00a0times").arg(number(repeat.count.min), number(repeat.count.max));
}

QString Describe::side(Side side) {
    return side == Side::Left ? tr("Left side") : tr("Right side");
}

QString Describe::safetyLevel(SafetyLevel level) {
    switch (level) {
    case SafetyLevel::Info:
        return tr("Note", "safety level: information");
    case SafetyLevel::Caution:
        return tr("Caution", "safety level");
    case SafetyLevel::Warning:
        return tr("Warning", "safety level: the most serious");
    }
    return {};
}

QString Describe::equipment(const Routine& routine, const std::string& id) {
    const auto* item = routine.findEquipment(id);
    if (item && !item->builtIn)
        return localized(item->name);
    if (id == "wall")
        return tr("Wall", "equipment");
    if (id == "chair")
        return tr("Chair", "equipment");
    if (id == "floor")
        return tr("Floor", "equipment");
    if (id == "mat")
        return tr("Mat", "equipment: exercise mat");
    return toQString(id);
}

QString Describe::equipmentWithSubstitutes(const Routine& routine, const std::string& id) {
    const QString name = equipment(routine, id);
    const auto* item = routine.findEquipment(id);
    if (!item || item->substitutes.empty())
        return name;
    QStringList substitutes;
    for (const auto& substitute : item->substitutes) {
        QString word = localized(substitute);
        // "A belt" reads "a belt" after "or:"; "USB cable" stays.
        if (word.size() > 1 && !word.at(1).isUpper())
            word[0] = word.at(0).toLower();
        substitutes << word;
    }
    return tr("%1 — or: %2").arg(name, substitutes.join(u", "));
}

QString Describe::exerciseEquipment(const Routine& routine, const Exercise& exercise) {
    QStringList names;
    for (const auto& id : exercise.equipment)
        names << equipment(routine, id);
    return tr("Equipment: %1").arg(names.join(u", "));
}

QString Describe::sides(const std::vector<Side>& sides) {
    QStringList words;
    for (Side one : sides)
        words << side(one);
    return tr("One side at a time: %1").arg(words.join(tr(", then ")));
}

QString Describe::rest(Seconds seconds) {
    return tr("Then rest %1").arg(duration(seconds));
}

QString Describe::tag(const std::string& id) {
    // The tags of the bundled routine and the ones routine authors are
    // likely to use (docs/routine-format.md names these).
    struct Text {
        const char* source;
        const char* comment;
    };
    static const std::pair<std::string_view, Text> known[] = {
        {"upper-back", QT_TRANSLATE_NOOP3("Describe", "Upper back", "routine tag")},
        {"lower-back", QT_TRANSLATE_NOOP3("Describe", "Lower back", "routine tag")},
        {"back", QT_TRANSLATE_NOOP3("Describe", "Back", "routine tag")},
        {"neck", QT_TRANSLATE_NOOP3("Describe", "Neck", "routine tag")},
        {"shoulders", QT_TRANSLATE_NOOP3("Describe", "Shoulders", "routine tag")},
        {"chest", QT_TRANSLATE_NOOP3("Describe", "Chest", "routine tag")},
        {"hips", QT_TRANSLATE_NOOP3("Describe", "Hips", "routine tag")},
        {"legs", QT_TRANSLATE_NOOP3("Describe", "Legs", "routine tag")},
        {"wrists", QT_TRANSLATE_NOOP3("Describe", "Wrists", "routine tag")},
        {"forearms", QT_TRANSLATE_NOOP3("Describe", "Forearms", "routine tag")},
        {"desk", QT_TRANSLATE_NOOP3("Describe", "Desk", "routine tag")},
        {"posture", QT_TRANSLATE_NOOP3("Describe", "Posture", "routine tag")},
        {"stretching", QT_TRANSLATE_NOOP3("Describe", "Stretching", "routine tag")},
        {"mobility", QT_TRANSLATE_NOOP3("Describe", "Mobility", "routine tag")},
        {"breathing", QT_TRANSLATE_NOOP3("Describe", "Breathing", "routine tag")},
        {"relaxation", QT_TRANSLATE_NOOP3("Describe", "Relaxation", "routine tag")},
        {"morning", QT_TRANSLATE_NOOP3("Describe", "Morning", "routine tag")},
        {"evening", QT_TRANSLATE_NOOP3("Describe", "Evening", "routine tag")},
        {"beginner", QT_TRANSLATE_NOOP3("Describe", "Beginner", "routine tag")},
    };
    for (const auto& [tagId, name] : known) {
        if (tagId == id)
            return QCoreApplication::translate("Describe", name.source, name.comment);
    }
    QString words = toQString(id);
    words.replace(u'-', u' ').replace(u'_', u' ');
    words = words.simplified();
    if (!words.isEmpty())
        words[0] = words[0].toUpper();
    return words;
}

} // namespace limber
