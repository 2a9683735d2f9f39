#include "history/historyreport.h"

#include "common/describe.h"
#include "common/disclaimer.h"
#include "common/qtconvert.h"
#include "history/advicedialog.h"
#include "history/painchart.h"

#include <QChart>
#include <QDir>
#include <QGraphicsScene>
#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <map>
#include <set>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

using Style = PagedDocument::Style;

// The chart on paper, in millimetres, laid out at kChartPpi of the chart's
// pixels to the inch: its words print at about 7 points, small enough for
// the long axis title of German to fit.
constexpr QSizeF kChartMm(178, 115);
constexpr qreal kChartPpi = 120;

QString day(QDate date) {
    return QLocale().toString(date, QLocale::LongFormat);
}

QString shortDay(QDate date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

QString routineTitle(const RoutineLibrary& library, const QString& id) {
    const auto* entry = library.find(id.toStdString());
    return entry ? localized(entry->routine.title) : id;
}

QString exerciseTitle(const RoutineLibrary& library, const QString& routineId,
                      const QString& exerciseId) {
    if (const auto* entry = library.find(routineId.toStdString())) {
        for (const auto& exercise : entry->routine.exercises) {
            if (toQString(exercise.id) == exerciseId)
                return localized(exercise.title);
        }
    }
    return exerciseId;
}

QString reasonName(AdviceReason reason) {
    switch (reason) {
    case AdviceReason::Injury:
        return HistoryReport::tr("pain after an injury");
    case AdviceReason::Persists:
        return HistoryReport::tr("pain for more than a few days");
    case AdviceReason::Worse:
        return HistoryReport::tr("pain getting worse");
    }
    return {};
}

// The routine's rule for a reason, with its numbers.
QString ruleText(AdviceReason reason, const PainRule& rule) {
    switch (reason) {
    case AdviceReason::Injury:
        return HistoryReport::tr("Rule: pain that began right after a fall, an accident or an "
                                 "injury.");
    case AdviceReason::Persists:
        return HistoryReport::tr("Rule: pain check-ins spanning more than %n\u00a0"
                                 "day(s).",
                                 nullptr, rule.maxPainDays.value_or(0));
    case AdviceReason::Worse: {
        QStringList parts;
        if (rule.worseBy)
            parts << HistoryReport::tr("a rating %n\u00a0point(s) above the first", nullptr,
                                       *rule.worseBy);
        if (rule.risingRun)
            parts << HistoryReport::tr("%n\u00a0"
                                       "check-in(s) in a row, each higher",
                                       nullptr, *rule.risingRun);
        return HistoryReport::tr("Rule: %1.").arg(parts.join(HistoryReport::tr(" or ")));
    }
    }
    return {};
}

// "2: 1 min 50 s / 2 min": the number of holds, the seconds held and their
// targets.
QString holdsText(const std::vector<HoldRecord>& holds) {
    if (holds.empty())
        return u"–"_s;
    int held = 0;
    int target = 0;
    for (const auto& hold : holds) {
        held += hold.heldSeconds;
        target += hold.targetSeconds;
    }
    return HistoryReport::tr("%1: %2 / %3", "holds: the number, seconds held / their target")
        .arg(Describe::number(static_cast<qint64>(holds.size())), Describe::duration(Seconds(held)),
             Describe::duration(Seconds(target)));
}

// "20/11/2026 09:00": a date and time in the locale's short forms.
QString dateTime(const QDateTime& time) {
    return QLocale().toString(time.date(), QLocale::ShortFormat) + u' ' +
           QLocale().toString(time.time(), QLocale::ShortFormat);
}

// A session's pain ratings before and after it ("–" for none): the
// check-ins linked to it, else (a history imported from CSV keeps no links)
// the routine's check-in of that moment within an hour before it began or
// after it ended, the nearest.
std::pair<QString, QString> painOf(const SessionRecord& session,
                                   const std::vector<StoredCheckIn>& checkIns) {
    const StoredCheckIn* before = nullptr;
    const StoredCheckIn* after = nullptr;
    qint64 beforeGap = 0;
    qint64 afterGap = 0;
    constexpr qint64 kHour = 3600;
    for (const auto& stored : checkIns) {
        const bool isBefore = stored.checkIn.moment == Moment::BeforeSession;
        const StoredCheckIn*& found = isBefore ? before : after;
        qint64& gap = isBefore ? beforeGap : afterGap;
        if (stored.sessionId) {
            if (*stored.sessionId == session.id) {
                found = &stored;
                gap = -1; // a link wins over any time
            }
            continue;
        }
        if (stored.routineId != session.routineId || gap < 0)
            continue;
        const QDateTime at = fromLocalSeconds(stored.checkIn.at);
        const qint64 distance =
            isBefore ? at.secsTo(session.startedAt) : session.endedAt.secsTo(at);
        if (distance >= 0 && distance <= kHour && (!found || distance < gap)) {
            found = &stored;
            gap = distance;
        }
    }
    const auto rated = [](const StoredCheckIn* stored) {
        return stored ? Describe::number(stored->checkIn.rating) : u"–"_s;
    };
    return {rated(before), rated(after)};
}

QString count(int value) {
    return value > 0 ? Describe::number(value) : u"–"_s;
}

// The day each session or check-in counts on.
QDate dateOf(const StoredCheckIn& stored) {
    return fromLocalSeconds(stored.checkIn.at).date();
}

void summary(PagedDocument& document, const std::vector<SessionRecord>& sessions,
             const std::vector<StoredCheckIn>& checkIns, QDate from, QDate to) {
    std::set<QDate> days;
    int completed = 0;
    for (const auto& session : sessions) {
        days.insert(session.startedAt.date());
        completed += session.completed ? 1 : 0;
    }
    document.paragraph(HistoryReport::tr("From %1 to %2").arg(day(from), day(to)), Style::Strong);
    document.paragraph(HistoryReport::tr("Sessions: %1 (%2 to their end), on %3 of the %4\u00a0"
                                         "days. Pain check-ins: "
                                         "%5.")
                           .arg(Describe::number(static_cast<qint64>(sessions.size())),
                                Describe::number(completed),
                                Describe::number(static_cast<qint64>(days.size())),
                                Describe::number(from.daysTo(to) + 1),
                                Describe::number(static_cast<qint64>(checkIns.size()))));
}

void chart(PagedDocument& document, const HistoryStore& store, QDate from, QDate to) {
    std::map<QDate, HistoryDay> days;
    for (const HistoryDay& one : store.days()) {
        if (one.date >= from && one.date <= to)
            days.emplace(one.date, one);
    }
    document.heading(HistoryReport::tr("Pain before and after sessions"));
    document.keepWithNext();
    document.picture(kChartMm, [days, from, to](QPainter& painter, const QRectF& target) {
        // The History screen's chart, painted straight onto the page: lines
        // and words stay vector.
        QGraphicsScene scene;
        auto* painChart = new QChart;
        scene.addItem(painChart);
        PainChart::fill(*painChart, days, from, to, false, true);
        const QSizeF layout(kChartMm.width() / 25.4 * kChartPpi,
                            kChartMm.height() / 25.4 * kChartPpi);
        painChart->setGeometry(QRectF(QPointF(0, 0), layout));
        QCoreApplication::sendPostedEvents();
        scene.render(&painter, target, QRectF(QPointF(0, 0), layout));
    });
    const PainChart::Period period = PainChart::periodFor(from, to);
    document.paragraph(
        period == PainChart::Period::Day
            ? HistoryReport::tr("Each point is the mean of a day's check-ins: before sessions "
                                "the solid line, after them the dashed one.")
        : period == PainChart::Period::Week
            ? HistoryReport::tr("Each point is the mean of a week's days (Monday to Sunday), each "
                                "day the mean of its check-ins: before sessions the solid line, "
                                "after them the dashed one.")
            : HistoryReport::tr("Each point is the mean of a month's days, each day the mean of "
                                "its check-ins: before sessions the solid line, after them the "
                                "dashed one."),
        Style::Small);
}

// The advice the routines' pain rules gave on the days of the report: for
// each day with a check-in, the advice as of that day; days in a row with
// the same advice about the same episode are one entry.
void advice(PagedDocument& document, const HistoryStore& store, const RoutineLibrary& library,
            QDate from, QDate to) {
    document.heading(HistoryReport::tr("Advice to see a doctor"));
    bool any = false;
    for (const auto& entry : library.routines) {
        const Routine& routine = entry.routine;
        if (!routine.painRule)
            continue;
        const QString id = toQString(routine.id);
        const auto checkIns = store.painCheckIns(id);
        std::set<QDate> checkInDays;
        for (const auto& checkIn : checkIns) {
            const QDate date = toQDate(checkIn.date());
            if (date >= from && date <= to)
                checkInDays.insert(date);
        }
        struct Period {
            QDate first;
            QDate last;
            Advice advice;
        };
        std::vector<Period> periods;
        for (const QDate date : checkInDays) {
            const Advice given = advise(checkIns, toYmd(date), *routine.painRule);
            if (!given.any())
                continue;
            if (!periods.empty() && periods.back().advice.reasons == given.reasons &&
                periods.back().advice.first == given.first) {
                periods.back().last = date;
                periods.back().advice = given;
            } else {
                periods.push_back({date, date, given});
            }
        }
        std::vector<QString> acknowledged;
        for (const auto& [reason, date] : store.acknowledgements(id)) {
            const QDate when = toQDate(date);
            if (when >= from && when <= to)
                acknowledged.push_back(
                    HistoryReport::tr("%1 on %2").arg(reasonName(reason), day(when)));
        }
        if (periods.empty() && acknowledged.empty())
            continue;
        any = true;
        document.heading(localized(routine.title), Style::Subheading);
        for (const Period& period : periods) {
            const QString when =
                period.first == period.last
                    ? day(period.first)
                    : HistoryReport::tr("%1 to %2").arg(day(period.first), day(period.last));
            for (AdviceReason reason : period.advice.reasons) {
                document.paragraph(AdviceText::detail(period.advice, reason, *routine.painRule) +
                                       u' ' + ruleText(reason, *routine.painRule),
                                   Style::Body,
                                   HistoryReport::tr("%1 — %2:", "dates — the advice's heading")
                                       .arg(when, AdviceText::heading(period.advice, reason)));
            }
        }
        if (!acknowledged.empty()) {
            QStringList items(acknowledged.begin(), acknowledged.end());
            document.paragraph(HistoryReport::tr("Acknowledged in Limber: %1.")
                                   .arg(items.join(HistoryReport::tr("; "))));
        }
    }
    if (!any)
        document.paragraph(HistoryReport::tr("None on these days."));
}

void sessionTable(PagedDocument& document, const std::vector<SessionRecord>& sessions,
                  const std::vector<StoredCheckIn>& checkIns, const RoutineLibrary& library) {
    document.heading(HistoryReport::tr("Sessions"));
    if (sessions.empty()) {
        document.paragraph(HistoryReport::tr("No sessions on these days."));
        return;
    }
    std::vector<QStringList> rows;
    for (const auto& session : sessions) {
        int done = 0;
        std::vector<HoldRecord> holds;
        for (const auto& exercise : session.exercises) {
            done += exercise.outcome == ExerciseOutcome::Done ? 1 : 0;
            holds.insert(holds.end(), exercise.holds.begin(), exercise.holds.end());
        }
        QString exercises =
            HistoryReport::tr("%1 of %2")
                .arg(Describe::number(done),
                     Describe::number(static_cast<qint64>(session.exercises.size())));
        if (!session.completed)
            exercises += u' ' + HistoryReport::tr("(stopped early)");
        const auto [before, after] = painOf(session, checkIns);
        rows.push_back({dateTime(session.startedAt), routineTitle(library, session.routineId),
                        exercises, holdsText(holds), count(session.reps()),
                        count(session.breaths()),
                        HistoryReport::tr("%1 → %2", "pain before → after").arg(before, after)});
    }
    document.table({HistoryReport::tr("When"), HistoryReport::tr("Routine"),
                    HistoryReport::tr("Exercises done"), HistoryReport::tr("Holds: held / target"),
                    HistoryReport::tr("Reps"), HistoryReport::tr("Breaths"),
                    HistoryReport::tr("Pain")},
                   rows, {1.2, 1.5, 1.1, 1.7, 0.7, 1.3, 0.8});
}

void exerciseTable(PagedDocument& document, const std::vector<SessionRecord>& sessions,
                   const RoutineLibrary& library) {
    struct Totals {
        QString routine;
        QString exercise;
        int done = 0;
        std::vector<HoldRecord> holds;
        int reps = 0;
        int breaths = 0;
    };
    std::vector<Totals> totals; // in the order first done
    for (const auto& session : sessions) {
        for (const auto& exercise : session.exercises) {
            auto it = std::ranges::find_if(totals, [&](const Totals& t) {
                return t.routine == session.routineId && t.exercise == exercise.exerciseId;
            });
            if (it == totals.end()) {
                Totals first;
                first.routine = session.routineId;
                first.exercise = exercise.exerciseId;
                it = totals.insert(totals.end(), std::move(first));
            }
            it->done += exercise.outcome == ExerciseOutcome::Done ? 1 : 0;
            it->holds.insert(it->holds.end(), exercise.holds.begin(), exercise.holds.end());
            it->reps += exercise.reps;
            it->breaths += exercise.breaths;
        }
    }
    if (totals.empty())
        return;
    document.heading(HistoryReport::tr("Exercises"));
    std::vector<QStringList> rows;
    for (const auto& t : totals) {
        rows.push_back({exerciseTitle(library, t.routine, t.exercise),
                        routineTitle(library, t.routine), Describe::number(t.done),
                        holdsText(t.holds), count(t.reps), count(t.breaths)});
    }
    document.table({HistoryReport::tr("Exercise"), HistoryReport::tr("Routine"),
                    HistoryReport::tr("Times done"), HistoryReport::tr("Holds: held / target"),
                    HistoryReport::tr("Reps"), HistoryReport::tr("Breaths")},
                   rows, {1.5, 1.5, 0.9, 1.7, 0.7, 1.3});
}

void checkInTable(PagedDocument& document, const std::vector<StoredCheckIn>& checkIns,
                  const RoutineLibrary& library) {
    document.heading(HistoryReport::tr("Pain check-ins"));
    if (checkIns.empty()) {
        document.paragraph(HistoryReport::tr("No pain check-ins on these days."));
        return;
    }
    std::vector<QStringList> rows;
    for (const auto& stored : checkIns) {
        QString when = stored.checkIn.moment == Moment::BeforeSession
                           ? HistoryReport::tr("before the session")
                           : HistoryReport::tr("after the session");
        if (stored.checkIn.injury == InjuryAnswer::Yes)
            when += u", "_s + HistoryReport::tr("began after an injury");
        rows.push_back(
            {dateTime(fromLocalSeconds(stored.checkIn.at)), routineTitle(library, stored.routineId),
             HistoryReport::tr("%1 of 10").arg(Describe::number(stored.checkIn.rating)), when});
    }
    document.table({HistoryReport::tr("When"), HistoryReport::tr("Routine"),
                    HistoryReport::tr("Pain"), HistoryReport::tr("Taken")},
                   rows, {1.3, 1.6, 0.8, 2.3});
}

} // namespace

