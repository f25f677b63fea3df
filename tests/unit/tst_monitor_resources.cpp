// Resource monitoring and alerts: /proc parsers on fixture text, CPU from two readings, disk of
// a folder, thresholds turned into alerts, the alert cool-down (with escalation passing it) and
// the bounded history.
#include "common/clock.h"
#include "monitor/alertcenter.h"
#include "monitor/resourcemonitor.h"

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
} // namespace

class TestMonitorResources : public QObject {
    Q_OBJECT
private slots:
    void parsers() {
        quint64 busy = 0, total = 0;
        QVERIFY(ResourceMonitor::parseSystemCpu("cpu  100 0 50 800 50 0 0 0 0 0\ncpu0 1 2 3 4\n",
                                                &busy, &total));
        QCOMPARE(total, quint64(1000));
        QCOMPARE(busy, quint64(150));
        quint64 ticks = 0;
        QVERIFY(ResourceMonitor::parseProcessCpu(
            "42 (my (odd) name) S 1 42 42 0 -1 4194560 100 0 0 0 250 50 0 0 20 0 4 0 100 1000 200",
            &ticks));
        QCOMPARE(ticks, quint64(300));
        QVERIFY(!ResourceMonitor::parseProcessCpu("garbage", &ticks));
        quint64 rx = 0, tx = 0;
        QVERIFY(ResourceMonitor::parseNetDev(
            "Inter-|   Receive |  Transmit\n face |bytes packets|bytes\n"
            "    lo: 999 1 0 0 0 0 0 0 999 1 0 0 0 0 0 0\n"
            "  eth0: 1000 10 0 0 0 0 0 0 2000 20 0 0 0 0 0 0\n"
            "  eth1: 5 1 0 0 0 0 0 0 7 1 0 0 0 0 0 0\n",
            &rx, &tx));
        QCOMPARE(rx, quint64(1005));
        QCOMPARE(tx, quint64(2007));
    }

    void cpuFromTwoReadingsAndAlerts() {
        QTemporaryDir root;
        write(root.filePath(QStringLiteral("proc/stat")), "cpu  100 0 0 900 0 0 0 0\n");
        write(root.filePath(QStringLiteral("proc/self/stat")),
              "1 (m) S 1 1 1 0 -1 0 0 0 0 0 10 0 0 0");
        write(root.filePath(QStringLiteral("proc/net/dev")), "eth0: 1 0 0 0 0 0 0 0 2 0\n");
        ManualClock clock;
        AlertCenter alerts(&clock);
        QSignalSpy raised(&alerts, &AlertCenter::alertRaised);
        ResourceMonitor monitor(root.path(), &alerts, {}, root.path());
        QCOMPARE(monitor.sampleNow().systemCpuPercent, -1.0); // needs two readings
        // 900 busy of 1000 more ticks: 90 % -> critical.
        write(root.filePath(QStringLiteral("proc/stat")), "cpu  1000 0 0 1000 0 0 0 0\n");
        const ResourceSample s = monitor.sampleNow();
        QCOMPARE(qRound(s.systemCpuPercent), 90);
        QVERIFY(s.processCpuPercent >= 0);
        QVERIFY(s.diskTotalBytes > 0);
        QCOMPARE(s.netSentBytes, quint64(2));
        // The data folder's disk may raise its own alert on a full build machine: look for
        // the CPU one.
        Alert a;
        for (const QList<QVariant> &args : std::as_const(raised)) {
            const Alert candidate = args.first().value<Alert>();
            if (candidate.key == QStringLiteral("cpu.system"))
                a = candidate;
        }
        QCOMPARE(a.key, QStringLiteral("cpu.system"));
        QCOMPARE(a.severity, AlertSeverity::Critical);
        QVERIFY(a.message.contains(QStringLiteral("90")));
        for (int i = 0; i < 150; ++i)
            monitor.sampleNow();
        QCOMPARE(monitor.history().size(), ResourceMonitor::kHistory);
    }

    void alertCooldownAndEscalation() {
        ManualClock clock;
        AlertCenter alerts(&clock, 60000, 5);
        const Alert warn{AlertSeverity::Warning, QStringLiteral("cpu"), QStringLiteral("k"),
                         QStringLiteral("busy"), 0};
        QVERIFY(alerts.raise(warn));
        QVERIFY(!alerts.raise(warn));
        clock.advanceMs(30000);
        QVERIFY(!alerts.raise(warn));
        Alert worse = warn;
        worse.severity = AlertSeverity::Emergency;
        QVERIFY(alerts.raise(worse)); // escalation is never held back
        clock.advanceMs(60000);
        QVERIFY(alerts.raise(warn));
        QCOMPARE(alerts.suppressed(), quint64(2));
        Alert other = warn;
        other.key = QStringLiteral("other");
        QVERIFY(alerts.raise(other));
        for (int i = 0; i < 20; ++i) {
            other.key = QString::number(i);
            alerts.raise(other);
        }
        QCOMPARE(alerts.history().size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestMonitorResources)
#include "tst_monitor_resources.moc"
