// GatewayShard: one gateway connection (one shard) kept alive for months: zlib-stream frames,
// heartbeats with zombie detection, identify through the shared IdentifyBudget, resume after
// every interruption that allows it, a fresh session only when Discord says so, and a full stop
// with the reason on fatal close codes. Replayed and duplicate dispatches are dropped.
#pragma once

#include "common/clock.h"
#include "gatewaysendlimiter.h"
#include "memory/cacheregistry.h"
#include "memory/recentset.h"
#include "reconnectbackoff.h"
#include "zlibstreaminflater.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>

class QWebSocket;

namespace mechdock::discord {

class IdentifyBudget;

enum class ShardState {
    Idle,
    Connecting,
    WaitingForHello,
    Identifying,
    Resuming,
    Connected,
    Reconnecting,
    Stopped, // fatal close code: no reconnecting until the operator acts
};

QString shardStateName(ShardState state);

struct GatewayOptions {
    QString token;
    int intents = 1; // GUILDS
    int shardId = 0;
    int shardCount = 1;
    bool compress = true;
    int maxPayloadBytes = 4096;
    qint64 maxMessageBytes = 8 * 1024 * 1024;
    int reconnectBaseMs = 1000;
    int reconnectCapMs = 60000;
    int invalidSessionMinMs = 1000;
    int invalidSessionMaxMs = 5000;
    int sendLimit = 120;
    int sendWindowMs = 60000;
    int recentInteractions = 2000;
    int outboundQueueCapacity = 200;
    QString clientName = QStringLiteral("mechdock");
    std::function<double()> random; // [0,1); default QRandomGenerator
};

struct ShardStatus {
    int shardId = 0;
    ShardState state = ShardState::Idle;
    double latencyMs = -1; // last heartbeat round trip; -1 before the first ACK
    int connections = 0;
    int identifies = 0;
    int resumes = 0;
    int zombies = 0;
    qint64 dispatches = 0;
    qint64 duplicatesDropped = 0;
    qint64 malformedPayloads = 0;
    qint64 refusedOversize = 0;
    qint64 sequence = 0;
    int lastCloseCode = -1;
    qint64 lastIdentifyAtMs = -1; // when the last identify was sent, on the shard's monotonic clock
    QString sessionId;
    QString fatalReason;
    // Why the last connection failed or ended ("Connection refused", a close code's meaning);
    // cleared when the shard is connected again.
    QString lastError;
    qint64 nextAttemptEpochMs = 0; // when the shard connects again; 0: no attempt is waiting
};

class GatewayShard : public QObject {
    Q_OBJECT
public:
    GatewayShard(const GatewayOptions &options, IdentifyBudget *budget,
                 const Clock *clock = &Clock::system(),
                 memory::CacheRegistry *registry = &memory::CacheRegistry::global(),
                 QObject *parent = nullptr);
    ~GatewayShard() override;

    void start(const QUrl &gatewayUrl);
    // Closes with 1000, which ends the session; used on shutdown.
    void stop();

    // Sends an event; false when refused (too big, or not connected). Rate-limited events wait in
    // a bounded queue.
    bool send(int op, const QJsonValue &data);

    ShardStatus status() const;
    int shardId() const { return m_options.shardId; }
    // Milliseconds until the shard connects or identifies again on its own (its reconnect or
    // identify timer), or -1 when neither is armed: connected, idle, or stopped by a fatal close.
    // Lets a caller know that nothing will happen without waiting to see. On the shard's thread.
    int nextAttemptInMs() const;

signals:
    void dispatched(int shardId, const QString &type, const QJsonObject &data);
    void stateChanged(int shardId, mechdock::discord::ShardState state);
    void ready(int shardId, const QString &sessionId);
    void resumed(int shardId);
    void fatalError(int shardId, int closeCode, const QString &reason);
    void latencyMeasured(int shardId, double milliseconds);

private:
    void openConnection(bool resume);
    void connectSocket(const QUrl &url);
    void handleFrame(const QByteArray &frame);
    void handlePayload(const QByteArray &json);
    void handleDispatch(const QJsonObject &payload);
    void handleHello(const QJsonObject &data);
    void handleDisconnect();
    void beat();
    void tryIdentify(quint64 generation);
    void sendResume();
    bool sendRaw(const QByteArray &payload, bool heartbeat);
    void drainOutbound();
    void reconnect(bool resume, int closeCode, int delayMs);
    void dropSocket(int closeCode);
    void clearSession();
    void setState(ShardState state);
    int nextReconnectDelay();
    double random() const;
    template <typename F>
    void updateStatus(F &&f) {
        QMutexLocker lock(&m_statusMutex);
        f(m_status);
    }

    GatewayOptions m_options;
    IdentifyBudget *m_budget;
    QString m_socketError; // of the current connection, from QWebSocket::error
    const Clock *m_clock;
    QUrl m_gatewayUrl;
    QUrl m_resumeUrl;
    QString m_sessionId;
    qint64 m_sequence = 0;
    bool m_resumeOnHello = false;
    bool m_helloReceived = false;
    bool m_ackSinceLastBeat = true;
    qint64 m_lastBeatSentMs = 0;
    int m_heartbeatIntervalMs = 0;
    quint64 m_generation = 0; // bumps with each connection so stale socket signals are ignored
    int m_reconnectAttempts = 0;
    QPointer<QWebSocket> m_socket;
    ZlibStreamInflater m_inflater;
    GatewaySendLimiter m_sendLimiter;
    ReconnectBackoff m_backoff;
    memory::RecentSet<QString> m_recentInteractions;
    memory::CacheRegistry::Registration m_recentRegistration;
    std::deque<QByteArray> m_outbound;
    QTimer m_heartbeatTimer;
    QTimer m_reconnectTimer;
    QTimer m_identifyTimer;
    QTimer m_drainTimer;
    bool m_firstBeatPending = false;
    mutable QMutex m_statusMutex;
    ShardStatus m_status;
};

} // namespace mechdock::discord
