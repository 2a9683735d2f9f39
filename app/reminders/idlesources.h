#pragma once

#include "reminders/idlesource.h"

#include <memory>

namespace limber {

// The idle time of an X11 session: the XScreenSaver extension's time since
// the last input (MIT-SCREEN-SAVER, what `xprintidle` prints), through
// xcb-screensaver on Qt's own X connection. One round trip per read.
class X11IdleSource : public IdleSource {
    Q_OBJECT

public:
    // Null when the app does not run on X11 or the server lacks the extension.
    [[nodiscard]] static std::unique_ptr<X11IdleSource> make();
    [[nodiscard]] std::optional<std::chrono::milliseconds> idle() override;
    [[nodiscard]] QString name() const override;

private:
    X11IdleSource() = default;
};

// The idle time of a GNOME session (Wayland or X11): Mutter's
// org.gnome.Mutter.IdleMonitor GetIdletime on the session bus, with a short
// timeout so that a bus that does not answer never holds the app up.
class MutterIdleSource : public IdleSource {
    Q_OBJECT

public:
    // Null when no session bus or no Mutter answers.
    [[nodiscard]] static std::unique_ptr<MutterIdleSource> make();
    [[nodiscard]] std::optional<std::chrono::milliseconds> idle() override;
    [[nodiscard]] QString name() const override;

private:
    MutterIdleSource() = default;
};

// Whether the active window of an X11 desktop is fullscreen (a
// presentation, a video, a call): EWMH's _NET_ACTIVE_WINDOW on the root
// window (else the window with the input focus, where no window manager
// names one) has _NET_WM_STATE_FULLSCREEN in its _NET_WM_STATE. Read on Qt's
// X connection, a few round trips; false off X11.
[[nodiscard]] bool activeWindowFullscreen();

// The first source that answers: X11, then Mutter, else none (wall-clock
// time since the last break).
[[nodiscard]] std::unique_ptr<IdleSource> makeIdleSource();

} // namespace limber
