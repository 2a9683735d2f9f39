#include "overview/overviewview.h"

#include "common/describe.h"
#include "common/disclaimer.h"
#include "common/fonts.h"
#include "common/imageloader.h"
#include "common/linklabel.h"
#include "common/mnemonic.h"
#include "common/qtconvert.h"
#include "common/safetyicon.h"
#include "player/steppicture.h"
#include "session/sessionchoices.h"
#include "settings/settings.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>
#include <variant>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// The one colour that is not the palette's: a warm amber for the warning and
// caution icons, readable on light and dark backgrounds. The level's word
// always stands beside it.
constexpr QRgb kWarmAccent = 0xffc8661a;

QLabel* wrappedLabel(const QString& text) {
    auto* label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// The safety sign (paintSafetyIcon) as a pixmap; `side` in logical pixels.
QPixmap safetyIcon(SafetyLevel level, int side, qreal dpr, const QPalette& palette) {
    QPixmap pixmap(QSize(side, side) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paintSafetyIcon(
        painter, QRectF(0, 0, side, side), level,
        {palette.color(QPalette::WindowText), QColor::fromRgba(kWarmAccent), QColor(Qt::black)});
    return pixmap;
}

QString pictureFile(const Routine& routine, const Exercise::Cover& cover) {
    return cover.image.empty() ? QString() : toQString(routine.folder() / cover.image);
}

// "7 steps · Hold 30 s to 1 min", "5 steps · Repeat 10 to 15 times: Hold for 5 breaths"
QString involves(const Exercise& exercise) {
    int steps = 0;
    QStringList parts;
    for (const auto& block : exercise.blocks) {
        steps += static_cast<int>(block.steps.size());
        QStringList actions;
        for (const auto& step : block.steps) {
            const QString action = Describe::action(step.action);
            if (!action.isEmpty() && !actions.contains(action))
                actions << action;
        }
        if (block.repeat) {
            const QString repeat = Describe::repeat(*block.repeat);
            parts << (actions.isEmpty() ? repeat
                                        : OverviewView::tr("%1: %2").arg(
                                              repeat, actions.join(OverviewView::tr(", then "))));
        } else {
            parts << actions;
        }
    }
    parts.prepend(OverviewView::tr("Steps: %1").arg(Describe::number(steps)));
    return parts.join(u" · ");
}

const HoldAction* holdRange(const Exercise& exercise) {
    for (const auto& block : exercise.blocks) {
        for (const auto& step : block.steps) {
            const auto* hold = std::get_if<HoldAction>(&step.action);
            if (hold && hold->duration.min < hold->duration.max)
                return hold;
        }
    }
    return nullptr;
}

const BreathsAction* breathRange(const Exercise& exercise) {
    for (const auto& block : exercise.blocks) {
        for (const auto& step : block.steps) {
            const auto* breaths = std::get_if<BreathsAction>(&step.action);
            if (breaths && breaths->count.min < breaths->count.max)
                return breaths;
        }
    }
    return nullptr;
}

} // namespace

bool OverviewView::needsAcknowledgement(const Routine& routine) {
    if (!routine.safety.empty())
        return true;
    return std::ranges::any_of(routine.exercises, [](const auto& e) { return !e.safety.empty(); });
}

OverviewView::OverviewView(Settings& settings, ImageLoader& loader, QWidget* parent)
    : QWidget(parent)
    , m_settings(&settings)
    , m_loader(&loader)
    , m_back(new QPushButton)
    , m_disclaimerButton(new QPushButton)
    , m_scroll(new QScrollArea)
    , m_acknowledge(new QCheckBox)
    , m_startHint(new QLabel)
    , m_start(new QPushButton)
    , m_checkInsOff(new QLabel)
    , m_advice(new QPushButton)
    , m_resumeBox(new QFrame)
    , m_resumeText(new QLabel)
    , m_resume(new QPushButton) {
    setFont(scaledFont(font(), 1.15));

    m_disclaimerButton->setCheckable(true);
    m_disclaimerButton->setObjectName(u"disclaimerButton"_s);
    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addStretch(1);
    top->addWidget(m_disclaimerButton);

    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // No Tab stop of its own (it would show no focus): Page Up and Page Down
    // scroll it from any control (keyPressEvent), Tab scrolls to the control
    // it reaches.
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_acknowledge->setObjectName(u"acknowledge"_s);
    m_startHint->setObjectName(u"startHint"_s);
    m_startHint->setWordWrap(true);
    m_start->setObjectName(u"start"_s);
    m_start->setFont(scaledFont(font(), 1.25, true));
    m_start->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_start->setMinimumHeight(fontMetrics().height() * 2);

    auto* bottomBar = new QFrame;
    bottomBar->setFrameShape(QFrame::StyledPanel);
    auto* bottomRows = new QVBoxLayout(bottomBar);
    m_checkInsOff->setObjectName(u"checkInsOff"_s);
    m_checkInsOff->setWordWrap(true);
    m_checkInsOff->hide();
    m_advice->setObjectName(u"advice"_s);
    m_advice->hide();
    bottomRows->addWidget(m_checkInsOff);
    bottomRows->addWidget(m_advice, 0, Qt::AlignLeft);
    auto* bottom = new QHBoxLayout;
    bottomRows->addLayout(bottom);
    bottom->addWidget(m_acknowledge);
    bottom->addWidget(m_startHint, 1);
    bottom->addWidget(m_start, 0, Qt::AlignRight); // its own width, also alone in the bar

    // The unfinished session, above Start.
    auto* resumeFrame = static_cast<QFrame*>(m_resumeBox);
    resumeFrame->setObjectName(u"resumeOffer"_s);
    resumeFrame->setFrameShape(QFrame::StyledPanel);
    m_resumeText->setObjectName(u"resumeText"_s);
    m_resumeText->setWordWrap(true);
    m_resumeText->setTextFormat(Qt::PlainText);
    m_resumeText->setFont(scaledFont(font(), 1.1, true));
    m_resume->setObjectName(u"resume"_s);
    m_resume->setFont(scaledFont(font(), 1.25, true));
    m_resume->setMinimumWidth(fontMetrics().averageCharWidth() * 16);
    m_resume->setMinimumHeight(fontMetrics().height() * 2);
    auto* resumeRow = new QHBoxLayout(resumeFrame);
    resumeRow->addWidget(m_resumeText, 1);
    resumeRow->addWidget(m_resume);
    m_resumeBox->hide();
    m_resume->setFocusPolicy(Qt::NoFocus);

    auto* layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 4;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_resumeBox);
    layout->addWidget(bottomBar);

    connect(m_back, &QPushButton::clicked, this, &OverviewView::backRequested);
    connect(m_advice, &QPushButton::clicked, this, &OverviewView::adviceRequested);
    connect(m_start, &QPushButton::clicked, this, [this] {
        if (canStart())
            Q_EMIT startRequested();
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (resumeOffered() && canStart())
            Q_EMIT resumeRequested();
    });
    connect(m_acknowledge, &QCheckBox::toggled, this, [this](bool on) {
        if (on && m_routine && m_settings) {
            m_settings->acknowledgeWarnings(toQString(m_routine->id),
                                            toQString(m_routine->contentHash));
        }
        updateStart();
    });
    connect(m_disclaimerButton, &QPushButton::toggled, this, [this](bool on) {
        if (!m_disclaimer)
            return;
        m_disclaimer->setVisible(on);
        if (on)
            m_scroll->ensureWidgetVisible(m_disclaimer);
    });

    retranslate();
    setRoutine(nullptr, false);
}

