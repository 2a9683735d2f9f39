#pragma once

#include <QMargins>
#include <QWidget>
#include <optional>

namespace limber {

struct Figure;
class FigureView;
class ImageLoader;
class PictureBox;

// The player's picture area: a step's drawn figure when it has one (the
// figure wins over the image), else its picture file. Both fill the whole
// area; only one is shown. Children other than these two (the player's
// overlays) are left alone.
class StepPicture : public QWidget {
    Q_OBJECT

public:
    explicit StepPicture(ImageLoader* loader, QWidget* parent = nullptr);

    // Shows `figure` when not null (it must outlive the next call, or
    // clear()), else the picture in `file`. `description` is what it shows
    // ("Wall stretch"). `mirror`: flipped left to right, figure or picture
    // (the step's `mirror: true`). The same figure again keeps its
    // animation going.
    void setPicture(const Figure* figure, const QString& file, const QString& description,
                    bool mirror);
    // Forgets the figure shown (before the routine that holds it goes away).
    void clear();
    // Draws the figure mirrored, left for right (the second side of an
    // exercise done on both sides). Picture files are shown as they are.
    void setMirrored(bool mirrored);

    // Passed on to the figure view.
    void setMotionEnabled(bool enabled);
    void setPaused(bool paused);
    // 0..1 through one breath (0.5 full), or no breath.
    void setBreathPhase(std::optional<double> phase);

    // Keeps `margins` of the area free of the figure and the picture, which
    // are drawn in the rest: room for a banner that must not cover them.
    void setPictureMargins(const QMargins& margins);
    [[nodiscard]] QMargins pictureMargins() const { return m_margins; }

    [[nodiscard]] PictureBox* pictureBox() const { return m_box; }
    [[nodiscard]] FigureView* figureView() const { return m_figure; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showFigure(const Figure& figure);

    PictureBox* m_box;
    FigureView* m_figure;
    const Figure* m_shown = nullptr;
    bool m_mirrored = false;   // the second side
    bool m_mirrorStep = false; // the step's own `mirror`
    QMargins m_margins;
};

} // namespace limber
