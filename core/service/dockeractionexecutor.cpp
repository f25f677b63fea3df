// DockerActionExecutor: one client per scheduled action, on the endpoint as resolved from the
// settings and the environment.
#include "dockeractionexecutor.h"

#include "docker/dockerclient.h"
#include "endpointprobe.h"

namespace mechdock::service {

DockerActionExecutor::DockerActionExecutor(const config::Settings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

void DockerActionExecutor::execute(const scheduler::ScheduledTask &task,
                                   std::function<void(bool, QString)> done) {
    const QString action = task.action == scheduler::TaskAction::Start  ? QStringLiteral("start")
                           : task.action == scheduler::TaskAction::Stop ? QStringLiteral("stop")
                                                                        : QStringLiteral("restart");
    const config::ContainerSettings *configured = nullptr;
    for (const config::ContainerSettings &c : m_settings.containers) {
        if (c.name == task.containerName && c.endpoint == task.endpoint)
            configured = &c;
    }
    // A schedule must not do what the container's configuration forbids.
    if (!configured || !configured->allowedActions.contains(action)) {
        done(false, tr("%1 does not allow \"%2\" in the settings").arg(task.containerName, action));
        return;
    }
    const config::EndpointSettings *endpoint = nullptr;
    for (const config::EndpointSettings &e : m_settings.docker.endpoints) {
        if (e.name == task.endpoint && !endpoint)
            endpoint = &e;
    }
    if (!endpoint) {
        done(false, tr("no Docker endpoint named \"%1\"").arg(task.endpoint));
        return;
    }
    // Resolved like the docker CLI, so DOCKER_HOST and TLS endpoints work for schedules too.
    auto *client = new docker::DockerClient(EndpointProbe::resolve(*endpoint), this);
    client->setTimeoutMs(std::max(1, m_settings.docker.requestTimeoutSec) * 1000);
    auto finish = [client, done](const docker::ActionOutcome &o) {
        done(o.ok, o.message);
        client->deleteLater();
    };
    if (action == QLatin1String("start"))
        client->start(task.containerName, finish);
    else if (action == QLatin1String("stop"))
        client->stop(task.containerName, 10, finish);
    else
        client->restart(task.containerName, 10, finish);
}

} // namespace mechdock::service
