#pragma once

#include "session/sessionprogress.h"

#include <QWidget>

namespace limber {

// A circle that grows while breathing in and shrinks while breathing out,
// with the words ("Breathe in") inside and the count ("Breath 2 of 5") under
// it. Without motion the circle keeps its size and only the words change.
class BreathGuide : public QWidget {
    Q_OBJECT

public:
    explicit BreathGuide(QWidget* parent = nullptr);

    // `breath` is 1-based; `fraction` 0..1 through the inhale or exhale.
    void setBreath(int breath, int count, BreathPhase phase, double fraction);
    void setMotion(bool on);

    [[nodiscard]] QString phaseText() const;
    [[nodiscard]] QString countText() const;

    // The words inside the circle fit it at its smallest, in any language:
    // their font shrinks to the room there (and, at the smallest font, the
    // words are elided). The radius of the smallest circle, the font and the
    // words as drawn:
    [[nodiscard]] qreal smallestRadius() const;
    [[nodiscard]] QFont phaseFont() const;
    [[nodiscard]] QString shownPhaseText() const;
    // How wide a line of this height may be inside a circle of `radius`,
    // through its middle, with a margin.
    [[nodiscard]] static qreal roomInCircle(qreal radius, qreal lineHeight);

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Where the circle is: its centre, its largest and smallest radius, and
    // the height of the count under it.
    struct Circle {
        QPointF centre;
        qreal side = 0;
        qreal maxRadius = 0;
        qreal minRadius = 0;
        qreal countHeight = 0;
    };
    [[nodiscard]] Circle circle() const;
    void updateAccessibleText();

    int m_breath = 0;
    int m_count = 0;
    BreathPhase m_phase = BreathPhase::None;
    double m_fraction = 0.0;
    bool m_motion = true;
};

} // namespace limber
