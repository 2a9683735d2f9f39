#include "figures/figureview.h"

#include "figures/figurerenderer.h"

#include <QPainter>
#include <cmath>
#include <numbers>

namespace limber {

FigureView::FigureView(QWidget* parent)
    : QWidget(parent)
    , m_timer(this) {
    m_timer.setInterval(1000 / kFramesPerSecond);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &FigureView::tick);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FigureView::setFigure(const Figure& figure) {
    m_figure = figure;
    m_bounds = sceneBounds(figure);
    m_pausedSeconds = 0;
    m_clock.restart();
    m_painted.reset();
    updateTimer();
    updateGeometry();
    update();
}

void FigureView::clearFigure() {
    m_figure.reset();
    updateTimer();
    update();
}

void FigureView::setMotionEnabled(bool enabled) {
    if (m_motion == enabled)
        return;
    m_motion = enabled;
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
    if (m_motion && m_figure)
        update();
}

void FigureView::clearBreath() {
    if (!m_breathPhase)
        return;
    m_breathPhase.reset();
    update();
}

double FigureView::animationSeconds() const {
    return m_pausedSeconds + (m_timer.isActive() && m_clock.isValid()
                                  ? static_cast<double>(m_clock.elapsed()) / 1000.0
                                  : 0.0);
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
    const bool run = m_figure && m_figure->isAnimated() && m_motion && !m_paused && isVisible();
    if (run == m_timer.isActive())
        return;
    if (run) {
        m_clock.restart();
        m_timer.start();
    } else {
        m_pausedSeconds = animationSeconds();
        m_timer.stop();
    }
}

void FigureView::tick() {
    // Holds cost a tick, not a paint.
    const FigureFrame frame = currentFrame();
    if (m_painted && *m_painted == frame.pose && !m_breathPhase)
        return;
    update();
}

void FigureView::paintEvent(QPaintEvent*) {
    if (!m_figure || m_figure->poses.empty())
        return;
    QPainter painter(this);
    const FigureFrame frame = currentFrame();
    const FigureRenderer renderer(palette());
    renderer.paint(painter, QRectF(rect()).adjusted(4, 4, -4, -4), buildScene(*m_figure, frame),
                   m_bounds);
    m_painted = frame.pose;
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
