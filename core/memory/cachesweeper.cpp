#include "cachesweeper.h"

namespace mechdock::memory {

CacheSweeper::CacheSweeper(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_timer(this) {
    connect(&m_timer, &QTimer::timeout, this, &CacheSweeper::sweepNow);
    m_timer.start(std::max(10, intervalMs));
}

void CacheSweeper::watch(ManagedCache *cache) {
    if (!m_caches.contains(cache))
        m_caches.append(cache);
}

void CacheSweeper::unwatch(ManagedCache *cache) {
    m_caches.removeAll(cache);
}

CleanupResult CacheSweeper::sweepNow() {
    CleanupResult total;
    for (ManagedCache *c : std::as_const(m_caches)) {
        const CleanupResult r = c->sweepExpired();
        total.entriesFreed += r.entriesFreed;
        total.bytesFreed += r.bytesFreed;
    }
    ++m_sweeps;
    return total;
}

} // namespace mechdock::memory
