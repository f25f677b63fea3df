// ValueJson: the control API's records (scheduled tasks, ledger events, audit entries, memory
// samples, cleanup reports) as JSON, both ways, so the engine and every client read and write
// them in one place. Decoding is lenient about missing fields (defaults) and strict where a
// wrong value would change meaning (a task's action).
#pragma once

#include "controlexpected.h"
#include "logging/logrecord.h"
#include "mech/donationledger.h"
#include "monitor/memorymonitor.h"
#include "monitor/memorysample.h"
#include "scheduler/schedulerapi.h"
#include "storage/auditentry.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mechdock::control {

class ValueJson {
public:
    static QJsonObject task(const scheduler::ScheduledTask &task);
    static ControlExpected<scheduler::ScheduledTask> task(const QJsonObject &json);
    // A task with its next runs and problem, as scheduler.list sends it.
    static QJsonObject taskOverview(const scheduler::TaskOverview &overview);
    static scheduler::TaskOverview taskOverview(const QJsonObject &json);

    static QJsonObject ledgerEvent(const mech::LedgerEvent &event);
    static mech::LedgerEvent ledgerEvent(const QJsonObject &json);

    static QJsonObject auditEntry(const storage::AuditEntry &entry);
    static storage::AuditEntry auditEntry(const QJsonObject &json);
    static QJsonObject auditFilter(const storage::AuditFilter &filter);

    static QJsonObject memorySample(const monitor::MemorySample &sample);
    static monitor::MemorySample memorySample(const QJsonObject &json);

    static QJsonObject logRecord(const logging::LogRecord &record);
    static logging::LogRecord logRecord(const QJsonObject &json);

    static QJsonObject cleanupReport(const monitor::CleanupReport &report);
    static monitor::CleanupReport cleanupReport(const QJsonObject &json);

    // ISO 8601 UTC with milliseconds; empty for an invalid time, and back.
    static QString isoUtc(const QDateTime &time);
    static QDateTime fromIsoUtc(const QString &text);
};

} // namespace mechdock::control
