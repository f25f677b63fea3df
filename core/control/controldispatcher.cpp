#include "controldispatcher.h"

#include "autoactioncontrol.h"

#include "common/translation.h"
#include "config/secretstore.h"
#include "config/settingsjson.h"
#include "config/settingsstore.h"
#include "config/settingsvalidator.h"
#include "discord/discordgateway.h"
#include "discord/restclient.h"
#include "docker/containeraction.h"
#include "guildchannellister.h"
#include "mech/mechservice.h"
#include "monitor/memorymonitor.h"
#include "scheduler/schedulerapi.h"
#include "service/botservice.h"
#include "service/discordbot.h"
#include "snapshotjson.h"
#include "storage/auditlog.h"
#include "valuejson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>
#include <QTimeZone>

namespace mechdock::control {

namespace {

using Result = ControlDispatcher::Result;

QString tr(const char *text) {
    return mechdock::translate("mechdock::control::ControlDispatcher", text);
}

QString s(const char *text) {
    return QString::fromLatin1(text);
}

Result fail(const char *code, const QString &message) {
    return Result::failure(code, message);
}

Result invalid(const QString &message) {
    return fail(errc::kInvalidParams, message);
}

// A bounded whole-number parameter; the default when absent.
std::optional<int> intParam(const QJsonObject &params, const char *key, int fallback, int lo,
                            int hi) {
    const QJsonValue v = params.value(s(key));
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || v.toDouble() != double(qint64(v.toDouble())) || v.toDouble() < lo ||
        v.toDouble() > hi)
        return std::nullopt;
    return v.toInt();
}

QJsonArray issuesToJson(const config::ConfigIssues &issues) {
    QJsonArray a;
    for (const config::ConfigIssue &i : issues)
        a.append(QJsonObject{{s("severity"), i.isError() ? s("error") : s("warning")},
                             {s("path"), i.path},
                             {s("message"), i.message}});
    return a;
}

// The settings a client sent, read like the file (defaults under what is given).
struct ParsedSettings {
    config::Settings settings;
    config::ConfigIssues issues;
};

ParsedSettings parseSettings(const QJsonObject &json) {
    ParsedSettings p;
    config::SettingsJson::read(json, p.settings, p.issues);
    p.issues.append(config::SettingsValidator::validate(p.settings));
    return p;
}

QString actionErrorCode(docker::ActionError error) {
    switch (error) {
    case docker::ActionError::None:
        return {};
    case docker::ActionError::InvalidName:
        return s(errc::kInvalidParams);
    case docker::ActionError::NotConfigured:
    case docker::ActionError::UnknownEndpoint:
        return s(errc::kNotFound);
    case docker::ActionError::NotAllowed:
        return s(errc::kDenied);
    case docker::ActionError::CoolingDown:
        return s(errc::kCoolingDown);
    case docker::ActionError::Failed:
        return s(errc::kFailed);
    }
    return s(errc::kFailed);
}

} // namespace

