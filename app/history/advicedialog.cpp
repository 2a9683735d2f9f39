#include "history/advicedialog.h"

#include "common/linklabel.h"
#include "history/historystore.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace limber {

QString AdviceText::date(std::chrono::year_month_day date) {
    return QLocale().toString(toQDate(date), u"d MMM"_s);
}

QString AdviceText::heading(const Advice& advice, AdviceReason reason) {
    switch (reason) {
    case AdviceReason::Injury:
        return tr("The pain started after a fall, an accident or an injury");
    case AdviceReason::Persists:
        // The source's own words may be "a few days" or "four weeks": the
        // heading says the days (always more than one), the detail the
        // routine's number.
        return tr("Pain for %n\u00a0"
                  "days (%1 to %2)",
                  nullptr, advice.spanDays)
            .arg(date(advice.first->date), date(advice.latest->date));
    case AdviceReason::Worse:
        if (advice.risenBy)
            return tr("Getting worse (%1 → %2)")
                .arg(advice.first->rating)
                .arg(advice.latest->rating);
        return tr("Getting worse (%1 → %2)")
            .arg(advice.risingRun.front().rating)
            .arg(advice.risingRun.back().rating);
    }
    return {};
}

QString AdviceText::detail(const Advice& advice, AdviceReason reason, const PainRule& rule) {
    switch (reason) {
    case AdviceReason::Injury:
        return tr("On %1 you said this pain started right after a fall, an accident or another "
                  "injury.")
            .arg(date(advice.injury->date));
    case AdviceReason::Persists:
        return tr("You first reported this pain on %1 (%2 out of 10) and it was still there on %3 "
                  "(%4 out of 10): %n\u00a0"
                  "days, more than the %5\u00a0"
                  "days after which this routine's "
                  "source advises seeing a doctor.",
                  nullptr, advice.spanDays)
            .arg(date(advice.first->date))
            .arg(advice.first->rating)
            .arg(date(advice.latest->date))
            .arg(advice.latest->rating)
            .arg(rule.maxPainDays.value_or(0));
    case AdviceReason::Worse: {
        if (advice.risenBy)
            return tr("Your pain went from %1 to %2 between %3 and %4.")
                .arg(advice.first->rating)
                .arg(advice.latest->rating)
                .arg(date(advice.first->date), date(advice.latest->date));
        QStringList run;
        for (const auto& cited : advice.risingRun)
            run << tr("%1 on %2").arg(cited.rating).arg(date(cited.date));
        return tr("Your pain rose at each of %n\u00a0"
                  "check-ins in a row: %1.",
                  nullptr, static_cast<int>(advice.risingRun.size()))
            .arg(QLocale().createSeparatedList(run));
    }
    }
    return {};
}

QString AdviceText::summary(const Advice& advice) {
    QStringList headings;
    for (AdviceReason reason : advice.reasons)
        headings << heading(advice, reason);
    return headings.join(u"; "_s);
}

QString AdviceText::whatToDo(const Advice& advice) {
    if (advice.needsConfirmationToStart())
        return tr("This routine's source advises seeing a doctor before you do it when pain "
                  "starts right after an injury. Please see a doctor first.");
    return tr("This routine's source advises seeing a doctor when pain persists or gets "
              "worse. Limber does not diagnose: it repeats that advice with your own ratings, so "
              "that you can show them to a doctor.");
}

QString AdviceText::urgentHeading(bool emergency) {
    return emergency ? tr("Call emergency services or go to an emergency department now if "
                          "your back pain comes with any of these:")
                     : tr("See a doctor soon if it comes with any of these:");
}

QStringList AdviceText::urgentSigns(bool emergency) {
    if (emergency)
        return {tr("pain in both legs that comes from your back"),
                tr("weakness or numbness in both legs that is severe or getting worse"),
                tr("numbness around or under your genitals, or around your bottom"),
                tr("new trouble starting to pee, or controlling your bladder or bowels"),
                tr("pain after a major accident, such as a road accident or a fall from a "
                   "height"),
                tr("pain after a minor fall or knock if you are older, have osteoporosis or "
                   "have taken steroids for a long time")};
    return {tr("pain that stays or gets worse when you lie down and wakes you at night"),
            tr("a fever or high temperature"), tr("walking that is unsteady or not as usual"),
            tr("pain like a band around your chest or belly")};
}

QString AdviceText::urgentSourceTitle() {
    return u"Low Back Pain (LBP), Northern Health and Social Care Trust"_s;
}

