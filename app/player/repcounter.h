#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace limber {

// The rep count in big digits ("7 of 10–15") and, for reps the person
// counts, a big "Count rep (Space)" button. Paced reps count themselves:
// the button is hidden and the words say so.
class RepCounter : public QWidget {
    Q_OBJECT

public:
    explicit RepCounter(QWidget* parent = nullptr);

    // `min` == `target` for a fixed count.
    void setReps(int reps, int min, int target, bool paced);
    // The text of the button that ends the reps ("Done with reps (D)"), for
    // the hint that names it.
    void setDoneText(const QString& text);
    // Whether the paced count can be heard (sound or voice on, a device):
    // else the hint says to follow the number.
    void setAudible(bool audible);
    [[nodiscard]] QString hintText() const;
    void setTextPixelSize(int pixels);

    [[nodiscard]] QPushButton* countButton() const { return m_count; }
    [[nodiscard]] QString countText() const;

    // "7 of 12", "7 of 10–15"
    [[nodiscard]] static QString progressText(int reps, int min, int target);

Q_SIGNALS:
    void countRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    // Every text in the UI language: the constructor's, setReps()' and
    // again on a language change.
    void retranslate();

    int m_reps = 0;
    int m_min = 0;
    int m_target = 0;
    bool m_paced = false;
    bool m_audible = true;
    QString m_doneText;
    QLabel* m_number;
    QLabel* m_hint;
    QPushButton* m_count;
};

} // namespace limber
