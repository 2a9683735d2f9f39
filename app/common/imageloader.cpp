#include "common/imageloader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QImageReader>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QSvgRenderer>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// The cache holds this much decoded picture data (KiB).
constexpr int kCacheKiB = 64 * 1024;
// What QImageReader may allocate for one picture (MiB); the pixel check in
// load() refuses most oversized pictures before this is ever reached.
constexpr int kAllocationLimitMiB = 128;

// The SVG in `file`, parsed from its bytes, so nothing it names is resolved
// on disk; nullptr when it is too large or not an SVG.
std::unique_ptr<QSvgRenderer> openSvg(const QString& file) {
    QFile in(file);
    if (in.size() > ImageLoader::kMaxSvgBytes || !in.open(QIODevice::ReadOnly))
        return nullptr;
    auto renderer = std::make_unique<QSvgRenderer>(in.readAll());
    if (!renderer->isValid())
        return nullptr;
    return renderer;
}

// The SVG's own size (its view box, else its default size), else `fallback`.
QSizeF naturalSize(const QSvgRenderer& renderer, QSizeF fallback) {
    QSizeF natural = renderer.viewBoxF().size();
    if (natural.isEmpty())
        natural = renderer.defaultSize();
    return natural.isEmpty() ? fallback : natural;
}

QImage renderSvg(const QString& file, QSize size) {
    const auto renderer = openSvg(file);
    if (!renderer)
        return {};
    const QSize target = naturalSize(*renderer, size).scaled(size, Qt::KeepAspectRatio).toSize();
    if (target.isEmpty())
        return {};
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer->render(&painter, QRectF(QPointF(), target));
    return image;
}

// `size` scaled to fit `target`, aspect ratio kept, centred in it.
QRectF centred(QSizeF size, const QRectF& target) {
    const QSizeF fitted = size.scaled(target.size(), Qt::KeepAspectRatio);
    return {target.center() - QPointF(fitted.width() / 2, fitted.height() / 2), fitted};
}

QImage readRaster(const QString& file, QSize size) {
    QImageReader reader(file);
    const QSize native = reader.size(); // from the header; nothing decoded yet
    if (native.isEmpty() ||
        qint64(native.width()) * qint64(native.height()) > ImageLoader::kMaxPixels)
        return {};
    const QSize target = native.scaled(size, Qt::KeepAspectRatio);
    if (target.isEmpty())
        return {};
    if (target.width() < native.width())
        reader.setScaledSize(target); // decodes smaller where the format can
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.size() != target)
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

ImageLoader::ImageLoader(QObject* parent)
    : QObject(parent) {
    QImageReader::setAllocationLimit(kAllocationLimitMiB);
    m_pool.setMaxThreadCount(2);
    m_cache.setMaxCost(kCacheKiB);
}

ImageLoader::~ImageLoader() {
    m_pool.clear();
    m_pool.waitForDone();
}

QString ImageLoader::key(const QString& file, QSize size) {
    return file + u'@' + QString::number(size.width()) + u'x' + QString::number(size.height());
}

std::optional<QImage> ImageLoader::cached(const QString& file, QSize size) const {
    if (const QImage* image = m_cache.object(key(file, size)))
        return *image;
    return std::nullopt;
}

void ImageLoader::request(const QString& file, QSize size) {
    const QString k = key(file, size);
    if (m_cache.contains(k) || m_pending.contains(k))
        return;
    m_pending.insert(k);
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, file, size, k] {
        const QImage image = watcher->future().isValid() && watcher->future().resultCount() > 0
                                 ? watcher->result()
                                 : QImage();
        watcher->deleteLater();
        m_pending.remove(k);
        const auto cost = std::max<qint64>(1, image.sizeInBytes() / 1024);
        m_cache.insert(k, new QImage(image), static_cast<int>(std::min<qint64>(cost, kCacheKiB)));
        Q_EMIT loaded(file, size, image);
    });
    watcher->setFuture(QtConcurrent::run(&m_pool, &ImageLoader::load, file, size));
}

void ImageLoader::waitForDone() {
    m_pool.waitForDone();
    // The answers arrive as posted events; deliver them.
    QElapsedTimer timer;
    timer.start();
    while (!m_pending.isEmpty() && timer.elapsed() < 10'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
}

QImage ImageLoader::load(const QString& file, QSize size) {
    if (file.isEmpty() || size.isEmpty())
        return {};
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable())
        return {};
    const QString suffix = info.suffix().toLower();
    if (suffix == u"svg")
        return renderSvg(file, size);
    if (suffix == u"png" || suffix == u"jpg" || suffix == u"jpeg")
        return readRaster(file, size);
    return {};
}

