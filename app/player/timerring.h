#pragma once

#include <QTimer>
#include <QWidget>
#include <chrono>

namespace limber {

// A ring that empties as a hold, a rest or a get-ready runs out, with the
// time left in big digits ("0:30") and a word under them ("Hold").
//
// What it costs: setTime() repaints only what changed, the digits when they
// change (once a second) and, as the ring empties, the stretch of ring
// between where its end was painted and where it is now; the ring moves by
// whole steps of kArcStep, never more often than that.
//
// flash() marks a moment the sounds also mark (halfway, the last seconds):
// the ring thickens and brightens for a moment and the word changes (to
// "Halfway", "3"...), so the cue never rests on colour alone.
class TimerRing : public QWidget {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kFlashLength{900};
    // The ring's end moves by this much of a turn at a time, in 1/16ths of a
    // degree (QPainter's unit): 1 degree, under 3 px on a ring 300 px wide.
    static constexpr int kArcStep = 16;

    explicit TimerRing(QWidget* parent = nullptr);

    // `remaining` of `total`; the digits show whole seconds, rounded up.
    void setTime(std::chrono::nanoseconds remaining, std::chrono::nanoseconds total);
    // The word under the digits ("Hold", "Rest", "Get ready").
    void setLabel(const QString& label);
    // A brief highlight with `text` in place of the word.
    void flash(const QString& text);

    // "0:30", "1:05": what the digits show for `remaining`.
    [[nodiscard]] static QString digits(std::chrono::nanoseconds remaining);
    [[nodiscard]] QString digitsText() const { return digits(m_remaining); }
    // The word as shown now (the flash text while flashing).
    [[nodiscard]] QString labelText() const;
    [[nodiscard]] bool flashing() const { return m_flash.isActive(); }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Where the parts are drawn, for the widget's size and the flash.
    struct Layout {
        qreal side = 0;
        qreal pen = 0;
        QRectF ring;
        QRectF digits;
        QRectF label;
    };
    [[nodiscard]] Layout layout() const;
    // The arc's length as painted, in 1/16ths of a degree (negative:
    // clockwise from the top), in whole steps of kArcStep.
    [[nodiscard]] int arcSpan() const;
    // The area the ring's end sweeps between two spans.
    [[nodiscard]] QRect sweep(int fromSpan, int toSpan) const;
    void updateAccessibleText();

    std::chrono::nanoseconds m_remaining{};
    std::chrono::nanoseconds m_total{};
    QString m_label;
    QString m_flashText;
    QTimer m_flash;
};

} // namespace limber
