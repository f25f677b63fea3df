#include "containerstatuscache.h"

#include "common/clock.h"
#include "dockerclient.h"

#include <QMutexLocker>
#include <QSet>

#include <cmath>

#include <algorithm>

namespace mechdock::docker {

namespace {
QString healthFromStatus(const QString &status) {
    // Docker words it "Up 5 minutes (healthy)" / "(health: starting)".
    if (status.contains(QLatin1String("(unhealthy)")))
        return QStringLiteral("unhealthy");
    if (status.contains(QLatin1String("(healthy)")))
        return QStringLiteral("healthy");
    if (status.contains(QLatin1String("health: starting")))
        return QStringLiteral("starting");
    return {};
}
} // namespace

ContainerStatusCache::ContainerStatusCache(const Clock *clock, memory::CacheRegistry *registry,
                                           QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system()) {
    qRegisterMetaType<ContainerEvent>();
    qRegisterMetaType<ContainerStatus>();
    m_registration = (registry ? registry : &memory::CacheRegistry::global())
                         ->add(QStringLiteral("docker.status"), this);
}

ContainerStatusCache::~ContainerStatusCache() {
    m_registration.reset();
    stop();
    // Streams before clients: a stream cancels its request on the client when it goes.
    for (auto &[name, e] : m_endpoints) {
        delete e->events;
        e->events = nullptr;
    }
}

QString ContainerStatusCache::key(const QString &endpoint, const QString &name) {
    return endpoint + QLatin1Char('\n') + name;
}

qint64 ContainerStatusCache::estimate(const ContainerStatus &s) {
    return qint64(sizeof(ContainerStatus)) +
           2 * qint64(s.endpoint.size() + s.name.size() + s.id.size() + s.image.size() +
                      s.ports.size() + s.state.size() + s.statusText.size() + s.health.size());
}

void ContainerStatusCache::setSettings(const Settings &settings) {
    m_settings = settings;
    m_settings.ttlMs = std::max(1, settings.ttlMs);
    m_settings.refreshMs = std::max(100, settings.refreshMs);
    m_settings.retryInitialMs = std::max(10, settings.retryInitialMs);
    m_settings.retryMaxMs = std::max(m_settings.retryInitialMs, settings.retryMaxMs);
    m_settings.maxEntries = std::max(1, settings.maxEntries);
    for (auto &[name, e] : m_endpoints) {
        e->client->setTimeoutMs(m_settings.requestTimeoutMs);
        e->events->setBackoff(m_settings.retryInitialMs, m_settings.retryMaxMs);
    }
}

void ContainerStatusCache::addEndpoint(const DockerEndpoint &endpoint) {
    removeEndpoint(endpoint.name);
    auto e = std::make_unique<Endpoint>();
    e->endpoint = endpoint;
    e->client = new DockerClient(endpoint, this, m_clock);
    e->client->setTimeoutMs(m_settings.requestTimeoutMs);
    e->events = new DockerEventStream(e->client, m_clock, this);
    e->events->setBackoff(m_settings.retryInitialMs, m_settings.retryMaxMs);
    e->timer = new QTimer(this);
    e->timer->setSingleShot(true);
    const QString name = endpoint.name;
    connect(e->timer, &QTimer::timeout, this, [this, name] { refresh(name); });
    connect(e->events, &DockerEventStream::containerEvent, this, &ContainerStatusCache::onEvent);
    connect(e->events, &DockerEventStream::connectedChanged, this,
            [this, name](bool connected, const QString &) {
                {
                    QMutexLocker lock(&m_mutex);
                    m_endpointStatus[name].eventsConnected = connected;
                }
                emit endpointChanged(name);
            });
    {
        QMutexLocker lock(&m_mutex);
        EndpointStatus s;
        s.name = name;
        s.uri = endpoint.uri;
        m_endpointStatus.insert(name, s);
    }
    Endpoint &ref = *e;
    m_endpoints[name] = std::move(e);
    if (m_started) {
        if (m_settings.events)
            ref.events->start();
        refreshEndpoint(ref);
    }
}

void ContainerStatusCache::removeEndpoint(const QString &name) {
    const auto it = m_endpoints.find(name);
    if (it == m_endpoints.end())
        return;
    std::unique_ptr<Endpoint> e = std::move(it->second);
    m_endpoints.erase(it);
    delete e->events;
    delete e->timer;
    e->client->deleteLater(); // may be inside one of its callbacks
    QMutexLocker lock(&m_mutex);
    m_endpointStatus.remove(name);
    for (auto i = m_entries.begin(); i != m_entries.end();) {
        if (i->status.endpoint == name)
            i = m_entries.erase(i);
        else
            ++i;
    }
}

QStringList ContainerStatusCache::endpointNames() const {
    QStringList out;
    for (const auto &[name, e] : m_endpoints)
        out.append(name);
    return out;
}

DockerClient *ContainerStatusCache::client(const QString &endpoint) const {
    const auto it = m_endpoints.find(endpoint);
    return it == m_endpoints.end() ? nullptr : it->second->client;
}

DockerEventStream *ContainerStatusCache::events(const QString &endpoint) const {
    const auto it = m_endpoints.find(endpoint);
    return it == m_endpoints.end() ? nullptr : it->second->events;
}

void ContainerStatusCache::start() {
    if (m_started)
        return;
    m_started = true;
    for (auto &[name, e] : m_endpoints) {
        if (m_settings.events)
            e->events->start();
        refreshEndpoint(*e);
    }
}

void ContainerStatusCache::stop() {
    m_started = false;
    for (auto &[name, e] : m_endpoints) {
        e->timer->stop();
        if (e->events)
            e->events->stop();
    }
}

void ContainerStatusCache::refresh(const QString &endpoint) {
    for (auto &[name, e] : m_endpoints) {
        if (endpoint.isEmpty() || name == endpoint)
            refreshEndpoint(*e);
    }
}

void ContainerStatusCache::refreshEndpoint(Endpoint &e) {
    if (e.inFlight)
        return;
    e.inFlight = true;
    e.timer->stop();
    const QString name = e.endpoint.name;
    const quint64 seq = e.eventSeq;
    DockerClient *client = e.client;
    auto list = [this, name, seq, client] {
        client->listContainers(
            [this, name, seq](const QList<ContainerInfo> &l, const QString &error) {
                onList(name, seq, l, error);
            });
    };
    if (!client->apiVersion().isEmpty()) {
        list();
        return;
    }
    client->negotiate([this, name, seq, list](bool ok, const QString &error) {
        if (ok)
            list();
        else
            onList(name, seq, {}, error);
    });
}

void ContainerStatusCache::scheduleNext(Endpoint &e, bool failed) {
    if (!m_started)
        return;
    int delay = m_settings.refreshMs;
    if (failed) {
        const int failures = m_endpointStatus.value(e.endpoint.name).failures;
        qint64 d = qint64(m_settings.retryInitialMs) << std::min(failures - 1, 20);
        delay = int(std::min<qint64>(d, m_settings.retryMaxMs));
    }
    e.timer->start(delay);
}

void ContainerStatusCache::onList(const QString &endpoint, quint64 seqAtStart,
                                  const QList<ContainerInfo> &list, const QString &error) {
    const auto it = m_endpoints.find(endpoint);
    if (it == m_endpoints.end())
        return;
    Endpoint &e = *it->second;
    e.inFlight = false;
    const qint64 now = m_clock->epochMs();
    QStringList changed;
    bool endpointDifferent = false;
    bool cameBack = false;
    {
        QMutexLocker lock(&m_mutex);
        EndpointStatus &s = m_endpointStatus[endpoint];
        const bool wasReachable = s.reachable;
        const QString wasError = s.error;
        s.checked = true;
        s.apiVersion = e.client->apiVersion();
        if (!error.isEmpty()) {
            s.reachable = false;
            s.error = error;
            ++s.failures;
        } else {
            cameBack = !wasReachable;
            s.reachable = true;
            s.error.clear();
            s.failures = 0;
            s.lastSuccessEpochMs = now;
        }
        endpointDifferent = wasReachable != s.reachable || wasError != s.error;
        if (!error.isEmpty()) {
            if (endpointDifferent) {
                for (const Entry &entry : std::as_const(m_entries)) {
                    if (entry.status.endpoint == endpoint)
                        changed.append(entry.status.name);
                }
            }
        } else {
            QSet<QString> seen;
            for (const ContainerInfo &c : list) {
                const QString k = key(endpoint, c.name);
                seen.insert(k);
                auto found = m_entries.find(k);
                // An event newer than this list already said better than the list can.
                if (found != m_entries.end() && found->eventSeq > seqAtStart)
                    continue;
                ContainerStatus st;
                st.endpoint = endpoint;
                st.name = c.name;
                st.id = c.id;
                st.image = c.image;
                st.ports = c.ports;
                st.state = c.state;
                st.statusText = c.status;
                st.health = healthFromStatus(c.status);
                st.found = true;
                st.updatedEpochMs = now;
                if (found == m_entries.end()) {
                    ++m_inserts;
                    changed.append(c.name);
                    found = m_entries.insert(k, Entry{});
                } else if (found->status.state != st.state ||
                           found->status.statusText != st.statusText || cameBack) {
                    changed.append(c.name);
                }
                found->status = st;
                found->eventSeq = 0;
                found->bytes = estimate(st);
            }
            for (auto i = m_entries.begin(); i != m_entries.end();) {
                if (i->status.endpoint == endpoint && !seen.contains(i.key()) &&
                    i->eventSeq <= seqAtStart) {
                    changed.append(i->status.name);
                    i = m_entries.erase(i);
                } else {
                    ++i;
                }
            }
            evictOverflowLocked();
        }
    }
    if (cameBack && e.events && m_settings.events)
        e.events->reconnectNow();
    scheduleNext(e, !error.isEmpty());
    if (endpointDifferent)
        emit endpointChanged(endpoint);
    for (const QString &name : std::as_const(changed))
        emit containerChanged(endpoint, name);
    emit refreshed(endpoint);
}

void ContainerStatusCache::onEvent(const ContainerEvent &event) {
    const auto it = m_endpoints.find(event.endpoint);
    if (it == m_endpoints.end() || event.name.isEmpty())
        return;
    Endpoint &e = *it->second;
    const quint64 seq = ++e.eventSeq;
    const qint64 now = m_clock->epochMs();
    bool changed = true;
    {
        QMutexLocker lock(&m_mutex);
        const QString k = key(event.endpoint, event.name);
        auto found = m_entries.find(k);
        if (event.action == QLatin1String("destroy")) {
            changed = found != m_entries.end();
            m_entries.remove(k);
        } else {
            if (found == m_entries.end()) {
                ++m_inserts;
                found = m_entries.insert(k, Entry{});
                found->status.endpoint = event.endpoint;
                found->status.name = event.name;
            }
            ContainerStatus &st = found->status;
            const QString before = st.state;
            const QString a = event.action;
            if (a == QLatin1String("start") || a == QLatin1String("restart") ||
                a == QLatin1String("unpause")) {
                st.state = QStringLiteral("running");
                st.statusText = tr("Up less than a second");
            } else if (a == QLatin1String("die") || a == QLatin1String("stop")) {
                st.state = QStringLiteral("exited");
                if (a == QLatin1String("die") || st.statusText.isEmpty() ||
                    before != QLatin1String("exited"))
                    st.statusText = event.exitCode >= 0
                                        ? tr("Exited (%1) just now").arg(event.exitCode)
                                        : tr("Exited just now");
            } else if (a == QLatin1String("pause")) {
                st.state = QStringLiteral("paused");
                st.statusText = tr("Paused");
            } else if (a == QLatin1String("create")) {
                st.state = QStringLiteral("created");
                st.statusText = tr("Created");
            } else if (a == QLatin1String("health_status")) {
                st.health = event.detail;
            } else {
                changed = false; // kill, oom, rename: the state follows with die or a refresh
            }
            if (!event.id.isEmpty())
                st.id = event.id;
            if (!event.image.isEmpty())
                st.image = event.image;
            if (changed) {
                st.found = true;
                st.updatedEpochMs = now;
                found->eventSeq = seq;
                found->bytes = estimate(st);
            }
            evictOverflowLocked();
        }
    }
    emit eventReceived(event);
    if (event.action == QLatin1String("rename"))
        refresh(event.endpoint);
    if (changed)
        emit containerChanged(event.endpoint, event.name);
}

bool ContainerStatusCache::expired(const Entry &entry, qint64 now) const {
    return now - entry.status.updatedEpochMs > m_settings.ttlMs;
}

ContainerStatus ContainerStatusCache::status(const QString &endpoint, const QString &name) const {
    QMutexLocker lock(&m_mutex);
    ContainerStatus out;
    out.endpoint = endpoint;
    out.name = name;
    const auto ep = m_endpointStatus.constFind(endpoint);
    if (ep == m_endpointStatus.cend()) {
        ++m_misses;
        out.statusText = tr("no Docker endpoint named \"%1\"").arg(endpoint);
        return out;
    }
    const auto found = m_entries.constFind(key(endpoint, name));
    if (ep->checked && !ep->reachable) {
        ++m_misses;
        if (found != m_entries.cend()) {
            out.id = found->status.id;
            out.image = found->status.image;
        }
        out.state = QStringLiteral("unreachable");
        out.statusText = ep->error;
        return out;
    }
    if (found == m_entries.cend()) {
        ++m_misses;
        out.statusText = ep->checked ? tr("no container named \"%1\" on %2").arg(name, endpoint)
                                     : tr("checking…");
        return out;
    }
    if (expired(*found, m_clock->epochMs())) {
        ++m_misses;
        out.id = found->status.id;
        out.image = found->status.image;
        out.statusText =
            tr("no status from Docker for more than %1 s").arg(m_settings.ttlMs / 1000);
        return out;
    }
    ++m_hits;
    return found->status;
}

QList<ContainerStatus> ContainerStatusCache::statuses(const QString &endpoint) const {
    QList<std::pair<QString, QString>> keys;
    {
        QMutexLocker lock(&m_mutex);
        for (const Entry &e : m_entries) {
            if (endpoint.isEmpty() || e.status.endpoint == endpoint)
                keys.append({e.status.endpoint, e.status.name});
        }
    }
    std::sort(keys.begin(), keys.end());
    QList<ContainerStatus> out;
    for (const auto &[ep, name] : std::as_const(keys))
        out.append(status(ep, name));
    return out;
}

EndpointStatus ContainerStatusCache::endpointStatus(const QString &endpoint) const {
    QMutexLocker lock(&m_mutex);
    return m_endpointStatus.value(endpoint);
}

QList<EndpointStatus> ContainerStatusCache::endpointStatuses() const {
    QList<EndpointStatus> out;
    for (const auto &[name, e] : m_endpoints)
        out.append(endpointStatus(name));
    return out;
}

void ContainerStatusCache::evictOverflowLocked() {
    while (m_entries.size() > m_settings.maxEntries) {
        auto oldest = m_entries.begin();
        for (auto i = m_entries.begin(); i != m_entries.end(); ++i) {
            if (i->status.updatedEpochMs < oldest->status.updatedEpochMs)
                oldest = i;
        }
        m_entries.erase(oldest);
        ++m_evictions;
    }
}

memory::CacheStats ContainerStatusCache::stats() const {
    QMutexLocker lock(&m_mutex);
    memory::CacheStats s;
    s.name = QStringLiteral("docker.status");
    s.kind = memory::ContainerKind::Cache;
    s.entries = m_entries.size();
    for (const Entry &e : m_entries)
        s.bytes += e.bytes;
    s.maxEntries = m_settings.maxEntries;
    s.hits = m_hits;
    s.misses = m_misses;
    s.inserts = m_inserts;
    s.evictions = m_evictions;
    return s;
}

memory::CleanupResult ContainerStatusCache::sweepExpired() {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    const qint64 now = m_clock->epochMs();
    for (auto i = m_entries.begin(); i != m_entries.end();) {
        if (expired(*i, now)) {
            ++r.entriesFreed;
            r.bytesFreed += i->bytes;
            ++m_evictions;
            i = m_entries.erase(i);
        } else {
            ++i;
        }
    }
    return r;
}

memory::CleanupResult ContainerStatusCache::shrink(double fraction) {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    const qint64 drop =
        qint64(std::ceil(double(m_entries.size()) * std::clamp(fraction, 0.0, 1.0)));
    QList<std::pair<qint64, QString>> byAge;
    for (auto i = m_entries.cbegin(); i != m_entries.cend(); ++i)
        byAge.append({i->status.updatedEpochMs, i.key()});
    std::sort(byAge.begin(), byAge.end());
    for (qint64 n = 0; n < drop && n < byAge.size(); ++n) {
        const auto found = m_entries.constFind(byAge.at(n).second);
        r.bytesFreed += found->bytes;
        ++r.entriesFreed;
        ++m_evictions;
        m_entries.erase(found);
    }
    return r;
}

memory::CleanupResult ContainerStatusCache::clearAll() {
    QMutexLocker lock(&m_mutex);
    memory::CleanupResult r;
    for (const Entry &e : std::as_const(m_entries))
        r.bytesFreed += e.bytes;
    r.entriesFreed = m_entries.size();
    m_evictions += quint64(m_entries.size());
    m_entries.clear();
    return r;
}

} // namespace mechdock::docker
