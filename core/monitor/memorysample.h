// MemorySample: one reading of the process's and the machine's memory, and the pressure level
// derived from it. Plain values for snapshots, charts and /health/memory.
#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

namespace mechdock::monitor {

enum class PressureLevel { Low = 0, Medium = 1, High = 2, Critical = 3 };

QString pressureName(PressureLevel level); // "Low", "Medium", "High", "Critical"

struct MemorySample {
    qint64 epochMs = 0;
    qint64 rssBytes = 0;
    qint64 peakRssBytes = 0;
    qint64 virtualBytes = 0;
    qint64 heapInUseBytes = -1; // -1: not available on this platform
    qint64 systemTotalBytes = 0;
    qint64 systemAvailableBytes = 0;
    qint64 cgroupLimitBytes = -1; // -1: no limit (or not in a container)
    qint64 cgroupUsageBytes = -1;
    qint64 thresholdBytes = 0; // MEMORY_THRESHOLD_MB
    qint64 effectiveLimitBytes = 0;
    double usagePercent = 0; // RSS against the effective limit
    PressureLevel pressure = PressureLevel::Low;
};

} // namespace mechdock::monitor

Q_DECLARE_METATYPE(mechdock::monitor::MemorySample)