void OverviewView::retranslate() {
    m_back->setText(tr("← &Back to routines"));
    m_back->setAccessibleName(tr("Back to routines"));
    m_back->setToolTip(tr("Go back to the list of routines (Esc)"));
    m_disclaimerButton->setText(tr("Medical &disclaimer"));
    m_disclaimerButton->setAccessibleName(tr("Medical disclaimer"));
    m_disclaimerButton->setToolTip(tr("Show or hide the medical disclaimer"));
    m_scroll->setAccessibleName(tr("Routine overview"));
    m_acknowledge->setText(tr("I have &read the safety notes"));
    m_acknowledge->setAccessibleName(tr("I have read the safety notes"));
    m_acknowledge->setToolTip(tr("Tick this once you have read the safety notes; Limber "
                                 "remembers it until the routine changes"));
    m_startHint->setText(tr("Please read the safety notes, then tick the box to start."));
    m_resume->setText(tr("Res&ume"));
    m_resume->setAccessibleName(tr("Resume the session"));
    m_resume->setToolTip(tr("Go on where you left off (Enter)"));
    showStartWords();
    m_checkInsOff->setText(tr("Pain check-ins are off (Settings), so Limber cannot check "
                              "whether your pain calls for seeing a doctor."));
    m_advice->setText(tr("⚠ Advice: please see a doctor (%1)…").arg(m_adviceText));
    m_advice->setAccessibleName(tr("Show the advice to see a doctor"));
    retranslateContent();
}

