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
    // The counters the CPU share comes from (-1: not reported), so that two immediate readings
    // taken apart can give one (DockerClient::cpuPercentBetween).
    double containerCpuNs = -1; // the container's CPU time since it started
    double systemCpuNs = -1;    // the host's
    double onlineCpus = 1;
};

// How a stats request reads: Compared waits for the daemon's second reading about a second
// later and has the CPU share; Immediate answers at once (the daemon's one-shot, API 1.41) with
// memory and counters only, so many containers are read quickly.
enum class StatsRead { Compared, Immediate };

struct ActionOutcome {
    bool ok = false;
    bool changed = false; // false for "already running" / "already stopped" (304)
    QString message;
};

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::ContainerInfo)
