// BotService: wires storage, Docker, Discord, the mech, the scheduler and monitoring together on
// the service thread, and publishes a ServiceSnapshot about once a second. Everything it owns
// lives and dies on that thread.
#pragma once

#include "config/settings.h"
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

namespace mechdock::service {

class ContainerPoller;
class DiscordBot;
class DockerActionExecutor;
class ServiceBotBackend;
class EndpointProbe;
class HealthServer;

struct ServiceOptions {
    QString configPath;
    QString dataDir;
    QStringList configIssues; // found while loading, shown to the operator
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
    mech::MechService *mech() const { return m_mech.get(); }
    // A start, stop or restart asked for in the panel; the result is logged and audited.
    void containerAction(const QString &endpoint, const QString &name, const QString &action,
                         const QString &actor);
    // The last `lines` log lines of a container, for the panel's log view.
    void containerLogs(const QString &endpoint, const QString &name, int lines,
                       std::function<void(bool ok, const QString &textOrError)> done);
    storage::AuditLog *auditLog() const { return m_audit.get(); }
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

private:
    void openDatabase();
    void resolveToken();
    void startHealthServer();
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
    QString m_databaseError;
    BotState m_botState = BotState::Offline;
    QString m_botReason;
    QTimer *m_snapshotTimer;
    HealthServer *m_health = nullptr;
    monitor::MemoryMonitor *m_memory = nullptr;
    EndpointProbe *m_probe = nullptr;
    monitor::AlertCenter *m_alerts = nullptr;
    monitor::ResourceMonitor *m_resources = nullptr;
    DockerActionExecutor *m_executor = nullptr;
    ContainerPoller *m_poller = nullptr;
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
