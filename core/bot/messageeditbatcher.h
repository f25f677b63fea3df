// MessageEditBatcher: status-message edits wait here and leave in batches (5 per flush, a flush
// a second), so a burst of Docker events costs a few REST calls instead of many. Several edits of
// one message coalesce into the newest; the queue is bounded and registered.
#pragma once

#include "memory/cacheregistry.h"
#include "memory/managedcache.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>

namespace mechdock::bot {

struct PendingEdit {
    QString channelId;
    QString messageId;
    QJsonObject payload;
};

class MessageEditBatcher : public QObject, public memory::ManagedCache {
    Q_OBJECT
public:
    explicit MessageEditBatcher(int batchSize = 5, int flushIntervalMs = 1000, int maxPending = 500,
                                QObject *parent = nullptr);

    // Queues an edit; a pending edit of the same message is replaced (keeping its place).
    void enqueue(const PendingEdit &edit);
    int pending() const { return int(m_queue.size()); }
    quint64 coalesced() const { return m_coalesced; }
    quint64 dropped() const { return m_dropped; }

    memory::CacheStats stats() const override;
    memory::CleanupResult sweepExpired() override { return {}; }
    memory::CleanupResult shrink(double fraction) override;
    memory::CleanupResult clearAll() override;

public slots:
    // Emits up to one batch now.
    void flushNow();

signals:
    void flush(const QList<mechdock::bot::PendingEdit> &batch);

private:
    const int m_batchSize;
    const int m_maxPending;
    QTimer m_timer;
    std::deque<PendingEdit> m_queue;
    quint64 m_coalesced = 0;
    quint64 m_dropped = 0;
    quint64 m_inserts = 0;
    qint64 m_highWater = 0;
    memory::CacheRegistry::Registration m_registration;
};

} // namespace mechdock::bot
