#include "common/focusring.h"

#include <QPainter>

namespace limber {

QPen focusRingPen(const QPalette& palette, QPalette::ColorGroup group) {
    return QPen(palette.color(group, QPalette::Highlight), kFocusRingWidth);
}

void paintFocusRing(QPainter& painter, const QRect& around, const QPalette& palette) {
    const qreal inset = kFocusRingWidth / 2.0;
    const QRectF ring = QRectF(around).adjusted(-1 - inset, -1 - inset, 1 + inset, 1 + inset);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(focusRingPen(palette));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(ring, kFocusRingWidth * 2, kFocusRingWidth * 2);
    painter.restore();
}

} // namespace limber
