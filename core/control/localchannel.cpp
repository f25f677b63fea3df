#include "localchannel.h"

#include "common/translation.h"
#include "controlerror.h"
#include "controlprotocol.h"

#include <QTimer>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#include <sys/types.h>
#endif

namespace mechdock::control {

LocalChannel::LocalChannel(QLocalSocket *socket, QObject *parent)
    : ControlChannel(parent)
    , m_socket(socket) {
    m_socket->setParent(this);
    m_uid = peerUid(*m_socket);
    connect(m_socket, &QLocalSocket::readyRead, this, &LocalChannel::readLines);
    connect(m_socket, &QLocalSocket::disconnected, this, &LocalChannel::finish);
}

LocalChannel::~LocalChannel() = default;

qint64 LocalChannel::peerUid(const QLocalSocket &socket) {
#ifdef Q_OS_LINUX
    ucred credentials{};
    socklen_t length = sizeof(credentials);
    if (getsockopt(int(socket.socketDescriptor()), SOL_SOCKET, SO_PEERCRED, &credentials,
                   &length) == 0)
        return qint64(credentials.uid);
#else
    Q_UNUSED(socket);
#endif
    return -1;
}

void LocalChannel::send(const QByteArray &message) {
    if (m_closed)
        return;
    m_socket->write(message);
    m_socket->write("\n", 1);
}

qint64 LocalChannel::pendingBytes() const {
    return m_socket->bytesToWrite();
}

void LocalChannel::close(bool flush) {
    if (m_closed)
        return;
    m_closed = true;
    if (flush) {
        m_socket->disconnectFromServer();
        // A peer that stops reading must not hold the connection open.
        QTimer::singleShot(kFlushTimeoutMs, this, [this] {
            m_socket->abort();
            deleteLater();
        });
    } else {
        m_socket->abort();
        deleteLater();
    }
    emit closed();
}

void LocalChannel::finish() {
    const bool wasOpen = !m_closed;
    m_closed = true;
    if (wasOpen)
        emit closed();
    deleteLater();
}

QString LocalChannel::trustedIdentity() const {
    return m_uid >= 0 ? QStringLiteral("local:%1").arg(m_uid) : QStringLiteral("local");
}

void LocalChannel::readLines() {
    while (!m_closed && m_socket->bytesAvailable() > 0) {
        // Read no more than can still complete a line within the limit.
        const qint64 room = ControlProtocol::kMaxMessageBytes + 1 - m_buffer.size();
        m_buffer.append(m_socket->read(std::min<qint64>(room, 64 * 1024)));
        qsizetype newline;
        while (!m_closed && (newline = m_buffer.indexOf('\n')) >= 0) {
            QByteArray line = m_buffer.left(newline);
            m_buffer.remove(0, newline + 1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (!line.trimmed().isEmpty())
                emit messageReceived(line);
        }
        if (!m_closed && m_buffer.size() > ControlProtocol::kMaxMessageBytes) {
            m_buffer.clear();
            emit framingError(
                QString::fromLatin1(errc::kTooLarge),
                tr("A line is longer than %1 bytes.").arg(ControlProtocol::kMaxMessageBytes));
            return;
        }
    }
}

} // namespace mechdock::control
