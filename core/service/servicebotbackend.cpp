#include "servicebotbackend.h"

#include "adminrostereditor.h"
#include "bot/statusmessagebuilder.h"
#include "common/logcategories.h"
#include "containerpoller.h"
#include "docker/dockerclient.h"
#include "endpointprobe.h"
#include "memory/cacheregistry.h"
#include "playercountbridge.h"
#include "scheduler/schedulerapi.h"
#include "storage/auditlog.h"

#include <QDateTime>
#include <QPointer>
#include <QTimeZone>
#include <QTimer>

#include <memory>

#include <algorithm>

namespace mechdock::service {

namespace {
constexpr const char *kContext = "mechdock::service::ServiceBotBackend";
#define MD_TR(text) QT_TRANSLATE_NOOP("mechdock::service::ServiceBotBackend", text)

QString megabytes(qint64 bytes) {
    return bytes < 0 ? QStringLiteral("?") : QString::number(double(bytes) / 1048576.0, 'f', 1);
}
} // namespace

ServiceBotBackend::ServiceBotBackend(const config::Settings &settings, BotBackendParts parts,
                                     QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_parts(std::move(parts))
    , m_auditTimer(new QTimer(this)) {
    m_auditTimer->setSingleShot(true);
    m_auditTimer->setInterval(200);
    connect(m_auditTimer, &QTimer::timeout, this, &ServiceBotBackend::flushAudit);
}

ServiceBotBackend::~ServiceBotBackend() {
    flushAudit();
}

void ServiceBotBackend::flushAudit() {
    m_auditTimer->stop();
    if (m_pendingAudit.isEmpty())
        return;
    storage::AuditLog *log = m_parts.auditLog ? m_parts.auditLog() : nullptr;
    QList<storage::AuditEntry> batch;
    batch.swap(m_pendingAudit);
    if (!log)
        return;
    QString error;
    if (!log->recordAll(batch, &error))
        qCWarning(lcStorage).noquote()
            << tr("%n audit entries not written: %1", nullptr, int(batch.size())).arg(error);
}

QString ServiceBotBackend::t(const QString &locale, const char *text) const {
    return m_localizer.translate(locale, kContext, text);
}

QList<bot::ContainerView> ServiceBotBackend::containers() {
    const QList<ContainerRow> rows =
        m_parts.poller ? m_parts.poller->rows() : QList<ContainerRow>();
    QList<bot::ContainerView> views;
    for (const config::ContainerSettings &c : m_settings.containers) {
        if (!c.active)
            continue;
        bot::ContainerView v;
        v.endpoint = c.endpoint;
        v.name = c.name;
        v.displayName = c.displayName.isEmpty() ? c.name : c.displayName;
        v.allowedActions = c.allowedActions;
        v.detailedStatus = c.detailedStatus;
        v.order = c.order;
        v.infoText = c.infoText;
        v.hasProtectedInfo = !c.protectedInfo.isEmpty();
        v.service = c.isService();
        for (const ContainerRow &r : rows) {
            if (r.endpoint == c.endpoint && r.name == c.name) {
                v.known = r.state != QLatin1String("missing") && !r.state.isEmpty();
                v.running = r.running;
                v.state = r.state;
                v.cpuPercent = r.cpuPercent;
                v.memoryBytes = r.memoryBytes;
                v.tasksRunning = r.tasksRunning;
                v.tasksDesired = r.tasksDesired;
                v.uptimeSec = r.startedEpochMs > 0 && r.running
                                  ? (QDateTime::currentMSecsSinceEpoch() - r.startedEpochMs) / 1000
                                  : -1;
            }
        }
        if (gamequery::PlayerQuerier *players = m_parts.players ? m_parts.players() : nullptr)
            PlayerCountBridge::fill(v, *players);
        views.append(v);
    }
    std::stable_sort(
        views.begin(), views.end(),
        [](const bot::ContainerView &a, const bot::ContainerView &b) { return a.order < b.order; });
    return views;
}

void ServiceBotBackend::afterRefresh(std::function<void()> answer) {
    auto answered = std::make_shared<bool>(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    auto once = [answer = std::move(answer), answered, connection] {
        if (*answered)
            return;
        *answered = true;
        QObject::disconnect(*connection);
        answer();
    };
    *connection = connect(m_parts.poller, &ContainerPoller::refreshed, this, once);
    QTimer::singleShot(5000, this, once);
}

void ServiceBotBackend::containerAction(
    const QString &endpoint, const QString &name, docker::ContainerAction action,
    const docker::Actor &actor, std::function<void(const docker::ContainerActionResult &)> done) {
    if (!m_parts.poller) {
        done(docker::ContainerActionResult::failure(docker::ActionError::Failed,
                                                    tr("Docker is not running in this service.")));
        return;
    }
    qCInfo(lcDocker).noquote() << tr("%1 asked Discord to %2 %3")
                                      .arg(actor.name, docker::containerActionName(action), name);
    QPointer<ServiceBotBackend> self(this);
    m_parts.poller->controller()->perform(docker::ContainerRef{endpoint, name}, action, actor,
                                          [self, done](const docker::ContainerActionResult &r) {
                                              if (self)
                                                  self->afterRefresh([done, r] { done(r); });
                                          });
}

void ServiceBotBackend::containerBatchAction(
    const QList<docker::ContainerRef> &containers, docker::ContainerAction action,
    const docker::Actor &actor, std::function<void(const QList<docker::BatchItemResult> &)> done) {
    if (!m_parts.poller) {
        QList<docker::BatchItemResult> results;
        for (const docker::ContainerRef &c : containers)
            results.append(docker::BatchItemResult{
                c,
                docker::ContainerActionResult::failure(
                    docker::ActionError::Failed, tr("Docker is not running in this service.")),
                -1});
        done(results);
        return;
    }
    QStringList names;
    for (const docker::ContainerRef &c : containers)
        names.append(c.name);
    qCInfo(lcDocker).noquote() << tr("%1 asked Discord to %2 %3")
                                      .arg(actor.name, docker::containerActionName(action),
                                           names.join(QStringLiteral(", ")));
    QPointer<ServiceBotBackend> self(this);
    m_parts.poller->controller()->performBatch(
        containers, action, actor, [self, done](const QList<docker::BatchItemResult> &results) {
            if (self)
                self->afterRefresh([done, results] { done(results); });
        });
}

void ServiceBotBackend::containerLogs(const QString &endpoint, const QString &name, int lines,
                                      std::function<void(const bot::ActionResult &)> done) {
    // Through the poller's pooled client, so TLS endpoints and DOCKER_HOST work here too.
    if (!m_parts.poller) {
        done({false, tr("Unknown container.")});
        return;
    }
    m_parts.poller->logs(endpoint, name, lines, [done](bool ok, const QString &textOrError) {
        done({ok, textOrError});
    });
}

void ServiceBotBackend::audit(const storage::AuditEntry &entry) {
    if (m_pendingAudit.size() >= 5000) {
        if (m_auditDropped++ % 1000 == 0)
            qCWarning(lcStorage).noquote()
                << tr("The audit log cannot keep up; entries are dropped.");
        return;
    }
    m_pendingAudit.append(entry);
    // The time of the action, not of the flush.
    if (m_pendingAudit.back().epochMs == 0)
        m_pendingAudit.back().epochMs = QDateTime::currentMSecsSinceEpoch();
    if (!m_auditTimer->isActive())
        m_auditTimer->start();
}

QString ServiceBotBackend::systemHealthReport(const QString &locale) {
    const ServiceSnapshot s = m_parts.snapshot ? m_parts.snapshot() : ServiceSnapshot();
    QStringList lines;
    lines << t(locale, MD_TR("**System health**"));
    lines << t(locale, MD_TR("Memory: %1 MB of %2 MB, pressure %3."))
                 .arg(megabytes(s.rssBytes), megabytes(s.limitBytes),
                      s.pressure.isEmpty() ? QStringLiteral("?") : s.pressure);
    lines << t(locale, MD_TR("CPU: %1 % (Mechdock), %2 % (system); disk %3 % used."))
                 .arg(s.processCpuPercent < 0 ? QStringLiteral("?")
                                              : QString::number(s.processCpuPercent, 'f', 1),
                      s.systemCpuPercent < 0 ? QStringLiteral("?")
                                             : QString::number(s.systemCpuPercent, 'f', 1),
                      s.diskUsedPercent < 0 ? QStringLiteral("?")
                                            : QString::number(s.diskUsedPercent, 'f', 0));
    lines << (s.databaseOk ? t(locale, MD_TR("Database: ok."))
                           : t(locale, MD_TR("Database: %1")).arg(s.databaseError));
    for (const EndpointState &e : s.endpoints)
        lines << (e.reachable
                      ? t(locale, MD_TR("Docker %1: reachable (API %2).")).arg(e.name, e.apiVersion)
                      : t(locale, MD_TR("Docker %1: %2")).arg(e.name, e.error));
    lines << t(locale, MD_TR("Gateway latency: %1 ms; REST 429 answers: %2."))
                 .arg(s.gatewayLatencyMs < 0 ? QStringLiteral("?")
                                             : QString::number(qRound(s.gatewayLatencyMs)))
                 .arg(s.rest429s);
    const int shown = int(std::min<qsizetype>(5, s.recentAlerts.size()));
    for (int i = int(s.recentAlerts.size()) - shown; i < s.recentAlerts.size(); ++i)
        lines << QStringLiteral("⚠ ") + s.recentAlerts.at(i);
    return lines.join(QLatin1Char('\n'));
}

QString ServiceBotBackend::performanceReport(const QString &locale) {
    const ServiceSnapshot s = m_parts.snapshot ? m_parts.snapshot() : ServiceSnapshot();
    QStringList lines;
    lines << t(locale, MD_TR("**Operation timings** (count, p50 / p95 / p99 ms, success)"));
    QList<monitor::OperationSummary> ops = s.operations;
    std::sort(ops.begin(), ops.end(),
              [](const auto &a, const auto &b) { return a.totalCount > b.totalCount; });
    for (qsizetype i = 0; i < std::min<qsizetype>(15, ops.size()); ++i) {
        const monitor::OperationSummary &o = ops.at(i);
        lines << QStringLiteral("`%1` %2, %3 / %4 / %5, %6 %")
                     .arg(o.name)
                     .arg(o.totalCount)
                     .arg(o.p50Ms, 0, 'f', 1)
                     .arg(o.p95Ms, 0, 'f', 1)
                     .arg(o.p99Ms, 0, 'f', 1)
                     .arg(o.successRate * 100.0, 0, 'f', 0);
    }
    if (ops.isEmpty())
        lines << t(locale, MD_TR("Nothing measured yet."));
    return lines.join(QLatin1Char('\n')).left(1900);
}

QString ServiceBotBackend::memoryReport(const QString &locale) {
    const ServiceSnapshot s = m_parts.snapshot ? m_parts.snapshot() : ServiceSnapshot();
    QStringList lines;
    lines << t(locale, MD_TR("**Memory**: %1 MB resident, %2 MB heap, limit %3 MB, pressure %4."))
                 .arg(megabytes(s.rssBytes), megabytes(s.heapBytes), megabytes(s.limitBytes),
                      s.pressure.isEmpty() ? QStringLiteral("?") : s.pressure);
    lines << t(locale, MD_TR("Caches and queues (entries / limit, hit rate, evictions):"));
    for (const memory::CacheStats &c : s.caches)
        lines << QStringLiteral("`%1` %2 / %3, %4 %, %5")
                     .arg(c.name)
                     .arg(c.entries)
                     .arg(c.maxEntries)
                     .arg(c.hitRate() * 100.0, 0, 'f', 0)
                     .arg(c.evictions);
    return lines.join(QLatin1Char('\n')).left(1900);
}

QString ServiceBotBackend::forceCleanup(const QString &locale) {
    if (m_parts.forceCleanup) {
        const monitor::CleanupReport r = m_parts.forceCleanup();
        return t(locale, MD_TR("Cleanup freed %1 entries (%2 MB); resident memory %3 MB → %4 MB."))
            .arg(r.entriesFreed)
            .arg(megabytes(r.bytesFreed), megabytes(r.rssBefore), megabytes(r.rssAfter));
    }
    const memory::CleanupResult freed = memory::CacheRegistry::global().clearAll();
    return t(locale, MD_TR("Cleanup freed %1 entries (%2 MB)."))
        .arg(freed.entriesFreed)
        .arg(megabytes(freed.bytesFreed));
}

QString ServiceBotBackend::securityReport(const QString &locale) {
    QStringList lines;
    int status = 0;
    int control = 0;
    for (const config::ChannelSettings &c : m_settings.discord.channels)
        (c.kind == config::ChannelKind::Control ? control : status)++;
    lines << t(locale, MD_TR("**Security**: default deny; %1 status and %2 control channels; "
                             "%3 admin users and %4 admin roles."))
                 .arg(status)
                 .arg(control)
                 .arg(m_settings.discord.adminUserIds.size())
                 .arg(m_settings.discord.adminRoleIds.size());
    lines << t(locale, MD_TR("Per-minute caps: %1 commands, %2 buttons."))
                 .arg(m_settings.cooldowns.commandsPerMinute)
                 .arg(m_settings.cooldowns.buttonsPerMinute);
    return lines.join(QLatin1Char('\n'));
}

double ServiceBotBackend::gatewayLatencyMs() {
    return m_parts.gatewayLatencyMs ? m_parts.gatewayLatencyMs() : -1;
}

void ServiceBotBackend::recordDonation(qint64 cents, const QString &donor, const QString &actor,
                                       std::function<void(const bot::ActionResult &)> done) {
    if (!m_parts.recordDonation) {
        done({false, tr("The mech is not running, so the donation was not recorded. Check the "
                        "service log for why.")});
        return;
    }
    m_parts.recordDonation(cents, donor, actor, std::move(done));
}

QByteArray ServiceBotBackend::mechAnimation() {
    return m_parts.mechAnimation ? m_parts.mechAnimation() : QByteArray();
}

QString ServiceBotBackend::donationInfo(const QString &locale) {
    QStringList lines;
    if (m_parts.mechSummary)
        lines << m_parts.mechSummary(locale);
    for (const QString &link : m_settings.discord.donationLinks) {
        const QString label = link.section(QLatin1Char('|'), 0, 0).trimmed();
        const QString url = link.section(QLatin1Char('|'), 1).trimmed();
        if (url.startsWith(QLatin1String("https://")))
            lines << QStringLiteral("[%1](%2)").arg(label.isEmpty() ? url : label, url);
    }
    if (lines.isEmpty())
        lines << t(locale, MD_TR("No donation links are configured."));
    return lines.join(QLatin1Char('\n'));
}

bot::ActionResult ServiceBotBackend::scheduleAdd(const QString &endpoint, const QString &container,
                                                 const QString &action, const QString &when,
                                                 const QString &timeZone, const QString &actor) {
    scheduler::SchedulerApi *api = m_parts.scheduler ? m_parts.scheduler() : nullptr;
    if (!api)
        return {false, tr("The scheduler is not running (the database is unavailable).")};
    const auto taskAction = docker::containerActionFromName(action);
    if (!taskAction)
        return {false,
                tr("Unknown action \"%1\": use start, stop or restart.").arg(action.left(20))};
    scheduler::ScheduledTask task;
    task.endpoint = endpoint;
    task.containerName = container;
    task.action = *taskAction;
    task.schedule = when.left(200);
    QByteArray zone = timeZone.trimmed().toUtf8().left(64);
    if (zone.isEmpty())
        zone = m_settings.scheduler.defaultTimeZone.toUtf8();
    if (zone.isEmpty())
        zone = qEnvironmentVariable("TZ").toUtf8();
    if (zone.isEmpty())
        zone = QTimeZone::systemTimeZoneId();
    if (!QTimeZone::isTimeZoneIdAvailable(zone))
        return {false, tr("Unknown time zone \"%1\"; use an IANA name such as Europe/Berlin.")
                           .arg(QString::fromUtf8(zone))};
    task.timeZone = zone;
    task.createdBy = actor;
    task.createdAt = QDateTime::currentDateTimeUtc();
    QString id;
    const scheduler::Result added = api->addTask(task, &id);
    if (!added.ok)
        return {false, added.error};
    const scheduler::PreviewResult preview =
        scheduler::SchedulerApi::preview(task.schedule, zone, QDateTime::currentDateTimeUtc(), 3);
    QStringList runs;
    for (const QDateTime &run : preview.runs)
        runs << run.toString(Qt::ISODate);
    return {true, tr("Scheduled %1 of %2 (task %3). Next runs: %4")
                      .arg(action, container, id,
                           runs.isEmpty() ? tr("none") : runs.join(QStringLiteral(", ")))};
}

QString ServiceBotBackend::scheduleList(const QString &locale) {
    scheduler::SchedulerApi *api = m_parts.scheduler ? m_parts.scheduler() : nullptr;
    if (!api)
        return t(locale, MD_TR("The scheduler is not running (the database is unavailable)."));
    const QList<scheduler::TaskOverview> tasks = api->listTasks(1);
    if (tasks.isEmpty())
        return t(locale, MD_TR("No scheduled tasks."));
    QStringList lines;
    for (const scheduler::TaskOverview &o : tasks) {
        const QString next =
            o.upcoming.isEmpty()
                ? t(locale, MD_TR("no further runs"))
                : o.upcoming.first().toTimeZone(o.task.zone()).toString(Qt::ISODate);
        lines << QStringLiteral("`%1` %2 %3 — %4 (%5) → %6%7")
                     .arg(o.task.id, docker::containerActionName(o.task.action),
                          o.task.containerName, o.task.schedule, QString::fromUtf8(o.task.timeZone),
                          next, o.task.enabled ? QString() : QStringLiteral(" ⏸"));
    }
    return lines.join(QLatin1Char('\n')).left(1900);
}

bot::ActionResult ServiceBotBackend::scheduleDelete(const QString &id, const QString &actor) {
    scheduler::SchedulerApi *api = m_parts.scheduler ? m_parts.scheduler() : nullptr;
    if (!api)
        return {false, tr("The scheduler is not running (the database is unavailable).")};
    const scheduler::Result removed = api->removeTask(id.left(64));
    if (!removed.ok)
        return {false, removed.error};
    qCInfo(lcScheduler).noquote() << tr("%1 deleted scheduled task %2").arg(actor, id.left(64));
    return {true, tr("Deleted task %1.").arg(id.left(64))};
}

bot::ActionResult ServiceBotBackend::changeAdmin(bot::AdminChange change, const QString &userId,
                                                 const QString &actor, const QString &locale) {
    const AdminRosterResult r = AdminRosterEditor::apply(
        m_parts.settingsPath ? m_parts.settingsPath() : QString(), change, userId);
    const QString mention = QStringLiteral("<@%1>").arg(userId);
    const auto say = [&](const char *text) {
        return t(locale, text).arg(mention);
    };
    switch (r.outcome) {
    case AdminRosterOutcome::Changed:
        qCInfo(lcService).noquote()
            << (change == bot::AdminChange::Add ? tr("%1 made Discord user %2 an admin")
                                                : tr("%1 removed Discord user %2 from the admins"))
                   .arg(actor, userId);
        if (m_parts.applySettings)
            m_parts.applySettings(r.effective, r.issues);
        return {true, change == bot::AdminChange::Add
                          ? say(MD_TR("%1 is now a Mechdock admin."))
                          : say(MD_TR("%1 is no longer a Mechdock admin."))};
    case AdminRosterOutcome::AlreadyAdmin:
        return {false, say(MD_TR("%1 is already a Mechdock admin."))};
    case AdminRosterOutcome::NotAnAdmin:
        return {false, say(MD_TR("%1 is not in the list of admin users (an admin role may make "
                                 "them one; roles are changed in the settings)."))};
    case AdminRosterOutcome::LastAdmin:
        return {false, say(MD_TR("%1 is the last admin: add another admin first, so someone can "
                                 "still manage Mechdock from Discord."))};
    case AdminRosterOutcome::NoSettingsFile:
        return {false, t(locale, MD_TR("This service runs without a settings file, so admins "
                                       "can only be set where it is started."))};
    case AdminRosterOutcome::BrokenSettingsFile:
        return {false, t(locale, MD_TR("The settings file has an error, so it was not changed: "
                                       "%1"))
                           .arg(r.detail)};
    case AdminRosterOutcome::SaveFailed:
        return {false, t(locale, MD_TR("The settings could not be saved: %1")).arg(r.detail)};
    case AdminRosterOutcome::MaskedByEnvironment:
        return {false, t(locale, MD_TR("Saved in the settings file, but an environment variable "
                                       "sets the admins, so nothing changes until it is "
                                       "removed."))};
    }
    return {false, {}};
}

QString ServiceBotBackend::autoActionTest(const QString &text, const QString &channelId,
                                          const QString &postedBy) {
    return m_parts.autoActionTest ? m_parts.autoActionTest(text, channelId, postedBy) : QString();
}

} // namespace mechdock::service
