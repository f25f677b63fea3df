// Settings: everything an operator can configure, with the defaults of DockerDiscordControl and
// the seed documents. Plain values; the service copies them into each domain's own settings.
#pragma once

#include "autoactionsettings.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace mechdock::config {

enum class ChannelKind { Status, Control };

struct ChannelSettings {
    QString id;
    QString name;
    ChannelKind kind = ChannelKind::Status;
    bool postOnStartup = true;
    bool autoRefresh = true;
    int updateIntervalSec = 600; // DDC: 10 min
    bool recreateOnInactivity = true;
    int inactivityTimeoutSec = 600; // DDC: 10 min
};

struct DiscordSettings {
    QString applicationId;
    QStringList guildIds;
    QString apiBaseUrl = QStringLiteral("https://discord.com/api/v10");
    // Runtime only unless tokenInFile: the token comes from the keychain or DISCORD_BOT_TOKEN.
    QString token;
    bool tokenInFile = false;
    int intents = 1;                 // GUILDS: enough for slash commands and buttons
    int shardCount = 0;              // 0 = as /gateway/bot recommends
    QList<ChannelSettings> channels; // up to 50 of each kind
    QStringList adminUserIds;
    QStringList adminRoleIds;
    QStringList donationLinks; // "label|url"
};

struct EndpointSettings {
    QString name = QStringLiteral("local");
    QString uri; // empty: DOCKER_HOST or the platform's default socket
    bool tlsVerify = false;
    QString certPath;
};

struct DockerSettings {
    QList<EndpointSettings> endpoints{EndpointSettings{}};
    int cacheDurationSec = 75; // seed 004
    int backgroundRefreshSec = 30;
    int toggleCooldownSec = 150;
    int batchSize = 3;
    int batchDelayMs = 100; // DDC_RATE_LIMIT_DELAY 0.1 s
    int maxConcurrentStats = 5;
    int requestTimeoutSec = 30;
};

struct ContainerSettings {
    QString endpoint = QStringLiteral("local");
    // What `name` names on the endpoint: a plain container, or a Swarm service (the endpoint
    // must then be a Swarm manager).
    QString kind = QStringLiteral("container");
    QString name;
    QString displayName;
    QStringList allowedActions{QStringLiteral("status")};
    int order = 0;
    bool active = true;
    bool detailedStatus = true;
    QString infoText;              // at most 250 characters
    QString protectedInfo;         // shown after the password
    QString protectedPasswordHash; // salted hash, never the password
    // Player counts: how to ask the game server in the container (none, a2s, minecraft),
    // where (empty host: 127.0.0.1) and on which port (0: the protocol's usual one).
    QString queryProtocol = QStringLiteral("none");
    QString queryHost;
    int queryPort = 0;
    // The tag an update pulls (e.g. "stable"); empty: the container's own tag.
    QString updateTag;
    bool isService() const { return kind == QLatin1String("service"); }
};

struct CooldownSettings {
    QMap<QString, int> commandSec{
        {QStringLiteral("serverstatus"), 30}, {QStringLiteral("control"), 5},
        {QStringLiteral("info"), 5},          {QStringLiteral("help"), 3},
        {QStringLiteral("ping"), 3},          {QStringLiteral("donate"), 5}};
    QMap<QString, int> buttonSec{{QStringLiteral("start"), 10},
                                 {QStringLiteral("stop"), 10},
                                 {QStringLiteral("restart"), 20},
                                 {QStringLiteral("info"), 3},
                                 {QStringLiteral("logs"), 10}};
    int defaultSec = 5;
    int commandsPerMinute = 20;
    int buttonsPerMinute = 35;
    int stateTtlSec = 6 * 3600; // seed 002: drop entries after 6 h
    int maxTrackedUsers = 1000;
};

struct MemorySettings {
    bool monitoring = true; // MEMORY_MONITORING
    int thresholdMb = 800;  // MEMORY_THRESHOLD_MB
    int sampleIntervalSec = 5;
    int cacheMaxSize = 500;    // CACHE_MAX_SIZE
    int messageCacheMax = 200; // MAX_MESSAGE_CACHE
    int mediaGroupCacheMax = 100;
    int maxQueueSize = 1000;      // MAX_QUEUE_SIZE
    int userStateTtlSec = 3600;   // seed 003
    int failedPeerTtlSec = 86400; // seed 003
    bool sweepAtMedium = true;
    bool shrinkAtHigh = true;
    bool clearAtCritical = true;
    int resourceWarningPercent = 70; // seed 002
    int resourceCriticalPercent = 85;
    int resourceEmergencyPercent = 95;
};

