#include "engineclient.h"

#include "control/snapshotjson.h"
#include "control/valuejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPointer>

namespace mechdock::client {

namespace {

using control::ControlMethod;
using control::ValueJson;

QString s(const char *text) {
    return QString::fromLatin1(text);
}

qint64 int64(const QJsonObject &o, const char *key) {
    return qint64(o.value(s(key)).toDouble());
}

config::ConfigIssues issuesOf(const QJsonArray &array) {
    config::ConfigIssues issues;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        config::ConfigIssue i;
        i.severity = o.value(s("severity")).toString() == QLatin1String("warning")
                         ? config::ConfigIssue::Severity::Warning
                         : config::ConfigIssue::Severity::Error;
        i.path = o.value(s("path")).toString();
        i.message = o.value(s("message")).toString();
        issues.append(i);
    }
    return issues;
}

template <typename T>
QList<T> listOf(const QJsonArray &array, T (*decode)(const QJsonObject &)) {
    QList<T> out;
    out.reserve(array.size());
    for (const QJsonValue &v : array)
        out.append(decode(v.toObject()));
    return out;
}

} // namespace

void EngineClient::deliver(const QPointer<QObject> &context, JsonCallback done,
                           const Expected<QJsonObject> &result) {
    // Read on the main thread, where the context would be deleted.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(),
        [guard = context, done = std::move(done), result] {
            if (guard)
                done(result);
        },
        Qt::QueuedConnection);
}

template <typename T>
void EngineClient::call(ControlMethod method, const QJsonObject &params, QObject *context,
                        Callback<T> done, std::function<T(const QJsonObject &)> decode) {
    request(method, params, context,
            [done = std::move(done), decode = std::move(decode)](const Expected<QJsonObject> &r) {
                if (!r.ok())
                    done(Expected<T>(r.error()));
                else
                    done(Expected<T>(decode(r.value())));
            });
}

void EngineClient::containerAction(const QString &endpoint, const QString &name,
                                   docker::ContainerAction action, bool administrator,
                                   QObject *context, Callback<ActionOutcome> done) {
    const QJsonObject params{{s("endpoint"), endpoint},
                             {s("name"), name},
                             {s("action"), docker::containerActionName(action)},
                             {s("administrator"), administrator}};
    call<ActionOutcome>(
        ControlMethod::ContainersAction, params, context, std::move(done),
        [](const QJsonObject &o) {
            return ActionOutcome{o.value(s("message")).toString(), o.value(s("changed")).toBool()};
        });
}

void EngineClient::containerLogs(const QString &endpoint, const QString &name, int lines,
                                 QObject *context, Callback<ContainerLogText> done) {
    const QJsonObject params{{s("endpoint"), endpoint}, {s("name"), name}, {s("lines"), lines}};
    call<ContainerLogText>(ControlMethod::ContainersLogs, params, context, std::move(done),
                           [](const QJsonObject &o) {
                               return ContainerLogText{o.value(s("text")).toString(),
                                                       o.value(s("truncated")).toBool()};
                           });
}

void EngineClient::listTasks(int upcoming, QObject *context,
                             Callback<QList<scheduler::TaskOverview>> done) {
    call<QList<scheduler::TaskOverview>>(
        ControlMethod::SchedulerList, QJsonObject{{s("upcoming"), upcoming}}, context,
        std::move(done), [](const QJsonObject &o) {
            return listOf<scheduler::TaskOverview>(o.value(s("tasks")).toArray(),
                                                   &ValueJson::taskOverview);
        });
}

void EngineClient::saveTask(const scheduler::ScheduledTask &task, QObject *context,
                            Callback<QString> done) {
    const ControlMethod method =
        task.id.isEmpty() ? ControlMethod::SchedulerAdd : ControlMethod::SchedulerUpdate;
    call<QString>(method, QJsonObject{{s("task"), ValueJson::task(task)}}, context, std::move(done),
                  [](const QJsonObject &o) { return o.value(s("id")).toString(); });
}

void EngineClient::removeTask(const QString &id, QObject *context, Callback<QString> done) {
    call<QString>(ControlMethod::SchedulerRemove, QJsonObject{{s("id"), id}}, context,
                  std::move(done),
                  [](const QJsonObject &o) { return o.value(s("id")).toString(); });
}

void EngineClient::mechAnimation(mech::AnimationSize size, QObject *context,
                                 Callback<QByteArray> done) {
    call<QByteArray>(ControlMethod::MechAnimation,
                     QJsonObject{{s("size"), mech::AnimationKey::sizeName(size)}}, context,
                     std::move(done), [](const QJsonObject &o) {
                         return QByteArray::fromBase64(o.value(s("webp")).toString().toLatin1());
                     });
}

void EngineClient::mechHistory(int limit, QObject *context,
                               Callback<QList<mech::LedgerEvent>> done) {
    call<QList<mech::LedgerEvent>>(ControlMethod::MechHistory, QJsonObject{{s("limit"), limit}},
                                   context, std::move(done), [](const QJsonObject &o) {
                                       return listOf<mech::LedgerEvent>(
                                           o.value(s("events")).toArray(), &ValueJson::ledgerEvent);
                                   });
}

