#include "valuejson.h"

#include "common/translation.h"
#include "docker/containeraction.h"

#include <QTimeZone>

namespace mechdock::control {

namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

QString tr(const char *text) {
    return mechdock::translate("mechdock::control::ValueJson", text);
}

qint64 int64(const QJsonObject &o, const char *key, qint64 fallback = 0) {
    const QJsonValue v = o.value(s(key));
    return v.isDouble() ? qint64(v.toDouble()) : fallback;
}

QString str(const QJsonObject &o, const char *key) {
    return o.value(s(key)).toString();
}

} // namespace

QString ValueJson::isoUtc(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime ValueJson::fromIsoUtc(const QString &text) {
    if (text.isEmpty())
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime();
}

QJsonObject ValueJson::task(const scheduler::ScheduledTask &t) {
    return {{s("id"), t.id},
            {s("endpoint"), t.endpoint},
            {s("container"), t.containerName},
            {s("action"), docker::containerActionName(t.action)},
            {s("schedule"), t.schedule},
            {s("timeZone"), QString::fromUtf8(t.timeZone)},
            {s("enabled"), t.enabled},
            {s("createdBy"), t.createdBy},
            {s("description"), t.description},
            {s("createdAt"), isoUtc(t.createdAt)},
            {s("lastRun"), isoUtc(t.lastRun)},
            {s("nextRun"), isoUtc(t.nextRun)}};
}

ControlExpected<scheduler::ScheduledTask> ValueJson::task(const QJsonObject &o) {
    scheduler::ScheduledTask t;
    t.id = str(o, "id");
    t.endpoint = o.value(s("endpoint")).toString(s("local"));
    if (t.endpoint.isEmpty())
        t.endpoint = s("local");
    t.containerName = str(o, "container");
    const std::optional<docker::ContainerAction> action =
        docker::containerActionFromName(str(o, "action"));
    if (!action)
        return ControlExpected<scheduler::ScheduledTask>::failure(
            errc::kInvalidParams, tr("\"action\" must be start, stop or restart."));
    t.action = *action;
    t.schedule = str(o, "schedule");
    t.timeZone = str(o, "timeZone").toUtf8();
    t.enabled = o.value(s("enabled")).toBool(true);
    t.createdBy = str(o, "createdBy");
    t.description = str(o, "description").left(500);
    t.createdAt = fromIsoUtc(str(o, "createdAt"));
    t.lastRun = fromIsoUtc(str(o, "lastRun"));
    t.nextRun = fromIsoUtc(str(o, "nextRun"));
    if (t.containerName.isEmpty() || t.schedule.isEmpty())
        return ControlExpected<scheduler::ScheduledTask>::failure(
            errc::kInvalidParams, tr("A task needs \"container\" and \"schedule\"."));
    return t;
}

QJsonObject ValueJson::taskOverview(const scheduler::TaskOverview &overview) {
    QJsonObject t = task(overview.task);
    QJsonArray runs;
    for (const QDateTime &r : overview.upcoming)
        runs.append(isoUtc(r));
    t.insert(s("upcoming"), runs);
    t.insert(s("problem"), overview.problem);
    t.insert(s("lastOutcome"), overview.lastOutcome);
    t.insert(s("lastMessage"), overview.lastMessage);
    return t;
}

scheduler::TaskOverview ValueJson::taskOverview(const QJsonObject &json) {
    scheduler::TaskOverview o;
    ControlExpected<scheduler::ScheduledTask> t = task(json);
    if (t) {
        o.task = t.value();
    } else {
        // Shown as it came, with the reason, rather than dropped.
        o.task.id = str(json, "id");
        o.task.containerName = str(json, "container");
        o.task.schedule = str(json, "schedule");
        o.problem = t.error().message;
    }
    for (const QJsonValue &r : json.value(s("upcoming")).toArray()) {
        const QDateTime when = fromIsoUtc(r.toString());
        if (when.isValid())
            o.upcoming.append(when);
    }
    if (o.problem.isEmpty())
        o.problem = str(json, "problem");
    o.lastOutcome = str(json, "lastOutcome");
    o.lastMessage = str(json, "lastMessage");
    return o;
}

QJsonObject ValueJson::ledgerEvent(const mech::LedgerEvent &e) {
    return {
        {s("id"), double(e.id)},
        {s("kind"), e.kind == mech::LedgerEventKind::Donation ? s("donation") : s("adjustment")},
        {s("cents"), double(e.cents)},
        {s("donor"), e.donor},
        {s("note"), e.note},
        {s("createdAtMs"), double(e.createdAtMs)}};
}

mech::LedgerEvent ValueJson::ledgerEvent(const QJsonObject &o) {
    mech::LedgerEvent e;
    e.id = int64(o, "id");
    e.kind = str(o, "kind") == QLatin1String("adjustment") ? mech::LedgerEventKind::Adjustment
                                                           : mech::LedgerEventKind::Donation;
    e.cents = int64(o, "cents");
    e.donor = str(o, "donor");
    e.note = str(o, "note");
    e.createdAtMs = int64(o, "createdAtMs");
    return e;
}

QJsonObject ValueJson::auditEntry(const storage::AuditEntry &e) {
    return {{s("id"), double(e.id)},       {s("epochMs"), double(e.epochMs)},
            {s("source"), e.source},       {s("actor"), e.actor},
            {s("actorId"), e.actorId},     {s("guildId"), e.guildId},
            {s("channelId"), e.channelId}, {s("action"), e.action},
            {s("target"), e.target},       {s("result"), e.result},
            {s("detail"), e.detail}};
}

storage::AuditEntry ValueJson::auditEntry(const QJsonObject &o) {
    storage::AuditEntry e;
    e.id = int64(o, "id");
    e.epochMs = int64(o, "epochMs");
    e.source = str(o, "source");
    e.actor = str(o, "actor");
    e.actorId = str(o, "actorId");
    e.guildId = str(o, "guildId");
    e.channelId = str(o, "channelId");
    e.action = str(o, "action");
    e.target = str(o, "target");
    e.result = str(o, "result");
    e.detail = str(o, "detail");
    return e;
}

QJsonObject ValueJson::auditFilter(const storage::AuditFilter &f) {
    QJsonObject o{{s("limit"), f.limit}};
    if (!f.source.isEmpty())
        o.insert(s("source"), f.source);
    if (!f.actor.isEmpty())
        o.insert(s("actor"), f.actor);
    if (!f.action.isEmpty())
        o.insert(s("action"), f.action);
    if (!f.result.isEmpty())
        o.insert(s("result"), f.result);
    if (f.sinceEpochMs > 0)
        o.insert(s("sinceEpochMs"), double(f.sinceEpochMs));
    return o;
}

QJsonObject ValueJson::memorySample(const monitor::MemorySample &m) {
    return {{s("epochMs"), double(m.epochMs)},
            {s("rssBytes"), double(m.rssBytes)},
            {s("peakRssBytes"), double(m.peakRssBytes)},
            {s("virtualBytes"), double(m.virtualBytes)},
            {s("heapInUseBytes"), double(m.heapInUseBytes)},
            {s("systemTotalBytes"), double(m.systemTotalBytes)},
            {s("systemAvailableBytes"), double(m.systemAvailableBytes)},
            {s("cgroupLimitBytes"), double(m.cgroupLimitBytes)},
            {s("cgroupUsageBytes"), double(m.cgroupUsageBytes)},
            {s("thresholdBytes"), double(m.thresholdBytes)},
            {s("effectiveLimitBytes"), double(m.effectiveLimitBytes)},
            {s("usagePercent"), m.usagePercent},
            {s("pressure"), monitor::pressureName(m.pressure)}};
}

monitor::MemorySample ValueJson::memorySample(const QJsonObject &o) {
    monitor::MemorySample m;
    m.epochMs = int64(o, "epochMs");
    m.rssBytes = int64(o, "rssBytes");
    m.peakRssBytes = int64(o, "peakRssBytes");
    m.virtualBytes = int64(o, "virtualBytes");
    m.heapInUseBytes = int64(o, "heapInUseBytes", -1);
    m.systemTotalBytes = int64(o, "systemTotalBytes");
    m.systemAvailableBytes = int64(o, "systemAvailableBytes");
    m.cgroupLimitBytes = int64(o, "cgroupLimitBytes", -1);
    m.cgroupUsageBytes = int64(o, "cgroupUsageBytes", -1);
    m.thresholdBytes = int64(o, "thresholdBytes");
    m.effectiveLimitBytes = int64(o, "effectiveLimitBytes");
    m.usagePercent = o.value(s("usagePercent")).toDouble();
    const QString pressure = str(o, "pressure");
    for (const monitor::PressureLevel level :
         {monitor::PressureLevel::Low, monitor::PressureLevel::Medium, monitor::PressureLevel::High,
          monitor::PressureLevel::Critical}) {
        if (monitor::pressureName(level) == pressure)
            m.pressure = level;
    }
    return m;
}

QJsonObject ValueJson::logRecord(const logging::LogRecord &r) {
    return {{s("sequence"), double(r.sequence)},
            {s("epochMs"), double(r.epochMs)},
            {s("level"), logging::levelName(r.level)},
            {s("category"), r.category},
            {s("message"), r.message}};
}

logging::LogRecord ValueJson::logRecord(const QJsonObject &o) {
    logging::LogRecord r;
    r.sequence = quint64(std::max<qint64>(0, int64(o, "sequence")));
    r.epochMs = int64(o, "epochMs");
    const QString level = str(o, "level");
    for (const QtMsgType type : {QtDebugMsg, QtInfoMsg, QtWarningMsg, QtCriticalMsg, QtFatalMsg}) {
        if (logging::levelName(type) == level)
            r.level = type;
    }
    r.category = str(o, "category");
    r.message = str(o, "message");
    return r;
}

QJsonObject ValueJson::cleanupReport(const monitor::CleanupReport &r) {
    return {{s("entriesFreed"), double(r.entriesFreed)}, {s("bytesFreed"), double(r.bytesFreed)},
            {s("rssBefore"), double(r.rssBefore)},       {s("rssAfter"), double(r.rssAfter)},
            {s("heapBefore"), double(r.heapBefore)},     {s("heapAfter"), double(r.heapAfter)}};
}

monitor::CleanupReport ValueJson::cleanupReport(const QJsonObject &o) {
    monitor::CleanupReport r;
    r.entriesFreed = int64(o, "entriesFreed");
    r.bytesFreed = int64(o, "bytesFreed");
    r.rssBefore = int64(o, "rssBefore");
    r.rssAfter = int64(o, "rssAfter");
    r.heapBefore = int64(o, "heapBefore", -1);
    r.heapAfter = int64(o, "heapAfter", -1);
    return r;
}

} // namespace mechdock::control
