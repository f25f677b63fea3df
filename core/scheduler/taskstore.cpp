// TaskStore: SQL for tasks and run history.
#include "taskstore.h"
#include "common/translation.h"

#include "storage/connectionlease.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mechdock::scheduler {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::scheduler::TaskStore", text);
}

QVariant toMs(const QDateTime &time) {
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime fromMs(const QVariant &value) {
    if (value.isNull())
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

Result queryFailure(const QSqlQuery &query) {
    return Result::failure(tr("database error: %1").arg(query.lastError().text()));
}

} // namespace

TaskStore::TaskStore(storage::Database &database, int maxHistory)
    : m_database(database)
    , m_maxHistory(qMax(1, maxHistory)) {}

storage::MigrationSet TaskStore::migrations() {
    storage::MigrationSet set;
    set.component = QStringLiteral("scheduler");
    set.migrations.append(storage::Migration{
        1,
        QStringLiteral("scheduled tasks and run history"),
        {QStringLiteral("CREATE TABLE scheduler_tasks ("
                        "id TEXT PRIMARY KEY, endpoint TEXT NOT NULL, container TEXT NOT NULL, "
                        "action TEXT NOT NULL, schedule TEXT NOT NULL, time_zone TEXT NOT NULL, "
                        "enabled INTEGER NOT NULL, created_by TEXT NOT NULL DEFAULT '', "
                        "description TEXT NOT NULL DEFAULT '', created_at INTEGER, "
                        "last_run INTEGER, next_run INTEGER)"),
         QStringLiteral("CREATE TABLE scheduler_runs ("
                        "id INTEGER PRIMARY KEY AUTOINCREMENT, task_id TEXT NOT NULL, "
                        "endpoint TEXT NOT NULL, container TEXT NOT NULL, action TEXT NOT NULL, "
                        "scheduled_for INTEGER, started_at INTEGER, finished_at INTEGER, "
                        "outcome TEXT NOT NULL, message TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX scheduler_runs_task ON scheduler_runs(task_id, id)")}});
    return set;
}

Result TaskStore::save(const ScheduledTask &task) {
    storage::ConnectionLease lease = m_database.pool().acquire();
    if (!lease.isValid())
        return Result::failure(lease.error());
    QSqlQuery &q = lease.prepared(QStringLiteral(
        "INSERT OR REPLACE INTO scheduler_tasks (id, endpoint, container, action, schedule, "
        "time_zone, enabled, created_by, description, created_at, last_run, next_run) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task.id);
    q.addBindValue(task.endpoint);
    q.addBindValue(task.containerName);
    q.addBindValue(docker::containerActionName(task.action));
    q.addBindValue(task.schedule);
    q.addBindValue(QString::fromUtf8(task.timeZone));
    q.addBindValue(task.enabled ? 1 : 0);
    q.addBindValue(task.createdBy);
    q.addBindValue(task.description);
    q.addBindValue(toMs(task.createdAt));
    q.addBindValue(toMs(task.lastRun));
    q.addBindValue(toMs(task.nextRun));
    if (!q.exec())
        return queryFailure(q);
    q.finish();
    return Result{};
}

Result TaskStore::remove(const QString &taskId) {
    storage::ConnectionLease lease = m_database.pool().acquire();
    if (!lease.isValid())
        return Result::failure(lease.error());
    QSqlQuery &q = lease.prepared(QStringLiteral("DELETE FROM scheduler_tasks WHERE id = ?"));
    q.addBindValue(taskId);
    if (!q.exec())
        return queryFailure(q);
    q.finish();
    return Result{};
}

QList<ScheduledTask> TaskStore::loadAll(QString *error) {
    QList<ScheduledTask> tasks;
    storage::ConnectionLease lease = m_database.pool().acquire();
    if (!lease.isValid()) {
        if (error)
            *error = lease.error();
        return tasks;
    }
    QSqlQuery &q = lease.prepared(QStringLiteral(
        "SELECT id, endpoint, container, action, schedule, time_zone, enabled, created_by, "
        "description, created_at, last_run, next_run FROM scheduler_tasks ORDER BY id"));
    if (!q.exec()) {
        if (error)
            *error = queryFailure(q).error;
        return tasks;
    }
    while (q.next()) {
        ScheduledTask t;
        t.id = q.value(0).toString();
        t.endpoint = q.value(1).toString();
        t.containerName = q.value(2).toString();
        t.action = docker::containerActionFromName(q.value(3).toString())
                       .value_or(docker::ContainerAction::Restart);
        t.schedule = q.value(4).toString();
        t.timeZone = q.value(5).toString().toUtf8();
        t.enabled = q.value(6).toInt() != 0;
        t.createdBy = q.value(7).toString();
        t.description = q.value(8).toString();
        t.createdAt = fromMs(q.value(9));
        t.lastRun = fromMs(q.value(10));
        t.nextRun = fromMs(q.value(11));
        tasks.append(t);
    }
    q.finish();
    return tasks;
}

Result TaskStore::appendRun(TaskRunRecord &record) {
    storage::ConnectionLease lease = m_database.pool().acquire();
    if (!lease.isValid())
        return Result::failure(lease.error());
    QSqlQuery &q = lease.prepared(QStringLiteral(
        "INSERT INTO scheduler_runs (task_id, endpoint, container, action, scheduled_for, "
        "started_at, finished_at, outcome, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(record.taskId);
    q.addBindValue(record.endpoint);
    q.addBindValue(record.containerName);
    q.addBindValue(docker::containerActionName(record.action));
    q.addBindValue(toMs(record.scheduledFor));
    q.addBindValue(toMs(record.startedAt));
    q.addBindValue(toMs(record.finishedAt));
    q.addBindValue(outcomeName(record.outcome));
    q.addBindValue(record.message);
    if (!q.exec())
        return queryFailure(q);
    record.id = q.lastInsertId().toLongLong();
    q.finish();
    // Keep only the newest m_maxHistory rows.
    QSqlQuery &prune = lease.prepared(
        QStringLiteral("DELETE FROM scheduler_runs WHERE id <= (SELECT id FROM scheduler_runs "
                       "ORDER BY id DESC LIMIT 1 OFFSET ?)"));
    prune.addBindValue(m_maxHistory);
    if (!prune.exec())
        return queryFailure(prune);
    prune.finish();
    return Result{};
}

QList<TaskRunRecord> TaskStore::history(const QString &taskId, int limit) {
    QList<TaskRunRecord> runs;
    storage::ConnectionLease lease = m_database.pool().acquire();
    if (!lease.isValid())
        return runs;
    QSqlQuery &q = lease.prepared(QStringLiteral(
        "SELECT id, task_id, endpoint, container, action, scheduled_for, started_at, "
        "finished_at, outcome, message FROM scheduler_runs WHERE (? = '' OR task_id = ?) "
        "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(taskId.isNull() ? QStringLiteral("") : taskId);
    q.addBindValue(taskId.isNull() ? QStringLiteral("") : taskId);
    q.addBindValue(limit);
    if (!q.exec())
        return runs;
    while (q.next()) {
        TaskRunRecord r;
        r.id = q.value(0).toLongLong();
        r.taskId = q.value(1).toString();
        r.endpoint = q.value(2).toString();
        r.containerName = q.value(3).toString();
        r.action = docker::containerActionFromName(q.value(4).toString())
                       .value_or(docker::ContainerAction::Restart);
        r.scheduledFor = fromMs(q.value(5));
        r.startedAt = fromMs(q.value(6));
        r.finishedAt = fromMs(q.value(7));
        r.outcome = outcomeFromName(q.value(8).toString()).value_or(RunOutcome::Failed);
        r.message = q.value(9).toString();
        runs.append(r);
    }
    q.finish();
    return runs;
}

int TaskStore::historyCount() {
    storage::ConnectionLease lease = m_database.pool().acquire();
    if (!lease.isValid())
        return -1;
    QSqlQuery &q = lease.prepared(QStringLiteral("SELECT COUNT(*) FROM scheduler_runs"));
    if (!q.exec() || !q.next())
        return -1;
    const int count = q.value(0).toInt();
    q.finish();
    return count;
}

} // namespace mechdock::scheduler
