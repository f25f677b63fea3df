// ResourceSample: CPU of the process and the machine, disk use of the data folder and network
// bytes, as one reading.
#pragma once

#include <QMetaType>
#include <QtGlobal>

namespace mechdock::monitor {

struct ResourceSample {
    qint64 epochMs = 0;
    double processCpuPercent = -1; // of one core; -1 until two readings exist
    double systemCpuPercent = -1;  // of all cores
    qint64 diskTotalBytes = 0;
    qint64 diskAvailableBytes = 0;
    double diskUsedPercent = 0;
    quint64 netReceivedBytes = 0;
    quint64 netSentBytes = 0;
};

} // namespace mechdock::monitor

Q_DECLARE_METATYPE(mechdock::monitor::ResourceSample)
