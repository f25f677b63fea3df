#include "logring.h"

#include <algorithm>

namespace mechdock::logging {

namespace {
qint64 costOf(const LogRecord &r) {
    return qint64(sizeof(LogRecord)) + (r.message.size() + r.category.size()) * 2;
}
} // namespace

LogRing::LogRing(int capacity)
    : m_capacity(std::max(1, capacity)) {}

void LogRing::append(LogRecord record) {
    QMutexLocker lock(&m_mutex);
    record.sequence = m_next++;
    m_bytes += costOf(record);
    m_records.push_back(std::move(record));
    ++m_inserts;
    trimLocked(m_capacity, nullptr);
}

void LogRing::trimLocked(int capacity, memory::CleanupResult *result) {
    while (int(m_records.size()) > capacity) {
        const qint64 cost = costOf(m_records.front());
        m_bytes -= cost;
        m_records.pop_front();
        ++m_evictions;
        if (result) {
            ++result->entriesFreed;
            result->bytesFreed += cost;
        }
    }
}

QList<LogRecord> LogRing::since(quint64 sequence, int max) const {
    QMutexLocker lock(&m_mutex);
    QList<LogRecord> out;
    auto it = std::upper_bound(m_records.begin(), m_records.end(), sequence,
                               [](quint64 s, const LogRecord &r) { return s < r.sequence; });
    const auto available = std::distance(it, m_records.end());
    if (available > max)
        it += available - max;
    for (; it != m_records.end(); ++it)
        out.append(*it);
    return out;
}

quint64 LogRing::lastSequence() const {
    QMutexLocker lock(&m_mutex);
    return m_next - 1;
}

void LogRing::setCapacity(int capacity) {
    QMutexLocker lock(&m_mutex);
    m_capacity = std::max(1, capacity);
    trimLocked(m_capacity, nullptr);
}

memory::CacheStats LogRing::stats() const {
    QMutexLocker lock(&m_mutex);
    memory::CacheStats s;
    s.kind = memory::ContainerKind::Queue;
    s.entries = qint64(m_records.size());
    s.bytes = m_bytes;
    s.maxEntries = m_capacity;
    s.inserts = m_inserts;
    s.evictions = m_evictions;
    s.highWater = m_capacity;
    return s;
}

memory::CleanupResult LogRing::shrink(double fraction) {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    const int keep = int(double(m_records.size()) * (1.0 - std::clamp(fraction, 0.0, 1.0)));
    trimLocked(keep, &r);
    return r;
}

memory::CleanupResult LogRing::clearAll() {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    trimLocked(0, &r);
    return r;
}

} // namespace mechdock::logging
