// TaskRunner: due detection, concurrency, timeouts, missed-run grace and task validation.
#include "taskrunner.h"

#include "common/logcategories.h"

#include "nextruncalculator.h"
#include "spacingrule.h"
#include "taskstore.h"

#include "common/clock.h"
#include "monitor/operationmetrics.h"

#include <QPointer>
#include <QUuid>

#include <algorithm>

namespace mechdock::scheduler {

namespace {

QString shownTime(const QDateTime &utc, const QTimeZone &zone) {
    const QDateTime local = zone.isValid() ? utc.toTimeZone(zone) : utc;
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm ")) + local.timeZoneAbbreviation();
}

} // namespace

TaskRunner::TaskRunner(ActionExecutor *executor, const Clock *clock, TaskStore *store,
                       QObject *parent)
    : TaskRunner(executor, clock, store, Options{}, parent) {}

TaskRunner::TaskRunner(ActionExecutor *executor, const Clock *clock, TaskStore *store,
                       Options options, QObject *parent)
    : QObject(parent)
    , m_executor(executor)
    , m_clock(clock ? clock : &Clock::system())
    , m_store(store)
    , m_options(options) {
    m_options.maxConcurrent = qMax(1, m_options.maxConcurrent);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &TaskRunner::processDue);
}

TaskRunner::~TaskRunner() = default;

Result TaskRunner::load() {
    if (!m_store)
        return Result{};
    QString error;
    const QList<ScheduledTask> stored = m_store->loadAll(&error);
    if (!error.isEmpty())
        return Result::failure(error);
    const QDateTime now = m_clock->nowUtc();
    m_tasks.clear();
    for (ScheduledTask task : stored) {
        if (task.enabled && !task.nextRun.isValid())
            task.nextRun = computeNextRun(task, task.lastRun.isValid() ? task.lastRun : now);
        m_tasks.insert(task.id, task);
    }
    emit tasksChanged();
    rearm();
    return Result{};
}

void TaskRunner::start() {
    m_started = true;
    processDue();
}

void TaskRunner::stop() {
    m_started = false;
    m_timer.stop();
    m_armedDelayMs = -1;
}

QList<ScheduledTask> TaskRunner::tasks() const {
    return m_tasks.values();
}

std::optional<ScheduledTask> TaskRunner::task(const QString &id) const {
    const auto it = m_tasks.constFind(id);
    if (it == m_tasks.constEnd())
        return std::nullopt;
    return *it;
}

QDateTime TaskRunner::computeNextRun(const ScheduledTask &task, const QDateTime &afterUtc) const {
    const std::optional<ScheduleSpec> spec = task.spec();
    if (!spec || !task.zone().isValid())
        return QDateTime();
    return NextRunCalculator::next(*spec, task.zone(), afterUtc).value_or(QDateTime());
}

Result TaskRunner::validate(const ScheduledTask &task) const {
    if (task.containerName.trimmed().isEmpty())
        return Result::failure(tr("Choose a container for the task."));
    const SpecParseResult parsed = ScheduleSpec::parse(task.schedule);
    if (!parsed.ok())
        return Result::failure(tr("Invalid schedule: %1").arg(parsed.error.message()));
    const QTimeZone zone = task.zone();
    if (!zone.isValid())
        return Result::failure(
            tr("Unknown time zone \"%1\"; use an IANA name such as Europe/Berlin.")
                .arg(QString::fromUtf8(task.timeZone)));
    const QDateTime now = m_clock->nowUtc();
    // A disabled task may be kept for reference even if it will never run.
    if (task.enabled && !NextRunCalculator::next(*parsed.spec, zone, now))
        return Result::failure(
            parsed.spec->kind() == ScheduleSpec::Kind::Once
                ? tr("The time %1 is in the past.").arg(parsed.spec->toString().mid(5))
                : tr("The schedule \"%1\" never matches a date.").arg(parsed.spec->toString()));
    if (task.enabled) {
        ScheduledTask normalized = task;
        normalized.schedule = parsed.spec->toString();
        if (const auto conflict = SpacingRule::check(normalized, m_tasks.values(), now))
            return Result::failure(conflict->message);
    }
    return Result{};
}

Result TaskRunner::addTask(ScheduledTask task, QString *id) {
    if (task.id.isEmpty())
        task.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_tasks.contains(task.id))
        return Result::failure(tr("A task with id %1 already exists.").arg(task.id));
    const Result valid = validate(task);
    if (!valid.ok)
        return valid;
    const QDateTime now = m_clock->nowUtc();
    task.schedule = ScheduleSpec::parse(task.schedule).spec->toString();
    if (!task.createdAt.isValid())
        task.createdAt = now;
    task.nextRun = task.enabled ? computeNextRun(task, now) : QDateTime();
    if (m_store) {
        const Result saved = m_store->save(task);
        if (!saved.ok)
            return saved;
    }
    m_tasks.insert(task.id, task);
    if (id)
        *id = task.id;
    emit tasksChanged();
    rearm();
    return Result{};
}

