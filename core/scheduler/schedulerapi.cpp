// SchedulerApi: a thin facade over TaskRunner, TaskStore and NextRunCalculator.
#include "schedulerapi.h"
#include "common/translation.h"

#include "nextruncalculator.h"
#include "taskrunner.h"
#include "taskstore.h"

#include <QTimeZone>

namespace mechdock::scheduler {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::scheduler::SchedulerApi", text);
}

} // namespace

SchedulerApi::SchedulerApi(TaskRunner &runner, TaskStore *store)
    : m_runner(runner)
    , m_store(store) {}

QList<TaskOverview> SchedulerApi::listTasks(int upcomingCount) const {
    QList<TaskOverview> list;
    for (const ScheduledTask &task : m_runner.tasks()) {
        TaskOverview overview;
        overview.task = task;
        const std::optional<ScheduleSpec> spec = task.spec();
        if (!spec)
            overview.problem = tr("The stored schedule \"%1\" is not valid.").arg(task.schedule);
        else if (!task.zone().isValid())
            overview.problem =
                tr("Unknown time zone \"%1\".").arg(QString::fromUtf8(task.timeZone));
        else if (task.enabled && task.nextRun.isValid()) {
            overview.upcoming.append(task.nextRun);
            overview.upcoming.append(
                NextRunCalculator::upcoming(*spec, task.zone(), task.nextRun, upcomingCount - 1));
        }
        if (m_store) {
            const QList<TaskRunRecord> last = m_store->history(task.id, 1);
            if (!last.isEmpty()) {
                overview.lastOutcome = outcomeName(last.first().outcome);
                overview.lastMessage = last.first().message;
            }
        }
        list.append(overview);
    }
    return list;
}

Result SchedulerApi::validate(const ScheduledTask &task) const {
    return m_runner.validate(task);
}

Result SchedulerApi::addTask(const ScheduledTask &task, QString *id) {
    return m_runner.addTask(task, id);
}

Result SchedulerApi::updateTask(const ScheduledTask &task) {
    return m_runner.updateTask(task);
}

Result SchedulerApi::removeTask(const QString &id) {
    return m_runner.removeTask(id);
}

Result SchedulerApi::setEnabled(const QString &id, bool enabled) {
    return m_runner.setEnabled(id, enabled);
}

QList<TaskRunRecord> SchedulerApi::history(const QString &taskId, int limit) const {
    return m_store ? m_store->history(taskId, limit) : QList<TaskRunRecord>();
}

PreviewResult SchedulerApi::preview(const QString &expression, const QByteArray &zoneId,
                                    const QDateTime &fromUtc, int count) {
    PreviewResult result;
    const SpecParseResult parsed = ScheduleSpec::parse(expression);
    if (!parsed.ok()) {
        result.error = parsed.error;
        result.message = parsed.error.message();
        return result;
    }
    const QTimeZone zone(zoneId);
    if (!zone.isValid()) {
        result.message = tr("Unknown time zone \"%1\"; use an IANA name such as Europe/Berlin.")
                             .arg(QString::fromUtf8(zoneId));
        return result;
    }
    result.ok = true;
    result.normalized = parsed.spec->toString();
    const QList<QDateTime> runs =
        NextRunCalculator::upcoming(*parsed.spec, zone, fromUtc, qMax(0, count));
    for (const QDateTime &run : runs)
        result.runs.append(run.toTimeZone(zone));
    result.never = result.runs.isEmpty();
    return result;
}

DdcImportResult SchedulerApi::importDdc(const QByteArray &json, const QString &endpoint,
                                        const QByteArray &defaultTimeZone) {
    DdcImportResult result = DdcImporter::parse(json, endpoint, defaultTimeZone);
    if (!result.ok)
        return result;
    QList<ScheduledTask> added;
    for (const ScheduledTask &task : std::as_const(result.tasks)) {
        ScheduledTask toAdd = task;
        Result r = m_runner.addTask(toAdd);
        if (!r.ok && toAdd.enabled) {
            // A one-time task in the past or a spacing conflict: keep it, disabled, so the
            // operator can see and fix it.
            toAdd.enabled = false;
            const Result disabled = m_runner.addTask(toAdd);
            result.issues.append({-1, task.id, !disabled.ok,
                                  disabled.ok
                                      ? tr("%1: imported disabled (%2)").arg(task.id, r.error)
                                      : tr("%1: not imported (%2)").arg(task.id, disabled.error)});
            if (disabled.ok)
                added.append(toAdd);
            continue;
        }
        if (!r.ok) {
            result.issues.append(
                {-1, task.id, true, tr("%1: not imported (%2)").arg(task.id, r.error)});
            continue;
        }
        added.append(toAdd);
    }
    result.tasks = added;
    return result;
}

} // namespace mechdock::scheduler
