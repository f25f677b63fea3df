// BoundedCache<K, V>: an LRU cache bounded by entry count and, with a cost function, by bytes;
// optional per-entry TTL through an injected clock; counters of hits, misses, inserts and
// evictions by reason; shrink() and clearAll() for memory pressure. O(1) get and put (a hash of
// iterators into a recency list). Not thread-safe: ConcurrentBoundedCache wraps it in a mutex.
#pragma once

#include "evictionreason.h"
#include "managedcache.h"

#include "common/clock.h"

#include <QHash>

#include <functional>
#include <list>
#include <optional>

namespace mechdock::memory {

template <typename K, typename V>
class BoundedCache : public ManagedCache {
    // m_index holds iterators into m_lru: a copy would point into the original's list.
    Q_DISABLE_COPY_MOVE(BoundedCache)
public:
    using CostFunction = std::function<qint64(const K &, const V &)>;

    struct Options {
        qint64 maxEntries = 500;
        qint64 maxBytes = 0;     // 0: no byte bound
        qint64 defaultTtlMs = 0; // 0: entries do not expire
        CostFunction cost;       // bytes of an entry; without it each entry costs 1
        const Clock *clock = nullptr;
    };

    explicit BoundedCache(Options options)
        : m_options(std::move(options))
        , m_clock(m_options.clock ? m_options.clock : &Clock::system()) {
        if (m_options.maxEntries < 1)
            m_options.maxEntries = 1;
    }

    // Returns the value and marks it most recently used; an expired entry is a miss.
    std::optional<V> get(const K &key) {
        auto it = m_index.find(key);
        if (it == m_index.end()) {
            ++m_misses;
            return std::nullopt;
        }
        auto node = it.value();
        if (expired(*node)) {
            erase(node, EvictionReason::Ttl);
            ++m_misses;
            return std::nullopt;
        }
        m_lru.splice(m_lru.begin(), m_lru, node);
        ++m_hits;
        return node->value;
    }

    bool contains(const K &key) const {
        auto it = m_index.find(key);
        return it != m_index.end() && !expired(*it.value());
    }

    // ttlMs < 0: the default TTL; 0: never expires.
    void put(const K &key, V value, qint64 ttlMs = -1) {
        const qint64 ttl = ttlMs < 0 ? m_options.defaultTtlMs : ttlMs;
        const qint64 expires = ttl > 0 ? m_clock->monotonicMs() + ttl : 0;
        const qint64 cost = costOf(key, value);
        auto it = m_index.find(key);
        if (it != m_index.end()) {
            auto node = it.value();
            m_bytes += cost - node->cost;
            node->value = std::move(value);
            node->cost = cost;
            node->expiresMs = expires;
            m_lru.splice(m_lru.begin(), m_lru, node);
        } else {
            m_lru.push_front(Node{key, std::move(value), cost, expires});
            m_index.insert(key, m_lru.begin());
            m_bytes += cost;
        }
        ++m_inserts;
        enforceBounds();
    }

    bool remove(const K &key) {
        auto it = m_index.find(key);
        if (it == m_index.end())
            return false;
        erase(it.value(), EvictionReason::Manual);
        return true;
    }

    qint64 size() const { return qint64(m_lru.size()); }
    qint64 bytes() const { return m_bytes; }
    const EvictionCounters &evictions() const { return m_evictions; }
    quint64 hits() const { return m_hits; }
    quint64 misses() const { return m_misses; }
    void setMaxEntries(qint64 n) {
        m_options.maxEntries = std::max<qint64>(1, n);
        enforceBounds();
    }

    CacheStats stats() const override {
        CacheStats s;
        s.kind = ContainerKind::Cache;
        s.entries = size();
        s.bytes = m_bytes;
        s.maxEntries = m_options.maxEntries;
        s.maxBytes = m_options.maxBytes;
        s.hits = m_hits;
        s.misses = m_misses;
        s.inserts = m_inserts;
        s.evictions = m_evictions.total();
        return s;
    }

    CleanupResult sweepExpired() override {
        CleanupResult r;
        for (auto node = m_lru.begin(); node != m_lru.end();) {
            auto next = std::next(node);
            if (expired(*node)) {
                r.bytesFreed += node->cost;
                ++r.entriesFreed;
                erase(node, EvictionReason::Ttl);
            }
            node = next;
        }
        return r;
    }

    CleanupResult shrink(double fraction) override {
        CleanupResult r;
        const auto drop = qint64(double(size()) * std::clamp(fraction, 0.0, 1.0));
        for (qint64 i = 0; i < drop && !m_lru.empty(); ++i) {
            r.bytesFreed += m_lru.back().cost;
            ++r.entriesFreed;
            erase(std::prev(m_lru.end()), EvictionReason::Pressure);
        }
        return r;
    }

    CleanupResult clearAll() override {
        CleanupResult r{size(), m_bytes};
        m_evictions.add(EvictionReason::Manual, quint64(size()));
        m_lru.clear();
        m_index.clear();
        m_bytes = 0;
        return r;
    }

private:
    struct Node {
        K key;
        V value;
        qint64 cost;
        qint64 expiresMs;
    };
    using Iterator = typename std::list<Node>::iterator;

    qint64 costOf(const K &key, const V &value) const {
        return m_options.cost ? std::max<qint64>(0, m_options.cost(key, value)) : 1;
    }
    bool expired(const Node &n) const {
        return n.expiresMs > 0 && m_clock->monotonicMs() >= n.expiresMs;
    }
    void erase(Iterator node, EvictionReason reason) {
        m_bytes -= node->cost;
        m_index.remove(node->key);
        m_lru.erase(node);
        m_evictions.add(reason);
    }
    void enforceBounds() {
        while (size() > m_options.maxEntries)
            erase(std::prev(m_lru.end()), EvictionReason::Count);
        // The newest entry stays even if it alone exceeds the byte bound: refusing it would
        // make a cache that silently stores nothing.
        while (m_options.maxBytes > 0 && m_bytes > m_options.maxBytes && m_lru.size() > 1)
            erase(std::prev(m_lru.end()), EvictionReason::Bytes);
    }

    Options m_options;
    const Clock *m_clock;
    std::list<Node> m_lru; // front: most recently used
    QHash<K, Iterator> m_index;
    qint64 m_bytes = 0;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
    quint64 m_inserts = 0;
    EvictionCounters m_evictions;
};

} // namespace mechdock::memory
