#pragma once

#include "session/sessionprogress.h"

#include <QAccessible>
#include <QLabel>
#include <optional>

namespace limber {

// The switch-sides cue over the player's picture, for a person who may not
// hear the bells: the sentence in large type on the highlight colour, with
// an arrow that points the way:
//
//   ┌──────────────────────────────┐
//   │  Switch to your right side → │     "← Switch to your left side"
//   └──────────────────────────────┘
//
// start() puts it up when the engine's SwitchSides cue arrives; follow()
// keeps it up while the session stays at the step the switch entered and
// that step has not got going yet:
//   - through its get-ready countdown; gone the moment the hold, the breaths
//     or the paced reps start;
//   - with the get-ready set to off, for the timed part's first
//     kWithoutGetReady;
//   - reps counted by hand keep it until the first rep is counted, and a
//     step to read until the person moves on.
// Any other move (Previous, Restart exercise, Finish) takes it down. Shown,
// it is announced to assistive technology as an alert; its accessible name
// is the sentence without the arrow.
class SwitchSidesBanner : public QLabel {
    Q_OBJECT

public:
    static constexpr Duration kWithoutGetReady = std::chrono::seconds(3);

    explicit SwitchSidesBanner(QWidget* parent = nullptr);

    // The session has just switched to `side`.
    void start(Side side);
    // Shows or hides it for where the session is now.
    void follow(const Progress& progress);
    // The words in the language now in use (the player's language change).
    void retranslate();

private:
    // Where the session is: the step the switch entered.
    struct Place {
        int exercise = 0, sideIndex = 0, step = 0, cycle = 0;
        bool operator==(const Place&) const = default;
    };
    struct Switch {
        Side side = Side::Left;
        std::optional<Place> at; // the first place follow() sees after start()
        bool gotReady = false;   // the step had a get-ready countdown
    };

    [[nodiscard]] bool stillShown(const Progress& progress);
    // The words for m_switch, told to assistive technology as `change`.
    void showWords(QAccessible::Event change);

    std::optional<Switch> m_switch;
};

} // namespace limber
