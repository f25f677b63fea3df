#include "eventloopprobe.h"

#include <algorithm>

namespace mechdock::ui {

EventLoopProbe::EventLoopProbe(QObject *parent, int intervalMs, int window)
    : QObject(parent)
    , m_intervalMs(qMax(1, intervalMs))
    , m_delays(size_t(qMax(1, window)), 0.0) {
    // Precise: a coarse timer may fire up to 5 % early or late by design, which is not delay.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(m_intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &EventLoopProbe::onTimeout);
}

void EventLoopProbe::start() {
    m_elapsed.start();
    m_timer.start();
}

void EventLoopProbe::stop() {
    m_timer.stop();
}

void EventLoopProbe::onTimeout() {
    const qint64 ns = m_elapsed.nsecsElapsed();
    m_elapsed.start();
    record(qMax(0.0, double(ns) / 1e6 - m_intervalMs));
}

void EventLoopProbe::record(double delayMs) {
    m_delays[size_t(m_next)] = delayMs;
    m_next = (m_next + 1) % int(m_delays.size());
    m_filled = qMin(m_filled + 1, int(m_delays.size()));
    emit measured(delayMs);
}

void EventLoopProbe::reset() {
    m_next = 0;
    m_filled = 0;
}

EventLoopStats EventLoopProbe::stats() const {
    EventLoopStats s;
    s.samples = m_filled;
    if (m_filled == 0)
        return s;
    std::vector<double> sorted(m_delays.begin(), m_delays.begin() + m_filled);
    std::sort(sorted.begin(), sorted.end());
    // Nearest-rank percentiles: the value at or below which p % of the samples fall.
    const auto rank = [&sorted](size_t percent) {
        const size_t index = (percent * sorted.size() + 99) / 100 - 1; // integer ceil: exact
        return sorted[std::min(index, sorted.size() - 1)];
    };
    s.p50Ms = rank(50);
    s.p99Ms = rank(99);
    s.maxMs = sorted.back();
    return s;
}

} // namespace mechdock::ui
