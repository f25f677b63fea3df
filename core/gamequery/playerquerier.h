// PlayerQuerier: players on the configured game servers, for the status messages and the panel.
// Reading never waits: lookup() answers from a cache and, when the entry is missing or older than
// the TTL, queues a query in the background (a few at a time, each with a short timeout).
// resultChanged() tells when an answer changed what would be shown. Lives on the engine thread.
#pragma once

#include "gamequeryresult.h"
#include "queryprotocol.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include <optional>

namespace mechdock::gamequery {

class GameQueryClient;

struct PlayerQueryTarget {
    QString key; // the container's "endpoint/name"
    QueryProtocol protocol = QueryProtocol::None;
    QString host;
    quint16 port = 0;

    bool operator==(const PlayerQueryTarget &) const = default;
};

struct PlayerQueryLimits {
    int ttlMs = 30'000;
    int timeoutMs = 1'500;
    int maxConcurrent = 4;
};

class PlayerQuerier final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlayerQuerier)
public:
    // More targets than this are ignored (with a warning): the cache and queue stay bounded.
    static constexpr int kMaxTargets = 500;

    explicit PlayerQuerier(QObject *parent = nullptr);
    ~PlayerQuerier() override;

    // Entries of targets that went away or changed are dropped.
    void setTargets(const QList<PlayerQueryTarget> &targets);
    void setLimits(const PlayerQueryLimits &limits);

    bool hasTarget(const QString &key) const { return m_targets.contains(key); }
    // The cached answer (fresh or not); a missing or stale entry queues a query.
    std::optional<GameQueryResult> lookup(const QString &key);
    // The cached answer without queuing anything.
    std::optional<GameQueryResult> peek(const QString &key) const;
    int running() const { return int(m_running.size()); }
    int queued() const { return int(m_queue.size()); }

signals:
    void resultChanged(const QString &key);

private:
    struct Entry {
        GameQueryResult result;
        qint64 fetchedMs = 0;
    };
    void startQueued();
    void onFinished(const PlayerQueryTarget &target, GameQueryClient *client,
                    const GameQueryResult &result);
    GameQueryClient *makeClient(QueryProtocol protocol);

    QHash<QString, PlayerQueryTarget> m_targets;
    QHash<QString, Entry> m_cache; // at most one per target
    QList<QString> m_queue;        // at most one per target
    QSet<QString> m_queuedKeys;
    QHash<QString, GameQueryClient *> m_running;
    PlayerQueryLimits m_limits;
    QElapsedTimer m_clock;
};

} // namespace mechdock::gamequery
