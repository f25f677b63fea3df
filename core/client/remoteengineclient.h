// RemoteEngineClient: a client of a running engine (mechdockd, mechdock --service) over its
// local socket or TLS. It walks the handshake (hello, then the API key or password when the
// engine asks), subscribes to snapshots, matches responses to requests, and after a lost or
// failed connection tries again with a growing delay (0.5 s doubling to 15 s), saying why and
// when in its state. Failures that a retry cannot mend (a refused key, an old protocol, a
// certificate nobody confirmed) stop the retries until connectTo() is called again.
#pragma once

#include "clienttransport.h"
#include "engineclient.h"
#include "serveraddress.h"

#include <QHash>
#include <QTimer>

#include <memory>

namespace mechdock::client {

class RemoteEngineClient : public EngineClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteEngineClient)
public:
    static constexpr int kFirstRetryMs = 500;
    static constexpr int kMaxRetryMs = 15000;
    // A request the engine has not answered in this time fails with "timeout".
    static constexpr int kRequestTimeoutMs = 30000;
    // A container update pulls an image and waits for the new container's health check.
    static constexpr int kUpdateTimeoutMs = 15 * 60 * 1000;

    explicit RemoteEngineClient(QString clientName, QObject *parent = nullptr);
    ~RemoteEngineClient() override;

    // Connects (again) to `address`, dropping any current connection.
    void connectTo(const ServerAddress &address);
    void disconnectFromEngine();
    const ServerAddress &address() const { return m_address; }
    // The engine's name from its welcome ("mechdock 0.1.0"), empty before.
    QString serverVersion() const { return m_serverVersion; }
    // The latest snapshot received (pages attached later start from it).
    const service::ServiceSnapshot &lastSnapshot() const { return m_lastSnapshot; }
    bool hasSnapshot() const { return m_haveSnapshot; }

    ConnectionState state() const override { return m_state; }
    bool hostsEngine() const override { return false; }
    bool streamsLog() const override { return true; }
    void request(control::ControlMethod method, const QJsonObject &params, QObject *context,
                 JsonCallback done) override;

signals:
    // A TLS engine presented a certificate nobody confirmed: ask the operator, then connect
    // again with the fingerprint set in the address.
    void certificateUnconfirmed(const QString &fingerprint);

private:
    enum class Phase { Idle, Opening, AwaitWelcome, AwaitAuth, Ready };
    struct Pending {
        QPointer<QObject> context;
        JsonCallback done;
        qint64 deadlineMs = 0;
    };

    void open();
    void onOpened();
    void onMessage(const QByteArray &bytes);
    void onClosed(const QString &reason, bool final);
    void becomeReady(const QString &identity);
    // Ends the connection; retries later unless `final`.
    void fail(const QString &reason, bool final);
    void failPending(const QString &reason);
    void expireRequests();
    void setState(ConnectionState::Status status, const QString &reason = {}, qint64 retryAtMs = 0);

    QString m_clientName;
    ServerAddress m_address;
    std::unique_ptr<ClientTransport> m_transport;
    Phase m_phase = Phase::Idle;
    ConnectionState m_state;
    QString m_serverVersion;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    int m_retryMs = kFirstRetryMs;
    QTimer m_retry;
    QTimer m_expiry;
    service::ServiceSnapshot m_lastSnapshot;
    bool m_haveSnapshot = false;
};

} // namespace mechdock::client
