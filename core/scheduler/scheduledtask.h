// ScheduledTask and TaskRunRecord: the plain values the scheduler stores, runs and reports.
#pragma once

#include "schedulespec.h"

#include "docker/containeraction.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace mechdock::scheduler {

// Outcome of an operation a user can cause (store, validate, import).
struct Result {
    bool ok = true;
    QString error;
    static Result failure(const QString &message) { return Result{false, message}; }
};

struct ScheduledTask {
    QString id;
    QString endpoint; // Docker endpoint name the container lives on
    QString containerName;
    docker::ContainerAction action = docker::ContainerAction::Restart;
    QString schedule;    // ScheduleSpec text form, e.g. "weekly mon,fri 18:00"
    QByteArray timeZone; // IANA id, e.g. "Europe/Berlin"
    bool enabled = true;
    QString createdBy;
    QString description;
    QDateTime createdAt; // UTC
    QDateTime lastRun;   // UTC; invalid when never run
    QDateTime nextRun;   // UTC; invalid when it will not run again

    // The parsed schedule; nullopt when the text does not parse.
    std::optional<ScheduleSpec> spec() const;
    QTimeZone zone() const { return QTimeZone(timeZone); }
    // "endpoint/container", the key the spacing rule groups by.
    QString containerKey() const { return endpoint + QLatin1Char('/') + containerName; }
};

enum class RunOutcome { Succeeded, Failed, TimedOut, Missed, Skipped };

QString outcomeName(RunOutcome outcome);
std::optional<RunOutcome> outcomeFromName(const QString &name);

struct TaskRunRecord {
    qint64 id = 0; // storage row id, 0 before it is stored
    QString taskId;
    QString endpoint;
    QString containerName;
    docker::ContainerAction action = docker::ContainerAction::Restart;
    QDateTime scheduledFor; // the instant the run was due (UTC)
    QDateTime startedAt;    // UTC; invalid for missed/skipped runs
    QDateTime finishedAt;   // UTC
    RunOutcome outcome = RunOutcome::Succeeded;
    QString message;
};

} // namespace mechdock::scheduler

// Carried by TaskRunner's signals, also across threads (queued connections).
Q_DECLARE_METATYPE(mechdock::scheduler::TaskRunRecord)
Q_DECLARE_METATYPE(mechdock::scheduler::ScheduledTask)