void OverviewView::showStartWords() {
    if (resumeOffered()) {
        m_start->setText(tr("Start &over"));
        m_start->setAccessibleName(tr("Start the routine from the beginning"));
        m_start->setToolTip(tr("Start the routine again from its first step"));
    } else {
        m_start->setText(tr("&Start"));
        m_start->setAccessibleName(tr("Start the routine"));
        m_start->setToolTip(tr("Start the routine (Enter)"));
    }
}

void OverviewView::setResumeOffer(const QString& text, bool resumable) {
    m_resumeWords = text;
    m_resumable = resumable;
    m_resumeText->setText(text);
    m_resume->setVisible(resumable);
    // Out of the Tab order while there is nothing to resume.
    m_resume->setFocusPolicy(resumable ? Qt::StrongFocus : Qt::NoFocus);
    m_resumeBox->setVisible(!text.isEmpty());
    showStartWords();
    updateStart();
    updateTabOrder();
    focusStart();
}

void OverviewView::retranslateContent() {
    for (const auto& set : m_contentWords)
        set();
    updateDuration();
}

void OverviewView::words(std::function<void()> set) {
    m_contentWords.push_back(std::move(set));
}

void OverviewView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void OverviewView::setDurationEstimator(DurationEstimator estimator) {
    m_estimator = std::move(estimator);
    updateDuration();
}

void OverviewView::setRoutine(const Routine* routine, bool user) {
    m_routine = routine;
    m_resumeWords.clear();
    m_resumable = false;
    m_resumeBox->hide();
    showStartWords();
    m_user = user;
    m_needsAcknowledgement = routine && needsAcknowledgement(*routine);
    m_contentFocusChain.clear();
    m_contentWords.clear();
    m_holdKeyGiven = false;
    m_breathKeyGiven = false;
    m_duration = nullptr;
    m_disclaimer = nullptr;
    m_scroll->setWidget(buildContent()); // deletes the previous content
    retranslateContent();
    m_disclaimerButton->setChecked(false);

    {
        const QSignalBlocker blocker(m_acknowledge);
        m_acknowledge->setChecked(routine && m_settings &&
                                  m_settings->warningsAcknowledged(
                                      toQString(routine->id), toQString(routine->contentHash)));
    }
    m_acknowledge->setVisible(m_needsAcknowledgement);
    updateStart();
    updateTabOrder();
    focusStart();
}

QWidget* OverviewView::breathControl(const Exercise& exercise, const BreathsAction& breaths) {
    const auto& range = breaths.count;
    const QString routineId = toQString(m_routine->id);
    const QString exerciseId = toQString(exercise.id);

    // Where the session starts too.
    const int initial = m_settings ? startingValue(*m_settings, range,
                                                   m_settings->breathTarget(routineId, exerciseId))
                                   : startOf(range, RangeDefault::RoutineDefault);

    auto* spin = choiceSpin(u"breaths:"_s + exerciseId, range.min, range.max, initial,
                            [this, routineId, exerciseId](int count) {
                                m_settings->setBreathTarget(routineId, exerciseId, count);
                            });

    auto* control = new QWidget;
    auto* layout = new QHBoxLayout(control);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel;
    label->setBuddy(spin);
    auto* bounds = new QLabel;
    const bool first = !m_breathKeyGiven;
    m_breathKeyGiven = true;
    words([spin, label, bounds, &exercise, range, first] {
        spin->setLocale(QLocale());
        spin->setAccessibleName(tr("Breaths for %1").arg(localized(exercise.title)));
        spin->setToolTip(
            tr("How many breaths to hold for, between %1 and %2; Limber remembers your choice")
                .arg(Describe::number(range.min), Describe::number(range.max)));
        label->setText(first ? tr("Brea&ths:") : tr("Breaths:"));
        bounds->setText(
            tr("(from %1 to %2)").arg(Describe::number(range.min), Describe::number(range.max)));
    });
    layout->addWidget(label);
    layout->addWidget(spin);
    layout->addWidget(bounds);
    layout->addStretch(1);
    return control;
}

