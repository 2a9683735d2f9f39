#include "reminders/donotdisturb.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

const QString kService = u"org.freedesktop.Notifications"_s;
const QString kPath = u"/org/freedesktop/Notifications"_s;
const QString kProperties = u"org.freedesktop.DBus.Properties"_s;
// Plasma's property, on the notifications interface itself.
const QString kPlasmaInterface = u"org.freedesktop.Notifications"_s;
const QString kPlasmaProperty = u"Inhibited"_s;
// dunst's, on its control interface.
const QString kDunstInterface = u"org.dunstproject.cmd0"_s;
const QString kDunstProperty = u"paused"_s;
// A Get answers within this or is given up (the state stays unknown).
constexpr int kTimeoutMs = 1000;

} // namespace

DoNotDisturb::DoNotDisturb(const QDBusConnection& bus, QObject* parent)
    : QObject(parent)
    , m_bus(bus)
    , m_watcher(kService, m_bus,
                QDBusServiceWatcher::WatchForRegistration |
                    QDBusServiceWatcher::WatchForUnregistration) {
    if (!m_bus.isConnected())
        return;
    m_bus.connect(kService, kPath, kProperties, u"PropertiesChanged"_s, this,
                  SLOT(propertiesChanged(QString, QVariantMap, QStringList)));
    connect(&m_watcher, &QDBusServiceWatcher::serviceRegistered, this, &DoNotDisturb::probe);
    connect(&m_watcher, &QDBusServiceWatcher::serviceUnregistered, this, [this] {
        const bool was = on();
        const Source before = source();
        m_inhibited.reset();
        m_paused.reset();
        if (was != on() || before != source())
            Q_EMIT changed();
    });
    probe();
}

DoNotDisturb::~DoNotDisturb() = default;

bool DoNotDisturb::on() const {
    return m_inhibited.value_or(false) || m_paused.value_or(false);
}

DoNotDisturb::Source DoNotDisturb::source() const {
    if (m_inhibited)
        return Source::Plasma;
    if (m_paused)
        return Source::Dunst;
    return Source::None;
}

QString DoNotDisturb::name() const {
    switch (source()) {
    case Source::Plasma:
        return tr("Plasma's Do not disturb");
    case Source::Dunst:
        return tr("dunst's pause");
    case Source::None:
        break;
    }
    return {};
}

void DoNotDisturb::probe() {
    ask(kPlasmaInterface, kPlasmaProperty);
    ask(kDunstInterface, kDunstProperty);
}

void DoNotDisturb::ask(const QString& interface, const QString& property) {
    QDBusMessage get = QDBusMessage::createMethodCall(kService, kPath, kProperties, u"Get"_s);
    get.setArguments({interface, property});
    // Asking must not start a notification server that is not running.
    get.setAutoStartService(false);
    auto* watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(get, kTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, interface](QDBusPendingCallWatcher* call) {
                call->deleteLater();
                const QDBusPendingReply<QDBusVariant> reply = *call;
                std::optional<bool> value;
                if (reply.isValid())
                    value = reply.value().variant().toBool();
                set(interface == kPlasmaInterface ? m_inhibited : m_paused, value);
            });
}

void DoNotDisturb::set(std::optional<bool>& value, std::optional<bool> now) {
    if (value == now)
        return;
    value = now;
    Q_EMIT changed();
}

void DoNotDisturb::propertiesChanged(const QString& interface, const QVariantMap& values,
                                     const QStringList& invalidated) {
    const bool plasma = interface == kPlasmaInterface;
    if (!plasma && interface != kDunstInterface)
        return;
    const QString& property = plasma ? kPlasmaProperty : kDunstProperty;
    std::optional<bool>& value = plasma ? m_inhibited : m_paused;
    if (const auto it = values.constFind(property); it != values.constEnd())
        set(value, it->toBool());
    else if (invalidated.contains(property))
        ask(interface, property);
}

} // namespace limber
