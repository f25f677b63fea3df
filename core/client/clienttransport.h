// ClientTransport: carries a client's control API messages to one engine (a local socket with
// one JSON object per line, or a WebSocket over TLS with one per text message). It frames, bounds
// what it buffers from the engine, and says why a connection ended in words for the operator.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace mechdock::client {

class ClientTransport : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientTransport)
public:
    // The engine's messages can be larger than a client's (logs, animations, snapshots).
    static constexpr qint64 kMaxMessageBytes = 8 * 1024 * 1024;

    explicit ClientTransport(QObject *parent = nullptr)
        : QObject(parent) {}
    ~ClientTransport() override = default;

    // Connects; opened() or closed(reason) follows.
    virtual void open() = 0;
    // Drops the connection at once; no closed() follows.
    virtual void abort() = 0;
    virtual void send(const QByteArray &message) = 0;

signals:
    void opened();
    void messageReceived(const QByteArray &message);
    // The connection failed or ended; `reason` is for people. `final`: trying again cannot help
    // (a certificate that does not match the confirmed one).
    void closed(const QString &reason, bool final);
};

} // namespace mechdock::client
