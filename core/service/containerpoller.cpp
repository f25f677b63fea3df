// ContainerPoller: rows from the status cache, stats and start times through the controller and
// the cache's clients, actions through the controller.
#include "containerpoller.h"

#include "common/clock.h"
#include "docker/dockerclient.h"
#include "endpointprobe.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>

#include <algorithm>

namespace mechdock::service {

namespace {
// Changes (events, stats answers, refreshes) are announced at most this often.
constexpr int kAnnounceIntervalMs = 200;

// Docker writes State.StartedAt with nanoseconds; Qt reads milliseconds.
qint64 parseStartedAt(const QJsonObject &inspect) {
    QString text = inspect.value(QStringLiteral("State"))
                       .toObject()
                       .value(QStringLiteral("StartedAt"))
                       .toString()
                       .left(64);
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        text = text.left(std::min(end, dot + 4)) + text.mid(end);
    }
    const QDateTime started = QDateTime::fromString(text, Qt::ISODateWithMs);
    return started.isValid() && started.toMSecsSinceEpoch() > 0 ? started.toMSecsSinceEpoch() : 0;
}

bool sameEndpoint(const docker::DockerEndpoint &a, const docker::DockerEndpoint &b) {
    return a.uri == b.uri && a.tls == b.tls && a.certPath == b.certPath;
}
} // namespace

ContainerPoller::ContainerPoller(QObject *parent, const Clock *clock)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_cache(m_clock, nullptr, this)
    , m_controller(m_clock, this)
    , m_services(this)
    , m_announce(this) {
    m_announce.setSingleShot(true);
    m_announce.setInterval(kAnnounceIntervalMs);
    connect(&m_announce, &QTimer::timeout, this, &ContainerPoller::announce);
    connect(&m_cache, &docker::ContainerStatusCache::containerChanged, this,
            &ContainerPoller::onContainerChanged);
    connect(&m_cache, &docker::ContainerStatusCache::refreshed, this,
            &ContainerPoller::onEndpointRefreshed);
    connect(&m_cache, &docker::ContainerStatusCache::endpointChanged, this,
            &ContainerPoller::scheduleAnnounce);
    // The event stream usually told already; the list confirms it, and a refusal still gets the
    // refreshed() its caller may wait for.
    connect(&m_controller, &docker::ContainerController::actionFinished, this,
            [this](const docker::ContainerRef &container) {
                m_cache.refresh(container.endpoint);
                m_services.refresh(container.endpoint);
            });
    connect(&m_services, &SwarmServiceTracker::changed, this, &ContainerPoller::scheduleAnnounce);
    m_controller.setServiceLookup(
        [this](const docker::ContainerRef &ref) { return isService(ref.endpoint, ref.name); });
}

ContainerPoller::~ContainerPoller() {
    m_cache.stop();
}

QString ContainerPoller::key(const QString &endpoint, const QString &name) {
    return endpoint + QLatin1Char('\n') + name;
}

void ContainerPoller::setSettings(const config::Settings &settings) {
    m_settings = settings;
    const config::DockerSettings &d = settings.docker;
    docker::ContainerStatusCache::Settings cache = m_cache.settings();
    cache.ttlMs = std::max(1, d.cacheDurationSec) * 1000;
    cache.refreshMs = std::max(1, d.backgroundRefreshSec) * 1000;
    cache.requestTimeoutMs = std::max(1, d.requestTimeoutSec) * 1000;
    m_cache.setSettings(cache);
    m_controller.configure(settings);
    applyEndpoints();
    // Samples of containers that are no longer configured go now, not at their next change.
    for (auto i = m_samples.begin(); i != m_samples.end();) {
        const QString endpoint = i.key().section(QLatin1Char('\n'), 0, 0);
        const QString name = i.key().section(QLatin1Char('\n'), 1);
        if (!configured(endpoint, name))
            i = m_samples.erase(i);
        else
            ++i;
    }
    m_cache.start();
    refresh();
    // Display names and allowed actions may have changed even if no container did.
    scheduleAnnounce();
}

