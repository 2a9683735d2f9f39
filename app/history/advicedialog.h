#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "history/painadvice.h"

#include <QCoreApplication>
#include <QDialog>
#include <QString>
#include <QStringList>

class QLabel;
class QMessageBox;
class QPushButton;

namespace limber {

// The see-a-doctor advice in plain words, with the dates and the ratings
// that led to it:
//   "Getting worse (4 → 6)": "Your pain went from 4 to 6 between 1 Dec and 4 Dec."
class AdviceText {
    Q_DECLARE_TR_FUNCTIONS(AdviceText)

public:
    // One heading a reason ("Getting worse (4 → 6)").
    [[nodiscard]] static QString heading(const Advice& advice, AdviceReason reason);
    // What happened, with the dates and numbers, for one reason.
    [[nodiscard]] static QString detail(const Advice& advice, AdviceReason reason,
                                        const PainRule& rule);
    // The headings joined, for the overview's note.
    [[nodiscard]] static QString summary(const Advice& advice);
    // The whole advice as plain text (tests, the command line).
    [[nodiscard]] static QString plain(const Advice& advice, const PainRule& rule);
    // What to do about it: see a doctor (before the routine, for an injury).
    [[nodiscard]] static QString whatToDo(const Advice& advice);
    // The signs that need help at once (emergency: `emergency` true) or a
    // doctor soon, in our words after the page urgentSource() names.
    [[nodiscard]] static QString urgentHeading(bool emergency);
    [[nodiscard]] static QStringList urgentSigns(bool emergency);
    // The whole urgent-care part as plain text: both lists and the source.
    [[nodiscard]] static QString urgent();
    // The page the urgent signs come from: its title and address.
    [[nodiscard]] static QString urgentSourceTitle();
    [[nodiscard]] static QString urgentSourceUrl();
    // "1 Dec" in the UI language.
    [[nodiscard]] static QString date(std::chrono::year_month_day date);
};

// The advice as a dialog that must be acknowledged. For an injury it offers
// "Do not start" (the default, Esc) and "Start anyway…", which asks a second
// time; otherwise "I have read this" acknowledges it and the routine starts.
class AdviceDialog : public QDialog {
    Q_OBJECT

public:
    AdviceDialog(const Advice& advice, const PainRule& rule, QWidget* parent = nullptr);

    [[nodiscard]] QString text() const;
    [[nodiscard]] QPushButton* acknowledgeButton() const { return m_acknowledge; }
    [[nodiscard]] QPushButton* cancelButton() const { return m_cancel; }
    // Shown for an injury when the person chose "Start anyway…": the second
    // confirmation, "Start anyway" or "Do not start" (the default, Esc). The
    // box deletes itself when closed; its "Start anyway" button is named
    // "startAnyway".
    [[nodiscard]] static QMessageBox* secondConfirmation(QWidget* parent);

private:
    QLabel* m_text;
    QPushButton* m_acknowledge;
    QPushButton* m_cancel = nullptr;
};

} // namespace limber
