#pragma once

#include "common/clock.h"
#include "figure/figure.h"

#include <QTimer>
#include <QWidget>
#include <optional>

namespace limber {

// Shows a step's figure and plays its key poses.
//
// It repaints at kFramesPerSecond only while all of these hold: it is
// visible, motion is enabled, the figure has more than one key pose, and
// what it shows changes (the pose, or a mark, a strap or a roll's arrow on a
// still body). Through a key pose's hold the timer sleeps until the
// next move; at the end of a figure that does not loop it stops, as it does
// when the view is still. A frame repaints only the area the figure (body
// and props) covered in the last frame and covers in this one.
//
// Reduced motion: Qt 6.4 has no API for the desktop's "reduce animations"
// switch (QStyleHints gained none before 6.5/6.6, and
// QApplication::isEffectEnabled() reports false on GNOME and on the offscreen
// and plain xcb platforms, so it cannot tell "reduce" from "unknown"). The
// app therefore follows its own Motion setting (Settings::motion()), which
// the window passes to setMotionEnabled(). With motion off the view shows
// the last key pose, the one a movement step leads to, and ignores the
// breath phase.
class FigureView : public QWidget {
    Q_OBJECT

public:
    // Chosen with scripts/bench-player-cpu (docs/figures.md): the moves take
    // 1 to 3 s, and 20 frames a second show them smoothly.
    static constexpr int kFramesPerSecond = 20;

    // `now` is where the animation reads the time (the steady clock unless a
    // test passes its own).
    explicit FigureView(QWidget* parent = nullptr, NowFunction now = {});

    void setFigure(const Figure& figure);
    void clearFigure();
    [[nodiscard]] bool hasFigure() const { return m_figure.has_value(); }
    [[nodiscard]] const std::optional<Figure>& figure() const { return m_figure; }

    void setMotionEnabled(bool enabled);
    [[nodiscard]] bool motionEnabled() const { return m_motion; }

    // Paused (e.g. the session is): the figure stays where it is and the
    // timer stops; unpausing carries on from there.
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }

    // During a breath-counted hold: where in one breath the person is, 0..1
    // (0 empty, 0.5 full, 1 empty again). The figure's chest rises and
    // falls with it. clearBreath() when the hold ends.
    void setBreathPhase(double phase);
    void clearBreath();
    [[nodiscard]] std::optional<double> breathPhase() const { return m_breathPhase; }

    // Whether the animation runs: its timer is on, ticking or asleep through
    // a hold (for tests and for the curious).
    [[nodiscard]] bool isAnimating() const { return m_running; }
    // Seconds into the animation shown now.
    [[nodiscard]] double animationSeconds() const;

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void updateTimer();
    void tick();
    // When the next frame is due: at the frame rate while the pose moves,
    // at the end of a hold, never at the end of a figure that does not loop.
    void schedule();
    // Stops the clock and the timer where the animation is.
    void stop();
    // The area `scene` covers in this view's coordinates.
    [[nodiscard]] QRect sceneRect(const FigureScene& scene) const;
    [[nodiscard]] QRectF target() const;
    [[nodiscard]] FigureFrame currentFrame() const;
    [[nodiscard]] double inhale() const;

    std::optional<Figure> m_figure;
    Bounds m_bounds;
    bool m_motion = true;
    bool m_paused = false;
    std::optional<double> m_breathPhase;
    QTimer m_timer; // the next frame, or the end of a hold
    NowFunction m_now;
    bool m_running = false;                          // the animation runs, from m_started on
    std::chrono::steady_clock::time_point m_started; // when it last started
    double m_pausedSeconds = 0;                      // animation time before it last started
    // What a frame shows: the body's pose, and what may change while the
    // body holds still (a mark fading in, a strap going slack, a roll's arrow
    // appearing). A frame that differs in any of it is repainted.
    struct Look {
        Pose pose;
        double felt = 0;
        double strapSlack = 0;
        Roll roll = Roll::None;
        friend bool operator==(const Look&, const Look&) = default;
    };
    static Look lookOf(const FigureFrame& frame);
    std::optional<Look> m_painted;
    QRect m_paintedRect; // what the last frame covered
    // The frame tick() asked to be painted, with its shapes.
    struct Frame {
        Look look;
        FigureScene scene;
    };
    std::optional<Frame> m_next;
};

} // namespace limber
