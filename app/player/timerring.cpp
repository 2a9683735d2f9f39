#include "player/timerring.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

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
    const bool changedDigits = digits(remaining) != digits(m_remaining);
    m_remaining = remaining;
    m_total = total;
    if (changedDigits)
        updateAccessibleText();
    update();
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

void TimerRing::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal side = std::min(width(), height());
    const bool lit = flashing();
    const qreal pen = std::max(4.0, side * (lit ? 0.085 : 0.06));
    const QRectF ring(QPointF((width() - side) / 2 + pen / 2, (height() - side) / 2 + pen / 2),
                      QSizeF(side - pen, side - pen));

    const QPalette& pal = palette();
    QColor track = pal.color(QPalette::Mid);
    track.setAlphaF(0.45f);
    painter.setPen(QPen(track, pen, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(ring);

    const double fraction = m_total.count() > 0
                                ? std::clamp(static_cast<double>(m_remaining.count()) /
                                                 static_cast<double>(m_total.count()),
                                             0.0, 1.0)
                                : 0.0;
    QColor arc = pal.color(QPalette::Highlight);
    if (lit)
        arc = arc.lighter(pal.color(QPalette::Window).lightness() < 128 ? 140 : 115);
    painter.setPen(QPen(arc, pen, Qt::SolidLine, Qt::RoundCap));
    const int span = static_cast<int>(std::lround(-fraction * 360.0 * 16.0));
    if (span != 0)
        painter.drawArc(ring, 90 * 16, span);

    // The digits, and the word under them.
    QFont big = font();
    big.setPixelSize(std::max(12, static_cast<int>(side * 0.26)));
    big.setBold(true);
    QFont small = font();
    small.setPixelSize(std::max(10, static_cast<int>(side * (lit ? 0.12 : 0.10))));
    small.setBold(lit);

    const QRectF inner = ring.adjusted(pen, pen, -pen, -pen);
    painter.setPen(pal.color(QPalette::WindowText));
    painter.setFont(big);
    const QRectF digitsRect(inner.left(), inner.center().y() - side * 0.2, inner.width(),
                            side * 0.3);
    painter.drawText(digitsRect, Qt::AlignCenter, digitsText());
    painter.setFont(small);
    const QRectF labelRect(inner.left(), digitsRect.bottom(), inner.width(), side * 0.18);
    painter.drawText(labelRect, Qt::AlignCenter,
                     QFontMetrics(small).elidedText(labelText(), Qt::ElideRight,
                                                    static_cast<int>(inner.width() * 0.9)));
}

} // namespace limber
