#include "memoryhistory.h"

#include <algorithm>

namespace mechdock::ui {

qint64 MemoryHistory::spanMs(Window window) {
    switch (window) {
    case FiveMinutes:
        return 5 * 60'000;
    case OneHour:
        return 60 * 60'000;
    default:
        return 24 * 60 * 60'000;
    }
}

qint64 MemoryHistory::stepMs(Window window) {
    switch (window) {
    case FiveMinutes:
        return 1'000;
    case OneHour:
        return 10'000;
    default:
        return 5 * 60'000;
    }
}

void MemoryHistory::add(qint64 epochMs, qint64 rssBytes, qint64 heapBytes, qint64 limitBytes) {
    if (epochMs <= 0 || rssBytes <= 0)
        return;
    for (int w = 0; w < WindowCount; ++w)
        addTo(Window(w), MemoryPoint{epochMs, rssBytes, heapBytes, limitBytes});
}

void MemoryHistory::addTo(Window window, const MemoryPoint &point) {
    std::deque<MemoryPoint> &ring = m_rings[size_t(window)];
    const qint64 step = stepMs(window);
    const qint64 bucket = point.epochMs - point.epochMs % step;
    if (!ring.empty() && ring.back().epochMs == bucket) {
        MemoryPoint &p = ring.back();
        p.rssBytes = qMax(p.rssBytes, point.rssBytes);
        p.heapBytes = qMax(p.heapBytes, point.heapBytes);
        p.limitBytes = point.limitBytes; // the limit in force now
        return;
    }
    if (!ring.empty() && bucket < ring.back().epochMs)
        return; // older than what is shown (a clock step back): ignore, stay ordered
    ring.push_back(MemoryPoint{bucket, point.rssBytes, point.heapBytes, point.limitBytes});
    // Bounded by count and by age: a gap (suspend, no service) must not keep stale points.
    while (int(ring.size()) > capacity(window) || ring.front().epochMs <= bucket - spanMs(window))
        ring.pop_front();
}

void MemoryHistory::seed(QList<monitor::MemorySample> samples) {
    // The monitor keeps a per-minute day and a recent list that overlap: merge them in order.
    std::sort(samples.begin(), samples.end(),
              [](const auto &a, const auto &b) { return a.epochMs < b.epochMs; });
    // The monitor's history is older than what the panel collected since it opened: put it
    // in front, then the panel's own points again.
    for (int w = 0; w < WindowCount; ++w) {
        std::deque<MemoryPoint> own;
        own.swap(m_rings[size_t(w)]);
        for (const monitor::MemorySample &s : samples) {
            if (s.epochMs > 0 && s.rssBytes > 0 && (own.empty() || s.epochMs < own.front().epochMs))
                addTo(Window(w),
                      MemoryPoint{s.epochMs, s.rssBytes, s.heapInUseBytes, s.effectiveLimitBytes});
        }
        for (const MemoryPoint &p : own)
            addTo(Window(w), p);
    }
}

QList<MemoryPoint> MemoryHistory::points(Window window) const {
    const std::deque<MemoryPoint> &ring = m_rings[size_t(window)];
    return QList<MemoryPoint>(ring.begin(), ring.end());
}

void MemoryHistory::clear() {
    for (auto &ring : m_rings)
        ring.clear();
}

} // namespace mechdock::ui
