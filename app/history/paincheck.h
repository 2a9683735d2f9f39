#pragma once

// <QtGlobal> first: moc's preprocessor stops at libstdc++'s <chrono> when a
// header it reads reaches it first (common/clock.h).
// clang-format off
#include <QtGlobal>
// clang-format on
#include "history/painadvice.h"
#include "routine/routine.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>
#include <vector>

class QWidget;

namespace limber {

class HistoryStore;
class Settings;

// The pain check-in and the see-a-doctor rule around a session
// (docs/pain-rule.md). Every step is a window-modal dialog opened without
// blocking; the next step follows when it closes.
//
// Before a session:
//   1. the check-in (when on in the settings): "How is your upper back right
//      now?", 0-10, Esc skips; at the first check-in of a new episode,
//      "Did this pain start right after a fall, an accident or another
//      injury?";
//   2. the advice over the stored check-ins, today and the routine's pain
//      rule: an injury advises seeing a doctor first and the routine starts
//      only after "Start anyway…" and a second confirmation; lasting or
//      getting worse is shown once a day per reason (adviceDue) and must be
//      acknowledged before the routine starts;
//   3. `start` is called with the ids of the check-ins taken.
// After a session: the same question, linked to the session.
class PainCheck : public QObject {
    Q_OBJECT

public:
    // `window`: the dialogs' parent; `now`: the person's wall clock.
    PainCheck(HistoryStore& store, Settings& settings, std::function<QDateTime()> now,
              QWidget* window);

    void beforeSession(const Routine& routine,
                       std::function<void(std::vector<qint64> checkIns)> start);
    // `done` gets the rating given (none when skipped or check-ins are off).
    void afterSession(const Routine& routine, std::optional<qint64> sessionId,
                      std::function<void(std::optional<int> rating)> done);

    // The advice today over the stored check-ins (none without a pain rule).
    [[nodiscard]] Advice advice(const Routine& routine) const;
    // Shows the current advice (the overview's note); acknowledging it counts.
    void showAdvice(const Routine& routine);
    // The rating given before the session now running, if any.
    [[nodiscard]] std::optional<int> beforeRating() const { return m_beforeRating; }

Q_SIGNALS:
    // Check-ins or acknowledgements changed: the overview's note may too.
    void changed();

private:
    void adviceStep(const Routine& routine, std::vector<qint64> checkIns,
                    std::function<void(std::vector<qint64>)> start);
    void save(const Routine& routine, int rating, Moment moment, std::optional<qint64> session,
              std::function<void(std::optional<qint64>)> then);
    [[nodiscard]] std::chrono::year_month_day today() const;

    HistoryStore& m_store;
    Settings& m_settings;
    std::function<QDateTime()> m_now;
    QPointer<QWidget> m_window;
    std::optional<int> m_beforeRating;
};

} // namespace limber
