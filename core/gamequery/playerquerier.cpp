#include "playerquerier.h"

#include "a2sclient.h"
#include "common/logcategories.h"
#include "slpclient.h"

#include <QLoggingCategory>

#include <algorithm>

namespace mechdock::gamequery {

namespace {
using ClientFactory = GameQueryClient *(*)(QObject *parent);

struct ClientEntry {
    QueryProtocol protocol;
    ClientFactory make;
};

const ClientEntry kClients[] = {
    {QueryProtocol::A2s,
     [](QObject *parent) -> GameQueryClient * {
         return new A2sClient(parent);
     }},
    {QueryProtocol::Minecraft,
     [](QObject *parent) -> GameQueryClient * {
         return new SlpClient(parent);
     }},
};
} // namespace

PlayerQuerier::PlayerQuerier(QObject *parent)
    : QObject(parent) {
    m_clock.start();
}

PlayerQuerier::~PlayerQuerier() = default;

void PlayerQuerier::setTargets(const QList<PlayerQueryTarget> &targets) {
    QHash<QString, PlayerQueryTarget> next;
    for (const PlayerQueryTarget &t : targets) {
        if (t.protocol == QueryProtocol::None || t.key.isEmpty())
            continue;
        if (next.size() >= kMaxTargets) {
            qCWarning(lcService).noquote()
                << tr("Player counts: only the first %1 game servers are asked").arg(kMaxTargets);
            break;
        }
        next.insert(t.key, t);
    }
    for (auto it = m_cache.begin(); it != m_cache.end();) {
        if (next.value(it.key()) != m_targets.value(it.key()))
            it = m_cache.erase(it);
        else
            ++it;
    }
    m_queue.removeIf([&](const QString &key) { return !next.contains(key); });
    m_queuedKeys.clear();
    for (const QString &key : std::as_const(m_queue))
        m_queuedKeys.insert(key);
    // Queries in flight for a changed target finish, but their answers are not kept.
    m_targets = next;
}

void PlayerQuerier::setLimits(const PlayerQueryLimits &limits) {
    m_limits = limits;
    m_limits.maxConcurrent = std::max(1, m_limits.maxConcurrent);
    startQueued();
}

std::optional<GameQueryResult> PlayerQuerier::lookup(const QString &key) {
    const auto target = m_targets.constFind(key);
    if (target == m_targets.constEnd())
        return std::nullopt;
    const auto cached = m_cache.constFind(key);
    const bool fresh =
        cached != m_cache.constEnd() && m_clock.elapsed() - cached->fetchedMs < m_limits.ttlMs;
    if (!fresh && !m_running.contains(key) && !m_queuedKeys.contains(key)) {
        m_queue.append(key);
        m_queuedKeys.insert(key);
        // Started from the event loop, never inside the caller's interaction.
        QMetaObject::invokeMethod(this, &PlayerQuerier::startQueued, Qt::QueuedConnection);
    }
    if (cached == m_cache.constEnd())
        return std::nullopt;
    return cached->result;
}

std::optional<GameQueryResult> PlayerQuerier::peek(const QString &key) const {
    const auto cached = m_cache.constFind(key);
    if (cached == m_cache.constEnd())
        return std::nullopt;
    return cached->result;
}

GameQueryClient *PlayerQuerier::makeClient(QueryProtocol protocol) {
    for (const ClientEntry &e : kClients) {
        if (e.protocol == protocol)
            return e.make(this);
    }
    return nullptr;
}

void PlayerQuerier::startQueued() {
    while (!m_queue.isEmpty() && m_running.size() < m_limits.maxConcurrent) {
        const QString key = m_queue.takeFirst();
        m_queuedKeys.remove(key);
        const PlayerQueryTarget target = m_targets.value(key);
        GameQueryClient *client = makeClient(target.protocol);
        if (!client)
            continue;
        m_running.insert(key, client);
        connect(
            client, &GameQueryClient::finished, this,
            [this, target, client](const GameQueryResult &r) { onFinished(target, client, r); });
        const quint16 port = target.port ? target.port : defaultQueryPort(target.protocol);
        client->start(target.host, port, m_limits.timeoutMs);
    }
}

void PlayerQuerier::onFinished(const PlayerQueryTarget &target, GameQueryClient *client,
                               const GameQueryResult &result) {
    const QString &key = target.key;
    m_running.remove(key);
    client->deleteLater();
    // An answer for a target that changed meanwhile (another port, say) is not kept.
    if (m_targets.value(key) == target) {
        const auto old = m_cache.constFind(key);
        const bool changed = old == m_cache.constEnd() || !old->result.sameCount(result);
        if (!result.ok && (old == m_cache.constEnd() || old->result.ok))
            qCInfo(lcService).noquote()
                << tr("Player count of %1 unavailable: %2").arg(key, result.error);
        m_cache.insert(key, Entry{result, m_clock.elapsed()});
        if (changed)
            emit resultChanged(key);
    }
    startQueued();
}

} // namespace mechdock::gamequery
