#pragma once

// A session shown in a player, as the application makes one: the tests of
// the player own the session the application would own.

#include "player/playerview.h"
#include "session/sessioncontroller.h"

#include <memory>

namespace limber {

// Makes a session on `routine` (which must outlive it), shows it in `view`
// and starts it; `now` is the clock (a test's fake one, else the steady one).
[[nodiscard]] inline std::unique_ptr<SessionController>
startSession(PlayerView& view, const Routine& routine, Settings& settings, NowFunction now = {}) {
    auto session = std::make_unique<SessionController>(routine, settings, std::move(now));
    view.setSession(session.get());
    session->start();
    return session;
}

} // namespace limber
