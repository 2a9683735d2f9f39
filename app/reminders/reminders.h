#pragma once

#include "reminders/donotdisturb.h"
#include "reminders/idlesource.h"
#include "reminders/reminderschedule.h"
#include "reminders/sessionwatch.h"

#include <QObject>
#include <QTimer>
#include <functional>
#include <memory>

namespace limber {

class Settings;

// The break reminders at work: the schedule (core/reminders,
// docs/reminders.md) on the real clocks and the idle source, while the
// setting is on. One single-shot timer is armed for the schedule's
// nextCheck(); the idle time is read only then, so waiting costs nothing.
// While the schedule waits for the first input (a break is under way), the
// idle time is read every few seconds instead, to see the person come back;
// so is the busy state while it alone holds a due break back. A locked
// screen and a suspend come as D-Bus signals (SessionWatch); each look also
// asks whether the active window is fullscreen, and whether the
// notification server is set to do not disturb (DoNotDisturb, which says
// when that changes): either is the busy state.
class Reminders : public QObject {
    Q_OBJECT

public:
    using Clock = std::function<ReminderSchedule::Now()>;
    // The three clocks of this computer, read at once.
    [[nodiscard]] static ReminderSchedule::Now systemNow();

    Reminders(Settings& settings, std::unique_ptr<IdleSource> idle, Clock clock = &systemNow,
              QObject* parent = nullptr);
    ~Reminders() override;

    [[nodiscard]] bool on() const { return m_schedule != nullptr; }
    [[nodiscard]] IdleSource& idleSource() const { return *m_idle; }
    [[nodiscard]] const SessionWatch& sessionWatch() const { return m_watch; }
    [[nodiscard]] const DoNotDisturb& doNotDisturb() const { return m_dnd; }
    // What made the app busy at the last look: do not disturb first, as it
    // is the one the person set.
    enum class Busy { No, Fullscreen, DoNotDisturb };
    [[nodiscard]] Busy busy() const { return m_busy; }
    // The signals that hold a due break back here, one a line, in the
    // interface's language, for Settings.
    [[nodiscard]] QString busySignals() const;
    // The time on the reminders' clock, and another clock for it (tests).
    [[nodiscard]] ReminderSchedule::Now now() const { return m_clock(); }
    void setClock(Clock clock);
    // The state as of now (nothing counts while off).
    [[nodiscard]] ReminderSchedule::Status status() const;

    // Reads the idle time and acts on it now (the timer does this).
    void check();
    // The tray's pause, and the answers to a reminder.
    void pause(ReminderSchedule::PauseLength length);
    void resumeReminders();
    void take();
    void postpone();
    void skip();

Q_SIGNALS:
    // A break is due: show the reminder. `active`: the minutes of use.
    void due(std::chrono::seconds active);
    // The status changed (a break began or ended, paused, answered...).
    void changed();
    // What became of a reminder (taken, postponed, skipped), for the history.
    void answered(const limber::ReminderSchedule::Outcome& outcome);

private:
    void restart();
    void handle(const ReminderSchedule::Events& events);
    void arm();
    void lockChanged(bool locked);
    void sleepChanged(bool asleep);

    Settings& m_settings;
    std::unique_ptr<IdleSource> m_idle;
    Clock m_clock;
    std::unique_ptr<ReminderSchedule> m_schedule;
    bool m_idleKnown = false; // the idle source told the time at the last look
    Busy m_busy = Busy::No;
    std::size_t m_outcomesTold = 0; // the schedule's outcomes given to answered()
    QTimer m_timer;
    SessionWatch m_watch;
    DoNotDisturb m_dnd;
    bool m_screenLocked = false; // waking up with the screen locked is no return
};

} // namespace limber
