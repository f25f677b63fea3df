// GatewaySendLimiter: Discord closes a connection that sends more than 120 events in 60 s
// (close 4008). This sliding window keeps a few slots that only heartbeats may use, so a burst of
// other events can never delay a heartbeat into a zombie disconnect.
#pragma once

#include "common/clock.h"

#include <deque>

namespace mechdock::discord {

class GatewaySendLimiter {
public:
    GatewaySendLimiter(const Clock *clock, int limit = 120, int windowMs = 60000,
                       int reservedForHeartbeats = 5);

    // Records a send when allowed now.
    bool tryAcquire(bool heartbeat);
    // 0 when a send is allowed now, else how long until one is.
    qint64 msUntilAvailable(bool heartbeat) const;
    int sentInWindow() const;
    void reset() { m_sent.clear(); }

private:
    void expire() const;
    int capacityFor(bool heartbeat) const;

    const Clock *m_clock;
    int m_limit;
    int m_windowMs;
    int m_reserved;
    mutable std::deque<qint64> m_sent; // monotonic send times inside the window
};

} // namespace mechdock::discord
