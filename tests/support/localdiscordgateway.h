// LocalDiscordGateway: a Discord gateway on 127.0.0.1 for the test suite. It speaks the documented
// protocol (Hello, Identify/READY, heartbeats and ACKs, Resume with replay, zlib-stream) and takes
// orders for every fault a client must survive: drops without a close frame, silence instead of
// ACKs, op 7 at any moment, op 9, any close code, malformed and oversized frames, split frames.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <memory>

class QWebSocket;
class QWebSocketServer;

namespace mechdock::test {

class LocalDiscordGateway : public QObject {
    Q_OBJECT
public:
    explicit LocalDiscordGateway(QObject *parent = nullptr);
    ~LocalDiscordGateway() override;

    bool listen();
    quint16 port() const;
    QUrl url() const;
    QUrl resumeUrl() const;

    void setToken(const QString &token) { m_token = token; }
    void setHeartbeatIntervalMs(int ms) { m_heartbeatMs = ms; }
    void setShardCount(int shards) { m_shards = shards; }
    int shardCount() const { return m_shards; }
    void setSessionStartLimit(int total, int remaining, int resetAfterMs, int maxConcurrency);
    QJsonObject sessionStartLimit() const;
    void setCompression(bool on) { m_compression = on; }
    void setSplitFrames(int chunkBytes) { m_splitBytes = chunkBytes; }
    void setAckHeartbeats(bool ack) { m_ack = ack; }
    void setGuilds(const QStringList &ids) { m_guilds = ids; }
    // The privileged intents (GUILD_MEMBERS, GUILD_PRESENCES, MESSAGE_CONTENT) the application
    // may use; an identify that asks for another one is closed with 4014, as Discord does.
    // Default: all of them.
    void setAllowedPrivilegedIntents(int intents) { m_allowedPrivileged = intents; }
    // The intents of every identify, in order (refused ones included).
    QList<int> identifiedIntents() const { return m_identifiedIntents; }

    // Test controls; they act on the shard's newest live connection.
    void dispatchEvent(const QString &type, const QJsonObject &d, int shard = 0);
    QJsonObject dispatchInteraction(const QJsonObject &interaction, int shard = 0);
    // A MESSAGE_CREATE as Discord delivers it: only to a session that asked for GUILD_MESSAGES,
    // its content and embeds empty without MESSAGE_CONTENT. Returns whether it was sent.
    bool dispatchMessage(const QJsonObject &message, int shard = 0);
    void dropWithoutClose(int shard = 0);
    void sendReconnect(int shard = 0);
    void setReconnectBeforeHello(bool once) { m_reconnectBeforeHello = once; }
    void sendInvalidSession(bool resumable, int shard = 0);
    void closeWithCode(int code, int shard = 0);
    void sendMalformed(int shard = 0);
    void sendOversized(int bytes, int shard = 0);
    void sendServerHeartbeatRequest(int shard = 0);

    int identifyCount() const { return m_identifies; }
    QList<qint64> identifyTimesMs() const { return m_identifyTimes; }
    QList<int> identifiedShards() const { return m_identifiedShards; }
    int resumeCount() const { return m_resumes; }
    int connectionCount() const { return m_connections; }
    int liveConnections() const;
    int connectionsTo(const QString &path) const { return m_connectionsByPath.value(path); }
    int heartbeatsReceived() const { return m_heartbeats; }
    QList<QJsonObject> receivedPayloads() const {
        return QList<QJsonObject>(m_received.begin(), m_received.end());
    }
    int lastCloseCodeFromClient() const { return m_lastClientClose; }

signals:
    void identified(int shard, const QString &sessionId);
    void resumed(int shard, int replayed);
    void heartbeatReceived(int shard);
    void clientClosed(int shard, int code);
    void connectionOpened(const QString &path);
    void dispatchSent(int shard, const QString &type, const QJsonObject &d);

private:
    struct Connection;
    struct Session {
        QString id;
        int shard = 0;
        qint64 seq = 0;
        std::deque<QJsonObject> history; // sent dispatches, for replay on resume
        Connection *live = nullptr;
        int intents = 0;
    };

    void onNewConnection();
    void onMessage(Connection *c, const QByteArray &text);
    void send(Connection *c, const QJsonObject &payload);
    void sendRaw(Connection *c, const QByteArray &bytes);
    void sendDispatch(Session &s, const QString &type, const QJsonObject &d);
    void hello(Connection *c);
    void closeConnection(Connection *c, int code);
    Connection *liveFor(int shard) const;
    Session *sessionFor(int shard);
    void forget(Connection *c);

    QWebSocketServer *m_server;
    QString m_token = QStringLiteral("test-token");
    int m_heartbeatMs = 41250;
    int m_shards = 1;
    int m_limitTotal = 1000;
    int m_limitRemaining = 1000;
    int m_limitResetMs = 86400000;
    int m_maxConcurrency = 1;
    bool m_compression = true;
    int m_splitBytes = 0;
    bool m_ack = true;
    bool m_reconnectBeforeHello = false;
    QStringList m_guilds{QStringLiteral("41771983423143937")};
    std::vector<std::unique_ptr<Connection>> m_live;
    QHash<QString, Session> m_sessions;
    QHash<int, QString> m_sessionByShard;
    int m_identifies = 0;
    QList<qint64> m_identifyTimes;
    QList<int> m_identifiedShards;
    int m_resumes = 0;
    int m_connections = 0;
    QHash<QString, int> m_connectionsByPath;
    int m_heartbeats = 0;
    std::deque<QJsonObject> m_received;
    int m_lastClientClose = -1;
    quint64 m_nextSnowflake = 0;
    int m_allowedPrivileged = (1 << 1) | (1 << 8) | (1 << 15);
    QList<int> m_identifiedIntents;
};

} // namespace mechdock::test
