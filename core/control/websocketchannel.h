// WebSocketChannel: a control connection over a WebSocket (on TLS, for remote clients). One text
// message carries one JSON object; a binary message is a framing error, and the socket itself
// refuses messages and frames over ControlProtocol::kMaxMessageBytes.
#pragma once

#include "controlchannel.h"

#include <QWebSocket>

namespace mechdock::control {

class WebSocketChannel final : public ControlChannel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebSocketChannel)
public:
    // Takes ownership of `socket`.
    explicit WebSocketChannel(QWebSocket *socket, QObject *parent = nullptr);
    ~WebSocketChannel() override;

    void send(const QByteArray &message) override;
    qint64 pendingBytes() const override { return m_pending; }
    void close(bool flush = true) override;
    QString trustedIdentity() const override { return m_trustedIdentity; }
    bool peerIsLocal() const override { return false; }
    // The web page's channels come already authenticated (its session cookie and CSRF token
    // were checked at the upgrade): the session skips the auth step.
    void setTrustedIdentity(const QString &identity) { m_trustedIdentity = identity; }
    QString peerAddress() const override { return m_address; }

private:
    void finish();
    QWebSocket *m_socket;
    QString m_address;
    // QWebSocket does not say how much it still holds: count what we queued against what the
    // socket reports written (frame headers make this an underestimate by a few bytes a frame).
    qint64 m_pending = 0;
    bool m_closed = false;
    QString m_trustedIdentity;
};

} // namespace mechdock::control