ControlDispatcher::ControlDispatcher(service::BotService &service)
    : m_service(service) {
    m_handlers = {
        {ControlMethod::SnapshotGet, &ControlDispatcher::snapshotGet},
        {ControlMethod::ContainersAction, &ControlDispatcher::containersAction},
        {ControlMethod::ContainersLogs, &ControlDispatcher::containersLogs},
        {ControlMethod::SchedulerList, &ControlDispatcher::schedulerList},
        {ControlMethod::SchedulerAdd, &ControlDispatcher::schedulerAdd},
        {ControlMethod::SchedulerUpdate, &ControlDispatcher::schedulerUpdate},
        {ControlMethod::SchedulerRemove, &ControlDispatcher::schedulerRemove},
        {ControlMethod::SchedulerPreview, &ControlDispatcher::schedulerPreview},
        {ControlMethod::MechGet, &ControlDispatcher::mechGet},
        {ControlMethod::MechDonate, &ControlDispatcher::mechDonate},
        {ControlMethod::MechHistory, &ControlDispatcher::mechHistory},
        {ControlMethod::MechAnimation, &ControlDispatcher::mechAnimation},
        {ControlMethod::AuditQuery, &ControlDispatcher::auditQuery},
        {ControlMethod::SettingsGet, &ControlDispatcher::settingsGet},
        {ControlMethod::SettingsValidate, &ControlDispatcher::settingsValidate},
        {ControlMethod::SettingsSet, &ControlDispatcher::settingsSet},
        {ControlMethod::SettingsSetToken, &ControlDispatcher::settingsSetToken},
        {ControlMethod::SettingsCheckToken, &ControlDispatcher::settingsCheckToken},
        {ControlMethod::CleanupForce, &ControlDispatcher::cleanupForce},
        {ControlMethod::MemoryHistory, &ControlDispatcher::memoryHistory},
        {ControlMethod::DiscordChannels, &ControlDispatcher::discordChannels},
        {ControlMethod::AutoActionsTest, &ControlDispatcher::autoActionsTest},
        {ControlMethod::AutoActionsStatus, &ControlDispatcher::autoActionsStatus},
    };
}

void ControlDispatcher::dispatch(ControlMethod method, const QJsonObject &params,
                                 const ControlCaller &caller, Reply reply) {
    const auto handler = m_handlers.constFind(method);
    if (handler == m_handlers.constEnd()) {
        reply(fail(errc::kUnknownMethod,
                   tr("%1 is not answered by the engine.").arg(controlMethodName(method))));
        return;
    }
    (this->*(*handler))(params, caller, reply);
}

void ControlDispatcher::audit(const ControlCaller &caller, ControlMethod method,
                              const QString &target, const Result &result, const QString &detail) {
    storage::AuditLog *log = m_service.auditLog();
    if (!log)
        return;
    storage::AuditEntry e;
    e.source = docker::actionOriginName(docker::ActionOrigin::Api);
    e.actor = caller.identity;
    e.action = controlMethodName(method);
    e.target = target;
    e.result = result.ok() ? s("ok") : result.error().code;
    e.detail = result.ok() ? detail : result.error().message;
    log->record(e);
}

void ControlDispatcher::snapshotGet(const QJsonObject &, const ControlCaller &,
                                    const Reply &reply) {
    reply(SnapshotJson::toJson(m_service.snapshot()));
}

void ControlDispatcher::containersAction(const QJsonObject &params, const ControlCaller &caller,
                                         const Reply &reply) {
    const QString name = params.value(s("name")).toString();
    QString endpoint = params.value(s("endpoint")).toString();
    const std::optional<docker::ContainerAction> action =
        docker::containerActionFromName(params.value(s("action")).toString());
    if (name.isEmpty() || !action) {
        reply(invalid(tr("containers.action needs \"name\" and \"action\" (start, stop, "
                         "restart or update).")));
        return;
    }
    if (endpoint.isEmpty()) {
        // The CLI names only the container: take the endpoint the settings give it.
        QStringList endpoints;
        for (const config::ContainerSettings &c : m_service.settings().containers) {
            if (c.name == name)
                endpoints.append(c.endpoint);
        }
        if (endpoints.size() > 1) {
            reply(invalid(tr("%1 is configured on several endpoints (%2); name one.")
                              .arg(name, endpoints.join(QStringLiteral(", ")))));
            return;
        }
        endpoint = endpoints.isEmpty() ? QStringLiteral("local") : endpoints.first();
    }
    docker::Actor actor;
    actor.origin = docker::ActionOrigin::Api;
    actor.name = caller.identity;
    actor.context = caller.local ? QString() : tr("from %1").arg(caller.address);
    actor.administrator = params.value(s("administrator")).toBool();
    actor.overrideCooldown = actor.administrator || params.value(s("overrideCooldown")).toBool();
    // The route audits the request itself, with the origin "api".
    m_service.containerAction(
        endpoint, name, *action, actor, [reply](const docker::ContainerActionResult &r) {
            if (!r.ok()) {
                QString message = r.message();
                reply(Result(ControlError{actionErrorCode(r.error()), message}));
                return;
            }
            reply(QJsonObject{{s("message"), r.message()}, {s("changed"), r.changed()}});
        });
}

