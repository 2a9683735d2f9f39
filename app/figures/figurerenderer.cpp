#include "figures/figurerenderer.h"

#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPolygonF>
#include <QTransform>
#include <algorithm>
#include <cmath>

namespace limber {

namespace {

QColor mix(const QColor& a, const QColor& b, qreal t) {
    const auto blend = [t](float x, float y) {
        return static_cast<float>(static_cast<qreal>(x) +
                                  (static_cast<qreal>(y) - static_cast<qreal>(x)) * t);
    };
    return QColor::fromRgbF(blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()),
                            blend(a.blueF(), b.blueF()));
}

QPointF toQt(const Point2& p) {
    return {p.x, p.y};
}

QPolygonF polygon(const std::vector<Point2>& points) {
    QPolygonF result;
    result.reserve(static_cast<qsizetype>(points.size()));
    for (const Point2& p : points)
        result.append(toQt(p));
    return result;
}

QPen roundPen(const QColor& colour, double width) {
    QPen pen(colour, width);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}

void drawStroke(QPainter& painter, const Stroke& stroke, const QColor& colour,
                double extraWidth = 0) {
    if (stroke.points.empty())
        return;
    painter.setPen(roundPen(colour, stroke.width + extraWidth));
    if (stroke.closed) {
        painter.setBrush(colour);
        painter.drawPolygon(polygon(stroke.points));
        painter.setBrush(Qt::NoBrush);
    } else if (stroke.points.size() == 1) {
        painter.drawPoint(toQt(stroke.points.front()));
    } else {
        painter.drawPolyline(polygon(stroke.points));
    }
}

// The limb from 40% along its first segment on: its outline must not notch
// the trunk where the limb joins it.
Stroke awayFromRoot(const Stroke& limb) {
    Stroke rest = limb;
    if (rest.points.size() >= 2) {
        const Point2 a = rest.points[0];
        const Point2 b = rest.points[1];
        rest.points[0] = {a.x + (b.x - a.x) * 0.4, a.y + (b.y - a.y) * 0.4};
    }
    return rest;
}

// Where paint() puts `bounds` (scene units, y up) in `target`.
QTransform sceneTransform(const QRectF& target, const Bounds& bounds) {
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    QTransform transform;
    transform.translate(target.center().x() - bounds.width() * scale / 2.0,
                        target.center().y() - bounds.height() * scale / 2.0);
    transform.scale(scale, -scale);
    transform.translate(-bounds.left, -bounds.top);
    return transform;
}

} // namespace

FigureRenderer::FigureRenderer(const QPalette& palette)
    : m_ink(palette.color(QPalette::Active, QPalette::WindowText))
    , m_background(palette.color(QPalette::Active, QPalette::Window)) {
    m_far = mix(m_ink, m_background, 0.28);
    m_props = mix(m_ink, m_background, 0.55);
    m_strap = mix(m_ink, m_background, 0.3);
    const bool dark = m_background.lightnessF() < 0.5f;
    m_accent = dark ? QColor(255, 160, 80) : QColor(240, 110, 20);
    m_accent.setAlphaF(dark ? 0.55f : 0.45f);
}

QPalette FigureRenderer::paperPalette() {
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xff, 0xff, 0xff));
    palette.setColor(QPalette::WindowText, QColor(0x1d, 0x1d, 0x1f));
    return palette;
}

