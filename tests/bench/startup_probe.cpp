// Preloaded into a Qt program by scripts/bench-startup: prints when its first
// window was mapped (exposed) and first painted, on CLOCK_MONOTONIC (the
// clock Python's time.monotonic() reads, so the script can subtract the
// moment it started the program), then its resident memory a while later,
// and quits.
//
//   LD_PRELOAD=libstartup_probe.so LIMBER_PROBE_SETTLE_MS=3000 program ...
//
// prints one line to stderr:
//   startup-probe mapped=<s> painted=<s> rss_kb=<kB>
// Q_COREAPP_STARTUP_FUNCTION runs when the application object is made; the
// probe watches every event from then on (an application event filter).
#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>
#include <QWindow>
#include <cstdio>
#include <ctime>

namespace {

double monotonicSeconds() {
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

long residentKb() {
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

class Probe : public QObject {
public:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (m_mapped < 0 && event->type() == QEvent::Expose) {
            if (auto* window = qobject_cast<QWindow*>(watched); window && window->isExposed())
                m_mapped = monotonicSeconds();
        }
        if (m_painted < 0 && event->type() == QEvent::Paint) {
            auto* widget = qobject_cast<QWidget*>(watched);
            if (widget && widget->isWindow()) {
                // After this paint and the flush that follows it.
                m_painted = 0;
                QTimer::singleShot(0, this, [this] {
                    m_painted = monotonicSeconds();
                    const int settle = qEnvironmentVariableIntValue("LIMBER_PROBE_SETTLE_MS");
                    QTimer::singleShot(settle, this, [this] { report(); });
                });
            }
        }
        return false;
    }

private:
    void report() {
        std::fprintf(stderr, "startup-probe mapped=%.6f painted=%.6f rss_kb=%ld\n", m_mapped,
                     m_painted, residentKb());
        std::fflush(stderr);
        QApplication::closeAllWindows();
        QCoreApplication::quit();
    }

    double m_mapped = -1;
    double m_painted = -1;
};

void install() {
    qunsetenv("LD_PRELOAD"); // not into the programs the app starts
    QCoreApplication::instance()->installEventFilter(new Probe);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(install)
