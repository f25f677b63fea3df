#include "restclient.h"

#include "common/logcategories.h"
#include "monitor/operationmetrics.h"
#include "multipartbody.h"

#include "http/httpclientpool.h"

#include <QCoreApplication>
#include <QThread>

#include <algorithm>

namespace mechdock::discord {

// The REST queue in the cache registry: visible in /metrics and the panel. It is not a cache, so
// memory pressure never drops queued replies; they are bounded by maxQueued instead.
class RestClient::QueueView final : public memory::ManagedCache {
public:
    explicit QueueView(RestClient *client)
        : m_client(client) {}
    memory::CacheStats stats() const override {
        const RestStats s = m_client->stats();
        memory::CacheStats c;
        c.kind = memory::ContainerKind::Queue;
        c.entries = s.queued;
        c.maxEntries = m_client->m_options.maxQueued;
        c.dropped = quint64(s.rejectedQueueFull);
        return c;
    }
    memory::CleanupResult sweepExpired() override { return {}; }
    memory::CleanupResult shrink(double) override { return {}; }
    memory::CleanupResult clearAll() override { return {}; }

private:
    RestClient *m_client;
};

RestClient::RestClient(const RestOptions &options, const Clock *clock,
                       memory::CacheRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_clock(clock)
    , m_network(new http::HttpClientPool(
          options.baseUrl,
          http::HttpClientPoolOptions{options.maxConnections, options.idleConnectionTimeoutMs},
          this))
    , m_limiter(clock, options.globalPerSecond)
    , m_retryBackoff(options.retryBaseMs, options.retryCapMs)
    , m_queueView(std::make_unique<QueueView>(this)) {
    m_pumpTimer.setSingleShot(true);
    connect(&m_pumpTimer, &QTimer::timeout, this, [this] {
        m_pumpAtMs = -1;
        pump();
    });
    if (registry)
        m_registration = registry->add(QStringLiteral("discord.rest.queue"), m_queueView.get());
}

RestClient::~RestClient() {
    m_registration.reset();
    // The pool goes first, and with it every running request: no callback reaches a dead object.
    delete m_network;
    m_network = nullptr;
}

void RestClient::setToken(const QString &token) {
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, token] { m_options.token = token; });
        return;
    }
    m_options.token = token;
}

void RestClient::setBaseUrl(const QUrl &url) {
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, [this, url] { setBaseUrl(url); });
        return;
    }
    m_options.baseUrl = url;
    m_network->setOrigin(url);
}

QUrl RestClient::baseUrl() const {
    return m_options.baseUrl;
}

int RestClient::connectionCount() const {
    return m_network ? m_network->stats().connections : 0;
}

RestStats RestClient::stats() const {
    QMutexLocker lock(&m_statsMutex);
    return m_stats;
}

bool RestClient::enqueue(RestRequest request, Callback callback) {
    // Counted here so a full queue is refused synchronously, from any thread.
    if (m_statsQueued.fetch_add(1) >= m_options.maxQueued) {
        m_statsQueued.fetch_sub(1);
        {
            QMutexLocker lock(&m_statsMutex);
            ++m_stats.rejectedQueueFull;
        }
        RestResponse response;
        response.error = tr("The Discord request queue is full (%1 requests); the request was "
                            "dropped.")
                             .arg(m_options.maxQueued);
        if (callback)
            QMetaObject::invokeMethod(
                this, [callback, response] { callback(response); }, Qt::QueuedConnection);
        return false;
    }
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this,
            [this, request = std::move(request), callback = std::move(callback)]() mutable {
                enqueueHere(std::move(request), std::move(callback));
            },
            Qt::QueuedConnection);
        return true;
    }
    enqueueHere(std::move(request), std::move(callback));
    return true;
}

void RestClient::enqueueHere(RestRequest request, Callback callback) {
    Pending p;
    p.route = RestRateLimiter::routeKey(request.method, request.path);
    p.request = std::move(request);
    p.callback = std::move(callback);
    p.enqueuedMs = m_clock->monotonicMs();
    m_routes[p.route].items.push_back(std::move(p));
    ++m_queued;
    {
        QMutexLocker lock(&m_statsMutex);
        m_stats.queued = m_queued;
    }
    pump();
}

