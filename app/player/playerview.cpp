#include "player/playerview.h"

#include "audio/cuewords.h"
#include "common/describe.h"
#include "common/imageloader.h"
#include "common/mnemonic.h"
#include "common/qtconvert.h"
#include "player/breathguide.h"
#include "player/repcounter.h"
#include "player/steppicture.h"
#include "player/switchsidesbanner.h"
#include "player/timerring.h"
#include "settings/settings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace limber {

namespace {

int wholeSecondsLeft(Duration remaining) {
    return static_cast<int>(std::chrono::ceil<std::chrono::seconds>(remaining).count());
}

// Whether two moments of a session show the same but for the time: every
// field of Progress but elapsed, remaining, breathFraction and
// routineRemaining.
bool sameButTime(const Progress& a, const Progress& b) {
    const auto place = [](const Progress& p) {
        return std::tie(p.phase, p.activePhase, p.waitingForNarration, p.countingIn, p.exercise,
                        p.exerciseCount, p.step, p.stepCount, p.inRepeat, p.asNeeded, p.cycle,
                        p.cycleCount, p.cycleMin, p.sideIndex, p.sideCount, p.side, p.phaseLength,
                        p.breath, p.breathCount, p.breathPhase, p.reps, p.repsMin, p.repsTarget,
                        p.canFinish, p.currentExercise, p.currentStep);
    };
    static_assert(sizeof(Progress) == 152, "a field was added to Progress: compare it here");
    return place(a) == place(b);
}

QPushButton* makeButton(const QString& name, QWidget* parent) {
    auto* button = new QPushButton(parent);
    button->setObjectName(name);
    button->setAutoDefault(true); // Enter clicks the focused button
    return button;
}

void setWords(QPushButton* button, const QString& text, const QString& accessibleName,
              const QString& toolTip) {
    button->setText(text);
    button->setAccessibleName(accessibleName);
    button->setToolTip(toolTip);
}

void setAccent(QPushButton* button, bool on) {
    if (button->property("accent").toBool() == on)
        return;
    button->setProperty("accent", on);
    button->style()->unpolish(button);
    button->style()->polish(button);
}

} // namespace

PlayerView::PlayerView(const Settings& settings, ImageLoader& loader, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
    , m_loader(&loader)
    , m_position(new QLabel(this))
    , m_remaining(new QLabel(this))
    , m_picture(new StepPicture(m_loader, this))
    , m_overlay(new QLabel(m_picture))
    , m_switchSides(new SwitchSidesBanner(m_picture))
    , m_heading(new QLabel(this))
    , m_stepText(new QLabel(this))
    , m_needs(new QLabel(this))
    , m_phase(new QStackedWidget(this))
    , m_hint(new QLabel(m_phase))
    , m_ring(new TimerRing(m_phase))
    , m_breath(new BreathGuide(m_phase))
    , m_reps(new RepCounter(m_phase))
    , m_holdLonger(makeButton(u"holdLonger"_s, this))
    , m_skipRest(makeButton(u"skipRest"_s, this))
    , m_again(makeButton(u"again"_s, this))
    , m_done(makeButton(u"done"_s, this))
    , m_safety(new QLabel(this))
    , m_previous(makeButton(u"previous"_s, this))
    , m_pause(makeButton(u"pause"_s, this))
    , m_next(makeButton(u"next"_s, this))
    , m_restart(makeButton(u"restart"_s, this))
    , m_finish(makeButton(u"finish"_s, this)) {
    setObjectName(u"player"_s);
    setStyleSheet(u"QPushButton[accent=\"true\"] { background-color: palette(highlight);"
                  " color: palette(highlighted-text); font-weight: bold;"
                  " border: 2px solid palette(highlighted-text); border-radius: 6px;"
                  " padding: 6px 18px; }"_s);

    m_position->setObjectName(u"position"_s);
    m_position->setWordWrap(true);
    m_remaining->setObjectName(u"remaining"_s);
    m_remaining->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_picture->setObjectName(u"picture"_s);
    m_overlay->setObjectName(u"overlay"_s);
    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setAutoFillBackground(true);
    m_overlay->hide();
    m_heading->setObjectName(u"heading"_s);
    m_stepText->setObjectName(u"stepText"_s);
    m_stepText->setWordWrap(true);
    m_stepText->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stepText->setTextFormat(Qt::PlainText);
    m_needs->setObjectName(u"needs"_s);
    m_needs->setWordWrap(true);
    m_hint->setObjectName(u"hint"_s);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_ring->setObjectName(u"ring"_s);
    m_breath->setObjectName(u"breath"_s);
    m_reps->setObjectName(u"reps"_s);
    m_safety->setObjectName(u"safety"_s);
    m_safety->setWordWrap(true);
    m_safety->setTextFormat(Qt::RichText);
    m_phase->addWidget(m_hint);
    m_phase->addWidget(m_ring);
    m_phase->addWidget(m_breath);
    m_phase->addWidget(m_reps);

    auto* top = new QHBoxLayout;
    top->addWidget(m_position, 1);
    top->addWidget(m_remaining);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_holdLonger);
    actions->addWidget(m_skipRest);
    actions->addWidget(m_again);
    actions->addWidget(m_done);

    auto* side = new QVBoxLayout;
    side->addWidget(m_heading);
    side->addWidget(m_stepText);
    side->addWidget(m_needs);
    side->addWidget(m_phase, 1);
    side->addLayout(actions);

    auto* middle = new QHBoxLayout;
    middle->addWidget(m_picture, 11);
    middle->addLayout(side, 9);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_safety);
    layout->addWidget(buildControls());

    connect(m_reps, &RepCounter::countRequested, this, [this] {
        if (m_controller)
            m_controller->tapRep();
    });
    const auto forward = [this](QPushButton* button, void (SessionController::*slot)()) {
        connect(button, &QPushButton::clicked, this, [this, slot] {
            if (m_controller)
                (m_controller.data()->*slot)();
        });
    };
    forward(m_holdLonger, &SessionController::holdLonger);
    forward(m_skipRest, &SessionController::skipRest);
    forward(m_again, &SessionController::again);
    forward(m_done, &SessionController::done);
    forward(m_previous, &SessionController::previous);
    forward(m_pause, &SessionController::togglePause);
    forward(m_next, &SessionController::next);
    connect(m_restart, &QPushButton::clicked, this, &PlayerView::confirmRestart);
    connect(m_finish, &QPushButton::clicked, this, &PlayerView::confirmFinish);

    addShortcuts();
    setFocusOrder();
    updateOverlayPalette();
    scaleFonts();
    retranslate();
}

