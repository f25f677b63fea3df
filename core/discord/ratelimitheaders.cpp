#include "ratelimitheaders.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mechdock::discord {

RateLimitHeaders RateLimitHeaders::parse(const QList<QPair<QByteArray, QByteArray>> &headers,
                                         int status, const QByteArray &body) {
    RateLimitHeaders h;
    double retryAfterHeader = -1;
    for (const auto &[rawName, value] : headers) {
        const QByteArray name = rawName.toLower();
        bool ok = false;
        if (name == "x-ratelimit-limit") {
            const int v = value.toInt(&ok);
            if (ok)
                h.limit = v;
            h.present = true;
        } else if (name == "x-ratelimit-remaining") {
            const int v = value.toInt(&ok);
            if (ok)
                h.remaining = v;
            h.present = true;
        } else if (name == "x-ratelimit-reset-after") {
            const double v = value.toDouble(&ok);
            if (ok && v >= 0)
                h.resetAfterSec = v;
            h.present = true;
        } else if (name == "x-ratelimit-bucket") {
            h.bucket = QString::fromLatin1(value.left(128));
            h.present = true;
        } else if (name == "x-ratelimit-global") {
            h.global = value.trimmed().toLower() == "true";
        } else if (name == "x-ratelimit-scope") {
            h.scope = QString::fromLatin1(value.trimmed().left(16));
        } else if (name == "retry-after") {
            const double v = value.toDouble(&ok);
            if (ok && v >= 0)
                retryAfterHeader = v;
        }
    }
    if (status == 429) {
        const QJsonObject obj = QJsonDocument::fromJson(body).object();
        if (obj.contains(QStringLiteral("retry_after")) &&
            obj.value(QStringLiteral("retry_after")).isDouble())
            h.retryAfterSec = std::max(0.0, obj.value(QStringLiteral("retry_after")).toDouble());
        else
            h.retryAfterSec = retryAfterHeader;
        if (obj.value(QStringLiteral("global")).toBool())
            h.global = true;
        if (h.retryAfterSec < 0)
            h.retryAfterSec = h.resetAfterSec >= 0 ? h.resetAfterSec : 1.0;
    }
    return h;
}

} // namespace mechdock::discord
