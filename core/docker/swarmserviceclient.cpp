#include "swarmserviceclient.h"

#include "dockerclient.h"
#include "logdemuxer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

#include <memory>

namespace mechdock::docker {

namespace {
QString encode(const QString &s) {
    return QString::fromLatin1(QUrl::toPercentEncoding(s));
}

QString invalidServiceName(const QString &name) {
    return SwarmServiceClient::tr("\"%1\" is not a valid service name").arg(name.left(100));
}

QString notAClient() {
    return SwarmServiceClient::tr("the Docker endpoint is gone");
}

// Docker's answer when the version an update names is no longer the service's.
bool outOfSequence(const DockerReply &r) {
    return r.ok && r.status >= 400 &&
           DockerClient::errorMessage(r).contains(QLatin1String("out of sequence"));
}

int specReplicas(const QJsonObject &spec) {
    return spec.value(QStringLiteral("Mode"))
        .toObject()
        .value(QStringLiteral("Replicated"))
        .toObject()
        .value(QStringLiteral("Replicas"))
        .toInt();
}

QJsonObject withReplicas(QJsonObject spec, int replicas) {
    QJsonObject mode = spec.value(QStringLiteral("Mode")).toObject();
    QJsonObject replicated = mode.value(QStringLiteral("Replicated")).toObject();
    replicated.insert(QStringLiteral("Replicas"), replicas);
    mode.insert(QStringLiteral("Replicated"), replicated);
    spec.insert(QStringLiteral("Mode"), mode);
    return spec;
}
} // namespace

SwarmServiceClient::SwarmServiceClient(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

void SwarmServiceClient::isManager(std::function<void(bool, const QString &)> done) {
    if (!m_client) {
        done(false, notAClient());
        return;
    }
    m_client->request("GET", QStringLiteral("/info"), {}, [done](const DockerReply &r) {
        if (!r.ok || r.status != 200) {
            done(false, DockerClient::errorMessage(r));
            return;
        }
        const QJsonObject swarm =
            QJsonDocument::fromJson(r.body).object().value(QStringLiteral("Swarm")).toObject();
        const QString state = swarm.value(QStringLiteral("LocalNodeState")).toString();
        if (state != QLatin1String("active"))
            done(false, tr("the endpoint is not part of a swarm (%1)")
                            .arg(state.isEmpty() ? tr("no swarm information") : state));
        else if (!swarm.value(QStringLiteral("ControlAvailable")).toBool())
            done(false, tr("the endpoint is a swarm worker; services are managed on a manager"));
        else
            done(true, {});
    });
}

void SwarmServiceClient::listServices(
    std::function<void(const QList<SwarmService> &, const QString &)> done) {
    if (!m_client) {
        done({}, notAClient());
        return;
    }
    m_client->request("GET", QStringLiteral("/services?status=true"), {},
                      [done](const DockerReply &r) {
                          if (!r.ok || r.status != 200) {
                              done({}, DockerClient::errorMessage(r));
                              return;
                          }
                          bool ok = false;
                          const QList<SwarmService> list = SwarmParser::parseServices(r.body, &ok);
                          done(list, ok ? QString() : tr("malformed service list from Docker"));
                      });
}

void SwarmServiceClient::inspect(const QString &service,
                                 std::function<void(const SwarmService &, const QString &)> done) {
    if (!m_client || !DockerClient::isValidName(service)) {
        done({}, m_client ? invalidServiceName(service) : notAClient());
        return;
    }
    // The list with a name filter: only it carries ServiceStatus (the task counts).
    const QString filters = QStringLiteral("{\"name\":[\"%1\"]}").arg(service);
    m_client->request("GET", QStringLiteral("/services?status=true&filters=") + encode(filters), {},
                      [service, done](const DockerReply &r) {
                          if (!r.ok || r.status != 200) {
                              done({}, DockerClient::errorMessage(r));
                              return;
                          }
                          bool ok = false;
                          const QList<SwarmService> list = SwarmParser::parseServices(r.body, &ok);
                          // The name filter matches prefixes: take the exact name or id.
                          for (const SwarmService &s : list) {
                              if (s.name == service || s.id == service) {
                                  done(s, {});
                                  return;
                              }
                          }
                          done({}, ok ? tr("no such service: %1").arg(service)
                                      : tr("malformed service list from Docker"));
                      });
}

void SwarmServiceClient::tasks(
    const QString &service, std::function<void(const QList<SwarmTask> &, const QString &)> done) {
    if (!m_client || !DockerClient::isValidName(service)) {
        done({}, m_client ? invalidServiceName(service) : notAClient());
        return;
    }
    const QString filters = QStringLiteral("{\"service\":[\"%1\"]}").arg(service);
    m_client->request("GET", QStringLiteral("/tasks?filters=") + encode(filters), {},
                      [done](const DockerReply &r) {
                          if (!r.ok || r.status != 200) {
                              done({}, DockerClient::errorMessage(r));
                              return;
                          }
                          bool ok = false;
                          const QList<SwarmTask> list = SwarmParser::parseTasks(r.body, &ok);
                          done(list, ok ? QString() : tr("malformed task list from Docker"));
                      });
}

void SwarmServiceClient::start(const QString &service,
                               std::function<void(const ActionOutcome &)> done) {
    update(service, Change::Start, 1, std::move(done));
}

void SwarmServiceClient::stop(const QString &service,
                              std::function<void(const ActionOutcome &)> done) {
    update(service, Change::Stop, 1, std::move(done));
}

void SwarmServiceClient::restart(const QString &service,
                                 std::function<void(const ActionOutcome &)> done) {
    update(service, Change::Restart, 1, std::move(done));
}

void SwarmServiceClient::update(const QString &service, Change change, int retries,
                                std::function<void(const ActionOutcome &)> done) {
    if (!m_client || !DockerClient::isValidName(service)) {
        done(ActionOutcome{false, false, m_client ? invalidServiceName(service) : notAClient()});
        return;
    }
    QPointer<SwarmServiceClient> self(this);
    m_client->request(
        "GET", QStringLiteral("/services/%1").arg(encode(service)), {},
        [self, service, change, retries, done](const DockerReply &r) {
            if (!self || !self->m_client) {
                done(ActionOutcome{false, false, notAClient()});
                return;
            }
            if (!r.ok || r.status != 200) {
                done(ActionOutcome{false, false,
                                   r.ok && r.status == 404 ? tr("no such service: %1").arg(service)
                                                           : DockerClient::errorMessage(r)});
                return;
            }
            const QJsonObject current = QJsonDocument::fromJson(r.body).object();
            const SwarmService info = SwarmParser::parseService(current);
            QJsonObject spec = current.value(QStringLiteral("Spec")).toObject();
            const int replicas = specReplicas(spec);
            if (change != Change::Restart && info.global) {
                done(ActionOutcome{false, false,
                                   tr("%1 is a global service (one task on every node); it "
                                      "cannot be started or stopped, only restarted")
                                       .arg(info.name)});
                return;
            }
            QString message;
            if (change == Change::Stop) {
                if (replicas == 0) {
                    done(ActionOutcome{true, false, tr("already stopped")});
                    return;
                }
                QJsonObject labels = spec.value(QStringLiteral("Labels")).toObject();
                labels.insert(QLatin1String(SwarmService::kLastReplicasLabel),
                              QString::number(replicas));
                spec.insert(QStringLiteral("Labels"), labels);
                spec = withReplicas(spec, 0);
                message = tr("stopped (scaled from %1 to 0)").arg(replicas);
            } else if (change == Change::Start) {
                if (replicas > 0) {
                    done(ActionOutcome{true, false, tr("already running")});
                    return;
                }
                const int target = info.lastReplicas > 0 ? info.lastReplicas : 1;
                spec = withReplicas(spec, target);
                message = tr("started (scaled to %1)").arg(target);
            } else {
                if (!info.global && replicas == 0) {
                    done(ActionOutcome{
                        false, false,
                        tr("%1 is stopped (0 replicas); start it instead").arg(info.name)});
                    return;
                }
                // A forced update replaces every task even though nothing else changed.
                QJsonObject task = spec.value(QStringLiteral("TaskTemplate")).toObject();
                task.insert(QStringLiteral("ForceUpdate"),
                            task.value(QStringLiteral("ForceUpdate")).toInteger() + 1);
                spec.insert(QStringLiteral("TaskTemplate"), task);
                message = tr("restarting (rolling update)");
            }
            self->m_client->request(
                "POST",
                QStringLiteral("/services/%1/update?version=%2")
                    .arg(encode(info.id))
                    .arg(info.version),
                QJsonDocument(spec).toJson(QJsonDocument::Compact),
                [self, service, change, retries, message, done](const DockerReply &u) {
                    if (outOfSequence(u) && retries > 0 && self) {
                        self->update(service, change, retries - 1, done);
                        return;
                    }
                    if (!u.ok || u.status != 200) {
                        done(ActionOutcome{false, false, DockerClient::errorMessage(u)});
                        return;
                    }
                    done(ActionOutcome{true, true, message});
                });
        });
}

void SwarmServiceClient::logs(const QString &service, int tail,
                              std::function<void(const QString &, const QString &)> done) {
    QPointer<SwarmServiceClient> self(this);
    inspect(service, [self, tail, done](const SwarmService &s, const QString &error) {
        if (!error.isEmpty() || !self || !self->m_client) {
            done({}, error.isEmpty() ? notAClient() : error);
            return;
        }
        auto demuxer = std::make_shared<LogDemuxer>();
        demuxer->setRaw(s.tty);
        self->m_client->request(
            "GET",
            QStringLiteral("/services/%1/logs?stdout=1&stderr=1&timestamps=1&tail=%2")
                .arg(encode(s.id))
                .arg(std::clamp(tail, 1, 10000)),
            {},
            [demuxer, done](const DockerReply &r) {
                if (!r.ok || r.status != 200) {
                    done({}, DockerClient::errorMessage(r));
                    return;
                }
                if (demuxer->hasError()) {
                    done({}, tr("malformed log stream from Docker"));
                    return;
                }
                done(demuxer->text(), {});
            },
            [demuxer](const QByteArray &bytes) { demuxer->feed(bytes); });
    });
}

} // namespace mechdock::docker
