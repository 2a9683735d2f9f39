#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QLocalServer;
class QLocalSocket;

namespace limber {

// What a later start of Limber asks of the running one.
struct InstanceRequest {
    QString routine;    // --routine: an id, or a file's absolute path; empty: none
    bool start = false; // --start
};

// The running one's answer: the exit status of the later start, and what it
// prints (the reason, when the routine was not found).
struct InstanceAnswer {
    int status = 0;
    QString message;
};

// One Limber per user: the first start takes a lock file and listens on a
// local socket, both in the user's runtime folder ($XDG_RUNTIME_DIR:
// limber.lock, limber.socket); a later start finds the lock taken, connects,
// hands over what it was asked (InstanceRequest) and exits with the answer.
//
// A crash (SIGKILL, power loss) leaves both files behind. The lock names a
// process that no longer runs, so the next start's QLockFile takes it over;
// holding the lock, it knows that any socket file there is stale and
// replaces it. A start that finds the lock held but nobody listening (the
// first one is still starting) retries until its deadline.
//
// On the socket, QDataStream (Qt 6.4 format): the request as a magic number,
// QString routine, bool start; the answer as qint32 status,
// QString message.
class SingleInstance : public QObject {
    Q_OBJECT

public:
    // The running Limber answers a request with this (opening the routine,
    // raising the window).
    using Handler = std::function<InstanceAnswer(const InstanceRequest&)>;

    explicit SingleInstance(const QString& folder = runtimeFolder(), QObject* parent = nullptr);
    ~SingleInstance() override;

    // $XDG_RUNTIME_DIR, else Qt's fallback for it.
    [[nodiscard]] static QString runtimeFolder();

    enum class Role {
        First, // this is the running one: it listens
        Later, // another runs: hand the request over
        Alone, // the folder is not usable: run on its own (problem() says why)
    };
    Role claim(Handler handler);

    // Later: sends `request` and waits up to `timeout` for the answer; none
    // when the running one did not answer in time (problem() says why).
    [[nodiscard]] std::optional<InstanceAnswer> handOver(const InstanceRequest& request,
                                                         std::chrono::milliseconds timeout);

    [[nodiscard]] QString socketPath() const { return m_socketPath; }
    [[nodiscard]] QString problem() const { return m_problem; }

private:
    void serve(QLocalSocket* socket);

    QString m_socketPath;
    QLockFile m_lock;
    std::unique_ptr<QLocalServer> m_server;
    Handler m_handler;
    QString m_problem;
};

} // namespace limber
