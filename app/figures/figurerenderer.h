#pragma once

#include "figure/figure.h"

#include <QColor>
#include <QImage>
#include <QPalette>
#include <QRectF>
#include <QSize>

class QPainter;

namespace limber {

// Paints a FigureScene (figure.h) with QPainter: vector strokes with round
// caps and joins, antialiased, so it is crisp at any size and device pixel
// ratio. Colours come from a palette, so the picture follows light, dark and
// high-contrast themes:
//   figure     WindowText
//   far limbs  WindowText, a little towards Window (depth in a side view)
//   props      halfway between WindowText and Window (muted)
//   strap      two thirds of the way to WindowText
//   highlight  a warm orange, translucent, glowing behind the region;
//              lighter on a dark Window
// Limbs in front of the trunk get a thin outline in the Window colour, as
// on public signage, so that an arm across the body stays readable.
class FigureRenderer {
public:
    explicit FigureRenderer(const QPalette& palette);

    // The palette of pictures for paper and files (the handout, the
    // exported figures): the app's light theme on white.
    [[nodiscard]] static QPalette paperPalette();

    // Fits `bounds` (scene units) into `target`, keeping the aspect ratio,
    // centred. Does not fill the background.
    void paint(QPainter& painter, const QRectF& target, const FigureScene& scene,
               const Bounds& bounds) const;

    // The area paint() covers with `scene` in `target`, the floor aside
    // (it lies across the whole target, the same in every frame): what a
    // view repaints of a frame.
    [[nodiscard]] static QRectF sceneRect(const QRectF& target, const FigureScene& scene,
                                          const Bounds& bounds);

    // One frame as an image of `size` logical pixels on the Window colour.
    [[nodiscard]] QImage render(const Figure& figure, const FigureFrame& frame, QSize size,
                                qreal devicePixelRatio = 1.0) const;

    [[nodiscard]] QColor ink() const { return m_ink; }
    [[nodiscard]] QColor background() const { return m_background; }
    [[nodiscard]] QColor propColour() const { return m_props; }
    [[nodiscard]] QColor accent() const { return m_accent; }

private:
    QColor m_ink;
    QColor m_far;
    QColor m_background;
    QColor m_props;
    QColor m_strap;
    QColor m_accent;
};

} // namespace limber
