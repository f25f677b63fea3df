#include "latencyhistory.h"

#include <algorithm>

namespace mechdock::ui {

void LatencyHistory::add(qint64 epochMs, double latencyMs) {
    if (latencyMs < 0)
        return;
    if (!m_points.empty() && epochMs <= m_points.back().epochMs) {
        m_points.back().latencyMs = latencyMs;
        return;
    }
    m_points.push_back({epochMs, latencyMs});
    while (int(m_points.size()) > kCapacity)
        m_points.pop_front();
}

QList<LatencyPoint> LatencyHistory::points() const {
    return QList<LatencyPoint>(m_points.begin(), m_points.end());
}

double LatencyHistory::minimum() const {
    if (m_points.empty())
        return -1;
    return std::min_element(m_points.begin(), m_points.end(),
                            [](const LatencyPoint &a, const LatencyPoint &b) {
                                return a.latencyMs < b.latencyMs;
                            })
        ->latencyMs;
}

double LatencyHistory::maximum() const {
    if (m_points.empty())
        return -1;
    return std::max_element(m_points.begin(), m_points.end(),
                            [](const LatencyPoint &a, const LatencyPoint &b) {
                                return a.latencyMs < b.latencyMs;
                            })
        ->latencyMs;
}

double LatencyHistory::average() const {
    if (m_points.empty())
        return -1;
    double sum = 0;
    for (const LatencyPoint &p : m_points)
        sum += p.latencyMs;
    return sum / double(m_points.size());
}

} // namespace mechdock::ui
