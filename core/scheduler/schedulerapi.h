// SchedulerApi: what the Scheduler page (and Discord commands) call: tasks with their next
// runs, add/update/delete with the validation result, run history, previews of a schedule
// text, and the DDC tasks.json import. Call from the TaskRunner's thread.
#pragma once

#include "ddcimporter.h"
#include "scheduledtask.h"

#include <QDateTime>
#include <QList>

namespace mechdock::scheduler {

class TaskRunner;
class TaskStore;

struct TaskOverview {
    ScheduledTask task;
    QList<QDateTime> upcoming; // next runs (UTC), first = task.nextRun when enabled
    QString problem;           // why the task cannot run (bad stored schedule/zone), or empty
    // The latest run's outcome ("succeeded", "failed", ... as outcomeName()) and what the
    // engine said; empty when it never ran.
    QString lastOutcome;
    QString lastMessage;
};

struct PreviewResult {
    bool ok = false;
    ScheduleError error;   // when the text does not parse
    QString message;       // error text for any failure (translated)
    QString normalized;    // canonical text form when ok
    QList<QDateTime> runs; // in the requested zone
    bool never = false;    // ok, but no (further) runs
};

class SchedulerApi {
    Q_DISABLE_COPY_MOVE(SchedulerApi)
public:
    explicit SchedulerApi(TaskRunner &runner, TaskStore *store = nullptr);

    QList<TaskOverview> listTasks(int upcomingCount = 3) const;
    Result validate(const ScheduledTask &task) const;
    Result addTask(const ScheduledTask &task, QString *id = nullptr);
    Result updateTask(const ScheduledTask &task);
    Result removeTask(const QString &id);
    Result setEnabled(const QString &id, bool enabled);
    QList<TaskRunRecord> history(const QString &taskId = QString(), int limit = 100) const;

    // The next count runs of a schedule text after fromUtc, shown in zone.
    static PreviewResult preview(const QString &expression, const QByteArray &zone,
                                 const QDateTime &fromUtc, int count);

    // Imports DDC tasks into the runner; refusals (e.g. the spacing rule, an id that exists)
    // are added to the result's issues as skipped.
    DdcImportResult importDdc(const QByteArray &json, const QString &endpoint,
                              const QByteArray &defaultTimeZone);

private:
    TaskRunner &m_runner;
    TaskStore *m_store;
};

} // namespace mechdock::scheduler
