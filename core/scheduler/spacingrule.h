// SpacingRule: two tasks on one container must never run closer than 10 minutes apart, so a
// stop and a start (or two restarts) cannot trample each other. Compares upcoming run times of
// both schedules over a horizon (default 400 days, enough for yearly schedules and leap days).
#pragma once

#include "scheduledtask.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace mechdock::scheduler {

struct SpacingConflict {
    QString otherTaskId;
    QDateTime candidateRun; // UTC
    QDateTime otherRun;     // UTC
    QString message;        // names the other task and both times (translated)
};

class SpacingRule {
public:
    static constexpr qint64 kMinimumGapSecs = 10 * 60;
    static constexpr int kDefaultHorizonDays = 400;
    // Runs probed per task; a denser task conflicts long before this many runs.
    static constexpr int kMaxProbeRuns = 2000;

    // The first conflict between candidate and an enabled task on the same container (tasks
    // with candidate's id are ignored), or nullopt.
    static std::optional<SpacingConflict> check(const ScheduledTask &candidate,
                                                const QList<ScheduledTask> &others,
                                                const QDateTime &nowUtc,
                                                int horizonDays = kDefaultHorizonDays);
};

} // namespace mechdock::scheduler
