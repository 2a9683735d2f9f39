#pragma once

#include "routine/routine.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace limber {

// The sign of a safety notice's level: a triangle with "!" for Warning
// (filled) and Caution (outlined), a circled "i" for Info. The level's word
// always stands beside it; the sign only helps the eye find it.
struct SafetyIconColours {
    QColor ink;      // the Info sign
    QColor accent;   // the triangles
    QColor onAccent; // the "!" on a filled triangle
};

// Paints the sign into `square` (any painter: a pixmap, a PDF page).
void paintSafetyIcon(QPainter& painter, const QRectF& square, SafetyLevel level,
                     const SafetyIconColours& colours);

} // namespace limber
