#pragma once

#include "routine/routine.h"

#include <QCoreApplication>
#include <QString>

namespace limber {

// Words for the parts of a routine, in the UI language: one place, so the
// overview, the player and the command line say the same thing.
class Describe {
    Q_DECLARE_TR_FUNCTIONS(Describe)

public:
    // A count in the UI locale's digits and grouping ("1.000" in German).
    [[nodiscard]] static QString number(qint64 value);
    // "45 s", "1 min", "1 min 30 s", "1 h"
    [[nodiscard]] static QString duration(Seconds seconds);
    // "About 6 min": an estimate, rounded to whole minutes from a minute on.
    [[nodiscard]] static QString estimate(Seconds seconds);
    // "About 11 min left": what is left of a session, rounded as estimate()
    // rounds, so that it starts where the overview's estimate said.
    [[nodiscard]] static QString remaining(Seconds seconds);
    // "Hold 30 s to 1 min", "5 breaths", "10 to 15 reps, 3 s each", "" for none
    [[nodiscard]] static QString action(const StepAction& action);
    // "Repeat 3 times", "Repeat 10 to 15 times", "Repeat as often as you need"
    [[nodiscard]] static QString repeat(const Repeat& repeat);
    [[nodiscard]] static QString side(Side side);
    // "Info", "Caution", "Warning": a word, so the level never rests on colour.
    [[nodiscard]] static QString safetyLevel(SafetyLevel level);
    // The catalogue's name, or the app's word for a built-in ("Wall").
    [[nodiscard]] static QString equipment(const Routine& routine, const std::string& id);
    // With the routine's substitutes: "Yoga strap — or: a belt, a towel".
    [[nodiscard]] static QString equipmentWithSubstitutes(const Routine& routine,
                                                          const std::string& id);
    // What an exercise needs: "Equipment: Chair, Yoga strap".
    [[nodiscard]] static QString exerciseEquipment(const Routine& routine,
                                                   const Exercise& exercise);
    // "One side at a time: Left side, then Right side"
    [[nodiscard]] static QString sides(const std::vector<Side>& sides);
    // The rest after an exercise: "Then rest 15 s".
    [[nodiscard]] static QString rest(Seconds seconds);
    // A routine's tag for people: "Upper back" for upper-back. Tags are ids
    // a routine chooses freely: one the app knows has a name in every
    // language, any other is shown as its id with spaces and a capital
    // ("neck-and-jaw" -> "Neck and jaw").
    [[nodiscard]] static QString tag(const std::string& id);
};

} // namespace limber
