// MemoryHistory: the panel's own bounded memory history for the dashboard chart, one ring per
// chart window at its own resolution (5 min at 1 s, 1 h at 10 s, 24 h at 5 min: at most 300,
// 360 and 288 points). Snapshots carry only the latest reading, so the panel keeps the curve;
// seed() imports the monitor's longer history once. Within one step the highest reading wins,
// because for a memory limit the peak matters more than the mean.
#pragma once

#include "monitor/memorysample.h"

#include <QList>
#include <QtGlobal>

#include <array>
#include <deque>

namespace mechdock::ui {

struct MemoryPoint {
    qint64 epochMs = 0; // start of the step
    qint64 rssBytes = 0;
    qint64 heapBytes = -1; // -1: not available
    qint64 limitBytes = 0;
};

class MemoryHistory {
public:
    enum Window { FiveMinutes = 0, OneHour, OneDay, WindowCount };

    static qint64 spanMs(Window window);
    static qint64 stepMs(Window window);
    static int capacity(Window window) { return int(spanMs(window) / stepMs(window)); }

    void add(qint64 epochMs, qint64 rssBytes, qint64 heapBytes, qint64 limitBytes);
    void seed(QList<monitor::MemorySample> samples);
    QList<MemoryPoint> points(Window window) const;
    int size(Window window) const { return int(m_rings[size_t(window)].size()); }
    void clear();

private:
    void addTo(Window window, const MemoryPoint &point);

    std::array<std::deque<MemoryPoint>, WindowCount> m_rings;
};

} // namespace mechdock::ui
