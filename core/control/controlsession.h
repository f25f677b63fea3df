// ControlSession: one client of the control API. It walks the handshake (hello, then auth where
// the transport needs it), answers requests through the dispatcher, and pushes the events the
// client subscribed to. What a client can make the engine hold is bounded:
// - snapshots are coalesced: at most one every minPushIntervalMs, and while the client has not
//   taken what was sent (backpressureBytes) only the newest waits, never a queue;
// - past maxPendingBytes unsent the client is dropped with the reason;
// - at most maxInFlight requests at once; the handshake has a deadline.
#pragma once

#include "controlcaller.h"
#include "controlchannel.h"
#include "controlmessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace mechdock::control {

class ControlServer;

struct SessionLimits {
    int minPushIntervalMs = 250;              // ~4 snapshots a second at most
    qint64 backpressureBytes = 256 * 1024;    // unsent bytes above which snapshots wait
    qint64 maxPendingBytes = 4 * 1024 * 1024; // unsent bytes above which the client is dropped
    int maxInFlight = 32;
    int handshakeTimeoutMs = 10000;
};

class ControlSession : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlSession)
public:
    enum class Topic { Snapshot, Logs };

    ControlSession(ControlChannel *channel, ControlServer &server, const SessionLimits &limits,
                   QObject *parent = nullptr);
    ~ControlSession() override;

    bool isReady() const { return m_state == State::Ready; }
    // Came over TCP (authenticates), not the local socket.
    bool isRemote() const { return m_remote; }
    bool isSubscribed(Topic topic) const;
    const ControlCaller &caller() const { return m_caller; }
    // A serialized snapshot event; the newest one offered is what the client gets.
    void offerSnapshot(const QByteArray &event);
    // Other events (logs) are sent when the client keeps up, otherwise skipped (false).
    bool offerEvent(const QByteArray &event);
    // Closes with an error message first (e.g. the server stops or the settings changed).
    void closeWithError(const char *code, const QString &message);

signals:
    void finished();

private:
    enum class State { AwaitHello, AwaitAuth, Ready, Closed };

    void onMessage(const QByteArray &bytes);
    void onHello(const ClientMessage &m);
    void onAuth(const ClientMessage &m);
    void onRequest(const ClientMessage &m);
    void setSubscription(const QJsonObject &params, bool on, qint64 id);
    void send(const QByteArray &message);
    void pushSnapshot();
    void finish();

    QPointer<ControlChannel> m_channel;
    ControlServer &m_server;
    SessionLimits m_limits;
    State m_state = State::AwaitHello;
    ControlCaller m_caller;
    QString m_clientName;
    bool m_remote = false;
    bool m_snapshots = false;
    bool m_logs = false;
    int m_inFlight = 0;
    QByteArray m_pendingSnapshot;
    QElapsedTimer m_lastPush;
    QTimer m_pushTimer;
    QTimer m_handshakeTimer;
};

} // namespace mechdock::control
