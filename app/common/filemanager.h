#pragma once

#include <QString>
#include <functional>

class QObject;

namespace limber {

// Opens `folder` in the desktop's file manager, then calls `done` (in
// `context`'s thread, not after `context` is gone) with whether one opened
// it. On Linux through xdg-open, whose exit code tells: it exits 3 when no
// program handles folders, while QDesktopServices::openUrl says only that
// xdg-open started. An xdg-open still running after a few seconds is a file
// manager that opened in its place. Elsewhere through QDesktopServices.
void openInFileManager(const QString& folder, QObject* context,
                       std::function<void(bool opened)> done);

} // namespace limber
