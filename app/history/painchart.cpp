#include "history/painchart.h"

#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// A day's point on the chart: its noon, so that it sits mid-day on the axis.
qreal chartX(QDate date) {
    return static_cast<qreal>(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

// The first day of the period `date` falls in.
QDate periodStart(QDate date, PainChart::Period period) {
    switch (period) {
    case PainChart::Period::Day:
        return date;
    case PainChart::Period::Week:
        return date.addDays(1 - date.dayOfWeek());
    case PainChart::Period::Month:
        return QDate(date.year(), date.month(), 1);
    }
    return date;
}

// Where a period's point sits: the middle of the part of the period the
// chart shows (the days from `first` to `last`), so that a week or month cut
// by either end still has its point on the chart.
qreal periodX(QDate start, PainChart::Period period, QDate first, QDate last) {
    QDate end = start;
    switch (period) {
    case PainChart::Period::Day:
        return chartX(start);
    case PainChart::Period::Week:
        end = start.addDays(6);
        break;
    case PainChart::Period::Month:
        end = start.addDays(start.daysInMonth() - 1);
        break;
    }
    const qreal from = chartX(std::max(start, first));
    const qreal to = chartX(std::min(end, last));
    return from + (to - from) / 2;
}

// The mean of the days' means in each period, as the series' points.
struct Mean {
    double sum = 0;
    int days = 0;
};
QList<QPointF> points(const std::map<QDate, Mean>& periods, PainChart::Period period, QDate first,
                      QDate last) {
    QList<QPointF> found;
    for (const auto& [start, mean] : periods) {
        if (mean.days > 0)
            found.append({periodX(start, period, first, last), mean.sum / mean.days});
    }
    return found;
}

// The time axis' labels: at most this many, so that they never crowd (a
// month and year is some 9 characters; the chart is some 800 px wide in a
// 1366×768 window and on a report's page).
constexpr qsizetype kMaxTimeLabels = 10;

// The steps between the time axis' labels, the finest that gives no more
// than kMaxTimeLabels: days, weeks (Mondays), months (the 1st), years.
struct TimeStep {
    int days = 0;
    int months = 0;
};
constexpr TimeStep kTimeSteps[] = {{1, 0}, {2, 0}, {7, 0},  {14, 0}, {0, 1},  {0, 2},
                                   {0, 3}, {0, 6}, {0, 12}, {0, 24}, {0, 60}, {0, 120}};

// The days from `first` to `last` that get a label with `step`: counted back
// from the last day for days (today is always labelled), Mondays for weeks,
// the first of the month for months, of January for years, each a whole
// number of steps from the one before.
QList<QDate> timeTicks(QDate first, QDate last, TimeStep step) {
    QList<QDate> ticks;
    if (step.months == 0 && step.days < 7) {
        for (QDate day = last; day >= first; day = day.addDays(-step.days))
            ticks.prepend(day);
        return ticks;
    }
    if (step.months == 0) {
        for (QDate day = first.addDays((8 - first.dayOfWeek()) % 7); day <= last;
             day = day.addDays(step.days))
            ticks.append(day);
        return ticks;
    }
    // The first month on the step's grid (January, April… for 3 months;
    // years divisible by 5 for 5 years) on or after `first`.
    QDate month(first.year(), first.month(), 1);
    if (month < first)
        month = month.addMonths(1);
    while ((month.year() * 12 + month.month() - 1) % step.months != 0)
        month = month.addMonths(1);
    for (; month <= last; month = month.addMonths(step.months))
        ticks.append(month);
    return ticks;
}

// The time axis from `first` to `last`: a label at noon (where a day's point
// sits) of each tick day, evenly spaced whole days, weeks, months or years.
QCategoryAxis* timeAxis(QDate first, QDate last) {
    QList<QDate> ticks;
    TimeStep chosen;
    for (const TimeStep step : kTimeSteps) {
        chosen = step;
        ticks = timeTicks(first, last, step);
        if (ticks.size() <= kMaxTimeLabels)
            break;
    }
    const QString format =
        chosen.months == 0 ? PainChart::tr("MMM d", "the chart's dates of days (QDate format)")
        : chosen.months < 12
            ? PainChart::tr("MMM yyyy", "the chart's dates of months (QDate format)")
            : u"yyyy"_s;
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const qreal from = static_cast<qreal>(QDateTime(first, QTime(0, 0)).toMSecsSinceEpoch());
    axis->setRange(from,
                   static_cast<qreal>(QDateTime(last.addDays(1), QTime(0, 0)).toMSecsSinceEpoch()));
    axis->setStartValue(from);
    for (const QDate day : ticks)
        axis->append(QLocale().toString(day, format), chartX(day));
    return axis;
}

// Beyond this many points a series is a line without markers: the markers
// would only cover each other and cost time to draw.
constexpr qsizetype kMaxMarkers = 120;

} // namespace

PainChart::Period PainChart::periodFor(QDate first, QDate last) {
    const qint64 span = first.daysTo(last) + 1;
    if (span <= kMaxMarkers)
        return Period::Day;
    if (span <= 2 * 366)
        return Period::Week;
    return Period::Month;
}

void PainChart::fill(QChart& chart, const std::map<QDate, HistoryDay>& days, QDate first,
                     QDate last, bool dark, bool paper) {
    chart.removeAllSeries();
    for (QAbstractAxis* axis : chart.axes()) {
        chart.removeAxis(axis);
        delete axis;
    }
    auto* before = new QLineSeries;
    before->setObjectName(u"before"_s);
    before->setName(tr("Pain before the session"));
    auto* after = new QLineSeries;
    after->setObjectName(u"after"_s);
    after->setName(tr("Pain after the session"));
    const Period period = periodFor(first, last);
    std::map<QDate, Mean> beforeMeans;
    std::map<QDate, Mean> afterMeans;
    for (auto it = days.lower_bound(first); it != days.end() && it->first <= last; ++it) {
        const auto& [date, day] = *it;
        const QDate start = periodStart(date, period);
        if (day.painBefore) {
            beforeMeans[start].sum += *day.painBefore;
            ++beforeMeans[start].days;
        }
        if (day.painAfter) {
            afterMeans[start].sum += *day.painAfter;
            ++afterMeans[start].days;
        }
    }
    const QList<QPointF> beforePoints = points(beforeMeans, period, first, last);
    const QList<QPointF> afterPoints = points(afterMeans, period, first, last);
    before->replace(beforePoints);
    after->replace(afterPoints);
    chart.addSeries(before);
    chart.addSeries(after);
    before->setPointsVisible(beforePoints.size() <= kMaxMarkers);
    after->setPointsVisible(afterPoints.size() <= kMaxMarkers);

    QCategoryAxis* time = timeAxis(first, last);
    auto* pain = new QValueAxis;
    pain->setRange(0, 10);
    pain->setTickCount(6);
    pain->setLabelFormat(u"%d"_s);
    pain->setTitleText(tr("Pain: 0 = none, 10 = worst imaginable"));
    chart.addAxis(time, Qt::AlignBottom);
    chart.addAxis(pain, Qt::AlignLeft);
    for (QLineSeries* series : {before, after}) {
        series->attachAxis(time);
        series->attachAxis(pain);
    }
    const QString title =
        period == Period::Day ? tr("Pain before and after sessions (the day's mean)")
        : period == Period::Week
            ? tr("Pain before and after sessions (the mean of each week's days)")
            : tr("Pain before and after sessions (the mean of each month's days)");
    chart.setTitle(beforePoints.isEmpty() && afterPoints.isEmpty() ? tr("No pain check-ins yet")
                                                                   : title);
    chart.legend()->setAlignment(Qt::AlignBottom);
    chart.setTheme(dark && !paper ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    // The theme sets the pens: told apart by the line's pattern as well as
    // its colour; on paper black on white, the after line dashed.
    QPen beforePen = before->pen();
    QPen afterPen = after->pen();
    if (paper) {
        // The page's text says what the chart shows.
        chart.setTitle(QString());
        chart.legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
        chart.setBackgroundVisible(false);
        chart.setDropShadowEnabled(false);
        beforePen.setColor(Qt::black);
        afterPen.setColor(Qt::black);
        for (QAbstractAxis* axis : chart.axes()) {
            axis->setLabelsColor(Qt::black);
            axis->setTitleBrush(Qt::black);
            axis->setLinePenColor(Qt::black);
            axis->setGridLineColor(QColor(0xcc, 0xcc, 0xcc));
        }
        chart.setTitleBrush(Qt::black);
        chart.legend()->setLabelColor(Qt::black);
    }
    beforePen.setWidthF(2.5);
    afterPen.setWidthF(2.5);
    afterPen.setStyle(Qt::DashLine);
    before->setPen(beforePen);
    after->setPen(afterPen);
}

} // namespace limber
