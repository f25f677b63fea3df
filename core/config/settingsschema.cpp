#include "settingsschema.h"

namespace mechdock::config {

namespace {
QString s(const char *text) {
    return QString::fromLatin1(text);
}
} // namespace

#define MD_INT(path, member, lo, hi, ...)                                                          \
    m_ints.append(                                                                                 \
        IntField{s(path), lo, hi, QStringList{__VA_ARGS__}, 1, [](Settings &x) -> int & {          \
                     return x.member;                                                              \
                 }})
#define MD_BOOL(path, member, ...)                                                                 \
    m_bools.append(BoolField{s(path), QStringList{__VA_ARGS__}, [](Settings &x) -> bool & {        \
                                 return x.member;                                                  \
                             }})
#define MD_STRING(path, member, ...)                                                               \
    m_strings.append(StringField{s(path), QStringList{__VA_ARGS__}, [](Settings &x) -> QString & { \
                                     return x.member;                                              \
                                 }})

SettingsSchema::SettingsSchema() {
    MD_STRING("discord.applicationId", discord.applicationId, s("DISCORD_APPLICATION_ID"));
    MD_STRING("discord.apiBaseUrl", discord.apiBaseUrl, s("MECHDOCK_DISCORD_API_URL"));
    MD_STRING("discord.token", discord.token, s("DISCORD_BOT_TOKEN"));
    MD_BOOL("discord.tokenInFile", discord.tokenInFile);
    MD_INT("discord.intents", discord.intents, 0, 1 << 25);
    MD_INT("discord.shardCount", discord.shardCount, 0, 1024);

    MD_INT("docker.cacheDurationSec", docker.cacheDurationSec, 1, 3600,
           s("DDC_DOCKER_CACHE_DURATION"));
    MD_INT("docker.backgroundRefreshSec", docker.backgroundRefreshSec, 5, 3600,
           s("DDC_BACKGROUND_REFRESH_INTERVAL"));
    MD_INT("docker.toggleCooldownSec", docker.toggleCooldownSec, 0, 3600,
           s("DDC_TOGGLE_CACHE_DURATION"));
    MD_INT("docker.batchSize", docker.batchSize, 1, 50, s("DDC_BATCH_SIZE"));
    m_ints.append(IntField{s("docker.batchDelayMs"),
                           0,
                           10000,
                           {s("DDC_RATE_LIMIT_DELAY")},
                           1000,
                           [](Settings &x) -> int & {
                               return x.docker.batchDelayMs;
                           }});
    MD_INT("docker.maxConcurrentStats", docker.maxConcurrentStats, 1, 50);
    MD_INT("docker.requestTimeoutSec", docker.requestTimeoutSec, 1, 600);

    MD_INT("cooldowns.defaultSec", cooldowns.defaultSec, 0, 86400);
    MD_INT("cooldowns.commandsPerMinute", cooldowns.commandsPerMinute, 1, 1000);
    MD_INT("cooldowns.buttonsPerMinute", cooldowns.buttonsPerMinute, 1, 1000);
    MD_INT("cooldowns.stateTtlSec", cooldowns.stateTtlSec, 60, 7 * 86400);
    MD_INT("cooldowns.maxTrackedUsers", cooldowns.maxTrackedUsers, 10, 1000000);

    MD_BOOL("memory.monitoring", memory.monitoring, s("MEMORY_MONITORING"));
    MD_INT("memory.thresholdMb", memory.thresholdMb, 32, 1024 * 1024, s("MEMORY_THRESHOLD_MB"));
    MD_INT("memory.sampleIntervalSec", memory.sampleIntervalSec, 1, 3600);
    MD_INT("memory.cacheMaxSize", memory.cacheMaxSize, 1, 1000000, s("CACHE_MAX_SIZE"));
    MD_INT("memory.messageCacheMax", memory.messageCacheMax, 1, 1000000, s("MAX_MESSAGE_CACHE"));
    MD_INT("memory.mediaGroupCacheMax", memory.mediaGroupCacheMax, 1, 1000000);
    MD_INT("memory.maxQueueSize", memory.maxQueueSize, 1, 10000000, s("MAX_QUEUE_SIZE"));
    MD_INT("memory.userStateTtlSec", memory.userStateTtlSec, 1, 30 * 86400);
    MD_INT("memory.failedPeerTtlSec", memory.failedPeerTtlSec, 1, 30 * 86400);
    MD_BOOL("memory.sweepAtMedium", memory.sweepAtMedium);
    MD_BOOL("memory.shrinkAtHigh", memory.shrinkAtHigh);
    MD_BOOL("memory.clearAtCritical", memory.clearAtCritical);
    MD_INT("memory.resourceWarningPercent", memory.resourceWarningPercent, 1, 100);
    MD_INT("memory.resourceCriticalPercent", memory.resourceCriticalPercent, 1, 100);
    MD_INT("memory.resourceEmergencyPercent", memory.resourceEmergencyPercent, 1, 100);

    MD_STRING("database.path", database.path, s("MECHDOCK_DATABASE"));
    MD_INT("database.maxConnections", database.maxConnections, 1, 64, s("DB_MAX_CONNECTIONS"));
    MD_INT("database.poolSize", database.poolSize, 0, 64, s("DB_POOL_SIZE"));
    MD_INT("database.idleTimeoutSec", database.idleTimeoutSec, 1, 86400);
    MD_INT("database.statementCacheSize", database.statementCacheSize, 1, 10000);
    MD_INT("database.auditMaxRows", database.auditMaxRows, 100, 100000000);

    MD_INT("scheduler.maxConcurrentTasks", scheduler.maxConcurrentTasks, 1, 64,
           s("TASK_MAX_CONCURRENT"), s("DDC_MAX_CONCURRENT_TASKS"));
    MD_INT("scheduler.taskTimeoutSec", scheduler.taskTimeoutSec, 1, 3600);
    MD_INT("scheduler.minSpacingMin", scheduler.minSpacingMin, 0, 1440);
    MD_INT("scheduler.checkIntervalSec", scheduler.checkIntervalSec, 1, 3600);
    MD_INT("scheduler.missedGraceMin", scheduler.missedGraceMin, 0, 1440);
    MD_STRING("scheduler.defaultTimeZone", scheduler.defaultTimeZone, s("TZ"));

    MD_INT("mech.decayCentsPerDay", mech.decayCentsPerDay, 0, 1000000);
    MD_BOOL("mech.topLevelDecays", mech.topLevelDecays);
    MD_INT("mech.minSpeedPercent", mech.minSpeedPercent, 10, 100);
    MD_INT("mech.maxSpeedPercent", mech.maxSpeedPercent, 100, 400);
    MD_INT("mech.speedStepPercent", mech.speedStepPercent, 1, 50);
    MD_INT("mech.memoryCacheEntries", mech.memoryCacheEntries, 1, 64);
    MD_INT("mech.diskCacheMb", mech.diskCacheMb, 1, 100000, s("DDC_ANIM_DISK_LIMIT_MB"));

    MD_STRING("http.listen", http.listen, s("MECHDOCK_HTTP_LISTEN"));
    MD_STRING("http.bearerToken", http.bearerToken, s("MECHDOCK_HTTP_TOKEN"));

    MD_STRING("ui.language", ui.language, s("MECHDOCK_LANGUAGE"));
    MD_BOOL("ui.closeToTray", ui.closeToTray);

    MD_STRING("logging.rules", logging.rules);
    MD_INT("logging.fileMaxKb", logging.fileMaxKb, 16, 1024 * 1024);
    MD_INT("logging.filesKept", logging.filesKept, 1, 100);
    MD_INT("logging.ringLines", logging.ringLines, 100, 100000);
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
