// MemoryReader: reads process and system memory and the cgroup limit. On Linux from /proc and
// /sys/fs/cgroup under a root folder (so tests can point it at fixtures); on Windows through
// GetProcessMemoryInfo and GlobalMemoryStatusEx.
#pragma once

#include "memorysample.h"

#include <QString>

namespace mechdock::monitor {

struct CgroupMemory {
    qint64 limitBytes = -1; // -1: unlimited ("max") or no cgroup
    qint64 usageBytes = -1;
};

class MemoryReader {
public:
    explicit MemoryReader(QString root = QStringLiteral("/"));

    // Fills every field but the derived ones (effective limit, usage, pressure).
    MemorySample read() const;

    static CgroupMemory readCgroup(const QString &root);
    // "VmRSS:  1234 kB" style lines of /proc/<pid>/status, in bytes; -1 when absent.
    static qint64 statusField(const QByteArray &status, const QByteArray &field);
    // "MemTotal:", "MemAvailable:" of /proc/meminfo, in bytes.
    static qint64 meminfoField(const QByteArray &meminfo, const QByteArray &field);
    static qint64 heapInUse();

private:
    QString m_root;
};

} // namespace mechdock::monitor
