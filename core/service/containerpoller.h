// ContainerPoller: the service's view of the containers of every endpoint, as plain rows for the
// panel, the bot and the health endpoint. Built on one ContainerStatusCache (background refresh,
// TTL, event stream, so a `die` shows at once) and one ContainerController (toggle cool-down,
// stats limit, metrics, audit). Adds one-shot stats and the start time of the configured running
// containers, and announces changes at most a few times a second.
#pragma once

#include "config/settings.h"
#include "docker/containercontroller.h"
#include "docker/containerstatuscache.h"
#include "docker/dockerendpoint.h"
#include "servicesnapshot.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace mechdock {
class Clock;
}
namespace mechdock::storage {
class AuditLog;
}

namespace mechdock::service {

class ContainerPoller : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerPoller)
public:
    // `clock` null: the system clock.
    explicit ContainerPoller(QObject *parent = nullptr, const Clock *clock = nullptr);
    ~ContainerPoller() override;

    void setSettings(const config::Settings &settings);
    QList<ContainerRow> rows() const { return m_rows; }
    qint64 refreshedEpochMs() const { return m_refreshedMs; }
    // Runs an action the panel asked for, if the settings allow it, through the controller
    // (cool-down, metrics, audit with source "service"), then refreshes.
    void perform(const QString &endpoint, const QString &name, const QString &action,
                 std::function<void(bool ok, const QString &message)> done);
    // The same, naming who asked for the audit log (panel, discord, ...).
    void perform(const QString &endpoint, const QString &name, const QString &action,
                 const docker::ActionOrigin &origin,
                 std::function<void(bool ok, const QString &message)> done);
    // The last `lines` log lines of a container (1 to 1000), through the endpoint's pooled
    // client (TLS included); raw when the container has a TTY. The name must be a valid
    // container name and the endpoint a configured one, else `done` reports why.
    void logs(const QString &endpoint, const QString &name, int lines,
              std::function<void(bool ok, const QString &textOrError)> done);
    // Where the controller records actions (not owned; null: none).
    void setAuditLog(storage::AuditLog *audit);

    // The Docker layer underneath, e.g. for logs through the same connections.
    docker::ContainerStatusCache *cache() { return &m_cache; }
    docker::ContainerController *controller() { return &m_controller; }

public slots:
    void refresh();

signals:
    void refreshed();

private:
    struct Sample {
        double cpuPercent = -1;
        qint64 memoryBytes = -1;
        qint64 startedEpochMs = 0;
    };
    static QString key(const QString &endpoint, const QString &name);
    const config::ContainerSettings *configured(const QString &endpoint, const QString &name) const;
    void applyEndpoints();
    void onContainerChanged(const QString &endpoint, const QString &name);
    void onEndpointRefreshed(const QString &endpoint);
    void collectStats(const QString &endpoint, const QString &name);
    void readStartedAt(const QString &endpoint, const QString &name);
    void scheduleAnnounce();
    void announce();
    QList<ContainerRow> buildRows() const;

    const Clock *m_clock;
    config::Settings m_settings;
    docker::ContainerStatusCache m_cache;
    docker::ContainerController m_controller;
    QHash<QString, docker::DockerEndpoint> m_endpoints; // as resolved, by name
    QHash<QString, Sample> m_samples;                   // key(): configured running containers
    QSet<QString> m_statsPending;
    QSet<QString> m_inspectPending;
    QTimer m_announce; // at most one refreshed() per interval
    QList<ContainerRow> m_rows;
    qint64 m_refreshedMs = 0;
};

} // namespace mechdock::service
