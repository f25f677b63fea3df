// AnimationDiskCache: the index is the truth; files without an entry (a crash between writing
// the file and the index) are deleted at start-up, entries without a valid file are dropped.
#include "mech/animationdiskcache.h"

#include "common/clock.h"
#include "common/translation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace mechdock::mech {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::mech::AnimationDiskCache", text);
}
QByteArray sha1(const QByteArray &data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha1).toHex();
}
} // namespace

AnimationDiskCache::AnimationDiskCache(QString directory, qint64 maxBytes, const Clock *clock)
    : m_dir(std::move(directory))
    , m_clock(clock ? clock : &Clock::system())
    , m_maxBytes(qMax<qint64>(0, maxBytes)) {
    QMutexLocker lock(&m_mutex);
    if (m_dir.isEmpty() || !QDir().mkpath(m_dir)) {
        m_error = tr("cannot create the animation cache folder %1").arg(m_dir);
        return;
    }
    m_usable = true;
    loadIndexLocked();
}

QByteArray AnimationDiskCache::hashOf(const QByteArray &data) {
    return sha1(data).left(16);
}

QString AnimationDiskCache::fileName(const AnimationKey &key, const QByteArray &sourceHash) {
    return QStringLiteral("%1_%2.webp").arg(key.toString(), QString::fromLatin1(sourceHash));
}

void AnimationDiskCache::loadIndexLocked() {
    const QDir dir(m_dir);
    QFile file(dir.filePath(QString::fromLatin1(kIndexFile)));
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        m_seq = quint64(root.value(QStringLiteral("seq")).toInteger());
        const QJsonArray entries = root.value(QStringLiteral("entries")).toArray();
        for (const QJsonValue &v : entries) {
            const QJsonObject o = v.toObject();
            const QString name = o.value(QStringLiteral("file")).toString();
            // Only plain names written by this class; never a path that leaves the folder.
            if (name.isEmpty() || name.contains(u'/') || name.contains(u'\\') ||
                !name.endsWith(QLatin1String(".webp")))
                continue;
            Entry e;
            e.key = o.value(QStringLiteral("key")).toString();
            e.level = o.value(QStringLiteral("level")).toInt();
            e.bytes = o.value(QStringLiteral("bytes")).toInteger();
            e.contentHash = o.value(QStringLiteral("sha1")).toString().toLatin1();
            e.accessMs = o.value(QStringLiteral("accessMs")).toInteger();
            e.seq = quint64(o.value(QStringLiteral("seq")).toInteger());
            const QFileInfo info(dir.filePath(name));
            if (!info.isFile() || info.size() != e.bytes || e.contentHash.isEmpty())
                continue;
            m_entries.insert(name, e);
            m_bytes += e.bytes;
            m_seq = std::max(m_seq, e.seq);
        }
    }
    const QStringList files = dir.entryList({QStringLiteral("*.webp")}, QDir::Files);
    for (const QString &name : files) {
        if (!m_entries.contains(name))
            QFile::remove(dir.filePath(name));
    }
    // Stray temporary files of an interrupted QSaveFile.
    const QStringList temps = dir.entryList({QStringLiteral("*.webp.*")}, QDir::Files);
    for (const QString &name : temps)
        QFile::remove(dir.filePath(name));
    evictLocked(0);
    saveIndexLocked();
}

bool AnimationDiskCache::saveIndexLocked() {
    QJsonArray entries;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        const Entry &e = it.value();
        entries.append(QJsonObject{{QStringLiteral("file"), it.key()},
                                   {QStringLiteral("key"), e.key},
                                   {QStringLiteral("level"), e.level},
                                   {QStringLiteral("bytes"), e.bytes},
                                   {QStringLiteral("sha1"), QString::fromLatin1(e.contentHash)},
                                   {QStringLiteral("accessMs"), e.accessMs},
                                   {QStringLiteral("seq"), qint64(e.seq)}});
    }
    const QJsonObject root{{QStringLiteral("version"), 1},
                           {QStringLiteral("seq"), qint64(m_seq)},
                           {QStringLiteral("entries"), entries}};
    QSaveFile file(QDir(m_dir).filePath(QString::fromLatin1(kIndexFile)));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

void AnimationDiskCache::eraseLocked(QString file) {
    const auto it = m_entries.find(file);
    if (it == m_entries.end())
        return;
    m_bytes -= it->bytes;
    m_entries.erase(it);
    QFile::remove(QDir(m_dir).filePath(file));
}

