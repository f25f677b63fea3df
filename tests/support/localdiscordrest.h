// LocalDiscordRest: Discord's REST API on 127.0.0.1 for the test suite, on a small HTTP/1.1
// server of its own so that headers, delays and broken answers are fully under the test's
// control. Rate limits work like Discord's (per-route buckets keyed on the top-level resource,
// a global limit, X-RateLimit-* headers, real 429s) and faults can be ordered.
#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>

#include <deque>
#include <functional>

class QTcpServer;
class QTcpSocket;

namespace mechdock::test {

struct MultipartPart {
    QString name;
    QString filename;
    QByteArray contentType;
    QByteArray data;
};

struct RecordedRequest {
    QByteArray method;
    QString path;
    QMap<QByteArray, QByteArray> headers; // lower-case names
    QByteArray body;
    QList<MultipartPart> parts;
    qint64 receivedAtMs = 0;
    int status = 0;
};

class LocalDiscordRest : public QObject {
    Q_OBJECT
public:
    explicit LocalDiscordRest(QObject *parent = nullptr);
    ~LocalDiscordRest() override;

    bool listen();
    quint16 port() const;
    void setToken(const QString &token) { m_token = token; }
    // What GET /gateway/bot answers.
    void setGatewayInfo(std::function<QJsonObject()> info) { m_gatewayInfo = std::move(info); }
    // What GET /guilds/{id}/channels answers for a guild (channel objects); other guilds: 404
    // with Discord's code 10004, Unknown Guild.
    void setGuildChannels(const QString &guildId, const QJsonArray &channels) {
        m_guildChannels.insert(guildId, channels);
    }

    // "POST /channels/{channel_id}/messages" style templates.
    void setBucketLimit(const QString &routeTemplate, int limit, double resetAfterSec);
    void setGlobalLimit(int perSecond) { m_globalPerSecond = perSecond; }
    void forceGlobal429Once(double retryAfterSec) { m_forceGlobal = retryAfterSec; }
    void forceBucket429Once(const QString &routeTemplate, double retryAfterSec) {
        m_forceBucket.insert(routeTemplate, retryAfterSec);
    }
    void setResponseDelayMs(int ms) { m_delayMs = ms; }
    void failNext(int count, int status = 500) {
        m_failCount = count;
        m_failStatus = status;
    }
    void malformedNext(int count) { m_malformed = count; }
    void truncateNext() { m_truncate = true; }

    int tooManyRequestsCount() const { return m_limit429s; }
    int forced429Count() const { return m_forced429s; }
    QList<RecordedRequest> requests() const {
        return QList<RecordedRequest>(m_requests.begin(), m_requests.end());
    }
    int requestCount(const QByteArray &method, const QString &pathPrefix) const;
    void clearRequests() { m_requests.clear(); }
    QList<QJsonObject> callbacks() const { return m_callbacks; }
    QJsonObject message(const QString &channelId, const QString &messageId) const;
    QList<QJsonObject> messages(const QString &channelId) const;
    // A message as if the bot had posted it (author = the bot), e.g. one left by an earlier run;
    // returns its new id.
    QString addBotMessage(const QString &channelId, const QJsonObject &body);
    // The bot's own user (GET /users/@me), the same one READY names.
    static QJsonObject botUser();
    // Someone deleted a message in Discord's client.
    bool removeMessage(const QString &channelId, const QString &messageId);
    int commandPuts() const { return m_commandPuts; }

signals:
    void requestReceived(const mechdock::test::RecordedRequest &request);
    void interactionCallback(const QString &id, const QString &token, const QJsonObject &body);
    void messageCreated(const QString &channelId, const QJsonObject &message);
    void messageEdited(const QString &channelId, const QJsonObject &message);
    void messageDeleted(const QString &channelId, const QString &messageId);

private:
    struct Response {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };
    struct Bucket {
        int limit = 50;
        double resetAfterSec = 1.0;
        int used = 0;
        qint64 windowEndMs = 0;
    };
    struct Route {
        QString routeTemplate;
        QString major;
        QStringList params;
    };

    void onReadable(QTcpSocket *socket);
    void handle(QTcpSocket *socket, RecordedRequest request);
    Response route(RecordedRequest &request, const Route &r);
    static Route match(const QByteArray &method, const QString &path);
    static QList<MultipartPart> parseMultipart(const QByteArray &contentType,
                                               const QByteArray &body);
    void write(QTcpSocket *socket, const Response &response, bool truncate);
    QJsonObject storeMessage(const QString &channelId, const QJsonObject &body,
                             const QList<MultipartPart> &parts, const QString &id = {});
    QString snowflake();

    QTcpServer *m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_token = QStringLiteral("test-token");
    std::function<QJsonObject()> m_gatewayInfo;
    QHash<QString, QPair<int, double>> m_limits;
    QHash<QString, Bucket> m_buckets;
    int m_globalPerSecond = 50;
    std::deque<qint64> m_globalWindow;
    double m_forceGlobal = -1;
    QHash<QString, double> m_forceBucket;
    int m_delayMs = 0;
    int m_failCount = 0;
    int m_failStatus = 500;
    int m_malformed = 0;
    bool m_truncate = false;
    int m_limit429s = 0;
    int m_forced429s = 0;
    std::deque<RecordedRequest> m_requests;
    QList<QJsonObject> m_callbacks;
    QHash<QString, QList<QJsonObject>> m_messages;
    QHash<QString, QJsonArray> m_commands;
    QHash<QString, QJsonArray> m_guildChannels;
    int m_commandPuts = 0;
    quint64 m_sequence = 0;
};

} // namespace mechdock::test

Q_DECLARE_METATYPE(mechdock::test::RecordedRequest)
