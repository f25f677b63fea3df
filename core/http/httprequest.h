// HttpRequest: one parsed HTTP/1.x request as the server's handlers see it: method, target split
// into a decoded path and the raw query, headers with lower-case names in arrival order, body.
#pragma once

#include "httpmethod.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace mechdock::http {

struct HttpRequest {
    HttpMethod method = HttpMethod::Other;
    QByteArray methodName; // as sent, also for Other
    QByteArray target;     // as sent: "/health?verbose=1"
    QByteArray path;       // percent-decoded, without the query: "/health"
    QByteArray query;      // after '?', still encoded
    int minorVersion = 1;  // HTTP/1.<minorVersion>
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QString peerAddress; // the client's IP address ("192.0.2.4", IPv4-mapped ones unwrapped)

    // The header's value, repeated headers joined with ", "; empty when absent.
    QByteArray header(QByteArrayView lowerCaseName) const;
    bool hasHeader(QByteArrayView lowerCaseName) const;
    // Whether the client lets the connection carry another request: HTTP/1.1 unless
    // "Connection: close", HTTP/1.0 only with "Connection: keep-alive".
    bool keepAlive() const;
    // Whether a comma-separated header holds the token (case-insensitive), as Connection does.
    bool headerHasToken(QByteArrayView lowerCaseName, QByteArrayView token) const;
};

} // namespace mechdock::http