void AnimationDiskCache::evictLocked(qint64 incoming) {
    while (!m_entries.isEmpty() && m_bytes + incoming > m_maxBytes) {
        auto oldest =
            std::min_element(m_entries.begin(), m_entries.end(),
                             [](const Entry &a, const Entry &b) { return a.seq < b.seq; });
        ++m_counters.evictions;
        eraseLocked(oldest.key());
    }
}

void AnimationDiskCache::touchLocked(Entry &entry) {
    entry.accessMs = m_clock->epochMs();
    entry.seq = ++m_seq;
}

std::optional<QByteArray> AnimationDiskCache::get(const AnimationKey &key,
                                                  const QByteArray &sourceHash) {
    QMutexLocker lock(&m_mutex);
    const QString name = fileName(key, sourceHash);
    auto it = m_entries.find(name);
    if (!m_usable || it == m_entries.end()) {
        ++m_counters.misses;
        return std::nullopt;
    }
    QFile file(QDir(m_dir).filePath(name));
    QByteArray data;
    if (file.open(QIODevice::ReadOnly))
        data = file.readAll();
    if (data.size() != it->bytes || sha1(data) != it->contentHash) {
        ++m_counters.corrupt;
        ++m_counters.misses;
        eraseLocked(name);
        saveIndexLocked();
        return std::nullopt;
    }
    touchLocked(*it);
    saveIndexLocked();
    ++m_counters.hits;
    return data;
}

bool AnimationDiskCache::put(const AnimationKey &key, const QByteArray &sourceHash,
                             const QByteArray &data, QString *error) {
    QMutexLocker lock(&m_mutex);
    if (!m_usable) {
        if (error)
            *error = m_error;
        return false;
    }
    if (data.size() > m_maxBytes) {
        if (error)
            *error =
                tr("the animation (%1 bytes) is larger than the disk cache limit").arg(data.size());
        return false;
    }
    const QString name = fileName(key, sourceHash);
    const QString keyText = key.toString();
    // Renderings of an older source for the same key are unreachable now: drop them at once.
    QStringList stale;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        if (it->key == keyText)
            stale.append(it.key());
    }
    for (const QString &s : stale)
        eraseLocked(s);
    evictLocked(data.size());

    QSaveFile file(QDir(m_dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("cannot write %1: %2").arg(file.fileName(), file.errorString());
        saveIndexLocked();
        return false;
    }
    Entry e;
    e.key = keyText;
    e.level = key.level;
    e.bytes = data.size();
    e.contentHash = sha1(data);
    touchLocked(e);
    m_entries.insert(name, e);
    m_bytes += e.bytes;
    ++m_counters.writes;
    if (!saveIndexLocked()) {
        if (error)
            *error = tr("cannot write the animation cache index in %1").arg(m_dir);
        return false;
    }
    return true;
}

bool AnimationDiskCache::remove(const AnimationKey &key) {
    QMutexLocker lock(&m_mutex);
    const QString keyText = key.toString();
    QStringList names;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        if (it->key == keyText)
            names.append(it.key());
    }
    for (const QString &n : names)
        eraseLocked(n);
    if (!names.isEmpty())
        saveIndexLocked();
    return !names.isEmpty();
}

int AnimationDiskCache::removeLevel(int level) {
    QMutexLocker lock(&m_mutex);
    QStringList names;
    for (auto it = m_entries.constBegin(); it != m_entries.constEnd(); ++it) {
        if (it->level == level)
            names.append(it.key());
    }
    for (const QString &n : names)
        eraseLocked(n);
    if (!names.isEmpty())
        saveIndexLocked();
    return int(names.size());
}

void AnimationDiskCache::clear() {
    QMutexLocker lock(&m_mutex);
    const QStringList names = m_entries.keys();
    for (const QString &n : names)
        eraseLocked(n);
    if (m_usable)
        saveIndexLocked();
}

void AnimationDiskCache::setMaxBytes(qint64 maxBytes) {
    QMutexLocker lock(&m_mutex);
    m_maxBytes = qMax<qint64>(0, maxBytes);
    evictLocked(0);
    if (m_usable)
        saveIndexLocked();
}

DiskCacheStats AnimationDiskCache::stats() const {
    QMutexLocker lock(&m_mutex);
    DiskCacheStats s = m_counters;
    s.entries = m_entries.size();
    s.bytes = m_bytes;
    s.maxBytes = m_maxBytes;
    return s;
}

} // namespace mechdock::mech
