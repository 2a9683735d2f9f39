#include "player/breathguide.h"

#include "audio/cuewords.h"
#include "common/describe.h"

#include <QEvent>
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

void BreathGuide::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const qreal countHeight = std::max(18.0, height() * 0.14);
    const qreal side = std::min<qreal>(width(), height() - countHeight);
    const QPointF centre(width() / 2.0, (height() - countHeight) / 2.0);
    const qreal maxRadius = side / 2.0 - 2.0;
    const qreal minRadius = maxRadius * 0.55;

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

    QFont words = font();
    words.setPixelSize(std::max(12, static_cast<int>(side * 0.12)));
    words.setBold(true);
    painter.setFont(words);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(
        QRectF(centre.x() - maxRadius, centre.y() - maxRadius, 2 * maxRadius, 2 * maxRadius),
        Qt::AlignCenter | Qt::TextWordWrap, phaseText());

    QFont count = font();
    count.setPixelSize(std::max(11, static_cast<int>(countHeight * 0.6)));
    painter.setFont(count);
    painter.drawText(QRectF(0, height() - countHeight, width(), countHeight), Qt::AlignCenter,
                     countText());
}

} // namespace limber
