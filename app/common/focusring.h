#pragma once

#include <QPalette>
#include <QPen>
#include <QRect>

class QPainter;

namespace limber {

// The keyboard focus as Limber's own drawings show it: a line kFocusRingWidth
// px wide in the palette's Highlight colour, so that it stands out in light
// and dark palettes alike, and as a shape, not only as a colour.
inline constexpr int kFocusRingWidth = 2;

[[nodiscard]] QPen focusRingPen(const QPalette& palette,
                                QPalette::ColorGroup group = QPalette::Active);

// A ring with rounded corners around `around`, a pixel clear of it: the
// painter's device needs kFocusRingWidth + 1 px free on each side.
void paintFocusRing(QPainter& painter, const QRect& around, const QPalette& palette);

} // namespace limber
