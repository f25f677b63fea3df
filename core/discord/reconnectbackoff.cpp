#include "reconnectbackoff.h"

#include <QRandomGenerator>

#include <algorithm>

namespace mechdock::discord {

ReconnectBackoff::ReconnectBackoff(int baseMs, int capMs, std::function<double()> random)
    : m_baseMs(std::max(0, baseMs))
    , m_capMs(std::max(m_baseMs, capMs))
    , m_random(random ? std::move(random)
                      : [] { return QRandomGenerator::global()->generateDouble(); }) {}

int ReconnectBackoff::nextDelayMs() {
    const int shift = std::min(m_attempts, 20);
    const qint64 raw = std::min<qint64>(qint64(m_baseMs) << shift, m_capMs);
    ++m_attempts;
    const double jitter = 0.5 + 0.5 * std::clamp(m_random(), 0.0, 1.0);
    return int(double(raw) * jitter);
}

} // namespace mechdock::discord
