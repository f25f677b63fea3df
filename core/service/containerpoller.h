// ContainerPoller: the service's view of the containers (and Swarm services) of every endpoint,
// as plain rows for the panel, the bot and the health endpoint. Built on one ContainerStatusCache
// (background refresh, TTL, event stream, so a `die` shows at once) and one ContainerController,
// the route every container action takes (allowed actions, toggle cool-down, metrics, audit,
// batches; see controller()). Adds one-shot stats and the start time of the configured running
// containers, refreshes an endpoint after each action on it, and announces changes at most a few
// times a second.
#pragma once

#include "config/settings.h"
#include "docker/containercontroller.h"
#include "docker/containerstatuscache.h"
#include "docker/dockerendpoint.h"
#include "servicesnapshot.h"
#include "swarmservicetracker.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace mechdock {
class Clock;
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
    // The last `lines` log lines of a container (1 to 1000), through the endpoint's pooled
    // client (TLS included); raw when the container has a TTY. A configured Swarm service gives
    // the lines of all of its tasks. The name must be a valid container name and the endpoint a
    // configured one, else `done` reports why.
    void logs(const QString &endpoint, const QString &name, int lines,
              std::function<void(bool ok, const QString &textOrError)> done);

    // The Docker layer underneath: the cache's clients serve logs through the same connections,
    // and the controller is the one route for container actions, configured from setSettings().
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
    // Whether the name is a Swarm service of the endpoint rather than a container.
    bool isService(const QString &endpoint, const QString &name) const;
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
    SwarmServiceTracker m_services; // the Swarm services of the endpoints that are managers
    QHash<QString, docker::DockerEndpoint> m_endpoints; // as resolved, by name
    QHash<QString, Sample> m_samples;                   // key(): configured running containers
    QSet<QString> m_statsPending;
    QSet<QString> m_inspectPending;
    QTimer m_announce; // at most one refreshed() per interval
    QList<ContainerRow> m_rows;
    qint64 m_refreshedMs = 0;
};

} // namespace mechdock::service
