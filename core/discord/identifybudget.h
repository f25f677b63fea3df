// IdentifyBudget: Discord allows a bot `session_start_limit.total` identifies per day (going past
// it resets the token) and `max_concurrency` identifies per 5 s. Every shard asks this budget
// before identifying; it answers with how long to wait, never with "go" when nothing is left.
#pragma once

#include "common/clock.h"

#include <QMutex>

#include <map>

namespace mechdock::discord {

struct SessionStartLimit {
    int total = 1000;
    int remaining = 1000;
    qint64 resetAfterMs = 24LL * 3600 * 1000;
    int maxConcurrency = 1;
};

class IdentifyBudget {
    Q_DISABLE_COPY_MOVE(IdentifyBudget)
public:
    static constexpr qint64 kConcurrencyWindowMs = 5000;

    // `concurrencyWindowMs` is Discord's 5 s; tests running in accelerated time shorten it.
    explicit IdentifyBudget(const Clock *clock, qint64 concurrencyWindowMs = kConcurrencyWindowMs);

    // From GET /gateway/bot.
    void update(const SessionStartLimit &limit);

    // 0: identify now (the identify is counted); otherwise the milliseconds to wait before asking
    // again, either for the shard's concurrency slot or for the daily reset.
    qint64 reserve(int shardId);

    int remaining() const;
    int used() const;
    int maxConcurrency() const;
    qint64 msUntilReset() const;

private:
    void rollOver();

    const Clock *m_clock;
    qint64 m_windowMs;
    mutable QMutex m_mutex;
    SessionStartLimit m_limit;
    qint64 m_resetAtMs = 0; // monotonic
    int m_used = 0;
    std::map<int, qint64> m_lastIdentifyByKey; // rate-limit key = shard id % max_concurrency
};

} // namespace mechdock::discord
