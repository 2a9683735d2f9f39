#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace limber {

struct Figure;
class ImageLoader;

// Paints a routine as a card in the library's grid:
//
//   ┌──────────────────────────────────────────────────┐
//   │ ┌───────┐ Upper back relief        [Your routine]│
//   │ │ cover │ Three gentle stretches for a stiff or  │
//   │ │       │ sore upper back: at a wall, on a chair │
//   │ └───────┘ and with a strap. Upper back pain o…   │
//   │           About 6 min · Wall, Chair, Yoga strap  │
//   │           Tags: Upper back, Desk,      [ Open ] │
//   │           Posture, Shoulders                     │
//   └──────────────────────────────────────────────────┘
//
// The tags wrap rather than being cut: every card is as high as the one
// whose tags take the most lines.
//
// It draws what the model's roles say (Qt::DisplayRole is the title) and owns
// no data. Clicking the Open button emits openRequested().
class RoutineCardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    enum Role {
        SummaryTextRole = Qt::UserRole + 100, // QString
        DurationTextRole,                     // QString: "About 6 min", or empty
        EquipmentTextRole,                    // QString: "Wall, Chair", or empty
        TagsTextRole,                         // QString: "desk · posture", or empty
        BadgeTextRole,                        // QString: "Your routine", or empty
        CoverFileRole,                        // QString: absolute path, or empty
        CoverFigureRole,   // const Figure*: the drawn cover (wins over the file), or null
        CoverMirroredRole, // bool: the cover flipped left to right (its step's `mirror`)
    };

    explicit RoutineCardDelegate(ImageLoader* loader, QObject* parent = nullptr);

    // Cards are this wide (logical pixels); the view sets it as it resizes.
    void setCardWidth(int width);
    [[nodiscard]] int cardWidth() const { return m_cardWidth; }
    // The narrowest a card may be and still read well, for this font.
    [[nodiscard]] static int minimumCardWidth(const QFont& font);

    // The fonts of a card: the view's font for the body, a larger bold one
    // for the title.
    [[nodiscard]] static QFont bodyFont(const QFont& base);
    [[nodiscard]] static QFont titleFont(const QFont& base);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const override;
    [[nodiscard]] static QString openButtonText();
    // Where the Open button of the card in `option.rect` is.
    [[nodiscard]] QRect openButtonRect(const QStyleOptionViewItem& option) const;
    // Where its cover is.
    [[nodiscard]] QRect coverRect(const QStyleOptionViewItem& option) const;
    // Where its tags are: as many lines as the card with the most tags
    // needs (the last sizeHint() counted them), so that none is cut.
    [[nodiscard]] QRect tagsRect(const QStyleOptionViewItem& option) const;

Q_SIGNALS:
    void openRequested(const QModelIndex& index);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    struct Layout;
    // The card's parts with `tagLines` lines of tags.
    [[nodiscard]] Layout layout(const QStyleOptionViewItem& option, int tagLines) const;

    ImageLoader* m_loader;
    int m_cardWidth = 480;
    mutable int m_tagLines = 1; // of the card with the most, at the last sizeHint()
    QPersistentModelIndex m_pressed;
};

} // namespace limber

Q_DECLARE_METATYPE(const limber::Figure*)
