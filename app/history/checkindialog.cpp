#include "history/checkindialog.h"

#include "common/focusring.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

PainScale::PainScale(QWidget* parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
    , m_low(new QLabel)
    , m_high(new QLabel) {
    setObjectName(u"painScale"_s);
    auto* grid = new QGridLayout(this);
    // Room for the focus ring around every button.
    const int ring = kFocusRingWidth + 1;
    grid->setContentsMargins(ring, ring, ring, 0);
    grid->setHorizontalSpacing(std::max(grid->horizontalSpacing(), 2 * ring));
    m_group->setExclusive(true);
    const int side = fontMetrics().height() * 2 + 4;
    for (int value = 0; value <= 10; ++value) {
        auto* button = new QPushButton(QString::number(value));
        button->setObjectName(u"pain%1"_s.arg(value));
        button->setCheckable(true);
        button->setMinimumSize(side, side);
        button->setAutoDefault(false);
        button->installEventFilter(this);
        m_group->addButton(button, value);
        m_buttons << button;
        grid->addWidget(button, 0, value);
    }
    m_low->setWordWrap(true);
    m_high->setWordWrap(true);
    m_high->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_low->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    grid->addWidget(m_low, 1, 0, 1, 4);
    grid->addWidget(m_high, 1, 7, 1, 4);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int value) {
        m_buttons[value]->setFocus();
        Q_EMIT valueChanged(value);
    });
    setFocusProxy(m_buttons.first());
    retranslate();
}

void PainScale::retranslate() {
    m_low->setText(tr("0: no pain"));
    m_high->setText(tr("10: worst pain imaginable"));
    for (int value = 0; value <= 10; ++value) {
        QString name = value == 0    ? tr("0, no pain")
                       : value == 10 ? tr("10, worst pain imaginable")
                                     : tr("%1 out of 10").arg(value);
        m_buttons[value]->setAccessibleName(name);
        m_buttons[value]->setToolTip(name);
    }
    setAccessibleName(tr("Pain from 0, no pain, to 10, worst pain imaginable"));
}

void PainScale::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

std::optional<int> PainScale::value() const {
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    return id;
}

void PainScale::setValue(int value) {
    value = std::clamp(value, 0, 10);
    m_buttons[value]->setChecked(true);
    m_buttons[value]->setFocus();
    Q_EMIT valueChanged(value);
}

bool PainScale::eventFilter(QObject* watched, QEvent* event) {
    if (!m_buttons.contains(qobject_cast<QPushButton*>(watched)))
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::KeyPress)
        return handleKey(static_cast<QKeyEvent*>(event));
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::FocusOut)
        update(); // the ring follows the focus
    return QWidget::eventFilter(watched, event);
}

void PainScale::paintEvent(QPaintEvent*) {
    for (const QPushButton* button : std::as_const(m_buttons)) {
        if (button->hasFocus()) {
            QPainter painter(this);
            paintFocusRing(painter, button->geometry(), palette());
        }
    }
}

void PainScale::keyPressEvent(QKeyEvent* event) {
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

bool PainScale::handleKey(QKeyEvent* event) {
    const int key = event->key();
    const int current = value().value_or(-1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (key >= Qt::Key_0 && key <= Qt::Key_9) {
        const int digit = key - Qt::Key_0;
        if (digit == 0 && current == 1 && m_lastOneAt >= 0 && now - m_lastOneAt < 1000) {
            setValue(10);
            m_lastOneAt = -1;
            return true;
        }
        m_lastOneAt = digit == 1 ? now : -1;
        setValue(digit);
        return true;
    }
    switch (key) {
    case Qt::Key_Left:
    case Qt::Key_Down:
        setValue(current < 0 ? 0 : current - 1);
        return true;
    case Qt::Key_Right:
    case Qt::Key_Up:
        setValue(current < 0 ? 0 : current + 1);
        return true;
    case Qt::Key_Home:
        setValue(0);
        return true;
    case Qt::Key_End:
        setValue(10);
        return true;
    default:
        return false;
    }
}

CheckInDialog::CheckInDialog(const Routine& routine, Moment moment, QWidget* parent)
    : QDialog(parent)
    , m_routine(&routine)
    , m_question(new QLabel)
    , m_scale(new PainScale)
    , m_save(new QPushButton)
    , m_skip(new QPushButton) {
    setObjectName(u"checkInDialog"_s);
    setWindowTitle(moment == Moment::BeforeSession ? tr("Pain check-in before the session")
                                                   : tr("Pain check-in after the session"));
    QFont big = m_question->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_question->setFont(big);
    m_question->setWordWrap(true);
    m_question->setText(question(routine));
    m_question->setObjectName(u"question"_s);
    m_scale->setAccessibleDescription(question(routine));

    auto* hint = new QLabel(tr("Choose with the digits or the arrow keys, then Enter. Esc skips "
                               "the check-in."));
    hint->setWordWrap(true);

    m_save->setText(tr("&Save"));
    m_save->setObjectName(u"save"_s);
    m_save->setDefault(true);
    m_save->setEnabled(false);
    m_skip->setText(tr("S&kip (Esc)"));
    m_skip->setObjectName(u"skip"_s);
    m_skip->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox;
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_skip, QDialogButtonBox::RejectRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(m_scale);
    layout->addWidget(hint);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scale, &PainScale::valueChanged, this, [this] { m_save->setEnabled(true); });
    m_scale->setFocus();
}

QString CheckInDialog::question(const Routine& routine) {
    // The body areas a routine's tags can name, worded for the question.
    const auto has = [&](const char* tag) {
        return std::ranges::find(routine.tags, std::string(tag)) != routine.tags.end();
    };
    if (has("upper-back"))
        return tr("How is your upper back right now?");
    if (has("lower-back"))
        return tr("How is your lower back right now?");
    if (has("neck"))
        return tr("How is your neck right now?");
    if (has("shoulders"))
        return tr("How are your shoulders right now?");
    return tr("How is your pain right now?");
}

QString CheckInDialog::questionText() const {
    return m_question->text();
}

InjuryQuestionDialog::InjuryQuestionDialog(QWidget* parent)
    : QDialog(parent)
    , m_yes(new QPushButton)
    , m_no(new QPushButton) {
    setObjectName(u"injuryQuestion"_s);
    setWindowTitle(tr("Pain check-in"));
    auto* label = new QLabel(question());
    label->setObjectName(u"question"_s);
    label->setWordWrap(true);
    QFont big = label->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    label->setFont(big);
    m_yes->setText(tr("&Yes, after a fall, an accident or an injury"));
    m_yes->setObjectName(u"yes"_s);
    m_no->setText(tr("&No"));
    m_no->setObjectName(u"no"_s);
    m_no->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_yes);
    buttons->addWidget(m_no);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addLayout(buttons);
    connect(m_yes, &QPushButton::clicked, this, [this] {
        m_answer = InjuryAnswer::Yes;
        accept();
    });
    connect(m_no, &QPushButton::clicked, this, [this] {
        m_answer = InjuryAnswer::No;
        accept();
    });
}

QString InjuryQuestionDialog::question() {
    return tr("Did this pain start right after a fall, an accident or another injury?");
}

} // namespace limber
