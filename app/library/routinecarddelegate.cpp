#include "library/routinecarddelegate.h"

#include "common/focusring.h"
#include "common/fonts.h"
#include "common/imageloader.h"
#include "figure/figure.h"
#include "figures/figurerenderer.h"
#include "library/routinecardmodel.h"

#include <QApplication>
#include <QMouseEvent>
#include <QPainter>
#include <QTextLayout>
#include <optional>

namespace limber {

namespace {

QColor mixed(const QColor& a, const QColor& b, float amountOfB) {
    const auto mix = [amountOfB](float x, float y) {
        return x * (1 - amountOfB) + y * amountOfB;
    };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()),
                            mix(a.blueF(), b.blueF()));
}

// Draws `text` word-wrapped into `rect`, at most `maxLines` lines, the last
// one elided.
void drawWrapped(QPainter* painter, const QRect& rect, const QString& text, int maxLines) {
    const QFontMetrics metrics(painter->font());
    QTextLayout layout(text, painter->font());
    layout.beginLayout();
    qreal y = rect.top();
    for (int n = 0; n < maxLines; ++n) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(rect.width());
        const bool last = n == maxLines - 1;
        const QString rest = text.mid(line.textStart());
        if (last && line.textStart() + line.textLength() < text.size()) {
            painter->drawText(QPointF(rect.left(), y + metrics.ascent()),
                              metrics.elidedText(rest.simplified(), Qt::ElideRight, rect.width()));
        } else {
            painter->drawText(QPointF(rect.left(), y + metrics.ascent()),
                              text.mid(line.textStart(), line.textLength()).trimmed());
        }
        y += metrics.lineSpacing();
    }
    layout.endLayout();
}

// How many lines `text` takes word-wrapped in `width` with `font`.
int wrappedLines(const QString& text, const QFont& font, int width) {
    if (text.isEmpty())
        return 1;
    QTextLayout layout(text, font);
    layout.beginLayout();
    int lines = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        ++lines;
    }
    layout.endLayout();
    return std::max(1, lines);
}

} // namespace

struct RoutineCardDelegate::Layout {
    QRect card;
    QRect cover;
    QRect title;
    QRect summary;
    QRect meta;
    QRect tags;
    QRect button;
    int height = 0; // of the whole item
};

RoutineCardDelegate::RoutineCardDelegate(ImageLoader* loader, QObject* parent)
    : QStyledItemDelegate(parent)
    , m_loader(loader) {}

void RoutineCardDelegate::setCardWidth(int width) {
    m_cardWidth = width;
}

int RoutineCardDelegate::minimumCardWidth(const QFont& font) {
    return QFontMetrics(bodyFont(font)).averageCharWidth() * 80;
}

QFont RoutineCardDelegate::bodyFont(const QFont& base) {
    return scaledFont(base, 1.1);
}

QFont RoutineCardDelegate::titleFont(const QFont& base) {
    QFont font = scaledFont(base, 1.35);
    font.setBold(true);
    return font;
}

QString RoutineCardDelegate::openButtonText() {
    return tr("Open", "button: opens the routine");
}

RoutineCardDelegate::Layout RoutineCardDelegate::layout(const QStyleOptionViewItem& option,
                                                        int tagLines) const {
    const QFontMetrics body(bodyFont(option.font));
    const QFontMetrics title(titleFont(option.font));
    const int line = body.lineSpacing();
    const int gap = line / 3;
    const int pad = line * 3 / 4;

    Layout l;
    const QRect item(option.rect.topLeft(), QSize(option.rect.width(), 0));
    const int left = item.left() + gap + pad;
    const int right = item.right() - gap - pad;
    const int top = item.top() + gap + pad;
    l.cover = QRect(left, top, line * 8, line * 6);

    const int textLeft = l.cover.right() + 1 + pad;
    const int textWidth = std::max(line, right + 1 - textLeft);
    l.title = QRect(textLeft, top, textWidth, title.height());
    l.summary = QRect(textLeft, l.title.bottom() + 1 + gap, textWidth, line * 3);
    l.meta = QRect(textLeft, l.summary.bottom() + 1 + gap, textWidth, line);

    QStyleOptionButton button;
    button.fontMetrics = body;
    button.text = openButtonText();
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    const QSize buttonSize = style->sizeFromContents(
        QStyle::CT_PushButton, &button,
        QSize(body.horizontalAdvance(button.text) + line, body.height()), option.widget);
    // The tags beside the button, their first line level with its text,
    // wrapped onto as many lines as they take.
    const int rowTop = l.meta.bottom() + 1 + gap;
    const int tagsTop = rowTop + std::max(0, (buttonSize.height() - line) / 2);
    const int rowHeight =
        std::max(buttonSize.height(), tagsTop - rowTop + std::max(1, tagLines) * line);
    l.button = QRect(QPoint(right + 1 - buttonSize.width(), rowTop), buttonSize);
    l.tags = QRect(textLeft, tagsTop, std::max(0, l.button.left() - pad - textLeft),
                   std::max(1, tagLines) * line);

    const int bottom = std::max(rowTop + rowHeight, l.cover.bottom() + 1) + pad + gap;
    l.height = bottom - item.top();
    l.card = QRect(item.left() + gap, item.top() + gap, item.width() - 2 * gap, l.height - 2 * gap);
    return l;
}

