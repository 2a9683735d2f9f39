#include "player/repcounter.h"

#include "common/describe.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

RepCounter::RepCounter(QWidget* parent)
    : QWidget(parent)
    , m_number(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_count(new QPushButton(this)) {
    m_number->setObjectName(u"repCount"_s);
    m_number->setAlignment(Qt::AlignCenter);
    m_hint->setObjectName(u"repHint"_s);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_count->setObjectName(u"countRep"_s);
    m_count->setAutoDefault(true);
    m_count->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    connect(m_count, &QPushButton::clicked, this, &RepCounter::countRequested);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 2);
    layout->addWidget(m_hint);
    layout->addWidget(m_count, 2);
    retranslate();
}

QString RepCounter::progressText(int reps, int min, int target) {
    const auto number = Describe::number;
    if (min > 0 && min < target)
        return tr("%1 of %2–%3").arg(number(reps), number(min), number(target));
    return tr("%1 of %2").arg(number(reps), number(target));
}

QString RepCounter::countText() const {
    return m_number->text();
}

void RepCounter::setReps(int reps, int min, int target, bool paced) {
    m_reps = reps;
    m_min = min;
    m_target = target;
    m_paced = paced;
    m_count->setVisible(!paced);
    retranslate();
}

void RepCounter::setDoneText(const QString& text) {
    if (text == m_doneText)
        return;
    m_doneText = text;
    retranslate();
}

void RepCounter::setAudible(bool audible) {
    if (audible == m_audible)
        return;
    m_audible = audible;
    retranslate();
}

QString RepCounter::hintText() const {
    return m_hint->text();
}

void RepCounter::retranslate() {
    m_count->setText(tr("Count rep (Space)"));
    m_count->setAccessibleName(tr("Count rep"));
    m_count->setToolTip(tr("Count one repetition (Space)"));
    m_number->setText(progressText(m_reps, m_min, m_target));
    m_number->setAccessibleName(tr("%n rep(s) counted", nullptr, m_reps));
    if (m_paced && m_audible)
        m_hint->setText(tr("Counting for you: follow the sound"));
    else if (m_paced)
        m_hint->setText(tr("Counting for you: follow the number"));
    else if (m_min < m_target && m_reps >= m_min)
        m_hint->setText(tr("Enough for today? Press “%1”").arg(m_doneText));
    else
        m_hint->setText(tr("Press Space after each rep"));
}

void RepCounter::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void RepCounter::setTextPixelSize(int pixels) {
    QFont big = font();
    big.setPixelSize(pixels * 2);
    big.setBold(true);
    m_number->setFont(big);
    QFont normal = font();
    normal.setPixelSize(pixels);
    m_hint->setFont(normal);
    QFont button = font();
    button.setPixelSize(pixels);
    button.setBold(true);
    m_count->setFont(button);
    m_count->setMinimumHeight(pixels * 3);
}

} // namespace limber