void OverviewView::focusStart() {
    // Enter starts: the focus rests on Start, or on the box to tick before
    // it, never on "Back to routines" (Enter there would go back); on Resume
    // when a session is offered.
    if (resumeOffered() && m_resume->isEnabled())
        m_resume->setFocus(Qt::OtherFocusReason);
    else if (m_start->isEnabled())
        m_start->setFocus(Qt::OtherFocusReason);
    else if (m_needsAcknowledgement)
        m_acknowledge->setFocus(Qt::OtherFocusReason);
}

void OverviewView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    focusStart();
}

void OverviewView::setPainCheck(bool checkInsOn, const QString& advice) {
    m_checkInsOff->setVisible(!checkInsOn && m_routine);
    m_adviceText = advice;
    m_advice->setText(tr("⚠ Advice: please see a doctor (%1)…").arg(m_adviceText));
    m_advice->setVisible(!advice.isEmpty() && m_routine);
}

bool OverviewView::canStart() const {
    return m_routine && !m_routine->exercises.empty() &&
           (!m_needsAcknowledgement || m_acknowledge->isChecked());
}

void OverviewView::updateStart() {
    const bool enabled = canStart();
    m_start->setEnabled(enabled);
    m_resume->setEnabled(enabled);
    m_startHint->setVisible(m_routine && m_needsAcknowledgement && !m_acknowledge->isChecked());
}

void OverviewView::updateDuration() {
    if (!m_duration)
        return;
    const int count = m_routine ? static_cast<int>(m_routine->exercises.size()) : 0;
    QString text = tr("Exercises: %1").arg(Describe::number(count));
    if (m_estimator && m_routine) {
        using namespace std::chrono;
        text += u" · "_s + Describe::estimate(m_estimator(*m_routine));
    }
    m_duration->setText(text);
}

void OverviewView::updateTabOrder() {
    QWidget* previous = m_disclaimerButton;
    setTabOrder(m_back, m_disclaimerButton);
    for (QWidget* widget : std::as_const(m_contentFocusChain)) {
        setTabOrder(previous, widget);
        previous = widget;
    }
    setTabOrder(previous, m_acknowledge);
    if (resumeOffered()) {
        setTabOrder(m_acknowledge, m_resume);
        setTabOrder(m_resume, m_start);
    } else {
        setTabOrder(m_acknowledge, m_start);
    }
}

void OverviewView::addSection(QVBoxLayout* layout, QString (*title)()) {
    layout->addSpacing(fontMetrics().height());
    auto* heading = new QLabel;
    heading->setFont(scaledFont(font(), 1.3, true));
    words([heading, title] {
        heading->setText(title());
        heading->setAccessibleName(title());
    });
    layout->addWidget(heading);
}

