#pragma once

#include "common/durationestimator.h"
#include "common/keyhelp.h"
#include "routine/routine.h"

#include <QList>
#include <QWidget>
#include <chrono>
#include <functional>
#include <vector>

class QCheckBox;
class QLabel;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QVBoxLayout;

namespace limber {

class ImageLoader;
class Settings;

// A routine before it starts: title and summary, each exercise with its
// picture and what it involves, the equipment to get ready (with the
// routine's substitutes), the safety notices, the source, and the medical
// disclaimer.
//
// The safety notes must be acknowledged ("I have read the safety notes")
// before Start is enabled; the acknowledgement is remembered per routine
// version (its content hash), so an unchanged routine starts at once next
// time and a changed one asks again. Hold ranges ("hold 30 s to 1 min") get
// a control whose value is saved as the person's hold target; breath ranges
// ("five or six breaths") one saved as their breath target.
//
// A session of the routine left unfinished (Esc, a closed window, a crash)
// is offered above Start: "Resume at exercise 2 of 3, step 4 of 9, 0:12
// left" [Resume], and Start becomes "Start over". A saved session that can
// no longer be resumed (the routine's file changed) is said so there.
//
// Keyboard: Enter starts (when enabled; the focus starts on Resume when one
// is offered, else on Start, or on the box to tick first), Esc goes back.
class OverviewView : public QWidget {
    Q_OBJECT

public:
    // `settings` is where acknowledgements and hold targets are kept;
    // `loader` (the application's) draws the pictures.
    explicit OverviewView(Settings& settings, ImageLoader& loader, QWidget* parent = nullptr);

    // Whether `routine` or one of its exercises has safety notes, which the
    // person acknowledges before the first start.
    [[nodiscard]] static bool needsAcknowledgement(const Routine& routine);

    // Shows this routine (nullptr: none); the view keeps the pointer until the
    // next call. `user`: it comes from the person's own folder.
    void setRoutine(const Routine* routine, bool user);
    [[nodiscard]] const Routine* routine() const { return m_routine; }
    // Optional: shows "About 6 min" under the title.
    void setDurationEstimator(DurationEstimator estimator);

    [[nodiscard]] bool canStart() const;

    // The see-a-doctor check beside the safety notes: when check-ins are off,
    // a note that it cannot run; `advice` (headings, "Getting worse (4 → 6)")
    // non-empty: a button that shows the advice while it holds.
    void setPainCheck(bool checkInsOn, const QString& advice);
    // Offers to resume the routine's unfinished session with these words
    // (ResumeOffer::text()); `resumable` false shows the words alone (why it
    // cannot be resumed). An empty text: no offer.
    void setResumeOffer(const QString& text, bool resumable);
    [[nodiscard]] bool resumeOffered() const { return m_resumable && !m_resumeWords.isEmpty(); }

    // The overview's keys and what they do, for the keyboard help (F1).
    [[nodiscard]] static QList<KeyHelp> keys();

Q_SIGNALS:
    void startRequested();
    void resumeRequested();
    void backRequested();
    // The advice button was pressed.
    void adviceRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void showEvent(QShowEvent* event) override;
    // One page down (Qt::Key_PageDown) or up (Qt::Key_PageUp), to the top
    // (Qt::Key_Home) or to the end (Qt::Key_End).
    void scroll(int key);
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // Every text in the UI language: the bars' (static) and the content's.
    // The content keeps its state (ticks, hold times, scroll position) on a
    // language change; only its words change.
    void retranslate();
    void retranslateContent();
    // Remembers how a piece of the content sets its words, for
    // retranslateContent().
    void words(std::function<void()> set);
    QWidget* buildContent();
    QWidget* safetyRow(const SafetyNotice& notice);
    QWidget* sourceRow(const Source& page, bool several);
    QWidget* exerciseRow(const Exercise& exercise, int number);
    QWidget* holdControl(const Exercise& exercise, const HoldAction& hold);
    QWidget* breathControl(const Exercise& exercise, const BreathsAction& breaths);
    // A spin box for a hold or breath count choice, in the focus chain, that
    // `remember`s what is chosen (with settings) and updates the duration.
    QSpinBox* choiceSpin(const QString& name, int least, int most, int value,
                         std::function<void(int)> remember);
    void addSection(QVBoxLayout* layout, QString (*title)());
    void updateStart();
    // Start, or "Start over" when a session is offered for resuming.
    void showStartWords();
    void focusStart();
    void updateDuration();
    void updateTabOrder();

    Settings* m_settings;
    ImageLoader* m_loader;
    const Routine* m_routine = nullptr;
    bool m_user = false;
    bool m_needsAcknowledgement = false;
    bool m_holdKeyGiven = false;   // the first hold control has its access key
    bool m_breathKeyGiven = false; // the first breath control has its access key
    DurationEstimator m_estimator;

    QPushButton* m_back;
    QPushButton* m_disclaimerButton;
    QScrollArea* m_scroll;
    QCheckBox* m_acknowledge;
    QLabel* m_startHint;
    QPushButton* m_start;
    QLabel* m_checkInsOff;
    QPushButton* m_advice;
    QString m_adviceText;
    QWidget* m_resumeBox;
    QLabel* m_resumeText;
    QPushButton* m_resume;
    QString m_resumeWords;
    bool m_resumable = false;
    QLabel* m_duration = nullptr;   // in the content
    QLabel* m_disclaimer = nullptr; // in the content
    std::vector<std::function<void()>> m_contentWords;
    QList<QWidget*> m_contentFocusChain; // in tab order
};

} // namespace limber
