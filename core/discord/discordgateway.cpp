#include "discordgateway.h"

#include "common/logcategories.h"
#include "restclient.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace mechdock::discord {

QString gatewayStateName(GatewayState state) {
    switch (state) {
    case GatewayState::Offline:
        return QStringLiteral("offline");
    case GatewayState::Starting:
        return QStringLiteral("starting");
    case GatewayState::Connected:
        return QStringLiteral("connected");
    case GatewayState::Degraded:
        return QStringLiteral("degraded");
    case GatewayState::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

DiscordGateway::DiscordGateway(const DiscordGatewayOptions &options, RestClient *rest,
                               const Clock *clock, memory::CacheRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_rest(rest)
    , m_clock(clock)
    , m_registry(registry)
    , m_budget(clock, options.identifyWindowMs)
    , m_fetchBackoff(options.fetchRetryBaseMs, options.fetchRetryCapMs, options.shard.random) {
    m_fetchTimer.setSingleShot(true);
    connect(&m_fetchTimer, &QTimer::timeout, this, &DiscordGateway::fetchGatewayInfo);
}

DiscordGateway::~DiscordGateway() {
    QMutexLocker lock(&m_mutex);
    m_shards.clear();
}

void DiscordGateway::start() {
    stop();
    m_running = true;
    {
        QMutexLocker lock(&m_mutex);
        m_state = GatewayState::Starting;
        m_fatalReason.clear();
        m_fetchError.clear();
        m_nextFetchEpochMs = 0;
    }
    emit statusChanged();
    fetchGatewayInfo();
}

void DiscordGateway::stop() {
    m_running = false;
    m_fetchTimer.stop();
    std::vector<std::unique_ptr<GatewayShard>> shards;
    {
        QMutexLocker lock(&m_mutex);
        shards.swap(m_shards);
        m_guilds.clear();
        if (m_state != GatewayState::Stopped)
            m_state = GatewayState::Offline;
    }
    for (auto &shard : shards) {
        shard->disconnect(this);
        shard->stop();
    }
    shards.clear();
    emit statusChanged();
}

void DiscordGateway::fetchGatewayInfo() {
    if (!m_running)
        return;
    m_rest->enqueue(
        RestRequest::get(QStringLiteral("/gateway/bot")),
        [this, guard = QPointer<DiscordGateway>(this)](const RestResponse &r) {
            if (!guard || !m_running)
                return;
            if (r.status == 401) {
                setFatal(tr("Discord rejected the bot token (401 on /gateway/bot). "
                            "Set a valid token; the bot stays offline until then."));
                return;
            }
            const QJsonObject info = r.json().object();
            const QUrl url(info.value(QStringLiteral("url")).toString());
            if (!r.ok() || !url.isValid() || url.isEmpty() ||
                (url.scheme() != QLatin1String("wss") && url.scheme() != QLatin1String("ws"))) {
                const QString why = r.error.isEmpty() ? tr("unexpected answer") : r.error;
                qCWarning(lcDiscord).noquote()
                    << tr("Could not get the gateway address from Discord:") << why;
                {
                    QMutexLocker lock(&m_mutex);
                    m_fetchError = why;
                }
                scheduleFetchRetry();
                return;
            }
            const QJsonObject limit = info.value(QStringLiteral("session_start_limit")).toObject();
            SessionStartLimit l;
            l.total = limit.value(QStringLiteral("total")).toInt(1000);
            l.remaining = limit.value(QStringLiteral("remaining")).toInt(l.total);
            l.resetAfterMs = qint64(limit.value(QStringLiteral("reset_after")).toDouble(0));
            l.maxConcurrency = limit.value(QStringLiteral("max_concurrency")).toInt(1);
            m_budget.update(l);
            m_fetchBackoff.reset();
            {
                QMutexLocker lock(&m_mutex);
                m_fetchError.clear();
                m_nextFetchEpochMs = 0;
            }
            startShards(url, info.value(QStringLiteral("shards")).toInt(1));
        });
}

void DiscordGateway::scheduleFetchRetry() {
    const int delayMs = m_fetchBackoff.nextDelayMs();
    m_fetchTimer.start(delayMs);
    QMutexLocker lock(&m_mutex);
    m_nextFetchEpochMs = m_clock->epochMs() + delayMs;
}

void DiscordGateway::startShards(const QUrl &url, int recommendedShards) {
    const int count =
        std::clamp(m_options.shardCount > 0 ? m_options.shardCount : recommendedShards, 1, 4096);
    qCInfo(lcDiscord) << "starting" << count << "shard(s) against" << url.toString()
                      << "; identifies left today:" << m_budget.remaining()
                      << "; max concurrency:" << m_budget.maxConcurrency();
    std::vector<std::unique_ptr<GatewayShard>> shards;
    for (int i = 0; i < count; ++i) {
        GatewayOptions options = m_options.shard;
        options.shardId = i;
        options.shardCount = count;
        auto shard = std::make_unique<GatewayShard>(options, &m_budget, m_clock, m_registry);
        GatewayShard *raw = shard.get();
        // Guilds first, so a receiver of the dispatch already sees them in guilds().
        connect(raw, &GatewayShard::dispatched, this, &DiscordGateway::trackGuilds);
        connect(raw, &GatewayShard::dispatched, this, &DiscordGateway::dispatched);
        auto refresh = [this] {
            {
                QMutexLocker lock(&m_mutex);
                int connected = 0;
                for (const auto &each : m_shards)
                    connected += each->status().state == ShardState::Connected ? 1 : 0;
                if (m_state != GatewayState::Stopped)
                    m_state = connected == int(m_shards.size()) ? GatewayState::Connected
                              : connected > 0                   ? GatewayState::Degraded
                                                                : GatewayState::Starting;
            }
            emit statusChanged();
        };
        connect(raw, &GatewayShard::stateChanged, this, refresh);
        connect(raw, &GatewayShard::latencyMeasured, this, refresh);
        connect(raw, &GatewayShard::fatalError, this,
                [this](int, int, const QString &reason) { setFatal(reason); });
        shards.push_back(std::move(shard));
    }
    QList<GatewayShard *> started;
    {
        QMutexLocker lock(&m_mutex);
        m_shards.swap(shards);
        for (auto &shard : m_shards)
            started.append(shard.get());
    }
    shards.clear();
    // Shards queue for identify slots in the budget, which spaces them by max_concurrency.
    for (GatewayShard *shard : started)
        shard->start(url);
}

void DiscordGateway::setFatal(const QString &reason) {
    // A token or intents problem concerns every shard: stop them all, once.
    m_running = false;
    m_fetchTimer.stop();
    {
        QMutexLocker lock(&m_mutex);
        m_state = GatewayState::Stopped;
        m_fatalReason = reason;
    }
    QList<GatewayShard *> running;
    {
        QMutexLocker lock(&m_mutex);
        for (auto &shard : m_shards)
            running.append(shard.get());
    }
    for (GatewayShard *shard : running) {
        if (shard->status().state != ShardState::Stopped)
            shard->stop();
    }
    qCCritical(lcDiscord).noquote() << reason;
    emit statusChanged();
    emit fatalError(reason);
}

GatewayStatus DiscordGateway::status() const {
    GatewayStatus s;
    QMutexLocker lock(&m_mutex);
    s.state = m_state;
    s.fatalReason = m_fatalReason;
    for (const auto &each : m_shards)
        s.shards.append(each->status());
    s.shardCount = int(s.shards.size());
    double latencySum = 0;
    int latencies = 0;
    for (const ShardStatus &shard : std::as_const(s.shards)) {
        s.shardsConnected += shard.state == ShardState::Connected ? 1 : 0;
        s.identifies += shard.identifies;
        s.resumes += shard.resumes;
        s.zombies += shard.zombies;
        s.dispatches += shard.dispatches;
        s.duplicatesDropped += shard.duplicatesDropped;
        if (shard.lastCloseCode >= 0)
            s.lastCloseCode = shard.lastCloseCode;
        if (shard.latencyMs >= 0) {
            latencySum += shard.latencyMs;
            ++latencies;
        }
    }
    s.latencyMs = latencies > 0 ? latencySum / latencies : -1;
    s.identifiesRemaining = m_budget.remaining();
    if (s.shards.isEmpty()) {
        s.lastError = m_fetchError;
        s.nextAttemptEpochMs = m_fetchError.isEmpty() ? 0 : m_nextFetchEpochMs;
    }
    for (const ShardStatus &shard : std::as_const(s.shards)) {
        if (shard.state == ShardState::Connected)
            continue;
        if (s.lastError.isEmpty())
            s.lastError = shard.lastError;
        if (shard.nextAttemptEpochMs > 0 &&
            (s.nextAttemptEpochMs == 0 || shard.nextAttemptEpochMs < s.nextAttemptEpochMs))
            s.nextAttemptEpochMs = shard.nextAttemptEpochMs;
    }
    return s;
}

int DiscordGateway::nextAttemptInMs() const {
    int next = m_fetchTimer.isActive() ? std::max(0, m_fetchTimer.remainingTime()) : -1;
    QMutexLocker lock(&m_mutex);
    for (const auto &shard : m_shards) {
        const int left = shard->nextAttemptInMs();
        if (left >= 0)
            next = next < 0 ? left : std::min(next, left);
    }
    return next;
}

void DiscordGateway::trackGuilds(int shardId, const QString &type, const QJsonObject &data) {
    const QString id = data.value(QStringLiteral("id")).toString();
    QMutexLocker lock(&m_mutex);
    if (type == QLatin1String("READY")) {
        // A fresh session: this shard's guilds are exactly the ones READY lists.
        for (auto it = m_guilds.begin(); it != m_guilds.end();)
            it = it->shardId == shardId ? m_guilds.erase(it) : std::next(it);
        for (const QJsonValue &v : data.value(QStringLiteral("guilds")).toArray()) {
            GatewayGuild g;
            g.id = v.toObject().value(QStringLiteral("id")).toString();
            g.shardId = shardId;
            if (!g.id.isEmpty())
                m_guilds.insert(g.id, g);
        }
    } else if (type == QLatin1String("GUILD_CREATE") || type == QLatin1String("GUILD_UPDATE")) {
        if (id.isEmpty())
            return;
        GatewayGuild &g = m_guilds[id];
        g.id = id;
        g.shardId = shardId;
        if (data.contains(QStringLiteral("name")))
            g.name = data.value(QStringLiteral("name")).toString();
        if (data.contains(QStringLiteral("member_count")))
            g.memberCount = data.value(QStringLiteral("member_count")).toInt(-1);
        g.available = !data.value(QStringLiteral("unavailable")).toBool(false);
    } else if (type == QLatin1String("GUILD_DELETE")) {
        // unavailable: an outage, the guild comes back; otherwise the bot left or was removed.
        if (data.value(QStringLiteral("unavailable")).toBool(false)) {
            auto it = m_guilds.find(id);
            if (it != m_guilds.end())
                it->available = false;
        } else {
            m_guilds.remove(id);
        }
    }
}

QList<GatewayGuild> DiscordGateway::guilds() const {
    QList<GatewayGuild> out;
    {
        QMutexLocker lock(&m_mutex);
        out = m_guilds.values();
    }
    std::sort(out.begin(), out.end(), [](const GatewayGuild &a, const GatewayGuild &b) {
        const int byName = QString::compare(a.name, b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return out;
}

bool DiscordGateway::send(int op, const QJsonValue &data, const QString &guildId) {
    GatewayShard *target = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        if (m_shards.empty())
            return false;
        size_t index = 0;
        bool ok = false;
        const quint64 guild = guildId.toULongLong(&ok);
        if (ok)
            index = size_t((guild >> 22) % quint64(m_shards.size()));
        target = m_shards[index].get();
    }
    return target->send(op, data);
}

} // namespace mechdock::discord
