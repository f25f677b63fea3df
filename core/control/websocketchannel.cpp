#include "websocketchannel.h"

#include "common/translation.h"
#include "controlerror.h"
#include "controlprotocol.h"

#include <QTimer>

#include <QHostAddress>

namespace mechdock::control {

WebSocketChannel::WebSocketChannel(QWebSocket *socket, QObject *parent)
    : ControlChannel(parent)
    , m_socket(socket) {
    m_socket->setParent(this);
    m_socket->setMaxAllowedIncomingMessageSize(quint64(ControlProtocol::kMaxMessageBytes));
    m_socket->setMaxAllowedIncomingFrameSize(quint64(ControlProtocol::kMaxMessageBytes));
    QHostAddress address = m_socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        address = QHostAddress(v4); // ::ffff:192.0.2.4 and 192.0.2.4 are one peer
    m_address = address.toString();
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { emit messageReceived(text.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, [this](const QByteArray &) {
        emit framingError(QString::fromLatin1(errc::kBadMessage),
                          tr("Messages are JSON text; binary messages are not accepted."));
    });
    connect(m_socket, &QWebSocket::bytesWritten, this,
            [this](qint64 written) { m_pending = std::max<qint64>(0, m_pending - written); });
    connect(m_socket, &QWebSocket::disconnected, this, &WebSocketChannel::finish);
}

WebSocketChannel::~WebSocketChannel() = default;

void WebSocketChannel::send(const QByteArray &message) {
    if (m_closed)
        return;
    m_pending += message.size();
    m_socket->sendTextMessage(QString::fromUtf8(message));
}

void WebSocketChannel::close(bool flush) {
    if (m_closed)
        return;
    m_closed = true;
    if (flush) {
        m_socket->close();
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

void WebSocketChannel::finish() {
    const bool wasOpen = !m_closed;
    m_closed = true;
    if (wasOpen)
        emit closed();
    deleteLater();
}

} // namespace mechdock::control