void ControlDispatcher::containersLogs(const QJsonObject &params, const ControlCaller &,
                                       const Reply &reply) {
    const QString name = params.value(s("name")).toString();
    const QString endpoint = params.value(s("endpoint")).toString(s("local"));
    const std::optional<int> lines = intParam(params, "lines", 200, 1, kMaxLogLines);
    if (name.isEmpty() || !lines) {
        reply(invalid(
            tr("containers.logs needs \"name\" and \"lines\" from 1 to %1.").arg(kMaxLogLines)));
        return;
    }
    m_service.containerLogs(endpoint, name, *lines, [reply](bool ok, const QString &text) {
        if (!ok) {
            reply(fail(errc::kFailed, text));
            return;
        }
        // Keep the newest part when long lines make the text large.
        const bool truncated = text.size() > kMaxLogBytes;
        reply(QJsonObject{{s("text"), truncated ? text.right(kMaxLogBytes) : text},
                          {s("truncated"), truncated}});
    });
}

void ControlDispatcher::schedulerList(const QJsonObject &params, const ControlCaller &,
                                      const Reply &reply) {
    scheduler::SchedulerApi *api = m_service.schedulerApi();
    const std::optional<int> upcoming = intParam(params, "upcoming", 3, 0, 20);
    if (!api) {
        reply(fail(errc::kUnavailable, tr("The scheduler is not running (no database).")));
        return;
    }
    if (!upcoming) {
        reply(invalid(tr("\"upcoming\" must be from 0 to 20.")));
        return;
    }
    QJsonArray tasks;
    for (const scheduler::TaskOverview &o : api->listTasks(*upcoming))
        tasks.append(ValueJson::taskOverview(o));
    reply(QJsonObject{{s("tasks"), tasks}});
}

void ControlDispatcher::schedulerAdd(const QJsonObject &params, const ControlCaller &caller,
                                     const Reply &reply) {
    scheduler::SchedulerApi *api = m_service.schedulerApi();
    if (!api) {
        reply(fail(errc::kUnavailable, tr("The scheduler is not running (no database).")));
        return;
    }
    ControlExpected<scheduler::ScheduledTask> task =
        ValueJson::task(params.value(s("task")).toObject());
    Result result = task ? Result(QJsonObject{}) : Result(task.error());
    if (task) {
        task.value().createdBy = caller.identity;
        QString id;
        const scheduler::Result r = api->addTask(task.value(), &id);
        result = r.ok ? Result(QJsonObject{{s("id"), id}}) : invalid(r.error);
    }
    audit(caller, ControlMethod::SchedulerAdd,
          task ? task.value().endpoint + QLatin1Char('/') + task.value().containerName : QString(),
          result, task ? task.value().schedule : QString());
    reply(result);
}

void ControlDispatcher::schedulerUpdate(const QJsonObject &params, const ControlCaller &caller,
                                        const Reply &reply) {
    scheduler::SchedulerApi *api = m_service.schedulerApi();
    if (!api) {
        reply(fail(errc::kUnavailable, tr("The scheduler is not running (no database).")));
        return;
    }
    const ControlExpected<scheduler::ScheduledTask> task =
        ValueJson::task(params.value(s("task")).toObject());
    Result result = task ? Result(QJsonObject{}) : Result(task.error());
    if (task && task.value().id.isEmpty())
        result = invalid(tr("scheduler.update needs the task's \"id\"."));
    else if (task) {
        const scheduler::Result r = api->updateTask(task.value());
        result = r.ok ? Result(QJsonObject{{s("id"), task.value().id}}) : invalid(r.error);
    }
    audit(caller, ControlMethod::SchedulerUpdate, task ? task.value().id : QString(), result,
          task ? task.value().schedule : QString());
    reply(result);
}

