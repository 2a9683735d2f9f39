#include "common/picturebox.h"

#include "common/imageloader.h"

#include <QEvent>
#include <QPainter>
#include <QResizeEvent>

using namespace std::chrono_literals;

namespace limber {

PictureBox::PictureBox(ImageLoader* loader, QWidget* parent)
    : QWidget(parent)
    , m_loader(loader) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_resizeDebounce.setSingleShot(true);
    m_resizeDebounce.setInterval(150ms);
    connect(&m_resizeDebounce, &QTimer::timeout, this, &PictureBox::request);
    if (m_loader)
        connect(m_loader, &ImageLoader::loaded, this, &PictureBox::onLoaded);
    updateAccessibleText();
}

void PictureBox::setFile(const QString& file) {
    if (file == m_file && m_state != State::Missing)
        return;
    m_file = file;
    m_image = {};
    m_requested = {};
    setState(m_file.isEmpty() || !m_loader ? State::Missing : State::Loading);
    if (m_state == State::Loading && isVisible())
        request();
    update();
}

void PictureBox::setDescription(const QString& description) {
    m_description = description;
    updateAccessibleText();
}

void PictureBox::setMirrored(bool mirrored) {
    if (mirrored == m_mirrored)
        return;
    m_mirrored = mirrored;
    update();
}

QSize PictureBox::sizeHint() const {
    const int line = fontMetrics().height();
    return {line * 12, line * 9};
}

QSize PictureBox::minimumSizeHint() const {
    const int line = fontMetrics().height();
    return {line * 3, line * 3};
}

QSize PictureBox::deviceSize() const {
    return (QSizeF(size()) * devicePixelRatioF()).toSize();
}

void PictureBox::request() {
    if (!m_loader || m_file.isEmpty() || size().isEmpty())
        return;
    const QSize wanted = deviceSize();
    if (wanted == m_requested)
        return;
    m_requested = wanted;
    if (const auto image = m_loader->cached(m_file, wanted)) {
        onLoaded(m_file, wanted, *image);
        return;
    }
    m_loader->request(m_file, wanted);
}

void PictureBox::onLoaded(const QString& file, QSize size, const QImage& image) {
    if (file != m_file || size != m_requested)
        return;
    if (image.isNull()) {
        m_image = {};
        setState(State::Missing);
    } else {
        m_image = image;
        m_image.setDevicePixelRatio(devicePixelRatioF());
        setState(State::Shown);
    }
    update();
}

void PictureBox::setState(State state) {
    if (state == m_state)
        return;
    m_state = state;
    updateAccessibleText();
    Q_EMIT stateChanged(state);
}

void PictureBox::updateAccessibleText() {
    const QString missing = m_state == State::Missing ? ImageLoader::placeholderText() : QString();
    setAccessibleName(m_description.isEmpty() ? tr("Picture", "the step's illustration")
                                              : m_description);
    setAccessibleDescription(missing);
    if (m_description.isEmpty())
        setToolTip(missing);
    else if (missing.isEmpty())
        setToolTip(m_description);
    else
        setToolTip(tr("%1 (%2)").arg(m_description, missing));
}

void PictureBox::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRect area = rect();
    if (m_state == State::Shown && !m_image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const QSizeF logical = QSizeF(m_image.size()) / m_image.devicePixelRatio();
        const QSizeF fitted = logical.scaled(QSizeF(area.size()), Qt::KeepAspectRatio);
        QRectF target(QPointF(), fitted);
        target.moveCenter(QRectF(area).center());
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(ImageLoader::pictureBackdrop(palette()));
        const qreal radius = std::min(target.width(), target.height()) * 0.05;
        painter.drawRoundedRect(target, radius, radius);
        if (m_mirrored) {
            painter.translate(target.center());
            painter.scale(-1, 1);
            painter.translate(-target.center());
        }
        painter.drawImage(target, m_image);
    } else if (m_state == State::Missing) {
        const qreal dpr = devicePixelRatioF();
        if (m_placeholder.deviceIndependentSize().toSize() != area.size() ||
            !qFuzzyCompare(m_placeholder.devicePixelRatio(), dpr))
            m_placeholder = ImageLoader::placeholder(area.size(), dpr, palette());
        painter.drawPixmap(area.topLeft(), m_placeholder);
    }
}

void PictureBox::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    if (m_state == State::Loading && m_requested.isEmpty())
        request(); // the first size: ask at once
    else if (m_state != State::Missing || !m_file.isEmpty())
        m_resizeDebounce.start();
}

void PictureBox::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_state == State::Loading)
        request();
}

void PictureBox::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleText();
    // The placeholder is drawn in the palette's colours and the font, with
    // the words "Picture missing".
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange ||
        event->type() == QEvent::LanguageChange) {
        m_placeholder = {};
        update();
    } else if (event->type() == QEvent::ScreenChangeInternal) {
        m_resizeDebounce.start();
    }
}

} // namespace limber
