#include "cacheregistry.h"

#include <QSet>

#include <algorithm>

namespace mechdock::memory {

CacheRegistry &CacheRegistry::global() {
    static CacheRegistry registry;
    return registry;
}

CacheRegistry::Registration::Registration(CacheRegistry *registry, quint64 id)
    : m_registry(registry)
    , m_id(id) {}

CacheRegistry::Registration::Registration(Registration &&other) noexcept
    : m_registry(std::exchange(other.m_registry, nullptr))
    , m_id(std::exchange(other.m_id, 0)) {}

CacheRegistry::Registration &CacheRegistry::Registration::operator=(Registration &&other) noexcept {
    if (this != &other) {
        reset();
        m_registry = std::exchange(other.m_registry, nullptr);
        m_id = std::exchange(other.m_id, 0);
    }
    return *this;
}

CacheRegistry::Registration::~Registration() {
    reset();
}

void CacheRegistry::Registration::reset() {
    if (m_registry)
        m_registry->remove(m_id);
    m_registry = nullptr;
    m_id = 0;
}

CacheRegistry::Registration CacheRegistry::add(const QString &name, ManagedCache *container) {
    QMutexLocker lock(&m_mutex);
    QString unique = name;
    int suffix = 2;
    auto taken = [this](const QString &candidate) {
        return std::any_of(m_entries.begin(), m_entries.end(),
                           [&](const auto &e) { return e.second.name == candidate; });
    };
    while (taken(unique))
        unique = QStringLiteral("%1#%2").arg(name).arg(suffix++);
    const quint64 id = m_nextId++;
    m_entries.emplace(id, Entry{unique, container});
    return Registration(this, id);
}

void CacheRegistry::remove(quint64 id) {
    QMutexLocker lock(&m_mutex);
    m_entries.erase(id);
}

QList<CacheStats> CacheRegistry::list() const {
    QMutexLocker lock(&m_mutex);
    QList<CacheStats> out;
    out.reserve(int(m_entries.size()));
    for (const auto &[id, entry] : m_entries) {
        CacheStats s = entry.container->stats();
        s.name = entry.name;
        out.append(s);
    }
    std::sort(out.begin(), out.end(),
              [](const CacheStats &a, const CacheStats &b) { return a.name < b.name; });
    return out;
}

int CacheRegistry::size() const {
    QMutexLocker lock(&m_mutex);
    return int(m_entries.size());
}

CleanupResult CacheRegistry::sweepExpired() {
    QMutexLocker lock(&m_mutex);
    CleanupResult total;
    for (auto &[id, entry] : m_entries) {
        const CleanupResult r = entry.container->sweepExpired();
        total.entriesFreed += r.entriesFreed;
        total.bytesFreed += r.bytesFreed;
    }
    return total;
}

CleanupResult CacheRegistry::shrink(double fraction) {
    QMutexLocker lock(&m_mutex);
    CleanupResult total;
    for (auto &[id, entry] : m_entries) {
        const CleanupResult r = entry.container->shrink(fraction);
        total.entriesFreed += r.entriesFreed;
        total.bytesFreed += r.bytesFreed;
    }
    return total;
}

CleanupResult CacheRegistry::clearAll() {
    QMutexLocker lock(&m_mutex);
    CleanupResult total;
    for (auto &[id, entry] : m_entries) {
        const CleanupResult r = entry.container->clearAll();
        total.entriesFreed += r.entriesFreed;
        total.bytesFreed += r.bytesFreed;
    }
    return total;
}

} // namespace mechdock::memory
