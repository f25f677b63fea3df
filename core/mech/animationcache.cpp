// AnimationCache: memory LRU -> disk -> render. A memory hit is a QByteArray copy (shared data),
// so callers never hold the lock while they use the bytes.
#include "mech/animationcache.h"

#include "common/translation.h"
#include "mech/animationdiskcache.h"
#include "mech/animationlibrary.h"
#include "monitor/operationmetrics.h"

#include <QElapsedTimer>

#include <cmath>

namespace mechdock::mech {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::mech::AnimationCache", text);
}
} // namespace

AnimationCache::AnimationCache(const AnimationLibrary *library, RenderHook render,
                               AnimationDiskCache *disk, Options options,
                               memory::CacheRegistry *registry)
    : m_library(library)
    , m_render(std::move(render))
    , m_disk(disk)
    , m_options(std::move(options)) {
    m_options.maxEntries = qMax<qint64>(1, m_options.maxEntries);
    if (registry)
        m_registration = registry->add(m_options.registryName, this);
}

AnimationCache::~AnimationCache() {
    m_registration.reset();
}

AnimationResult AnimationCache::get(const AnimationKey &key) {
    AnimationResult result;
    if (!m_library) {
        result.error = tr("no animation library is configured");
        return result;
    }
    if (key.speedPercent <= 0) {
        result.error = tr("the animation speed must be above zero");
        return result;
    }
    if (key.isIdentitySpeed()) {
        const LibraryResult stored = m_library->load(key);
        result.ok = stored.ok;
        result.error = stored.error;
        result.data = stored.data;
        result.source = AnimationResult::Source::Library;
        return result;
    }
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_index.find(key);
        if (it != m_index.end()) {
            m_lru.splice(m_lru.begin(), m_lru, it.value());
            ++m_hits;
            result.ok = true;
            result.data = it.value()->data;
            result.source = AnimationResult::Source::Memory;
            return result;
        }
        ++m_misses;
    }
    const LibraryResult stored = m_library->load(key);
    if (!stored.ok) {
        result.error = stored.error;
        return result;
    }
    const QByteArray sourceHash = AnimationDiskCache::hashOf(stored.data);
    if (m_disk) {
        if (std::optional<QByteArray> cached = m_disk->get(key, sourceHash)) {
            QMutexLocker lock(&m_mutex);
            insertLocked(key, *cached);
            result.ok = true;
            result.data = *cached;
            result.source = AnimationResult::Source::Disk;
            return result;
        }
    }
    if (!m_render) {
        result.error = tr("animations cannot be re-timed: no renderer is configured");
        return result;
    }
    QByteArray out;
    QString error;
    QElapsedTimer timer;
    timer.start();
    const bool ok = m_render(stored.data, key.speed(), &out, &error);
    monitor::OperationMetrics::global().record(QStringLiteral("mech.render"), timer.elapsed(), ok);
    {
        QMutexLocker lock(&m_mutex);
        ++m_renders;
        if (ok && !out.isEmpty())
            insertLocked(key, out);
    }
    if (!ok || out.isEmpty()) {
        result.error = error.isEmpty()
                           ? tr("the animation %1 could not be rendered").arg(key.toString())
                           : error;
        return result;
    }
    if (m_disk)
        m_disk->put(key, sourceHash, out); // best effort: a full or read-only disk only costs time
    result.ok = true;
    result.data = out;
    result.source = AnimationResult::Source::Rendered;
    return result;
}

void AnimationCache::insertLocked(const AnimationKey &key, const QByteArray &data) {
    const auto it = m_index.find(key);
    if (it != m_index.end())
        eraseLocked(it.value());
    m_lru.push_front(Node{key, data});
    m_index.insert(key, m_lru.begin());
    m_bytes += data.size();
    ++m_inserts;
    enforceBoundsLocked();
}

void AnimationCache::eraseLocked(Iterator node) {
    m_bytes -= node->data.size();
    m_index.remove(node->key);
    m_lru.erase(node);
}

void AnimationCache::enforceBoundsLocked() {
    // The newest entry stays even alone above the byte bound; the caller is using it anyway.
    while (qint64(m_lru.size()) > m_options.maxEntries ||
           (m_options.maxBytes > 0 && m_bytes > m_options.maxBytes && m_lru.size() > 1)) {
        eraseLocked(std::prev(m_lru.end()));
        ++m_evictions;
    }
}

bool AnimationCache::containsInMemory(const AnimationKey &key) const {
    QMutexLocker lock(&m_mutex);
    return m_index.contains(key);
}

int AnimationCache::invalidateLevel(int level, bool alsoDisk) {
    int dropped = 0;
    {
        QMutexLocker lock(&m_mutex);
        for (auto node = m_lru.begin(); node != m_lru.end();) {
            auto next = std::next(node);
            if (node->key.level == level) {
                eraseLocked(node);
                ++dropped;
            }
            node = next;
        }
    }
    if (alsoDisk && m_disk)
        m_disk->removeLevel(level);
    return dropped;
}

bool AnimationCache::invalidate(const AnimationKey &key, bool alsoDisk) {
    bool dropped = false;
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_index.find(key);
        if (it != m_index.end()) {
            eraseLocked(it.value());
            dropped = true;
        }
    }
    if (alsoDisk && m_disk)
        m_disk->remove(key);
    return dropped;
}

void AnimationCache::setMaxEntries(qint64 maxEntries) {
    QMutexLocker lock(&m_mutex);
    m_options.maxEntries = qMax<qint64>(1, maxEntries);
    enforceBoundsLocked();
}

quint64 AnimationCache::renderCount() const {
    QMutexLocker lock(&m_mutex);
    return m_renders;
}

memory::CacheStats AnimationCache::stats() const {
    QMutexLocker lock(&m_mutex);
    memory::CacheStats s;
    s.name = m_options.registryName;
    s.kind = memory::ContainerKind::Cache;
    s.entries = qint64(m_lru.size());
    s.bytes = m_bytes;
    s.maxEntries = m_options.maxEntries;
    s.maxBytes = m_options.maxBytes;
    s.hits = m_hits;
    s.misses = m_misses;
    s.inserts = m_inserts;
    s.evictions = m_evictions;
    return s;
}

memory::CleanupResult AnimationCache::sweepExpired() {
    return {}; // entries do not expire: a key's rendering never goes stale
}

memory::CleanupResult AnimationCache::shrink(double fraction) {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    const auto drop = qint64(std::ceil(double(m_lru.size()) * qBound(0.0, fraction, 1.0)));
    for (qint64 i = 0; i < drop && !m_lru.empty(); ++i) {
        r.bytesFreed += m_lru.back().data.size();
        ++r.entriesFreed;
        eraseLocked(std::prev(m_lru.end()));
        ++m_evictions;
    }
    return r;
}

memory::CleanupResult AnimationCache::clearAll() {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r{qint64(m_lru.size()), m_bytes};
    m_evictions += quint64(m_lru.size());
    m_lru.clear();
    m_index.clear();
    m_bytes = 0;
    return r;
}

} // namespace mechdock::mech
