// CacheRegistry: the list of every bounded cache and queue in the process. Containers register
// under a unique name for their lifetime (RAII through Registration); cleanups run over all.
#pragma once

#include "managedcache.h"

#include <QList>
#include <QMutex>

#include <map>

namespace mechdock::memory {

class CacheRegistry {
    Q_DISABLE_COPY_MOVE(CacheRegistry)
public:
    CacheRegistry() = default;

    // The process-wide registry that production code registers with.
    static CacheRegistry &global();

    // Keeps a container registered while alive. Movable, not copyable.
    class Registration {
    public:
        Registration() = default;
        Registration(CacheRegistry *registry, quint64 id);
        Registration(Registration &&other) noexcept;
        Registration &operator=(Registration &&other) noexcept;
        Registration(const Registration &) = delete;
        Registration &operator=(const Registration &) = delete;
        ~Registration();
        void reset();
        bool isActive() const { return m_registry != nullptr; }

    private:
        CacheRegistry *m_registry = nullptr;
        quint64 m_id = 0;
    };

    // The container must outlive the returned Registration. Names need not be unique; a
    // duplicate gets a "#2" suffix so both stay visible.
    [[nodiscard]] Registration add(const QString &name, ManagedCache *container);

    QList<CacheStats> list() const;
    int size() const;

    CleanupResult sweepExpired();
    CleanupResult shrink(double fraction);
    CleanupResult clearAll();

private:
    void remove(quint64 id);

    struct Entry {
        QString name;
        ManagedCache *container;
    };
    mutable QMutex m_mutex;
    std::map<quint64, Entry> m_entries;
    quint64 m_nextId = 1;
};

} // namespace mechdock::memory
