#include "figures/figureview.h"

#include "figures/figurerenderer.h"

#include <QPainter>
#include <cmath>
#include <limits>
#include <numbers>
#include <utility>

namespace limber {

namespace {

// How long from `seconds` into `figure`'s animation the pose stays as it is:
// 0 while it moves, the rest of a hold, infinity at the end of a figure that
// does not loop (sampleFigure()'s timeline).
double stillFor(const Figure& figure, double seconds) {
    const auto& keys = figure.poses;
    const double cycle = figure.cycleSeconds();
    if (keys.size() < 2 || cycle <= 0)
        return std::numeric_limits<double>::infinity();
    double t = std::max(seconds, 0.0);
    if (figure.loop)
        t = std::fmod(t, cycle);
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const bool last = i + 1 == keys.size();
        if (last && !figure.loop)
            return std::numeric_limits<double>::infinity();
        if (t < keys[i].hold)
            return keys[i].hold - t;
        t -= keys[i].hold;
        const KeyPose& next = last ? keys.front() : keys[i + 1];
        if (t < next.move)
            return 0;
        t -= next.move;
    }
    return 0;
}

} // namespace

FigureView::FigureView(QWidget* parent, NowFunction now)
    : QWidget(parent)
    , m_timer(this)
    , m_now(now ? std::move(now) : NowFunction(&std::chrono::steady_clock::now)) {
    m_timer.setSingleShot(true); // schedule() sets each wait
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FigureView::tick);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FigureView::setFigure(const Figure& figure) {
    m_figure = figure;
    m_bounds = sceneBounds(figure);
    m_pausedSeconds = 0;
    m_started = m_now();
    m_painted.reset();
    m_next.reset();
    updateTimer();
    updateGeometry();
    update();
}

void FigureView::clearFigure() {
    m_figure.reset();
    m_next.reset();
    updateTimer();
    update();
}

void FigureView::setMotionEnabled(bool enabled) {
    if (m_motion == enabled)
        return;
    m_motion = enabled;
    m_next.reset();
    updateTimer();
    update();
}

void FigureView::setPaused(bool paused) {
    if (m_paused == paused)
        return;
    m_paused = paused;
    updateTimer();
}

void FigureView::setBreathPhase(double phase) {
    if (!std::isfinite(phase))
        return;
    m_breathPhase = phase - std::floor(phase);
    m_next.reset();
    if (m_motion && m_figure)
        update();
}

void FigureView::clearBreath() {
    if (!m_breathPhase)
        return;
    m_breathPhase.reset();
    m_next.reset();
    update();
}

double FigureView::animationSeconds() const {
    if (!m_running)
        return m_pausedSeconds;
    return m_pausedSeconds + std::chrono::duration<double>(m_now() - m_started).count();
}

double FigureView::inhale() const {
    if (!m_motion || !m_breathPhase)
        return 0;
    return 0.5 - 0.5 * std::cos(2.0 * std::numbers::pi * *m_breathPhase);
}

FigureFrame FigureView::currentFrame() const {
    if (!m_motion)
        return keyFrame(*m_figure, m_figure->poses.size() - 1);
    return sampleFigure(*m_figure, animationSeconds(), inhale());
}

void FigureView::updateTimer() {
    const bool run = m_figure && m_figure->isAnimated() && m_motion && !m_paused && isVisible() &&
                     std::isfinite(stillFor(*m_figure, animationSeconds()));
    if (!run) {
        if (m_running)
            stop();
        return;
    }
    if (!m_running) {
        m_started = m_now();
        m_running = true;
    }
    schedule(); // a new figure's first frame, not the old one's wait
}

void FigureView::stop() {
    m_pausedSeconds = animationSeconds();
    m_running = false;
    m_timer.stop();
}

void FigureView::schedule() {
    const double still = stillFor(*m_figure, animationSeconds());
    if (!std::isfinite(still)) { // the end of a figure that does not loop
        stop();
        return;
    }
    const int frame = 1000 / kFramesPerSecond;
    m_timer.start(std::max(frame, static_cast<int>(std::ceil(still * 1000))));
}

FigureView::Look FigureView::lookOf(const FigureFrame& frame) {
    return {frame.pose, frame.felt, frame.strapSlack, frame.roll};
}

void FigureView::tick() {
    const FigureFrame frame = currentFrame();
    const Look look = lookOf(frame);
    if (!m_painted || *m_painted != look || m_breathPhase) {
        // Painted as measured: the frame's area is what gets repainted.
        m_next = {look, buildScene(*m_figure, frame)};
        update(sceneRect(m_next->scene) | m_paintedRect);
    }
    schedule();
}

QRectF FigureView::target() const {
    return QRectF(rect()).adjusted(4, 4, -4, -4);
}

QRect FigureView::sceneRect(const FigureScene& scene) const {
    return FigureRenderer::sceneRect(target(), scene, m_bounds)
        .toAlignedRect()
        .adjusted(-2, -2, 2, 2);
}

void FigureView::paintEvent(QPaintEvent*) {
    if (!m_figure || m_figure->poses.empty())
        return;
    if (!m_next) {
        const FigureFrame frame = currentFrame();
        m_next = {lookOf(frame), buildScene(*m_figure, frame)};
    }
    QPainter painter(this);
    const FigureRenderer renderer(palette());
    renderer.paint(painter, target(), m_next->scene, m_bounds);
    m_painted = m_next->look;
    m_paintedRect = sceneRect(m_next->scene);
    m_next.reset();
}

void FigureView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    updateTimer();
}

void FigureView::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    updateTimer();
}

QSize FigureView::sizeHint() const {
    return {320, heightForWidth(320)};
}

QSize FigureView::minimumSizeHint() const {
    return {96, 96};
}

int FigureView::heightForWidth(int width) const {
    if (!m_figure || m_bounds.width() <= 0)
        return width;
    return static_cast<int>(std::lround(width * m_bounds.height() / m_bounds.width()));
}

} // namespace limber
