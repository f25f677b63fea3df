// Name mappings for ScheduledTask's enums and the spec accessor.
#include "scheduledtask.h"

namespace mechdock::scheduler {

QString actionName(TaskAction action) {
    switch (action) {
    case TaskAction::Start:
        return QStringLiteral("start");
    case TaskAction::Stop:
        return QStringLiteral("stop");
    case TaskAction::Restart:
        return QStringLiteral("restart");
    }
    return QString();
}

std::optional<TaskAction> actionFromName(const QString &name) {
    const QString lower = name.trimmed().toLower();
    if (lower == QLatin1String("start"))
        return TaskAction::Start;
    if (lower == QLatin1String("stop"))
        return TaskAction::Stop;
    if (lower == QLatin1String("restart"))
        return TaskAction::Restart;
    return std::nullopt;
}

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
