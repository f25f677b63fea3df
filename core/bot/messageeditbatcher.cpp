#include "messageeditbatcher.h"

#include <QJsonDocument>

#include <algorithm>

namespace mechdock::bot {

MessageEditBatcher::MessageEditBatcher(int batchSize, int flushIntervalMs, int maxPending,
                                       QObject *parent)
    : QObject(parent)
    , m_batchSize(std::max(1, batchSize))
    , m_maxPending(std::max(1, maxPending))
    , m_registration(
          memory::CacheRegistry::global().add(QStringLiteral("discord.edit_batcher"), this)) {
    m_timer.setInterval(std::max(1, flushIntervalMs));
    connect(&m_timer, &QTimer::timeout, this, &MessageEditBatcher::flushNow);
}

void MessageEditBatcher::enqueue(const PendingEdit &edit) {
    ++m_inserts;
    for (PendingEdit &queued : m_queue) {
        if (queued.messageId == edit.messageId && queued.channelId == edit.channelId) {
            queued.payload = edit.payload;
            ++m_coalesced;
            return;
        }
    }
    if (int(m_queue.size()) >= m_maxPending) {
        // The oldest edit is the most likely to be superseded by a later refresh anyway.
        m_queue.pop_front();
        ++m_dropped;
    }
    m_queue.push_back(edit);
    m_highWater = std::max<qint64>(m_highWater, qint64(m_queue.size()));
    if (!m_timer.isActive())
        m_timer.start();
}

void MessageEditBatcher::flushNow() {
    QList<PendingEdit> batch;
    while (!m_queue.empty() && batch.size() < m_batchSize) {
        batch.append(std::move(m_queue.front()));
        m_queue.pop_front();
    }
    if (m_queue.empty())
        m_timer.stop();
    if (!batch.isEmpty())
        emit flush(batch);
}

memory::CacheStats MessageEditBatcher::stats() const {
    memory::CacheStats s;
    s.kind = memory::ContainerKind::Queue;
    s.entries = qint64(m_queue.size());
    s.maxEntries = m_maxPending;
    for (const PendingEdit &e : m_queue)
        s.bytes += QJsonDocument(e.payload).toJson(QJsonDocument::Compact).size();
    s.inserts = m_inserts;
    s.dropped = m_dropped;
    s.highWater = m_highWater;
    return s;
}

memory::CleanupResult MessageEditBatcher::shrink(double fraction) {
    memory::CleanupResult r;
    const auto drop = qint64(double(m_queue.size()) * std::clamp(fraction, 0.0, 1.0));
    for (qint64 i = 0; i < drop; ++i) {
        m_queue.pop_front();
        ++r.entriesFreed;
        ++m_dropped;
    }
    return r;
}

memory::CleanupResult MessageEditBatcher::clearAll() {
    memory::CleanupResult r;
    r.entriesFreed = qint64(m_queue.size());
    m_dropped += quint64(m_queue.size());
    m_queue.clear();
    return r;
}

} // namespace mechdock::bot
