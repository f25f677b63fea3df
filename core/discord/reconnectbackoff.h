// ReconnectBackoff: exponential delays with jitter and a cap, so a gateway or REST failure never
// turns into a tight reconnect loop, and many shards or bots do not reconnect in step.
#pragma once

#include <QtGlobal>

#include <functional>

namespace mechdock::discord {

class ReconnectBackoff {
public:
    // `random` returns a value in [0, 1); the default uses QRandomGenerator.
    ReconnectBackoff(int baseMs, int capMs, std::function<double()> random = {});

    // The delay before the next attempt: base * 2^attempts, capped, then jittered into
    // [half, full] of that so the delay never collapses to zero.
    int nextDelayMs();
    void reset() { m_attempts = 0; }
    int attempts() const { return m_attempts; }
    int baseMs() const { return m_baseMs; }
    int capMs() const { return m_capMs; }

private:
    int m_baseMs;
    int m_capMs;
    int m_attempts = 0;
    std::function<double()> m_random;
};

} // namespace mechdock::discord
