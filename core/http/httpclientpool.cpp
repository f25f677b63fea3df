#include "httpclientpool.h"

#include "common/clock.h"
#include "httpclientconnection.h"

#include <QPointer>

#include <algorithm>

namespace mechdock::http {

namespace {
bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port();
}
} // namespace

HttpClientPool::HttpClientPool(const QUrl &origin, HttpClientPoolOptions options, QObject *parent)
    : QObject(parent)
    , m_origin(origin)
    , m_options(options) {
    m_options.maxConnections = std::max(1, m_options.maxConnections);
    m_sweep.setInterval(std::max(100, m_options.idleTimeoutMs / 3));
    connect(&m_sweep, &QTimer::timeout, this, &HttpClientPool::sweepIdle);
}

HttpClientPool::~HttpClientPool() {
    for (auto &slot : m_slots)
        slot->connection->disconnect(this);
}

void HttpClientPool::send(HttpClientRequest request, Callback callback) {
    ++m_stats.requests;
    m_waiting.push_back(Exchange{std::move(request), std::move(callback), false});
    pump();
}

void HttpClientPool::setOrigin(const QUrl &origin) {
    if (sameOrigin(origin, m_origin)) {
        m_origin = origin;
        return;
    }
    m_origin = origin;
    ++m_generation;
    std::vector<HttpClientConnection *> idle;
    for (auto &slot : m_slots)
        if (!slot->busy)
            idle.push_back(slot->connection);
    for (HttpClientConnection *connection : idle) {
        connection->close();
        remove(connection);
    }
}

HttpClientPoolStats HttpClientPool::stats() const {
    HttpClientPoolStats s = m_stats;
    s.connections = int(m_slots.size());
    s.idle = int(std::count_if(m_slots.cbegin(), m_slots.cend(),
                               [](const auto &slot) { return !slot->busy; }));
    s.waiting = int(m_waiting.size());
    return s;
}

void HttpClientPool::pump() {
    while (!m_waiting.empty()) {
        Slot *slot = nullptr;
        for (auto &candidate : m_slots) {
            if (candidate->busy ||
                candidate->connection->state() != HttpClientConnection::State::Idle)
                continue;
            if (!slot || candidate->connection->idleSinceMs() >= slot->connection->idleSinceMs())
                slot = candidate.get();
        }
        if (slot) {
            ++m_stats.reused;
        } else if (int(m_slots.size()) < m_options.maxConnections) {
            slot = newSlot();
        } else {
            break; // a finishing request pumps again
        }
        Exchange exchange = std::move(m_waiting.front());
        m_waiting.pop_front();
        start(*slot, std::move(exchange));
    }
    const bool anyIdle =
        std::any_of(m_slots.cbegin(), m_slots.cend(), [](const auto &slot) { return !slot->busy; });
    if (anyIdle && !m_sweep.isActive())
        m_sweep.start();
    else if (!anyIdle)
        m_sweep.stop();
}

HttpClientPool::Slot *HttpClientPool::newSlot() {
    auto slot = std::make_unique<Slot>();
    slot->generation = m_generation;
    auto *connection = new HttpClientConnection(m_origin, this);
    slot->connection = connection;
    connect(connection, &HttpClientConnection::completed, this,
            [this, connection](const HttpClientResponse &response) {
                onCompleted(connection, response);
            });
    connect(connection, &HttpClientConnection::failed, this,
            [this, connection](const QString &error, bool safeToRetry) {
                onFailed(connection, error, safeToRetry);
            });
    connect(connection, &HttpClientConnection::closed, this, [this, connection] {
        remove(connection);
        pump();
    });
    ++m_stats.opened;
    m_slots.push_back(std::move(slot));
    return m_slots.back().get();
}

void HttpClientPool::start(Slot &slot, Exchange exchange) {
    slot.busy = true;
    slot.exchange = std::move(exchange);
    slot.connection->send(slot.exchange.request);
}

HttpClientPool::Slot *HttpClientPool::slotOf(HttpClientConnection *connection) {
    for (auto &slot : m_slots)
        if (slot->connection == connection)
            return slot.get();
    return nullptr;
}

void HttpClientPool::remove(HttpClientConnection *connection) {
    const auto it = std::find_if(m_slots.begin(), m_slots.end(), [connection](const auto &slot) {
        return slot->connection == connection;
    });
    if (it == m_slots.end())
        return;
    connection->disconnect(this);
    connection->deleteLater(); // it may be emitting right now
    m_slots.erase(it);
}

void HttpClientPool::onCompleted(HttpClientConnection *connection,
                                 const HttpClientResponse &response) {
    Slot *slot = slotOf(connection);
    if (!slot)
        return;
    Exchange exchange = std::move(slot->exchange);
    slot->busy = false;
    if (connection->state() == HttpClientConnection::State::Closed ||
        slot->generation != m_generation) {
        connection->close();
        remove(connection);
    }
    QPointer<HttpClientPool> alive(this);
    pump(); // requests that waited go first, in order
    if (alive && exchange.callback)
        exchange.callback(response);
}

void HttpClientPool::onFailed(HttpClientConnection *connection, const QString &error,
                              bool safeToRetry) {
    Slot *slot = slotOf(connection);
    if (!slot)
        return;
    Exchange exchange = std::move(slot->exchange);
    remove(connection);
    if (safeToRetry && !exchange.retried) {
        exchange.retried = true;
        ++m_stats.retried;
        m_waiting.push_front(std::move(exchange));
        pump();
        return;
    }
    ++m_stats.failed;
    QPointer<HttpClientPool> alive(this);
    pump();
    if (alive && exchange.callback) {
        HttpClientResponse response;
        response.error = error;
        exchange.callback(response);
    }
}

void HttpClientPool::sweepIdle() {
    const qint64 now = Clock::system().monotonicMs();
    std::vector<HttpClientConnection *> expired;
    for (auto &slot : m_slots)
        if (!slot->busy && slot->connection->state() == HttpClientConnection::State::Idle &&
            now - slot->connection->idleSinceMs() >= m_options.idleTimeoutMs)
            expired.push_back(slot->connection);
    for (HttpClientConnection *connection : expired) {
        connection->close();
        remove(connection);
    }
    if (m_slots.empty())
        m_sweep.stop();
}

} // namespace mechdock::http
