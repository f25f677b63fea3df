#include "authratelimiter.h"

#include <algorithm>

namespace mechdock::control {

AuthRateLimiter::AuthRateLimiter(int maxFailures, qint64 windowMs, int maxAddresses)
    : m_maxFailures(std::max(1, maxFailures))
    , m_windowMs(std::max<qint64>(1, windowMs))
    , m_maxAddresses(std::max(1, maxAddresses)) {}

void AuthRateLimiter::prune(QList<qint64> &times, qint64 nowMs) const {
    while (!times.isEmpty() && times.first() <= nowMs - m_windowMs)
        times.removeFirst();
}

bool AuthRateLimiter::allowed(const QString &address, qint64 nowMs) {
    const auto it = m_failures.find(address);
    if (it == m_failures.end())
        return true;
    prune(*it, nowMs);
    if (it->isEmpty()) {
        m_failures.erase(it);
        return true;
    }
    return it->size() < m_maxFailures;
}

void AuthRateLimiter::recordFailure(const QString &address, qint64 nowMs) {
    auto it = m_failures.find(address);
    if (it == m_failures.end()) {
        if (m_failures.size() >= m_maxAddresses) {
            // Forget the peer that has been quiet longest.
            auto oldest = m_failures.begin();
            for (auto i = m_failures.begin(); i != m_failures.end(); ++i) {
                if (i->isEmpty() || (!oldest->isEmpty() && i->last() < oldest->last()))
                    oldest = i;
            }
            m_failures.erase(oldest);
        }
        it = m_failures.insert(address, {});
    }
    prune(*it, nowMs);
    it->append(nowMs);
    while (it->size() > m_maxFailures)
        it->removeFirst();
}

void AuthRateLimiter::recordSuccess(const QString &address) {
    m_failures.remove(address);
}

} // namespace mechdock::control
