#include "history/paincheck.h"

#include "common/qtconvert.h"
#include "history/advicedialog.h"
#include "history/checkindialog.h"
#include "history/historystore.h"
#include "settings/settings.h"

#include <QMessageBox>
#include <QPushButton>

namespace limber {

PainCheck::PainCheck(HistoryStore& store, Settings& settings, std::function<QDateTime()> now,
                     QWidget* window)
    : QObject(window)
    , m_store(store)
    , m_settings(settings)
    , m_now(std::move(now))
    , m_window(window) {}

std::chrono::year_month_day PainCheck::today() const {
    return toYmd(m_now().date());
}

Advice PainCheck::advice(const Routine& routine) const {
    if (!routine.painRule)
        return {};
    return advise(m_store.painCheckIns(toQString(routine.id)), today(), *routine.painRule);
}

void PainCheck::save(const Routine& routine, int rating, Moment moment,
                     std::optional<qint64> session,
                     std::function<void(std::optional<qint64>)> then) {
    const QString routineId = toQString(routine.id);
    CheckIn checkIn{toLocalSeconds(m_now()), rating, moment, InjuryAnswer::Unasked};
    const PainRule rule = routine.painRule.value_or(PainRule{});
    const auto finish = [this, routineId, session, then](CheckIn taken) {
        const auto id = m_store.addCheckIn(routineId, taken, session);
        Q_EMIT changed();
        then(id);
    };
    if (moment != Moment::BeforeSession ||
        !asksInjuryQuestion(m_store.painCheckIns(routineId), checkIn.at, rating, rule)) {
        finish(checkIn);
        return;
    }
    auto* question = new InjuryQuestionDialog(m_window);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QDialog::finished, this, [question, checkIn, finish](int) mutable {
        checkIn.injury = question->answer();
        finish(checkIn);
    });
    question->open();
}

void PainCheck::beforeSession(const Routine& routine,
                              std::function<void(std::vector<qint64>)> start) {
    m_beforeRating.reset();
    if (!m_settings.painCheckIns()) {
        adviceStep(routine, {}, std::move(start));
        return;
    }
    auto* dialog = new CheckInDialog(routine, Moment::BeforeSession, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, &routine, start](int result) {
        const auto rating = dialog->rating();
        if (result != QDialog::Accepted || !rating) {
            adviceStep(routine, {}, start);
            return;
        }
        m_beforeRating = *rating;
        save(routine, *rating, Moment::BeforeSession, std::nullopt,
             [this, &routine, start](std::optional<qint64> id) {
                 std::vector<qint64> ids;
                 if (id)
                     ids.push_back(*id);
                 adviceStep(routine, ids, start);
             });
    });
    dialog->open();
}

void PainCheck::adviceStep(const Routine& routine, std::vector<qint64> checkIns,
                           std::function<void(std::vector<qint64>)> start) {
    const Advice current = advice(routine);
    const QString routineId = toQString(routine.id);
    const auto day = today();
    if (!current.any() || !routine.painRule ||
        (!current.needsConfirmationToStart() &&
         !adviceDue(current, m_store.lastAcknowledgement(routineId, day), day))) {
        start(checkIns);
        return;
    }
    auto* dialog = new AdviceDialog(current, *routine.painRule, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, current, routineId, day, checkIns, start](int result) {
                // Shown and closed counts as seen for the once-a-day rule only
                // when acknowledged; Esc leaves it due (and the routine unstarted).
                if (result != QDialog::Accepted)
                    return;
                m_store.acknowledgeAdvice(routineId, current.reasons, day);
                Q_EMIT changed();
                if (!current.needsConfirmationToStart()) {
                    start(checkIns);
                    return;
                }
                QMessageBox* box = AdviceDialog::secondConfirmation(m_window);
                connect(box, &QMessageBox::finished, this, [box, checkIns, start](int) {
                    if (box->clickedButton() &&
                        box->clickedButton()->objectName() == QLatin1StringView("startAnyway"))
                        start(checkIns);
                });
                box->open();
            });
    dialog->open();
}

void PainCheck::afterSession(const Routine& routine, std::optional<qint64> sessionId,
                             std::function<void(std::optional<int>)> done) {
    if (!m_settings.painCheckIns()) {
        done(std::nullopt);
        return;
    }
    auto* dialog = new CheckInDialog(routine, Moment::AfterSession, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this,
            [this, dialog, &routine, sessionId, done](int result) {
                const auto rating = dialog->rating();
                if (result != QDialog::Accepted || !rating) {
                    done(std::nullopt);
                    return;
                }
                save(routine, *rating, Moment::AfterSession, sessionId,
                     [done, value = *rating](std::optional<qint64>) { done(value); });
            });
    dialog->open();
}

void PainCheck::showAdvice(const Routine& routine) {
    const Advice current = advice(routine);
    if (!current.any() || !routine.painRule)
        return;
    auto* dialog = new AdviceDialog(current, *routine.painRule, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // From the overview an injury's dialog only informs: "Start anyway…"
    // is the Start button's business.
    if (current.needsConfirmationToStart())
        dialog->acknowledgeButton()->hide();
    const QString routineId = toQString(routine.id);
    const auto day = today();
    connect(dialog, &QDialog::accepted, this, [this, routineId, current, day] {
        m_store.acknowledgeAdvice(routineId, current.reasons, day);
        Q_EMIT changed();
    });
    dialog->open();
}

} // namespace limber