QWidget* OverviewView::buildContent() {
    auto* content = new QWidget;
    auto* outer = new QHBoxLayout(content);
    auto* column = new QWidget;
    // A comfortable line length for reading.
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    outer->addStretch(1);
    outer->addWidget(column, 100);
    outer->addStretch(1);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);

    if (!m_routine) {
        auto* none = wrappedLabel(QString());
        words([none] { none->setText(tr("No routine is chosen. Go back and choose one.")); });
        layout->addWidget(none);
        layout->addStretch(1);
        return content;
    }
    const Routine& routine = *m_routine;

    auto* title = wrappedLabel(QString());
    title->setObjectName(u"title"_s);
    title->setFont(scaledFont(font(), 1.6, true));
    words([title, &routine] {
        title->setText(localized(routine.title));
        title->setAccessibleName(localized(routine.title));
    });
    layout->addWidget(title);
    if (m_user) {
        auto* badge = new QLabel;
        badge->setFrameShape(QFrame::StyledPanel);
        badge->setMargin(fontMetrics().height() / 6);
        words([badge] {
            badge->setText(tr("Your routine"));
            badge->setToolTip(tr("This routine comes from your own routine folder"));
        });
        layout->addWidget(badge, 0, Qt::AlignLeft);
    }
    m_duration = new QLabel;
    m_duration->setObjectName(u"duration"_s);
    m_duration->setFont(scaledFont(font(), 1.0, true));
    layout->addWidget(m_duration);
    auto* summary = wrappedLabel(QString());
    words([summary, &routine] {
        summary->setText(localized(routine.summary).simplified());
        summary->setAccessibleName(tr("Summary", "what the routine is for"));
    });
    layout->addWidget(summary);

    m_disclaimer = wrappedLabel(QString());
    m_disclaimer->setObjectName(u"disclaimerText"_s);
    m_disclaimer->setFrameShape(QFrame::StyledPanel);
    m_disclaimer->setMargin(fontMetrics().height() / 2);
    m_disclaimer->hide();
    words([disclaimer = m_disclaimer] {
        disclaimer->setText(Disclaimer::text());
        disclaimer->setAccessibleName(tr("Medical disclaimer"));
    });
    layout->addWidget(m_disclaimer);

    if (!routine.safety.empty()) {
        addSection(layout, [] { return tr("Safety", "section heading: safety notes"); });
        for (const auto& notice : routine.safety)
            layout->addWidget(safetyRow(notice));
    }

    const std::vector<std::string> ids = routine.equipmentNeeded();
    if (!ids.empty()) {
        addSection(layout, [] { return tr("What you need"); });
        for (const auto& id : ids) {
            auto* check = new QCheckBox;
            words([check, &routine, id] {
                const QString text = Describe::equipmentWithSubstitutes(routine, id);
                check->setText(escapeMnemonic(text));
                check->setAccessibleName(text);
                check->setToolTip(tr("Tick it off once it is ready (just a reminder)"));
            });
            layout->addWidget(check);
            m_contentFocusChain << check;
        }
    }

    addSection(layout, [] { return tr("Exercises"); });
    int number = 1;
    for (const auto& exercise : routine.exercises)
        layout->addWidget(exerciseRow(exercise, number++));

    if (!routine.sources.empty()) {
        if (routine.sources.size() > 1)
            addSection(layout, [] {
                return tr("Sources", "section heading: the pages the content comes from");
            });
        else
            addSection(layout, [] {
                return tr("Source", "section heading: where the content comes from");
            });
        for (const Source& page : routine.sources)
            layout->addWidget(sourceRow(page, routine.sources.size() > 1));
    }
    layout->addStretch(1);
    return content;
}

// One page the routine cites: its title, and under it its address as a
// link that opens in the browser (plain text when it is no web address).
QWidget* OverviewView::sourceRow(const Source& page, bool several) {
    const QUrl url(toQString(page.url));
    const bool link = url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http");
    QLabel* source = link ? new LinkLabel : new QLabel;
    source->setWordWrap(true);
    if (link)
        m_contentFocusChain << source;
    else
        source->setTextFormat(Qt::PlainText);
    words([source, &page, url, link, several] {
        const QString sourceTitle = localized(page.title);
        source->setAccessibleName(
            several
                ? tr("Source: %1", "one of several pages the content comes from").arg(sourceTitle)
                : tr("Source", "section heading: where the content comes from"));
        if (!link) {
            source->setText(sourceTitle);
            return;
        }
        source->setText(u"%1<br><a href=\"%2\">%3</a>"_s.arg(
            sourceTitle.toHtmlEscaped(), url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
            url.toDisplayString().toHtmlEscaped()));
        source->setToolTip(tr("Open %1 in your web browser").arg(url.toDisplayString()));
    });
    return source;
}

