// EventLoopProbe: how late the GUI thread's event loop runs a timer. A precise timer fires every
// interval; the time beyond the interval is the delay a user would feel as a stutter. The last
// `window` delays are kept (bounded) and summarised as p50, p99 and max.
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace mechdock::ui {

struct EventLoopStats {
    int samples = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double maxMs = 0;
};

class EventLoopProbe : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLoopProbe)
public:
    static constexpr int kDefaultIntervalMs = 100;
    static constexpr int kDefaultWindow = 600; // one minute at the default interval

    explicit EventLoopProbe(QObject *parent = nullptr, int intervalMs = kDefaultIntervalMs,
                            int window = kDefaultWindow);

    void start();
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    int intervalMs() const { return m_intervalMs; }
    int window() const { return int(m_delays.size()); }

    // Adds one measured delay; the timer calls it, tests feed known values.
    void record(double delayMs);
    EventLoopStats stats() const;
    void reset();

signals:
    void measured(double delayMs);

private:
    void onTimeout();

    const int m_intervalMs;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    std::vector<double> m_delays; // ring
    int m_next = 0;
    int m_filled = 0;
};

} // namespace mechdock::ui
