#include "settingsschema.h"
#include "common/translation.h"

#include <QCoreApplication>

namespace mechdock::config {

namespace {
QString s(const char *text) {
    return QString::fromLatin1(text);
}
} // namespace

// MD_<KIND>(json path, translatable label, Settings member, [range,] environment names...)
#define MD_INT(path, label, member, lo, hi, ...)                                                   \
    m_ints.append(                                                                                 \
        IntField{s(path), label, lo, hi, QStringList{__VA_ARGS__}, 1, [](Settings &x) -> int & {   \
                     return x.member;                                                              \
                 }})
#define MD_BOOL(path, label, member, ...)                                                          \
    m_bools.append(BoolField{s(path), label, QStringList{__VA_ARGS__}, [](Settings &x) -> bool & { \
                                 return x.member;                                                  \
                             }})
#define MD_STRING(path, label, member, ...)                                                        \
    m_strings.append(                                                                              \
        StringField{s(path), label, QStringList{__VA_ARGS__}, [](Settings &x) -> QString & {       \
                        return x.member;                                                           \
                    }})

SettingsSchema::SettingsSchema() {
    MD_STRING("discord.applicationId",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Application id"),
              discord.applicationId, s("DISCORD_APPLICATION_ID"));
    MD_STRING("discord.apiBaseUrl",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "REST API base URL"),
              discord.apiBaseUrl, s("MECHDOCK_DISCORD_API_URL"));
    MD_STRING("discord.token", QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Bot token"),
              discord.token, s("DISCORD_BOT_TOKEN"));
    MD_BOOL("discord.tokenInFile",
            QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                              "Keep the token in the settings file"),
            discord.tokenInFile);
    MD_INT("discord.intents",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Gateway intents"),
           discord.intents, 0, 1 << 25);
    MD_INT("discord.shardCount",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Shards (0 = automatic)"),
           discord.shardCount, 0, 1024);

    MD_INT("docker.cacheDurationSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Status cache lifetime (s)"),
           docker.cacheDurationSec, 1, 3600, s("DDC_DOCKER_CACHE_DURATION"));
    MD_INT("docker.backgroundRefreshSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Background refresh (s)"),
           docker.backgroundRefreshSec, 5, 3600, s("DDC_BACKGROUND_REFRESH_INTERVAL"));
    MD_INT("docker.toggleCooldownSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Start/stop cool-down per container (s)"),
           docker.toggleCooldownSec, 0, 3600, s("DDC_TOGGLE_CACHE_DURATION"));
    MD_INT("docker.batchSize",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Operations per batch"),
           docker.batchSize, 1, 50, s("DDC_BATCH_SIZE"));
    m_ints.append(IntField{
        s("docker.batchDelayMs"),
        QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Pause between batches (ms)"),
        0,
        10000,
        {s("DDC_RATE_LIMIT_DELAY")},
        1000,
        [](Settings &x) -> int & {
            return x.docker.batchDelayMs;
        }});
    MD_INT(
        "docker.maxConcurrentStats",
        QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Concurrent stats requests per host"),
        docker.maxConcurrentStats, 1, 50);
    MD_INT("docker.requestTimeoutSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Request timeout (s)"),
           docker.requestTimeoutSec, 1, 600);

    MD_INT("cooldowns.defaultSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Default cool-down (s)"),
           cooldowns.defaultSec, 0, 86400);
    MD_INT("cooldowns.commandsPerMinute",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Commands per user per minute"),
           cooldowns.commandsPerMinute, 1, 1000);
    MD_INT("cooldowns.buttonsPerMinute",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Buttons per user per minute"),
           cooldowns.buttonsPerMinute, 1, 1000);
    MD_INT("cooldowns.stateTtlSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Forget idle users after (s)"),
           cooldowns.stateTtlSec, 60, 7 * 86400);
    MD_INT("cooldowns.maxTrackedUsers",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Users tracked at most"),
           cooldowns.maxTrackedUsers, 10, 1000000);

    MD_BOOL("memory.monitoring",
            QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Monitor memory"),
            memory.monitoring, s("MEMORY_MONITORING"));
    MD_INT("memory.thresholdMb",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Memory limit (MB)"),
           memory.thresholdMb, 32, 1024 * 1024, s("MEMORY_THRESHOLD_MB"));
    MD_INT("memory.sampleIntervalSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Sample every (s)"),
           memory.sampleIntervalSec, 1, 3600);
    MD_INT("memory.cacheMaxSize",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Cache entries at most"),
           memory.cacheMaxSize, 1, 1000000, s("CACHE_MAX_SIZE"));
    MD_INT("memory.messageCacheMax",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Message cache entries"),
           memory.messageCacheMax, 1, 1000000, s("MAX_MESSAGE_CACHE"));
    MD_INT("memory.mediaGroupCacheMax",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Media group cache entries"),
           memory.mediaGroupCacheMax, 1, 1000000);
    MD_INT("memory.maxQueueSize",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Queue length at most"),
           memory.maxQueueSize, 1, 10000000, s("MAX_QUEUE_SIZE"));
    MD_INT("memory.userStateTtlSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "User state lifetime (s)"),
           memory.userStateTtlSec, 1, 30 * 86400);
    MD_INT("memory.failedPeerTtlSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Failed peer lifetime (s)"),
           memory.failedPeerTtlSec, 1, 30 * 86400);
    MD_BOOL("memory.sweepAtMedium",
            QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                              "Sweep expired entries at medium pressure"),
            memory.sweepAtMedium);
    MD_BOOL("memory.shrinkAtHigh",
            QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Halve caches at high pressure"),
            memory.shrinkAtHigh);
    MD_BOOL(
        "memory.clearAtCritical",
        QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Clear caches at critical pressure"),
        memory.clearAtCritical);
    MD_INT("memory.resourceWarningPercent",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Warning threshold (%)"),
           memory.resourceWarningPercent, 1, 100);
    MD_INT("memory.resourceCriticalPercent",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Critical threshold (%)"),
           memory.resourceCriticalPercent, 1, 100);
    MD_INT("memory.resourceEmergencyPercent",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Emergency threshold (%)"),
           memory.resourceEmergencyPercent, 1, 100);

    MD_STRING("database.path",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                                "Database file (empty = data folder)"),
              database.path, s("MECHDOCK_DATABASE"));
    MD_INT("database.maxConnections",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Connections at most"),
           database.maxConnections, 1, 64, s("DB_MAX_CONNECTIONS"));
    MD_INT("database.poolSize",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Connections opened at start"),
           database.poolSize, 0, 64, s("DB_POOL_SIZE"));
    MD_INT(
        "database.idleTimeoutSec",
        QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Close idle connections after (s)"),
        database.idleTimeoutSec, 1, 86400);
    MD_INT("database.statementCacheSize",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Prepared statements cached"),
           database.statementCacheSize, 1, 10000);
    MD_INT("database.auditMaxRows",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Audit log rows kept"),
           database.auditMaxRows, 100, 100000000);

    MD_INT("scheduler.maxConcurrentTasks",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Tasks running at once"),
           scheduler.maxConcurrentTasks, 1, 64, s("TASK_MAX_CONCURRENT"),
           s("DDC_MAX_CONCURRENT_TASKS"));
    MD_INT("scheduler.taskTimeoutSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Task timeout (s)"),
           scheduler.taskTimeoutSec, 1, 3600);
    MD_INT("scheduler.minSpacingMin",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Minimum minutes between tasks on a container"),
           scheduler.minSpacingMin, 0, 1440);
    MD_INT("scheduler.checkIntervalSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Re-check interval (s)"),
           scheduler.checkIntervalSec, 1, 3600);
    MD_INT("scheduler.missedGraceMin",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Run missed tasks within (min)"),
           scheduler.missedGraceMin, 0, 1440);
    MD_STRING("scheduler.defaultTimeZone",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Default time zone"),
              scheduler.defaultTimeZone, s("TZ"));

    MD_INT("mech.decayCentsPerDay",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Power decay per day (cents)"),
           mech.decayCentsPerDay, 0, 1000000);
    MD_BOOL("mech.topLevelDecays",
            QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Top level decays"),
            mech.topLevelDecays);
    MD_INT("mech.minSpeedPercent",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Slowest animation (%)"),
           mech.minSpeedPercent, 10, 100);
    MD_INT("mech.maxSpeedPercent",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Fastest animation (%)"),
           mech.maxSpeedPercent, 100, 400);
    MD_INT("mech.speedStepPercent",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Speed step (%)"),
           mech.speedStepPercent, 1, 50);
    MD_INT("mech.memoryCacheEntries",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Animations kept in memory"),
           mech.memoryCacheEntries, 1, 64);
    MD_INT("mech.diskCacheMb",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Animation disk cache (MB)"),
           mech.diskCacheMb, 1, 100000, s("DDC_ANIM_DISK_LIMIT_MB"));

    MD_STRING("http.listen",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Health endpoint address"),
              http.listen, s("MECHDOCK_HTTP_LISTEN"));
    MD_STRING("http.bearerToken",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Health endpoint token"),
              http.bearerToken, s("MECHDOCK_HTTP_TOKEN"));

    MD_INT("health.gatewayGraceSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Unhealthy when Discord is unreachable for (s)"),
           health.gatewayGraceSec, 10, 86400);
    MD_INT("health.minFreeDiskMb",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Unhealthy when the data folder's disk has less free (MB)"),
           health.minFreeDiskMb, 0, 1048576);

    MD_STRING("alerts.channelId",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                                "Crash alerts: Discord channel id (empty = log only)"),
              alerts.channelId);
    MD_INT("alerts.logLines",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Crash alerts: log lines shown"),
           alerts.logLines, 0, 50);
    MD_INT("alerts.restartLoopCount",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Restart loop: crashes"),
           alerts.restartLoopCount, 2, 100);
    MD_INT("alerts.restartLoopWindowSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Restart loop: within (s)"),
           alerts.restartLoopWindowSec, 10, 86400);

    MD_STRING("alerts.heartbeatUrl",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                                "Heartbeat: push URL pinged while healthy (empty = off)"),
              alerts.heartbeatUrl, s("MECHDOCK_HEARTBEAT_URL"));
    MD_INT("alerts.heartbeatMinutes",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Heartbeat: every (minutes)"),
           alerts.heartbeatMinutes, 1, 1440);

    MD_INT("players.cacheSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Player counts: ask a game server again after (s)"),
           players.cacheSec, 5, 3600);
    MD_INT("players.timeoutMs",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Player counts: wait for an answer (ms)"),
           players.timeoutMs, 100, 10000);
    MD_INT("players.maxConcurrent",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Player counts: queries at once"),
           players.maxConcurrent, 1, 32);

    MD_STRING("control.remoteListen",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                                "Remote control address (TLS; empty = off)"),
              control.remoteListen, s("MECHDOCK_CONTROL_LISTEN"));
    MD_STRING("control.socketGroup",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                                "Group that may use the local control socket"),
              control.socketGroup);
    MD_STRING("control.certFile",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                                "Remote control certificate (PEM; empty = self-signed)"),
              control.certFile);
    MD_STRING(
        "control.keyFile",
        QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Remote control private key (PEM)"),
        control.keyFile);
    MD_STRING("control.passwordHash",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                                "Remote control password (PBKDF2 hash)"),
              control.passwordHash);

    MD_STRING(
        "web.listen",
        QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Web page address (empty = off)"),
        web.listen, s("MECHDOCK_WEB_LISTEN"));
    MD_BOOL("web.tls",
            QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                              "Web page over HTTPS (the remote control certificate)"),
            web.tls, s("MECHDOCK_WEB_TLS"));
    MD_INT("web.sessionIdleMinutes",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Web page: log out after this many idle minutes"),
           web.sessionIdleMinutes, 1, 1440);

    MD_STRING("ui.language",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Language (empty = system)"),
              ui.language, s("MECHDOCK_LANGUAGE"));
    MD_BOOL("ui.closeToTray",
            QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Close to the tray"),
            ui.closeToTray);

    MD_STRING("logging.rules",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Logging rules"),
              logging.rules);
    MD_INT("logging.fileMaxKb",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Log file size (KB)"),
           logging.fileMaxKb, 16, 1024 * 1024);
    MD_INT("logging.filesKept",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Log files kept"),
           logging.filesKept, 1, 100);
    MD_INT("logging.ringLines",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema", "Log lines kept in memory"),
           logging.ringLines, 100, 100000);

    MD_BOOL("autoActions.enabled",
            QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                              "Auto-actions: act on Discord messages"),
            autoActions.enabled, s("MECHDOCK_AUTO_ACTIONS"));
    MD_INT("autoActions.globalCooldownSec",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Auto-actions: pause between any two firings (s)"),
           autoActions.globalCooldownSec, 0, 86400);
    MD_STRING("autoActions.notifyChannelId",
              QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                                "Auto-actions: notification channel (empty = silent)"),
              autoActions.notifyChannelId);
    MD_INT("autoActions.historySize",
           QT_TRANSLATE_NOOP("mechdock::config::SettingsSchema",
                             "Auto-actions: firings kept in the history"),
           autoActions.historySize, 10, 1000);
}

#undef MD_INT
#undef MD_BOOL
#undef MD_STRING

const SettingsSchema &SettingsSchema::instance() {
    static const SettingsSchema schema;
    return schema;
}

const IntField *SettingsSchema::intField(const QString &path) const {
    for (const IntField &f : m_ints) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

} // namespace mechdock::config

namespace mechdock::config {

QString SettingsSchema::label(const char *text) {
    return mechdock::translate("mechdock::config::SettingsSchema", text);
}

} // namespace mechdock::config