void ControlDispatcher::schedulerRemove(const QJsonObject &params, const ControlCaller &caller,
                                        const Reply &reply) {
    scheduler::SchedulerApi *api = m_service.schedulerApi();
    if (!api) {
        reply(fail(errc::kUnavailable, tr("The scheduler is not running (no database).")));
        return;
    }
    const QString id = params.value(s("id")).toString();
    Result result = invalid(tr("scheduler.remove needs \"id\"."));
    if (!id.isEmpty()) {
        const scheduler::Result r = api->removeTask(id);
        result = r.ok ? Result(QJsonObject{{s("id"), id}}) : fail(errc::kNotFound, r.error);
    }
    audit(caller, ControlMethod::SchedulerRemove, id, result);
    reply(result);
}

void ControlDispatcher::schedulerPreview(const QJsonObject &params, const ControlCaller &,
                                         const Reply &reply) {
    const QString expression = params.value(s("expression")).toString();
    QByteArray zone = params.value(s("timeZone")).toString().toUtf8();
    if (zone.isEmpty())
        zone = m_service.settings().scheduler.defaultTimeZone.toUtf8();
    if (zone.isEmpty())
        zone = QTimeZone::systemTimeZoneId();
    const std::optional<int> count = intParam(params, "count", 5, 1, 50);
    if (expression.isEmpty() || !count) {
        reply(invalid(tr("scheduler.preview needs \"expression\" and \"count\" from 1 to 50.")));
        return;
    }
    const scheduler::PreviewResult p =
        scheduler::SchedulerApi::preview(expression, zone, QDateTime::currentDateTimeUtc(), *count);
    if (!p.ok) {
        reply(invalid(p.message));
        return;
    }
    QJsonArray runs;
    for (const QDateTime &r : p.runs)
        runs.append(r.toString(Qt::ISODate));
    reply(QJsonObject{{s("normalized"), p.normalized},
                      {s("timeZone"), QString::fromUtf8(zone)},
                      {s("runs"), runs},
                      {s("never"), p.never}});
}

void ControlDispatcher::mechGet(const QJsonObject &, const ControlCaller &, const Reply &reply) {
    mech::MechService *mech = m_service.mech();
    if (!mech) {
        reply(fail(errc::kUnavailable, tr("The mech is not running (no database).")));
        return;
    }
    const mech::MechStatus st = mech->state();
    if (!st.ok) {
        reply(fail(errc::kFailed, st.error));
        return;
    }
    reply(QJsonObject{{s("level"), st.level},
                      {s("levelName"), st.levelName},
                      {s("powerCents"), double(st.powerCents)},
                      {s("totalCents"), double(st.totalCents)},
                      {s("levelProgressCents"), double(st.levelProgressCents)},
                      {s("levelCostCents"), double(st.levelCostCents)},
                      {s("speedLevel"), st.speedLevel},
                      {s("speedPercent"), st.animation.speedPercent},
                      {s("resting"), st.animation.kind == mech::AnimationKind::Rest}});
}

