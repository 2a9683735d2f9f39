// main() for the tests on a private desktop session: the X display, D-Bus
// session bus (the system bus too) and notification server that scripts/desktop-test-env started
// under $LIMBER_DESKTOP_DIR (a ctest fixture does). The app runs on that
// display (xcb) and bus; without the session (the fixture could not start
// it, or the binary runs alone) on the offscreen platform, and the tests
// that need the session skip with the reason.
#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    const QString dir = qEnvironmentVariable("LIMBER_DESKTOP_DIR");
    QFile display(dir + QStringLiteral("/display"));
    if (!dir.isEmpty() && display.open(QIODevice::ReadOnly)) {
        qputenv("DISPLAY", ":" + display.readAll().trimmed());
        qputenv("QT_QPA_PLATFORM", "xcb");
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(dir) + "/bus");
        // The private bus stands in for the system bus too, where logind
        // would announce a suspend: the tests send its signal there.
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", "unix:path=" + QFile::encodeName(dir) + "/bus");
    } else {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("limber-test"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