PlayerView::~PlayerView() = default;

void PlayerView::retranslate() {
    setWords(m_holdLonger, tr("Hold longer +10 s (H)"), tr("Hold longer"),
             tr("Add 10 seconds to this hold (H)"));
    setWords(m_skipRest, tr("Skip rest (S)"), tr("Skip rest"),
             tr("Start the next exercise now (S)"));
    setWords(m_again, tr("Again (A)"), tr("Again"), tr("Do this part once more (A)"));
    setWords(m_previous, tr("← Previous"), tr("Previous step"),
             tr("Back to the previous step (Left arrow)"));
    setWords(m_restart, tr("Restart exercise (R)"), tr("Restart exercise"),
             tr("Start this exercise again from its first step (R)"));
    setWords(m_finish, tr("Finish (F)"), tr("Finish"),
             tr("End the session now and see the summary (F)"));
    // Their texts follow the session (showButtons()).
    m_done->setAccessibleName(tr("Done", "button: this part is done, go on"));
    m_done->setToolTip(tr("Go on to what comes next (D)"));
    m_next->setAccessibleName(tr("Next step"));
    m_next->setToolTip(tr("Go to the next step (Right arrow)"));
    m_switchSides->retranslate();
    // The session runs on; what it shows now, in the new words.
    showProgress(m_progress);
}

QWidget* PlayerView::buildControls() {
    auto* bar = new QWidget(this);
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_previous);
    layout->addWidget(m_pause);
    layout->addWidget(m_next);
    layout->addStretch(1);
    layout->addWidget(m_restart);
    layout->addWidget(m_finish);
    return bar;
}

