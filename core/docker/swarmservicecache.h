// SwarmServiceCache: the services of one Swarm manager endpoint and their tasks, kept fresh like
// the container status cache: a full list every refresh interval, and between lists the event
// stream (service create/update/remove, and the container events of a service's tasks) makes
// the service concerned be read again at once. Swarm reports task state changes in no event: a
// service whose running tasks differ from its desired ones, or whose update is rolling out, is
// read again every settle interval, a bounded number of times, until it settles. Bounded: at most
// maxServices services, maxTasks tasks each. An endpoint that is no manager holds no services,
// says why, and has no event stream open. Lives on one thread.
#pragma once

#include "dockereventstream.h"
#include "swarmservice.h"
#include "swarmserviceclient.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QTimer>

namespace mechdock::docker {

class DockerClient;

class SwarmServiceCache : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SwarmServiceCache)
public:
    struct Settings {
        int refreshMs = 30000;
        int settleMs = 500;   // between reads of a service that has not settled
        int settleReads = 60; // at most this many such reads after an event
        int maxServices = 1000;
        int maxTasks = 100; // per service, running ones first
    };

    // The client must outlive the cache (make the cache its child or destroy it first).
    explicit SwarmServiceCache(DockerClient *client, QObject *parent = nullptr);
    ~SwarmServiceCache() override;

    void setSettings(const Settings &settings);
    void start();
    void stop();
    // Lists every service now (a list in flight is not doubled).
    void refresh();

    bool isManager() const { return m_manager; }
    // Why the endpoint has no services to show (not a manager, unreachable), else empty.
    QString lastError() const { return m_error; }
    QList<SwarmService> services() const;
    // found false when the service is not (or no longer) known.
    SwarmService service(const QString &name, bool *found = nullptr) const;
    QList<SwarmTask> tasks(const QString &name) const;
    DockerEventStream *events() const { return m_events; }
    int refreshes() const { return m_refreshes; }

signals:
    void serviceChanged(const QString &name);
    void serviceRemoved(const QString &name);
    void refreshed();

private:
    struct Entry {
        SwarmService service;
        QList<SwarmTask> tasks;
        int settleLeft = 0;
        bool reading = false;
        bool readAgain = false; // an event came while the service was being read
    };
    void onList(const QList<SwarmService> &list, const QString &error);
    void onServiceEvent(const ServiceEvent &event);
    void onContainerEvent(const ContainerEvent &event);
    // Reads one service and its tasks; a new event restarts the settle reads.
    void readService(const QString &name, bool fromEvent);
    void onRead(const QString &name, const SwarmService &service, const QString &error);
    static bool settled(const SwarmService &service);

    QPointer<DockerClient> m_client;
    SwarmServiceClient m_swarm;
    DockerEventStream *m_events;
    QTimer m_timer;
    Settings m_settings;
    QHash<QString, Entry> m_entries; // by service name
    bool m_started = false;
    bool m_listing = false;
    bool m_manager = false;
    QString m_error;
    int m_refreshes = 0;
};

} // namespace mechdock::docker
