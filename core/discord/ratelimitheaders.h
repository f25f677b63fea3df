// RateLimitHeaders: what one REST response says about its rate limit, read from the
// X-RateLimit-* and Retry-After headers and, for a 429, the JSON body.
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace mechdock::discord {

struct RateLimitHeaders {
    bool present = false; // any X-RateLimit-* header at all
    int limit = -1;
    int remaining = -1;
    double resetAfterSec = -1;
    QString bucket;
    bool global = false;
    QString scope;             // "user", "global" or "shared"
    double retryAfterSec = -1; // 429 only: body retry_after, else the Retry-After header

    static RateLimitHeaders parse(const QList<QPair<QByteArray, QByteArray>> &headers, int status,
                                  const QByteArray &body);
};

} // namespace mechdock::discord
