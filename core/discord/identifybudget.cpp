#include "identifybudget.h"

#include <algorithm>

namespace mechdock::discord {

IdentifyBudget::IdentifyBudget(const Clock *clock, qint64 concurrencyWindowMs)
    : m_clock(clock)
    , m_windowMs(std::max<qint64>(0, concurrencyWindowMs)) {
    m_resetAtMs = m_clock->monotonicMs() + m_limit.resetAfterMs;
}

void IdentifyBudget::update(const SessionStartLimit &limit) {
    QMutexLocker lock(&m_mutex);
    m_limit = limit;
    m_limit.maxConcurrency = std::max(1, limit.maxConcurrency);
    m_limit.remaining = std::clamp(limit.remaining, 0, std::max(0, limit.total));
    m_resetAtMs = m_clock->monotonicMs() + std::max<qint64>(0, limit.resetAfterMs);
}

void IdentifyBudget::rollOver() {
    const qint64 now = m_clock->monotonicMs();
    if (now >= m_resetAtMs) {
        m_limit.remaining = m_limit.total;
        m_resetAtMs = now + 24LL * 3600 * 1000;
    }
}

qint64 IdentifyBudget::reserve(int shardId) {
    QMutexLocker lock(&m_mutex);
    rollOver();
    const qint64 now = m_clock->monotonicMs();
    if (m_limit.remaining <= 0)
        return std::max<qint64>(1, m_resetAtMs - now);
    const int key = shardId % m_limit.maxConcurrency;
    auto last = m_lastIdentifyByKey.find(key);
    if (last != m_lastIdentifyByKey.end() && now - last->second < m_windowMs)
        return m_windowMs - (now - last->second);
    m_lastIdentifyByKey[key] = now;
    --m_limit.remaining;
    ++m_used;
    return 0;
}

int IdentifyBudget::remaining() const {
    QMutexLocker lock(&m_mutex);
    return m_limit.remaining;
}

int IdentifyBudget::used() const {
    QMutexLocker lock(&m_mutex);
    return m_used;
}

int IdentifyBudget::maxConcurrency() const {
    QMutexLocker lock(&m_mutex);
    return m_limit.maxConcurrency;
}

qint64 IdentifyBudget::msUntilReset() const {
    QMutexLocker lock(&m_mutex);
    return std::max<qint64>(0, m_resetAtMs - m_clock->monotonicMs());
}

} // namespace mechdock::discord
