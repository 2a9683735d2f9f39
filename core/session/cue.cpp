#include "session/cue.h"

namespace limber {

Sound soundFor(CueKind kind) {
    switch (kind) {
    case CueKind::ExerciseStarted:
    case CueKind::HoldStarted:
    case CueKind::RepsStarted:
        return Sound::Start;
    case CueKind::SwitchSides:
        return Sound::Switch;
    case CueKind::Countdown:
    case CueKind::HoldLastSeconds:
    case CueKind::RestLastSeconds:
    case CueKind::RepCounted:
        return Sound::Tick;
    case CueKind::HoldHalfway:
        return Sound::Halfway;
    case CueKind::HoldEnded:
    case CueKind::BreathsEnded:
    case CueKind::RepsEnded:
        return Sound::End;
    case CueKind::BreathIn:
        return Sound::Inhale;
    case CueKind::BreathOut:
        return Sound::Exhale;
    case CueKind::RestStarted:
        return Sound::Rest;
    case CueKind::RoutineComplete:
        return Sound::Complete;
    case CueKind::SideStarted:
    case CueKind::CycleStarted:
    case CueKind::StepStarted:
    case CueKind::GetReady:
    case CueKind::ChooseAgain:
    case CueKind::NextUp:
    case CueKind::RestEnding:
    case CueKind::FinishedEarly:
        break;
    }
    return Sound::None;
}

const char* cueKindName(CueKind kind) {
    switch (kind) {
    case CueKind::ExerciseStarted:
        return "ExerciseStarted";
    case CueKind::SideStarted:
        return "SideStarted";
    case CueKind::SwitchSides:
        return "SwitchSides";
    case CueKind::CycleStarted:
        return "CycleStarted";
    case CueKind::StepStarted:
        return "StepStarted";
    case CueKind::GetReady:
        return "GetReady";
    case CueKind::Countdown:
        return "Countdown";
    case CueKind::HoldStarted:
        return "HoldStarted";
    case CueKind::HoldHalfway:
        return "HoldHalfway";
    case CueKind::HoldLastSeconds:
        return "HoldLastSeconds";
    case CueKind::HoldEnded:
        return "HoldEnded";
    case CueKind::BreathIn:
        return "BreathIn";
    case CueKind::BreathOut:
        return "BreathOut";
    case CueKind::BreathsEnded:
        return "BreathsEnded";
    case CueKind::RepsStarted:
        return "RepsStarted";
    case CueKind::RepCounted:
        return "RepCounted";
    case CueKind::RepsEnded:
        return "RepsEnded";
    case CueKind::ChooseAgain:
        return "ChooseAgain";
    case CueKind::RestStarted:
        return "RestStarted";
    case CueKind::NextUp:
        return "NextUp";
    case CueKind::RestEnding:
        return "RestEnding";
    case CueKind::RestLastSeconds:
        return "RestLastSeconds";
    case CueKind::RoutineComplete:
        return "RoutineComplete";
    case CueKind::FinishedEarly:
        return "FinishedEarly";
    }
    return "?";
}

} // namespace limber
