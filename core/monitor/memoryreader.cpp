#include "memoryreader.h"

#include "common/kernelfile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif
#ifdef Q_OS_WIN
#include <psapi.h>
#include <windows.h>
#endif

namespace mechdock::monitor {

namespace {
qint64 readNumber(const QString &path) {
    const QByteArray text = KernelFile::read(path).trimmed();
    if (text.isEmpty() || text == "max")
        return -1;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    return ok ? v : -1;
}
} // namespace

MemoryReader::MemoryReader(QString root)
    : m_root(std::move(root)) {}

qint64 MemoryReader::statusField(const QByteArray &status, const QByteArray &field) {
    for (const QByteArray &line : status.split('\n')) {
        if (!line.startsWith(field))
            continue;
        const QList<QByteArray> parts = line.mid(field.size()).simplified().split(' ');
        bool ok = false;
        const qint64 v = parts.value(0).toLongLong(&ok);
        if (!ok)
            return -1;
        return parts.value(1).toLower() == "kb" ? v * 1024 : v;
    }
    return -1;
}

qint64 MemoryReader::meminfoField(const QByteArray &meminfo, const QByteArray &field) {
    return statusField(meminfo, field);
}

CgroupMemory MemoryReader::readCgroup(const QString &root) {
    CgroupMemory m;
    const QDir base(root + QStringLiteral("/sys/fs/cgroup"));
    // cgroup v2: the unified hierarchy as seen from inside the container.
    if (QFile::exists(base.filePath(QStringLiteral("memory.max"))) ||
        QFile::exists(base.filePath(QStringLiteral("memory.current")))) {
        m.limitBytes = readNumber(base.filePath(QStringLiteral("memory.max")));
        m.usageBytes = readNumber(base.filePath(QStringLiteral("memory.current")));
        return m;
    }
    // cgroup v1: "no limit" is a huge number near LONG_MAX rounded to the page size.
    const QString v1 = base.filePath(QStringLiteral("memory"));
    if (QFile::exists(v1 + QStringLiteral("/memory.limit_in_bytes"))) {
        qint64 limit = readNumber(v1 + QStringLiteral("/memory.limit_in_bytes"));
        if (limit >= (qint64(1) << 60))
            limit = -1;
        m.limitBytes = limit;
        m.usageBytes = readNumber(v1 + QStringLiteral("/memory.usage_in_bytes"));
    }
    return m;
}

qint64 MemoryReader::heapInUse() {
#if defined(Q_OS_LINUX) && defined(__GLIBC__) && (__GLIBC__ > 2 || __GLIBC_MINOR__ >= 33)
    const struct mallinfo2 info = mallinfo2();
    return qint64(info.uordblks + info.hblkhd);
#else
    return -1;
#endif
}

MemorySample MemoryReader::read() const {
    MemorySample s;
    s.epochMs = QDateTime::currentMSecsSinceEpoch();
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS_EX pmc{};
    if (GetProcessMemoryInfo(GetCurrentProcess(), reinterpret_cast<PROCESS_MEMORY_COUNTERS *>(&pmc),
                             sizeof(pmc))) {
        s.rssBytes = qint64(pmc.WorkingSetSize);
        s.peakRssBytes = qint64(pmc.PeakWorkingSetSize);
        s.virtualBytes = qint64(pmc.PrivateUsage);
    }
    MEMORYSTATUSEX status{};
    status.dwLength = sizeof(status);
    if (GlobalMemoryStatusEx(&status)) {
        s.systemTotalBytes = qint64(status.ullTotalPhys);
        s.systemAvailableBytes = qint64(status.ullAvailPhys);
    }
#else
    const QByteArray status = KernelFile::read(m_root + QStringLiteral("/proc/self/status"));
    s.rssBytes = std::max<qint64>(0, statusField(status, "VmRSS:"));
    s.peakRssBytes = std::max<qint64>(s.rssBytes, statusField(status, "VmHWM:"));
    s.virtualBytes = std::max<qint64>(0, statusField(status, "VmSize:"));
    const QByteArray meminfo = KernelFile::read(m_root + QStringLiteral("/proc/meminfo"));
    s.systemTotalBytes = std::max<qint64>(0, meminfoField(meminfo, "MemTotal:"));
    s.systemAvailableBytes = std::max<qint64>(0, meminfoField(meminfo, "MemAvailable:"));
    const CgroupMemory cg = readCgroup(m_root);
    s.cgroupLimitBytes = cg.limitBytes;
    s.cgroupUsageBytes = cg.usageBytes;
#endif
    s.heapInUseBytes = heapInUse();
    return s;
}

} // namespace mechdock::monitor