Result TaskRunner::updateTask(const ScheduledTask &update) {
    const auto it = m_tasks.find(update.id);
    if (it == m_tasks.end())
        return Result::failure(tr("There is no task with id %1.").arg(update.id));
    const Result valid = validate(update);
    if (!valid.ok)
        return valid;
    ScheduledTask task = update;
    task.schedule = ScheduleSpec::parse(task.schedule).spec->toString();
    task.createdAt = it->createdAt;
    task.lastRun = it->lastRun;
    task.nextRun = task.enabled ? computeNextRun(task, m_clock->nowUtc()) : QDateTime();
    if (m_store) {
        const Result saved = m_store->save(task);
        if (!saved.ok)
            return saved;
    }
    *it = task;
    emit tasksChanged();
    rearm();
    return Result{};
}

Result TaskRunner::removeTask(const QString &id) {
    if (!m_tasks.contains(id))
        return Result::failure(tr("There is no task with id %1.").arg(id));
    if (m_store) {
        const Result removed = m_store->remove(id);
        if (!removed.ok)
            return removed;
    }
    m_tasks.remove(id);
    m_pending.removeIf([&](const Pending &p) { return p.taskId == id; });
    emit tasksChanged();
    rearm();
    return Result{};
}

Result TaskRunner::setEnabled(const QString &id, bool enabled) {
    const auto existing = task(id);
    if (!existing)
        return Result::failure(tr("There is no task with id %1.").arg(id));
    ScheduledTask changed = *existing;
    changed.enabled = enabled;
    return updateTask(changed);
}

TaskRunRecord TaskRunner::makeRecord(const ScheduledTask &task,
                                     const QDateTime &scheduledFor) const {
    TaskRunRecord r;
    r.taskId = task.id;
    r.endpoint = task.endpoint;
    r.containerName = task.containerName;
    r.action = task.action;
    r.scheduledFor = scheduledFor;
    return r;
}

void TaskRunner::processDue() {
    const QDateTime now = m_clock->nowUtc();
    const qint64 monotonic = m_clock->monotonicMs();

    // Timeouts first: they free slots for due work.
    struct Expired {
        QString key;
        quint64 token;
        qint64 allowedMs;
    };
    QList<Expired> expired;
    for (auto it = m_running.cbegin(); it != m_running.cend(); ++it) {
        if (it->deadlineMonotonicMs <= monotonic)
            expired.append({it.key(), it->token, it->deadlineMonotonicMs - it->startedMonotonicMs});
    }
    for (const Expired &e : expired)
        finish(e.key, e.token, RunOutcome::TimedOut,
               tr("No result within %1 s; the run was abandoned.").arg(e.allowedMs / 1000));

    // Due tasks in due order.
    QList<QString> due;
    for (const ScheduledTask &t : std::as_const(m_tasks)) {
        if (t.enabled && t.nextRun.isValid() && t.nextRun <= now)
            due.append(t.id);
    }
    std::sort(due.begin(), due.end(), [&](const QString &a, const QString &b) {
        const QDateTime &ra = m_tasks[a].nextRun;
        const QDateTime &rb = m_tasks[b].nextRun;
        return ra == rb ? a < b : ra < rb;
    });
    bool changed = false;
    for (const QString &id : due) {
        ScheduledTask &task = m_tasks[id];
        const std::optional<ScheduleSpec> spec = task.spec();
        const QDateTime dueAt = task.nextRun;
        const bool busy =
            m_running.contains(id) || std::any_of(m_pending.cbegin(), m_pending.cend(),
                                                  [&](const Pending &p) { return p.taskId == id; });
        const QDateTime graceStart = now.addMSecs(-m_options.graceMs);
        if (busy) {
            TaskRunRecord r = makeRecord(task, dueAt);
            r.outcome = RunOutcome::Skipped;
            r.finishedAt = now;
            r.message = tr("Skipped: the previous run of this task is still in progress.");
            record(r);
        } else if (dueAt >= graceStart) {
            m_pending.append({id, dueAt});
        } else {
            TaskRunRecord r = makeRecord(task, dueAt);
            r.outcome = RunOutcome::Missed;
            r.finishedAt = now;
            r.message = tr("Missed: due at %1, more than %2 min before the scheduler could run "
                           "it.")
                            .arg(shownTime(dueAt, task.zone()))
                            .arg(m_options.graceMs / 60000.0);
            record(r);
            // A later occurrence may still be within the grace period: run that one once.
            if (spec) {
                const auto recent =
                    NextRunCalculator::next(*spec, task.zone(), graceStart.addMSecs(-1));
                if (recent && *recent <= now && *recent > dueAt)
                    m_pending.append({id, *recent});
            }
        }
        if (spec && spec->kind() == ScheduleSpec::Kind::Once) {
            task.enabled = false;
            task.nextRun = QDateTime();
        } else {
            task.nextRun = computeNextRun(task, now);
        }
        persist(task);
        changed = true;
    }
    if (changed)
        emit tasksChanged();
    startPending();
    rearm();
}

