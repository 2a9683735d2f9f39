#include "player/breathguide.h"

#include "audio/cuewords.h"
#include "common/describe.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace limber {

BreathGuide::BreathGuide(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BreathGuide::setBreath(int breath, int count, BreathPhase phase, double fraction) {
    const bool wordsChanged = breath != m_breath || count != m_count || phase != m_phase;
    m_breath = breath;
    m_count = count;
    m_phase = phase;
    m_fraction = std::clamp(fraction, 0.0, 1.0);
    if (wordsChanged)
        updateAccessibleText();
    update();
}

void BreathGuide::updateAccessibleText() {
    setAccessibleName(phaseText() + u", "_s + countText());
}

void BreathGuide::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    }
}

void BreathGuide::setMotion(bool on) {
    m_motion = on;
    update();
}

QString BreathGuide::phaseText() const {
    switch (m_phase) {
    case BreathPhase::Inhale:
        return CueWords::breatheIn();
    case BreathPhase::Exhale:
        return CueWords::breatheOut();
    case BreathPhase::None:
        break;
    }
    return {};
}

QString BreathGuide::countText() const {
    if (m_count <= 0)
        return {};
    return tr("Breath %1 of %2").arg(Describe::number(m_breath), Describe::number(m_count));
}

QSize BreathGuide::sizeHint() const {
    const int line = fontMetrics().height();
    return {line * 10, line * 10};
}

QSize BreathGuide::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {line * 5, line * 5};
}

BreathGuide::Circle BreathGuide::circle() const {
    Circle c;
    c.countHeight = std::max(18.0, height() * 0.14);
    c.side = std::max<qreal>(0, std::min<qreal>(width(), height() - c.countHeight));
    c.centre = QPointF(width() / 2.0, (height() - c.countHeight) / 2.0);
    c.maxRadius = std::max<qreal>(1, c.side / 2.0 - 2.0);
    c.minRadius = c.maxRadius * 0.55;
    return c;
}

qreal BreathGuide::smallestRadius() const {
    return circle().minRadius;
}

qreal BreathGuide::roomInCircle(qreal radius, qreal lineHeight) {
    // The chord at half the line's height from the middle, less the outline
    // and a little air on each side.
    const qreal half = std::min(radius, lineHeight / 2.0);
    return std::max<qreal>(0, 2.0 * std::sqrt(radius * radius - half * half) * 0.9 - 6.0);
}

QFont BreathGuide::phaseFont() const {
    const Circle c = circle();
    QFont words = font();
    words.setBold(true);
    const QString text = phaseText();
    constexpr int kSmallest = 9;
    int pixels = std::max(12, static_cast<int>(c.side * 0.12));
    for (;; --pixels) {
        words.setPixelSize(pixels);
        const QFontMetricsF metrics(words);
        if (pixels <= kSmallest ||
            metrics.horizontalAdvance(text) <= roomInCircle(c.minRadius, metrics.height()))
            break;
    }
    return words;
}

QString BreathGuide::shownPhaseText() const {
    const QFont words = phaseFont();
    const QFontMetricsF metrics(words);
    return metrics.elidedText(phaseText(), Qt::ElideRight,
                              roomInCircle(smallestRadius(), metrics.height()));
}

void BreathGuide::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const auto [centre, side, maxRadius, minRadius, countHeight] = circle();

    // Eased: slow at the turns, like a breath.
    const double eased = (1.0 - std::cos(m_fraction * std::numbers::pi)) / 2.0;
    double size = 1.0; // 0 = small, 1 = full
    if (!m_motion)
        size = 0.75;
    else if (m_phase == BreathPhase::Inhale)
        size = eased;
    else if (m_phase == BreathPhase::Exhale)
        size = 1.0 - eased;
    const qreal radius = minRadius + (maxRadius - minRadius) * size;

    QColor outline = pal.color(QPalette::Mid);
    painter.setPen(QPen(outline, 2.0, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, maxRadius, maxRadius);

    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlphaF(0.35f);
    painter.setPen(QPen(pal.color(QPalette::Highlight), 3.0));
    painter.setBrush(fill);
    painter.drawEllipse(centre, radius, radius);

    // One line that fits the smallest circle (phaseFont()).
    painter.setFont(phaseFont());
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(
        QRectF(centre.x() - maxRadius, centre.y() - maxRadius, 2 * maxRadius, 2 * maxRadius),
        Qt::AlignCenter, shownPhaseText());

    QFont count = font();
    count.setPixelSize(std::max(11, static_cast<int>(countHeight * 0.6)));
    painter.setFont(count);
    painter.drawText(QRectF(0, height() - countHeight, width(), countHeight), Qt::AlignCenter,
                     countText());
}

} // namespace limber