PagedDocument HistoryReport::compose(const HistoryStore& store, const RoutineLibrary& library,
                                     QDate from, QDate to, QDate printed) {
    std::vector<SessionRecord> sessions = store.sessions();
    std::erase_if(sessions, [from, to](const SessionRecord& session) {
        const QDate date = session.startedAt.date();
        return date < from || date > to;
    });
    std::vector<StoredCheckIn> checkIns = store.checkIns();
    std::erase_if(checkIns, [from, to](const StoredCheckIn& stored) {
        const QDate date = dateOf(stored);
        return date < from || date > to;
    });

    PagedDocument document;
    const QString title = tr("Stretching and pain report");
    document.setTitle(title);
    document.setFooter(tr("%1, %2 to %3", "the footer: title, first and last day")
                           .arg(title, shortDay(from), shortDay(to)));
    document.heading(title, Style::Title);
    summary(document, sessions, checkIns, from, to);
    document.paragraph(tr("Recorded by Limber, a guided stretching app, as the person did the "
                          "routines and answered its pain check-ins (0 = no pain, 10 = the worst "
                          "imaginable)."),
                       Style::Small);
    chart(document, store, from, to);
    advice(document, store, library, from, to);
    sessionTable(document, sessions, checkIns, library);
    exerciseTable(document, sessions, library);
    checkInTable(document, checkIns, library);
    document.paragraph(Disclaimer::text(), Style::Small, tr("Medical disclaimer:"));
    document.paragraph(tr("Printed with Limber on %1.").arg(day(printed)), Style::Small);
    return document;
}

QString HistoryReport::writePdf(const HistoryStore& store, const RoutineLibrary& library,
                                QDate from, QDate to, const QString& file,
                                QPageSize::PageSizeId paper, QDate printed) {
    if (!from.isValid() || !to.isValid() || from > to)
        return tr("the report's first day must be on or before its last");
    if (!store.isOpen())
        return store.openNotice();
    return compose(store, library, from, to, printed).writePdf(file, paper);
}

} // namespace limber
