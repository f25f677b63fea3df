// ContainerView: what the bot shows of one configured container: configuration joined with the
// latest status, as plain values.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mechdock::bot {

struct ContainerView {
    QString endpoint;
    QString name;
    QString displayName;
    QStringList allowedActions; // of start, stop, restart
    bool detailedStatus = true;
    int order = 0;
    bool known = false; // Docker reported it (false: missing or endpoint down)
    bool running = false;
    QString state;          // running, exited, restarting, ...
    double cpuPercent = -1; // -1: not measured
    qint64 memoryBytes = -1;
    qint64 uptimeSec = -1;
    QString infoText;
    bool hasProtectedInfo = false;
    // Player counts, for a container whose game server is queried (playersQueried). Counts are
    // -1 while nothing is known (not asked yet, no answer, or the container is stopped).
    bool playersQueried = false;
    int playersOnline = -1;
    int playersMax = -1;
    QStringList playerNames; // bounded by the querier; shown on the detailed view only
    // A Swarm service rather than a container: its running and desired tasks (-1 unknown).
    bool service = false;
    int tasksRunning = -1;
    int tasksDesired = -1;
};

} // namespace mechdock::bot

Q_DECLARE_METATYPE(mechdock::bot::ContainerView)
