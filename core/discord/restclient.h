// RestClient: Discord's REST API over a pool of keep-alive HTTP/1.1 connections, paced by
// RestRateLimiter so the bot stays inside every bucket and the global limit; 429s wait exactly as
// long as Discord says, 5xx and network errors are retried with backoff, 401/403/404 are never
// retried (they count toward Discord's invalid-request ban). Requests on one route go one at a
// time, in order. Lives in one thread; enqueue() may be called from any thread.
#pragma once

#include "common/clock.h"
#include "memory/cacheregistry.h"
#include "reconnectbackoff.h"
#include "restratelimiter.h"
#include "restrequest.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>

namespace mechdock::http {
class HttpClientPool;
struct HttpClientResponse;
} // namespace mechdock::http

namespace mechdock::discord {

struct RestOptions {
    QUrl baseUrl = QUrl(QStringLiteral("https://discord.com/api/v10"));
    QString token;
    int maxQueued = 1000;
    int timeoutMs = 15000;
    int maxRetries = 3;
    int retryBaseMs = 500;
    int retryCapMs = 10000;
    int globalPerSecond = 50;
    // Requests on the wire at once, interaction callbacks excepted: they have the rest of the
    // pool's connections to themselves, so a burst of edits never delays an answer.
    int maxInFlight = 6;
    int maxConnections = 32;
    int idleConnectionTimeoutMs = 15000;
    QByteArray userAgent = "DiscordBot (https://github.com/mechdock/mechdock, 1)";
};

struct RestStats {
    qint64 requestsSent = 0;
    qint64 succeeded = 0;
    qint64 failed = 0;
    qint64 tooManyRequests = 0;       // 429 answers of any kind
    qint64 tooManyRequestsGlobal = 0; // of which global
    qint64 tooManyRequestsShared = 0; // of which caused by others (scope "shared")
    qint64 retries = 0;
    qint64 invalidRequests = 0; // 401, 403, 404
    qint64 rejectedQueueFull = 0;
    qint64 droppedLate = 0; // interaction answers that could no longer arrive in time, not sent
    qint64 queued = 0;
    qint64 inFlight = 0;
    double lastRoundTripMs = 0;
};

class RestClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const RestResponse &)>;

    explicit RestClient(const RestOptions &options, const Clock *clock = &Clock::system(),
                        memory::CacheRegistry *registry = &memory::CacheRegistry::global(),
                        QObject *parent = nullptr);
    ~RestClient() override;

    // Queues the request; the callback runs in this object's thread with the final answer.
    // Returns false (and calls back with an error) when the queue is full.
    bool enqueue(RestRequest request, Callback callback = {});

    void setToken(const QString &token);
    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const;
    RestStats stats() const;
    // Connections open to Discord, for the metrics.
    int connectionCount() const;

signals:
    void tooManyRequests(const QString &route, qint64 retryAfterMs, bool global);
    // A 401: the token is wrong; the operator has to act.
    void unauthorized(const QString &route);

private:
    struct Pending {
        RestRequest request;
        Callback callback;
        QString route;
        int attempts = 0;
        qint64 notBeforeMs = 0;
        qint64 enqueuedMs = 0;
    };
    struct RouteQueue {
        std::deque<Pending> items;
        bool inFlight = false;
    };
    class QueueView;

    void enqueueHere(RestRequest request, Callback callback);
    void pump();
    void send(Pending pending);
    void finished(const http::HttpClientResponse &reply, Pending pending, qint64 sentAtMs);
    bool dropIfLate(Pending &pending, qint64 now);
    void complete(Pending &pending, const RestResponse &response);
    void schedulePump(qint64 delayMs);

    RestOptions m_options;
    const Clock *m_clock;
    http::HttpClientPool *m_network;
    RestRateLimiter m_limiter;
    ReconnectBackoff m_retryBackoff;
    QHash<QString, RouteQueue> m_routes;
    QTimer m_pumpTimer;
    qint64 m_pumpAtMs = -1;
    int m_queued = 0;
    int m_inFlight = 0;
    int m_inFlightCounted = 0; // of m_inFlight, those under maxInFlight
    RestStats m_stats;
    mutable std::atomic<qint64> m_statsQueued{0};
    std::unique_ptr<QueueView> m_queueView;
    memory::CacheRegistry::Registration m_registration;
    mutable QMutex m_statsMutex;
};

} // namespace mechdock::discord
