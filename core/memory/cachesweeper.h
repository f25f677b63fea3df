// CacheSweeper: sweeps expired entries out of the caches it is given, on a timer, so TTL state
// goes away even when nobody reads it again.
#pragma once

#include "managedcache.h"

#include <QList>
#include <QObject>
#include <QTimer>

namespace mechdock::memory {

class CacheSweeper : public QObject {
    Q_OBJECT
public:
    explicit CacheSweeper(int intervalMs = 60000, QObject *parent = nullptr);
    void watch(ManagedCache *cache);
    void unwatch(ManagedCache *cache);
    CleanupResult sweepNow();
    quint64 sweeps() const { return m_sweeps; }

private:
    QTimer m_timer;
    QList<ManagedCache *> m_caches;
    quint64 m_sweeps = 0;
};

} // namespace mechdock::memory
