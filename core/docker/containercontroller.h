// ContainerController: the one route for container actions, whoever asks (Discord, the panel,
// the scheduler, the CLI), with one policy:
// - only containers of the settings, and only the actions their allowedActions list;
// - a toggle of the same container within the cool-down (150 s) is refused with the time it is
//   allowed again, unless the panel operator overrides it (Actor::overrideCooldown);
// - every action that reaches Docker is measured in the operation metrics ("docker.start", ...);
// - every request, refused or not, gets exactly one audit entry (source, actor, result, detail);
// - several containers at once (restart all, stop all) go in batches of docker.batchSize with
//   docker.batchDelayMs between batches.
// It also keeps at most 5 stats requests in flight on each endpoint and queues the rest
// (bounded, per endpoint): the limit spares each daemon, and one slow host does not hold up the
// stats of the others. All time comes from the injected clock; lives on one thread.
#pragma once

#include "containeraction.h"
#include "containeractionresult.h"
#include "containerinfo.h"
#include "containerupdate.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace mechdock {
class Clock;
}
namespace mechdock::config {
struct ContainerSettings;
struct Settings;
} // namespace mechdock::config
namespace mechdock::monitor {
class OperationMetrics;
}
namespace mechdock::storage {
class AuditLog;
}

namespace mechdock::docker {

class ContainerUpdater;
class DockerClient;

class ContainerController : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerController)
public:
    struct Settings {
        int toggleCooldownSec = 150; // DDC_TOGGLE_CACHE_DURATION; 0 = off
        int batchSize = 3;           // DDC_BATCH_SIZE
        int batchDelayMs = 100;      // DDC_RATE_LIMIT_DELAY
        int maxConcurrentStats = 5;  // per endpoint
        int maxQueuedStats = 500;    // per endpoint
        int stopTimeoutSec = 10;
        // For ContainerAction::Update; its stopTimeoutSec is the one above.
        ContainerUpdateOptions update;
    };

    explicit ContainerController(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ContainerController() override;

    // The docker section (cool-down, batches, stats limit) and the containers of the settings.
    void configure(const config::Settings &settings);
    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }
    // The containers and Swarm services actions may touch, with their allowed actions.
    void setContainers(const QList<config::ContainerSettings> &containers);
    // The client that serves an endpoint (not owned; e.g. ContainerStatusCache::client()).
    void setClient(const QString &endpoint, DockerClient *client);
    // Where each request is audited; asked at every request, so the log may come and go (a
    // database that moves). Unset or null: not audited.
    void setAuditLog(std::function<storage::AuditLog *()> auditLog);
    // null: OperationMetrics::global()
    void setMetrics(monitor::OperationMetrics *metrics);
    // Whether an item the settings do not list is a Swarm service (the administrator may act on
    // any item of an endpoint). Unset: such items are containers.
    void setServiceLookup(std::function<bool(const ContainerRef &)> isService);

    // Seconds until the container may be toggled again; 0 when it may be now.
    int cooldownRemainingSec(const ContainerRef &container) const;

    void perform(const ContainerRef &container, ContainerAction action, const Actor &actor,
                 std::function<void(const ContainerActionResult &)> done);
    // Runs the action on every container, batchSize at a time; a batch starts batchDelayMs after
    // every container of the one before answered. `done` gets one result per container in the
    // given order.
    void performBatch(const QList<ContainerRef> &containers, ContainerAction action,
                      const Actor &actor, std::function<void(const QList<BatchItemResult> &)> done);
    void stats(const ContainerRef &container,
               std::function<void(const StatsSample &, const QString &error)> done);

    // Over all endpoints; the peak is the most in flight on one endpoint.
    int statsInFlight() const;
    int statsQueued() const;
    int statsPeak() const { return m_statsPeak; }
    int batchesRunning() const { return m_batches; }
    int updatesRunning() const;
    bool isUpdating(const ContainerRef &container) const {
        return !m_updates.value(container.text()).isNull();
    }

signals:
    // Every request's result, refusals included.
    void actionFinished(const mechdock::docker::ContainerRef &container,
                        mechdock::docker::ContainerAction action,
                        const mechdock::docker::ContainerActionResult &result);
    // A batch sends its group `group` (0, 1, ...); every container of the groups before answered.
    void batchGroupStarted(quint64 batch, int group, const QStringList &containers);

private:
    struct StatsJob {
        ContainerRef container;
        std::function<void(const StatsSample &, const QString &)> done;
    };
    struct Permission {
        QString shownName;
        QStringList allowedActions;
        bool service = false; // a Swarm service of the endpoint, not a container
        QString updateTag;    // the tag an update pulls; empty: the container's own
    };
    struct Batch;
    DockerClient *clientFor(const QString &endpoint) const;
    // Empty when the policy lets the request through, else the refusal.
    std::optional<ContainerActionResult> refusal(const ContainerRef &container,
                                                 ContainerAction action, const Actor &actor,
                                                 QString *overrideNote);
    void sweepCooldowns();
    qint64 cooldownRemainingMs(const ContainerRef &container) const;
    void audit(const ContainerRef &container, ContainerAction action, const Actor &actor,
               const ContainerActionResult &result, const QString &overrideNote);
    void record(const QString &operation, qint64 startedMs, bool ok);
    void runGroup(const std::shared_ptr<Batch> &batch);
    // Starts, stops or restarts a Swarm service through the endpoint's client.
    void runServiceAction(DockerClient *client, const ContainerRef &service, ContainerAction action,
                          std::function<void(const ActionOutcome &)> finish);
    bool isService(const ContainerRef &container) const;
    // Runs an update; `finish` gets its outcome, `note` the old and new image ids for the audit.
    void runUpdate(DockerClient *client, const ContainerRef &container,
                   std::function<void(const ActionOutcome &, const QString &note)> finish);

    const Clock *m_clock;
    Settings m_settings;
    QHash<QString, Permission> m_permissions; // key: ContainerRef::text()
    QHash<QString, QPointer<DockerClient>> m_clients;
    QHash<QString, qint64> m_lastToggleMs; // key: ContainerRef::text(), monotonic ms
    std::function<storage::AuditLog *()> m_auditLog;
    std::function<bool(const ContainerRef &)> m_serviceLookup;
    monitor::OperationMetrics *m_metrics;
    struct StatsLane {
        std::deque<StatsJob> queue;
        int inFlight = 0;
    };
    void pumpStats(const QString &endpoint);
    QHash<QString, StatsLane> m_statsLanes; // by endpoint
    // One update at a time per container (key: ContainerRef::text()); at most one entry for
    // each container, removed when the update ends.
    QHash<QString, QPointer<ContainerUpdater>> m_updates;
    int m_statsPeak = 0;
    int m_batches = 0;
    quint64 m_nextBatch = 1;
};

} // namespace mechdock::docker
