// HttpClientRequest / HttpClientResponse: one HTTP/1.1 request as a client sends it, and what came
// back. A response with status 0 had no HTTP answer (connection refused, TLS failure, timeout);
// error says why.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace mechdock::http {

struct HttpClientRequest {
    QByteArray method = "GET";
    QByteArray target = "/"; // path and query, already encoded
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int timeoutMs = 15000; // from handing it to a connection to the last byte of the answer
};

struct HttpClientResponse {
    int status = 0;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    QString error;

    QList<QPair<QByteArray, QByteArray>> headerPairs() const;
};

} // namespace mechdock::http
