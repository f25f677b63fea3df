// ServiceSnapshot: what the service knows, as plain values, published about once a second to the
// panel, the health endpoint and the command line. Never holds pointers into service objects.
#pragma once

#include "memory/managedcache.h"
#include "monitor/operationmetrics.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace mechdock::service {

struct EndpointState {
    QString name;
    QString uri;
    bool reachable = false;
    QString error; // why not, in words an operator can act on
    QString apiVersion;
    bool eventsConnected = false; // Docker's event stream is open: changes show at once
};

struct ContainerRow {
    QString endpoint;
    QString kind = QStringLiteral("container"); // or "service", a Swarm service
    QString name;
    QString displayName;
    QString image;
    QString ports; // "8080->80/tcp, 443/tcp"
    // running, exited, ...; "missing" when configured but not found; a service is running,
    // starting (tasks wanted, none running) or stopped (scaled to 0)
    QString state;
    QString statusText; // Docker's words: "Up 5 minutes"
    bool running = false;
    bool configured = false;
    QStringList allowedActions;
    double cpuPercent = -1;
    qint64 memoryBytes = -1;
    qint64 startedEpochMs = 0; // running containers: when they started; 0 unknown
    // Player counts of a queried game server; -1 while unknown.
    bool playersQueried = false;
    int playersOnline = -1;
    int playersMax = -1;
    QStringList playerNames;
    // A Swarm service's tasks: running ones and the ones Swarm wants; -1 for a container.
    int tasksRunning = -1;
    int tasksDesired = -1;
};

enum class BotState { Offline, Connecting, Online, Stopped };

// One gateway shard, for the Discord page.
struct GatewayShardRow {
    int shardId = 0;
    QString state; // the shard state's name: connected, resuming, ...
    double latencyMs = -1;
    int identifies = 0;
    int resumes = 0;
    int lastCloseCode = -1;
    qint64 dispatches = 0;
    QString fatalReason;
};

// A guild the bot is in, as the gateway reported it.
struct GuildRow {
    QString id;
    QString name;
    int memberCount = -1;
    int shardId = 0;
    bool available = false;
};

// The mech as the panel shows it; `running` is false when the mech has no database.
struct MechSnapshot {
    bool running = false;
    int level = 1;
    QString levelName;
    qint64 powerCents = 0;
    qint64 totalCents = 0;
    qint64 levelProgressCents = 0;
    qint64 levelCostCents = 0; // 0 at the top level
    int speedLevel = 0;        // 0..100
    int speedPercent = 100;    // animation speed
    bool resting = true;       // zero power: the rest animation
};

struct ServiceSnapshot {
    qint64 epochMs = 0;
    bool running = false;
    QString configPath;
    QString dataDir;

    bool databaseOk = false;
    QString databaseError;
    QString databasePath;
    bool databaseWriteFailing = false; // the newest write failed
    quint64 databaseWriteFailures = 0;
    QString databaseWriteError;
    qint64 dataDirFreeBytes = -1; // -1: unknown
    qint64 dataDirMinFreeBytes = 0;

    QList<EndpointState> endpoints;
    QList<ContainerRow> containers;
    qint64 containersEpochMs = 0; // when the container list was last refreshed

    BotState botState = BotState::Offline;
    QString botReason;                     // why offline or stopped; how to fix it
    qint64 gatewayNotConnectedSinceMs = 0; // 0: connected, or offline by choice
    QString gatewayLastError;              // while connecting: why the last attempt failed
    qint64 gatewayNextAttemptEpochMs = 0;  // while connecting: when it tries again; 0 unknown
    int gatewayGraceSec = 90;
    double gatewayLatencyMs = -1;
    quint64 rest429s = 0;
    int gatewayShards = 0;
    int gatewayShardsConnected = 0;
    int gatewayIdentifies = 0;
    int gatewayResumes = 0;
    int gatewayCloseCode = -1;
    int gatewayIdentifiesRemaining = -1;
    bool commandsRegistered = false;
    quint64 interactionsDenied = 0;
    quint64 interactionsDroppedLate = 0;
    QList<GatewayShardRow> gatewayShardRows;
    QList<GuildRow> guilds;
    quint64 interactionsHandled = 0;
    quint64 schedulerRuns = 0;
    quint64 schedulerFailures = 0;

    qint64 rssBytes = 0;
    qint64 heapBytes = 0;
    qint64 limitBytes = 0;
    QString pressure; // Low, Medium, High, Critical
    double processCpuPercent = -1;
    double systemCpuPercent = -1;
    double diskUsedPercent = -1;
    quint64 netReceivedBytes = 0;
    quint64 netSentBytes = 0;
    QStringList recentAlerts; // newest last, "severity source: message"

    MechSnapshot mech;

    QList<memory::CacheStats> caches;
    QList<monitor::OperationSummary> operations;
    QStringList configIssues;
};

// For people: translated.
QString botStateName(BotState state);
// For machines (/health, /metrics, the control API): never translated.
QLatin1StringView botStateKey(BotState state);

} // namespace mechdock::service

Q_DECLARE_METATYPE(mechdock::service::ServiceSnapshot)
