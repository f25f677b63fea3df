// ResourceMonitor: CPU (process and system, from /proc deltas), disk use of the data folder and
// network bytes, sampled on a timer; readings above the thresholds (seed 002: warning 70 %,
// critical 85 %, emergency 95 %) become alerts. Keeps the last 100 readings.
#pragma once

#include "alertcenter.h"
#include "resourcesample.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <deque>

namespace mechdock::monitor {

struct ResourceThresholds {
    double warning = 70;
    double critical = 85;
    double emergency = 95;
};

class ResourceMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kHistory = 100;

    ResourceMonitor(QString dataDir, AlertCenter *alerts, ResourceThresholds thresholds = {},
                    QString procRoot = QStringLiteral("/"), QObject *parent = nullptr);

    void start(int intervalMs = 5000);
    void stop();
    ResourceSample sampleNow();
    ResourceSample last() const { return m_history.empty() ? ResourceSample{} : m_history.back(); }
    QList<ResourceSample> history() const;

    // Parsers, public for tests: "cpu  user nice system idle iowait irq softirq steal" totals,
    // utime+stime of /proc/self/stat, and /proc/net/dev summed over interfaces but lo.
    static bool parseSystemCpu(const QByteArray &procStat, quint64 *busy, quint64 *total);
    static bool parseProcessCpu(const QByteArray &selfStat, quint64 *ticks);
    static bool parseNetDev(const QByteArray &netDev, quint64 *received, quint64 *sent);

signals:
    void sampled(const mechdock::monitor::ResourceSample &sample);

private:
    void check(const QString &key, const QString &what, double percent);

    QString m_dataDir;
    AlertCenter *m_alerts;
    ResourceThresholds m_thresholds;
    QString m_root;
    QTimer m_timer;
    std::deque<ResourceSample> m_history;
    quint64 m_lastBusy = 0;
    quint64 m_lastTotal = 0;
    quint64 m_lastProcessTicks = 0;
    qint64 m_lastMonotonicNs = 0;
    bool m_havePrevious = false;
};

} // namespace mechdock::monitor
