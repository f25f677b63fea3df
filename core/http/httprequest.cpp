#include "httprequest.h"

namespace mechdock::http {

QByteArray HttpRequest::header(QByteArrayView lowerCaseName) const {
    QByteArray value;
    bool found = false;
    for (const auto &[name, v] : headers) {
        if (name != lowerCaseName)
            continue;
        if (found)
            value += ", ";
        value += v;
        found = true;
    }
    return value;
}

bool HttpRequest::hasHeader(QByteArrayView lowerCaseName) const {
    for (const auto &header : headers) {
        if (header.first == lowerCaseName)
            return true;
    }
    return false;
}

bool HttpRequest::headerHasToken(QByteArrayView lowerCaseName, QByteArrayView token) const {
    for (const auto &[name, value] : headers) {
        if (name != lowerCaseName)
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

bool HttpRequest::keepAlive() const {
    if (headerHasToken("connection", "close"))
        return false;
    return minorVersion >= 1 || headerHasToken("connection", "keep-alive");
}

} // namespace mechdock::http
