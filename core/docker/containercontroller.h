// ContainerController: start, stop and restart of containers on any endpoint, through the
// endpoints' clients. Refuses a toggle of the same container within a cool-down (150 s) with the
// seconds left; runs batches (restart all, stop all) in groups of 3 with 0.1 s between groups;
// keeps at most 5 stats requests in flight and queues the rest (bounded). Every operation is
// recorded in the operation metrics ("docker.start", ...) and in the audit log when given one.
// All time comes from the injected clock; lives on one thread.
#pragma once

#include "containerinfo.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

namespace mechdock {
class Clock;
}
namespace mechdock::monitor {
class OperationMetrics;
}
namespace mechdock::storage {
class AuditLog;
}

namespace mechdock::docker {

class DockerClient;

struct ContainerRef {
    QString endpoint;
    QString name;
    QString text() const { return endpoint + QLatin1Char('/') + name; }
    bool operator==(const ContainerRef &o) const {
        return endpoint == o.endpoint && name == o.name;
    }
};

enum class ContainerAction { Start, Stop, Restart };

// Who asked, for the audit log.
struct ActionOrigin {
    QString source = QStringLiteral("service"); // discord, panel, cli, scheduler, service
    QString actor;
    QString actorId;
    QString guildId;
    QString channelId;
};

struct BatchItemResult {
    ContainerRef container;
    ActionOutcome outcome;
};

class ContainerController : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerController)
public:
    struct Settings {
        int toggleCooldownSec = 150; // DDC_TOGGLE_CACHE_DURATION; 0 = off
        int batchSize = 3;           // DDC_BATCH_SIZE
        int batchDelayMs = 100;      // DDC_RATE_LIMIT_DELAY
        int maxConcurrentStats = 5;
        int maxQueuedStats = 500;
        int stopTimeoutSec = 10;
    };

    explicit ContainerController(const Clock *clock = nullptr, QObject *parent = nullptr);
    ~ContainerController() override;

    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }
    // The client that serves an endpoint (not owned; e.g. ContainerStatusCache::client()).
    void setClient(const QString &endpoint, DockerClient *client);
    void setAuditLog(storage::AuditLog *audit) { m_audit = audit; }
    // null: OperationMetrics::global()
    void setMetrics(monitor::OperationMetrics *metrics);

    static QString actionName(ContainerAction action);
    static bool parseAction(const QString &text, ContainerAction *out);

    // Seconds until the container may be toggled again; 0 when it may be now.
    int cooldownRemainingSec(const ContainerRef &container) const;
    // Forgets the cool-down of a container (an admin override).
    void clearCooldown(const ContainerRef &container);

    void perform(const ContainerRef &container, ContainerAction action, const ActionOrigin &origin,
                 std::function<void(const ActionOutcome &)> done);
    // Runs the action on every container, batchSize at a time, batchDelayMs between groups;
    // `done` gets one result per container in the given order.
    void performBatch(const QList<ContainerRef> &containers, ContainerAction action,
                      const ActionOrigin &origin,
                      std::function<void(const QList<BatchItemResult> &)> done);
    void stats(const ContainerRef &container,
               std::function<void(const StatsSample &, const QString &error)> done);

    int statsInFlight() const { return m_statsInFlight; }
    int statsQueued() const { return int(m_statsQueue.size()); }
    int statsPeak() const { return m_statsPeak; }
    int batchesRunning() const { return m_batches; }

signals:
    void actionFinished(const QString &endpoint, const QString &name, const QString &action,
                        bool ok, const QString &message);

private:
    struct StatsJob {
        ContainerRef container;
        std::function<void(const StatsSample &, const QString &)> done;
    };
    struct Batch;
    DockerClient *clientFor(const QString &endpoint) const;
    void sweepCooldowns();
    void audit(const ContainerRef &container, const QString &action, const ActionOrigin &origin,
               const QString &result, const QString &detail);
    void record(const QString &operation, qint64 startedMs, bool ok);
    void pumpStats();
    void runGroup(const std::shared_ptr<Batch> &batch);

    const Clock *m_clock;
    Settings m_settings;
    QHash<QString, QPointer<DockerClient>> m_clients;
    QHash<QString, qint64> m_lastToggleMs; // key: endpoint/name, monotonic ms
    storage::AuditLog *m_audit = nullptr;
    monitor::OperationMetrics *m_metrics;
    std::deque<StatsJob> m_statsQueue;
    int m_statsInFlight = 0;
    int m_statsPeak = 0;
    int m_batches = 0;
    std::shared_ptr<bool> m_alive;
};

} // namespace mechdock::docker
