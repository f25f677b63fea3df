// AnimationCache: the mech animation for a key, from the cheapest place that has it. 100 % is
// the library's stored file, returned without rendering (seed 000's fast path). Other speeds come
// from a small in-memory LRU (seed 000: 2 entries, also bounded by bytes), then the disk cache,
// and only then from the render hook (the WebP re-timer), whose result fills both caches.
// Registered with the cache registry so memory pressure and force cleanup can empty it.
// Thread-safe; the render runs outside the lock.
#pragma once

#include "mech/animationkey.h"

#include "memory/cacheregistry.h"
#include "memory/managedcache.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <functional>
#include <list>

namespace mechdock::mech {

class AnimationLibrary;
class AnimationDiskCache;

// Renders `in` (a stored animation) at `speed` (1.0 = unchanged) into `out`. Wire it to
// AnimationRetimer::retime; returns false with a message on failure.
using RenderHook =
    std::function<bool(const QByteArray &in, double speed, QByteArray *out, QString *error)>;

struct AnimationResult {
    enum class Source { None, Library, Memory, Disk, Rendered };
    bool ok = false;
    QString error;
    QByteArray data;
    Source source = Source::None;
};

class AnimationCache final : public memory::ManagedCache {
    Q_DISABLE_COPY_MOVE(AnimationCache)
public:
    struct Options {
        qint64 maxEntries = 2;                // seed 000: LRUCache(maxsize=2)
        qint64 maxBytes = 16LL * 1024 * 1024; // two big animations fit many times over
        QString registryName = QStringLiteral("mech.animations");
    };

    // `library` and `disk` (may be null: no disk cache) must outlive the cache. `registry`
    // null: not registered.
    AnimationCache(const AnimationLibrary *library, RenderHook render, AnimationDiskCache *disk,
                   Options options, memory::CacheRegistry *registry);
    ~AnimationCache() override;

    AnimationResult get(const AnimationKey &key);
    bool containsInMemory(const AnimationKey &key) const;
    // Drops the in-memory entries of `level` (and its disk files when `alsoDisk`); returns how
    // many memory entries went.
    int invalidateLevel(int level, bool alsoDisk = false);
    bool invalidate(const AnimationKey &key, bool alsoDisk = false);
    void setMaxEntries(qint64 maxEntries);
    quint64 renderCount() const;

    memory::CacheStats stats() const override;
    memory::CleanupResult sweepExpired() override;
    memory::CleanupResult shrink(double fraction) override;
    memory::CleanupResult clearAll() override;

private:
    struct Node {
        AnimationKey key;
        QByteArray data;
    };
    using Iterator = std::list<Node>::iterator;
    void insertLocked(const AnimationKey &key, const QByteArray &data);
    void eraseLocked(Iterator node);
    void enforceBoundsLocked();

    const AnimationLibrary *m_library;
    RenderHook m_render;
    AnimationDiskCache *m_disk;
    Options m_options;
    mutable QMutex m_mutex;
    std::list<Node> m_lru; // front: most recently used
    QHash<AnimationKey, Iterator> m_index;
    qint64 m_bytes = 0;
    quint64 m_hits = 0;
    quint64 m_misses = 0;
    quint64 m_inserts = 0;
    quint64 m_evictions = 0;
    quint64 m_renders = 0;
    memory::CacheRegistry::Registration m_registration;
};

} // namespace mechdock::mech
