#include "reminders/tray.h"

#include "reminders/reminders.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QMenu>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace limber {

Tray::Tray(Reminders& reminders, QObject* parent)
    : QObject(parent)
    , m_reminders(reminders)
    , m_menu(std::make_unique<QMenu>()) {
    m_menu->setObjectName(u"trayMenu"_s);
    m_status = m_menu->addAction(QString());
    m_status->setEnabled(false);
    m_menu->addSeparator();
    m_stretch = m_menu->addAction(QString(), this, &Tray::stretchRequested);
    m_pause = m_menu->addMenu(QString());
    m_pause30 = m_pause->addAction(QString(), this, [this] {
        m_reminders.pause(ReminderSchedule::PauseLength::ThirtyMinutes);
    });
    m_pause60 = m_pause->addAction(
        QString(), this, [this] { m_reminders.pause(ReminderSchedule::PauseLength::OneHour); });
    m_pauseTomorrow = m_pause->addAction(QString(), this, [this] {
        m_reminders.pause(ReminderSchedule::PauseLength::UntilTomorrow);
    });
    m_resume = m_menu->addAction(QString(), &m_reminders, &Reminders::resumeReminders);
    m_menu->addSeparator();
    m_open = m_menu->addAction(QString(), this, &Tray::openRequested);
    m_history = m_menu->addAction(QString(), this, &Tray::historyRequested);
    m_settings = m_menu->addAction(QString(), this, &Tray::settingsRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(QString(), this, &Tray::quitRequested);
    connect(m_menu.get(), &QMenu::aboutToShow, this, &Tray::update);

    m_icon.setIcon(
        QApplication::windowIcon().isNull()
            ? QIcon::fromTheme(u"app.limber.Limber"_s, QIcon(u":/limber/app.limber.Limber.svg"_s))
            : QApplication::windowIcon());
    m_icon.setContextMenu(m_menu.get());
    connect(&m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason why) {
                if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    connect(&m_icon, &QSystemTrayIcon::messageClicked, this, &Tray::messageClicked);
    connect(&m_reminders, &Reminders::changed, this, &Tray::update);
    update();
}

Tray::~Tray() = default;

bool Tray::available() {
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool Tray::shown() const {
    return m_icon.isVisible();
}

void Tray::showMessage(const QString& title, const QString& text) {
    m_icon.showMessage(title, text, m_icon.icon());
}

QString Tray::statusText() const {
    using Phase = ReminderSchedule::Phase;
    const auto status = m_reminders.status();
    if (!m_reminders.on())
        return tr("Reminders are off");
    // Local times are kept as if they were UTC (ReminderSchedule::Now).
    const auto clockTime = [](std::chrono::local_seconds local) {
        return QLocale().toString(
            QDateTime::fromSecsSinceEpoch(local.time_since_epoch().count(), Qt::UTC).time(),
            QLocale::ShortFormat);
    };
    if (status.pausedUntil)
        return tr("Reminders paused until %1").arg(clockTime(*status.pausedUntil));
    if (status.reminderShown)
        return tr("A break is due now");
    if (status.heldBusy && m_reminders.busy() == Reminders::Busy::DoNotDisturb)
        return tr("Break due — waiting while notifications are paused (do not disturb)");
    if (status.heldBusy)
        return tr("Break due — waiting while a window is fullscreen");
    switch (status.phase) {
    case Phase::OffHours:
        return tr("Outside your working hours");
    case Phase::OnBreak:
    case Phase::Locked:
        return tr("On a break");
    case Phase::Counting:
        break;
    }
    if (!status.nextBreakIn)
        return tr("Counting your time at the computer");
    const int minutes = int((status.nextBreakIn->count() + 59) / 60);
    return tr("Next break at %1 (in %n\u00a0min)", nullptr, minutes)
        .arg(clockTime(m_reminders.now().local + *status.nextBreakIn));
}

void Tray::retranslate() {
    m_stretch->setText(tr("&Stretch now"));
    m_pause->setTitle(tr("&Pause reminders"));
    m_pause30->setText(tr("For &30 minutes"));
    m_pause60->setText(tr("For &1 hour"));
    m_pauseTomorrow->setText(tr("Until &tomorrow"));
    m_resume->setText(tr("&Resume reminders"));
    m_open->setText(tr("&Open Limber"));
    m_history->setText(tr("&History"));
    m_settings->setText(tr("S&ettings…"));
    m_quit->setText(tr("&Quit"));
}

void Tray::update() {
    retranslate();
    const bool paused = m_reminders.status().pausedUntil.has_value();
    m_pause->menuAction()->setVisible(!paused);
    m_resume->setVisible(paused);
    m_status->setText(statusText());
    m_icon.setToolTip(tr("Limber: %1").arg(m_status->text()));
    m_icon.setVisible(m_reminders.on() && available());
}

} // namespace limber
