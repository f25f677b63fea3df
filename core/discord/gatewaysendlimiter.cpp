#include "gatewaysendlimiter.h"

#include <algorithm>

namespace mechdock::discord {

GatewaySendLimiter::GatewaySendLimiter(const Clock *clock, int limit, int windowMs,
                                       int reservedForHeartbeats)
    : m_clock(clock)
    , m_limit(std::max(1, limit))
    , m_windowMs(std::max(1, windowMs))
    , m_reserved(std::clamp(reservedForHeartbeats, 0, m_limit - 1)) {}

void GatewaySendLimiter::expire() const {
    const qint64 now = m_clock->monotonicMs();
    while (!m_sent.empty() && now - m_sent.front() >= m_windowMs)
        m_sent.pop_front();
}

int GatewaySendLimiter::capacityFor(bool heartbeat) const {
    return heartbeat ? m_limit : m_limit - m_reserved;
}

bool GatewaySendLimiter::tryAcquire(bool heartbeat) {
    expire();
    if (int(m_sent.size()) >= capacityFor(heartbeat))
        return false;
    m_sent.push_back(m_clock->monotonicMs());
    return true;
}

qint64 GatewaySendLimiter::msUntilAvailable(bool heartbeat) const {
    expire();
    const int capacity = capacityFor(heartbeat);
    if (int(m_sent.size()) < capacity)
        return 0;
    // The slot frees when the send that pushed us to the limit leaves the window.
    const qint64 freesAt = m_sent[m_sent.size() - capacity] + m_windowMs;
    return std::max<qint64>(1, freesAt - m_clock->monotonicMs());
}

int GatewaySendLimiter::sentInWindow() const {
    expire();
    return int(m_sent.size());
}

} // namespace mechdock::discord
