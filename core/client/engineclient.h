// EngineClient: how the panel (and any other client) talks to the engine, wherever it runs. One
// typed, asynchronous interface: each request names a context object (on the main thread) and a
// callback, and the callback runs once there with the result or the error, unless the context
// is gone by then; never before request() returns. Snapshots arrive as a signal on the client's
// thread.
//
// Two implementations: InProcessEngineClient (the panel hosts the engine on its own thread) and
// RemoteEngineClient (a running service, over its local socket or TLS). Both go through the
// engine's ControlDispatcher, so every rule (audit, cool-downs, donations) lives once, in the
// engine; this base class only turns typed calls into control API requests and back.
#pragma once

#include "control/controlmethod.h"
#include "docker/containeraction.h"
#include "enginetypes.h"
#include "logging/logrecord.h"
#include "mech/animationkey.h"
#include "mech/donationledger.h"
#include "monitor/memorymonitor.h"
#include "scheduler/schedulerapi.h"
#include "service/servicesnapshot.h"
#include "storage/auditentry.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace mechdock::client {

class EngineClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)
public:
    template <typename T>
    using Callback = std::function<void(const Expected<T> &)>;
    using JsonCallback = Callback<QJsonObject>;

    explicit EngineClient(QObject *parent = nullptr)
        : QObject(parent) {}
    ~EngineClient() override = default;

    virtual ConnectionState state() const = 0;
    // True when this process runs the engine (closing the panel stops the bot).
    virtual bool hostsEngine() const = 0;
    // True when the engine's log arrives through logRecordsReceived (a remote engine); false
    // when it is this process's own log (in-process).
    virtual bool streamsLog() const = 0;

    // Any control API method; the typed calls below are built on it.
    virtual void request(control::ControlMethod method, const QJsonObject &params, QObject *context,
                         JsonCallback done) = 0;

    // The panel's operator is an administrator: with `administrator` the action skips
    // Discord's cool-down and may act on any container of the endpoints (the audit says so).
    void containerAction(const QString &endpoint, const QString &name,
                         docker::ContainerAction action, bool administrator, QObject *context,
                         Callback<ActionOutcome> done);
    void containerLogs(const QString &endpoint, const QString &name, int lines, QObject *context,
                       Callback<ContainerLogText> done);

    void listTasks(int upcoming, QObject *context, Callback<QList<scheduler::TaskOverview>> done);
    // Adds a task without an id, updates one with an id; the task's id comes back.
    void saveTask(const scheduler::ScheduledTask &task, QObject *context, Callback<QString> done);
    void removeTask(const QString &id, QObject *context, Callback<QString> done);

    void mechAnimation(mech::AnimationSize size, QObject *context, Callback<QByteArray> done);
    void mechHistory(int limit, QObject *context, Callback<QList<mech::LedgerEvent>> done);
    void donate(qint64 cents, const QString &donor, const QString &note, QObject *context,
                Callback<DonationOutcome> done);

    void queryAudit(const storage::AuditFilter &filter, QObject *context,
                    Callback<QList<storage::AuditEntry>> done);
    void memoryHistory(QObject *context, Callback<QList<monitor::MemorySample>> done);
    void forceCleanup(QObject *context, Callback<monitor::CleanupReport> done);

    void readSettings(QObject *context, Callback<SettingsDocument> done);
    // `settings` without discord.token keeps the engine's token.
    void writeSettings(const QJsonObject &settings, QObject *context,
                       Callback<SettingsSaveOutcome> done);
    // `where`: "auto" (the keychain, else the settings file), "keychain" or "file".
    void storeToken(const QString &token, const QString &where, QObject *context,
                    Callback<TokenStored> done);
    // Asks Discord whose token this is (empty: the engine's own).
    void checkToken(const QString &token, QObject *context, Callback<BotIdentity> done);
    // The engine's state now (snapshot.get).
    void snapshot(QObject *context, Callback<service::ServiceSnapshot> done);
    // The text channels of the bot's servers (discord.channels).
    void discordChannels(QObject *context, Callback<DiscordChannelList> done);

protected:
    // Runs done(result) later on the application's main thread (where request contexts live)
    // if the context still exists then; never from inside request().
    // The QPointer must have been made on the main thread (in request()).
    static void deliver(const QPointer<QObject> &context, JsonCallback done,
                        const Expected<QJsonObject> &result);

signals:
    void snapshotReceived(const mechdock::service::ServiceSnapshot &snapshot);
    void stateChanged(const mechdock::client::ConnectionState &state);
    // New lines of the engine's log, oldest first (only when streamsLog()).
    void logRecordsReceived(const QList<mechdock::logging::LogRecord> &records);

private:
    template <typename T>
    void call(control::ControlMethod method, const QJsonObject &params, QObject *context,
              Callback<T> done, std::function<T(const QJsonObject &)> decode);
};

} // namespace mechdock::client
