// LatencyHistory: the Discord page's own bounded record of the gateway latency, one point per
// snapshot (about one a second), at most kCapacity points (ten minutes). Snapshots carry only
// the latest value, so the panel keeps the curve. Readings while the bot is not connected are
// not points: the chart shows a gap in time instead of a made-up zero.
#pragma once

#include <QList>
#include <QtGlobal>

#include <deque>

namespace mechdock::ui {

struct LatencyPoint {
    qint64 epochMs = 0;
    double latencyMs = 0;
};

class LatencyHistory {
public:
    static constexpr int kCapacity = 600;
    static constexpr qint64 kSpanMs = 10 * 60'000;

    // Ignores negative latencies (not measured yet). A reading at or before the last one's time
    // replaces it, so a burst of snapshots cannot crowd the window.
    void add(qint64 epochMs, double latencyMs);
    QList<LatencyPoint> points() const;
    int size() const { return int(m_points.size()); }
    bool isEmpty() const { return m_points.empty(); }
    void clear() { m_points.clear(); }

    // Over the points held; -1 when there are none.
    double minimum() const;
    double maximum() const;
    double average() const;

private:
    std::deque<LatencyPoint> m_points;
};

} // namespace mechdock::ui
