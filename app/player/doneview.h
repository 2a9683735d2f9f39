#pragma once

#include "common/keyhelp.h"
#include "routine/localizedtext.h"
#include "session/sessioncontroller.h"

#include <QWidget>
#include <optional>
#include <variant>

class QLabel;
class QPushButton;

namespace limber {

// After a session: what was done (exercises, time, holds, breaths, reps),
// then back to the library, the same routine again, or the History screen.
//
// Keyboard: Enter goes back to the library; Esc too.
class DoneView : public QWidget {
    Q_OBJECT

public:
    explicit DoneView(QWidget* parent = nullptr);

    // `routineTitle` in every language: it follows a language change.
    void setSummary(const SessionSummary& summary, const LocalizedText& routineTitle);
    // `routineTitle` in one language: it stays as given.
    void setSummary(const SessionSummary& summary, const QString& routineTitle);

    // The pain check-ins before and after the session ("Pain: 3 → 1");
    // either may be missing (skipped, or check-ins off). Cleared by setSummary().
    void setPain(std::optional<int> before, std::optional<int> after);

    // The summary lines as shown ("3 of 3 exercises", "Time: 6 min 10 s"...).
    [[nodiscard]] QStringList lines() const;
    [[nodiscard]] QString titleText() const;

    // The Done screen's keys and what they do, for the keyboard help (F1).
    [[nodiscard]] static QList<KeyHelp> keys();

Q_SIGNALS:
    void libraryRequested();
    void againRequested();
    void historyRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // The buttons' words and the summary's: the constructor's, and again on
    // a language change.
    void retranslate();
    void scaleFonts();

    std::optional<SessionSummary> m_summary;
    std::optional<int> m_painBefore;
    std::optional<int> m_painAfter;
    std::variant<LocalizedText, QString> m_routineTitle;
    QLabel* m_title;
    QLabel* m_routine;
    QLabel* m_lines;
    QStringList m_text;
    QPushButton* m_library;
    QPushButton* m_again;
    QPushButton* m_history;
};

} // namespace limber
