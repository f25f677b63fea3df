// BotService: wires storage, Docker, Discord, the mech, the scheduler and monitoring together on
// the service thread, and publishes a ServiceSnapshot about once a second. Everything it owns
// lives and dies on that thread.
#pragma once

#include "config/settings.h"
#include "docker/containeractionresult.h"
#include "mech/donationledger.h"
#include "servicesnapshot.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace mechdock::storage {
class Database;
class AuditLog;
} // namespace mechdock::storage

namespace mechdock::monitor {
class AlertCenter;
class MemoryMonitor;
class ResourceMonitor;
} // namespace mechdock::monitor

namespace mechdock::scheduler {
class SchedulerApi;
class TaskRunner;
class TaskStore;
} // namespace mechdock::scheduler

namespace mechdock::mech {
class AnimationCache;
class AnimationDiskCache;
class AnimationLibrary;
class DonationLedger;
class MechService;
} // namespace mechdock::mech

namespace mechdock::gamequery {
class PlayerQuerier;
}

namespace mechdock::service {

class AutoActionService;
class ContainerPoller;
class CrashAlertReporter;
class HeartbeatPinger;
class DiscordBot;
class ScheduledActionExecutor;
class ServiceBotBackend;
class EndpointProbe;
class HealthServer;
class StatusMessageStore;

class BotService;

struct ServiceOptions {
    QString configPath;
    QString dataDir;
    QStringList configIssues; // found while loading, shown to the operator
    // Called on the service thread at the end of every start(): attaches the clients' side of
    // the engine (the control API), which lives in a library above this one.
    std::function<void(BotService &)> attachClients;
};

class BotService : public QObject {
    Q_OBJECT
public:
    BotService(config::Settings settings, ServiceOptions options, QObject *parent = nullptr);
    ~BotService() override;

    ServiceSnapshot snapshot() const;
    // The health endpoint's port, 0 when off or not listening.
    quint16 healthPort() const;
    monitor::MemoryMonitor *memoryMonitor() const { return m_memory; }
    monitor::AlertCenter *alerts() const { return m_alerts; }
    scheduler::TaskRunner *taskRunner() const { return m_runner; }
    scheduler::SchedulerApi *schedulerApi() const { return m_schedulerApi.get(); }
    DiscordBot *discordBot() const { return m_bot; }
    // Auto-actions while the service runs, else null.
    AutoActionService *autoActions() const { return m_autoActions; }
    mech::MechService *mech() const { return m_mech.get(); }
    // A start, stop or restart (the panel's), through the route every action takes; the result
    // is logged, audited and, when `done` is set, handed back.
    void containerAction(const QString &endpoint, const QString &name,
                         docker::ContainerAction action, const docker::Actor &actor,
                         std::function<void(const docker::ContainerActionResult &)> done = {});
    // The last `lines` log lines of a container, for the panel's log view.
    void containerLogs(const QString &endpoint, const QString &name, int lines,
                       std::function<void(bool ok, const QString &textOrError)> done);
    // Records a donation and audits it (who, from where): the one path for Discord's /donate
    // and the control API.
    // `note` is kept with the donation; empty says who recorded it.
    mech::LedgerRecordResult recordDonation(qint64 cents, const QString &donor,
                                            const QString &actor, const QString &source,
                                            const QString &note = {});
    const config::Settings &settings() const { return m_settings; }
    const ServiceOptions &options() const { return m_options; }
    storage::AuditLog *auditLog() const { return m_audit.get(); }
    gamequery::PlayerQuerier *playerQuerier() const { return m_players; }
    storage::Database *database() const { return m_db.get(); }
    QString databasePath() const;

public slots:
    void start();
    void stop();
    void reload(const mechdock::config::Settings &settings, const QStringList &issues);
    void publishSnapshot();

signals:
    void snapshotReady(const mechdock::service::ServiceSnapshot &snapshot);
    void started();
    void stopped();
    // After reload() applied new settings.
    void settingsReloaded();

private:
    void openDatabase();
    // Runs while the database is missing: a folder that becomes writable again, or a damaged
    // file moved aside, brings the database back without a restart.
    void retryDatabase();
    void startDatabaseUsers();
    void resolveToken();
    void startHealthServer();
    void applyHeartbeat();
    void applyMemorySettings();
    void startScheduler();
    void stopScheduler();
    void startBot();
    void startMech();
    void stopMech();

    config::Settings m_settings;
    ServiceOptions m_options;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<storage::AuditLog> m_audit;
    std::unique_ptr<StatusMessageStore> m_messageStore;
    QString m_databaseError;
    BotState m_botState = BotState::Offline;
    QString m_botReason;
    QTimer *m_snapshotTimer;
    QTimer *m_databaseRetry;
    HealthServer *m_health = nullptr;
    monitor::MemoryMonitor *m_memory = nullptr;
    EndpointProbe *m_probe = nullptr;
    gamequery::PlayerQuerier *m_players; // player counts; asked only while running
    monitor::AlertCenter *m_alerts = nullptr;
    monitor::ResourceMonitor *m_resources = nullptr;
    ScheduledActionExecutor *m_executor = nullptr;
    ContainerPoller *m_poller = nullptr;
    CrashAlertReporter *m_crashAlerts = nullptr;
    AutoActionService *m_autoActions = nullptr;
    HeartbeatPinger *m_heartbeat = nullptr;
    std::unique_ptr<scheduler::TaskStore> m_taskStore;
    scheduler::TaskRunner *m_runner = nullptr;
    std::unique_ptr<scheduler::SchedulerApi> m_schedulerApi;
    ServiceBotBackend *m_backend = nullptr;
    DiscordBot *m_bot = nullptr;
    std::unique_ptr<mech::DonationLedger> m_ledger;
    std::unique_ptr<mech::AnimationLibrary> m_animationLibrary;
    std::unique_ptr<mech::AnimationDiskCache> m_animationDisk;
    std::unique_ptr<mech::AnimationCache> m_animations;
    std::unique_ptr<mech::MechService> m_mech;
    quint64 m_schedulerRuns = 0;
    quint64 m_schedulerFailures = 0;
    QString m_healthError; // a child, so it moves to the service thread with us
    bool m_running = false;
};

} // namespace mechdock::service
