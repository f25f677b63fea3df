// SwarmServiceClient: the services of a Docker Swarm manager as controllable items, over an
// endpoint's DockerClient (its connections, time-outs and API version):
// - list (with running/desired task counts) and the tasks of one service;
// - stop: scale a replicated service to 0, first keeping its replica count in a service label
//   (SwarmService::kLastReplicasLabel), so that it survives Mechdock's restarts;
// - start: scale back to that count (1 when the service never had one kept);
// - restart: a forced update (TaskTemplate.ForceUpdate + 1), which Swarm rolls out with the
//   service's own update settings (one task at a time unless configured otherwise);
// - logs of all of the service's tasks.
// An update names the service version it read; when another change came in between, the service
// is read again and the update made once more. A global service runs one task per node and has
// no replica count: its start and stop are refused with a reason, its restart works.
#pragma once

#include "containerinfo.h"
#include "swarmservice.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace mechdock::docker {

class DockerClient;

class SwarmServiceClient : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmServiceClient)
public:
    // The client must outlive this one (make this its child or destroy it first).
    explicit SwarmServiceClient(DockerClient *client, QObject *parent = nullptr);

    // Whether the endpoint is an active Swarm manager (GET /info); the reason when not.
    void isManager(std::function<void(bool manager, const QString &error)> done);
    void listServices(std::function<void(const QList<SwarmService> &, const QString &error)> done);
    void inspect(const QString &service,
                 std::function<void(const SwarmService &, const QString &error)> done);
    // The tasks Swarm still keeps for the service (running ones and a short history).
    void tasks(const QString &service,
               std::function<void(const QList<SwarmTask> &, const QString &error)> done);
    void start(const QString &service, std::function<void(const ActionOutcome &)> done);
    void stop(const QString &service, std::function<void(const ActionOutcome &)> done);
    void restart(const QString &service, std::function<void(const ActionOutcome &)> done);
    void logs(const QString &service, int tail,
              std::function<void(const QString &text, const QString &error)> done);

private:
    enum class Change { Start, Stop, Restart };
    // Reads the service, changes its spec, posts it with the version read; `retries` more
    // attempts when the version moved on meanwhile.
    void update(const QString &service, Change change, int retries,
                std::function<void(const ActionOutcome &)> done);

    QPointer<DockerClient> m_client;
};

} // namespace mechdock::docker
