#pragma once

#include <QFont>

namespace limber {

// `base` scaled by `factor` (in points, or pixels for a pixel-sized font),
// so every text follows the person's font size; bold when asked, else as
// `base` is.
[[nodiscard]] inline QFont scaledFont(const QFont& base, qreal factor, bool bold = false) {
    QFont font = base;
    if (base.pointSizeF() > 0)
        font.setPointSizeF(base.pointSizeF() * factor);
    else
        font.setPixelSize(qRound(base.pixelSize() * factor));
    if (bold)
        font.setBold(true);
    return font;
}

} // namespace limber