void RestClient::schedulePump(qint64 delayMs) {
    const qint64 at = m_clock->monotonicMs() + delayMs;
    if (m_pumpAtMs >= 0 && m_pumpAtMs <= at && m_pumpTimer.isActive())
        return;
    m_pumpAtMs = at;
    m_pumpTimer.start(int(std::clamp<qint64>(delayMs, 0, 24LL * 3600 * 1000)));
}

void RestClient::pump() {
    const qint64 now = m_clock->monotonicMs();
    qint64 nextWait = -1;
    for (auto it = m_routes.begin(); it != m_routes.end();) {
        RouteQueue &queue = it.value();
        if (queue.items.empty() && !queue.inFlight) {
            it = m_routes.erase(it);
            continue;
        }
        if (queue.inFlight || queue.items.empty()) {
            ++it;
            continue;
        }
        Pending &head = queue.items.front();
        if (dropIfLate(head, now)) {
            queue.items.pop_front();
            continue; // the next of this route, if any, on the next pass
        }
        const bool callback = head.request.isInteractionCallback();
        if (!callback && m_inFlightCounted >= m_options.maxInFlight) {
            ++it; // a reply finishing pumps again
            continue;
        }
        qint64 wait = head.notBeforeMs > now ? head.notBeforeMs - now : 0;
        if (wait == 0)
            wait = m_limiter.acquire(head.route, head.request.path,
                                     head.request.isInteractionCallback());
        if (wait > 0) {
            nextWait = nextWait < 0 ? wait : std::min(nextWait, wait);
            ++it;
            continue;
        }
        Pending p = std::move(queue.items.front());
        queue.items.pop_front();
        queue.inFlight = true;
        ++it;
        send(std::move(p));
    }
    // Interaction callbacks are routes of their own (one per interaction), so a burst leaves a
    // large table behind; QHash keeps its capacity when emptied, so give it back once idle.
    if (m_routes.size() * 8 < m_routes.capacity() && m_routes.capacity() > 64)
        m_routes.squeeze();
    if (nextWait >= 0)
        schedulePump(nextWait);
}

void RestClient::send(Pending pending) {
    ++pending.attempts;
    ++m_inFlight;
    if (!pending.request.isInteractionCallback())
        ++m_inFlightCounted;
    {
        QMutexLocker lock(&m_statsMutex);
        ++m_stats.requestsSent;
        m_stats.inFlight = m_inFlight;
    }
    QUrl url = m_options.baseUrl;
    QString basePath = url.path();
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    const QString relative = pending.request.path;
    const int query = relative.indexOf(QLatin1Char('?'));
    url.setPath(basePath + (query < 0 ? relative : relative.left(query)));
    if (query >= 0)
        url.setQuery(relative.mid(query + 1));

    http::HttpClientRequest request;
    request.method = pending.request.method;
    request.target = url.path(QUrl::FullyEncoded).toLatin1();
    if (url.hasQuery())
        request.target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    request.timeoutMs = m_options.timeoutMs;
    request.headers.append({"User-Agent", m_options.userAgent});
    if (pending.request.authorized && !m_options.token.isEmpty())
        request.headers.append({"Authorization", "Bot " + m_options.token.toUtf8()});
    if (!pending.request.auditLogReason.isEmpty())
        request.headers.append({"X-Audit-Log-Reason",
                                QUrl::toPercentEncoding(pending.request.auditLogReason.left(512))});
    request.body = pending.request.body;
    if (!pending.request.files.isEmpty()) {
        QByteArray contentType;
        request.body = MultipartBody::build(pending.request.hasJsonBody ? pending.request.body
                                                                        : QByteArray("{}"),
                                            pending.request.files, &contentType);
        request.headers.append({"Content-Type", contentType});
    } else if (pending.request.hasJsonBody) {
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    }
    const qint64 sentAt = m_clock->monotonicMs();
    m_network->send(std::move(request), [this, pending = std::move(pending),
                                         sentAt](const http::HttpClientResponse &reply) mutable {
        finished(reply, std::move(pending), sentAt);
    });
}

bool RestClient::dropIfLate(Pending &pending, qint64 now) {
    if (pending.request.answerByMs <= 0 || now <= pending.request.answerByMs)
        return false;
    {
        QMutexLocker lock(&m_statsMutex);
        ++m_stats.droppedLate;
    }
    RestResponse response;
    response.error = tr("The answer could no longer reach Discord in time and was not sent.");
    Pending late = std::move(pending);
    complete(late, response);
    return true;
}

