#include "singleinstance.h"

#include <QDataStream>
#include <QDeadlineTimer>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

using namespace Qt::StringLiterals;

namespace limber {

namespace {

constexpr quint32 kMagic = 0x4c4d4231; // "LMB1"
constexpr auto kVersion = QDataStream::Qt_6_4;

} // namespace

SingleInstance::SingleInstance(const QString& folder, QObject* parent)
    : QObject(parent)
    , m_socketPath(QDir(folder).filePath(u"limber.socket"_s))
    , m_lock(QDir(folder).filePath(u"limber.lock"_s)) {
    // Only a lock whose process is gone is stale, however old it is.
    m_lock.setStaleLockTime(0);
}

SingleInstance::~SingleInstance() {
    if (m_server)
        m_server->close(); // removes the socket file
}

QString SingleInstance::runtimeFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
}

SingleInstance::Role SingleInstance::claim(Handler handler) {
    if (!m_lock.tryLock(0)) {
        if (m_lock.error() == QLockFile::LockFailedError)
            return Role::Later;
        m_problem = tr("cannot take the lock file %1: another Limber may run alongside")
                        .arg(QDir::toNativeSeparators(m_lock.fileName()));
        return Role::Alone;
    }
    // The lock is ours: a socket file left there is from a process that died.
    QLocalServer::removeServer(m_socketPath);
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_socketPath)) {
        m_problem = tr("cannot listen on %1 (%2): a second start will open a second window")
                        .arg(QDir::toNativeSeparators(m_socketPath), m_server->errorString());
        m_server.reset();
        return Role::Alone;
    }
    m_handler = std::move(handler);
    connect(m_server.get(), &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection())
            serve(socket);
    });
    return Role::First;
}

void SingleInstance::serve(QLocalSocket* socket) {
    connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
    connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
        QDataStream in(socket);
        in.setVersion(kVersion);
        in.startTransaction();
        quint32 magic = 0;
        InstanceRequest request;
        in >> magic >> request.routine >> request.start;
        if (!in.commitTransaction())
            return; // more to come
        if (magic != kMagic) {
            socket->abort();
            return;
        }
        const InstanceAnswer answer = m_handler(request);
        QDataStream out(socket);
        out.setVersion(kVersion);
        out << qint32(answer.status) << answer.message;
        socket->flush();
        socket->disconnectFromServer();
    });
}

std::optional<InstanceAnswer> SingleInstance::handOver(const InstanceRequest& request,
                                                       std::chrono::milliseconds timeout) {
    const QDeadlineTimer deadline(timeout);
    QLocalSocket socket;
    // The running one may still be starting: retry until it listens.
    for (;;) {
        socket.connectToServer(m_socketPath);
        if (socket.waitForConnected(int(deadline.remainingTime())))
            break;
        if (deadline.hasExpired()) {
            m_problem = tr("the running Limber does not answer on %1 (%2)")
                            .arg(QDir::toNativeSeparators(m_socketPath), socket.errorString());
            return std::nullopt;
        }
        QThread::msleep(50);
    }
    QDataStream out(&socket);
    out.setVersion(kVersion);
    out << kMagic << request.routine << request.start;
    socket.flush();

    QDataStream in(&socket);
    in.setVersion(kVersion);
    for (;;) {
        in.startTransaction();
        qint32 status = 0;
        QString message;
        in >> status >> message;
        if (in.commitTransaction())
            return InstanceAnswer{status, message};
        if (!socket.waitForReadyRead(int(deadline.remainingTime()))) {
            m_problem = tr("the running Limber does not answer on %1 (%2)")
                            .arg(QDir::toNativeSeparators(m_socketPath), socket.errorString());
            return std::nullopt;
        }
    }
}

} // namespace limber
