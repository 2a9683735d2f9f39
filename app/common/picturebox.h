#pragma once

#include <QImage>
#include <QPixmap>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace limber {

class ImageLoader;

// Shows one picture scaled to fit, aspect ratio kept, like a QLabel with a
// pixmap, but loaded through an ImageLoader: never on the paint path, and
// re-requested at the new device-pixel size a moment after a resize, so an
// SVG stays crisp at any size and scale. A picture that cannot be loaded, or
// none at all, shows the "picture missing" placeholder.
class PictureBox : public QWidget {
    Q_OBJECT

public:
    enum class State {
        Loading, // waiting for the loader; nothing is drawn yet
        Shown,   // the picture is drawn
        Missing, // no file, or it could not be loaded: the placeholder is drawn
    };
    Q_ENUM(State)

    explicit PictureBox(ImageLoader* loader, QWidget* parent = nullptr);

    // The picture's absolute path; empty shows the placeholder.
    void setFile(const QString& file);
    [[nodiscard]] QString file() const { return m_file; }
    // What the picture shows ("Wall stretch"): its accessible name and tooltip.
    void setDescription(const QString& description);
    // Draws the picture flipped left to right (a step's `mirror: true`).
    void setMirrored(bool mirrored);
    [[nodiscard]] bool mirrored() const { return m_mirrored; }

    [[nodiscard]] State state() const { return m_state; }
    // The picture as loaded, in device pixels; null unless Shown.
    [[nodiscard]] QImage image() const { return m_image; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stateChanged(limber::PictureBox::State state);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    [[nodiscard]] QSize deviceSize() const;
    void request();
    void onLoaded(const QString& file, QSize size, const QImage& image);
    void setState(State state);
    void updateAccessibleText();

    QPointer<ImageLoader> m_loader;
    QString m_file;
    QString m_description;
    QSize m_requested;
    QImage m_image;
    QPixmap m_placeholder; // drawn for the current size and palette
    State m_state = State::Missing;
    bool m_mirrored = false;
    QTimer m_resizeDebounce;
};

} // namespace limber