void ContainerPoller::applyEndpoints() {
    QHash<QString, docker::DockerEndpoint> wanted;
    for (const config::EndpointSettings &e : m_settings.docker.endpoints) {
        const docker::DockerEndpoint resolved = EndpointProbe::resolve(e);
        if (!wanted.contains(resolved.name))
            wanted.insert(resolved.name, resolved);
    }
    for (auto i = m_endpoints.cbegin(); i != m_endpoints.cend(); ++i) {
        if (wanted.contains(i.key()))
            continue;
        m_controller.setClient(i.key(), nullptr);
        m_cache.removeEndpoint(i.key());
    }
    for (auto i = wanted.cbegin(); i != wanted.cend(); ++i) {
        const auto known = m_endpoints.constFind(i.key());
        // An unchanged endpoint keeps its client, its connections and its event stream.
        if (known != m_endpoints.cend() && sameEndpoint(known.value(), i.value()))
            continue;
        m_cache.addEndpoint(i.value());
        m_controller.setClient(i.key(), m_cache.client(i.key()));
    }
    m_endpoints = wanted;
    QHash<QString, docker::DockerClient *> clients;
    for (auto i = wanted.cbegin(); i != wanted.cend(); ++i)
        clients.insert(i.key(), m_cache.client(i.key()));
    m_services.setEndpoints(clients, m_cache.settings().refreshMs);
}

const config::ContainerSettings *ContainerPoller::configured(const QString &endpoint,
                                                             const QString &name) const {
    const config::ContainerSettings *found = nullptr;
    for (const config::ContainerSettings &c : m_settings.containers) {
        if (c.name == name && c.endpoint == endpoint)
            found = &c;
    }
    return found;
}

bool ContainerPoller::isService(const QString &endpoint, const QString &name) const {
    if (const config::ContainerSettings *c = configured(endpoint, name))
        return c->isService();
    // Not configured: a service when the endpoint has one by that name and no such container.
    return m_services.knows(endpoint, name) && !m_cache.status(endpoint, name).found;
}

void ContainerPoller::refresh() {
    m_cache.refresh();
}

void ContainerPoller::onContainerChanged(const QString &endpoint, const QString &name) {
    const QString k = key(endpoint, name);
    const config::ContainerSettings *c = configured(endpoint, name);
    if (c && !c->isService()) {
        if (m_cache.status(endpoint, name).running()) {
            // Just started: its stats and start time now, not at the next background refresh.
            if (!m_samples.contains(k)) {
                m_samples.insert(k, Sample{});
                collectStats(endpoint, name);
            }
        } else {
            m_samples.remove(k);
        }
    }
    scheduleAnnounce();
}

void ContainerPoller::onEndpointRefreshed(const QString &endpoint) {
    // Stats as often as the list: every background refresh and after every action.
    for (const config::ContainerSettings &c : std::as_const(m_settings.containers)) {
        if (c.endpoint != endpoint || c.isService())
            continue; // a service's tasks may run on other nodes: no stats of its own
        const QString k = key(endpoint, c.name);
        if (m_cache.status(endpoint, c.name).running()) {
            if (!m_samples.contains(k))
                m_samples.insert(k, Sample{});
            collectStats(endpoint, c.name);
        } else {
            m_samples.remove(k);
        }
    }
    scheduleAnnounce();
}

void ContainerPoller::collectStats(const QString &endpoint, const QString &name) {
    const QString k = key(endpoint, name);
    if (m_statsPending.contains(k))
        return; // the answer on its way is as fresh as a new one would be
    m_statsPending.insert(k);
    // Through the controller: at most maxConcurrentStats requests in flight over all endpoints.
    m_controller.stats(docker::ContainerRef{endpoint, name},
                       [this, k, endpoint, name](const docker::StatsSample &s, const QString &) {
                           m_statsPending.remove(k);
                           const auto found = m_samples.find(k);
                           if (found == m_samples.end())
                               return; // stopped or removed meanwhile
                           found->cpuPercent = s.cpuPercent;
                           found->memoryBytes = s.memoryBytes;
                           scheduleAnnounce();
                           readStartedAt(endpoint, name);
                       });
}

void ContainerPoller::readStartedAt(const QString &endpoint, const QString &name) {
    // The list has no start time; uptime needs State.StartedAt from inspect. Read each round,
    // so a restart between two refreshes without events still shows the new start.
    docker::DockerClient *client = m_cache.client(endpoint);
    const QString k = key(endpoint, name);
    if (!client || m_inspectPending.contains(k))
        return;
    m_inspectPending.insert(k);
    client->inspect(name, [this, k](const QJsonObject &info, const QString &) {
        m_inspectPending.remove(k);
        const auto found = m_samples.find(k);
        if (found == m_samples.end())
            return;
        const qint64 started = parseStartedAt(info);
        if (started > 0 && started != found->startedEpochMs) {
            found->startedEpochMs = started;
            scheduleAnnounce();
        }
    });
}

