#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QSize>
#include <QString>
#include <QThreadPool>
#include <optional>

class QPainter;
class QPalette;
class QRectF;

namespace limber {

// Loads a routine's pictures (PNG, JPEG, SVG) off the GUI thread, scaled to
// fit a size in device pixels, and keeps the recent ones.
//
// The routine loader has already refused paths that leave the routine's
// folder and SVGs that reference other files; this class guards against what
// is left: missing files, garbage, and huge images (a PNG that claims to be
// 20000×20000 is refused from its header, before anything is decoded).
//
//   loader.request(u"/…/wall-cover.svg"_s, {240, 240});   // at scale 2: 2× the widget
//   … loaded(file, {240, 240}, image) arrives on the GUI thread; a null image
//   means "show the placeholder".
//
// SVGs are rendered at the requested size, so they stay crisp at any scale.
class ImageLoader : public QObject {
    Q_OBJECT

public:
    // Pictures larger than this are refused before decoding.
    static constexpr qint64 kMaxPixels = 24'000'000;
    // SVG files larger than this are refused before parsing.
    static constexpr qint64 kMaxSvgBytes = 4 * 1024 * 1024;

    explicit ImageLoader(QObject* parent = nullptr);
    ~ImageLoader() override;

    // The picture as last loaded at this size: a null QImage when it could not
    // be loaded, std::nullopt when it has not been loaded yet.
    [[nodiscard]] std::optional<QImage> cached(const QString& file, QSize size) const;
    // Loads the picture in the background unless it is cached or on its way;
    // `loaded` follows. `size` is in device pixels; the image fits inside it
    // with its aspect ratio kept.
    void request(const QString& file, QSize size);
    // Blocks until every request has been answered (for tests and shutdown).
    void waitForDone();

    // The work itself: safe to call from any thread. A null image on failure.
    [[nodiscard]] static QImage load(const QString& file, QSize size);

    // The resolution a picture file is decoded at for paper.
    static constexpr int kPrintDpi = 300;
    // Paints the picture in `file` fitted into `target` (aspect ratio kept,
    // centred) on any painter, a PDF page's too, with the same guards as
    // load(): an SVG as vector drawing, a PNG or JPEG decoded at the
    // painter's resolution, at most kPrintDpi. false, with nothing painted,
    // when it cannot be loaded.
    [[nodiscard]] static bool paint(QPainter& painter, const QRectF& target, const QString& file);

    // A calm "picture missing" placeholder in `palette`'s colours: a rounded
    // frame with a muted picture icon (and the words when there is room).
    // `size` is logical; the pixmap has `devicePixelRatio`.
    [[nodiscard]] static QPixmap placeholder(QSize size, qreal devicePixelRatio,
                                             const QPalette& palette);
    [[nodiscard]] static QString placeholderText();
    // What a picture is drawn on: the palette's base in a light palette; in a
    // dark one a light tile made from its text colour, because the routines'
    // drawings are dark lines meant for paper.
    [[nodiscard]] static QColor pictureBackdrop(const QPalette& palette);

Q_SIGNALS:
    // A requested picture is ready (null image: it could not be loaded).
    void loaded(const QString& file, QSize size, const QImage& image);

private:
    [[nodiscard]] static QString key(const QString& file, QSize size);

    QThreadPool m_pool;
    QCache<QString, QImage> m_cache; // cost in KiB
    QSet<QString> m_pending;
};

} // namespace limber
