#pragma once

// The words Limber's narrator plays, rendered again to be found by their
// waveform (wordmatch.h): the app's own flite code (app/audio/flite), which
// seeds flite's noise, so a text renders to the same samples every time.

#include "wordmatch.h"

#include <QString>

namespace limber::wordmatch {

// What FliteEngine plays for `text` with these settings (fliteSynthesize():
// flite's rendering, its pause cut to 20 ms before the words, at -6 dBFS
// peak), before the volume, at flite's rate. Empty when flite renders nothing.
[[nodiscard]] Signal fliteWords(const QString& text, const QString& voice = {}, double rate = 0.0,
                                double pitch = 0.0);

// The same, ready to be found in recordings at `recordingRate`.
[[nodiscard]] Word fliteWord(const QString& text, int recordingRate, const QString& voice = {},
                             double rate = 0.0, double pitch = 0.0);

} // namespace limber::wordmatch
