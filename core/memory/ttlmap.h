// TtlMap<K, V>: per-user state and failed peers (seed 003: 1 h and 24 h) that expire by time,
// bounded by count, swept on a timer by a CacheSweeper so expired entries do not wait for a read.
#pragma once

#include "boundedcache.h"

namespace mechdock::memory {

template <typename K, typename V>
class TtlMap : public BoundedCache<K, V> {
    Q_DISABLE_COPY_MOVE(TtlMap)
public:
    TtlMap(qint64 ttlMs, qint64 maxEntries, const Clock *clock = nullptr)
        : BoundedCache<K, V>(
              typename BoundedCache<K, V>::Options{maxEntries, 0, ttlMs, {}, clock}) {}

    CacheStats stats() const override {
        CacheStats s = BoundedCache<K, V>::stats();
        s.kind = ContainerKind::Map;
        return s;
    }
};

} // namespace mechdock::memory
