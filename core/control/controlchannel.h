// ControlChannel: one client connection as the session sees it, whatever carries it (a local
// socket with one JSON object per line, or a WebSocket over TLS with one per text message).
// It frames whole messages, bounds what it buffers from the peer and reports who the peer is.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace mechdock::control {

class ControlChannel : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlChannel)
public:
    static constexpr int kFlushTimeoutMs = 2000;

    explicit ControlChannel(QObject *parent = nullptr)
        : QObject(parent) {}
    ~ControlChannel() override = default;

    // Queues one message (a compact JSON object, no framing).
    virtual void send(const QByteArray &message) = 0;
    // Bytes queued for the peer that it has not taken yet.
    virtual qint64 pendingBytes() const = 0;
    // Closes: with `flush`, after the queued messages (waiting at most a few seconds for the
    // peer to take them), else at once. closed() follows; the channel deletes itself once the
    // connection is gone, so its owner only drops its pointer.
    virtual void close(bool flush = true) = 0;
    // The audit's name for a peer that needs no password ("local:1000"); empty when the peer
    // must authenticate.
    virtual QString trustedIdentity() const = 0;
    // Where the peer is, for the rate limit and the audit: "local:1000", "192.0.2.4".
    virtual QString peerAddress() const = 0;
    // Whether the peer is on this machine (the audit then leaves out where it came from).
    virtual bool peerIsLocal() const { return !trustedIdentity().isEmpty(); }

signals:
    void messageReceived(const QByteArray &message);
    // The peer broke the framing (a line or frame over the limit, binary data); the session
    // answers with an error and closes.
    void framingError(const QString &code, const QString &message);
    void closed();
};

} // namespace mechdock::control
