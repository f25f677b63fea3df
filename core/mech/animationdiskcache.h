// AnimationDiskCache: re-timed animations on disk, bounded by bytes (DDC: 200 MB) with LRU
// deletion. Files are named by the key and a hash of the source animation, so new artwork never
// serves an old rendering; an index file keeps sizes, content hashes and the access order across
// restarts. Writes are atomic (QSaveFile); a file that does not match its recorded hash is
// deleted and reported as a miss, so the caller renders it again. Thread-safe.
#pragma once

#include "mech/animationkey.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace mechdock {
class Clock;
}

namespace mechdock::mech {

struct DiskCacheStats {
    qint64 entries = 0;
    qint64 bytes = 0;
    qint64 maxBytes = 0;
    quint64 hits = 0;
    quint64 misses = 0;
    quint64 writes = 0;
    quint64 evictions = 0;
    quint64 corrupt = 0;
};

class AnimationDiskCache {
    Q_DISABLE_COPY_MOVE(AnimationDiskCache)
public:
    static constexpr qint64 kDefaultMaxBytes = 200LL * 1024 * 1024;
    static constexpr const char *kIndexFile = "index.json";

    explicit AnimationDiskCache(QString directory, qint64 maxBytes = kDefaultMaxBytes,
                                const Clock *clock = nullptr);

    // False when the folder cannot be created; the cache then stores nothing.
    bool isUsable() const { return m_usable; }
    QString error() const { return m_error; }
    QString directory() const { return m_dir; }

    // Short content hash used to name files ("source hash" of the 100 % animation).
    static QByteArray hashOf(const QByteArray &data);
    static QString fileName(const AnimationKey &key, const QByteArray &sourceHash);

    std::optional<QByteArray> get(const AnimationKey &key, const QByteArray &sourceHash);
    // Stores `data`, evicting least recently used files to stay under the byte limit. An entry
    // larger than the whole limit is not stored (returns false with a message).
    bool put(const AnimationKey &key, const QByteArray &sourceHash, const QByteArray &data,
             QString *error = nullptr);
    bool remove(const AnimationKey &key);
    int removeLevel(int level);
    void clear();

    void setMaxBytes(qint64 maxBytes);
    DiskCacheStats stats() const;

private:
    struct Entry {
        QString key; // AnimationKey::toString()
        int level = 0;
        qint64 bytes = 0;
        QByteArray contentHash;
        qint64 accessMs = 0;
        quint64 seq = 0; // access order; survives restarts with the index
    };
    void loadIndexLocked();
    bool saveIndexLocked();
    void eraseLocked(QString file); // by value: callers pass keys of m_entries
    void evictLocked(qint64 incoming);
    void touchLocked(Entry &entry);

    const QString m_dir;
    const Clock *m_clock;
    mutable QMutex m_mutex;
    qint64 m_maxBytes;
    bool m_usable = false;
    QString m_error;
    QHash<QString, Entry> m_entries; // file name -> entry
    qint64 m_bytes = 0;
    quint64 m_seq = 0;
    DiskCacheStats m_counters;
};

} // namespace mechdock::mech
