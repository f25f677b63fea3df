// Plain values of a Docker Swarm manager's services and their tasks, as GET /services?status=true
// and GET /tasks answer them, and the parsing of those answers.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace mechdock::docker {

struct SwarmTask {
    QString id;
    QString serviceId;
    int slot = 0;         // a replicated service's replica number; 0 for a global one
    QString state;        // Status.State: new, pending, ..., running, complete, shutdown, failed
    QString desiredState; // running, shutdown, remove
    QString containerId;
    QString message; // Status.Message ("started", ...)
    QString error;   // Status.Err, when the task failed
    bool running() const { return state == QLatin1String("running"); }
};

struct SwarmService {
    // The label where a stop keeps the replica count to come back to: on the service itself, so
    // it survives Mechdock's restarts and any other manager sees it.
    static constexpr const char *kLastReplicasLabel = "org.mechdock.last-replicas";

    QString id;
    QString name;
    QString image;
    bool global = false;
    int replicas = 0;      // Spec.Mode.Replicated.Replicas; for a global service, desiredTasks
    int runningTasks = -1; // ServiceStatus (API 1.41); -1 when the manager did not say
    int desiredTasks = -1;
    quint64 version = 0;  // Version.Index, needed to update the service
    int lastReplicas = 0; // from kLastReplicasLabel, 0 when not set
    bool tty = false;     // the task template's TTY: raw logs instead of multiplexed ones
    QString updateState;  // UpdateStatus.State: updating, completed, paused, ... or empty

    // "2/2": running tasks over desired ones, as `docker service ls` shows them.
    QString replicasText() const;
    bool running() const { return runningTasks > 0; }
};

// A `service` event of the Engine's event stream (a manager's services: create, update, remove).
struct ServiceEvent {
    QString endpoint;
    QString action; // create, update, remove
    QString id;
    QString name;
    int replicasNew = -1; // an update that scaled the service: the new count
    QString updateState;  // an update's rollout: updating, completed, paused, ...
    qint64 timeNano = 0;
};

class SwarmParser {
public:
    static SwarmService parseService(const QJsonObject &service);
    // False when `json` is not a JSON array.
    static QList<SwarmService> parseServices(const QByteArray &json, bool *ok);
    static QList<SwarmTask> parseTasks(const QByteArray &json, bool *ok);
    // One event line; false for anything but a service event with a name or id.
    static bool parseServiceEvent(const QJsonObject &event, ServiceEvent *out);
};

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::SwarmService)
Q_DECLARE_METATYPE(mechdock::docker::SwarmTask)
Q_DECLARE_METATYPE(mechdock::docker::ServiceEvent)
