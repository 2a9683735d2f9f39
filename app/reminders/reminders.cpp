#include "reminders/reminders.h"

#include "reminders/idlesources.h"
#include "settings/settings.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QTimeZone>
#include <algorithm>

using namespace std::chrono_literals;

namespace limber {

namespace {

// While a break is under way, how often the idle time is read to see the
// person come back; while only a fullscreen window holds a due break back,
// how often it is read to see it end (do not disturb says when it ends).
constexpr auto kInputPoll = 5s;

} // namespace

ReminderSchedule::Now Reminders::systemNow() {
    using namespace std::chrono;
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    const sys_seconds wall{seconds(utc.toSecsSinceEpoch())};
    ReminderSchedule::Now now{
        steady_clock::now(), wall,
        local_seconds{wall.time_since_epoch() + seconds(utc.toLocalTime().offsetFromUtc())}};
    const auto transition = QTimeZone::systemTimeZone().nextTransition(utc);
    if (transition.atUtc.isValid())
        now.offsetChange = sys_seconds{seconds(transition.atUtc.toSecsSinceEpoch())};
    return now;
}

Reminders::Reminders(Settings& settings, std::unique_ptr<IdleSource> idle, Clock clock,
                     QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_idle(std::move(idle))
    , m_clock(std::move(clock)) {
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Reminders::check);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::RemindersOn || key == Settings::Key::Reminders)
            restart();
    });
    connect(&m_watch, &SessionWatch::lockChanged, this, &Reminders::lockChanged);
    connect(&m_watch, &SessionWatch::sleepChanged, this, &Reminders::sleepChanged);
    connect(&m_dnd, &DoNotDisturb::changed, this, &Reminders::check);
    restart();
}

Reminders::~Reminders() = default;

void Reminders::setClock(Clock clock) {
    m_clock = std::move(clock);
    restart();
}

QString Reminders::busySignals() const {
    QStringList held;
    if (QGuiApplication::platformName() == u"xcb")
        held << tr("a fullscreen window");
    if (const QString dnd = m_dnd.name(); !dnd.isEmpty())
        held << tr("do not disturb (%1)").arg(dnd);
    else
        held << tr("do not disturb: unknown here (the notification server does not tell it)");
    return held.join(u'\n');
}

void Reminders::restart() {
    m_timer.stop();
    m_schedule.reset();
    m_outcomesTold = 0;
    if (m_settings.remindersOn()) {
        m_schedule = std::make_unique<ReminderSchedule>(m_settings.reminderSettings());
        check();
    }
    Q_EMIT changed();
}

ReminderSchedule::Status Reminders::status() const {
    if (!m_schedule)
        return {};
    return m_schedule->status();
}

void Reminders::check() {
    if (!m_schedule)
        return;
    const auto idle = m_idle->idle();
    m_idleKnown = idle.has_value();
    m_busy = m_dnd.on()                 ? Busy::DoNotDisturb
             : activeWindowFullscreen() ? Busy::Fullscreen
                                        : Busy::No;
    handle(m_schedule->update(m_clock(), idle, m_busy != Busy::No));
}

void Reminders::lockChanged(bool locked) {
    m_screenLocked = locked;
    if (m_schedule)
        handle(locked ? m_schedule->locked(m_clock()) : m_schedule->unlocked(m_clock()));
}

void Reminders::sleepChanged(bool asleep) {
    if (!m_schedule)
        return;
    if (asleep)
        handle(m_schedule->suspending(m_clock()));
    else if (!m_screenLocked) // else the unlock ends the break
        handle(m_schedule->resumed(m_clock()));
}

void Reminders::pause(ReminderSchedule::PauseLength length) {
    if (m_schedule)
        handle(m_schedule->pause(m_clock(), length));
}

void Reminders::resumeReminders() {
    if (m_schedule)
        handle(m_schedule->resumeReminders(m_clock()));
}

void Reminders::take() {
    if (m_schedule)
        handle(m_schedule->take(m_clock()));
}

void Reminders::postpone() {
    if (m_schedule)
        handle(m_schedule->postpone(m_clock()));
}

void Reminders::skip() {
    if (m_schedule)
        handle(m_schedule->skip(m_clock()));
}

void Reminders::handle(const ReminderSchedule::Events& events) {
    arm();
    for (const auto& event : events) {
        if (event.kind == ReminderSchedule::Event::Kind::ReminderDue)
            Q_EMIT due(event.active);
    }
    const auto& outcomes = m_schedule->outcomes();
    while (m_outcomesTold < outcomes.size())
        Q_EMIT answered(outcomes[m_outcomesTold++]);
    Q_EMIT changed();
}

void Reminders::arm() {
    using namespace std::chrono;
    m_timer.stop();
    std::optional<milliseconds> wait;
    if (const auto next = m_schedule->nextCheck())
        wait = ceil<milliseconds>(*next - m_clock().steady);
    const bool heldFullscreen = m_schedule->status().heldBusy && m_busy == Busy::Fullscreen;
    if ((m_schedule->waitsForInput() && m_idleKnown) || heldFullscreen)
        wait = std::min(wait.value_or(milliseconds(kInputPoll)), milliseconds(kInputPoll));
    if (!wait)
        return;
    // QTimer takes an int of milliseconds (24 days): a longer wait is cut
    // there and simply looks again.
    m_timer.start(int(std::clamp<milliseconds>(*wait, 0ms, 24h * 24).count()));
}

} // namespace limber
