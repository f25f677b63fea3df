// ConcurrentBoundedCache<K, V>: BoundedCache behind a mutex, for caches shared between threads
// (the service thread and the transcoding pool, say). Every call locks once.
#pragma once

#include "boundedcache.h"

#include <QMutex>

namespace mechdock::memory {

template <typename K, typename V>
class ConcurrentBoundedCache : public ManagedCache {
    Q_DISABLE_COPY_MOVE(ConcurrentBoundedCache)
public:
    using Options = typename BoundedCache<K, V>::Options;
    explicit ConcurrentBoundedCache(Options options)
        : m_cache(std::move(options)) {}

    std::optional<V> get(const K &key) {
        QMutexLocker lock(&m_mutex);
        return m_cache.get(key);
    }
    void put(const K &key, V value, qint64 ttlMs = -1) {
        QMutexLocker lock(&m_mutex);
        m_cache.put(key, std::move(value), ttlMs);
    }
    bool remove(const K &key) {
        QMutexLocker lock(&m_mutex);
        return m_cache.remove(key);
    }
    qint64 size() const {
        QMutexLocker lock(&m_mutex);
        return m_cache.size();
    }

    CacheStats stats() const override {
        QMutexLocker lock(&m_mutex);
        return m_cache.stats();
    }
    CleanupResult sweepExpired() override {
        QMutexLocker lock(&m_mutex);
        return m_cache.sweepExpired();
    }
    CleanupResult shrink(double fraction) override {
        QMutexLocker lock(&m_mutex);
        return m_cache.shrink(fraction);
    }
    CleanupResult clearAll() override {
        QMutexLocker lock(&m_mutex);
        return m_cache.clearAll();
    }

private:
    mutable QMutex m_mutex;
    BoundedCache<K, V> m_cache;
};

} // namespace mechdock::memory
