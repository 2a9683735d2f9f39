#include "player/switchsidesbanner.h"

using namespace Qt::StringLiterals;

namespace limber {

SwitchSidesBanner::SwitchSidesBanner(QWidget* parent)
    : QLabel(parent) {
    setObjectName(u"switchSides"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    // The highlight colours of the palette in use (light, dark or high
    // contrast), outlined in the window's text colour.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Highlight);
    setForegroundRole(QPalette::HighlightedText);
    setFrameStyle(QFrame::Box | QFrame::Plain);
    hide();
}

void SwitchSidesBanner::start(Side side) {
    m_switch = Switch{side, std::nullopt, false};
    hide(); // follow() shows it, and tells of it then
}

void SwitchSidesBanner::follow(const Progress& progress) {
    if (m_switch && !stillShown(progress))
        m_switch.reset();
    if (!m_switch) {
        hide();
    } else if (isHidden()) {
        show();
        showWords(QAccessible::Alert);
    }
}

bool SwitchSidesBanner::stillShown(const Progress& p) {
    const Place here{p.exercise, p.sideIndex, p.step, p.cycle};
    if (!m_switch->at)
        m_switch->at = here;
    if (*m_switch->at != here)
        return false;
    switch (p.activePhase) {
    case PhaseKind::GetReady:
        m_switch->gotReady = true;
        return true;
    case PhaseKind::WaitingForNext:
        return true;
    case PhaseKind::Hold:
    case PhaseKind::Breathing:
    case PhaseKind::Reps:
        if (p.phaseLength <= Duration{0})
            return p.reps == 0; // counted by hand: until the first rep
        return !m_switch->gotReady && p.elapsed < kWithoutGetReady;
    case PhaseKind::NotStarted:
    case PhaseKind::Rest:
    case PhaseKind::ChooseAgain:
    case PhaseKind::Paused:
    case PhaseKind::Finished:
        break;
    }
    return false;
}

void SwitchSidesBanner::showWords(QAccessible::Event change) {
    const bool left = m_switch->side == Side::Left;
    const QString sentence =
        left ? tr("Switch to your left side") : tr("Switch to your right side");
    // The arrow points the way, and a no-break space keeps it by the words.
    setText(left ? u"←\u00a0"_s + sentence : sentence + u"\u00a0→"_s);
    setAccessibleName(sentence);
    setAccessibleDescription(left ? tr("The steps now repeat for your left side.")
                                  : tr("The steps now repeat for your right side."));
    QAccessibleEvent event(this, change);
    QAccessible::updateAccessibility(&event);
}

void SwitchSidesBanner::retranslate() {
    if (m_switch && !isHidden())
        showWords(QAccessible::NameChanged);
}

} // namespace limber
