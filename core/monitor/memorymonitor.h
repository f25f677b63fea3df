// MemoryMonitor: samples memory on a timer (5 s), turns it into a pressure level against the
// effective limit (the smallest of system memory, the cgroup limit and MEMORY_THRESHOLD_MB) and
// acts: Medium sweeps expired entries, High halves every registered cache and returns free heap
// to the system, Critical clears caches, pauses optional work and raises an alert. Keeps the
// last 100 samples and a one-point-a-minute 24-hour history, both bounded.
#pragma once

#include "memoryreader.h"
#include "memorysample.h"
#include "pressuretracker.h"

#include "memory/cacheregistry.h"

#include <QList>
#include <QMap>
#include <QObject>
#include <QTimer>

#include <deque>

namespace mechdock {
class Clock;
}

namespace mechdock::monitor {

struct MemoryMonitorSettings {
    int intervalMs = 5000;
    qint64 thresholdBytes = 800LL * 1024 * 1024;
    bool sweepAtMedium = true;
    bool shrinkAtHigh = true;
    bool clearAtCritical = true;
    double checkpointGrowthAlertPercent = 20.0; // seed 001
};

struct CleanupReport {
    qint64 entriesFreed = 0;
    qint64 bytesFreed = 0;
    qint64 rssBefore = 0;
    qint64 rssAfter = 0;
    qint64 heapBefore = -1;
    qint64 heapAfter = -1;
};

struct CheckpointDelta {
    QString from;
    QString to;
    qint64 rssDelta = 0;
    double rssGrowthPercent = 0;
    qint64 heapDelta = 0;
};

class MemoryMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kRecentSamples = 100;
    static constexpr int kDayMinutes = 1440;

    MemoryMonitor(MemoryMonitorSettings settings, memory::CacheRegistry &registry,
                  MemoryReader reader = MemoryReader(), const Clock *clock = nullptr,
                  QObject *parent = nullptr);

    void start();
    void stop();
    void setSettings(const MemoryMonitorSettings &settings);

    MemorySample sampleNow();
    MemorySample last() const { return m_last; }
    QList<MemorySample> recent() const;
    QList<MemorySample> day() const;
    CleanupReport forceCleanup();

    // Seed 001: named snapshots, and the change between two of them.
    void checkpoint(const QString &name);
    std::optional<CheckpointDelta> delta(const QString &from, const QString &to) const;

signals:
    void sampled(const mechdock::monitor::MemorySample &sample);
    void pressureChanged(mechdock::monitor::PressureLevel level);
    void pauseOptionalWork(bool paused);
    void alert(const QString &source, const QString &message, bool critical);

private:
    MemorySample derive(MemorySample s);
    void act(PressureLevel level, PressureLevel previous);

    MemoryMonitorSettings m_settings;
    memory::CacheRegistry &m_registry;
    MemoryReader m_reader;
    const Clock *m_clock;
    QTimer m_timer;
    PressureTracker m_tracker;
    MemorySample m_last;
    std::deque<MemorySample> m_recent;
    std::deque<MemorySample> m_day;
    qint64 m_lastMinute = -1;
    QMap<QString, MemorySample> m_checkpoints;
    QString m_lastCheckpoint;
    bool m_paused = false;
};

} // namespace mechdock::monitor
