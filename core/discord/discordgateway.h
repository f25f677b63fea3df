// DiscordGateway: asks GET /gateway/bot where and how to connect, then runs one GatewayShard per
// shard, started through the shared IdentifyBudget (max_concurrency buckets, daily limit). It is
// the one object the bot talks to: dispatches from every shard, one status, one fatal reason.
#pragma once

#include "common/clock.h"
#include "gatewayshard.h"
#include "identifybudget.h"
#include "reconnectbackoff.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

namespace mechdock::discord {

class RestClient;

enum class GatewayState { Offline, Starting, Connected, Degraded, Stopped };

QString gatewayStateName(GatewayState state);

struct GatewayStatus {
    GatewayState state = GatewayState::Offline;
    int shardCount = 0;
    int shardsConnected = 0;
    double latencyMs = -1; // mean of the shards' last heartbeat round trips
    int identifies = 0;
    int resumes = 0;
    int zombies = 0;
    int identifiesRemaining = -1;
    qint64 dispatches = 0;
    qint64 duplicatesDropped = 0;
    int lastCloseCode = -1;
    QString fatalReason; // set in Stopped: what the operator must fix
    // While not connected: why the last attempt failed, and when the next one is due (0: none
    // waiting), from the gateway address lookup or the earliest waiting shard.
    QString lastError;
    qint64 nextAttemptEpochMs = 0;
    QList<ShardStatus> shards;
};

// A guild the bot is in, as the gateway told it (READY lists ids; GUILD_CREATE names them).
struct GatewayGuild {
    QString id;
    QString name;         // empty until GUILD_CREATE arrived
    int memberCount = -1; // -1: not known
    int shardId = 0;
    bool available = false; // false during an outage or before GUILD_CREATE
};

struct DiscordGatewayOptions {
    GatewayOptions shard; // shardId/shardCount are filled per shard
    int shardCount = 0;   // 0: as /gateway/bot recommends
    qint64 identifyWindowMs = IdentifyBudget::kConcurrencyWindowMs;
    int fetchRetryBaseMs = 2000;
    int fetchRetryCapMs = 120000;
};

class DiscordGateway : public QObject {
    Q_OBJECT
public:
    DiscordGateway(const DiscordGatewayOptions &options, RestClient *rest,
                   const Clock *clock = &Clock::system(),
                   memory::CacheRegistry *registry = &memory::CacheRegistry::global(),
                   QObject *parent = nullptr);
    ~DiscordGateway() override;

    void start();
    void stop();
    // Thread-safe.
    GatewayStatus status() const;
    // Milliseconds until the gateway or any shard tries something on its own (fetching the
    // gateway address, connecting, identifying), or -1 when nothing is scheduled. On the
    // gateway's thread.
    int nextAttemptInMs() const;
    // The guilds the shards reported, ordered by name then id. Thread-safe.
    QList<GatewayGuild> guilds() const;
    // Sends a gateway event on the shard that serves `guildId` (shard 0 when empty).
    bool send(int op, const QJsonValue &data, const QString &guildId = {});
    IdentifyBudget &identifyBudget() { return m_budget; }

signals:
    void dispatched(int shardId, const QString &type, const QJsonObject &data);
    void statusChanged();
    void fatalError(const QString &reason);

private:
    void fetchGatewayInfo();
    void startShards(const QUrl &url, int recommendedShards);
    void scheduleFetchRetry();
    void setFatal(const QString &reason);
    void trackGuilds(int shardId, const QString &type, const QJsonObject &data);

    DiscordGatewayOptions m_options;
    RestClient *m_rest;
    const Clock *m_clock;
    memory::CacheRegistry *m_registry;
    IdentifyBudget m_budget;
    ReconnectBackoff m_fetchBackoff;
    QTimer m_fetchTimer;
    // Guards m_shards and the fields below; status() is read from other threads.
    mutable QMutex m_mutex;
    GatewayState m_state = GatewayState::Offline;
    QString m_fatalReason;
    QString m_fetchError;          // why the last GET /gateway/bot failed; guarded by m_mutex
    qint64 m_nextFetchEpochMs = 0; // guarded by m_mutex
    std::vector<std::unique_ptr<GatewayShard>> m_shards;
    // As many entries as the bot has guilds: mirrors Discord's state, not a cache.
    QHash<QString, GatewayGuild> m_guilds;
    bool m_running = false;
};

} // namespace mechdock::discord
