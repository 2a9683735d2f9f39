#include "history/historyview.h"

#include "common/datapaths.h"
#include "common/scrollingdialog.h"
#include "documents/paper.h"
#include "history/historyreport.h"
#include "history/painchart.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTextCharFormat>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// The calendar of days: the chosen day wears a focus ring while its grid
// has the focus, which QCalendarWidget's own cells never show (the arrows,
// Page Up and Page Down then move it a day, a week, a month). The grid is
// the calendar's one item view.
class DayCalendar : public QCalendarWidget {
public:
    DayCalendar()
        : m_days(findChild<QAbstractItemView*>()) {}

protected:
    void paintCell(QPainter* painter, const QRect& rect, QDate date) const override {
        QCalendarWidget::paintCell(painter, rect, date);
        if (date != selectedDate() || !m_days->hasFocus())
            return;
        // A ring of the text's colour inside one of the window's, so that it
        // shows on the highlight in any palette.
        const qreal width = std::max(2, rect.height() / 16);
        painter->save();
        painter->setBrush(Qt::NoBrush);
        const QRectF cell(rect);
        painter->setPen(QPen(palette().color(QPalette::Window), width));
        painter->drawRect(cell.adjusted(width / 2, width / 2, -width / 2, -width / 2));
        painter->setPen(QPen(palette().color(QPalette::Text), width));
        const qreal in = width * 1.5;
        painter->drawRect(cell.adjusted(in, in, -in, -in));
        painter->restore();
    }

private:
    QAbstractItemView* m_days;
};

// "4" or "4.5": a mean of ratings as a person reads it.
QString rating(double value) {
    const bool whole = std::abs(value - std::round(value)) < 0.05;
    return QLocale().toString(value, 'f', whole ? 0 : 1);
}

} // namespace

