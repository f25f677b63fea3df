#include "httpserver.h"

#include "common/logcategories.h"
#include "httpconnection.h"

#include <QSslServer>
#include <QTcpSocket>

namespace mechdock::http {

namespace {
// One warning per burst of refused connections, not one per connection.
constexpr qint64 kRefusalWarningIntervalMs = 60 * 1000;
} // namespace

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
    , m_listener(std::make_unique<QTcpServer>()) {
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::acceptPending);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &configuration,
                                     int handshakeTimeoutMs) {
    close();
    auto tls = std::make_unique<QSslServer>();
    tls->setSslConfiguration(configuration);
    tls->setHandshakeTimeout(handshakeTimeoutMs);
    m_listener = std::move(tls);
    m_tls = true;
    // Emitted once a connection's handshake is done; a failed one never becomes pending.
    connect(m_listener.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::acceptPending);
}

HttpServer::~HttpServer() {
    close();
}

void HttpServer::route(HttpMethod method, const QByteArray &path, HttpRouter::Responder responder) {
    m_router.add(method, path, std::move(responder));
}

void HttpServer::routeTakeOver(HttpMethod method, const QByteArray &path,
                               HttpRouter::TakeOver handler) {
    m_router.add(method, path, std::move(handler));
}

bool HttpServer::listen(const QHostAddress &address, quint16 port) {
    close();
    return m_listener->listen(address, port);
}

void HttpServer::close() {
    m_listener->close();
    // Deleted now rather than later, so their sockets are closed and counted off at once.
    const auto connections = findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    qDeleteAll(connections);
}

bool HttpServer::makeRoom() {
    HttpConnection *oldest = nullptr;
    qint64 oldestIdleMs = -1;
    for (HttpConnection *c : findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly)) {
        const qint64 idle = c->idleMs();
        if (idle >= m_limits.evictIdleAfterMs && idle > oldestIdleMs) {
            oldest = c;
            oldestIdleMs = idle;
        }
    }
    if (!oldest)
        return false;
    ++m_evicted;
    qCDebug(lcHttp) << "closing a connection idle for" << oldestIdleMs << "ms to make room";
    oldest->evict();
    return m_open < m_limits.maxConnections;
}

void HttpServer::acceptPending() {
    while (m_listener->hasPendingConnections()) {
        QTcpSocket *socket = m_listener->nextPendingConnection();
        if (!socket)
            break;
        // A flood of idle connections must not lock real clients out until they time out.
        if (m_open >= m_limits.maxConnections && !makeRoom()) {
            ++m_refused;
            socket->abort();
            delete socket;
            if (!m_lastRefusalWarning.isValid() ||
                m_lastRefusalWarning.elapsed() >= kRefusalWarningIntervalMs) {
                m_lastRefusalWarning.start();
                qCWarning(lcHttp).noquote()
                    << tr("HTTP endpoint on port %1: %2 connections are open, the most allowed; "
                          "closing new ones until some end")
                           .arg(port())
                           .arg(m_limits.maxConnections);
            }
            continue;
        }
        ++m_open;
        connect(socket, &QObject::destroyed, this, [this] { --m_open; });
        new HttpConnection(socket, m_router, m_limits, this);
    }
}

} // namespace mechdock::http