bool ImageLoader::paint(QPainter& painter, const QRectF& target, const QString& file) {
    if (file.isEmpty() || target.isEmpty())
        return false;
    const QFileInfo info(file);
    if (!info.isFile() || !info.isReadable())
        return false;
    if (info.suffix().toLower() == u"svg") {
        const auto renderer = openSvg(file);
        if (!renderer)
            return false;
        renderer->render(&painter, centred(naturalSize(*renderer, target.size()), target));
        return true;
    }
    // Decoded no finer than print needs: kPrintDpi on a printer or a PDF.
    const int dpi = painter.device() ? painter.device()->logicalDpiX() : kPrintDpi;
    const qreal scale = std::min(1.0, qreal(kPrintDpi) / std::max(1, dpi));
    const QImage image = load(file, (target.size() * scale).toSize());
    if (image.isNull())
        return false;
    painter.drawImage(centred(image.size(), target), image);
    return true;
}

QColor ImageLoader::pictureBackdrop(const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    if (base.lightnessF() >= 0.5f)
        return base;
    const QColor text = palette.color(QPalette::Text);
    const auto mix = [](float a, float b) {
        return a * 0.9f + b * 0.1f;
    };
    return QColor::fromRgbF(mix(text.redF(), base.redF()), mix(text.greenF(), base.greenF()),
                            mix(text.blueF(), base.blueF()));
}

QString ImageLoader::placeholderText() {
    return tr("Picture missing");
}

QPixmap ImageLoader::placeholder(QSize size, qreal devicePixelRatio, const QPalette& palette) {
    if (size.isEmpty())
        return {};
    QPixmap pixmap(size * devicePixelRatio);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    pixmap.fill(Qt::transparent);

    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(QPointF(), QSizeF(size)).adjusted(1, 1, -1, -1);
    const qreal radius = std::min(frame.width(), frame.height()) * 0.08;
    painter.setPen(QPen(palette.color(QPalette::Mid), 1.5));
    painter.setBrush(palette.color(QPalette::AlternateBase));
    painter.drawRoundedRect(frame, radius, radius);

    // A muted picture icon: a frame, a hill and a sun, struck through.
    const QColor muted = palette.color(QPalette::PlaceholderText);
    const qreal side = std::min(frame.width(), frame.height()) * 0.36;
    const bool withText = frame.height() >= 96 && frame.width() >= 120;
    const qreal textHeight = withText ? painter.fontMetrics().height() * 1.4 : 0;
    const QRectF icon(frame.center().x() - side / 2,
                      frame.center().y() - side * 0.4 - textHeight / 2, side, side * 0.8);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(
        QPen(muted, std::max(1.5, side / 16), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawRoundedRect(icon, side / 10, side / 10);
    QPainterPath hill;
    hill.moveTo(icon.left() + side * 0.1, icon.bottom() - side * 0.1);
    hill.lineTo(icon.left() + side * 0.4, icon.top() + side * 0.4);
    hill.lineTo(icon.left() + side * 0.6, icon.top() + side * 0.55);
    hill.lineTo(icon.left() + side * 0.72, icon.top() + side * 0.45);
    hill.lineTo(icon.right() - side * 0.1, icon.bottom() - side * 0.1);
    painter.drawPath(hill);
    painter.drawEllipse(QPointF(icon.right() - side * 0.25, icon.top() + side * 0.22), side * 0.07,
                        side * 0.07);
    painter.drawLine(QPointF(icon.left() - side * 0.08, icon.bottom() + side * 0.08),
                     QPointF(icon.right() + side * 0.08, icon.top() - side * 0.08));

    if (withText) {
        painter.setPen(muted);
        const QRectF textRect(frame.left(), icon.bottom() + textHeight * 0.3, frame.width(),
                              textHeight);
        painter.drawText(textRect, Qt::AlignHCenter | Qt::AlignTop,
                         painter.fontMetrics().elidedText(placeholderText(), Qt::ElideRight,
                                                          int(frame.width()) - 8));
    }
    return pixmap;
}

} // namespace limber
