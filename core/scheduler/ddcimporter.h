// DdcImporter: reads DockerDiscordControl's tasks.json (a list of task objects with task_id,
// container_name, action, cycle, schedule_details {time, day, month, year, cron_string},
// timezone_str, is_active, description, created_at, last_run_ts, next_run_ts) into
// ScheduledTasks. Tolerant: a task that cannot be mapped is skipped with a reason, a field that
// is replaced by a default is noted, and malformed JSON is an error value, never a crash.
// Imported tasks are not validated against the spacing rule here; adding them to the
// TaskRunner does that and reports refusals.
#pragma once

#include "scheduledtask.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace mechdock::scheduler {

struct DdcImportIssue {
    int index = -1;       // position in the file's task list
    QString taskId;       // DDC's task_id when present
    bool skipped = false; // true: the task was not imported; false: imported with a change
    QString message;
};

struct DdcImportResult {
    bool ok = false; // false: the file could not be read or is not a DDC task list
    QString error;
    int total = 0; // task entries found
    QList<ScheduledTask> tasks;
    QList<DdcImportIssue> issues;
};

class DdcImporter {
public:
    // endpoint: the Docker endpoint the containers live on (DDC knows only one).
    // defaultTimeZone: used when a task has no or an unknown timezone_str.
    static DdcImportResult parse(const QByteArray &json, const QString &endpoint,
                                 const QByteArray &defaultTimeZone);
    static DdcImportResult importFile(const QString &path, const QString &endpoint,
                                      const QByteArray &defaultTimeZone);
};

} // namespace mechdock::scheduler