struct DatabaseSettings {
    QString path;           // empty: <data dir>/mechdock.db
    int maxConnections = 3; // DB_MAX_CONNECTIONS
    int poolSize = 1;       // DB_POOL_SIZE: connections opened at start
    int idleTimeoutSec = 600;
    int statementCacheSize = 200;
    int auditMaxRows = 100000;
};

struct SchedulerSettings {
    int maxConcurrentTasks = 3; // TASK_MAX_CONCURRENT / DDC_MAX_CONCURRENT_TASKS
    int taskTimeoutSec = 180;   // seed 002
    int minSpacingMin = 10;
    int checkIntervalSec = 60;
    int missedGraceMin = 5;
    QString defaultTimeZone; // empty: TZ, else the system zone
};

struct MechSettings {
    int decayCentsPerDay = 100;
    bool topLevelDecays = true;
    int minSpeedPercent = 70; // seed 000
    int maxSpeedPercent = 130;
    int speedStepPercent = 5;
    int memoryCacheEntries = 2; // seed 000
    int diskCacheMb = 200;      // DDC_ANIM_DISK_LIMIT_MB
    // "LEVEL:CENTS_PER_DAY" entries replacing decayCentsPerDay at that level, e.g. "11:0".
    QStringList decayOverrides;
};

struct HttpSettings {
    QString listen = QStringLiteral("127.0.0.1:9374"); // empty: off
    QString bearerToken;
};

// Crash alerts: a configured container that dies on its own (non-zero exit, out of memory, a
// restart loop) and a Docker endpoint that goes away or comes back.
struct AlertSettings {
    QString channelId;        // the Discord channel the alerts go to; empty: log and panel only
    int logLines = 15;        // the crashed container's last log lines in the alert (0: none)
    int restartLoopCount = 3; // this many crashes ...
    int restartLoopWindowSec = 300; // ... within this time are a restart loop
    // The watchdog's push URL (Healthchecks.io, Uptime Kuma), pinged while healthy; empty: off.
    QString heartbeatUrl;
    int heartbeatMinutes = 5;
};

// How game servers are asked for their players (containers[].queryProtocol).
struct PlayerQuerySettings {
    int cacheSec = 30;     // an answer is shown this long before it is asked again
    int timeoutMs = 1500;  // a server that does not answer by then shows no count
    int maxConcurrent = 4; // queries at once
};

// When /health calls the service unhealthy.
struct HealthSettings {
    int gatewayGraceSec = 90; // Discord unreachable longer than this
    int minFreeDiskMb = 64;   // the data folder's disk below this is full
};

// The control API: a local socket in the data folder always; TLS on TCP when remoteListen is set.
struct ControlSettings {
    QString remoteListen; // "ADDRESS:PORT"; empty: no remote access
    QString socketGroup;  // a group that may use the local socket too (0660); empty: owner only
    QString certFile;     // the operator's certificate and key (PEM); empty: a self-signed one
    QString keyFile;
    QString passwordHash; // PBKDF2 ("pbkdf2-sha256$..."); empty: no password login
    QStringList apiKeys;  // "name|pbkdf2-sha256$...", one per key
};

// The web control page (served by the engine; the same accounts as the remote control API).
struct WebSettings {
    QString listen; // "ADDRESS:PORT"; empty: off
    // HTTPS with the remote control API's certificate (control.certFile/keyFile, else the
    // self-signed one); off: plain HTTP, for a reverse proxy that adds TLS in front.
    bool tls = false;
    int sessionIdleMinutes = 30;
};

struct UiSettings {
    QString language; // empty: the system's
    bool closeToTray = false;
};

struct LoggingSettings {
    QString rules; // QT_LOGGING_RULES syntax
    int fileMaxKb = 2048;
    int filesKept = 3;
    int ringLines = 2000;
};

struct Settings {
    DiscordSettings discord;
    DockerSettings docker;
    QList<ContainerSettings> containers;
    CooldownSettings cooldowns;
    MemorySettings memory;
    DatabaseSettings database;
    SchedulerSettings scheduler;
    MechSettings mech;
    HttpSettings http;
    HealthSettings health;
    AlertSettings alerts;
    PlayerQuerySettings players;
    ControlSettings control;
    WebSettings web;
    UiSettings ui;
    LoggingSettings logging;
    AutoActionSettings autoActions;
};

QString channelKindName(ChannelKind kind);

} // namespace mechdock::config

Q_DECLARE_METATYPE(mechdock::config::Settings)