QRect RoutineCardDelegate::openButtonRect(const QStyleOptionViewItem& option) const {
    return layout(option, m_tagLines).button;
}

QRect RoutineCardDelegate::coverRect(const QStyleOptionViewItem& option) const {
    return layout(option, m_tagLines).cover;
}

QRect RoutineCardDelegate::tagsRect(const QStyleOptionViewItem& option) const {
    return layout(option, m_tagLines).tags;
}

QSize RoutineCardDelegate::sizeHint(const QStyleOptionViewItem& option,
                                    const QModelIndex& index) const {
    QStyleOptionViewItem opt = option;
    opt.rect.setWidth(m_cardWidth);
    // Every card as high as the one with the most lines of tags in the whole
    // library, shown or filtered out, so that the grid stays even (the view
    // asks one card: uniform item sizes) and keeps its height as a search
    // narrows it.
    const int width = layout(opt, 1).tags.width();
    const QFont body = bodyFont(option.font);
    int lines = 1;
    if (const auto* cards = qobject_cast<const RoutineCardModel*>(index.model())) {
        for (const QString& tags : cards->everyTagsText())
            lines = std::max(lines, wrappedLines(tags, body, width));
    }
    m_tagLines = lines;
    return {m_cardWidth, layout(opt, lines).height};
}

void RoutineCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const {
    const Layout l = layout(option, m_tagLines);
    const QPalette& palette = option.palette;
    const auto group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const bool selected = option.state & QStyle::State_Selected;
    const bool focused = option.state & QStyle::State_HasFocus;
    const QColor text = palette.color(group, QPalette::Text);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    // The card: calm by default; the chosen one gets a tint and a thick
    // outline, so it shows without relying on colour alone.
    const QColor base = palette.color(group, QPalette::Base);
    const QColor highlight = palette.color(group, QPalette::Highlight);
    const qreal radius = l.card.height() * 0.06;
    painter->setBrush(selected ? mixed(base, highlight, 0.12f) : base);
    painter->setPen(selected  ? QPen(highlight, 3)
                    : focused ? focusRingPen(palette, group)
                              : QPen(palette.color(group, QPalette::Mid), 1));
    painter->drawRoundedRect(QRectF(l.card).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    // The cover: a drawn figure, still on the pose it leads to (as the
    // player shows it with motion off); else a picture file from the
    // loader's cache, asked for when missing.
    const auto* figure = index.data(CoverFigureRole).value<const Figure*>();
    const QString cover = index.data(CoverFileRole).toString();
    const bool mirrored = index.data(CoverMirroredRole).toBool();
    const qreal dpr = painter->device()->devicePixelRatioF();
    const QSize deviceSize = (QSizeF(l.cover.size()) * dpr).toSize();
    std::optional<QImage> image;
    if (figure && !figure->poses.empty()) {
        const QColor backdrop = ImageLoader::pictureBackdrop(palette);
        painter->setPen(Qt::NoPen);
        painter->setBrush(backdrop);
        painter->drawRoundedRect(QRectF(l.cover), radius, radius);
        QPalette ink = palette;
        ink.setColor(QPalette::Window, backdrop);
        ink.setColor(QPalette::WindowText, palette.color(group, QPalette::Text));
        std::optional<Figure> flipped;
        if (mirrored) {
            flipped = *figure;
            flipped->mirrored = !figure->mirrored;
        }
        const Figure& shown = flipped ? *flipped : *figure;
        const FigureFrame frame = keyFrame(shown, shown.poses.size() - 1);
        FigureRenderer(ink).paint(*painter, QRectF(l.cover).adjusted(2, 2, -2, -2),
                                  buildScene(shown, frame), sceneBounds(shown));
    } else if (m_loader && !cover.isEmpty()) {
        image = m_loader->cached(cover, deviceSize);
        if (!image)
            m_loader->request(cover, deviceSize);
    }
    if (figure) {
        // drawn above
    } else if (image && !image->isNull()) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(ImageLoader::pictureBackdrop(palette));
        painter->drawRoundedRect(QRectF(l.cover), radius, radius);
        const QSizeF logical = QSizeF(image->size()) / dpr;
        QRectF target(QPointF(), logical);
        target.moveCenter(QRectF(l.cover).center());
        painter->save();
        if (mirrored) {
            painter->translate(target.center());
            painter->scale(-1, 1);
            painter->translate(-target.center());
        }
        painter->drawImage(target, *image);
        painter->restore();
    } else if (cover.isEmpty() || image) {
        painter->drawPixmap(l.cover.topLeft(),
                            ImageLoader::placeholder(l.cover.size(), dpr, palette));
    }

    // Title, and the badge at the end of its row.
    const QFont body = bodyFont(option.font);
    const QFontMetrics bodyMetrics(body);
    const QString badge = index.data(BadgeTextRole).toString();
    int titleWidth = l.title.width();
    if (!badge.isEmpty()) {
        const int line = bodyMetrics.lineSpacing();
        QRect badgeRect(0, 0, bodyMetrics.horizontalAdvance(badge) + line,
                        bodyMetrics.height() + line / 4);
        badgeRect.moveTopRight(QPoint(l.title.right(), l.title.top()));
        badgeRect.moveCenter(QPoint(badgeRect.center().x(), l.title.center().y()));
        titleWidth -= badgeRect.width() + line / 2;
        painter->setFont(body);
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(highlight, 1.5));
        painter->drawRoundedRect(QRectF(badgeRect).adjusted(0.5, 0.5, -0.5, -0.5),
                                 badgeRect.height() / 2.0, badgeRect.height() / 2.0);
        painter->setPen(text);
        painter->drawText(badgeRect, Qt::AlignCenter, badge);
    }
    const QFont title = titleFont(option.font);
    painter->setFont(title);
    painter->setPen(text);
    painter->drawText(QRect(l.title.topLeft(), QSize(std::max(0, titleWidth), l.title.height())),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(title).elidedText(index.data(Qt::DisplayRole).toString(),
                                                     Qt::ElideRight, std::max(0, titleWidth)));

    // Summary (three lines at most), duration and equipment, tags.
    painter->setFont(body);
    drawWrapped(painter, l.summary, index.data(SummaryTextRole).toString(), 3);
    QStringList meta;
    for (int role : {DurationTextRole, EquipmentTextRole}) {
        const QString part = index.data(role).toString();
        if (!part.isEmpty())
            meta << part;
    }
    QFont bold = body;
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(
        l.meta, Qt::AlignLeft | Qt::AlignVCenter,
        QFontMetrics(bold).elidedText(meta.join(u" · "), Qt::ElideRight, l.meta.width()));
    painter->setFont(body);
    drawWrapped(painter, l.tags, index.data(TagsTextRole).toString(), m_tagLines);

    // The Open button.
    QStyleOptionButton button;
    if (option.widget)
        button.initFrom(option.widget);
    button.rect = l.button;
    button.text = openButtonText();
    button.fontMetrics = bodyMetrics;
    button.palette = palette;
    button.state =
        QStyle::State_Enabled | (m_pressed == index ? QStyle::State_Sunken : QStyle::State_Raised);
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_PushButton, &button, painter, option.widget);

    painter->restore();
}

bool RoutineCardDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                      const QStyleOptionViewItem& option,
                                      const QModelIndex& index) {
    const auto type = event->type();
    if (type == QEvent::MouseButtonPress || type == QEvent::MouseButtonRelease ||
        type == QEvent::MouseButtonDblClick) {
        const auto* mouse = static_cast<QMouseEvent*>(event);
        const bool onButton =
            layout(option, m_tagLines).button.contains(mouse->position().toPoint());
        if (mouse->button() == Qt::LeftButton && type == QEvent::MouseButtonRelease) {
            const bool clicked = onButton && m_pressed == index;
            m_pressed = QPersistentModelIndex();
            if (clicked) {
                Q_EMIT openRequested(index);
                return true;
            }
        } else if (onButton && mouse->button() == Qt::LeftButton) {
            m_pressed = index;
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace limber
