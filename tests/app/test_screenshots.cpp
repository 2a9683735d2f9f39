// Renders the library and overview screens to PNGs for people to look at:
//
//   LIMBER_SCREENSHOT_DIR=/tmp/screens ./test_screenshots
//   QT_SCALE_FACTOR=2 LIMBER_SCREENSHOT_DIR=/tmp/screens ./test_screenshots
//       (one line: files get "@2x")
//
// Skipped when LIMBER_SCREENSHOT_DIR is unset.
#include "common/imageloader.h"
#include "library/libraryview.h"
#include "overview/overviewview.h"
#include "routine/routinelibrary.h"
#include "routinefiles.h"
#include "screenshot.h"
#include "session/estimate.h"
#include "settings/settings.h"
#include "settings/settingsdialog.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
namespace shots = limber::screenshots;

namespace {

std::chrono::seconds estimate(const limber::Routine& routine) {
    return std::chrono::duration_cast<std::chrono::seconds>(
        limber::estimateDuration(routine, limber::SessionSettings{}));
}

struct Theme {
    QString name;
    QPalette palette;
};

} // namespace

TEST(Screenshots, LibraryAndOverviewInLightAndDark) {
    const QString out = qEnvironmentVariable("LIMBER_SCREENSHOT_DIR");
    if (out.isEmpty())
        GTEST_SKIP() << "set LIMBER_SCREENSHOT_DIR to render the screens";

    // The shipped routine, a user routine and a broken file.
    QTemporaryDir dir;
    const QString user = dir.filePath(u"My routines"_s);
    writeRoutine(user, u"neck.yaml"_s, simpleRoutine("neck-release", "Neck release"));
    writeRoutine(user, u"broken.yaml"_s,
                 "limber: 1\nid: broken\ntitle: Broken\nexercises:\n  - id: a\n"
                 "    title: A\n    steps:\n      - text: Hold.\n        hold: forever\n");
    const auto library = limber::scanLibrary(
        {{std::filesystem::path(LIMBER_SOURCE_DIR) / "resources/routines", false},
         {user.toStdString(), true}});
    const auto* upperBack = library.find("upper-back-relief");
    ASSERT_NE(upperBack, nullptr);

    for (const Theme& theme :
         {Theme{u"light"_s, shots::lightPalette()}, Theme{u"dark"_s, shots::darkPalette()}}) {
        shots::usePalette(theme.palette);
        limber::ImageLoader loader;
        {
            limber::LibraryView view(loader, estimate);
            view.setLibrary(&library);
            EXPECT_FALSE(
                shots::save(view, out + u"/library-" + theme.name + u".png", &loader).isEmpty());
        }
        limber::Settings settings(dir.filePath(u"limber.conf"_s));
        limber::OverviewView view(settings, loader);
        view.setDurationEstimator(estimate);
        view.setRoutine(&upperBack->routine, upperBack->user);
        EXPECT_FALSE(
            shots::save(view, out + u"/overview-" + theme.name + u".png", &loader).isEmpty());

        limber::SettingsDialog dialog(settings);
        EXPECT_FALSE(shots::save(dialog, out + u"/settings-" + theme.name + u".png", nullptr,
                                 dialog.sizeHint())
                         .isEmpty());
    }
}