void EngineClient::donate(qint64 cents, const QString &donor, const QString &note, QObject *context,
                          Callback<DonationOutcome> done) {
    const QJsonObject params{{s("cents"), double(cents)}, {s("donor"), donor}, {s("note"), note}};
    call<DonationOutcome>(
        ControlMethod::MechDonate, params, context, std::move(done), [](const QJsonObject &o) {
            return DonationOutcome{int64(o, "eventId"), int64(o, "cents"),
                                   o.value(s("donor")).toString(), o.value(s("level")).toInt(),
                                   int64(o, "totalCents")};
        });
}

void EngineClient::queryAudit(const storage::AuditFilter &filter, QObject *context,
                              Callback<QList<storage::AuditEntry>> done) {
    call<QList<storage::AuditEntry>>(ControlMethod::AuditQuery, ValueJson::auditFilter(filter),
                                     context, std::move(done), [](const QJsonObject &o) {
                                         return listOf<storage::AuditEntry>(
                                             o.value(s("entries")).toArray(),
                                             &ValueJson::auditEntry);
                                     });
}

void EngineClient::memoryHistory(QObject *context, Callback<QList<monitor::MemorySample>> done) {
    call<QList<monitor::MemorySample>>(
        ControlMethod::MemoryHistory, {}, context, std::move(done), [](const QJsonObject &o) {
            return listOf<monitor::MemorySample>(o.value(s("samples")).toArray(),
                                                 &ValueJson::memorySample);
        });
}

void EngineClient::forceCleanup(QObject *context, Callback<monitor::CleanupReport> done) {
    call<monitor::CleanupReport>(ControlMethod::CleanupForce, {}, context, std::move(done),
                                 [](const QJsonObject &o) { return ValueJson::cleanupReport(o); });
}

void EngineClient::readSettings(QObject *context, Callback<SettingsDocument> done) {
    call<SettingsDocument>(ControlMethod::SettingsGet, {}, context, std::move(done),
                           [](const QJsonObject &o) {
                               SettingsDocument d;
                               d.path = o.value(s("path")).toString();
                               d.settings = o.value(s("settings")).toObject();
                               d.tokenSet = o.value(s("tokenSet")).toBool();
                               for (const QJsonValue &v : o.value(s("overrides")).toArray())
                                   d.overrides.append(v.toString());
                               d.issues = issuesOf(o.value(s("issues")).toArray());
                               return d;
                           });
}

void EngineClient::writeSettings(const QJsonObject &settings, QObject *context,
                                 Callback<SettingsSaveOutcome> done) {
    call<SettingsSaveOutcome>(ControlMethod::SettingsSet, QJsonObject{{s("settings"), settings}},
                              context, std::move(done), [](const QJsonObject &o) {
                                  SettingsSaveOutcome out;
                                  for (const QJsonValue &v : o.value(s("overrides")).toArray())
                                      out.overrides.append(v.toString());
                                  out.issues = issuesOf(o.value(s("issues")).toArray());
                                  return out;
                              });
}

void EngineClient::storeToken(const QString &token, const QString &where, QObject *context,
                              Callback<TokenStored> done) {
    call<TokenStored>(
        ControlMethod::SettingsSetToken, QJsonObject{{s("token"), token}, {s("where"), where}},
        context, std::move(done), [](const QJsonObject &o) {
            return TokenStored{o.value(s("stored")).toString(), o.value(s("path")).toString(),
                               o.value(s("keychainError")).toString()};
        });
}

void EngineClient::snapshot(QObject *context, Callback<service::ServiceSnapshot> done) {
    call<service::ServiceSnapshot>(
        ControlMethod::SnapshotGet, {}, context, std::move(done),
        [](const QJsonObject &o) { return control::SnapshotJson::fromJson(o); });
}

void EngineClient::discordChannels(QObject *context, Callback<DiscordChannelList> done) {
    call<DiscordChannelList>(
        ControlMethod::DiscordChannels, {}, context, std::move(done), [](const QJsonObject &o) {
            DiscordChannelList list;
            for (const QJsonValue &v : o.value(s("channels")).toArray()) {
                const QJsonObject c = v.toObject();
                list.channels.append({c.value(s("guildId")).toString(),
                                      c.value(s("guildName")).toString(),
                                      c.value(s("id")).toString(), c.value(s("name")).toString(),
                                      c.value(s("category")).toString()});
            }
            for (const QJsonValue &v : o.value(s("errors")).toArray()) {
                const QJsonObject e = v.toObject();
                const QString guild = e.value(s("guildName")).toString();
                list.problems.append(QStringLiteral("%1: %2").arg(
                    guild.isEmpty() ? e.value(s("guildId")).toString() : guild,
                    e.value(s("message")).toString()));
            }
            return list;
        });
}

void EngineClient::checkToken(const QString &token, QObject *context, Callback<BotIdentity> done) {
    call<BotIdentity>(
        ControlMethod::SettingsCheckToken, QJsonObject{{s("token"), token}}, context,
        std::move(done), [](const QJsonObject &o) {
            return BotIdentity{o.value(s("id")).toString(), o.value(s("username")).toString()};
        });
}

} // namespace mechdock::client
