#include "swarmservicecache.h"

#include "dockerclient.h"

#include <algorithm>

namespace mechdock::docker {

SwarmServiceCache::SwarmServiceCache(DockerClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_swarm(client)
    , m_events(new DockerEventStream(client, nullptr, this)) {
    m_events->setEventTypes({QStringLiteral("service"), QStringLiteral("container")});
    connect(m_events, &DockerEventStream::serviceEvent, this, &SwarmServiceCache::onServiceEvent);
    connect(m_events, &DockerEventStream::containerEvent, this,
            &SwarmServiceCache::onContainerEvent);
    connect(&m_timer, &QTimer::timeout, this, &SwarmServiceCache::refresh);
}

SwarmServiceCache::~SwarmServiceCache() {
    stop();
}

void SwarmServiceCache::setSettings(const Settings &settings) {
    m_settings = settings;
    m_settings.refreshMs = std::max(1000, m_settings.refreshMs);
    m_settings.settleMs = std::max(10, m_settings.settleMs);
    m_settings.maxServices = std::max(1, m_settings.maxServices);
    m_settings.maxTasks = std::max(1, m_settings.maxTasks);
    if (m_timer.isActive())
        m_timer.start(m_settings.refreshMs);
}

void SwarmServiceCache::start() {
    if (m_started)
        return;
    m_started = true;
    // The event stream waits for the first list: an endpoint that is no manager (most of them)
    // costs one GET /info per refresh and no connection.
    m_timer.start(m_settings.refreshMs);
    refresh();
}

void SwarmServiceCache::stop() {
    m_started = false;
    m_timer.stop();
    m_events->stop();
}

void SwarmServiceCache::refresh() {
    if (!m_client || m_listing)
        return;
    m_listing = true;
    QPointer<SwarmServiceCache> self(this);
    auto list = [self] {
        if (!self)
            return;
        self->m_swarm.isManager([self](bool manager, const QString &error) {
            if (!self)
                return;
            if (!manager) {
                self->onList({}, error);
                return;
            }
            self->m_swarm.listServices(
                [self](const QList<SwarmService> &l, const QString &listError) {
                    if (self)
                        self->onList(l, listError);
                });
        });
    };
    if (!m_client->apiVersion().isEmpty()) {
        list();
        return;
    }
    m_client->negotiate([self, list](bool ok, const QString &error) {
        if (!self)
            return;
        if (ok)
            list();
        else
            self->onList({}, error);
    });
}

void SwarmServiceCache::onList(const QList<SwarmService> &list, const QString &error) {
    m_listing = false;
    ++m_refreshes;
    // Not a manager (or not answering): nothing to show, and the reason why.
    m_manager = error.isEmpty();
    m_error = error;
    if (m_manager && m_started && !m_events->isRunning())
        m_events->start();
    else if (!m_manager && m_events->isRunning())
        m_events->stop();
    QSet<QString> seen;
    if (m_manager) {
        for (const SwarmService &s : list) {
            if (seen.size() >= m_settings.maxServices)
                break;
            seen.insert(s.name);
            auto it = m_entries.find(s.name);
            if (it == m_entries.end())
                it = m_entries.insert(s.name, Entry{});
            const bool changed = it->service.version != s.version ||
                                 it->service.replicasText() != s.replicasText() ||
                                 it->service.updateState != s.updateState;
            if (!it->reading)
                it->service = s;
            // Tasks are read with the service: when it changed or was never read; one still
            // moving is followed until it settles, as after an event.
            if (changed)
                readService(s.name, !settled(s));
        }
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (m_manager && seen.contains(it.key())) {
            ++it;
            continue;
        }
        const QString name = it.key();
        it = m_entries.erase(it);
        emit serviceRemoved(name);
    }
    emit refreshed();
}

void SwarmServiceCache::onServiceEvent(const ServiceEvent &event) {
    if (event.action == QLatin1String("remove")) {
        if (m_entries.remove(event.name) > 0)
            emit serviceRemoved(event.name);
        return;
    }
    readService(event.name.isEmpty() ? event.id : event.name, true);
}

void SwarmServiceCache::onContainerEvent(const ContainerEvent &event) {
    // A task's container started, died, ...: its service's counts and task states moved.
    if (!event.service.isEmpty())
        readService(event.service, true);
}

bool SwarmServiceCache::settled(const SwarmService &service) {
    return service.runningTasks == service.desiredTasks &&
           service.updateState != QLatin1String("updating") &&
           service.updateState != QLatin1String("rollback_started");
}

void SwarmServiceCache::readService(const QString &name, bool fromEvent) {
    if (!m_started || !m_client || name.isEmpty())
        return;
    auto it = m_entries.find(name);
    if (it == m_entries.end()) {
        if (m_entries.size() >= m_settings.maxServices)
            return;
        it = m_entries.insert(name, Entry{});
        it->service.name = name;
    }
    if (fromEvent)
        it->settleLeft = m_settings.settleReads;
    if (it->reading) {
        it->readAgain = true;
        return;
    }
    it->reading = true;
    QPointer<SwarmServiceCache> self(this);
    m_swarm.inspect(name, [self, name](const SwarmService &s, const QString &error) {
        if (self)
            self->onRead(name, s, error);
    });
}

void SwarmServiceCache::onRead(const QString &name, const SwarmService &s, const QString &error) {
    auto it = m_entries.find(name);
    if (it == m_entries.end())
        return;
    if (!error.isEmpty()) {
        // Unreachable, or gone: the remove event or the next list clears a service that went.
        it->reading = false;
        it->readAgain = false;
        return;
    }
    QPointer<SwarmServiceCache> self(this);
    m_swarm.tasks(s.id, [self, name, s](const QList<SwarmTask> &list, const QString &) {
        if (!self)
            return;
        auto entry = self->m_entries.find(name);
        if (entry == self->m_entries.end())
            return;
        QList<SwarmTask> tasks = list;
        // Running ones first, then by slot: what is kept within the bound is what matters now.
        std::stable_sort(tasks.begin(), tasks.end(), [](const SwarmTask &a, const SwarmTask &b) {
            if (a.running() != b.running())
                return a.running();
            return a.slot < b.slot;
        });
        if (tasks.size() > self->m_settings.maxTasks)
            tasks.resize(self->m_settings.maxTasks);
        entry->service = s;
        entry->tasks = tasks;
        entry->reading = false;
        const bool again = std::exchange(entry->readAgain, false);
        bool pendingRemoval = false;
        for (const SwarmTask &t : std::as_const(tasks))
            pendingRemoval = pendingRemoval || t.desiredState == QLatin1String("remove");
        const bool settle = !again && (!settled(s) || pendingRemoval) && entry->settleLeft > 0;
        if (settle)
            --entry->settleLeft;
        emit self->serviceChanged(name);
        if (!self)
            return;
        if (again) {
            self->readService(name, false);
        } else if (settle) {
            QTimer::singleShot(self->m_settings.settleMs, self,
                               [self, name] { self->readService(name, false); });
        }
    });
}

QList<SwarmService> SwarmServiceCache::services() const {
    QList<SwarmService> out;
    for (const Entry &e : m_entries) {
        if (!e.service.id.isEmpty())
            out.append(e.service);
    }
    std::sort(out.begin(), out.end(),
              [](const SwarmService &a, const SwarmService &b) { return a.name < b.name; });
    return out;
}

SwarmService SwarmServiceCache::service(const QString &name, bool *found) const {
    const auto it = m_entries.constFind(name);
    const bool known = it != m_entries.cend() && !it->service.id.isEmpty();
    if (found)
        *found = known;
    return known ? it->service : SwarmService{};
}

QList<SwarmTask> SwarmServiceCache::tasks(const QString &name) const {
    return m_entries.value(name).tasks;
}

} // namespace mechdock::docker
