// SwarmServiceTracker: the Swarm services of every Docker endpoint, as rows beside the
// containers. One SwarmServiceCache per endpoint, over the endpoint's own client; on an endpoint
// that is no Swarm manager it lists nothing and holds no event stream, so following every
// endpoint costs one GET /info per refresh there. Lives on the service thread.
#pragma once

#include "config/settings.h"
#include "servicesnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace mechdock::docker {
class DockerClient;
class SwarmServiceCache;
struct SwarmService;
} // namespace mechdock::docker

namespace mechdock::service {

class SwarmServiceTracker : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmServiceTracker)
public:
    explicit SwarmServiceTracker(QObject *parent = nullptr);
    ~SwarmServiceTracker() override;

    // The endpoints to follow, by name, with their clients (not owned). An endpoint whose client
    // is the same as before keeps its cache; the others start afresh.
    void setEndpoints(const QHash<QString, docker::DockerClient *> &clients, int refreshMs);
    void refresh(const QString &endpoint);

    // The row of a configured service: its state is running while a task runs.
    ContainerRow row(const config::ContainerSettings &configured) const;
    // The services of the endpoint that are not configured, read-only, as the panel lists the
    // host's other containers.
    QList<ContainerRow> unconfiguredRows(const QString &endpoint,
                                         const QSet<QString> &configured) const;
    // Whether the endpoint is a manager with a service of that name.
    bool knows(const QString &endpoint, const QString &name) const;
    // The last `lines` lines of all of the service's tasks.
    void logs(const QString &endpoint, const QString &name, int lines,
              std::function<void(bool ok, const QString &textOrError)> done);

signals:
    // A service changed, came or went, or an endpoint was listed.
    void changed();

private:
    struct Followed {
        QPointer<docker::DockerClient> client;
        std::unique_ptr<docker::SwarmServiceCache> cache;
    };
    ContainerRow rowOf(const QString &endpoint, const docker::SwarmService &service) const;

    QHash<QString, std::shared_ptr<Followed>> m_endpoints;
};

} // namespace mechdock::service
