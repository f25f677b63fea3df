// BoundedQueue<T>: a thread-safe FIFO with a hard bound (MAX_QUEUE_SIZE, 1000) and a policy for
// a full queue: RejectNew (tryPush reports Full at once), DropOldest (make room), or
// BlockWithTimeout (the producer waits up to a deadline). Counts depth, high-water mark, dropped
// and rejected items, and signals full/drained for backpressure.
#pragma once

#include "managedcache.h"
#include "queuesignals.h"

#include <QMutex>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <optional>

namespace mechdock::memory {

enum class OverflowPolicy { RejectNew, DropOldest, BlockWithTimeout };
enum class PushResult { Ok, Full, DroppedOldest, TimedOut };

template <typename T>
class BoundedQueue : public ManagedCache {
    // Owns a mutex, wait conditions and the QObject its queued signals are bound to.
    Q_DISABLE_COPY_MOVE(BoundedQueue)
public:
    explicit BoundedQueue(qint64 capacity, OverflowPolicy policy = OverflowPolicy::RejectNew,
                          std::function<qint64(const T &)> cost = {})
        : m_capacity(std::max<qint64>(1, capacity))
        , m_policy(policy)
        , m_cost(std::move(cost)) {}

    PushResult push(T item, int timeoutMs = 0) {
        QMutexLocker lock(&m_mutex);
        PushResult result = PushResult::Ok;
        if (qint64(m_items.size()) >= m_capacity) {
            const bool wasFull = m_full;
            m_full = true;
            if (!wasFull)
                emitLater(&QueueSignals::becameFull);
            switch (m_policy) {
            case OverflowPolicy::RejectNew:
                ++m_rejected;
                return PushResult::Full;
            case OverflowPolicy::DropOldest:
                m_bytes -= costOf(m_items.front());
                m_items.pop_front();
                ++m_dropped;
                result = PushResult::DroppedOldest;
                break;
            case OverflowPolicy::BlockWithTimeout: {
                QDeadlineTimer deadline(timeoutMs);
                ++m_waitingProducers;
                while (qint64(m_items.size()) >= m_capacity) {
                    if (!m_notFull.wait(&m_mutex, deadline) &&
                        qint64(m_items.size()) >= m_capacity) {
                        --m_waitingProducers;
                        ++m_rejected;
                        return PushResult::TimedOut;
                    }
                }
                --m_waitingProducers;
                break;
            }
            }
        }
        m_bytes += costOf(item);
        m_items.push_back(std::move(item));
        m_highWater = std::max<qint64>(m_highWater, qint64(m_items.size()));
        ++m_inserts;
        // Waking costs a system call; only do it when a consumer is actually waiting.
        if (m_waitingConsumers > 0)
            m_notEmpty.wakeOne();
        return result;
    }

    std::optional<T> tryPop() { return pop(0); }

    // Waits up to timeoutMs for an item (0: do not wait).
    std::optional<T> pop(int timeoutMs) {
        QMutexLocker lock(&m_mutex);
        if (m_items.empty() && timeoutMs > 0) {
            QDeadlineTimer deadline(timeoutMs);
            ++m_waitingConsumers;
            while (m_items.empty()) {
                if (!m_notEmpty.wait(&m_mutex, deadline))
                    break;
            }
            --m_waitingConsumers;
        }
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_bytes -= costOf(item);
        if (m_waitingProducers > 0)
            m_notFull.wakeOne();
        // "Drained" once the queue is back to half: hysteresis so producers do not flap.
        if (m_full && qint64(m_items.size()) <= m_capacity / 2) {
            m_full = false;
            emitLater(&QueueSignals::drained);
        }
        return item;
    }

    qint64 depth() const {
        QMutexLocker lock(&m_mutex);
        return qint64(m_items.size());
    }
    qint64 capacity() const { return m_capacity; }
    quint64 dropped() const {
        QMutexLocker lock(&m_mutex);
        return m_dropped;
    }
    quint64 rejected() const {
        QMutexLocker lock(&m_mutex);
        return m_rejected;
    }
    qint64 highWater() const {
        QMutexLocker lock(&m_mutex);
        return m_highWater;
    }
    QueueSignals *signalsObject() { return &m_signals; }

    CacheStats stats() const override {
        QMutexLocker lock(&m_mutex);
        CacheStats s;
        s.kind = ContainerKind::Queue;
        s.entries = qint64(m_items.size());
        s.bytes = m_bytes;
        s.maxEntries = m_capacity;
        s.inserts = m_inserts;
        s.dropped = m_dropped + m_rejected;
        s.highWater = m_highWater;
        return s;
    }
    CleanupResult sweepExpired() override { return {}; }
    // Under pressure a queue drops its oldest items: they are the stalest work.
    CleanupResult shrink(double fraction) override {
        QMutexLocker lock(&m_mutex);
        CleanupResult r;
        const auto drop = qint64(double(m_items.size()) * std::clamp(fraction, 0.0, 1.0));
        for (qint64 i = 0; i < drop; ++i) {
            r.bytesFreed += costOf(m_items.front());
            m_bytes -= costOf(m_items.front());
            m_items.pop_front();
            ++r.entriesFreed;
            ++m_dropped;
        }
        m_notFull.wakeAll();
        return r;
    }
    CleanupResult clearAll() override { return shrink(1.0); }

private:
    qint64 costOf(const T &item) const { return m_cost ? m_cost(item) : 0; }
    void emitLater(void (QueueSignals::*signal)()) {
        // Queued: a signal must not run slots while this queue's mutex is held.
        QMetaObject::invokeMethod(
            &m_signals, [this, signal] { emit(m_signals.*signal)(); }, Qt::QueuedConnection);
    }

    const qint64 m_capacity;
    const OverflowPolicy m_policy;
    std::function<qint64(const T &)> m_cost;
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    std::deque<T> m_items;
    qint64 m_bytes = 0;
    qint64 m_highWater = 0;
    quint64 m_inserts = 0;
    quint64 m_dropped = 0;
    quint64 m_rejected = 0;
    bool m_full = false;
    int m_waitingProducers = 0;
    int m_waitingConsumers = 0;
    QueueSignals m_signals;
};

} // namespace mechdock::memory
