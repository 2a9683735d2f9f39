#pragma once

#include <QString>

namespace limber::autostart {

// Starting Limber with the desktop session: a launcher in the XDG autostart
// folder ($XDG_CONFIG_HOME/autostart, else ~/.config/autostart) that runs
// this executable with --background (hidden in the tray).
[[nodiscard]] QString file();
[[nodiscard]] bool enabled();
// Writes or removes the launcher; false, with the reason in `error`, when
// that failed.
bool setEnabled(bool on, QString& error);

} // namespace limber::autostart
