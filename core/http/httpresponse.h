// HttpResponse: what a route answers: status, content type, body and extra headers. The server
// adds the framing (Content-Length, Connection, Date) when it writes it, so no handler can get
// those wrong.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <utility>

namespace mechdock::http {

struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers; // extra ones, e.g. WWW-Authenticate

    // {"error":"<reason>"} as application/json, the form every refusal of the server takes.
    static HttpResponse error(int status, QByteArrayView reason);
    static QByteArray reasonPhrase(int status);

    HttpResponse &setHeader(const QByteArray &name, const QByteArray &value);
    // Status line, headers and (unless for HEAD) the body. Header lines that would break the
    // framing (line breaks in names or values) are left out.
    QByteArray serialize(bool forHead, bool keepAlive, int minorVersion) const;
};

} // namespace mechdock::http
