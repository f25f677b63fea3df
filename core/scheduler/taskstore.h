// TaskStore: scheduled tasks and their bounded run history in SQLite (component "scheduler").
// Times are stored as UTC epoch milliseconds, NULL when unset. The history keeps the newest
// maxHistory runs; older rows are pruned on every append.
#pragma once

#include "scheduledtask.h"

#include "storage/database.h"
#include "storage/migration.h"

namespace mechdock::scheduler {

class TaskStore {
    Q_DISABLE_COPY_MOVE(TaskStore)
public:
    static constexpr int kDefaultMaxHistory = 1000;

    explicit TaskStore(storage::Database &database, int maxHistory = kDefaultMaxHistory);

    static storage::MigrationSet migrations();

    Result save(const ScheduledTask &task); // insert or replace by id
    Result remove(const QString &taskId);
    QList<ScheduledTask> loadAll(QString *error = nullptr);

    // Stores the run and sets record.id.
    Result appendRun(TaskRunRecord &record);
    // Newest first; all tasks when taskId is empty.
    QList<TaskRunRecord> history(const QString &taskId = QString(), int limit = 100);
    int historyCount();
    int maxHistory() const { return m_maxHistory; }

private:
    storage::Database &m_database;
    int m_maxHistory;
};

} // namespace mechdock::scheduler