void TaskRunner::startPending() {
    while (m_running.size() < m_options.maxConcurrent && !m_pending.isEmpty()) {
        const Pending next = m_pending.takeFirst();
        const auto it = m_tasks.constFind(next.taskId);
        if (it == m_tasks.constEnd())
            continue;
        const ScheduledTask task = *it;
        Running running;
        running.token = m_nextToken++;
        running.startedMonotonicMs = m_clock->monotonicMs();
        running.deadlineMonotonicMs =
            running.startedMonotonicMs +
            (task.action == docker::ContainerAction::Update
                 ? std::max(m_options.timeoutMs, m_options.updateTimeoutMs)
                 : m_options.timeoutMs);
        running.record = makeRecord(task, next.scheduledFor);
        running.record.startedAt = m_clock->nowUtc();
        const quint64 token = running.token;
        m_running.insert(task.id, running);
        if (!m_executor) {
            finish(task.id, token, RunOutcome::Failed, tr("No action executor is connected."));
            continue;
        }
        QPointer<TaskRunner> self(this);
        const QString taskId = task.id;
        // The executor may call back synchronously; the entry is already in m_running.
        m_executor->execute(task, [self, taskId, token](bool ok, QString message) {
            if (self)
                self->finish(taskId, token, ok ? RunOutcome::Succeeded : RunOutcome::Failed,
                             message);
        });
    }
}

void TaskRunner::finish(const QString &taskId, quint64 token, RunOutcome outcome,
                        const QString &message) {
    const auto it = m_running.find(taskId);
    if (it == m_running.end() || it->token != token)
        return; // already timed out (or finished): a late result is ignored
    Running running = *it;
    m_running.erase(it);
    running.record.outcome = outcome;
    running.record.message = message;
    running.record.finishedAt = m_clock->nowUtc();
    const qint64 elapsed = m_clock->monotonicMs() - running.startedMonotonicMs;
    monitor::OperationMetrics::global().record(
        QStringLiteral("scheduler.") + docker::containerActionName(running.record.action),
        double(elapsed), outcome == RunOutcome::Succeeded);
    const auto task = m_tasks.find(taskId);
    if (task != m_tasks.end()) {
        task->lastRun = running.record.startedAt;
        persist(*task);
    }
    record(running.record);
    if (task != m_tasks.end())
        emit tasksChanged();
    startPending();
    rearm();
}

void TaskRunner::record(TaskRunRecord r) {
    if (m_store) {
        const Result stored = m_store->appendRun(r);
        if (!stored.ok)
            qCWarning(lcScheduler)
                << "could not store a run of task" << r.taskId << ':' << stored.error;
    }
    emit runRecorded(r);
}

void TaskRunner::persist(const ScheduledTask &task) {
    if (!m_store)
        return;
    const Result saved = m_store->save(task);
    if (!saved.ok)
        qCWarning(lcScheduler) << "could not store task" << task.id << ':' << saved.error;
}

void TaskRunner::rearm() {
    if (!m_started)
        return;
    const QDateTime now = m_clock->nowUtc();
    const qint64 monotonic = m_clock->monotonicMs();
    qint64 delay = m_options.recheckMs;
    for (const ScheduledTask &t : std::as_const(m_tasks)) {
        if (t.enabled && t.nextRun.isValid())
            delay = qMin(delay, now.msecsTo(t.nextRun));
    }
    for (const Running &r : std::as_const(m_running))
        delay = qMin(delay, r.deadlineMonotonicMs - monotonic);
    delay = qMax<qint64>(0, delay);
    m_armedDelayMs = delay;
    m_timer.start(int(delay));
}

storage::AuditEntry TaskRunner::toAuditEntry(const TaskRunRecord &r) {
    storage::AuditEntry entry;
    const QDateTime at = r.finishedAt.isValid() ? r.finishedAt : r.scheduledFor;
    entry.epochMs = at.isValid() ? at.toMSecsSinceEpoch() : 0;
    entry.source = QStringLiteral("scheduler");
    entry.actor = QStringLiteral("scheduler");
    entry.action = docker::containerActionName(r.action);
    entry.target = r.endpoint + QLatin1Char('/') + r.containerName;
    switch (r.outcome) {
    case RunOutcome::Succeeded:
        entry.result = QStringLiteral("ok");
        break;
    case RunOutcome::Failed:
    case RunOutcome::TimedOut:
        entry.result = QStringLiteral("failed");
        break;
    case RunOutcome::Missed:
    case RunOutcome::Skipped:
        entry.result = outcomeName(r.outcome);
        break;
    }
    entry.detail =
        QStringLiteral("task %1 (%2), due %3: %4")
            .arg(r.taskId, outcomeName(r.outcome), r.scheduledFor.toString(Qt::ISODate), r.message);
    return entry;
}

} // namespace mechdock::scheduler
