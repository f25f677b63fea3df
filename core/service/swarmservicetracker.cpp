#include "swarmservicetracker.h"

#include "docker/dockerclient.h"
#include "docker/swarmservicecache.h"
#include "docker/swarmserviceclient.h"

#include <algorithm>

namespace mechdock::service {

namespace {
// Why the newest task that did not run failed, for a service short of its desired tasks.
QString taskProblem(const QList<docker::SwarmTask> &tasks) {
    for (const docker::SwarmTask &t : tasks) {
        if (!t.running() && !t.error.isEmpty())
            return t.error.left(200);
    }
    return {};
}
} // namespace

SwarmServiceTracker::SwarmServiceTracker(QObject *parent)
    : QObject(parent) {}

SwarmServiceTracker::~SwarmServiceTracker() = default;

void SwarmServiceTracker::setEndpoints(const QHash<QString, docker::DockerClient *> &clients,
                                       int refreshMs) {
    for (auto i = m_endpoints.begin(); i != m_endpoints.end();) {
        const auto wanted = clients.constFind(i.key());
        if (wanted == clients.cend() || wanted.value() != i.value()->client.data())
            i = m_endpoints.erase(i);
        else
            ++i;
    }
    for (auto i = clients.cbegin(); i != clients.cend(); ++i) {
        if (!i.value())
            continue;
        auto &followed = m_endpoints[i.key()];
        if (!followed) {
            followed = std::make_shared<Followed>();
            followed->client = i.value();
            followed->cache = std::make_unique<docker::SwarmServiceCache>(i.value());
            connect(followed->cache.get(), &docker::SwarmServiceCache::serviceChanged, this,
                    &SwarmServiceTracker::changed);
            connect(followed->cache.get(), &docker::SwarmServiceCache::serviceRemoved, this,
                    &SwarmServiceTracker::changed);
            connect(followed->cache.get(), &docker::SwarmServiceCache::refreshed, this,
                    &SwarmServiceTracker::changed);
        }
        docker::SwarmServiceCache::Settings settings;
        settings.refreshMs = refreshMs;
        followed->cache->setSettings(settings);
        followed->cache->start();
    }
}

void SwarmServiceTracker::refresh(const QString &endpoint) {
    if (const auto followed = m_endpoints.value(endpoint))
        followed->cache->refresh();
}

ContainerRow SwarmServiceTracker::rowOf(const QString &endpoint,
                                        const docker::SwarmService &service) const {
    ContainerRow row;
    row.endpoint = endpoint;
    row.kind = QStringLiteral("service");
    row.name = service.name;
    row.displayName = service.name;
    // The digest Swarm pins the image to says nothing to a reader.
    row.image = service.image.section(QLatin1Char('@'), 0, 0);
    row.tasksRunning = std::max(0, service.runningTasks);
    row.tasksDesired = std::max(0, service.desiredTasks);
    row.running = service.running();
    row.state = row.running                ? QStringLiteral("running")
                : service.desiredTasks > 0 ? QStringLiteral("starting")
                                           : QStringLiteral("stopped");
    row.statusText = service.global ? tr("global service, %1 tasks running")
                                    : tr("replicated service, %1 tasks running");
    row.statusText = row.statusText.arg(service.replicasText());
    if (!service.updateState.isEmpty())
        row.statusText += tr("; update %1").arg(service.updateState);
    return row;
}

ContainerRow SwarmServiceTracker::row(const config::ContainerSettings &configured) const {
    const auto followed = m_endpoints.value(configured.endpoint);
    bool found = false;
    const docker::SwarmService service =
        followed ? followed->cache->service(configured.name, &found) : docker::SwarmService{};
    ContainerRow row;
    if (found) {
        row = rowOf(configured.endpoint, service);
        if (row.tasksRunning < row.tasksDesired) {
            const QString problem = taskProblem(followed->cache->tasks(configured.name));
            if (!problem.isEmpty())
                row.statusText += QStringLiteral(": ") + problem;
        }
    } else {
        row.endpoint = configured.endpoint;
        row.kind = QStringLiteral("service");
        row.name = configured.name;
        if (!followed || followed->cache->refreshes() == 0) {
            row.state = QStringLiteral("unknown"); // not listed yet
        } else if (!followed->cache->isManager()) {
            row.state = QStringLiteral("unknown");
            row.statusText = followed->cache->lastError();
        } else {
            row.state = QStringLiteral("missing");
        }
    }
    row.displayName = configured.displayName.isEmpty() ? configured.name : configured.displayName;
    row.configured = true;
    row.allowedActions = configured.allowedActions;
    return row;
}

QList<ContainerRow> SwarmServiceTracker::unconfiguredRows(const QString &endpoint,
                                                          const QSet<QString> &configured) const {
    QList<ContainerRow> rows;
    const auto followed = m_endpoints.value(endpoint);
    if (!followed || !followed->cache->isManager())
        return rows;
    const QList<docker::SwarmService> services = followed->cache->services();
    for (const docker::SwarmService &s : services) {
        if (!configured.contains(s.name))
            rows.append(rowOf(endpoint, s));
    }
    return rows;
}

bool SwarmServiceTracker::knows(const QString &endpoint, const QString &name) const {
    const auto followed = m_endpoints.value(endpoint);
    bool found = false;
    if (followed)
        followed->cache->service(name, &found);
    return found;
}

void SwarmServiceTracker::logs(const QString &endpoint, const QString &name, int lines,
                               std::function<void(bool ok, const QString &textOrError)> done) {
    const auto followed = m_endpoints.value(endpoint);
    if (!followed || !followed->client || !docker::DockerClient::isValidName(name)) {
        done(false, tr("Unknown service."));
        return;
    }
    // Short-lived: it holds nothing but the endpoint's client.
    auto *swarm = new docker::SwarmServiceClient(followed->client.data(), this);
    QPointer<docker::SwarmServiceClient> guard(swarm);
    swarm->logs(name, std::clamp(lines, 1, 1000),
                [guard, done](const QString &text, const QString &error) {
                    if (guard)
                        guard->deleteLater();
                    if (error.isEmpty())
                        done(true, text);
                    else
                        done(false, error);
                });
}

} // namespace mechdock::service
