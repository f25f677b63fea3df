// TaskRunner: holds the scheduled tasks, sleeps until the next one is due and runs it through
// an ActionExecutor.
//
// - One single-shot QTimer, armed for the earliest due run or running-task deadline, but never
//   longer than the recheck interval (5 min), so a wall-clock jump or timer drift is noticed
//   within minutes. The timer only calls processDue(); tests call processDue() directly with
//   a ManualClock.
// - At most maxConcurrent (3) actions at once; further due runs wait in order. Each action has
//   a timeout (180 s); a result arriving after it is ignored.
// - A run found due later than the grace period (5 min; e.g. after downtime) is recorded as
//   missed; if a later occurrence is still inside the grace period it runs once.
// - A due run whose previous run of the same task is still going is recorded as skipped.
// - Once tasks are disabled after they ran or were missed.
// - Adding or updating a task validates it (schedule, time zone, future runs, the 10-minute
//   spacing rule per container) and returns the reason on refusal.
// Use from the thread the runner lives on.
#pragma once

#include "actionexecutor.h"
#include "scheduledtask.h"

#include "storage/auditentry.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QTimer>

namespace mechdock {
class Clock;
}

namespace mechdock::scheduler {

class TaskStore;

class TaskRunner : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskRunner)
public:
    struct Options {
        int maxConcurrent = 3;
        qint64 timeoutMs = 180'000;
        // An update pulls an image and waits for the new container to prove itself.
        qint64 updateTimeoutMs = 15 * 60'000;
        qint64 graceMs = 5 * 60'000;
        qint64 recheckMs = 5 * 60'000;
    };

    TaskRunner(ActionExecutor *executor, const Clock *clock, TaskStore *store = nullptr,
               QObject *parent = nullptr);
    TaskRunner(ActionExecutor *executor, const Clock *clock, TaskStore *store, Options options,
               QObject *parent = nullptr);
    ~TaskRunner() override;

    // Loads the stored tasks, keeping their stored next run so downtime is detected.
    Result load();
    // Arms the timer (processDue runs when something is due); stop() disarms it.
    void start();
    void stop();

    QList<ScheduledTask> tasks() const; // ordered by id
    std::optional<ScheduledTask> task(const QString &id) const;

    // Checks a task as add/update would (ignoring a stored task with the same id).
    Result validate(const ScheduledTask &task) const;
    // Adds a task; an empty id gets a new one (returned through *id when given).
    Result addTask(ScheduledTask task, QString *id = nullptr);
    Result updateTask(const ScheduledTask &task);
    Result removeTask(const QString &id);
    Result setEnabled(const QString &id, bool enabled);

    // Runs everything due now, handles timeouts and re-arms the timer.
    void processDue();

    int runningCount() const { return int(m_running.size()); }
    int pendingCount() const { return int(m_pending.size()); }
    // The delay the timer was last armed with, -1 when not armed.
    qint64 armedDelayMs() const { return m_armedDelayMs; }
    const Options &options() const { return m_options; }

    // The audit log form of a run record (source "scheduler").
    static storage::AuditEntry toAuditEntry(const TaskRunRecord &record);

signals:
    // Every run outcome (succeeded, failed, timed out, missed, skipped).
    void runRecorded(const mechdock::scheduler::TaskRunRecord &record);
    void tasksChanged();

private:
    struct Running {
        quint64 token = 0;
        qint64 deadlineMonotonicMs = 0;
        qint64 startedMonotonicMs = 0;
        TaskRunRecord record;
    };
    struct Pending {
        QString taskId;
        QDateTime scheduledFor;
    };

    void rearm();
    void startPending();
    void finish(const QString &taskId, quint64 token, RunOutcome outcome, const QString &message);
    void record(TaskRunRecord record);
    void persist(const ScheduledTask &task);
    TaskRunRecord makeRecord(const ScheduledTask &task, const QDateTime &scheduledFor) const;
    QDateTime computeNextRun(const ScheduledTask &task, const QDateTime &afterUtc) const;

    ActionExecutor *m_executor;
    const Clock *m_clock;
    TaskStore *m_store;
    Options m_options;
    QMap<QString, ScheduledTask> m_tasks;
    QHash<QString, Running> m_running;
    QList<Pending> m_pending;
    quint64 m_nextToken = 1;
    QTimer m_timer;
    bool m_started = false;
    qint64 m_armedDelayMs = -1;
};

} // namespace mechdock::scheduler