void ContainerPoller::scheduleAnnounce() {
    // A throttle, not a debounce: a storm of events still gets announced every interval.
    if (!m_announce.isActive())
        m_announce.start();
}

void ContainerPoller::announce() {
    m_rows = buildRows();
    m_refreshedMs = m_clock->epochMs();
    emit refreshed();
}

QList<ContainerRow> ContainerPoller::buildRows() const {
    QList<ContainerRow> rows;
    QSet<QString> seenEndpoints;
    for (const config::EndpointSettings &e : m_settings.docker.endpoints) {
        const QString endpoint = e.name.isEmpty() ? QStringLiteral("local") : e.name;
        if (seenEndpoints.contains(endpoint))
            continue;
        seenEndpoints.insert(endpoint);
        const docker::EndpointStatus es = m_cache.endpointStatus(endpoint);
        if (!es.checked)
            continue; // nothing known yet: no rows rather than guesses
        QSet<QString> known;
        const QList<docker::ContainerStatus> all = m_cache.statuses(endpoint);
        for (const docker::ContainerStatus &st : all)
            known.insert(st.name);
        QSet<QString> configuredNames;
        for (const config::ContainerSettings &c : m_settings.containers) {
            if (c.endpoint != endpoint)
                continue;
            configuredNames.insert(c.name);
            if (c.isService()) {
                rows.append(m_services.row(c));
                continue;
            }
            ContainerRow row;
            row.endpoint = endpoint;
            row.name = c.name;
            row.displayName = c.displayName.isEmpty() ? c.name : c.displayName;
            row.configured = true;
            row.allowedActions = c.allowedActions;
            const docker::ContainerStatus st = m_cache.status(endpoint, c.name);
            row.image = st.image;
            row.ports = st.ports;
            if (!st.reachable()) {
                row.state = QStringLiteral("unknown");
                row.statusText = st.statusText; // why the endpoint does not answer
            } else if (st.found) {
                row.state = st.state;
                row.statusText = st.statusText;
                row.running = st.running();
            } else if (!known.contains(c.name)) {
                row.state = QStringLiteral("missing");
            } else {
                row.state = QStringLiteral("unknown"); // known once, no status within the TTL
                row.statusText = st.statusText;
            }
            if (row.running) {
                const Sample s = m_samples.value(key(endpoint, c.name));
                row.cpuPercent = s.cpuPercent;
                row.memoryBytes = s.memoryBytes;
                row.startedEpochMs = s.startedEpochMs;
            }
            rows.append(row);
        }
        if (!es.reachable)
            continue;
        rows.append(m_services.unconfiguredRows(endpoint, configuredNames));
        // Unconfigured containers are listed too, read-only, so the panel shows the host.
        for (const docker::ContainerStatus &st : all) {
            if (configuredNames.contains(st.name) || !st.found)
                continue;
            ContainerRow row;
            row.endpoint = endpoint;
            row.name = st.name;
            row.displayName = st.name;
            row.image = st.image;
            row.ports = st.ports;
            row.state = st.state;
            row.statusText = st.statusText;
            row.running = st.running();
            rows.append(row);
        }
    }
    return rows;
}

void ContainerPoller::logs(const QString &endpoint, const QString &name, int lines,
                           std::function<void(bool ok, const QString &textOrError)> done) {
    if (isService(endpoint, name)) {
        m_services.logs(endpoint, name, lines, std::move(done));
        return;
    }
    docker::DockerClient *client = m_cache.client(endpoint);
    if (!client || !docker::DockerClient::isValidName(name)) {
        done(false, tr("Unknown container."));
        return;
    }
    QPointer<docker::DockerClient> guard(client);
    client->inspect(name, [guard, name, lines, done](const QJsonObject &info,
                                                     const QString &error) {
        if (!error.isEmpty() || !guard) {
            done(false, error.isEmpty() ? tr("Docker went away.") : error);
            return;
        }
        const bool tty =
            info.value(QStringLiteral("Config")).toObject().value(QStringLiteral("Tty")).toBool();
        guard->logs(name, std::clamp(lines, 1, 1000), tty,
                    [done](const QString &text, const QString &logError) {
                        if (!logError.isEmpty())
                            done(false, logError);
                        else
                            done(true, text);
                    });
    });
}

} // namespace mechdock::service
