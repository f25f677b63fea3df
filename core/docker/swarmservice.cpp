#include "swarmservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mechdock::docker {

QString SwarmService::replicasText() const {
    const int desired = desiredTasks >= 0 ? desiredTasks : replicas;
    const QString run = runningTasks >= 0 ? QString::number(runningTasks) : QStringLiteral("?");
    return run + QLatin1Char('/') + QString::number(desired);
}

SwarmService SwarmParser::parseService(const QJsonObject &o) {
    SwarmService s;
    s.id = o.value(QStringLiteral("ID")).toString();
    s.version = quint64(
        o.value(QStringLiteral("Version")).toObject().value(QStringLiteral("Index")).toInteger());
    const QJsonObject spec = o.value(QStringLiteral("Spec")).toObject();
    s.name = spec.value(QStringLiteral("Name")).toString();
    const QJsonObject container = spec.value(QStringLiteral("TaskTemplate"))
                                      .toObject()
                                      .value(QStringLiteral("ContainerSpec"))
                                      .toObject();
    // The image as configured, without the digest the CLI pins ("busybox:1@sha256:...").
    s.image = container.value(QStringLiteral("Image")).toString().section(QLatin1Char('@'), 0, 0);
    s.tty = container.value(QStringLiteral("TTY")).toBool();
    const QJsonObject mode = spec.value(QStringLiteral("Mode")).toObject();
    s.global = mode.contains(QStringLiteral("Global"));
    s.replicas = mode.value(QStringLiteral("Replicated"))
                     .toObject()
                     .value(QStringLiteral("Replicas"))
                     .toInt();
    const QJsonObject status = o.value(QStringLiteral("ServiceStatus")).toObject();
    if (!status.isEmpty()) {
        s.runningTasks = status.value(QStringLiteral("RunningTasks")).toInt();
        s.desiredTasks = status.value(QStringLiteral("DesiredTasks")).toInt();
    }
    if (s.global)
        s.replicas = std::max(0, s.desiredTasks);
    s.lastReplicas = std::max(0, spec.value(QStringLiteral("Labels"))
                                     .toObject()
                                     .value(QLatin1String(SwarmService::kLastReplicasLabel))
                                     .toString()
                                     .toInt());
    s.updateState = o.value(QStringLiteral("UpdateStatus"))
                        .toObject()
                        .value(QStringLiteral("State"))
                        .toString();
    return s;
}

QList<SwarmService> SwarmParser::parseServices(const QByteArray &json, bool *ok) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (ok)
        *ok = doc.isArray();
    QList<SwarmService> out;
    for (const QJsonValue &v : doc.array()) {
        SwarmService s = parseService(v.toObject());
        if (!s.id.isEmpty())
            out.append(s);
    }
    return out;
}

QList<SwarmTask> SwarmParser::parseTasks(const QByteArray &json, bool *ok) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (ok)
        *ok = doc.isArray();
    QList<SwarmTask> out;
    for (const QJsonValue &v : doc.array()) {
        const QJsonObject o = v.toObject();
        const QJsonObject status = o.value(QStringLiteral("Status")).toObject();
        SwarmTask t;
        t.id = o.value(QStringLiteral("ID")).toString();
        if (t.id.isEmpty())
            continue;
        t.serviceId = o.value(QStringLiteral("ServiceID")).toString();
        t.slot = o.value(QStringLiteral("Slot")).toInt();
        t.state = status.value(QStringLiteral("State")).toString();
        t.desiredState = o.value(QStringLiteral("DesiredState")).toString();
        t.containerId = status.value(QStringLiteral("ContainerStatus"))
                            .toObject()
                            .value(QStringLiteral("ContainerID"))
                            .toString();
        t.message = status.value(QStringLiteral("Message")).toString();
        t.error = status.value(QStringLiteral("Err")).toString();
        out.append(t);
    }
    return out;
}

bool SwarmParser::parseServiceEvent(const QJsonObject &o, ServiceEvent *out) {
    if (o.value(QStringLiteral("Type")).toString() != QLatin1String("service"))
        return false;
    const QJsonObject actor = o.value(QStringLiteral("Actor")).toObject();
    const QJsonObject attributes = actor.value(QStringLiteral("Attributes")).toObject();
    ServiceEvent e;
    e.action = o.value(QStringLiteral("Action")).toString();
    e.id = actor.value(QStringLiteral("ID")).toString();
    e.name = attributes.value(QStringLiteral("name")).toString();
    if (e.action.isEmpty() || (e.id.isEmpty() && e.name.isEmpty()))
        return false;
    bool ok = false;
    const int replicas = attributes.value(QStringLiteral("replicas.new")).toString().toInt(&ok);
    if (ok)
        e.replicasNew = replicas;
    e.updateState = attributes.value(QStringLiteral("updatestate.new")).toString();
    e.timeNano = o.value(QStringLiteral("timeNano")).toInteger();
    *out = e;
    return true;
}

} // namespace mechdock::docker
