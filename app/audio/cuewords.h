#pragma once

#include "routine/routine.h"
#include "session/cue.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace limber {

// The words for each cue, in the UI language: the one place that decides
// what is said. The narrator speaks them and the player shows them.
//
//   GetReady                 "Get ready"
//   Countdown(3)             "3"
//   ExerciseStarted          "Seated stretch. You need: Chair"
//   SwitchSides(Right)       "Switch sides: right side"
//   CycleStarted(4, 12)      "Cycle 4 of 12"
//   StepStarted              the step's narration (its `say`, else its text)
//   NextUp(Seated stretch)   "Next up: Seated stretch"
//   RoutineComplete          "Well done. Routine complete."
//
// An empty string means there is nothing to say for that cue.
class CueWords {
    Q_DECLARE_TR_FUNCTIONS(CueWords)

public:
    // `routine` names the equipment (its catalogue, or the built-ins).
    [[nodiscard]] static QString text(const Cue& cue, const Routine& routine);

    // The parts, for the player's labels.
    [[nodiscard]] static QString getReady();
    [[nodiscard]] static QString hold();
    [[nodiscard]] static QString rest();
    [[nodiscard]] static QString breatheIn();
    [[nodiscard]] static QString breatheOut();
    // "Cycle 4 of 12"; "Cycle 4" as needed (count 0).
    [[nodiscard]] static QString cycle(int cycle, int count);
    // "Next up: Seated stretch"
    [[nodiscard]] static QString nextUp(const Exercise& exercise);
    // The keys, said the first time they are needed in a session.
    [[nodiscard]] static QString pressForNext();
    [[nodiscard]] static QString pressForAgainOrDone();
    // The words a session of `routine` says on a second (CueKind's prompts
    // and "Get ready"): the numbers up to its longest count, the breath
    // words. To be rendered ahead (TimedWords).
    [[nodiscard]] static QStringList timedWords(const Routine& routine);
    // "You need: Chair and Yoga strap"; empty without equipment.
    [[nodiscard]] static QString youNeed(const Exercise& exercise, const Routine& routine);
};

} // namespace limber
