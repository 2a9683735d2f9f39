#include "player/doneview.h"

#include "common/describe.h"
#include "common/qtconvert.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

DoneView::DoneView(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_routine(new QLabel(this))
    , m_lines(new QLabel(this))
    , m_library(new QPushButton(this))
    , m_again(new QPushButton(this))
    , m_history(new QPushButton(this)) {
    setObjectName(u"done"_s);
    m_title->setObjectName(u"title"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_routine->setObjectName(u"routine"_s);
    m_routine->setAlignment(Qt::AlignCenter);
    m_routine->setWordWrap(true);
    m_lines->setObjectName(u"summary"_s);
    m_lines->setAlignment(Qt::AlignCenter);
    m_lines->setTextFormat(Qt::PlainText);
    m_library->setObjectName(u"library"_s);
    m_library->setAutoDefault(true);
    m_library->setDefault(true);
    m_again->setObjectName(u"again"_s);
    m_again->setAutoDefault(true);
    connect(m_library, &QPushButton::clicked, this, &DoneView::libraryRequested);
    m_history->setObjectName(u"history"_s);
    m_history->setAutoDefault(true);
    connect(m_again, &QPushButton::clicked, this, &DoneView::againRequested);
    connect(m_history, &QPushButton::clicked, this, &DoneView::historyRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_again);
    buttons->addWidget(m_library);
    buttons->addWidget(m_history);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_routine);
    layout->addSpacing(24);
    layout->addWidget(m_lines);
    layout->addSpacing(24);
    layout->addLayout(buttons);
    layout->addStretch(2);
    setTabOrder(m_library, m_again);
    setTabOrder(m_again, m_history);
    scaleFonts();
    retranslate();
}

void DoneView::setSummary(const SessionSummary& summary, const LocalizedText& routineTitle) {
    m_summary = summary;
    m_painBefore.reset();
    m_painAfter.reset();
    m_routineTitle = routineTitle;
    retranslate();
    m_library->setFocus();
}

void DoneView::setSummary(const SessionSummary& summary, const QString& routineTitle) {
    m_summary = summary;
    m_painBefore.reset();
    m_painAfter.reset();
    m_routineTitle = routineTitle;
    retranslate();
    m_library->setFocus();
}

void DoneView::setPain(std::optional<int> before, std::optional<int> after) {
    m_painBefore = before;
    m_painAfter = after;
    retranslate();
}

void DoneView::retranslate() {
    m_library->setText(tr("Back to the library"));
    m_library->setAccessibleName(tr("Back to the library"));
    m_library->setToolTip(tr("Choose another routine (Enter)"));
    m_again->setText(tr("Do it again"));
    m_again->setAccessibleName(tr("Do it again"));
    m_again->setToolTip(tr("Run the same routine again from the start"));
    m_history->setText(tr("H&istory"));
    m_history->setAccessibleName(tr("History"));
    m_history->setToolTip(tr("Your sessions and pain check-ins, day by day"));
    if (!m_summary)
        return;

    const SessionSummary& summary = *m_summary;
    const auto number = Describe::number;
    m_title->setText(summary.completed ? tr("Well done — routine complete")
                                       : tr("Session finished"));
    const auto* title = std::get_if<LocalizedText>(&m_routineTitle);
    m_routine->setText(title ? localized(*title) : std::get<QString>(m_routineTitle));
    m_text.clear();
    m_text.append(tr("Exercises done: %1 of %2")
                      .arg(number(summary.exercisesDone), number(summary.exerciseCount)));
    m_text.append(tr("Time taken: %1").arg(Describe::duration(summary.time)));
    if (summary.holds > 0)
        m_text.append(tr("Holds held: %1 (%2 in all)")
                          .arg(number(summary.holds), Describe::duration(summary.holdTime)));
    if (summary.breaths > 0)
        m_text.append(tr("Breaths guided: %1").arg(number(summary.breaths)));
    if (summary.reps > 0)
        m_text.append(tr("Reps counted: %1").arg(number(summary.reps)));
    if (m_painBefore && m_painAfter)
        m_text.append(tr("Pain: %1 → %2").arg(number(*m_painBefore), number(*m_painAfter)));
    else if (m_painBefore)
        m_text.append(tr("Pain before: %1").arg(number(*m_painBefore)));
    else if (m_painAfter)
        m_text.append(tr("Pain after: %1").arg(number(*m_painAfter)));
    m_lines->setText(m_text.join(u'\n'));
    m_lines->setAccessibleName(m_text.join(u". "_s));
}

void DoneView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

QStringList DoneView::lines() const {
    return m_text;
}

QString DoneView::titleText() const {
    return m_title->text();
}

QList<KeyHelp> DoneView::keys() {
    return {
        {QKeySequence(Qt::Key_Return), tr("Back to the library")},
        {QKeySequence(Qt::Key_Escape), tr("Back to the library")},
    };
}

// Esc, as keys() says; Enter presses the default button, Back to the library.
void DoneView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT libraryRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void DoneView::scaleFonts() {
    const double scale = std::clamp(std::min(width() / 1366.0, height() / 768.0), 0.55, 3.0);
    const auto apply = [scale](QWidget* widget, double size, bool bold) {
        QFont font = widget->font();
        font.setPixelSize(std::max(11, static_cast<int>(size * scale)));
        font.setBold(bold);
        widget->setFont(font);
    };
    apply(m_title, 44, true);
    apply(m_routine, 26, false);
    apply(m_lines, 28, false);
    apply(m_library, 22, true);
    apply(m_again, 22, false);
    apply(m_history, 22, false);
    for (QPushButton* button : {m_library, m_again, m_history}) {
        button->setMinimumHeight(static_cast<int>(56 * scale));
        button->setMinimumWidth(static_cast<int>(260 * scale));
    }
}

void DoneView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    scaleFonts();
}

} // namespace limber
