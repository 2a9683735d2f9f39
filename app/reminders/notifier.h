#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>
#include <QStringList>
#include <chrono>

namespace limber {

// A break reminder as a desktop notification: org.freedesktop.Notifications
// on the session bus, with the actions "Start" (the default: clicking the
// notification), "In 10 minutes" and "Skip", in the interface's language.
// Every call has a short timeout, so a stuck bus or server never holds the
// app up; without a bus, a server, or actions on the server, usable() is
// false, problem() says why, and the app offers the same choices itself.
class Notifier : public QObject {
    Q_OBJECT

public:
    enum class Answer { Start, Postpone, Skip };
    Q_ENUM(Answer)

    // On the session bus (tests pass a private one).
    explicit Notifier(const QDBusConnection& bus = QDBusConnection::sessionBus(),
                      QObject* parent = nullptr);
    ~Notifier() override;

    // A server that shows notifications with action buttons answers.
    [[nodiscard]] bool usable() const { return m_usable; }
    [[nodiscard]] QString problem() const { return m_problem; }
    // The server's name and version (GetServerInformation), if known.
    [[nodiscard]] QString server() const { return m_server; }

    // The reminder's words, here and wherever else it is shown.
    [[nodiscard]] static QString title();
    [[nodiscard]] static QString text(std::chrono::seconds active);

    // Shows the reminder after `active` time of use (replacing one shown);
    // false when it could not be shown.
    bool show(std::chrono::seconds active);
    // Takes the shown reminder away (answered elsewhere).
    void close();

Q_SIGNALS:
    void answered(limber::Notifier::Answer answer);
    // The person dismissed the notification without choosing.
    void dismissed();

private Q_SLOTS:
    void onActionInvoked(uint id, const QString& action);
    void onClosed(uint id, uint reason);

private:
    void probe();
    QDBusMessage call(const QString& method, const QVariantList& arguments = {});

    QDBusConnection m_bus;
    bool m_usable = false;
    QString m_problem;
    QString m_server;
    uint m_shown = 0; // the shown notification's id; 0: none
};

} // namespace limber