void ControlDispatcher::mechDonate(const QJsonObject &params, const ControlCaller &caller,
                                   const Reply &reply) {
    const QJsonValue cents = params.value(s("cents"));
    if (!cents.isDouble() || cents.toDouble() < 1 || cents.toDouble() > 1e10 ||
        cents.toDouble() != double(qint64(cents.toDouble()))) {
        reply(invalid(tr("mech.donate needs \"cents\", a whole number above 0.")));
        return;
    }
    const QString donor = params.value(s("donor")).toString().left(100);
    const QString note = params.value(s("note")).toString().left(500);
    // The engine records and audits it, as it does for Discord's /donate.
    const mech::LedgerRecordResult r =
        m_service.recordDonation(qint64(cents.toDouble()), donor, caller.identity,
                                 docker::actionOriginName(docker::ActionOrigin::Api), note);
    if (!r.ok) {
        reply(fail(errc::kFailed, r.error));
        return;
    }
    reply(QJsonObject{{s("eventId"), double(r.event.id)},
                      {s("cents"), double(r.event.cents)},
                      {s("donor"), r.event.donor},
                      {s("level"), r.state.level()},
                      {s("totalCents"), double(r.state.totalCents)},
                      {s("powerCents"), double(r.state.powerWholeCents())}});
}

void ControlDispatcher::mechHistory(const QJsonObject &params, const ControlCaller &,
                                    const Reply &reply) {
    mech::MechService *mech = m_service.mech();
    const std::optional<int> limit = intParam(params, "limit", 50, 1, kMaxHistoryRows);
    if (!mech) {
        reply(fail(errc::kUnavailable, tr("The mech is not running (no database).")));
        return;
    }
    if (!limit) {
        reply(invalid(tr("\"limit\" must be from 1 to %1.").arg(kMaxHistoryRows)));
        return;
    }
    QString error;
    const QList<mech::LedgerEvent> events = mech->history(*limit, &error);
    if (!error.isEmpty()) {
        reply(fail(errc::kFailed, error));
        return;
    }
    QJsonArray rows;
    for (const mech::LedgerEvent &e : events)
        rows.append(ValueJson::ledgerEvent(e));
    reply(QJsonObject{{s("events"), rows}});
}

void ControlDispatcher::auditQuery(const QJsonObject &params, const ControlCaller &,
                                   const Reply &reply) {
    storage::AuditLog *log = m_service.auditLog();
    const std::optional<int> limit = intParam(params, "limit", 200, 1, kMaxAuditRows);
    if (!log) {
        reply(fail(errc::kUnavailable, tr("The audit log is not available (no database).")));
        return;
    }
    if (!limit) {
        reply(invalid(tr("\"limit\" must be from 1 to %1.").arg(kMaxAuditRows)));
        return;
    }
    storage::AuditFilter filter;
    filter.source = params.value(s("source")).toString();
    filter.actor = params.value(s("actor")).toString();
    filter.action = params.value(s("action")).toString();
    filter.result = params.value(s("result")).toString();
    filter.sinceEpochMs = qint64(params.value(s("sinceEpochMs")).toDouble());
    filter.limit = *limit;
    QString error;
    const QList<storage::AuditEntry> entries = log->query(filter, &error);
    if (!error.isEmpty()) {
        reply(fail(errc::kFailed, error));
        return;
    }
    QJsonArray rows;
    for (const storage::AuditEntry &e : entries)
        rows.append(ValueJson::auditEntry(e));
    reply(QJsonObject{{s("entries"), rows}});
}

void ControlDispatcher::settingsGet(const QJsonObject &, const ControlCaller &,
                                    const Reply &reply) {
    const QString path = m_service.options().configPath;
    const config::LoadResult file = config::SettingsStore::loadFileOnly(path);
    QJsonObject settings = config::SettingsJson::write(file.settings);
    // The token is write-only: a client learns only whether one is set.
    QJsonObject discord = settings.value(s("discord")).toObject();
    discord.remove(s("token"));
    settings.insert(s("discord"), discord);
    const config::LoadResult effective = config::SettingsStore::load(path);
    reply(QJsonObject{{s("path"), path},
                      {s("settings"), settings},
                      {s("tokenSet"), !m_service.settings().discord.token.isEmpty()},
                      {s("overrides"), QJsonArray::fromStringList(effective.overrides)},
                      {s("issues"), issuesToJson(file.issues)}});
}

