// Break reminders on a real desktop session (issue #14): Xvfb's real idle
// time, a private D-Bus session bus and dunst, the notification server,
// started by scripts/desktop-test-env (tests/app/desktopmain.cpp). Each
// missing piece has its test too: Limber says so and goes on, never hangs.
#include "reminders/idlesources.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTest>
#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

bool onDesktop() {
    return QGuiApplication::platformName() == u"xcb"_s;
}

#define REQUIRE_DESKTOP()                                                                          \
    if (!onDesktop())                                                                              \
    GTEST_SKIP() << "no private desktop session (scripts/desktop-test-env start failed)"

// Runs a tool of the session (xdotool, dunstctl) on its display and bus.
QString run(const QString& program, const QStringList& arguments) {
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(10000);
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

TEST(Idle, TheX11IdleTimeGrowsWithoutInputAndInputResetsIt) {
    REQUIRE_DESKTOP();
    auto source = limber::X11IdleSource::make();
    ASSERT_TRUE(source) << "Xvfb has the MIT-SCREEN-SAVER extension";
    run(u"xdotool"_s, {u"mousemove"_s, u"10"_s, u"10"_s});
    const auto before = source->idle();
    ASSERT_TRUE(before);
    EXPECT_LT(*before, 1000ms) << "input just came";
    QTest::qWait(1500);
    const auto later = source->idle();
    ASSERT_TRUE(later);
    EXPECT_GE(*later - *before, 1400ms) << "no input: the idle time grows";
    run(u"xdotool"_s, {u"key"_s, u"shift"_s});
    const auto after = source->idle();
    ASSERT_TRUE(after);
    EXPECT_LT(*after, 500ms) << "a key press resets it";
}

TEST(Idle, OnX11TheAppUsesTheXScreenSaverExtension) {
    REQUIRE_DESKTOP();
    EXPECT_EQ(limber::makeIdleSource()->name(), u"X11 (the XScreenSaver extension)"_s);
}

// No GNOME here: asking Mutter on the bus gives up at once, no hang.
TEST(Idle, WithoutMutterOnTheBusThereIsNoMutterSource) {
    REQUIRE_DESKTOP();
    QElapsedTimer timer;
    timer.start();
    EXPECT_FALSE(limber::MutterIdleSource::make());
    EXPECT_LT(timer.elapsed(), 2000);
}

} // namespace
