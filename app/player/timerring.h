#pragma once

#include <QTimer>
#include <QWidget>
#include <chrono>

namespace limber {

// A ring that empties as a hold, a rest or a get-ready runs out, with the
// time left in big digits ("0:30") and a word under them ("Hold").
//
// flash() marks a moment the sounds also mark (halfway, the last seconds):
// the ring thickens and brightens for a moment and the word changes (to
// "Halfway", "3"...), so the cue never rests on colour alone.
class TimerRing : public QWidget {
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kFlashLength{900};

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
    void updateAccessibleText();

    std::chrono::nanoseconds m_remaining{};
    std::chrono::nanoseconds m_total{};
    QString m_label;
    QString m_flashText;
    QTimer m_flash;
};

} // namespace limber