// The player's keys: what addShortcuts() makes and keys() lists for F1.
std::span<const PlayerView::Key> PlayerView::keyTable() {
    static const Key table[] = {
        {Qt::Key_Space, QT_TR_NOOP("Pause or resume; count a rep when you count them yourself"),
         [](PlayerView& view) {
             view.space();
         }},
        {Qt::Key_P, QT_TR_NOOP("Pause or resume"),
         [](PlayerView& view) {
             view.control(&SessionController::togglePause);
         }},
        {Qt::Key_Right, QT_TR_NOOP("Next step"),
         [](PlayerView& view) {
             view.control(&SessionController::next);
         }},
        {Qt::Key_Left, QT_TR_NOOP("Previous step"),
         [](PlayerView& view) {
             view.control(&SessionController::previous);
         }},
        {Qt::Key_Escape, QT_TR_NOOP("Pause and go back to the overview"),
         [](PlayerView& view) {
             view.back();
         }},
        {Qt::Key_H, QT_TR_NOOP("Hold longer: add 10 seconds to this hold"),
         [](PlayerView& view) {
             view.control(&SessionController::holdLonger);
         }},
        {Qt::Key_S, QT_TR_NOOP("Skip the rest"),
         [](PlayerView& view) {
             view.control(&SessionController::skipRest);
         }},
        {Qt::Key_A, QT_TR_NOOP("Do this part once more"),
         [](PlayerView& view) {
             view.control(&SessionController::again);
         }},
        {Qt::Key_D, QT_TR_NOOP("Done: go on to what comes next"),
         [](PlayerView& view) {
             view.control(&SessionController::done);
         }},
        {Qt::Key_R, QT_TR_NOOP("Restart the exercise"),
         [](PlayerView& view) {
             view.confirmRestart();
         }},
        {Qt::Key_F, QT_TR_NOOP("Finish the session and see the summary"),
         [](PlayerView& view) {
             view.confirmFinish();
         }},
    };
    return table;
}

QList<KeyHelp> PlayerView::keys() {
    QList<KeyHelp> help;
    for (const Key& key : keyTable())
        help.append({QKeySequence(key.key), tr(key.what)});
    return help;
}

void PlayerView::control(void (SessionController::*slot)()) {
    if (m_controller)
        (m_controller.data()->*slot)();
}

