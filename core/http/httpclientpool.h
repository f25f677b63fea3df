// HttpClientPool: HTTP/1.1 requests to one origin over a bounded set of keep-alive connections
// that this code controls (QNetworkAccessManager allows six per host and leaves Nagle on).
// Requests go out in order of arrival; a request waits only while every connection is busy and
// the pool is at its bound. The most recently used idle connection is taken first, so after a
// burst the extra connections fall idle and close after idleTimeoutMs, and memory returns to its
// idle level. A request that meets a keep-alive connection the server has just closed goes again
// once on a new connection.
#pragma once

#include "httpclientexchange.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace mechdock::http {

class HttpClientConnection;

struct HttpClientPoolOptions {
    int maxConnections = 32;
    int idleTimeoutMs = 15000;
};

struct HttpClientPoolStats {
    quint64 requests = 0;
    quint64 opened = 0; // connections made
    quint64 reused = 0; // requests sent on a connection that had carried one before
    quint64 retried = 0;
    quint64 failed = 0;
    int connections = 0;
    int idle = 0;
    int waiting = 0;
};

class HttpClientPool : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClientPool)
public:
    using Callback = std::function<void(const HttpClientResponse &)>;

    explicit HttpClientPool(const QUrl &origin, HttpClientPoolOptions options = {},
                            QObject *parent = nullptr);
    ~HttpClientPool() override;

    // The callback runs in this object's thread, exactly once, unless the pool is destroyed
    // first.
    void send(HttpClientRequest request, Callback callback);
    // A different scheme, host or port: idle connections close, running requests finish.
    void setOrigin(const QUrl &origin);
    QUrl origin() const { return m_origin; }
    HttpClientPoolStats stats() const;

private:
    struct Exchange {
        HttpClientRequest request;
        Callback callback;
        bool retried = false;
    };
    struct Slot {
        HttpClientConnection *connection = nullptr;
        Exchange exchange;
        bool busy = false;
        int generation = 0; // of the origin it was opened to
    };

    void pump();
    void start(Slot &slot, Exchange exchange);
    Slot *newSlot();
    Slot *slotOf(HttpClientConnection *connection);
    void remove(HttpClientConnection *connection);
    void onCompleted(HttpClientConnection *connection, const HttpClientResponse &response);
    void onFailed(HttpClientConnection *connection, const QString &error, bool safeToRetry);
    void sweepIdle();

    QUrl m_origin;
    HttpClientPoolOptions m_options;
    std::deque<Exchange> m_waiting;
    std::vector<std::unique_ptr<Slot>> m_slots;
    int m_generation = 0;
    QTimer m_sweep;
    HttpClientPoolStats m_stats;
};

} // namespace mechdock::http
