#include "httpresponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace mechdock::http {

namespace {
bool isSafeHeaderText(QByteArrayView text) {
    return !text.contains('\r') && !text.contains('\n') && !text.contains('\0');
}

// Framing is the server's: a handler's copy of these would contradict what is sent.
bool isFramingHeader(QByteArrayView name) {
    for (const char *framing :
         {"content-length", "content-type", "connection", "transfer-encoding", "date"}) {
        if (name.compare(framing, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}
} // namespace

HttpResponse HttpResponse::error(int status, QByteArrayView reason) {
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                        QString::fromLatin1(reason.data(), reason.size())}})
                 .toJson(QJsonDocument::Compact);
    return r;
}

QByteArray HttpResponse::reasonPhrase(int status) {
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 417:
        return "Expectation Failed";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return status >= 200 && status < 300 ? "OK" : "Unknown";
    }
}

HttpResponse &HttpResponse::setHeader(const QByteArray &name, const QByteArray &value) {
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return *this;
        }
    }
    headers.append({name, value});
    return *this;
}

QByteArray HttpResponse::serialize(bool forHead, bool keepAlive, int minorVersion) const {
    // The date in the fixed English form of RFC 9110 5.6.7, whatever the locale.
    const QByteArray date =
        QLocale::c()
            .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"))
            .toLatin1() +
        " GMT";
    QByteArray out;
    out.reserve(160 + (forHead ? 0 : body.size()));
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Date: " + date + "\r\n";
    if (!contentType.isEmpty() && isSafeHeaderText(contentType))
        out += "Content-Type: " + contentType + "\r\n";
    // No body and no length on 1xx, 204 and 304 (RFC 9110 8.6).
    if (status >= 200 && status != 204 && status != 304)
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    for (const auto &[name, value] : headers) {
        if (!name.isEmpty() && isSafeHeaderText(name) && isSafeHeaderText(value) &&
            !isFramingHeader(name))
            out += name + ": " + value + "\r\n";
    }
    if (!keepAlive)
        out += "Connection: close\r\n";
    else if (minorVersion == 0)
        out += "Connection: keep-alive\r\n";
    out += "\r\n";
    if (!forHead && status >= 200 && status != 204 && status != 304)
        out += body;
    return out;
}

} // namespace mechdock::http
