// ManagedCache: what every bounded cache and queue exposes to the cache registry, so the UI,
// /memory_optimization, /metrics, force cleanup and memory pressure can see and shrink them.
#pragma once

#include <QString>
#include <QtGlobal>

namespace mechdock::memory {

enum class ContainerKind { Cache, Queue, Map, Set };

struct CacheStats {
    QString name;
    ContainerKind kind = ContainerKind::Cache;
    qint64 entries = 0;
    qint64 bytes = 0;      // best estimate of the payload bytes held
    qint64 maxEntries = 0; // 0 = unbounded by count (never for a registered container)
    qint64 maxBytes = 0;   // 0 = not bounded by bytes
    quint64 hits = 0;
    quint64 misses = 0;
    quint64 inserts = 0;
    quint64 evictions = 0; // all reasons together
    quint64 dropped = 0;   // queues: items dropped or rejected
    qint64 highWater = 0;  // queues: deepest depth seen

    double hitRate() const {
        const quint64 total = hits + misses;
        return total == 0 ? 0.0 : double(hits) / double(total);
    }
};

// What a cleanup freed, summed across containers.
struct CleanupResult {
    qint64 entriesFreed = 0;
    qint64 bytesFreed = 0;
};

class ManagedCache {
    // Registered by address and (in caches) full of iterators into itself: a copy would be
    // unregistered or point into the original.
    Q_DISABLE_COPY_MOVE(ManagedCache)
public:
    ManagedCache() = default;
    virtual ~ManagedCache() = default;
    virtual CacheStats stats() const = 0;
    // Drops expired entries (TTL). Cheap; run at Medium pressure and on timers.
    virtual CleanupResult sweepExpired() = 0;
    // Evicts the least valuable `fraction` (0..1] of entries. Run at High pressure.
    virtual CleanupResult shrink(double fraction) = 0;
    // Empties the container. Run at Critical pressure and by force cleanup.
    virtual CleanupResult clearAll() = 0;
};

} // namespace mechdock::memory