void RestClient::finished(const http::HttpClientResponse &reply, Pending pending, qint64 sentAtMs) {
    --m_inFlight;
    if (!pending.request.isInteractionCallback())
        --m_inFlightCounted;
    const qint64 now = m_clock->monotonicMs();
    const double roundTrip = double(now - sentAtMs);
    auto routeIt = m_routes.find(pending.route);
    if (routeIt != m_routes.end())
        routeIt->inFlight = false;

    const int status = reply.status;
    const QByteArray &body = reply.body;
    const RateLimitHeaders headers = RateLimitHeaders::parse(reply.headerPairs(), status, body);
    monitor::OperationMetrics::global().record(QStringLiteral("discord.rest"), roundTrip,
                                               status >= 200 && status < 300);
    {
        QMutexLocker lock(&m_statsMutex);
        m_stats.inFlight = m_inFlight;
        m_stats.lastRoundTripMs = roundTrip;
    }

    RestResponse response;
    response.status = status;
    response.body = body;
    response.attempts = pending.attempts;

    if (status == 429) {
        const qint64 waitMs =
            m_limiter.onTooManyRequests(pending.route, pending.request.path, headers);
        {
            QMutexLocker lock(&m_statsMutex);
            ++m_stats.tooManyRequests;
            if (headers.global)
                ++m_stats.tooManyRequestsGlobal;
            if (headers.scope == QLatin1String("shared"))
                ++m_stats.tooManyRequestsShared;
        }
        qCWarning(lcDiscord) << "Discord answered 429 on" << pending.route << "; retrying in"
                             << waitMs << "ms" << (headers.global ? "(global)" : "");
        emit tooManyRequests(pending.route, waitMs, headers.global);
        if (pending.attempts <= m_options.maxRetries + 2) {
            // A 429 is not the request's fault: it goes back to the head of its route.
            m_routes[pending.route].items.push_front(std::move(pending));
            pump();
            return;
        }
        response.error = tr("Discord kept rate-limiting this request; it was given up.");
        complete(pending, response);
        pump();
        return;
    }

    if (!pending.request.isInteractionCallback())
        m_limiter.onResponse(pending.route, pending.request.path, headers);

    const bool networkError = status == 0;
    if (networkError || status >= 500) {
        if (pending.attempts <= m_options.maxRetries) {
            ReconnectBackoff backoff(m_options.retryBaseMs, m_options.retryCapMs);
            int delay = 0;
            for (int i = 0; i < pending.attempts; ++i)
                delay = backoff.nextDelayMs();
            pending.notBeforeMs = now + delay;
            {
                QMutexLocker lock(&m_statsMutex);
                ++m_stats.retries;
            }
            qCInfo(lcDiscord) << "Discord request" << pending.route << "failed"
                              << (networkError ? reply.error : QString::number(status)) << "; retry"
                              << pending.attempts << "in" << delay << "ms";
            m_routes[pending.route].items.push_front(std::move(pending));
            pump();
            return;
        }
        response.error = networkError ? tr("Discord could not be reached: %1").arg(reply.error)
                                      : tr("Discord answered with server error %1.").arg(status);
    } else if (status == 401 || status == 403 || status == 404) {
        {
            QMutexLocker lock(&m_statsMutex);
            ++m_stats.invalidRequests;
        }
        if (status == 401) {
            response.error = tr("Discord rejected the bot token (401).");
            emit unauthorized(pending.route);
        } else if (status == 403) {
            response.error = tr("The bot lacks the permission for this in Discord (403).");
        } else {
            response.error = tr("Discord does not know this message, channel or interaction "
                                "(404).");
        }
    } else if (status >= 400) {
        const QString message =
            QJsonDocument::fromJson(body).object().value(QStringLiteral("message")).toString();
        response.error =
            tr("Discord refused the request (%1): %2").arg(status).arg(message.left(300));
    }
    complete(pending, response);
    pump();
}

void RestClient::complete(Pending &pending, const RestResponse &response) {
    --m_queued;
    m_statsQueued.fetch_sub(1);
    {
        QMutexLocker lock(&m_statsMutex);
        m_stats.queued = m_queued;
        if (response.ok())
            ++m_stats.succeeded;
        else
            ++m_stats.failed;
    }
    if (!response.ok())
        qCWarning(lcDiscord) << "Discord request" << pending.route << "failed:" << response.error;
    if (pending.callback)
        pending.callback(response);
}

} // namespace mechdock::discord
