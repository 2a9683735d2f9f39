// A library to preload into the limber executable in tests: it closes every
// window after LIMBER_QUIT_AFTER_MS milliseconds, as File ▸ Quit does, so
// that a test can watch the real program quit.
//
//   LD_PRELOAD=libtest_audio_quitafter.so LIMBER_QUIT_AFTER_MS=1500 limber ...
//
// Q_COREAPP_STARTUP_FUNCTION runs when the application object is made; the
// timer starts once the event loop runs. LD_PRELOAD is cleared there, so
// that programs the app starts (a speech daemon) do not load this.
#include <QApplication>
#include <QTimer>

namespace {

void quitAfter() {
    qunsetenv("LD_PRELOAD");
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("LIMBER_QUIT_AFTER_MS", &ok);
    if (!ok)
        return;
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [ms] {
            QTimer::singleShot(ms, QCoreApplication::instance(), &QApplication::closeAllWindows);
        },
        Qt::QueuedConnection);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(quitAfter)
