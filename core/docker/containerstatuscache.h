// ContainerStatusCache: the status of every container on every endpoint, kept fresh by a
// background refresh (one list(all) per endpoint, 30 s) and by each endpoint's event stream, so
// a `die` shows as stopped at once. Entries live for a TTL (seed 004: 75 s) and the cache is
// bounded and registered with the cache registry. An endpoint that does not answer reports its
// containers as "unreachable" with the reason, is retried with a growing delay and recovers by
// itself. Lives on one thread (the service thread); reads are also safe from other threads.
#pragma once

#include "containerinfo.h"
#include "containerstatus.h"
#include "dockerendpoint.h"
#include "dockereventstream.h"

#include "memory/cacheregistry.h"
#include "memory/managedcache.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QTimer>

#include <map>
#include <memory>

namespace mechdock {
class Clock;
}

namespace mechdock::docker {

class DockerClient;

class ContainerStatusCache : public QObject, public memory::ManagedCache {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContainerStatusCache)
public:
    struct Settings {
        int ttlMs = 75000;         // DDC_DOCKER_CACHE_DURATION (seed 004)
        int refreshMs = 30000;     // DDC_BACKGROUND_REFRESH_INTERVAL
        int retryInitialMs = 1000; // first retry after a failed refresh, doubling
        int retryMaxMs = 30000;
        int requestTimeoutMs = 30000;
        int maxEntries = 5000;
        bool events = true; // follow each endpoint's event stream
    };

    // `registry` null: CacheRegistry::global().
    explicit ContainerStatusCache(const Clock *clock = nullptr,
                                  memory::CacheRegistry *registry = nullptr,
                                  QObject *parent = nullptr);
    ~ContainerStatusCache() override;

    void setSettings(const Settings &settings);
    Settings settings() const { return m_settings; }

    // Adds (or replaces) an endpoint; starts refreshing it when the cache is started.
    void addEndpoint(const DockerEndpoint &endpoint);
    void removeEndpoint(const QString &name);
    QStringList endpointNames() const;
    // The endpoint's client (owned by the cache), for actions through the same connections.
    DockerClient *client(const QString &endpoint) const;
    DockerEventStream *events(const QString &endpoint) const;

    void start();
    void stop();
    // Refreshes one endpoint, or all when empty, now (a running refresh is not doubled).
    void refresh(const QString &endpoint = {});

    ContainerStatus status(const QString &endpoint, const QString &name) const;
    QList<ContainerStatus> statuses(const QString &endpoint = {}) const;
    EndpointStatus endpointStatus(const QString &endpoint) const;
    QList<EndpointStatus> endpointStatuses() const;

    // memory::ManagedCache
    memory::CacheStats stats() const override;
    memory::CleanupResult sweepExpired() override;
    memory::CleanupResult shrink(double fraction) override;
    memory::CleanupResult clearAll() override;

signals:
    void containerChanged(const QString &endpoint, const QString &name);
    void endpointChanged(const QString &endpoint);
    void refreshed(const QString &endpoint);
    void eventReceived(const mechdock::docker::ContainerEvent &event);

private:
    struct Endpoint {
        DockerEndpoint endpoint;
        DockerClient *client = nullptr;
        DockerEventStream *events = nullptr;
        QTimer *timer = nullptr;
        EndpointStatus status;
        bool inFlight = false;
        quint64 eventSeq = 0; // events applied so far
    };
    struct Entry {
        ContainerStatus status;
        quint64 eventSeq = 0; // the event that last set it, 0 for a refresh
        qint64 bytes = 0;
    };

    static QString key(const QString &endpoint, const QString &name);
    static qint64 estimate(const ContainerStatus &s);
    void refreshEndpoint(Endpoint &e);
    void onList(const QString &endpoint, quint64 seqAtStart, const QList<ContainerInfo> &list,
                const QString &error);
    void onEvent(const ContainerEvent &event);
    void scheduleNext(Endpoint &e, bool failed);
    bool expired(const Entry &entry, qint64 now) const;
    void evictOverflowLocked();

    const Clock *m_clock;
    Settings m_settings;
    bool m_started = false;
    std::map<QString, std::unique_ptr<Endpoint>> m_endpoints;
    mutable QMutex m_mutex; // guards m_entries, m_endpointStatus and the counters
    QHash<QString, Entry> m_entries;
    QHash<QString, EndpointStatus> m_endpointStatus;
    mutable quint64 m_hits = 0;
    mutable quint64 m_misses = 0;
    quint64 m_inserts = 0;
    quint64 m_evictions = 0;
    memory::CacheRegistry::Registration m_registration;
};

} // namespace mechdock::docker
