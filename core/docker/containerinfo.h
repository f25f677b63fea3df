// Plain values the Docker client returns: a container from the list, the one-shot stats of a
// container, and the outcome of an action.
#pragma once

#include <QMetaType>
#include <QString>

namespace mechdock::docker {

struct ContainerInfo {
    QString id;
    QString name; // without the leading '/'
    QString image;
    QString ports;  // published and exposed ports: "8080->80/tcp, 443/tcp"
    QString state;  // running, exited, created, restarting, paused, dead
    QString status; // "Up 5 minutes", as Docker words it
    qint64 createdEpochSec = 0;
    bool running() const { return state == QLatin1String("running"); }
};

struct StatsSample {
    double cpuPercent = -1;  // like `docker stats`: of one core times the online CPUs
    qint64 memoryBytes = -1; // usage minus inactive page cache
    qint64 memoryLimitBytes = -1;
};

struct ActionOutcome {
    bool ok = false;
    bool changed = false; // false for "already running" / "already stopped" (304)
    QString message;
};

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::ContainerInfo)
