// Plain values of the container status cache: one container's last known status on an endpoint,
// and an endpoint's reachability, as the bot, the panel and the CLI show them.
#pragma once

#include <QMetaType>
#include <QString>

namespace mechdock::docker {

struct ContainerStatus {
    QString endpoint;
    QString name;
    QString id;
    QString image;
    QString ports; // "8080->80/tcp, 443/tcp"; empty when none or not known yet
    // Docker's state (running, exited, created, restarting, paused, dead), or "unreachable" (the
    // endpoint did not answer; statusText says why) or "unknown" (not on the endpoint, or no
    // status within the cache's TTL).
    QString state = QStringLiteral("unknown");
    QString statusText; // "Up 5 minutes" as Docker words it, or the reason
    QString health;     // healthy, unhealthy, starting, or empty
    bool found = false; // the endpoint answered recently and has this container
    qint64 updatedEpochMs = 0;
    bool running() const { return state == QLatin1String("running"); }
    bool reachable() const { return state != QLatin1String("unreachable"); }
};

struct EndpointStatus {
    QString name;
    QString uri;
    bool reachable = false;
    bool checked = false; // at least one refresh finished
    QString error;
    int failures = 0; // consecutive failed refreshes
    qint64 lastSuccessEpochMs = 0;
    bool eventsConnected = false;
    QString apiVersion;
};

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::ContainerStatus)
Q_DECLARE_METATYPE(mechdock::docker::EndpointStatus)
