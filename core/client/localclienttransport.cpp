#include "localclienttransport.h"

#include <QDir>

namespace mechdock::client {

LocalClientTransport::LocalClientTransport(QString path, QObject *parent)
    : ClientTransport(parent)
    , m_path(std::move(path)) {
    connect(&m_socket, &QLocalSocket::connected, this, [this] {
        if (m_active)
            emit opened();
    });
    connect(&m_socket, &QLocalSocket::readyRead, this, &LocalClientTransport::onReadyRead);
    connect(&m_socket, &QLocalSocket::errorOccurred, this, &LocalClientTransport::onError);
    connect(&m_socket, &QLocalSocket::disconnected, this,
            [this] { finish(tr("The engine closed the connection.")); });
}

LocalClientTransport::~LocalClientTransport() {
    m_active = false;
    m_socket.abort();
}

void LocalClientTransport::open() {
    m_active = true;
    m_buffer.clear();
    m_socket.abort();
    m_socket.connectToServer(m_path);
}

void LocalClientTransport::abort() {
    m_active = false;
    m_socket.abort();
    m_buffer.clear();
}

void LocalClientTransport::send(const QByteArray &message) {
    if (m_socket.state() != QLocalSocket::ConnectedState)
        return;
    m_socket.write(message);
    m_socket.write("\n", 1);
}

void LocalClientTransport::onReadyRead() {
    while (m_active && m_socket.bytesAvailable() > 0) {
        m_buffer += m_socket.read(std::min<qint64>(m_socket.bytesAvailable(), 64 * 1024));
        qsizetype start = 0;
        for (qsizetype nl = m_buffer.indexOf('\n'); nl >= 0 && m_active;
             nl = m_buffer.indexOf('\n', start)) {
            const QByteArray line = m_buffer.mid(start, nl - start);
            start = nl + 1;
            if (!line.trimmed().isEmpty())
                emit messageReceived(line);
        }
        m_buffer.remove(0, start);
        if (m_buffer.size() > kMaxMessageBytes) {
            finish(tr("The engine sent a message larger than %1 bytes.").arg(kMaxMessageBytes));
            return;
        }
    }
}

void LocalClientTransport::onError(QLocalSocket::LocalSocketError error) {
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        finish(tr("No engine is listening on %1.").arg(QDir::toNativeSeparators(m_path)));
        return;
    case QLocalSocket::ConnectionRefusedError:
        finish(tr("The engine's socket %1 refused the connection (is the service running?).")
                   .arg(QDir::toNativeSeparators(m_path)));
        return;
    case QLocalSocket::SocketAccessError:
        finish(tr("No permission to open %1: run the panel as the service's user or as a member "
                  "of its control.socketGroup.")
                   .arg(QDir::toNativeSeparators(m_path)));
        return;
    case QLocalSocket::PeerClosedError:
        finish(tr("The engine closed the connection."));
        return;
    default:
        finish(m_socket.errorString());
    }
}

void LocalClientTransport::finish(const QString &reason) {
    if (!m_active)
        return;
    m_active = false;
    m_socket.abort();
    m_buffer.clear();
    emit closed(reason, false);
}

} // namespace mechdock::client