QString AdviceText::urgentSourceUrl() {
    return u"https://www.northerntrust.hscni.net/services/physiotherapy-services/"
           u"physiotherapy-service-outpatient-service/low-back-pain/"_s;
}

QString AdviceText::urgent() {
    const auto list = [](const QStringList& signs) {
        QString text;
        for (const QString& sign : signs)
            text += u"\n- "_s + sign;
        return text;
    };
    return urgentHeading(true) + list(urgentSigns(true)) + u'\n' + urgentHeading(false) +
           list(urgentSigns(false)) + u'\n' +
           tr("Source: %1, %2").arg(urgentSourceTitle(), urgentSourceUrl());
}

QString AdviceText::plain(const Advice& advice, const PainRule& rule) {
    QStringList parts;
    for (AdviceReason reason : advice.reasons)
        parts << heading(advice, reason) + u": "_s + detail(advice, reason, rule);
    parts << whatToDo(advice) << urgent();
    return parts.join(u'\n');
}

AdviceDialog::AdviceDialog(const Advice& advice, const PainRule& rule, QWidget* parent)
    : QDialog(parent)
    , m_text(new LinkLabel)
    , m_acknowledge(new QPushButton) {
    setObjectName(u"adviceDialog"_s);
    setWindowTitle(tr("Please see a doctor"));
    QString html = u"<h3>%1</h3>"_s.arg(tr("Please see a doctor").toHtmlEscaped());
    for (AdviceReason reason : advice.reasons)
        html += u"<p><b>%1</b><br>%2</p>"_s.arg(
            AdviceText::heading(advice, reason).toHtmlEscaped(),
            AdviceText::detail(advice, reason, rule).toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(AdviceText::whatToDo(advice).toHtmlEscaped());
    const auto list = [](const QStringList& signs) {
        QString items;
        for (const QString& sign : signs)
            items += u"<li>%1</li>"_s.arg(sign.toHtmlEscaped());
        return u"<ul>%1</ul>"_s.arg(items);
    };
    html += u"<p><b>%1</b></p>%2<p><b>%3</b></p>%4<p><small>%5</small></p>"_s.arg(
        AdviceText::urgentHeading(true).toHtmlEscaped(), list(AdviceText::urgentSigns(true)),
        AdviceText::urgentHeading(false).toHtmlEscaped(), list(AdviceText::urgentSigns(false)),
        // The page's title as its link: an address this long cannot wrap.
        AdviceText::tr("Source: %1")
            .arg(u"<a href=\"%1\">%2</a>"_s.arg(AdviceText::urgentSourceUrl(),
                                                AdviceText::urgentSourceTitle().toHtmlEscaped())));
    m_text->setText(html);
    m_text->setObjectName(u"adviceText"_s);
    m_text->setWordWrap(true);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_text->setAccessibleName(AdviceText::plain(advice, rule));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    if (advice.needsConfirmationToStart()) {
        m_cancel = new QPushButton(tr("&Do not start"));
        m_cancel->setObjectName(u"doNotStart"_s);
        m_cancel->setDefault(true);
        m_acknowledge->setText(tr("&Start anyway…"));
        m_acknowledge->setAutoDefault(false);
        buttons->addWidget(m_acknowledge);
        buttons->addWidget(m_cancel);
        connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    } else {
        m_acknowledge->setText(tr("I have &read this"));
        m_acknowledge->setDefault(true);
        buttons->addWidget(m_acknowledge);
    }
    m_acknowledge->setObjectName(u"acknowledgeAdvice"_s);
    connect(m_acknowledge, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addLayout(buttons);
    // It opens on its default button, which shows its focus (the text's
    // first Tab stop would show none).
    (m_cancel ? m_cancel : m_acknowledge)->setFocus();
}

QString AdviceDialog::text() const {
    return m_text->accessibleName();
}

QMessageBox* AdviceDialog::secondConfirmation(QWidget* parent) {
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Start against the advice?"),
                                tr("You said this pain started right after an injury, and this "
                                   "routine's source advises seeing a doctor first. Start the "
                                   "routine anyway?"),
                                QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(u"secondConfirmation"_s);
    auto* start = box->addButton(tr("Start anyway"), QMessageBox::AcceptRole);
    start->setObjectName(u"startAnyway"_s);
    auto* cancel = box->addButton(tr("Do not start"), QMessageBox::RejectRole);
    cancel->setObjectName(u"doNotStart"_s);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    return box;
}

} // namespace limber
