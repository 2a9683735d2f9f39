#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "history/checkin.h"
#include "routine/routine.h"

#include <QDialog>
#include <QList>
#include <optional>

class QButtonGroup;
class QLabel;
class QPushButton;

namespace limber {

// The 0-10 numeric rating scale: eleven buttons, "No pain" under 0 and
// "Worst pain imaginable" under 10. Keys: the digits 0-9 choose (1 then 0
// within a second is 10), Left/Right and Up/Down move, Home is 0, End is 10.
class PainScale : public QWidget {
    Q_OBJECT

public:
    explicit PainScale(QWidget* parent = nullptr);

    [[nodiscard]] std::optional<int> value() const;
    void setValue(int value);
    [[nodiscard]] QPushButton* button(int value) const { return m_buttons.value(value); }

Q_SIGNALS:
    void valueChanged(int value);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    // The focused button's focus ring, around it (the style's own is faint).
    void paintEvent(QPaintEvent* event) override;

private:
    void retranslate();
    bool handleKey(QKeyEvent* event);

    QButtonGroup* m_group;
    QList<QPushButton*> m_buttons;
    QLabel* m_low;
    QLabel* m_high;
    qint64 m_lastOneAt = -1; // when "1" was typed, for "10"
};

// "How is your upper back right now?" (the routine's body area, from its
// tags; "How is your pain right now?" when it names none), on the pain
// scale. Enter saves the rating, Esc skips the check-in.
class CheckInDialog : public QDialog {
    Q_OBJECT

public:
    CheckInDialog(const Routine& routine, Moment moment, QWidget* parent = nullptr);

    // The question asked about `routine`.
    [[nodiscard]] static QString question(const Routine& routine);
    [[nodiscard]] std::optional<int> rating() const { return m_scale->value(); }
    [[nodiscard]] PainScale* scale() const { return m_scale; }
    [[nodiscard]] QString questionText() const;

private:
    const Routine* m_routine;
    QLabel* m_question;
    PainScale* m_scale;
    QPushButton* m_save;
    QPushButton* m_skip;
};

// "Did this pain start right after a fall, an accident or another injury?"
// Yes / No; Esc leaves it unanswered.
class InjuryQuestionDialog : public QDialog {
    Q_OBJECT

public:
    explicit InjuryQuestionDialog(QWidget* parent = nullptr);

    [[nodiscard]] static QString question();
    [[nodiscard]] InjuryAnswer answer() const { return m_answer; }
    [[nodiscard]] QPushButton* yesButton() const { return m_yes; }
    [[nodiscard]] QPushButton* noButton() const { return m_no; }

private:
    InjuryAnswer m_answer = InjuryAnswer::Unasked;
    QPushButton* m_yes;
    QPushButton* m_no;
};

} // namespace limber
