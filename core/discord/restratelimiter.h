// RestRateLimiter: decides when a REST request may go, from what Discord's headers said.
// Buckets are keyed on X-RateLimit-Bucket plus the route's top-level resource (channel, guild,
// webhook + token, interaction), the global limit is a sliding one-second window, and a 429
// blocks its bucket (or everything, when global) for exactly the advertised time.
#pragma once

#include "common/clock.h"
#include "ratelimitheaders.h"

#include <QHash>
#include <QString>

#include <deque>

namespace mechdock::discord {

class RestRateLimiter {
public:
    explicit RestRateLimiter(const Clock *clock, int globalPerSecond = 50, int maxBuckets = 4096);

    // "PATCH /channels/123/messages/:id": ids that are not the top-level resource are replaced,
    // so requests that share a Discord bucket share a key before the bucket hash is known.
    static QString routeKey(const QByteArray &method, const QString &path);
    // "channels/123", "guilds/9", "webhooks/1/<token>", "interactions/5" or empty.
    static QString majorParameter(const QString &path);

    // 0: send now (the slot is taken); otherwise milliseconds to wait before asking again. An
    // interaction answer is exempt from the global limit and has a bucket only once limited.
    qint64 acquire(const QString &route, const QString &path, bool interactionAnswer);
    void onResponse(const QString &route, const QString &path, const RateLimitHeaders &headers);
    // Returns the milliseconds the bucket (or everything) is now blocked for.
    qint64 onTooManyRequests(const QString &route, const QString &path,
                             const RateLimitHeaders &headers);

    int bucketCount() const { return int(m_buckets.size()); }

    // Discord counts the global limit when requests arrive; a request leaves here a little before
    // it reaches Discord, so the window is kept slightly longer than a second.
    static constexpr qint64 kGlobalWindowMs = 1050;
    qint64 globalBlockedForMs() const;

private:
    struct Bucket {
        int limit = -1;
        int remaining = -1; // -1: unknown until the first response
        qint64 resetAtMs = 0;
        qint64 lastUsedMs = 0;
    };
    QString bucketKeyFor(const QString &route, const QString &path) const;
    Bucket &bucket(const QString &key);
    void prune();

    const Clock *m_clock;
    int m_globalPerSecond;
    int m_maxBuckets;
    qint64 m_globalBlockedUntilMs = 0;
    std::deque<qint64> m_globalWindow;
    QHash<QString, QString> m_routeToBucket; // route -> Discord bucket hash
    QHash<QString, Bucket> m_buckets;        // hash (or route) + major parameter -> state
};

} // namespace mechdock::discord
