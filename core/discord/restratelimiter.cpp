#include "restratelimiter.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace mechdock::discord {

namespace {
bool isId(const QString &segment) {
    if (segment.isEmpty() || segment.size() > 25)
        return false;
    return std::all_of(segment.begin(), segment.end(), [](QChar c) { return c.isDigit(); });
}
} // namespace

RestRateLimiter::RestRateLimiter(const Clock *clock, int globalPerSecond, int maxBuckets)
    : m_clock(clock)
    , m_globalPerSecond(std::max(1, globalPerSecond))
    , m_maxBuckets(std::max(16, maxBuckets)) {}

QString RestRateLimiter::majorParameter(const QString &path) {
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.size() >= 2 &&
        (parts[0] == QLatin1String("channels") || parts[0] == QLatin1String("guilds") ||
         parts[0] == QLatin1String("interactions")))
        return parts[0] + QLatin1Char('/') + parts[1];
    if (parts.size() >= 3 && parts[0] == QLatin1String("webhooks"))
        return parts[0] + QLatin1Char('/') + parts[1] + QLatin1Char('/') + parts[2];
    if (parts.size() >= 2 && parts[0] == QLatin1String("webhooks"))
        return parts[0] + QLatin1Char('/') + parts[1];
    return {};
}

QString RestRateLimiter::routeKey(const QByteArray &method, const QString &path) {
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString major = majorParameter(path);
    const int majorSegments = major.isEmpty() ? 0 : int(major.count(QLatin1Char('/'))) + 1;
    for (int i = majorSegments; i < parts.size(); ++i) {
        if (isId(parts[i]))
            parts[i] = QStringLiteral(":id");
    }
    // Tokens after the major parameter (interaction callbacks) are per-request, not per-route.
    if (!parts.isEmpty() && parts[0] == QLatin1String("interactions") && parts.size() >= 3)
        parts[2] = QStringLiteral(":token");
    return QString::fromLatin1(method) + QLatin1Char(' ') + QLatin1Char('/') +
           parts.join(QLatin1Char('/'));
}

QString RestRateLimiter::bucketKeyFor(const QString &route, const QString &path) const {
    const QString hash = m_routeToBucket.value(route);
    if (hash.isEmpty())
        return route; // the route key already contains the major parameter
    return hash + QLatin1Char('|') + majorParameter(path);
}

RestRateLimiter::Bucket &RestRateLimiter::bucket(const QString &key) {
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxBuckets)
            prune();
        it = m_buckets.insert(key, Bucket{});
    }
    it->lastUsedMs = m_clock->monotonicMs();
    return *it;
}

void RestRateLimiter::prune() {
    // Forget buckets whose window has passed; they start fresh if used again. If every bucket is
    // still active, drop the least recently used quarter so the map stays bounded.
    const qint64 now = m_clock->monotonicMs();
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->resetAtMs <= now)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_buckets.size() < m_maxBuckets)
        return;
    QList<qint64> ages;
    ages.reserve(m_buckets.size());
    for (const Bucket &b : std::as_const(m_buckets))
        ages.append(b.lastUsedMs);
    std::sort(ages.begin(), ages.end());
    const qint64 cutoff = ages.at(ages.size() / 4);
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->lastUsedMs <= cutoff)
            it = m_buckets.erase(it);
        else
            ++it;
    }
    if (m_routeToBucket.size() > m_maxBuckets)
        m_routeToBucket.clear();
}

qint64 RestRateLimiter::globalBlockedForMs() const {
    return std::max<qint64>(0, m_globalBlockedUntilMs - m_clock->monotonicMs());
}

qint64 RestRateLimiter::acquire(const QString &route, const QString &path, bool interactionAnswer) {
    const qint64 now = m_clock->monotonicMs();
    if (!interactionAnswer) {
        if (now < m_globalBlockedUntilMs)
            return m_globalBlockedUntilMs - now;
        while (!m_globalWindow.empty() && now - m_globalWindow.front() >= kGlobalWindowMs)
            m_globalWindow.pop_front();
        if (int(m_globalWindow.size()) >= m_globalPerSecond)
            return std::max<qint64>(1, m_globalWindow.front() + kGlobalWindowMs - now);
    }
    const QString key = bucketKeyFor(route, path);
    // An interaction's answers are a bucket of their own, used once or twice: one is kept only
    // after Discord limited it, so a thousand answers do not leave a thousand buckets behind.
    if (interactionAnswer && !m_buckets.contains(key))
        return 0;
    Bucket &b = bucket(key);
    if (b.remaining == 0 && now < b.resetAtMs)
        return b.resetAtMs - now;
    if (b.remaining == 0 || (b.limit > 0 && now >= b.resetAtMs && b.resetAtMs != 0)) {
        // The window passed: Discord refilled the bucket.
        b.remaining = b.limit;
        b.resetAtMs = 0;
    }
    if (b.remaining > 0)
        --b.remaining;
    if (!interactionAnswer)
        m_globalWindow.push_back(now);
    return 0;
}

void RestRateLimiter::onResponse(const QString &route, const QString &path,
                                 const RateLimitHeaders &headers) {
    if (!headers.present)
        return;
    if (!headers.bucket.isEmpty()) {
        if (m_routeToBucket.size() >= m_maxBuckets)
            m_routeToBucket.clear();
        m_routeToBucket.insert(route, headers.bucket);
    }
    Bucket &b = bucket(bucketKeyFor(route, path));
    const qint64 now = m_clock->monotonicMs();
    if (headers.limit > 0)
        b.limit = headers.limit;
    if (headers.remaining >= 0) {
        // Requests sent after this one was answered already took slots locally; keep the lower.
        b.remaining =
            b.remaining < 0 ? headers.remaining : std::min(b.remaining, headers.remaining);
        if (headers.resetAfterSec >= 0)
            b.resetAtMs = now + qint64(std::ceil(headers.resetAfterSec * 1000.0));
    }
}

qint64 RestRateLimiter::onTooManyRequests(const QString &route, const QString &path,
                                          const RateLimitHeaders &headers) {
    const qint64 now = m_clock->monotonicMs();
    const qint64 waitMs = qint64(std::ceil(std::max(0.0, headers.retryAfterSec) * 1000.0));
    if (headers.global || headers.scope == QLatin1String("global")) {
        m_globalBlockedUntilMs = std::max(m_globalBlockedUntilMs, now + waitMs);
        return waitMs;
    }
    if (!headers.bucket.isEmpty())
        m_routeToBucket.insert(route, headers.bucket);
    Bucket &b = bucket(bucketKeyFor(route, path));
    b.remaining = 0;
    b.resetAtMs = now + waitMs;
    return waitMs;
}

} // namespace mechdock::discord
