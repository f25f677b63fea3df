// Name mappings for the run outcome and the spec accessor.
#include "scheduledtask.h"

namespace mechdock::scheduler {

QString outcomeName(RunOutcome outcome) {
    switch (outcome) {
    case RunOutcome::Succeeded:
        return QStringLiteral("succeeded");
    case RunOutcome::Failed:
        return QStringLiteral("failed");
    case RunOutcome::TimedOut:
        return QStringLiteral("timed-out");
    case RunOutcome::Missed:
        return QStringLiteral("missed");
    case RunOutcome::Skipped:
        return QStringLiteral("skipped");
    }
    return QString();
}

std::optional<RunOutcome> outcomeFromName(const QString &name) {
    for (RunOutcome o : {RunOutcome::Succeeded, RunOutcome::Failed, RunOutcome::TimedOut,
                         RunOutcome::Missed, RunOutcome::Skipped}) {
        if (outcomeName(o) == name)
            return o;
    }
    return std::nullopt;
}

std::optional<ScheduleSpec> ScheduledTask::spec() const {
    return ScheduleSpec::parse(schedule).spec;
}

} // namespace mechdock::scheduler