void ControlDispatcher::settingsValidate(const QJsonObject &params, const ControlCaller &,
                                         const Reply &reply) {
    const ParsedSettings parsed = parseSettings(params.value(s("settings")).toObject());
    reply(QJsonObject{{s("valid"), !config::hasErrors(parsed.issues)},
                      {s("issues"), issuesToJson(parsed.issues)}});
}

void ControlDispatcher::settingsSet(const QJsonObject &params, const ControlCaller &caller,
                                    const Reply &reply) {
    const QString path = m_service.options().configPath;
    QJsonObject json = params.value(s("settings")).toObject();
    // A client never sees the token, so a settings object without one keeps the file's.
    QJsonObject discord = json.value(s("discord")).toObject();
    const config::LoadResult before = config::SettingsStore::loadFileOnly(path);
    if (!discord.contains(s("token")) && !before.settings.discord.token.isEmpty()) {
        discord.insert(s("token"), before.settings.discord.token);
        json.insert(s("discord"), discord);
    }
    const ParsedSettings parsed = parseSettings(json);
    Result result{QJsonObject{}};
    if (config::hasErrors(parsed.issues)) {
        QStringList lines;
        for (const config::ConfigIssue &i : parsed.issues) {
            if (i.isError() && lines.size() < 5)
                lines.append(i.toString());
        }
        result = fail(errc::kInvalidSettings, lines.join(QLatin1Char('\n')));
    } else if (QString error; !config::SettingsStore::save(path, parsed.settings, &error)) {
        result = fail(errc::kFailed, error);
    } else {
        // Reload as SIGHUP does: the file under the environment's overrides.
        const config::LoadResult loaded = config::SettingsStore::load(path);
        QStringList issues;
        for (const config::ConfigIssue &i : loaded.issues)
            issues.append(i.toString());
        result = QJsonObject{{s("saved"), true},
                             {s("overrides"), QJsonArray::fromStringList(loaded.overrides)},
                             {s("issues"), issuesToJson(parsed.issues)}};
        audit(caller, ControlMethod::SettingsSet, path, result);
        reply(result);
        // Last: a reload may restart the control API's own listeners.
        m_service.reload(loaded.settings, issues);
        return;
    }
    audit(caller, ControlMethod::SettingsSet, path, result);
    reply(result);
}

void ControlDispatcher::settingsSetToken(const QJsonObject &params, const ControlCaller &caller,
                                         const Reply &reply) {
    const QString token = params.value(s("token")).toString().trimmed();
    const QString where = params.value(s("where")).toString(s("auto"));
    if (token.isEmpty() || token.size() > 512 || token.contains(QLatin1Char('\n')) ||
        (where != QLatin1String("auto") && where != QLatin1String("keychain") &&
         where != QLatin1String("file"))) {
        reply(invalid(tr("settings.setToken needs \"token\" (one line) and \"where\": auto, "
                         "keychain or file.")));
        return;
    }
    if (where == QLatin1String("file")) {
        storeTokenInFile(token, {}, caller, reply);
        return;
    }
    // The keychain answers asynchronously (a desktop may ask its user to unlock it).
    QPointer<service::BotService> service(&m_service);
    config::SecretStore::writeTokenAsync(
        token, &m_service,
        [this, service, token, where, caller, reply](const config::SecretResult &r) {
            if (!service)
                return;
            if (r.ok) {
                const QString path = m_service.options().configPath;
                const config::LoadResult loaded = config::SettingsStore::load(path);
                QStringList issues;
                for (const config::ConfigIssue &i : loaded.issues)
                    issues.append(i.toString());
                const Result result = QJsonObject{{s("stored"), s("keychain")}};
                audit(caller, ControlMethod::SettingsSetToken, s("keychain"), result);
                reply(result);
                m_service.reload(loaded.settings, issues);
                return;
            }
            if (where == QLatin1String("keychain")) {
                const Result result =
                    fail(errc::kFailed, tr("The keychain did not take the token: %1").arg(r.error));
                audit(caller, ControlMethod::SettingsSetToken, s("keychain"), result);
                reply(result);
                return;
            }
            storeTokenInFile(token, r.error, caller, reply);
        });
}

