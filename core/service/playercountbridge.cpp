#include "playercountbridge.h"

namespace mechdock::service {

namespace {
struct Counts {
    bool queried = false;
    int online = -1;
    int max = -1;
    QStringList names;
};

Counts countsOf(const QString &key, bool running, gamequery::PlayerQuerier &querier) {
    Counts c;
    c.queried = querier.hasTarget(key);
    // A stopped server has nobody on it and is not asked.
    if (!c.queried || !running)
        return c;
    const std::optional<gamequery::GameQueryResult> r = querier.lookup(key);
    if (r && r->ok) {
        c.online = r->online;
        c.max = r->max;
        c.names = r->names;
    }
    return c;
}
} // namespace

QString PlayerCountBridge::key(const QString &endpoint, const QString &name) {
    return endpoint + QLatin1Char('/') + name;
}

QList<gamequery::PlayerQueryTarget> PlayerCountBridge::targets(const config::Settings &settings) {
    QList<gamequery::PlayerQueryTarget> out;
    for (const config::ContainerSettings &c : settings.containers) {
        const std::optional<gamequery::QueryProtocol> protocol =
            gamequery::queryProtocolFromName(c.queryProtocol);
        if (!c.active || !protocol || *protocol == gamequery::QueryProtocol::None ||
            c.queryPort < 0 || c.queryPort > 65535)
            continue;
        out.append({key(c.endpoint, c.name), *protocol,
                    c.queryHost.isEmpty() ? QStringLiteral("127.0.0.1") : c.queryHost,
                    quint16(c.queryPort)});
    }
    return out;
}

gamequery::PlayerQueryLimits PlayerCountBridge::limits(const config::Settings &settings) {
    return {settings.players.cacheSec * 1000, settings.players.timeoutMs,
            settings.players.maxConcurrent};
}

void PlayerCountBridge::configure(gamequery::PlayerQuerier &querier,
                                  const config::Settings &settings) {
    querier.setTargets(targets(settings));
    querier.setLimits(limits(settings));
}

void PlayerCountBridge::fill(bot::ContainerView &view, gamequery::PlayerQuerier &querier) {
    const Counts c = countsOf(key(view.endpoint, view.name), view.running, querier);
    view.playersQueried = c.queried;
    view.playersOnline = c.online;
    view.playersMax = c.max;
    view.playerNames = c.names;
}

void PlayerCountBridge::fill(ContainerRow &row, gamequery::PlayerQuerier &querier) {
    const Counts c = countsOf(key(row.endpoint, row.name), row.running, querier);
    row.playersQueried = c.queried;
    row.playersOnline = c.online;
    row.playersMax = c.max;
    row.playerNames = c.names;
}

} // namespace mechdock::service
