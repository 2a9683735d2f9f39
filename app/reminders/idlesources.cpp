#include "reminders/idlesources.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QGuiApplication>
#include <algorithm>
#include <string_view>
#include <vector>
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

// An atom that some client has named already; none (0) otherwise.
xcb_atom_t existingAtom(xcb_connection_t* connection, std::string_view name) {
    xcb_intern_atom_reply_t* reply = xcb_intern_atom_reply(
        connection, xcb_intern_atom(connection, 1, uint16_t(name.size()), name.data()), nullptr);
    if (!reply)
        return XCB_ATOM_NONE;
    const xcb_atom_t atom = reply->atom;
    free(reply); // NOLINT(cppcoreguidelines-no-malloc): xcb's replies are malloc'd
    return atom;
}

// The values of a window's property of 32-bit items (windows, atoms).
std::vector<uint32_t> property32(xcb_connection_t* connection, xcb_window_t window,
                                 xcb_atom_t property, xcb_atom_t type) {
    std::vector<uint32_t> values;
    if (property == XCB_ATOM_NONE)
        return values;
    xcb_get_property_reply_t* reply = xcb_get_property_reply(
        connection, xcb_get_property(connection, 0, window, property, type, 0, 64), nullptr);
    if (!reply)
        return values;
    if (reply->format == 32) {
        const auto* data = static_cast<const uint32_t*>(xcb_get_property_value(reply));
        values.assign(data, data + xcb_get_property_value_length(reply) / 4);
    }
    free(reply); // NOLINT(cppcoreguidelines-no-malloc): xcb's replies are malloc'd
    return values;
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

bool activeWindowFullscreen() {
    xcb_connection_t* connection = xcbConnection();
    if (!connection)
        return false;
    const xcb_screen_t* screen = xcb_setup_roots_iterator(xcb_get_setup(connection)).data;
    if (!screen)
        return false;
    xcb_window_t active = XCB_WINDOW_NONE;
    const auto named = property32(connection, screen->root,
                                  existingAtom(connection, "_NET_ACTIVE_WINDOW"), XCB_ATOM_WINDOW);
    if (!named.empty()) {
        active = named.front();
    } else if (xcb_get_input_focus_reply_t* focus = xcb_get_input_focus_reply(
                   connection, xcb_get_input_focus(connection), nullptr)) {
        if (focus->focus != xcb_window_t{XCB_INPUT_FOCUS_POINTER_ROOT})
            active = focus->focus;
        free(focus); // NOLINT(cppcoreguidelines-no-malloc): xcb's replies are malloc'd
    }
    if (active == XCB_WINDOW_NONE)
        return false;
    const xcb_atom_t fullscreen = existingAtom(connection, "_NET_WM_STATE_FULLSCREEN");
    if (fullscreen == XCB_ATOM_NONE)
        return false;
    const auto state =
        property32(connection, active, existingAtom(connection, "_NET_WM_STATE"), XCB_ATOM_ATOM);
    return std::find(state.begin(), state.end(), fullscreen) != state.end();
}

std::unique_ptr<IdleSource> makeIdleSource() {
    if (auto x11 = X11IdleSource::make())
        return x11;
    if (auto mutter = MutterIdleSource::make())
        return mutter;
    return std::make_unique<NoIdleSource>();
}

} // namespace limber
