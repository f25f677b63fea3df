#include "resourcemonitor.h"

#include "common/kernelfile.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mechdock::monitor {

namespace {
// Nanoseconds: two readings can be less than a millisecond apart.
qint64 monotonicNs() {
    static QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.nsecsElapsed();
}
} // namespace

ResourceMonitor::ResourceMonitor(QString dataDir, AlertCenter *alerts,
                                 ResourceThresholds thresholds, QString procRoot, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_alerts(alerts)
    , m_thresholds(thresholds)
    , m_root(std::move(procRoot))
    , m_timer(this) {
    qRegisterMetaType<ResourceSample>();
    connect(&m_timer, &QTimer::timeout, this, [this] { sampleNow(); });
}

void ResourceMonitor::start(int intervalMs) {
    m_timer.start(std::max(100, intervalMs));
    sampleNow();
    // CPU needs two readings: take the second soon instead of a full interval later.
    QTimer::singleShot(1000, this, [this] {
        if (m_timer.isActive())
            sampleNow();
    });
}

void ResourceMonitor::stop() {
    m_timer.stop();
}

bool ResourceMonitor::parseSystemCpu(const QByteArray &procStat, quint64 *busy, quint64 *total) {
    for (const QByteArray &line : procStat.split('\n')) {
        if (!line.startsWith("cpu "))
            continue;
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() < 5)
            return false;
        quint64 sum = 0;
        for (int i = 1; i < f.size() && i <= 8; ++i)
            sum += f.at(i).toULongLong();
        const quint64 idle = f.at(4).toULongLong() + (f.size() > 5 ? f.at(5).toULongLong() : 0);
        *total = sum;
        *busy = sum - idle;
        return true;
    }
    return false;
}

bool ResourceMonitor::parseProcessCpu(const QByteArray &selfStat, quint64 *ticks) {
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const int close = selfStat.lastIndexOf(')');
    if (close < 0)
        return false;
    const QList<QByteArray> f = selfStat.mid(close + 2).simplified().split(' ');
    // After ")" come state(3) ... utime is field 14, stime 15 (1-based over the whole line).
    if (f.size() < 13)
        return false;
    *ticks = f.at(11).toULongLong() + f.at(12).toULongLong();
    return true;
}

bool ResourceMonitor::parseNetDev(const QByteArray &netDev, quint64 *received, quint64 *sent) {
    quint64 rx = 0;
    quint64 tx = 0;
    bool any = false;
    for (const QByteArray &line : netDev.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        if (name == "lo" || name.contains('|'))
            continue;
        const QList<QByteArray> f = line.mid(colon + 1).simplified().split(' ');
        if (f.size() < 9)
            continue;
        rx += f.at(0).toULongLong();
        tx += f.at(8).toULongLong();
        any = true;
    }
    *received = rx;
    *sent = tx;
    return any;
}

void ResourceMonitor::check(const QString &key, const QString &what, double percent) {
    if (!m_alerts || percent < m_thresholds.warning)
        return;
    const AlertSeverity severity = percent >= m_thresholds.emergency  ? AlertSeverity::Emergency
                                   : percent >= m_thresholds.critical ? AlertSeverity::Critical
                                                                      : AlertSeverity::Warning;
    m_alerts->raise(Alert{severity, QStringLiteral("resources"), key,
                          tr("%1 at %2 %").arg(what).arg(percent, 0, 'f', 0), 0});
}

ResourceSample ResourceMonitor::sampleNow() {
    ResourceSample s;
    s.epochMs = QDateTime::currentMSecsSinceEpoch();
    quint64 busy = 0, total = 0, ticks = 0;
    const bool haveSystem =
        parseSystemCpu(KernelFile::read(m_root + QStringLiteral("/proc/stat")), &busy, &total);
    const bool haveProcess =
        parseProcessCpu(KernelFile::read(m_root + QStringLiteral("/proc/self/stat")), &ticks);
    const qint64 now = monotonicNs();
    if (m_havePrevious && haveSystem && total > m_lastTotal)
        s.systemCpuPercent = 100.0 * double(busy - m_lastBusy) / double(total - m_lastTotal);
    if (m_havePrevious && haveProcess && now > m_lastMonotonicNs) {
#ifdef Q_OS_UNIX
        const double hz = double(sysconf(_SC_CLK_TCK));
#else
        const double hz = 100.0;
#endif
        s.processCpuPercent = 100.0 * (double(ticks - m_lastProcessTicks) / hz) /
                              (double(now - m_lastMonotonicNs) / 1e9);
    }
    m_havePrevious = haveSystem || haveProcess;
    m_lastBusy = busy;
    m_lastTotal = total;
    m_lastProcessTicks = ticks;
    m_lastMonotonicNs = now;

    const QStorageInfo storage(m_dataDir);
    if (storage.isValid() && storage.bytesTotal() > 0) {
        s.diskTotalBytes = storage.bytesTotal();
        s.diskAvailableBytes = storage.bytesAvailable();
        s.diskUsedPercent =
            100.0 * double(s.diskTotalBytes - s.diskAvailableBytes) / double(s.diskTotalBytes);
    }
    parseNetDev(KernelFile::read(m_root + QStringLiteral("/proc/net/dev")), &s.netReceivedBytes,
                &s.netSentBytes);

    if (s.systemCpuPercent >= 0)
        check(QStringLiteral("cpu.system"), tr("System CPU"), s.systemCpuPercent);
    check(QStringLiteral("disk.data"), tr("Disk of the data folder"), s.diskUsedPercent);
    m_history.push_back(s);
    while (int(m_history.size()) > kHistory)
        m_history.pop_front();
    emit sampled(s);
    return s;
}

QList<ResourceSample> ResourceMonitor::history() const {
    return QList<ResourceSample>(m_history.begin(), m_history.end());
}

} // namespace mechdock::monitor
