#include "clock.h"

#include <QElapsedTimer>

namespace mechdock {

Clock &Clock::system() {
    static SystemClock clock;
    return clock;
}

QDateTime SystemClock::nowUtc() const {
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::epochMs() const {
    return QDateTime::currentMSecsSinceEpoch();
}

qint64 SystemClock::monotonicMs() const {
    static const QElapsedTimer start = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return start.elapsed();
}

ManualClock::ManualClock(qint64 epochMs)
    : m_epochMs(epochMs) {}

QDateTime ManualClock::nowUtc() const {
    return QDateTime::fromMSecsSinceEpoch(m_epochMs.load(), Qt::UTC);
}

qint64 ManualClock::epochMs() const {
    return m_epochMs.load();
}

qint64 ManualClock::monotonicMs() const {
    return m_monotonicMs.load();
}

void ManualClock::advanceMs(qint64 ms) {
    if (ms <= 0)
        return;
    m_epochMs += ms;
    m_monotonicMs += ms;
}

void ManualClock::setEpochMs(qint64 ms) {
    const qint64 delta = ms - m_epochMs.load();
    m_epochMs = ms;
    if (delta > 0)
        m_monotonicMs += delta;
}

} // namespace mechdock