QWidget* OverviewView::safetyRow(const SafetyNotice& notice) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    const int side = fontMetrics().height() * 5 / 4;
    auto* icon = new QLabel;
    icon->setPixmap(safetyIcon(notice.level, side, devicePixelRatioF(), palette()));
    icon->setFixedSize(side, side);
    auto* label = new QLabel;
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setObjectName(u"safetyNotice"_s);
    words([icon, label, &notice] {
        icon->setAccessibleName(Describe::safetyLevel(notice.level));
        const QString word = tr("%1:").arg(Describe::safetyLevel(notice.level));
        const QString text = localized(notice.text).simplified();
        label->setText(u"<b>%1</b> %2"_s.arg(word.toHtmlEscaped(), text.toHtmlEscaped()));
        label->setAccessibleName(word + u' ' + text);
    });
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return row;
}

QWidget* OverviewView::exerciseRow(const Exercise& exercise, int number) {
    const Routine& routine = *m_routine;
    auto* row = new QFrame;
    row->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(row);
    const int line = fontMetrics().height();

    // The exercise's cover (Exercise::cover(): a figure wins over an image,
    // as in the player), still: a figure shows the pose it leads to.
    auto* picture = new StepPicture(m_loader);
    picture->setObjectName(u"exercisePicture"_s);
    picture->setMotionEnabled(false);
    picture->setFixedSize(line * 9, line * 7);
    layout->addWidget(picture, 0, Qt::AlignTop);

    auto* text = new QVBoxLayout;
    auto* title = wrappedLabel(QString());
    title->setFont(scaledFont(font(), 1.15, true));
    text->addWidget(title);
    words([picture, title, &routine, &exercise, number] {
        const Exercise::Cover cover = exercise.cover();
        picture->setPicture(cover.figure, pictureFile(routine, cover),
                            tr("Picture: %1").arg(localized(exercise.title)), cover.mirrored);
        const QString titleText =
            tr("%1. %2").arg(Describe::number(number), localized(exercise.title));
        title->setText(titleText);
        title->setAccessibleName(titleText);
    });

    // A wrapped line of plain text that `say` words, now and on every language change.
    const auto addLine = [this, text](std::function<QString()> say) {
        auto* label = wrappedLabel(QString());
        text->addWidget(label);
        words([label, say = std::move(say)] { label->setText(say()); });
    };
    if (!exercise.equipment.empty())
        addLine([&routine, &exercise] { return Describe::exerciseEquipment(routine, exercise); });
    addLine([&exercise] { return involves(exercise); });
    if (!exercise.sides.empty())
        addLine([&exercise] { return Describe::sides(exercise.sides); });
    if (exercise.rest)
        addLine([&exercise] { return Describe::rest(*exercise.rest); });
    for (const auto& notice : exercise.safety)
        text->addWidget(safetyRow(notice));
    if (const auto* hold = holdRange(exercise))
        text->addWidget(holdControl(exercise, *hold));
    if (const auto* breaths = breathRange(exercise))
        text->addWidget(breathControl(exercise, *breaths));
    text->addStretch(1);
    layout->addLayout(text, 1);
    return row;
}

QSpinBox* OverviewView::choiceSpin(const QString& name, int least, int most, int value,
                                   std::function<void(int)> remember) {
    auto* spin = new QSpinBox;
    spin->setObjectName(name);
    spin->setRange(least, most);
    spin->setValue(value);
    spin->setFocusPolicy(Qt::StrongFocus);
    spin->installEventFilter(this); // no accidental changes while scrolling or paging
    connect(spin, &QSpinBox::valueChanged, this,
            [this, remember = std::move(remember)](int chosen) {
                if (m_settings)
                    remember(chosen);
                updateDuration();
            });
    m_contentFocusChain << spin;
    return spin;
}