void ControlDispatcher::settingsCheckToken(const QJsonObject &params, const ControlCaller &,
                                           const Reply &reply) {
    QString token = params.value(s("token")).toString().trimmed();
    if (token.isEmpty())
        token = m_service.settings().discord.token;
    if (token.isEmpty() || token.size() > 512 || token.contains(QLatin1Char('\n'))) {
        reply(invalid(tr("There is no token to check: paste one, or store one first.")));
        return;
    }
    // One request, not retried: an answer within seconds is what the operator waits for. The
    // client lives on the service thread until it has answered.
    discord::RestOptions options;
    options.baseUrl = QUrl(m_service.settings().discord.apiBaseUrl);
    options.token = token;
    options.maxRetries = 0;
    options.timeoutMs = 10000;
    auto *rest = new discord::RestClient(options, &Clock::system(),
                                         &memory::CacheRegistry::global(), &m_service);
    rest->enqueue(
        discord::RestRequest::get(QStringLiteral("/users/@me")),
        [rest, reply](const discord::RestResponse &r) {
            rest->deleteLater();
            if (r.status == 401) {
                reply(fail(errc::kDenied, tr("Discord refused this token (401): it is wrong, or it "
                                             "was reset in the developer portal.")));
                return;
            }
            if (!r.ok()) {
                reply(fail(errc::kFailed,
                           r.status == 0
                               ? tr("Discord could not be reached: %1").arg(r.error)
                               : tr("Discord answered %1: %2").arg(r.status).arg(r.error)));
                return;
            }
            const QJsonObject user = r.json().object();
            reply(QJsonObject{{s("id"), user.value(s("id")).toString()},
                              {s("username"), user.value(s("username")).toString()},
                              {s("bot"), user.value(s("bot")).toBool()}});
        });
}

void ControlDispatcher::storeTokenInFile(const QString &token, const QString &keychainError,
                                         const ControlCaller &caller, const Reply &reply) {
    const QString path = m_service.options().configPath;
    config::LoadResult file = config::SettingsStore::loadFileOnly(path);
    file.settings.discord.token = token;
    file.settings.discord.tokenInFile = true;
    Result result{QJsonObject{}};
    if (QString error; !config::SettingsStore::save(path, file.settings, &error)) {
        result = fail(errc::kFailed, tr("The token could not be saved: %1").arg(error));
        audit(caller, ControlMethod::SettingsSetToken, s("file"), result);
        reply(result);
        return;
    }
    QJsonObject answer{{s("stored"), s("file")}, {s("path"), path}};
    if (!keychainError.isEmpty())
        answer.insert(s("keychainError"), keychainError);
    result = answer;
    audit(caller, ControlMethod::SettingsSetToken, s("file"), result, keychainError);
    reply(result);
    const config::LoadResult loaded = config::SettingsStore::load(path);
    QStringList issues;
    for (const config::ConfigIssue &i : loaded.issues)
        issues.append(i.toString());
    m_service.reload(loaded.settings, issues);
}

void ControlDispatcher::cleanupForce(const QJsonObject &, const ControlCaller &caller,
                                     const Reply &reply) {
    monitor::MemoryMonitor *memory = m_service.memoryMonitor();
    if (!memory) {
        const Result result = fail(errc::kUnavailable, tr("The memory monitor is not running."));
        audit(caller, ControlMethod::CleanupForce, {}, result);
        reply(result);
        return;
    }
    const monitor::CleanupReport r = memory->forceCleanup();
    const Result result = ValueJson::cleanupReport(r);
    audit(caller, ControlMethod::CleanupForce, {}, result,
          QStringLiteral("%1 entries, %2 bytes").arg(r.entriesFreed).arg(r.bytesFreed));
    reply(result);
}

