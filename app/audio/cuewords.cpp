#include "audio/cuewords.h"

#include "common/describe.h"
#include "common/qtconvert.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <variant>

using namespace Qt::StringLiterals;

namespace limber {

QString CueWords::getReady() {
    return tr("Get ready");
}

QString CueWords::hold() {
    return tr("Hold", "spoken: keep still in the stretch now");
}

QString CueWords::rest() {
    return tr("Rest", "spoken and shown: rest now, a pause between parts");
}

QString CueWords::breatheIn() {
    return tr("Breathe in");
}

QString CueWords::breatheOut() {
    return tr("Breathe out");
}

QString CueWords::cycle(int cycle, int count) {
    if (count <= 0)
        return tr("Cycle %1").arg(cycle);
    return tr("Cycle %1 of %2").arg(cycle).arg(count);
}

QString CueWords::nextUp(const Exercise& exercise) {
    return tr("Next up: %1").arg(localized(exercise.title));
}

QString CueWords::pressForNext() {
    return tr("Press the right arrow key when you are ready.");
}

QString CueWords::pressForAgainOrDone() {
    return tr("For once more, press A. For done, press D.",
              "spoken: a key's letter ends its phrase, so the voices say the letter (\"Press A "
              "for\" is read \"press uh for\")");
}

QStringList CueWords::timedWords(const Routine& routine) {
    int highest = 3; // the countdowns: 3, 2, 1
    bool breaths = false;
    for (const Exercise& exercise : routine.exercises) {
        for (const StepBlock& block : exercise.blocks) {
            for (const Step& step : block.steps) {
                if (const auto* reps = std::get_if<RepsAction>(&step.action))
                    highest = std::max(highest, reps->count.max);
                breaths = breaths || std::holds_alternative<BreathsAction>(step.action);
            }
        }
    }
    QStringList words{getReady()};
    for (int n = 1; n <= highest; ++n)
        words << QLocale().toString(n);
    if (breaths)
        words << breatheIn() << breatheOut();
    return words;
}

QString CueWords::youNeed(const Exercise& exercise, const Routine& routine) {
    if (exercise.equipment.empty())
        return {};
    QStringList names;
    for (const auto& id : exercise.equipment)
        names.append(Describe::equipment(routine, id));
    return tr("You need: %1").arg(QLocale().createSeparatedList(names));
}

QString CueWords::text(const Cue& cue, const Routine& routine) {
    switch (cue.kind) {
    case CueKind::ExerciseStarted: {
        if (!cue.exercise)
            return {};
        const QString title = localized(cue.exercise->title);
        const QString need = youNeed(*cue.exercise, routine);
        return need.isEmpty() ? title : tr("%1. %2").arg(title, need);
    }
    case CueKind::SideStarted:
        return Describe::side(cue.side);
    case CueKind::SwitchSides:
        return cue.side == Side::Left ? tr("Switch sides: left side")
                                      : tr("Switch sides: right side");
    case CueKind::CycleStarted:
        return cycle(cue.value, cue.of);
    case CueKind::StepStarted:
        return cue.text ? localized(*cue.text) : QString();
    case CueKind::GetReady:
        return getReady();
    case CueKind::Countdown:
    case CueKind::HoldLastSeconds:
    case CueKind::RestLastSeconds:
        return QLocale().toString(cue.value);
    case CueKind::HoldStarted:
        return hold();
    case CueKind::HoldHalfway:
        return tr("Halfway");
    case CueKind::HoldEnded:
    case CueKind::BreathsEnded:
        return tr("Release", "spoken: let go of the stretch");
    case CueKind::BreathIn:
        return breatheIn();
    case CueKind::BreathOut:
        return breatheOut();
    case CueKind::RepsStarted:
        return tr("Begin");
    case CueKind::RepCounted:
        return QLocale().toString(cue.value);
    case CueKind::RepsEnded:
        return {};
    case CueKind::ChooseAgain:
        return tr("Once more, or done?");
    case CueKind::RestStarted:
        return rest();
    case CueKind::NextUp:
        return cue.exercise ? nextUp(*cue.exercise) : QString();
    case CueKind::RestEnding:
        return cue.exercise ? tr("Get ready for %1").arg(localized(cue.exercise->title))
                            : QString();
    case CueKind::RoutineComplete:
        return tr("Well done. Routine complete.",
                  "spoken: a full stop, not a dash (flite reads on through a dash)");
    case CueKind::FinishedEarly:
        return tr("Session finished");
    }
    return {};
}

} // namespace limber
