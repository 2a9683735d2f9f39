#include "reminders/notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QVariantMap>
#include <utility>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kInterface = u"org.freedesktop.Notifications"_s;
// A call answers within this or is given up.
constexpr int kTimeoutMs = 1000;

} // namespace

Notifier::Notifier(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus) {
    probe();
}

QDBusMessage Notifier::call(const QString& method, const QVariantList& arguments) {
    QDBusMessage message = QDBusMessage::createMethodCall(kService, kPath, kInterface, method);
    message.setArguments(arguments);
    return m_bus.call(message, QDBus::Block, kTimeoutMs);
}

Notifier::~Notifier() = default;

void Notifier::probe() {
    if (!m_bus.isConnected()) {
        m_problem = tr("There is no D-Bus session bus, so reminders cannot be desktop "
                       "notifications.");
        return;
    }
    const QDBusReply<QStringList> capabilities = call(u"GetCapabilities"_s);
    if (!capabilities.isValid()) {
        m_problem = tr("No notification server answers (%1), so reminders show in Limber "
                       "itself.")
                        .arg(capabilities.error().message());
        return;
    }
    const QDBusMessage information = call(u"GetServerInformation"_s);
    if (information.type() == QDBusMessage::ReplyMessage && information.arguments().size() >= 3)
        m_server = information.arguments().at(0).toString() + u' ' +
                   information.arguments().at(2).toString();
    if (!capabilities.value().contains(u"actions"_s)) {
        m_problem = tr("The notification server has no buttons, so reminders show in Limber "
                       "itself.");
        return;
    }
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this,
                  SLOT(onClosed(uint, uint)));
    m_usable = true;
}

QString Notifier::title() {
    return tr("Time for a stretch");
}

QString Notifier::text(std::chrono::seconds active) {
    const int minutes = int(std::chrono::round<std::chrono::minutes>(active).count());
    return tr("You have been at the computer for %n\u00a0minute(s). A short guided stretch?",
              nullptr, minutes);
}

bool Notifier::show(std::chrono::seconds active) {
    if (!m_usable)
        return false;
    const QStringList actions{u"default"_s,        tr("Start"), u"postpone"_s,
                              tr("In 10 minutes"), u"skip"_s,   tr("Skip")};
    const QVariantMap hints{{u"desktop-entry"_s, u"app.limber.Limber"_s},
                            {u"urgency"_s, QVariant::fromValue(uchar(1))},
                            {u"resident"_s, true}};
    const QDBusReply<uint> id = call(u"Notify"_s, {u"Limber"_s, m_shown, u"app.limber.Limber"_s,
                                                   title(), text(active), actions, hints, -1});
    if (!id.isValid()) {
        m_problem =
            tr("The notification server did not take the reminder (%1).").arg(id.error().message());
        return false;
    }
    m_shown = id.value();
    return true;
}

void Notifier::close() {
    if (m_shown == 0)
        return;
    call(u"CloseNotification"_s, {std::exchange(m_shown, 0U)});
}

void Notifier::onActionInvoked(uint id, const QString& action) {
    if (id != m_shown || m_shown == 0)
        return;
    m_shown = 0;
    // Resident: the server keeps it after an action until the sender takes
    // it away. Nothing waits for the answer.
    QDBusMessage closing =
        QDBusMessage::createMethodCall(kService, kPath, kInterface, u"CloseNotification"_s);
    closing.setArguments({id});
    m_bus.send(closing);
    if (action == u"postpone"_s)
        Q_EMIT answered(Answer::Postpone);
    else if (action == u"skip"_s)
        Q_EMIT answered(Answer::Skip);
    else
        Q_EMIT answered(Answer::Start);
}

void Notifier::onClosed(uint id, uint reason) {
    if (id != m_shown || m_shown == 0)
        return;
    m_shown = 0;
    // 2: dismissed by the person; 1 (expired), 3 (closed by a call) are not answers.
    if (reason == 2)
        Q_EMIT dismissed();
}

} // namespace limber
