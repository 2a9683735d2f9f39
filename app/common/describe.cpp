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

QString Describe::duration(Seconds seconds) {
    const auto total = seconds.count();
    const auto hours = static_cast<int>(total / 3600);
    const auto minutes = static_cast<int>(total % 3600 / 60);
    const auto secs = static_cast<int>(total % 60);
    if (hours > 0 && minutes == 0 && secs == 0)
        return tr("%1 h").arg(number(hours));
    if (hours > 0)
        return tr("%1 h %2 min").arg(number(hours), number(minutes));
    if (minutes > 0 && secs == 0)
        return tr("%1 min").arg(number(minutes));
    if (minutes > 0)
        return tr("%1 min %2 s").arg(number(minutes), number(secs));
    return tr("%1 s").arg(number(secs));
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
                    return tr("Hold for %n breath(s)", nullptr, range.min);
                return tr("Hold for %1 to %2 breaths").arg(number(range.min), number(range.max));
            },
            [](const RepsAction& reps) {
                const auto& range = reps.count;
                QString count = range.isFixed()
                                    ? tr("%n rep(s)", nullptr, range.min)
                                    : tr("%1 to %2 reps").arg(number(range.min), number(range.max));
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
        return tr("Repeat %n time(s)", nullptr, repeat.count.min);
    return tr("Repeat %1 to %2 times").arg(number(repeat.count.min), number(repeat.count.max));
}

QString Describe::side(Side side) {
    return side == Side::Left ? tr("Left side") : tr("Right side");
}

QString Describe::safetyLevel(SafetyLevel level) {
    switch (level) {
    case SafetyLevel::Info:
        return tr("Note");
    case SafetyLevel::Caution:
        return tr("Caution");
    case SafetyLevel::Warning:
        return tr("Warning");
    }
    return {};
}

QString Describe::equipment(const Routine& routine, const std::string& id) {
    const auto* item = routine.findEquipment(id);
    if (item && !item->builtIn)
        return localized(item->name);
    if (id == "wall")
        return tr("Wall");
    if (id == "chair")
        return tr("Chair");
    if (id == "floor")
        return tr("Floor");
    if (id == "mat")
        return tr("Mat");
    return toQString(id);
}

} // namespace limber