void FigureRenderer::paint(QPainter& painter, const QRectF& target, const FigureScene& scene,
                           const Bounds& bounds) const {
    if (bounds.width() <= 0 || bounds.height() <= 0 || target.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale =
        std::min(target.width() / bounds.width(), target.height() / bounds.height());
    const double top = target.center().y() - bounds.height() * scale / 2.0;
    // The floor runs across the whole target, at y = 0.
    if (scene.floorLine) {
        const double floorY = top + bounds.top * scale;
        painter.setPen(roundPen(m_props, std::max(1.0, 3.0 * scale)));
        painter.drawLine(QPointF(target.left() + 2.0 * scale, floorY),
                         QPointF(target.right() - 2.0 * scale, floorY));
    }

    painter.setTransform(sceneTransform(target, bounds), true);

    for (const Stroke& prop : scene.props)
        drawStroke(painter, prop, m_props);
    // The highlight glows behind the body, wider than the region.
    QColor accent = m_accent;
    accent.setAlphaF(accent.alphaF() * static_cast<float>(scene.highlightStrength));
    for (const Stroke& highlight : scene.highlights) {
        Stroke glow = highlight;
        glow.width *= 1.6;
        drawStroke(painter, glow, accent);
    }
    for (const Limb& limb : scene.behind) {
        drawStroke(painter, limb.stroke, m_far);
        drawStroke(painter, limb.hand, m_far);
    }
    drawStroke(painter, scene.torso, m_ink);
    drawStroke(painter, scene.trunk, m_ink);
    // On the body the accent is solid: see-through, it darkens into the ink.
    QColor onBody = m_accent;
    onBody.setAlphaF(static_cast<float>(scene.highlightStrength));
    for (const Stroke& highlight : scene.highlightsOnBody)
        drawStroke(painter, highlight, onBody);
    for (const Stroke& blade : scene.blades)
        drawStroke(painter, blade, m_background);
    for (const Limb& limb : scene.front) {
        if (limb.nearSide) {
            drawStroke(painter, awayFromRoot(limb.stroke), m_background, 5.0);
            drawStroke(painter, limb.hand, m_background, 5.0);
        }
        drawStroke(painter, limb.stroke, m_ink);
        drawStroke(painter, limb.hand, m_ink);
    }
    // The neck joins the trunk to the head, so that the head stays on it
    // when it nods. The head last, ringed in the background colour: arms
    // raised beside it pass behind it in a side view, and a whole head reads
    // better.
    drawStroke(painter, scene.neck, m_ink);
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_background);
    painter.drawEllipse(toQt(scene.head), scene.headRadius + 2.5, scene.headRadius + 2.5);
    painter.setBrush(m_ink);
    painter.drawEllipse(toQt(scene.head), scene.headRadius, scene.headRadius);
    painter.setBrush(Qt::NoBrush);
    for (const Stroke& nose : scene.nose)
        drawStroke(painter, nose, m_ink);
    for (const Stroke& eye : scene.eyes)
        drawStroke(painter, eye, m_background);
    for (const Stroke& strap : scene.straps)
        drawStroke(painter, strap, m_strap);
    // Arrows over everything, ringed in the background colour so that they
    // show over the body.
    for (const Stroke& arrow : scene.arrows)
        drawStroke(painter, arrow, m_background, 5.0);
    for (const Stroke& arrow : scene.arrows)
        drawStroke(painter, arrow, m_ink);
    painter.restore();
}

QRectF FigureRenderer::sceneRect(const QRectF& target, const FigureScene& scene,
                                 const Bounds& bounds) {
    if (bounds.width() <= 0 || bounds.height() <= 0 || target.isEmpty())
        return {};
    // Each stroke's points grown by half its widest pen (a highlight's glow
    // is 1.6 times its width, a near limb's outline 5 wider).
    QRectF area;
    const auto add = [&area](const Stroke& stroke) {
        const double reach = (std::max(stroke.width * 1.6, stroke.width + 5.0)) / 2.0 + 1.0;
        for (const Point2& p : stroke.points)
            area |= QRectF(p.x - reach, p.y - reach, 2 * reach, 2 * reach);
    };
    for (const auto* strokes :
         {&scene.props, &scene.highlights, &scene.highlightsOnBody, &scene.nose, &scene.eyes,
          &scene.blades, &scene.straps, &scene.arrows}) {
        for (const Stroke& stroke : *strokes)
            add(stroke);
    }
    for (const auto* limbs : {&scene.behind, &scene.front}) {
        for (const Limb& limb : *limbs) {
            add(limb.stroke);
            add(limb.hand);
        }
    }
    add(scene.torso);
    add(scene.trunk);
    add(scene.neck);
    const double head = scene.headRadius + 3.5;
    area |= QRectF(scene.head.x - head, scene.head.y - head, 2 * head, 2 * head);
    return sceneTransform(target, bounds).mapRect(area);
}

QImage FigureRenderer::render(const Figure& figure, const FigureFrame& frame, QSize size,
                              qreal devicePixelRatio) const {
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(m_background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), buildScene(figure, frame),
          sceneBounds(figure));
    return image;
}

} // namespace limber
