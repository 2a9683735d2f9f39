#include "reminders/idlesources.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QGuiApplication>
#include <xcb/screensaver.h>
#include <xcb/xcb.h>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

// Qt's connection to the X server, or null off X11.
xcb_connection_t* xcbConnection() {
    auto* x11 = qGuiApp ? qGuiApp->nativeInterface<QNativeInterface::QX11Application>() : nullptr;
    return x11 ? x11->connection() : nullptr;
}

// A D-Bus call answers within this or is given up: the reminders never wait
// on a stuck bus.
constexpr int kCallTimeoutMs = 500;

QDBusMessage getIdletime() {
    return QDBusMessage::createMethodCall(u"org.gnome.Mutter.IdleMonitor"_s,
                                          u"/org/gnome/Mutter/IdleMonitor/Core"_s,
                                          u"org.gnome.Mutter.IdleMonitor"_s, u"GetIdletime"_s);
}

} // namespace

std::unique_ptr<X11IdleSource> X11IdleSource::make() {
    xcb_connection_t* connection = xcbConnection();
    if (!connection)
        return nullptr;
    const xcb_query_extension_reply_t* extension =
        xcb_get_extension_data(connection, &xcb_screensaver_id);
    if (!extension || !extension->present)
        return nullptr;
    std::unique_ptr<X11IdleSource> source(new X11IdleSource);
    if (!source->idle())
        return nullptr;
    return source;
}

std::optional<std::chrono::milliseconds> X11IdleSource::idle() {
    xcb_connection_t* connection = xcbConnection();
    if (!connection)
        return std::nullopt;
    const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    if (!screen)
        return std::nullopt;
    xcb_screensaver_query_info_reply_t* reply = xcb_screensaver_query_info_reply(
        connection, xcb_screensaver_query_info(connection, screen->root), nullptr);
    if (!reply)
        return std::nullopt;
    const std::chrono::milliseconds idle(reply->ms_since_user_input);
    free(reply); // NOLINT(cppcoreguidelines-no-malloc): xcb's replies are malloc'd
    return idle;
}

QString X11IdleSource::name() const {
    return tr("X11 (the XScreenSaver extension)");
}

std::unique_ptr<MutterIdleSource> MutterIdleSource::make() {
    if (!QDBusConnection::sessionBus().isConnected())
        return nullptr;
    std::unique_ptr<MutterIdleSource> source(new MutterIdleSource);
    if (!source->idle())
        return nullptr;
    return source;
}

std::optional<std::chrono::milliseconds> MutterIdleSource::idle() {
    const QDBusReply<quint64> reply =
        QDBusConnection::sessionBus().call(getIdletime(), QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid())
        return std::nullopt;
    return std::chrono::milliseconds(reply.value());
}

QString MutterIdleSource::name() const {
    return tr("GNOME (Mutter's idle monitor)");
}

std::unique_ptr<IdleSource> makeIdleSource() {
    if (auto x11 = X11IdleSource::make())
        return x11;
    if (auto mutter = MutterIdleSource::make())
        return mutter;
    return std::make_unique<NoIdleSource>();
}

} // namespace limber
