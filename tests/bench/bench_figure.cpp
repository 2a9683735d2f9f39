// CPU cost of an animated FigureView: one view playing a moving figure at
// FigureView::kFramesPerSecond in an offscreen window for a while, measured
// with getrusage (user + system time of this process) around the event loop.
//
//   build/dev/bin/bench_figure [seconds] [width] [height]     (default 10 600 450)
//
// Prints the frames painted and the CPU time as a percentage of one core.
#include "figure/figureparser.h"
#include "figures/figureview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTimer>
#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>
#include <yaml-cpp/yaml.h>

namespace {

// The wall stretch's last step: four key poses, a 7.5 s loop.
constexpr const char* kFigure = R"(
props: [wall]
stretch: upper-back
poses:
  - base: hinge
    hands: wall
  - base: standing
    trunk: 30
    arms: {raise: 95, spread: 0, elbow: 0}
    hands: wall
    move: 2s
    hold: 0.5s
  - base: standing
    arms: forward
    hands: wall
    move: 1.5s
    hold: 0.5s
  - base: standing
    move: 1s
    hold: 2s
)";

double cpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// Counts the paints of the view.
class PaintCounter : public QObject {
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const double seconds = argc > 1 ? std::atof(argv[1]) : 10.0;
    const int width = argc > 2 ? std::atoi(argv[2]) : 600;
    const int height = argc > 3 ? std::atoi(argv[3]) : 450;

    std::vector<limber::Diagnostic> diagnostics;
    const auto figure = limber::parseFigure(YAML::Load(kFigure), "bench", diagnostics);
    if (!figure) {
        std::fprintf(stderr, "bench_figure: the figure does not parse\n");
        return 1;
    }
    limber::FigureView view;
    PaintCounter counter;
    view.installEventFilter(&counter);
    view.setFigure(*figure);
    view.resize(width, height);
    view.show();
    // Settle: the first show, fonts, the backing store.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 500)
        QApplication::processEvents(QEventLoop::AllEvents, 50);

    const bool animating = view.isAnimating();
    const int paintsBefore = counter.paints;
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(static_cast<int>(seconds * 1000), Qt::PreciseTimer, &app,
                       &QApplication::quit);
    QApplication::exec();
    const double elapsed = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpuBefore;
    const int paints = counter.paints - paintsBefore;

    std::printf("FigureView %dx%d, %s, %d fps target, %.1f s wall\n", width, height,
                animating ? "animating" : "still", limber::FigureView::kFramesPerSecond, elapsed);
    std::printf("  frames painted: %d (%.1f fps; none while a key pose is held)\n", paints,
                paints / elapsed);
    std::printf("  CPU (user+sys): %.3f s = %.1f%% of one core\n", cpu, 100.0 * cpu / elapsed);
    return 0;
}
