// LogRing: the last N log records in memory for the Logs page, bounded and registered with the
// cache registry. Readers ask for records after a sequence number, so polling copies only news.
#pragma once

#include "logrecord.h"
#include "memory/cacheregistry.h"
#include "memory/managedcache.h"

#include <QList>
#include <QMutex>

#include <deque>

namespace mechdock::logging {

class LogRing final : public memory::ManagedCache {
    Q_DISABLE_COPY_MOVE(LogRing)
public:
    explicit LogRing(int capacity = 2000);

    void append(LogRecord record);
    QList<LogRecord> since(quint64 sequence, int max = 5000) const;
    quint64 lastSequence() const;
    void setCapacity(int capacity);

    memory::CacheStats stats() const override;
    memory::CleanupResult sweepExpired() override { return {}; }
    memory::CleanupResult shrink(double fraction) override;
    memory::CleanupResult clearAll() override;

private:
    void trimLocked(int capacity, memory::CleanupResult *result);
    mutable QMutex m_mutex;
    std::deque<LogRecord> m_records;
    int m_capacity;
    quint64 m_next = 1;
    qint64 m_bytes = 0;
    quint64 m_inserts = 0;
    quint64 m_evictions = 0;
};

} // namespace mechdock::logging
