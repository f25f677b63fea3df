// HttpServer: a small HTTP/1.1 server on QTcpServer for the service's local endpoints. Routes are
// (method, exact path) -> handler; a handler answers with an HttpResponse or takes the socket over
// (for a WebSocket upgrade). Everything a client can make it hold is bounded by HttpLimits:
// request head and body, queued output, time, and the number of open connections: past the cap a
// new connection takes the place of one that has sat idle for a while, or is closed at once, so
// the process keeps its file descriptors and a flood of idle connections does not lock clients out.
//
// Lives on one thread. Delete it (or call close()) from outside a handler, or with deleteLater().
#pragma once

#include "httplimits.h"
#include "httprouter.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

#include <memory>

class QSslConfiguration;

namespace mechdock::http {

class HttpServer : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    // For connections accepted from then on.
    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }

    // A GET route answers HEAD as well (without the body), unless HEAD has its own route.
    void route(HttpMethod method, const QByteArray &path, HttpRouter::Responder responder);
    // The handler gets the socket as the client left it (see HttpRouter::TakeOver). The socket
    // keeps counting towards maxConnections until it is destroyed.
    void routeTakeOver(HttpMethod method, const QByteArray &path, HttpRouter::TakeOver handler);

    // Port 0 picks a free one. False with errorString() when the address cannot be bound.
    bool listen(const QHostAddress &address, quint16 port);
    bool isListening() const { return m_listener->isListening(); }
    quint16 port() const { return m_listener->serverPort(); }
    QString errorString() const { return m_listener->errorString(); }
    // HTTPS from the next listen() on: connections are served once their TLS handshake is done
    // (within handshakeTimeoutMs). Without it the server speaks plain HTTP and never loads the
    // TLS libraries.
    void setTlsConfiguration(const QSslConfiguration &configuration,
                             int handshakeTimeoutMs = 10000);
    bool isTls() const { return m_tls; }
    // Stops listening and drops every connection that is still the server's.
    void close();
    // Stops listening only, so the port is free at once; safe inside a handler, where close()
    // is not (it deletes the connection the handler runs in).
    void stopListening() { m_listener->close(); }

    // Open sockets, taken-over ones included.
    int connectionCount() const { return m_open; }
    // Connections closed at once because maxConnections were open and none was idle long
    // enough to make room.
    qint64 refusedConnections() const { return m_refused; }
    // Idle connections closed to make room for new ones at the cap.
    qint64 evictedConnections() const { return m_evicted; }

private:
    void acceptPending();
    bool makeRoom();

    HttpLimits m_limits;
    HttpRouter m_router;
    std::unique_ptr<QTcpServer> m_listener;
    bool m_tls = false;
    int m_open = 0;
    qint64 m_refused = 0;
    qint64 m_evicted = 0;
    QElapsedTimer m_lastRefusalWarning;
};

} // namespace mechdock::http
