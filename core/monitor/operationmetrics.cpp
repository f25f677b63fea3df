#include "operationmetrics.h"

#include "common/clock.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace mechdock::monitor {

OperationMetrics::OperationMetrics(int ringSize, int summaryWindow, int maxOperations,
                                   const Clock *clock)
    : m_ringSize(std::max(1, ringSize))
    , m_window(std::clamp(summaryWindow, 1, std::max(1, ringSize)))
    , m_maxOperations(std::max(1, maxOperations))
    , m_clock(clock ? clock : &Clock::system()) {}

OperationMetrics &OperationMetrics::global() {
    static OperationMetrics metrics;
    return metrics;
}

void OperationMetrics::record(const QString &operation, double durationMs, bool success) {
    const qint64 now = m_clock->epochMs();
    QMutexLocker lock(&m_mutex);
    auto it = m_rings.find(operation);
    if (it == m_rings.end()) {
        // A flood of distinct names (say, a route with an id in it) must not grow without bound:
        // past the cap, new names are folded into one overflow entry.
        if (m_rings.size() >= m_maxOperations) {
            it = m_rings.find(QStringLiteral("(other)"));
            if (it == m_rings.end())
                it = m_rings.insert(QStringLiteral("(other)"), Ring{});
        } else {
            it = m_rings.insert(operation, Ring{});
        }
    }
    Ring &ring = *it;
    const OperationSample sample{now, durationMs, success};
    if (ring.samples.size() < size_t(m_ringSize)) {
        // The ring grows with use up to its size: an operation seen a few times (an update, a
        // restore) holds a few samples, not a full window of 24 KB.
        if (ring.samples.size() == ring.samples.capacity())
            ring.samples.reserve(
                std::min(size_t(m_ringSize), std::max<size_t>(16, ring.samples.capacity() * 2)));
        ring.samples.push_back(sample);
    } else {
        ring.samples[size_t(ring.next)] = sample;
    }
    ring.next = (ring.next + 1) % m_ringSize;
    ring.filled = std::min(ring.filled + 1, m_ringSize);
    ++ring.total;
    ring.totalMs += durationMs;
    if (!success)
        ++ring.failures;
}

OperationSummary OperationMetrics::summarize(const QString &name, const Ring &ring) const {
    OperationSummary s;
    s.name = name;
    s.totalCount = ring.total;
    s.totalFailures = ring.failures;
    s.totalDurationMs = ring.totalMs;
    const int n = std::min(ring.filled, m_window);
    s.windowCount = n;
    if (n == 0)
        return s;
    std::vector<double> durations;
    durations.reserve(size_t(n));
    int ok = 0;
    double sum = 0;
    for (int i = 1; i <= n; ++i) {
        const int idx = (ring.next - i + m_ringSize) % m_ringSize;
        const OperationSample &sample = ring.samples[size_t(idx)];
        if (i == 1)
            s.lastEpochMs = sample.epochMs;
        durations.push_back(sample.durationMs);
        sum += sample.durationMs;
        ok += sample.success ? 1 : 0;
    }
    std::sort(durations.begin(), durations.end());
    // Nearest-rank percentile: the smallest value with at least p% of samples at or below it.
    auto rank = [&](double p) {
        const auto k = size_t(std::ceil(p / 100.0 * double(n)));
        return durations[std::clamp<size_t>(k, 1, size_t(n)) - 1];
    };
    s.averageMs = sum / n;
    s.minMs = durations.front();
    s.maxMs = durations.back();
    s.p50Ms = rank(50);
    s.p95Ms = rank(95);
    s.p99Ms = rank(99);
    s.successRate = double(ok) / n;
    return s;
}

OperationSummary OperationMetrics::summary(const QString &operation) const {
    QMutexLocker lock(&m_mutex);
    auto it = m_rings.constFind(operation);
    if (it == m_rings.cend()) {
        OperationSummary empty;
        empty.name = operation;
        return empty;
    }
    return summarize(operation, *it);
}

QList<OperationSummary> OperationMetrics::summaries() const {
    QMutexLocker lock(&m_mutex);
    QList<OperationSummary> out;
    out.reserve(m_rings.size());
    for (auto it = m_rings.cbegin(); it != m_rings.cend(); ++it)
        out.append(summarize(it.key(), it.value()));
    std::sort(out.begin(), out.end(),
              [](const OperationSummary &a, const OperationSummary &b) { return a.name < b.name; });
    return out;
}

QList<OperationSample> OperationMetrics::samples(const QString &operation) const {
    QMutexLocker lock(&m_mutex);
    QList<OperationSample> out;
    auto it = m_rings.constFind(operation);
    if (it == m_rings.cend())
        return out;
    const Ring &ring = *it;
    out.reserve(ring.filled);
    for (int i = ring.filled; i >= 1; --i)
        out.append(ring.samples[size_t((ring.next - i + m_ringSize) % m_ringSize)]);
    return out;
}

void OperationMetrics::clear() {
    QMutexLocker lock(&m_mutex);
    m_rings.clear();
}

OperationMetrics::Timer::Timer(OperationMetrics &metrics, QString operation)
    : m_metrics(metrics)
    , m_operation(std::move(operation)) {
    m_elapsed.start();
}

OperationMetrics::Timer::~Timer() {
    m_metrics.record(m_operation, double(m_elapsed.nsecsElapsed()) / 1e6, m_success);
}

} // namespace mechdock::monitor
