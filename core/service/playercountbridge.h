// PlayerCountBridge: joins the containers' settings with the player querier: the query targets
// from the settings, and the cached counts onto what the bot and the panel show. Reading only
// asks the cache; a missing or stale count queues a background query for a running container.
#pragma once

#include "bot/containerview.h"
#include "config/settings.h"
#include "gamequery/playerquerier.h"
#include "servicesnapshot.h"

namespace mechdock::service {

class PlayerCountBridge {
public:
    static QString key(const QString &endpoint, const QString &name);
    static QList<gamequery::PlayerQueryTarget> targets(const config::Settings &settings);
    static gamequery::PlayerQueryLimits limits(const config::Settings &settings);
    // Sets up the querier from the settings (targets and limits).
    static void configure(gamequery::PlayerQuerier &querier, const config::Settings &settings);

    static void fill(bot::ContainerView &view, gamequery::PlayerQuerier &querier);
    static void fill(ContainerRow &row, gamequery::PlayerQuerier &querier);
};

} // namespace mechdock::service
