#pragma once

#include <QString>
#include <array>

namespace limber {

// The cue sounds Limber ships (resources/sounds/, made by scripts/make-sounds).
// Not core's limber::Sound: that one names what a cue means; this one names a
// file. The wiring maps one to the other.
enum class CueSound {
    GetReady,    // get-ready.wav: soft tick, once a second before a phase
    HoldStart,   // hold-start.wav: rising fifth
    Halfway,     // halfway.wav: one bell
    Countdown,   // countdown.wav: brighter tick, 3-2-1
    HoldEnd,     // hold-end.wav: falling fifth
    Rep,         // rep.wav: short pluck, paced reps
    SwitchSides, // switch-sides.wav: three bells, high-low-high
    RestOver,    // rest-over.wav: two octave bells
    Complete,    // complete.wav: major arpeggio
    BreathIn,    // breath-in.wav: swell gliding up
    BreathOut,   // breath-out.wav: swell gliding down
};

inline constexpr std::array allCueSounds{
    CueSound::GetReady, CueSound::HoldStart, CueSound::Halfway,     CueSound::Countdown,
    CueSound::HoldEnd,  CueSound::Rep,       CueSound::SwitchSides, CueSound::RestOver,
    CueSound::Complete, CueSound::BreathIn,  CueSound::BreathOut,
};

// "get-ready.wav" and so on: the file in the sounds folder.
[[nodiscard]] QString cueSoundFileName(CueSound sound);

} // namespace limber
