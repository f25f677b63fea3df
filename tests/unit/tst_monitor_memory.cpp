// Memory monitoring: /proc and cgroup v1, v2 and "max" parsing from fixture trees, the effective
// limit, pressure levels with hysteresis, actions on registered caches at each level, the
// bounded histories, checkpoints with the growth alert, and force cleanup.
#include "common/clock.h"
#include "memory/cacheregistry.h"
#include "monitor/memorymonitor.h"
#include "monitor/memoryreader.h"
#include "monitor/pressuretracker.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::monitor;

namespace {

void write(const QString &path, const QByteArray &text) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

void writeProc(const QString &root, qint64 rssKb, qint64 totalKb = 16 * 1024 * 1024) {
    write(root + QStringLiteral("/proc/self/status"),
          "Name:\tmechdock\nVmPeak:\t  900000 kB\nVmSize:\t  800000 kB\nVmHWM:\t  " +
              QByteArray::number(rssKb + 100) + " kB\nVmRSS:\t  " + QByteArray::number(rssKb) +
              " kB\nThreads:\t4\n");
    write(root + QStringLiteral("/proc/meminfo"),
          "MemTotal:       " + QByteArray::number(totalKb) +
              " kB\nMemFree:         100000 kB\nMemAvailable:    8000000 kB\n");
}

// A registered container that records what the monitor asked of it.
class RecordingCache : public memory::ManagedCache {
public:
    int sweeps = 0;
    int shrinks = 0;
    int clears = 0;
    memory::CacheStats stats() const override { return {}; }
    memory::CleanupResult sweepExpired() override {
        ++sweeps;
        return {1, 10};
    }
    memory::CleanupResult shrink(double) override {
        ++shrinks;
        return {2, 20};
    }
    memory::CleanupResult clearAll() override {
        ++clears;
        return {3, 30};
    }
};

} // namespace

class TestMonitorMemory : public QObject {
    Q_OBJECT
private slots:
    void parsesProcFields() {
        const QByteArray status = "VmRSS:\t  12345 kB\nVmHWM:\t 20000 kB\n";
        QCOMPARE(MemoryReader::statusField(status, "VmRSS:"), qint64(12345) * 1024);
        QCOMPARE(MemoryReader::statusField(status, "VmSwap:"), qint64(-1));
        QCOMPARE(MemoryReader::statusField("VmRSS: junk kB\n", "VmRSS:"), qint64(-1));
    }

    void cgroupV2Limit() {
        QTemporaryDir root;
        write(root.filePath(QStringLiteral("sys/fs/cgroup/memory.max")), "536870912\n");
        write(root.filePath(QStringLiteral("sys/fs/cgroup/memory.current")), "104857600\n");
        const CgroupMemory m = MemoryReader::readCgroup(root.path());
        QCOMPARE(m.limitBytes, qint64(512) * 1024 * 1024);
        QCOMPARE(m.usageBytes, qint64(100) * 1024 * 1024);
    }

    void cgroupV2Max() {
        QTemporaryDir root;
        write(root.filePath(QStringLiteral("sys/fs/cgroup/memory.max")), "max\n");
        write(root.filePath(QStringLiteral("sys/fs/cgroup/memory.current")), "4096\n");
        const CgroupMemory m = MemoryReader::readCgroup(root.path());
        QCOMPARE(m.limitBytes, qint64(-1));
        QCOMPARE(m.usageBytes, qint64(4096));
    }

    void cgroupV1LimitAndUnlimited() {
        QTemporaryDir root;
        write(root.filePath(QStringLiteral("sys/fs/cgroup/memory/memory.limit_in_bytes")),
              "268435456\n");
        write(root.filePath(QStringLiteral("sys/fs/cgroup/memory/memory.usage_in_bytes")),
              "1000\n");
        QCOMPARE(MemoryReader::readCgroup(root.path()).limitBytes, qint64(256) * 1024 * 1024);
        write(root.filePath(QStringLiteral("sys/fs/cgroup/memory/memory.limit_in_bytes")),
              "9223372036854771712\n");
        QCOMPARE(MemoryReader::readCgroup(root.path()).limitBytes, qint64(-1));
        QTemporaryDir none;
        QCOMPARE(MemoryReader::readCgroup(none.path()).limitBytes, qint64(-1));
    }

    void effectiveLimitIsTheSmallest() {
        QTemporaryDir root;
        writeProc(root.path(), 100 * 1024);
        write(root.filePath(QStringLiteral("sys/fs/cgroup/memory.max")), "314572800\n"); // 300 MiB
        memory::CacheRegistry registry;
        MemoryMonitorSettings settings;
        settings.thresholdBytes = 800LL << 20;
        ManualClock clock;
        MemoryMonitor monitor(settings, registry, MemoryReader(root.path()), &clock);
        const MemorySample s = monitor.sampleNow();
        QCOMPARE(s.rssBytes, qint64(100) << 20);
        QCOMPARE(s.effectiveLimitBytes, qint64(300) << 20);
        QCOMPARE(qRound(s.usagePercent), 33);
        QCOMPARE(s.pressure, PressureLevel::Low);
        settings.thresholdBytes = 150LL << 20;
        monitor.setSettings(settings);
        QCOMPARE(monitor.sampleNow().effectiveLimitBytes, qint64(150) << 20);
    }

