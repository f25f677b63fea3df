// RecentSet<K>: the last N ids seen, to drop replayed or duplicate events (gateway dispatches
// replayed after a resume, a button clicked twice). Bounded LRU; an id seen again is refreshed.
#pragma once

#include "boundedcache.h"

namespace mechdock::memory {

template <typename K>
class RecentSet : public ManagedCache {
    Q_DISABLE_COPY_MOVE(RecentSet)
public:
    explicit RecentSet(qint64 capacity, qint64 ttlMs = 0, const Clock *clock = nullptr)
        : m_cache(typename BoundedCache<K, bool>::Options{capacity, 0, ttlMs, {}, clock}) {}

    // True when `key` was already seen (a duplicate); records it either way.
    bool checkAndInsert(const K &key) {
        const bool seen = m_cache.get(key).has_value();
        m_cache.put(key, true);
        return seen;
    }
    bool contains(const K &key) const { return m_cache.contains(key); }
    qint64 size() const { return m_cache.size(); }

    CacheStats stats() const override {
        CacheStats s = m_cache.stats();
        s.kind = ContainerKind::Set;
        return s;
    }
    CleanupResult sweepExpired() override { return m_cache.sweepExpired(); }
    CleanupResult shrink(double fraction) override { return m_cache.shrink(fraction); }
    CleanupResult clearAll() override { return m_cache.clearAll(); }

private:
    BoundedCache<K, bool> m_cache;
};

} // namespace mechdock::memory
