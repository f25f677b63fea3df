// HttpLimits: what one client may cost the HTTP server. Every buffer of a connection is bounded
// by these (request head, body, queued output) and so are time and the number of connections,
// so a slow, hostile or forgotten client costs a refusal, not memory or file descriptors.
#pragma once

#include <QtGlobal>

namespace mechdock::http {

struct HttpLimits {
    // Request line plus headers; more is 431 (414 while still in the request line).
    qsizetype maxHeaderBytes = 8 * 1024;
    // A larger Content-Length is answered 413 before any of the body is read.
    qint64 maxBodyBytes = 64 * 1024;
    // Open connections (taken-over sockets included). At the cap, a new connection takes the
    // place of one that has been idle (no request in progress, nothing to send) for at least
    // evictIdleAfterMs; with none such it is closed at once.
    int maxConnections = 64;
    int evictIdleAfterMs = 1000;
    // Responses queued on one connection before it stops reading pipelined requests.
    qint64 maxOutputBytes = 1024 * 1024;
    // A request must arrive whole within this time from its first byte (or from the accept).
    int requestTimeoutMs = 5000;
    // Idle time allowed between requests on a kept-alive connection.
    int keepAliveTimeoutMs = 5000;
    // Queued output that makes no progress for this long closes the connection.
    int writeTimeoutMs = 10000;
};

} // namespace mechdock::http
