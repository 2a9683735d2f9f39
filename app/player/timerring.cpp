#include "player/timerring.h"

#include <QEvent>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace limber {

TimerRing::TimerRing(QWidget* parent)
    : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_flash.setSingleShot(true);
    m_flash.setInterval(kFlashLength);
    connect(&m_flash, &QTimer::timeout, this, [this] {
        update();
        updateAccessibleText();
    });
    updateAccessibleText();
}

QString TimerRing::digits(std::chrono::nanoseconds remaining) {
    using namespace std::chrono;
    const auto whole = static_cast<int>(ceil<seconds>(std::max(remaining, nanoseconds{0})).count());
    const QLocale locale;
    const int secs = whole % 60;
    return locale.toString(whole / 60) + u':' + (secs < 10 ? locale.zeroDigit() : QString()) +
           locale.toString(secs);
}

void TimerRing::setTime(std::chrono::nanoseconds remaining, std::chrono::nanoseconds total) {
    const QString before = digitsText();
    const int spanBefore = arcSpan();
    m_remaining = remaining;
    m_total = total;
    if (digitsText() != before) {
        updateAccessibleText();
        update(layout().digits.toAlignedRect());
    }
    const int span = arcSpan();
    if (span != spanBefore)
        update(sweep(spanBefore, span));
}

void TimerRing::setLabel(const QString& label) {
    if (label == m_label)
        return;
    m_label = label;
    m_flash.stop(); // a new phase: a flash of the last one is stale
    updateAccessibleText();
    update();
}

void TimerRing::flash(const QString& text) {
    m_flashText = text;
    m_flash.start();
    updateAccessibleText();
    update();
}

QString TimerRing::labelText() const {
    return flashing() && !m_flashText.isEmpty() ? m_flashText : m_label;
}

void TimerRing::updateAccessibleText() {
    setAccessibleName(tr("%1, %2 left").arg(labelText(), digitsText()));
}

void TimerRing::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        updateAccessibleText();
        update();
    }
}

QSize TimerRing::sizeHint() const {
    const int line = fontMetrics().height();
    return {line * 10, line * 10};
}

QSize TimerRing::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {line * 5, line * 5};
}

TimerRing::Layout TimerRing::layout() const {
    Layout l;
    l.side = std::min(width(), height());
    l.pen = std::max(4.0, l.side * (flashing() ? 0.085 : 0.06));
    l.ring =
        QRectF(QPointF((width() - l.side) / 2 + l.pen / 2, (height() - l.side) / 2 + l.pen / 2),
               QSizeF(l.side - l.pen, l.side - l.pen));
    const QRectF inner = l.ring.adjusted(l.pen, l.pen, -l.pen, -l.pen);
    l.digits = QRectF(inner.left(), inner.center().y() - l.side * 0.2, inner.width(), l.side * 0.3);
    l.label = QRectF(inner.left(), l.digits.bottom(), inner.width(), l.side * 0.18);
    return l;
}

int TimerRing::arcSpan() const {
    const double fraction = m_total.count() > 0
                                ? std::clamp(static_cast<double>(m_remaining.count()) /
                                                 static_cast<double>(m_total.count()),
                                             0.0, 1.0)
                                : 0.0;
    return -static_cast<int>(std::lround(fraction * 360.0 * 16.0 / kArcStep)) * kArcStep;
}

QRect TimerRing::sweep(int fromSpan, int toSpan) const {
    const Layout l = layout();
    const QPointF centre = l.ring.center();
    const double radius = l.ring.width() / 2;
    // Points along the way, no further apart than a pen's width, each
    // grown by the round cap.
    const double from = 90.0 + fromSpan / 16.0;
    const double to = 90.0 + toSpan / 16.0;
    const double stepDegrees =
        std::max(1.0, l.pen / std::max(radius, 1.0) * 180.0 / std::numbers::pi);
    const int steps = static_cast<int>(std::ceil(std::abs(to - from) / stepDegrees));
    const qreal grow = l.pen / 2 + 2;
    QRectF area;
    for (int i = 0; i <= steps; ++i) {
        const double degrees = from + (to - from) * i / std::max(steps, 1);
        const double radians = degrees * std::numbers::pi / 180.0;
        const QPointF at(centre.x() + radius * std::cos(radians),
                         centre.y() - radius * std::sin(radians));
        area |= QRectF(at - QPointF(grow, grow), QSizeF(2 * grow, 2 * grow));
    }
    return area.toAlignedRect();
}

void TimerRing::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Layout l = layout();
    const bool lit = flashing();
    const QRect dirty = event->rect();

    const QPalette& pal = palette();
    QColor track = pal.color(QPalette::Mid);
    track.setAlphaF(0.45f);
    painter.setPen(QPen(track, l.pen, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(l.ring);

    QColor arc = pal.color(QPalette::Highlight);
    if (lit)
        arc = arc.lighter(pal.color(QPalette::Window).lightness() < 128 ? 140 : 115);
    painter.setPen(QPen(arc, l.pen, Qt::SolidLine, Qt::RoundCap));
    const int span = arcSpan();
    if (span != 0)
        painter.drawArc(l.ring, 90 * 16, span);

    // The digits, and the word under them, where they are to be painted.
    painter.setPen(pal.color(QPalette::WindowText));
    if (dirty.intersects(l.digits.toAlignedRect())) {
        QFont big = font();
        big.setPixelSize(std::max(12, static_cast<int>(l.side * 0.26)));
        big.setBold(true);
        painter.setFont(big);
        painter.drawText(l.digits, Qt::AlignCenter, digitsText());
    }
    if (dirty.intersects(l.label.toAlignedRect())) {
        QFont small = font();
        small.setPixelSize(std::max(10, static_cast<int>(l.side * (lit ? 0.12 : 0.10))));
        small.setBold(lit);
        painter.setFont(small);
        painter.drawText(l.label, Qt::AlignCenter,
                         QFontMetrics(small).elidedText(labelText(), Qt::ElideRight,
                                                        static_cast<int>(l.label.width() * 0.9)));
    }
}

} // namespace limber