void PlayerView::addShortcuts() {
    for (const Key& key : keyTable()) {
        auto* shortcut = new QShortcut(QKeySequence(key.key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, [this, act = key.act] { act(*this); });
        m_shortcuts.append(shortcut);
    }
}

void PlayerView::setFocusOrder() {
    const QList<QWidget*> order{m_reps->countButton(),
                                m_holdLonger,
                                m_skipRest,
                                m_again,
                                m_done,
                                m_previous,
                                m_pause,
                                m_next,
                                m_restart,
                                m_finish};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
}

void PlayerView::space() {
    if (!m_controller)
        return;
    const bool tapping = !m_controller->isPaused() && m_progress.phase == PhaseKind::Reps &&
                         m_reps->countButton()->isVisible();
    if (tapping)
        m_controller->tapRep();
    else
        m_controller->togglePause();
}

// Finishing early and restarting the exercise throw away what was done, so
// both ask first, with the session paused while they ask: "Keep going" (the
// default, Esc) resumes it if it was running (counting in again if it was
// counting in); the other does it.
void PlayerView::confirm(const QString& name, const QString& title, const QString& text,
                         const QString& yes, void (SessionController::*act)()) {
    // The window's child, not the player's: the player's own keys (Esc, F,
    // R) must not act from inside the dialog.
    QWidget* parent = window();
    if (!m_controller || !m_controller->engine().started() || m_controller->isFinished() ||
        m_asking)
        return;
    const bool wasRunning = !m_controller->isPaused();
    const bool wasCountingIn = m_controller->engine().countingIn();
    if (wasRunning)
        setHeldByWindow(true);
    m_controller->pause();
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(name);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_asking = box;
    setShortcutsEnabled(false); // the keys wait while it asks
    QPushButton* doIt = box->addButton(yes, QMessageBox::DestructiveRole);
    doIt->setObjectName(u"confirm"_s);
    QPushButton* keepGoing = box->addButton(tr("&Keep going"), QMessageBox::RejectRole);
    keepGoing->setObjectName(u"keepGoing"_s);
    box->setDefaultButton(keepGoing);
    box->setEscapeButton(keepGoing);
    connect(box, &QMessageBox::finished, this, [this, box, doIt, wasRunning, wasCountingIn, act] {
        m_asking = nullptr;
        setShortcutsEnabled(true);
        if (wasRunning)
            setHeldByWindow(false);
        if (!m_controller)
            return;
        if (box->clickedButton() == doIt)
            (m_controller.data()->*act)();
        if (!wasRunning || !m_controller || m_controller->isFinished())
            return;
        if (wasCountingIn)
            m_controller->rejoin();
        else
            m_controller->resume();
    });
    box->open();
}

void PlayerView::setShortcutsEnabled(bool on) {
    for (QShortcut* shortcut : std::as_const(m_shortcuts))
        shortcut->setEnabled(on);
}

void PlayerView::confirmFinish() {
    confirm(u"confirmFinish"_s, tr("Finish the session?"),
            tr("Finish now and see the summary? The session ends here and cannot be resumed."),
            tr("Finish &now"), &SessionController::finish);
}

void PlayerView::confirmRestart() {
    const QString exercise =
        m_progress.currentExercise ? localized(m_progress.currentExercise->title) : QString();
    confirm(u"confirmRestart"_s, tr("Restart the exercise?"),
            tr("Start “%1” again from its first step? What you have done of it is "
               "done again.")
                .arg(exercise),
            tr("Restart &now"), &SessionController::restartExercise);
}

void PlayerView::back() {
    if (m_controller)
        m_controller->pause();
    Q_EMIT backRequested();
}

void PlayerView::setSession(SessionController* session) {
    if (m_controller)
        disconnect(m_controller, nullptr, this, nullptr);
    m_controller = session;
    m_picture->clear();
    showProgress({}); // lets go of the steps m_progress points into
    if (!session) {
        m_routine = nullptr;
        return;
    }
    m_routine = &session->routine();
    m_breath->setMotion(m_settings.motion());
    m_picture->setMotionEnabled(m_settings.motion());
    connect(session, &SessionController::progressChanged, this, &PlayerView::onProgress);
    connect(session, &SessionController::cues, this, &PlayerView::onCues);
    connect(session, &SessionController::finished, this, &PlayerView::finished);
    // The session's owner ends it: the view lets go before it is gone.
    connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
    // The keys work from the first step on (once its buttons are shown).
    m_focusNext = true;
    if (session->engine().started())
        showProgress(session->progress());
}

QString PlayerView::positionText() const {
    return m_position->text();
}

QString PlayerView::headingText() const {
    return m_heading->text();
}

QString PlayerView::stepText() const {
    return m_stepText->text();
}

QString PlayerView::overlayText() const {
    return m_overlay->isVisibleTo(this) ? m_overlay->text() : QString();
}

QString PlayerView::switchSidesText() const {
    return m_switchSides->isVisibleTo(this) ? m_switchSides->text() : QString();
}

QString PlayerView::pictureFile(const Exercise& exercise, const Step* step) const {
    const std::string& image = step && !step->image.empty() ? step->image : exercise.image;
    if (image.empty() || !m_routine)
        return {};
    return toQString(m_routine->folder() / image);
}

// The step's figure wins over its picture; the exercise's cover (figure,
// else picture) stands in for a step with neither.
void PlayerView::showPicture(const Exercise& exercise, const Step* step, const QString& description,
                             bool mirrored) {
    const Figure* figure = nullptr;
    if (step && step->figure)
        figure = &*step->figure;
    else if ((!step || step->image.empty()) && exercise.figure)
        figure = &*exercise.figure;
    m_picture->setMirrored(mirrored);
    // The exercise's cover stands in unflipped for a step without a picture.
    const bool ownPicture = step && (step->figure || !step->image.empty());
    m_picture->setPicture(figure, pictureFile(exercise, step), description,
                          ownPicture && step->mirror);
}

// During a breath-counted hold the figure breathes along: the phase rises
// from 0 to 0.5 (full) on the inhale and on to 1 (empty) on the exhale.
void PlayerView::showBreath(const Progress& p) {
    const double fraction = std::clamp(p.breathFraction, 0.0, 1.0);
    if (p.activePhase != PhaseKind::Breathing || p.breathPhase == BreathPhase::None)
        m_picture->setBreathPhase(std::nullopt);
    else if (p.breathPhase == BreathPhase::Inhale)
        m_picture->setBreathPhase(0.5 * fraction);
    else
        m_picture->setBreathPhase(0.5 + 0.5 * fraction);
}

QString PlayerView::positionFor(const Progress& p) const {
    if (!p.currentExercise)
        return {};
    QStringList parts;
    const auto number = Describe::number;
    parts.append(tr("Exercise %1 of %2: %3")
                     .arg(number(p.exercise + 1), number(p.exerciseCount),
                          localized(p.currentExercise->title)));
    parts.append(tr("step %1 of %2").arg(number(p.step + 1), number(p.stepCount)));
    if (p.inRepeat) {
        if (p.asNeeded || p.cycleCount <= 0)
            parts.append(tr("cycle %1").arg(number(p.cycle)));
        else if (p.cycleMin > 0 && p.cycleMin < p.cycleCount)
            parts.append(tr("cycle %1 of %2–%3")
                             .arg(number(p.cycle), number(p.cycleMin), number(p.cycleCount)));
        else
            parts.append(tr("cycle %1 of %2").arg(number(p.cycle), number(p.cycleCount)));
    }
    if (p.side)
        parts.append(*p.side == Side::Left ? tr("left side") : tr("right side"));
    return parts.join(u" · "_s);
}

// The session's refresh comes ten times a second while a timed phase runs:
// most of them only move the time on.
void PlayerView::onProgress(const Progress& p) {
    if (sameButTime(p, m_progress))
        showTime(p);
    else
        showProgress(p);
}

void PlayerView::showTime(const Progress& p) {
    m_progress = p;
    const PhaseKind active = p.activePhase;
    if (active != PhaseKind::NotStarted && active != PhaseKind::Finished)
        m_remaining->setText(Describe::remaining(std::chrono::round<Seconds>(p.routineRemaining)));
    // The switch of sides stays up for the first seconds of a hold.
    const bool switching = m_switchSides->isVisibleTo(m_picture);
    m_switchSides->follow(p);
    if (switching != m_switchSides->isVisibleTo(m_picture))
        placeOverlay();
    if (p.phase == PhaseKind::Paused)
        return;
    if (m_phase->currentWidget() == m_ring)
        m_ring->setTime(p.remaining, p.phaseLength);
    if (active == PhaseKind::Breathing)
        m_breath->setBreath(p.breath, p.breathCount, p.breathPhase, p.breathFraction);
    showBreath(p);
    if (active == PhaseKind::GetReady && !p.waitingForNarration) {
        const QString getReady = getReadyText(p.remaining);
        if (getReady != m_overlay->text()) {
            m_overlay->setText(getReady);
            placeOverlay();
        }
    }
}

void PlayerView::showProgress(const Progress& p) {
    m_progress = p;
    const bool paused = p.phase == PhaseKind::Paused;
    const PhaseKind active = p.activePhase;
    const bool resting = active == PhaseKind::Rest;
    const Exercise* nextExercise = nullptr;
    if (resting && m_routine && p.exercise + 1 < static_cast<int>(m_routine->exercises.size()))
        nextExercise = &m_routine->exercises[static_cast<std::size_t>(p.exercise + 1)];

    // Where we are, and how long is left.
    if (resting && nextExercise)
        m_position->setText(
            tr("Exercise %1 of %2 done · rest")
                .arg(Describe::number(p.exercise + 1), Describe::number(p.exerciseCount)));
    else
        m_position->setText(positionFor(p));
    if (active == PhaseKind::NotStarted || active == PhaseKind::Finished) {
        m_remaining->clear();
    } else {
        m_remaining->setText(Describe::remaining(std::chrono::round<Seconds>(p.routineRemaining)));
    }

    // The picture and the words.
    if (resting && nextExercise) {
        const Step* first =
            nextExercise->blocks.empty() || nextExercise->blocks.front().steps.empty()
                ? nullptr
                : &nextExercise->blocks.front().steps.front();
        showPicture(*nextExercise, first, localized(nextExercise->title), false);
        m_stepText->setText(CueWords::nextUp(*nextExercise));
        m_needs->setText(m_routine ? CueWords::youNeed(*nextExercise, *m_routine) : QString());
        showSafety(nextExercise);
    } else if (p.currentExercise) {
        const std::vector<Side>& sides = p.currentExercise->sides;
        showPicture(*p.currentExercise, p.currentStep,
                    p.currentStep ? localized(p.currentStep->text) : QString(),
                    p.side && !sides.empty() && *p.side != sides.front());
        m_stepText->setText(p.currentStep ? localized(p.currentStep->text) : QString());
        m_needs->setText(p.step == 0 && m_routine
                             ? CueWords::youNeed(*p.currentExercise, *m_routine)
                             : QString());
        showSafety(p.currentExercise);
    } else {
        m_stepText->clear();
        m_needs->clear();
        showSafety(nullptr);
    }
    m_needs->setVisible(!m_needs->text().isEmpty());
    m_picture->setPaused(paused);
    showBreath(p);

    showPhase(p);
    showButtons(p);
    showHints(p);
    if (m_focusNext && p.activePhase != PhaseKind::NotStarted) {
        m_focusNext = false;
        m_next->setFocus();
    }

    // Over the picture: the switch of sides; the get-ready countdown, or the
    // pause.
    m_switchSides->follow(p);
    if (paused) {
        m_overlay->setText(pausedText());
        m_overlay->show();
    } else if (active == PhaseKind::GetReady) {
        // While the step's words are spoken, the get-ready waits unseen, but
        // its band is kept free already, as high as its first count makes
        // it: the picture does not shrink when the countdown starts.
        m_overlay->setText(p.waitingForNarration ? getReadyText(m_settings.getReady())
                                                 : getReadyText(p.remaining));
        m_overlay->setVisible(!p.waitingForNarration);
    } else {
        m_overlay->hide();
    }
    placeOverlay();
}

void PlayerView::setHeldByWindow(bool held) {
    if (held == m_heldByWindow)
        return;
    m_heldByWindow = held;
    if (m_progress.phase == PhaseKind::Paused) {
        m_overlay->setText(pausedText());
        placeOverlay();
    }
}

QString PlayerView::pausedText() const {
    // Space would go to the window, and the session goes on by itself.
    if (m_heldByWindow)
        return tr("Paused while a window or menu is open — the session goes on when it closes");
    return tr("Paused — press Space to resume");
}

QString PlayerView::getReadyText(Duration remaining) const {
    return tr("Get ready · %1").arg(Describe::number(wholeSecondsLeft(remaining)));
}

void PlayerView::showPhase(const Progress& p) {
    const bool paused = p.phase == PhaseKind::Paused;
    QString heading;
    switch (p.activePhase) {
    case PhaseKind::GetReady:
        heading = CueWords::getReady();
        if (p.waitingForNarration) {
            m_hint->setText(tr("Listen, then the timer starts"));
            m_phase->setCurrentWidget(m_hint);
        } else {
            m_ring->setLabel(CueWords::getReady());
            m_ring->setTime(p.remaining, p.phaseLength);
            m_phase->setCurrentWidget(m_ring);
        }
        break;
    case PhaseKind::Hold:
        heading = CueWords::hold();
        m_ring->setLabel(CueWords::hold());
        m_ring->setTime(p.remaining, p.phaseLength);
        m_phase->setCurrentWidget(m_ring);
        break;
    case PhaseKind::Rest:
        heading = tr("Rest — up next");
        m_ring->setLabel(CueWords::rest());
        m_ring->setTime(p.remaining, p.phaseLength);
        m_phase->setCurrentWidget(m_ring);
        break;
    case PhaseKind::Breathing:
        heading = tr("Breathe slowly");
        m_breath->setBreath(p.breath, p.breathCount, p.breathPhase, p.breathFraction);
        m_phase->setCurrentWidget(m_breath);
        break;
    case PhaseKind::Reps: {
        heading = tr("Reps", "heading: repetitions to count");
        const bool paced = p.currentStep &&
                           std::holds_alternative<RepsAction>(p.currentStep->action) &&
                           std::get<RepsAction>(p.currentStep->action).tempo.has_value();
        m_reps->setAudible(m_audible && m_audible());
        m_reps->setReps(p.reps, p.repsMin, p.repsTarget, paced);
        m_reps->countButton()->setEnabled(!paused);
        m_phase->setCurrentWidget(m_reps);
        break;
    }
    case PhaseKind::WaitingForNext:
        heading = tr("Take your time");
        m_phase->setCurrentWidget(m_hint); // its words: showHints()
        break;
    case PhaseKind::ChooseAgain:
        heading = tr("Once more?");
        m_hint->setText(tr("Cycle %1 done. Again, or done?").arg(Describe::number(p.cycle)));
        m_phase->setCurrentWidget(m_hint);
        break;
    case PhaseKind::Finished:
        heading = tr("Well done");
        m_hint->setText(tr("Routine complete"));
        m_phase->setCurrentWidget(m_hint);
        break;
    case PhaseKind::NotStarted:
    case PhaseKind::Paused:
        m_hint->clear();
        m_phase->setCurrentWidget(m_hint);
        break;
    }
    m_heading->setText(paused ? tr("Paused", "heading: the session is paused") : heading);
}

void PlayerView::showButtons(const Progress& p) {
    const bool running = m_controller && p.activePhase != PhaseKind::NotStarted &&
                         p.activePhase != PhaseKind::Finished;
    const bool paused = p.phase == PhaseKind::Paused;
    const PhaseKind active = p.activePhase;

    m_holdLonger->setVisible(active == PhaseKind::Hold);
    m_holdLonger->setEnabled(!paused);
    m_skipRest->setVisible(active == PhaseKind::Rest);
    m_skipRest->setEnabled(!paused);
    m_again->setVisible(active == PhaseKind::ChooseAgain);
    m_again->setEnabled(!paused);

    const bool rangedReps = active == PhaseKind::Reps && p.repsMin < p.repsTarget;
    const bool rangedCycles = p.inRepeat && !p.asNeeded && p.cycleMin > 0 &&
                              p.cycleMin < p.cycleCount && active != PhaseKind::Rest;
    const bool fewestCyclesDone = p.cycle > p.cycleMin; // p.cycle counts from 1
    if (active == PhaseKind::ChooseAgain)
        m_done->setText(tr("Done (D)"));
    else if (rangedReps)
        m_done->setText(tr("Done with reps (D)"));
    else if (!fewestCyclesDone) // shown, not yet pressable: says until when D waits
        m_done->setText(tr("Enough after %n\u00a0"
                           "cycle(s) (D)",
                           nullptr, p.cycleMin));
    else
        m_done->setText(tr("Enough cycles (D)"));
    m_done->setVisible(running && (active == PhaseKind::ChooseAgain || rangedReps ||
                                   (rangedCycles && (p.canFinish || !fewestCyclesDone))));
    m_done->setEnabled(!paused && p.canFinish);

    m_previous->setEnabled(running);
    m_next->setEnabled(running);
    m_restart->setEnabled(running && active != PhaseKind::Rest);
    m_finish->setEnabled(running);
    m_pause->setEnabled(running);
    const bool tapping = active == PhaseKind::Reps && m_reps->countButton()->isVisibleTo(m_reps);
    if (paused) {
        m_pause->setText(tapping ? tr("Resume (P)") : tr("Resume (Space)"));
        m_pause->setAccessibleName(tr("Resume", "button: go on after a pause"));
        m_pause->setToolTip(tapping ? tr("Resume the session (P)")
                                    : tr("Resume the session (Space)"));
    } else {
        m_pause->setText(tapping ? tr("Pause (P)") : tr("Pause (Space)"));
        m_pause->setAccessibleName(tr("Pause", "button: pause the session"));
        m_pause->setToolTip(tapping ? tr("Pause the session (P)")
                                    : tr("Pause the session (Space)"));
    }
    // What the person most likely wants next stands out.
    setAccent(m_next, !paused && active == PhaseKind::WaitingForNext);
    setAccent(m_pause, paused);
    setAccent(m_again, active == PhaseKind::ChooseAgain);
    m_next->setText(active == PhaseKind::WaitingForNext ? tr("Next step →") : tr("Next →"));
}

void PlayerView::showHints(const Progress& p) {
    if (p.activePhase == PhaseKind::WaitingForNext)
        // The button's name in one piece: a line break inside the quotes
        // would make it a different name.
        m_hint->setText(tr("When you are ready, press “%1” or the → key")
                            .arg(withoutMnemonic(m_next->text()).replace(u' ', QChar::Nbsp)));
    m_reps->setDoneText(withoutMnemonic(m_done->text()));
}

void PlayerView::setAudible(std::function<bool()> audible) {
    m_audible = std::move(audible);
}

void PlayerView::showSafety(const Exercise* exercise) {
    QStringList lines;
    const auto add = [&lines](const SafetyNotice& notice) {
        lines.append(u"<b>%1:</b> %2"_s.arg(Describe::safetyLevel(notice.level).toHtmlEscaped(),
                                            localized(notice.text).toHtmlEscaped()));
    };
    if (exercise) {
        for (const auto& notice : exercise->safety)
            add(notice);
    }
    if (m_routine) {
        for (const auto& notice : m_routine->safety) {
            if (notice.level == SafetyLevel::Caution)
                add(notice);
        }
    }
    m_safety->setText(lines.join(u"<br>"_s));
    m_safety->setVisible(!lines.isEmpty());
}

void PlayerView::onCues(const std::vector<Cue>& cues) {
    for (const Cue& cue : cues) {
        switch (cue.kind) {
        case CueKind::HoldStarted:
        case CueKind::HoldHalfway:
        case CueKind::HoldLastSeconds:
        case CueKind::HoldEnded:
            if (m_routine)
                m_ring->flash(CueWords::text(cue, *m_routine));
            break;
        case CueKind::SwitchSides:
            m_switchSides->start(cue.side);
            break;
        default:
            break;
        }
    }
}

// Get ready: in a band of its own along the top of the picture, the figure
// or picture drawn below it, so that it never covers the head of the pose
// to get into. A switch of sides takes a band at the very top, and the
// get-ready then takes a band at the bottom. The get-ready's band is kept
// from the step's start, while its words are spoken before the countdown.
// Paused: in the middle (a get-ready keeps its band meanwhile, so the
// picture does not jump).
void PlayerView::placeOverlay() {
    const QRect area = m_picture->rect();
    const bool switching = m_switchSides->isVisibleTo(m_picture);
    const int gap = m_switchSides->margin() / 2;
    QMargins bands;
    if (switching) {
        const int w = std::max(0, area.width() - 2 * gap);
        const int h = std::min(area.height() / 3, m_switchSides->heightForWidth(w));
        m_switchSides->setGeometry(area.left() + gap, area.top() + gap, w, h);
        m_switchSides->raise();
        bands.setTop(h + 2 * gap);
    }
    const bool shown = m_overlay->isVisibleTo(m_picture);
    const bool gettingReady = m_progress.activePhase == PhaseKind::GetReady;
    const bool paused = m_progress.phase == PhaseKind::Paused;
    int w = 0;
    int h = 0;
    QPoint at;
    if (shown || gettingReady) {
        w = std::min(area.width(), std::max(area.width() * 3 / 4, 200));
        h = std::min(area.height(), m_overlay->heightForWidth(w) +
                                        (paused ? m_overlay->fontMetrics().height() : 0));
        at = area.center() - QPoint(w / 2, h / 2);
        if (gettingReady) {
            // Paused, the band keeps the size the get-ready's words gave it,
            // not the longer pause message's, which sits in the middle.
            if (!paused)
                m_getReadyBand = std::min(area.height() / (switching ? 3 : 2), h + gap);
            if (switching)
                bands.setBottom(m_getReadyBand);
            else
                bands.setTop(m_getReadyBand);
            if (!paused)
                at.setY(switching ? area.bottom() + 1 - h : area.top());
        }
    }
    m_picture->setPictureMargins(bands);
    if (!shown)
        return;
    m_overlay->setGeometry(QRect(at, QSize(w, h)));
    m_overlay->raise();
}

void PlayerView::scaleFonts() {
    const double scale = std::clamp(std::min(width() / 1366.0, height() / 768.0), 0.55, 3.0);
    const auto pixels = [scale](double size) {
        return std::max(11, static_cast<int>(size * scale));
    };
    const auto apply = [](QWidget* widget, int px, bool bold) {
        QFont font = widget->font();
        font.setPixelSize(px);
        font.setBold(bold);
        widget->setFont(font);
    };
    apply(m_position, pixels(22), true);
    apply(m_remaining, pixels(20), false);
    apply(m_heading, pixels(26), true);
    apply(m_stepText, pixels(32), false);
    apply(m_needs, pixels(22), false);
    apply(m_hint, pixels(28), false);
    apply(m_overlay, pixels(52), true);
    apply(m_switchSides, pixels(44), true);
    apply(m_safety, pixels(19), false);
    apply(m_ring, pixels(18), false);
    apply(m_breath, pixels(18), false);
    m_reps->setTextPixelSize(pixels(26));
    for (QPushButton* button : {m_holdLonger, m_skipRest, m_again, m_done, m_previous, m_pause,
                                m_next, m_restart, m_finish}) {
        apply(button, pixels(20), button == m_next || button == m_pause);
        button->setMinimumHeight(pixels(52));
    }
    m_overlay->setMargin(pixels(16));
    m_switchSides->setMargin(pixels(16));
    m_switchSides->setLineWidth(std::max(2, static_cast<int>(4 * scale)));
    placeOverlay();
}

void PlayerView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    scaleFonts();
}

void PlayerView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateOverlayPalette();
    else if (event->type() == QEvent::LanguageChange)
        retranslate();
}

// The overlay: the window's colour, nearly opaque, so the words stand out
// over the picture in light and dark palettes alike.
void PlayerView::updateOverlayPalette() {
    QPalette overlay = palette();
    QColor back = overlay.color(QPalette::Window);
    back.setAlphaF(0.9f);
    overlay.setColor(QPalette::Window, back);
    m_overlay->setPalette(overlay);
}

} // namespace limber