QWidget* OverviewView::holdControl(const Exercise& exercise, const HoldAction& hold) {
    const auto& range = hold.duration;
    const QString routineId = toQString(m_routine->id);
    const QString exerciseId = toQString(exercise.id);

    const Seconds initial =
        m_settings
            ? startingValue(*m_settings, range, m_settings->holdTarget(routineId, exerciseId))
            : startOf(range, RangeDefault::RoutineDefault);

    auto* spin = choiceSpin(u"hold:"_s + exerciseId, static_cast<int>(range.min.count()),
                            static_cast<int>(range.max.count()), static_cast<int>(initial.count()),
                            [this, routineId, exerciseId](int seconds) {
                                m_settings->setHoldTarget(routineId, exerciseId, Seconds(seconds));
                            });
    spin->setSingleStep(5);

    auto* control = new QWidget;
    auto* layout = new QHBoxLayout(control);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* label = new QLabel;
    label->setBuddy(spin);
    auto* bounds = new QLabel;
    const bool first = !m_holdKeyGiven;
    m_holdKeyGiven = true;
    words([spin, label, bounds, &exercise, range, first] {
        // The spin box shows its number in the locale it was made in.
        spin->setLocale(QLocale());
        spin->setSuffix(tr(" s", "unit after a number: seconds"));
        spin->setAccessibleName(tr("Hold time for %1, in seconds").arg(localized(exercise.title)));
        spin->setToolTip(tr("How long to hold, between %1 and %2; Limber remembers your choice")
                             .arg(Describe::duration(range.min), Describe::duration(range.max)));
        // Alt+H is the Help menu's; only the first hold control gets Alt+L (an
        // access key is one control's), the others are a Tab away.
        label->setText(first ? tr("Ho&ld for:") : tr("Hold for:"));
        bounds->setText(tr("(from %1 to %2)")
                            .arg(Describe::duration(range.min), Describe::duration(range.max)));
    });
    layout->addWidget(label);
    layout->addWidget(spin);
    layout->addWidget(bounds);
    layout->addStretch(1);
    return control;
}

QList<KeyHelp> OverviewView::keys() {
    return {
        {QKeySequence(Qt::Key_Return), tr("Start the routine")},
        {QKeySequence(Qt::Key_Escape), tr("Back to the routines")},
        {QKeySequence(Qt::Key_PageDown), tr("Scroll the overview down")},
        {QKeySequence(Qt::Key_PageUp), tr("Scroll the overview up")},
        {QKeySequence(Qt::Key_Home), tr("Scroll to the top of the overview")},
        {QKeySequence(Qt::Key_End), tr("Scroll to the end of the overview")},
    };
}

// The keys keys() lists.
void OverviewView::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Escape:
        Q_EMIT backRequested();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        // Enter on another focused push button presses that button, not Start.
        auto* button = qobject_cast<QPushButton*>(focusWidget());
        if (button && button != m_start && isAncestorOf(button)) {
            button->animateClick();
            return;
        }
        // Enter goes on where the person left off, when a session is offered.
        if (canStart() && resumeOffered())
            Q_EMIT resumeRequested();
        else if (canStart())
            Q_EMIT startRequested();
        return;
    }
    case Qt::Key_PageDown:
    case Qt::Key_PageUp:
    case Qt::Key_Home:
    case Qt::Key_End:
        // Here from a control that has no use for the key (a line edit or a
        // spin box moves its cursor with Home and End, and keeps them).
        scroll(event->key());
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void OverviewView::scroll(int key) {
    const auto action = [key] {
        switch (key) {
        case Qt::Key_PageDown:
            return QAbstractSlider::SliderPageStepAdd;
        case Qt::Key_PageUp:
            return QAbstractSlider::SliderPageStepSub;
        case Qt::Key_Home:
            return QAbstractSlider::SliderToMinimum;
        default:
            return QAbstractSlider::SliderToMaximum; // End
        }
    }();
    m_scroll->verticalScrollBar()->triggerAction(action);
}

bool OverviewView::eventFilter(QObject* watched, QEvent* event) {
    // Page Up and Down scroll the overview from a hold or breath choice too,
    // rather than change its value by ten steps.
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp) &&
            key->modifiers() == Qt::NoModifier) {
            scroll(key->key());
            return true;
        }
    }
    if (event->type() == QEvent::Wheel) {
        if (auto* widget = qobject_cast<QWidget*>(watched); widget && !widget->hasFocus()) {
            event->ignore();
            return true; // the scroll area scrolls instead
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace limber
