// Clock: the one source of time for TTLs, decay, schedules and rate limits, so tests can
// advance time instead of sleeping.
#pragma once

#include <QDateTime>
#include <QtGlobal>

#include <atomic>

namespace mechdock {

class Clock {
public:
    virtual ~Clock() = default;
    // Wall-clock time in UTC.
    virtual QDateTime nowUtc() const = 0;
    // Milliseconds since the epoch (wall clock).
    virtual qint64 epochMs() const = 0;
    // Monotonic milliseconds since an arbitrary start; never goes backwards.
    virtual qint64 monotonicMs() const = 0;

    // The process-wide system clock.
    static Clock &system();
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override;
    qint64 epochMs() const override;
    qint64 monotonicMs() const override;
};

// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 epochMs = 1'700'000'000'000);
    QDateTime nowUtc() const override;
    qint64 epochMs() const override;
    qint64 monotonicMs() const override;

    void advanceMs(qint64 ms);
    void setEpochMs(qint64 ms);

private:
    std::atomic<qint64> m_epochMs;
    std::atomic<qint64> m_monotonicMs{0};
};

} // namespace mechdock
