#include "memorymonitor.h"

#include "common/clock.h"
#include "common/logcategories.h"

#include <QCoreApplication>

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <malloc.h>
#endif

#include <algorithm>

namespace mechdock::monitor {

namespace {
constexpr int kMaxCheckpoints = 50;

void trimHeap() {
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    malloc_trim(0);
#endif
}

// After a burst (a thousand interactions answered in a second) the allocator keeps the freed
// blocks in its arenas, as private dirty memory, for good. Handed back once they pass 1 MiB, so
// memory returns to its idle level within one sample of the burst's end.
void returnFreeHeap() {
#if defined(Q_OS_LINUX) && defined(__GLIBC__)
    const struct mallinfo2 info = mallinfo2();
    if (info.fordblks > 1024 * 1024)
        malloc_trim(0);
#endif
}
} // namespace

MemoryMonitor::MemoryMonitor(MemoryMonitorSettings settings, memory::CacheRegistry &registry,
                             MemoryReader reader, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_registry(registry)
    , m_reader(std::move(reader))
    , m_clock(clock ? clock : &Clock::system())
    , m_timer(this) {
    qRegisterMetaType<MemorySample>();
    connect(&m_timer, &QTimer::timeout, this, [this] { sampleNow(); });
}

void MemoryMonitor::start() {
    m_timer.start(std::max(100, m_settings.intervalMs));
    sampleNow();
}

void MemoryMonitor::stop() {
    m_timer.stop();
}

void MemoryMonitor::setSettings(const MemoryMonitorSettings &settings) {
    m_settings = settings;
    if (m_timer.isActive())
        m_timer.start(std::max(100, m_settings.intervalMs));
}

MemorySample MemoryMonitor::derive(MemorySample s) {
    s.epochMs = m_clock->epochMs();
    s.thresholdBytes = m_settings.thresholdBytes;
    qint64 limit = m_settings.thresholdBytes > 0 ? m_settings.thresholdBytes
                                                 : std::numeric_limits<qint64>::max();
    if (s.systemTotalBytes > 0)
        limit = std::min(limit, s.systemTotalBytes);
    if (s.cgroupLimitBytes > 0)
        limit = std::min(limit, s.cgroupLimitBytes);
    s.effectiveLimitBytes = limit == std::numeric_limits<qint64>::max() ? 0 : limit;
    s.usagePercent = s.effectiveLimitBytes > 0
                         ? 100.0 * double(s.rssBytes) / double(s.effectiveLimitBytes)
                         : 0.0;
    s.pressure = m_tracker.update(s.usagePercent);
    return s;
}

MemorySample MemoryMonitor::sampleNow() {
    const PressureLevel previous = m_last.epochMs == 0 ? PressureLevel::Low : m_last.pressure;
    const MemorySample s = derive(m_reader.read());
    m_last = s;
    m_recent.push_back(s);
    while (int(m_recent.size()) > kRecentSamples)
        m_recent.pop_front();
    const qint64 minute = s.epochMs / 60000;
    if (minute != m_lastMinute) {
        m_lastMinute = minute;
        m_day.push_back(s);
        while (int(m_day.size()) > kDayMinutes)
            m_day.pop_front();
    } else if (!m_day.empty()) {
        // Within a minute keep the highest reading: peaks matter more than the last value.
        if (s.rssBytes > m_day.back().rssBytes)
            m_day.back() = s;
    }
    if (s.pressure != previous)
        emit pressureChanged(s.pressure);
    act(s.pressure, previous);
    returnFreeHeap();
    emit sampled(s);
    return s;
}

void MemoryMonitor::act(PressureLevel level, PressureLevel previous) {
    if (level >= PressureLevel::Medium && m_settings.sweepAtMedium)
        m_registry.sweepExpired();
    if (level >= PressureLevel::High && m_settings.shrinkAtHigh) {
        const memory::CleanupResult r = m_registry.shrink(0.5);
        trimHeap();
        if (previous < PressureLevel::High)
            qCWarning(lcMemory).noquote()
                << tr("Memory pressure high: halved the caches (%1 entries freed)")
                       .arg(r.entriesFreed);
    }
    if (level == PressureLevel::Critical) {
        if (m_settings.clearAtCritical)
            m_registry.clearAll();
        trimHeap();
        if (previous != PressureLevel::Critical)
            emit alert(QStringLiteral("memory"),
                       tr("Memory pressure critical: %1 % of the limit used; caches cleared and "
                          "optional work paused")
                           .arg(m_last.usagePercent, 0, 'f', 0),
                       true);
    }
    const bool pause = level == PressureLevel::Critical;
    if (pause != m_paused) {
        m_paused = pause;
        emit pauseOptionalWork(pause);
    }
}

QList<MemorySample> MemoryMonitor::recent() const {
    return QList<MemorySample>(m_recent.begin(), m_recent.end());
}

QList<MemorySample> MemoryMonitor::day() const {
    return QList<MemorySample>(m_day.begin(), m_day.end());
}

CleanupReport MemoryMonitor::forceCleanup() {
    CleanupReport report;
    const MemorySample before = m_reader.read();
    report.rssBefore = before.rssBytes;
    report.heapBefore = before.heapInUseBytes;
    const memory::CleanupResult swept = m_registry.sweepExpired();
    const memory::CleanupResult cleared = m_registry.clearAll();
    trimHeap();
    report.entriesFreed = swept.entriesFreed + cleared.entriesFreed;
    report.bytesFreed = swept.bytesFreed + cleared.bytesFreed;
    const MemorySample after = m_reader.read();
    report.rssAfter = after.rssBytes;
    report.heapAfter = after.heapInUseBytes;
    qCInfo(lcMemory).noquote() << tr("Force cleanup freed %1 entries (%2 bytes); RSS %3 -> %4")
                                      .arg(report.entriesFreed)
                                      .arg(report.bytesFreed)
                                      .arg(report.rssBefore)
                                      .arg(report.rssAfter);
    return report;
}

void MemoryMonitor::checkpoint(const QString &name) {
    const MemorySample s = derive(m_reader.read());
    if (!m_checkpoints.contains(name) && m_checkpoints.size() >= kMaxCheckpoints)
        m_checkpoints.erase(m_checkpoints.begin());
    if (!m_lastCheckpoint.isEmpty() && m_checkpoints.contains(m_lastCheckpoint)) {
        const MemorySample &prev = m_checkpoints.value(m_lastCheckpoint);
        if (prev.rssBytes > 0) {
            const double growth =
                100.0 * double(s.rssBytes - prev.rssBytes) / double(prev.rssBytes);
            if (growth > m_settings.checkpointGrowthAlertPercent)
                emit alert(QStringLiteral("memory"),
                           tr("Memory grew %1 % between checkpoints %2 and %3")
                               .arg(growth, 0, 'f', 0)
                               .arg(m_lastCheckpoint, name),
                           false);
        }
    }
    m_checkpoints.insert(name, s);
    m_lastCheckpoint = name;
}

std::optional<CheckpointDelta> MemoryMonitor::delta(const QString &from, const QString &to) const {
    if (!m_checkpoints.contains(from) || !m_checkpoints.contains(to))
        return std::nullopt;
    const MemorySample &a = m_checkpoints.value(from);
    const MemorySample &b = m_checkpoints.value(to);
    CheckpointDelta d;
    d.from = from;
    d.to = to;
    d.rssDelta = b.rssBytes - a.rssBytes;
    d.rssGrowthPercent = a.rssBytes > 0 ? 100.0 * double(d.rssDelta) / double(a.rssBytes) : 0;
    d.heapDelta =
        (b.heapInUseBytes >= 0 && a.heapInUseBytes >= 0) ? b.heapInUseBytes - a.heapInUseBytes : 0;
    return d;
}

} // namespace mechdock::monitor
