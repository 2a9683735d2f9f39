#pragma once

#include "routine/routinelibrary.h"

#include <QString>

namespace limber {

// Where Limber's data lives. The bundled data sits in share/limber beside the
// binary's bin/ folder, in the build tree as after installation; the
// environment variable LIMBER_DATA_DIR overrides it (tests, packagers).
[[nodiscard]] QString bundledDataDir();
[[nodiscard]] QString bundledRoutineDir();
// The user's own routines: AppDataLocation/routines
// (~/.local/share/limber/routines on Linux). Not created here.
[[nodiscard]] QString userRoutineDir();

// Where every file dialog of Limber starts: the Documents folder when it
// exists, else the home folder (never the working directory, which Qt falls
// back to for a folder that does not exist).
[[nodiscard]] QString startFolder();

// Both folders, bundled first, so that user routines replace bundled ones.
[[nodiscard]] std::vector<RoutineFolder> routineFolders();

} // namespace limber
