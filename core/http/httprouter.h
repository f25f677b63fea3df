// HttpRouter: the HTTP server's routing table, (method, exact path) -> handler. A handler either
// answers with an HttpResponse or takes the connection's socket over (a WebSocket upgrade, for
// example). A GET route also answers HEAD. A lookup tells a known path with another method (405,
// with the methods for Allow) from an unknown path (404).
#pragma once

#include "httpmethod.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QByteArray>

#include <functional>
#include <map>
#include <variant>

class QTcpSocket;

namespace mechdock::http {

class HttpRouter {
public:
    using Responder = std::function<HttpResponse(const HttpRequest &request)>;
    // Gets the socket with no parent and the request's bytes back in its read buffer, as if
    // nothing had been read (QWebSocketServer::handleConnection can take it as it is). The
    // handler owns it from then on and deletes it (deleteLater) when done.
    using TakeOver = std::function<void(const HttpRequest &request, QTcpSocket *socket)>;
    using Handler = std::variant<Responder, TakeOver>;

    struct Match {
        const Handler *handler = nullptr; // null: 404 or 405
        bool pathKnown = false;           // with no handler: 405
        QByteArray allow;                 // "GET, HEAD" for the Allow header of a 405
    };

    // Replaces an earlier handler for the same method and path. Other is not routable.
    void add(HttpMethod method, const QByteArray &path, Handler handler);
    Match match(HttpMethod method, const QByteArray &path) const;
    bool isEmpty() const { return m_routes.empty(); }

private:
    std::map<QByteArray, std::map<HttpMethod, Handler>> m_routes;
};

} // namespace mechdock::http