HistoryView::HistoryView(HistoryStore& store, std::function<QDate()> today, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_today(std::move(today))
    , m_back(new QPushButton)
    , m_title(new QLabel)
    , m_consistency(new QLabel)
    , m_calendar(new DayCalendar)
    , m_calendarDays(m_calendar->findChild<QAbstractItemView*>())
    , m_dayText(new QLabel)
    , m_advice(new QPushButton)
    , m_export(new QPushButton)
    , m_import(new QPushButton)
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart)) {
    setObjectName(u"history"_s);
    m_back->setObjectName(u"back"_s);
    m_title->setObjectName(u"title"_s);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_consistency->setObjectName(u"consistency"_s);
    m_consistency->setWordWrap(true);
    QFont consistencyFont = m_consistency->font();
    consistencyFont.setPointSizeF(consistencyFont.pointSizeF() * 1.2);
    m_consistency->setFont(consistencyFont);
    m_calendar->setObjectName(u"calendar"_s);
    m_calendar->setGridVisible(true);
    m_calendar->setMinimumSize(400, 300);
    m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_dayText->setObjectName(u"dayText"_s);
    m_dayText->setWordWrap(true);
    m_dayText->setTextFormat(Qt::PlainText);
    m_dayText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_advice->setObjectName(u"advice"_s);
    m_advice->hide();
    m_export->setObjectName(u"export"_s);
    // A push button with a menu: its arrow has a place of its own after the
    // word (a tool button's was drawn over the word's end).
    auto* exportMenu = new QMenu(m_export);
    m_exportSessions = exportMenu->addAction(QString(), this,
                                             [this] { chooseExport(HistoryCsv::Kind::Sessions); });
    m_exportCheckIns = exportMenu->addAction(QString(), this,
                                             [this] { chooseExport(HistoryCsv::Kind::CheckIns); });
    m_exportSessions->setObjectName(u"exportSessions"_s);
    m_exportCheckIns->setObjectName(u"exportCheckIns"_s);
    exportMenu->addSeparator();
    m_exportReport = exportMenu->addAction(QString(), this, &HistoryView::chooseReport);
    m_exportReport->setObjectName(u"exportReport"_s);
    m_export->setMenu(exportMenu);
    m_import->setObjectName(u"import"_s);
    connect(m_import, &QPushButton::clicked, this, &HistoryView::chooseImport);
    m_chartView->setObjectName(u"chart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumWidth(420);
    // A picture to look at, with nothing to do from the keyboard: no Tab
    // stop that shows no focus (the calendar's words say what it shows).
    m_chartView->setFocusPolicy(Qt::NoFocus);

    connect(m_back, &QPushButton::clicked, this, &HistoryView::backRequested);
    connect(m_advice, &QPushButton::clicked, this, &HistoryView::adviceRequested);
    connect(m_calendar, &QCalendarWidget::currentPageChanged, this, &HistoryView::markPage);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &HistoryView::updateDayText);
    // A session saved, a check-in, a deletion or an import: read again when
    // shown (now, if it is).
    connect(&m_store, &HistoryStore::changed, this, [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_export);
    top->addWidget(m_import);

    auto* left = new QVBoxLayout;
    left->addWidget(m_consistency);
    left->addWidget(m_calendar);
    left->addWidget(m_dayText);
    left->addWidget(m_advice);
    left->addStretch(1);

    auto* body = new QHBoxLayout;
    body->addLayout(left, 0);
    body->addWidget(m_chartView, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);
    retranslate();
}

QList<KeyHelp> HistoryView::keys() {
    return {{QKeySequence(Qt::Key_Escape), tr("Back to where you came from")}};
}

void HistoryView::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT backRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

void HistoryView::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HistoryView::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void HistoryView::refresh() {
    m_stale = false;
    m_days.clear();
    for (const HistoryDay& day : m_store.days())
        m_days.emplace(day.date, day);
    const QDate today = m_today();
    m_calendar->setMaximumDate(today);
    if (!m_days.empty())
        m_calendar->setMinimumDate(std::min(m_days.begin()->first, today));
    m_calendar->setSelectedDate(today);
    updateConsistency();
    updateChart();
    markPage(m_calendar->yearShown(), m_calendar->monthShown());
    updateDayText();
}

void HistoryView::setAdvice(const QString& summary) {
    m_adviceSummary = summary;
    m_advice->setVisible(!summary.isEmpty());
    retranslate();
}

QString HistoryView::consistencyText() const {
    return m_consistency->text();
}

QString HistoryView::dayText() const {
    return m_dayText->text();
}

void HistoryView::retranslate() {
    m_back->setText(tr("← &Back"));
    m_back->setToolTip(tr("Back to where you came from (Esc)"));
    m_title->setText(tr("History"));
    m_calendar->setAccessibleName(tr("Days with sessions"));
    m_calendarDays->setAccessibleName(tr("Days with sessions"));
    m_calendar->setLocale(QLocale());
    m_chartView->setAccessibleName(tr("Pain before and after sessions over time"));
    m_advice->setText(tr("⚠ Advice: please see a doctor (%1)…").arg(m_adviceSummary));
    m_advice->setAccessibleName(tr("Show the advice to see a doctor"));
    m_export->setText(tr("&Export"));
    m_export->setToolTip(tr("Save your sessions or pain check-ins as a CSV file, for a "
                            "spreadsheet, a clinician or another computer"));
    m_exportSessions->setText(tr("&Sessions as CSV…"));
    m_exportCheckIns->setText(tr("&Pain check-ins as CSV…"));
    m_exportReport->setText(tr("&Report (PDF)…"));
    m_exportReport->setToolTip(tr("The sessions, holds and reps, the pain chart and the advice "
                                  "given between two days, as a PDF to print or to take to a "
                                  "clinician"));
    m_import->setText(tr("I&mport CSV…"));
    m_import->setToolTip(tr("Add sessions or pain check-ins from a CSV file Limber exported; "
                            "what is already kept is not added twice"));
    // The words drawn from the history follow when it has been read.
    if (m_stale)
        return;
    updateConsistency();
    updateChart();
    markPage(m_calendar->yearShown(), m_calendar->monthShown());
    updateDayText();
}

void HistoryView::updateConsistency() {
    // Gentle: how many of the last seven days had a session, never a streak
    // that breaks.
    const QDate today = m_today();
    int active = 0;
    for (int back = 0; back < 7; ++back) {
        const auto it = m_days.find(today.addDays(-back));
        if (it != m_days.end() && it->second.sessions > 0)
            ++active;
    }
    m_consistency->setText(active > 0 ? tr("You stretched on %n of the last 7\u00a0"
                                           "days.",
                                           nullptr, active)
                                      : tr("No sessions in the last 7\u00a0"
                                           "days. Whenever you are ready, a "
                                           "routine is one click away."));
}

void HistoryView::updateChart() {
    QDate first = m_today().addDays(-7);
    QDate last = m_today();
    if (!m_days.empty()) {
        first = std::min(first, m_days.begin()->first);
        last = std::max(last, m_days.rbegin()->first);
    }
    // The window's colours, light or dark.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    PainChart::fill(*m_chart, m_days, first, last, dark);
    m_chart->setBackgroundBrush(palette().brush(QPalette::Window));
}

void HistoryView::markPage(int year, int month) {
    // Only the weeks shown: a page has at most six, starting up to a week
    // before the month.
    m_calendar->setDateTextFormat(QDate(), QTextCharFormat());
    const QDate first(year, month, 1);
    for (QDate date = first.addDays(-7); date <= first.addDays(42); date = date.addDays(1)) {
        const auto it = m_days.find(date);
        if (it == m_days.end())
            continue;
        const HistoryDay& day = it->second;
        const bool reminded =
            day.remindersTaken + day.remindersPostponed + day.remindersSkipped > 0;
        if (day.sessions == 0 && !reminded)
            continue;
        // Bold and underlined: a day with sessions; a day with only
        // reminders has its tooltip alone.
        QTextCharFormat format;
        if (day.sessions > 0) {
            format.setFontWeight(QFont::Bold);
            format.setFontUnderline(true);
        }
        format.setToolTip(describe(day));
        m_calendar->setDateTextFormat(date, format);
    }
}

QString HistoryView::describe(const HistoryDay& day) const {
    QStringList parts;
    parts << (day.sessions > 0 ? tr("%n\u00a0session(s)", nullptr, day.sessions)
                               : tr("No session"));
    if (day.painBefore && day.painAfter)
        parts << tr("pain %1 → %2").arg(rating(*day.painBefore), rating(*day.painAfter));
    else if (day.painBefore)
        parts << tr("pain before: %1").arg(rating(*day.painBefore));
    else if (day.painAfter)
        parts << tr("pain after: %1").arg(rating(*day.painAfter));
    // The reminders: "3 reminders: 1 taken, 1 postponed, 1 skipped".
    const int reminders = day.remindersTaken + day.remindersPostponed + day.remindersSkipped;
    if (reminders > 0) {
        QStringList outcomes;
        if (day.remindersTaken > 0)
            outcomes << tr("%n taken", "reminders", day.remindersTaken);
        if (day.remindersPostponed > 0)
            outcomes << tr("%n postponed", "reminders", day.remindersPostponed);
        if (day.remindersSkipped > 0)
            outcomes << tr("%n skipped", "reminders", day.remindersSkipped);
        parts << tr("%n\u00a0reminder(s): %1", nullptr, reminders).arg(outcomes.join(u", "_s));
    }
    return parts.join(u", "_s);
}

void HistoryView::updateDayText() {
    const QDate date = m_calendar->selectedDate();
    const auto it = m_days.find(date);
    const QString what = it != m_days.end() ? describe(it->second) : tr("No session");
    m_dayText->setText(tr("%1: %2").arg(QLocale().toString(date, QLocale::LongFormat), what));
    // What a screen reader says of the calendar and of its focused grid.
    m_calendar->setAccessibleDescription(m_dayText->text());
    m_calendarDays->setAccessibleDescription(m_dayText->text());
}

void HistoryView::chooseExport(HistoryCsv::Kind kind) {
    const bool sessions = kind == HistoryCsv::Kind::Sessions;
    const QString name = sessions ? tr("limber-sessions.csv", "file name")
                                  : tr("limber-pain-check-ins.csv", "file name");
    const QString path = QFileDialog::getSaveFileName(
        this, sessions ? tr("Export sessions") : tr("Export pain check-ins"),
        QDir(startFolder()).filePath(name), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(kind, path);
}

void HistoryView::chooseReport() {
    // The days: the last 30 unless the person picks others.
    QDialog dialog(this);
    dialog.setObjectName(u"reportRange"_s);
    dialog.setWindowTitle(tr("Report (PDF)"));
    const QDate today = m_today();
    auto* from = new QDateEdit(today.addDays(-29));
    from->setObjectName(u"from"_s);
    auto* to = new QDateEdit(today);
    to->setObjectName(u"to"_s);
    for (QDateEdit* edit : {from, to}) {
        edit->setCalendarPopup(true);
        edit->setMaximumDate(today);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    auto* form = new QFormLayout;
    form->addRow(tr("&From:"), from);
    form->addRow(tr("&To:"), to);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Next…"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    // The last day is never before the first.
    connect(from, &QDateEdit::dateChanged, to, [to](QDate first) { to->setMinimumDate(first); });
    to->setMinimumDate(from->date());
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Which days should the report cover?")));
    layout->addLayout(form);
    layout->addWidget(buttons);
    fitTitle(dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString name =
        tr("limber-report-%1-to-%2.pdf", "file name")
            .arg(from->date().toString(Qt::ISODate), to->date().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"), QDir(startFolder()).filePath(name), tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        exportReport(from->date(), to->date(), path);
}

bool HistoryView::exportReport(QDate from, QDate to, const QString& path) {
    const RoutineLibrary none;
    const QString problem = HistoryReport::writePdf(m_store, m_library ? *m_library : none, from,
                                                    to, path, localPaper(), m_today());
    return showExported(problem, path);
}

void HistoryView::chooseImport() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a history"), startFolder(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        importCsv(path);
}

bool HistoryView::showExported(const QString& problem, const QString& path) {
    auto* box = new QMessageBox(
        problem.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, tr("Export"),
        problem.isEmpty() ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path)) : problem,
        QMessageBox::Ok, this);
    box->setObjectName(u"exportResult"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    return problem.isEmpty();
}

bool HistoryView::exportCsv(HistoryCsv::Kind kind, const QString& path) {
    const QString problem = HistoryCsv::write(m_store, kind, path);
    return showExported(problem, path);
}

bool HistoryView::importCsv(const QString& path) {
    const auto imported = HistoryCsv::importFile(m_store, path);
    const bool ok = imported.errors.isEmpty();
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, tr("Import"),
                                QString(), QMessageBox::Ok, this);
    box->setObjectName(u"importResult"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (ok) {
        box->setText(tr("%n record(s) added from %1.", nullptr, imported.added)
                         .arg(QDir::toNativeSeparators(path)));
        if (imported.skipped > 0)
            box->setInformativeText(
                tr("%n were already kept and not added again.", nullptr, imported.skipped));
    } else {
        box->setText(tr("Nothing was imported from %1: fix these lines and try again.")
                         .arg(QDir::toNativeSeparators(path)));
        box->setDetailedText(imported.errors.join(u'\n'));
        box->setInformativeText(imported.errors.mid(0, 5).join(u'\n'));
    }
    box->open();
    return ok;
}

} // namespace limber
