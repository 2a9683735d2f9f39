#include "common/safetyicon.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

void paintSafetyIcon(QPainter& painter, const QRectF& square, SafetyLevel level,
                     const SafetyIconColours& colours) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(square.topLeft());
    const qreal s = std::min(square.width(), square.height());
    const qreal stroke = std::max(1.5, s / 12);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(std::max(8, qRound(s * 0.55)));
    // The letter as a shape: on a PDF page it is a drawing, not a word of
    // the text.
    const auto letter = [&painter, &font](const QRectF& box, const QString& text,
                                          const QColor& colour) {
        QPainterPath path;
        path.addText(0, 0, font, text);
        const QRectF bounds = path.boundingRect();
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawPath(path.translated(box.center() - bounds.center()));
    };
    if (level == SafetyLevel::Info) {
        painter.setPen(QPen(colours.ink, stroke));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(QRectF(stroke, stroke, s - 2 * stroke, s - 2 * stroke));
        letter(QRectF(0, 0, s, s), u"i"_s, colours.ink);
        painter.restore();
        return;
    }
    QPainterPath triangle;
    triangle.moveTo(s / 2, stroke);
    triangle.lineTo(s - stroke, s - stroke * 1.5);
    triangle.lineTo(stroke, s - stroke * 1.5);
    triangle.closeSubpath();
    painter.setPen(QPen(colours.accent, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(level == SafetyLevel::Warning ? QBrush(colours.accent) : QBrush(Qt::NoBrush));
    painter.drawPath(triangle);
    letter(QRectF(0, s * 0.3, s, s * 0.6), u"!"_s,
           level == SafetyLevel::Warning ? colours.onAccent : colours.accent);
    painter.restore();
}

} // namespace limber