    void pressureLevelsAndHysteresis() {
        PressureTracker t(5.0);
        QCOMPARE(t.update(10), PressureLevel::Low);
        QCOMPARE(t.update(50), PressureLevel::Medium);
        QCOMPARE(t.update(49), PressureLevel::Medium); // not below 45 yet
        QCOMPARE(t.update(46), PressureLevel::Medium);
        QCOMPARE(t.update(44.9), PressureLevel::Low);
        QCOMPARE(t.update(86), PressureLevel::Critical);
        QCOMPARE(t.update(82), PressureLevel::Critical);
        QCOMPARE(t.update(79), PressureLevel::High);
        QCOMPARE(t.update(10), PressureLevel::Low);
        QCOMPARE(PressureTracker::levelFor(69.9), PressureLevel::Medium);
        QCOMPARE(PressureTracker::levelFor(70), PressureLevel::High);
        QCOMPARE(PressureTracker::levelFor(85), PressureLevel::Critical);
    }

    void actionsFollowTheLevel() {
        QTemporaryDir root;
        memory::CacheRegistry registry;
        RecordingCache cache;
        auto reg = registry.add(QStringLiteral("recording"), &cache);
        MemoryMonitorSettings settings;
        settings.thresholdBytes = 100LL << 20;
        ManualClock clock;
        MemoryMonitor monitor(settings, registry, MemoryReader(root.path()), &clock);
        QSignalSpy changed(&monitor, &MemoryMonitor::pressureChanged);
        QSignalSpy paused(&monitor, &MemoryMonitor::pauseOptionalWork);
        QSignalSpy alerts(&monitor, &MemoryMonitor::alert);

        writeProc(root.path(), 40 * 1024); // 40 %
        monitor.sampleNow();
        QCOMPARE(cache.sweeps + cache.shrinks + cache.clears, 0);
        writeProc(root.path(), 60 * 1024); // Medium: sweep
        monitor.sampleNow();
        QCOMPARE(cache.sweeps, 1);
        QCOMPARE(cache.shrinks, 0);
        writeProc(root.path(), 75 * 1024); // High: sweep + shrink
        monitor.sampleNow();
        QCOMPARE(cache.shrinks, 1);
        QCOMPARE(cache.clears, 0);
        writeProc(root.path(), 90 * 1024); // Critical: clear, pause, alert
        monitor.sampleNow();
        QCOMPARE(cache.clears, 1);
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.first().first().toBool(), true);
        QCOMPARE(alerts.count(), 1);
        QVERIFY(alerts.first().at(2).toBool());
        writeProc(root.path(), 10 * 1024);
        monitor.sampleNow();
        QCOMPARE(paused.count(), 2);
        QCOMPARE(monitor.last().pressure, PressureLevel::Low);
        QCOMPARE(changed.count(), 4);
        // Each action can be turned off.
        settings.clearAtCritical = false;
        monitor.setSettings(settings);
        writeProc(root.path(), 95 * 1024);
        monitor.sampleNow();
        QCOMPARE(cache.clears, 1);
    }

    void historiesStayBounded() {
        QTemporaryDir root;
        writeProc(root.path(), 1024);
        memory::CacheRegistry registry;
        ManualClock clock;
        MemoryMonitor monitor(MemoryMonitorSettings{}, registry, MemoryReader(root.path()), &clock);
        for (int i = 0; i < 3 * 24 * 60 * 12; ++i) { // three days of 5 s samples
            clock.advanceMs(5000);
            monitor.sampleNow();
        }
        QCOMPARE(monitor.recent().size(), MemoryMonitor::kRecentSamples);
        QCOMPARE(monitor.day().size(), MemoryMonitor::kDayMinutes);
        const auto day = monitor.day();
        QCOMPARE(day.last().epochMs - day.first().epochMs, qint64(1439) * 60000);
    }

    void checkpointsReportGrowth() {
        QTemporaryDir root;
        memory::CacheRegistry registry;
        ManualClock clock;
        MemoryMonitor monitor(MemoryMonitorSettings{}, registry, MemoryReader(root.path()), &clock);
        QSignalSpy alerts(&monitor, &MemoryMonitor::alert);
        writeProc(root.path(), 100 * 1024);
        monitor.checkpoint(QStringLiteral("start"));
        writeProc(root.path(), 110 * 1024);
        monitor.checkpoint(QStringLiteral("warm"));
        QCOMPARE(alerts.count(), 0);
        writeProc(root.path(), 150 * 1024);
        monitor.checkpoint(QStringLiteral("busy"));
        QCOMPARE(alerts.count(), 1);
        QVERIFY(alerts.first().at(1).toString().contains(QStringLiteral("warm")));
        const auto d = monitor.delta(QStringLiteral("start"), QStringLiteral("busy"));
        QVERIFY(d);
        QCOMPARE(d->rssDelta, qint64(50) << 20);
        QCOMPARE(qRound(d->rssGrowthPercent), 50);
        QVERIFY(!monitor.delta(QStringLiteral("start"), QStringLiteral("nope")));
    }

    void forceCleanupReports() {
        memory::CacheRegistry registry;
        RecordingCache a, b;
        auto ra = registry.add(QStringLiteral("a"), &a);
        auto rb = registry.add(QStringLiteral("b"), &b);
        MemoryMonitor monitor(MemoryMonitorSettings{}, registry); // the real process
        const CleanupReport r = monitor.forceCleanup();
        QCOMPARE(r.entriesFreed, qint64(2 * (1 + 3)));
        QCOMPARE(r.bytesFreed, qint64(2 * (10 + 30)));
        QVERIFY(r.rssBefore > 0);
        QVERIFY(r.rssAfter > 0);
        QCOMPARE(a.clears, 1);
    }

    void readsTheRealProcess() {
        const MemorySample s = MemoryReader().read();
        QVERIFY(s.rssBytes > 0);
        QVERIFY(s.systemTotalBytes >= s.systemAvailableBytes);
        QVERIFY(s.peakRssBytes >= s.rssBytes);
    }
};

QTEST_GUILESS_MAIN(TestMonitorMemory)
#include "tst_monitor_memory.moc"