void ControlDispatcher::mechAnimation(const QJsonObject &params, const ControlCaller &,
                                      const Reply &reply) {
    mech::MechService *mech = m_service.mech();
    const QString size = params.value(s("size")).toString(s("big"));
    if (size != QLatin1String("big") && size != QLatin1String("small")) {
        reply(invalid(tr("\"size\" must be big or small.")));
        return;
    }
    if (!mech) {
        reply(fail(errc::kUnavailable, tr("The mech is not running (no database).")));
        return;
    }
    const mech::AnimationResult r = mech->currentAnimation(
        size == QLatin1String("big") ? mech::AnimationSize::Big : mech::AnimationSize::Small);
    if (!r.ok) {
        reply(fail(errc::kFailed, r.error));
        return;
    }
    if (r.data.size() > kMaxAnimationBytes) {
        reply(fail(errc::kFailed,
                   tr("The animation is larger than %1 bytes.").arg(kMaxAnimationBytes)));
        return;
    }
    reply(QJsonObject{{s("webp"), QString::fromLatin1(r.data.toBase64())},
                      {s("bytes"), double(r.data.size())}});
}

void ControlDispatcher::memoryHistory(const QJsonObject &params, const ControlCaller &,
                                      const Reply &reply) {
    monitor::MemoryMonitor *memory = m_service.memoryMonitor();
    const std::optional<int> limit =
        intParam(params, "limit", kMaxMemorySamples, 1, kMaxMemorySamples);
    if (!memory) {
        reply(fail(errc::kUnavailable, tr("The memory monitor is not running.")));
        return;
    }
    if (!limit) {
        reply(invalid(tr("\"limit\" must be from 1 to %1.").arg(kMaxMemorySamples)));
        return;
    }
    // The day's coarse samples, then the recent fine ones: oldest first, the newest kept.
    const QList<monitor::MemorySample> all = memory->day() + memory->recent();
    QJsonArray samples;
    for (qsizetype i = std::max<qsizetype>(0, all.size() - *limit); i < all.size(); ++i)
        samples.append(ValueJson::memorySample(all.at(i)));
    reply(QJsonObject{{s("samples"), samples}});
}

} // namespace mechdock::control

namespace mechdock::control {

void ControlDispatcher::discordChannels(const QJsonObject &, const ControlCaller &,
                                        const Reply &reply) {
    const config::Settings &settings = m_service.settings();
    if (settings.discord.token.isEmpty()) {
        reply(fail(errc::kUnavailable,
                   tr("There is no bot token yet: store one, then the channels can be listed.")));
        return;
    }
    // The guilds the bot is in (named by the gateway), then configured ones it has not seen.
    QList<GuildChannelLister::Guild> guilds;
    QStringList seen;
    if (const service::DiscordBot *bot = m_service.discordBot()) {
        if (const discord::DiscordGateway *gateway = bot->gateway()) {
            for (const discord::GatewayGuild &g : gateway->guilds()) {
                guilds.append({g.id, g.name});
                seen.append(g.id);
            }
        }
    }
    for (const QString &id : settings.discord.guildIds) {
        if (!seen.contains(id))
            guilds.append({id, QString()});
    }
    if (guilds.isEmpty()) {
        reply(fail(errc::kUnavailable,
                   tr("The bot is in no server yet, and no server id is configured: invite the "
                      "bot to your server first.")));
        return;
    }
    GuildChannelLister::list(QUrl(settings.discord.apiBaseUrl), settings.discord.token, guilds,
                             &m_service, reply);
}

void ControlDispatcher::autoActionsTest(const QJsonObject &params, const ControlCaller &,
                                        const Reply &reply) {
    reply(AutoActionControl::test(m_service, params));
}

void ControlDispatcher::autoActionsStatus(const QJsonObject &, const ControlCaller &,
                                          const Reply &reply) {
    reply(AutoActionControl::status(m_service));
}

} // namespace mechdock::control
