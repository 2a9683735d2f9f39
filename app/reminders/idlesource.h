#pragma once

#include <QObject>
#include <QString>
#include <chrono>
#include <optional>

namespace limber {

// How long the person has not touched keyboard or mouse, from the desktop
// session (idlesources.h has the real ones). Read only when the reminder
// schedule asks for it.
class IdleSource : public QObject {
    Q_OBJECT

public:
    using QObject::QObject;

    // Time since the last input; none when the source cannot tell (the
    // schedule then counts wall-clock time since the last break).
    [[nodiscard]] virtual std::optional<std::chrono::milliseconds> idle() = 0;
    // Which source this is, in the interface's language, for Settings.
    [[nodiscard]] virtual QString name() const = 0;
};

// No idle time: wall-clock time since the last break counts as use.
class NoIdleSource : public IdleSource {
    Q_OBJECT

public:
    using IdleSource::IdleSource;
    [[nodiscard]] std::optional<std::chrono::milliseconds> idle() override { return std::nullopt; }
    [[nodiscard]] QString name() const override {
        return tr("none (time since the last break counts as use)");
    }
};

} // namespace limber
