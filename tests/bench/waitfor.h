#pragma once

#include <QElapsedTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <functional>

namespace limber::bench {

// Runs the event loop until `done` or the timeout, checking every `poll`.
// Returns whether `done` came true.
inline bool waitFor(const std::function<bool()>& done, std::chrono::milliseconds timeout,
                    std::chrono::milliseconds poll = std::chrono::milliseconds{1}) {
    if (done())
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    timer.setInterval(poll);
    QElapsedTimer elapsed;
    elapsed.start();
    bool ok = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (elapsed.elapsed() > timeout.count()) {
            loop.quit();
        }
    });
    timer.start();
    loop.exec();
    return ok;
}

} // namespace limber::bench
