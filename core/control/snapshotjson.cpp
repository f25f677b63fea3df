#include "snapshotjson.h"

#include <QJsonArray>

namespace mechdock::control {

namespace {

using service::BotState;

QString s(const char *text) {
    return QString::fromLatin1(text);
}

// A field and its key, in both directions, from one list per struct: adding a field to the
// snapshot needs one line here.
template <typename T>
struct Fields {
    QJsonObject *out = nullptr;
    const QJsonObject *in = nullptr;
    T *value = nullptr;

    void str(const char *key, QString T::*m) {
        if (out)
            out->insert(s(key), value->*m);
        else
            value->*m = in->value(s(key)).toString();
    }
    void strings(const char *key, QStringList T::*m) {
        if (out) {
            out->insert(s(key), QJsonArray::fromStringList(value->*m));
            return;
        }
        QStringList list;
        for (const QJsonValue &v : in->value(s(key)).toArray())
            list.append(v.toString());
        value->*m = list;
    }
    void flag(const char *key, bool T::*m) {
        if (out)
            out->insert(s(key), value->*m);
        else
            value->*m = in->value(s(key)).toBool();
    }
    template <typename N>
    void num(const char *key, N T::*m) {
        if (out)
            out->insert(s(key), double(value->*m));
        else if (const QJsonValue v = in->value(s(key)); v.isDouble())
            value->*m = N(v.toDouble());
    }
};

template <typename T, typename Describe>
QJsonObject writeOne(const T &v, Describe describe) {
    QJsonObject o;
    Fields<T> f{&o, nullptr, const_cast<T *>(&v)};
    describe(f);
    return o;
}

template <typename T, typename Describe>
T readOne(const QJsonObject &o, Describe describe) {
    T v;
    Fields<T> f{nullptr, &o, &v};
    describe(f);
    return v;
}

template <typename T, typename Describe>
QJsonArray writeList(const QList<T> &list, Describe describe) {
    QJsonArray a;
    for (const T &v : list)
        a.append(writeOne(v, describe));
    return a;
}

template <typename T, typename Describe>
QList<T> readList(const QJsonValue &value, Describe describe) {
    QList<T> list;
    for (const QJsonValue &v : value.toArray())
        list.append(readOne<T>(v.toObject(), describe));
    return list;
}

const auto endpointFields = [](auto &f) {
    using T = service::EndpointState;
    f.str("name", &T::name);
    f.str("uri", &T::uri);
    f.flag("reachable", &T::reachable);
    f.str("error", &T::error);
    f.str("apiVersion", &T::apiVersion);
    f.flag("eventsConnected", &T::eventsConnected);
};

const auto containerFields = [](auto &f) {
    using T = service::ContainerRow;
    f.str("endpoint", &T::endpoint);
    f.str("kind", &T::kind);
    f.str("name", &T::name);
    f.str("displayName", &T::displayName);
    f.str("image", &T::image);
    f.str("ports", &T::ports);
    f.str("state", &T::state);
    f.str("statusText", &T::statusText);
    f.flag("running", &T::running);
    f.flag("configured", &T::configured);
    f.strings("allowedActions", &T::allowedActions);
    f.num("cpuPercent", &T::cpuPercent);
    f.num("memoryBytes", &T::memoryBytes);
    f.num("startedEpochMs", &T::startedEpochMs);
    f.flag("playersQueried", &T::playersQueried);
    f.num("playersOnline", &T::playersOnline);
    f.num("playersMax", &T::playersMax);
    f.strings("playerNames", &T::playerNames);
    f.num("tasksRunning", &T::tasksRunning);
    f.num("tasksDesired", &T::tasksDesired);
};

const auto shardFields = [](auto &f) {
    using T = service::GatewayShardRow;
    f.num("shardId", &T::shardId);
    f.str("state", &T::state);
    f.num("latencyMs", &T::latencyMs);
    f.num("identifies", &T::identifies);
    f.num("resumes", &T::resumes);
    f.num("lastCloseCode", &T::lastCloseCode);
    f.num("dispatches", &T::dispatches);
    f.str("fatalReason", &T::fatalReason);
};

const auto guildFields = [](auto &f) {
    using T = service::GuildRow;
    f.str("id", &T::id);
    f.str("name", &T::name);
    f.num("memberCount", &T::memberCount);
    f.num("shardId", &T::shardId);
    f.flag("available", &T::available);
};

const auto mechFields = [](auto &f) {
    using T = service::MechSnapshot;
    f.flag("running", &T::running);
    f.num("level", &T::level);
    f.str("levelName", &T::levelName);
    f.num("powerCents", &T::powerCents);
    f.num("totalCents", &T::totalCents);
    f.num("levelProgressCents", &T::levelProgressCents);
    f.num("levelCostCents", &T::levelCostCents);
    f.num("speedLevel", &T::speedLevel);
    f.num("speedPercent", &T::speedPercent);
    f.flag("resting", &T::resting);
};

const auto cacheFields = [](auto &f) {
    using T = memory::CacheStats;
    f.str("name", &T::name);
    f.num("entries", &T::entries);
    f.num("bytes", &T::bytes);
    f.num("maxEntries", &T::maxEntries);
    f.num("maxBytes", &T::maxBytes);
    f.num("hits", &T::hits);
    f.num("misses", &T::misses);
    f.num("inserts", &T::inserts);
    f.num("evictions", &T::evictions);
    f.num("dropped", &T::dropped);
    f.num("highWater", &T::highWater);
};

const auto operationFields = [](auto &f) {
    using T = monitor::OperationSummary;
    f.str("name", &T::name);
    f.num("totalCount", &T::totalCount);
    f.num("totalFailures", &T::totalFailures);
    f.num("totalDurationMs", &T::totalDurationMs);
    f.num("windowCount", &T::windowCount);
    f.num("averageMs", &T::averageMs);
    f.num("minMs", &T::minMs);
    f.num("maxMs", &T::maxMs);
    f.num("p50Ms", &T::p50Ms);
    f.num("p95Ms", &T::p95Ms);
    f.num("p99Ms", &T::p99Ms);
    f.num("successRate", &T::successRate);
    f.num("lastEpochMs", &T::lastEpochMs);
};

const auto snapshotFields = [](auto &f) {
    using T = service::ServiceSnapshot;
    f.num("epochMs", &T::epochMs);
    f.flag("running", &T::running);
    f.str("configPath", &T::configPath);
    f.str("dataDir", &T::dataDir);
    f.flag("databaseOk", &T::databaseOk);
    f.str("databaseError", &T::databaseError);
    f.str("databasePath", &T::databasePath);
    f.flag("databaseWriteFailing", &T::databaseWriteFailing);
    f.num("databaseWriteFailures", &T::databaseWriteFailures);
    f.str("databaseWriteError", &T::databaseWriteError);
    f.num("dataDirFreeBytes", &T::dataDirFreeBytes);
    f.num("dataDirMinFreeBytes", &T::dataDirMinFreeBytes);
    f.num("containersEpochMs", &T::containersEpochMs);
    f.str("botReason", &T::botReason);
    f.num("gatewayNotConnectedSinceMs", &T::gatewayNotConnectedSinceMs);
    f.str("gatewayLastError", &T::gatewayLastError);
    f.num("gatewayNextAttemptEpochMs", &T::gatewayNextAttemptEpochMs);
    f.num("gatewayGraceSec", &T::gatewayGraceSec);
    f.num("gatewayLatencyMs", &T::gatewayLatencyMs);
    f.num("rest429s", &T::rest429s);
    f.num("gatewayShards", &T::gatewayShards);
    f.num("gatewayShardsConnected", &T::gatewayShardsConnected);
    f.num("gatewayIdentifies", &T::gatewayIdentifies);
    f.num("gatewayResumes", &T::gatewayResumes);
    f.num("gatewayCloseCode", &T::gatewayCloseCode);
    f.num("gatewayIdentifiesRemaining", &T::gatewayIdentifiesRemaining);
    f.flag("commandsRegistered", &T::commandsRegistered);
    f.num("interactionsDenied", &T::interactionsDenied);
    f.num("interactionsHandled", &T::interactionsHandled);
    f.num("interactionsDroppedLate", &T::interactionsDroppedLate);
    f.num("schedulerRuns", &T::schedulerRuns);
    f.num("schedulerFailures", &T::schedulerFailures);
    f.num("rssBytes", &T::rssBytes);
    f.num("heapBytes", &T::heapBytes);
    f.num("limitBytes", &T::limitBytes);
    f.str("pressure", &T::pressure);
    f.num("processCpuPercent", &T::processCpuPercent);
    f.num("systemCpuPercent", &T::systemCpuPercent);
    f.num("diskUsedPercent", &T::diskUsedPercent);
    f.num("netReceivedBytes", &T::netReceivedBytes);
    f.num("netSentBytes", &T::netSentBytes);
    f.strings("recentAlerts", &T::recentAlerts);
    f.strings("configIssues", &T::configIssues);
};

const QList<BotState> kBotStates{BotState::Offline, BotState::Connecting, BotState::Online,
                                 BotState::Stopped};

const QList<memory::ContainerKind> kKinds{memory::ContainerKind::Cache,
                                          memory::ContainerKind::Queue, memory::ContainerKind::Map,
                                          memory::ContainerKind::Set};

QString kindKey(memory::ContainerKind kind) {
    switch (kind) {
    case memory::ContainerKind::Cache:
        return s("cache");
    case memory::ContainerKind::Queue:
        return s("queue");
    case memory::ContainerKind::Map:
        return s("map");
    case memory::ContainerKind::Set:
        return s("set");
    }
    return s("cache");
}

} // namespace

QJsonObject SnapshotJson::toJson(const service::ServiceSnapshot &snapshot) {
    QJsonObject o = writeOne(snapshot, snapshotFields);
    o.insert(s("botState"), QString(service::botStateKey(snapshot.botState)));
    o.insert(s("endpoints"), writeList(snapshot.endpoints, endpointFields));
    o.insert(s("containers"), writeList(snapshot.containers, containerFields));
    o.insert(s("gatewayShardRows"), writeList(snapshot.gatewayShardRows, shardFields));
    o.insert(s("guilds"), writeList(snapshot.guilds, guildFields));
    o.insert(s("mech"), writeOne(snapshot.mech, mechFields));
    QJsonArray caches;
    for (const memory::CacheStats &c : snapshot.caches) {
        QJsonObject row = writeOne(c, cacheFields);
        row.insert(s("kind"), kindKey(c.kind));
        caches.append(row);
    }
    o.insert(s("caches"), caches);
    o.insert(s("operations"), writeList(snapshot.operations, operationFields));
    return o;
}

service::ServiceSnapshot SnapshotJson::fromJson(const QJsonObject &json) {
    service::ServiceSnapshot snapshot = readOne<service::ServiceSnapshot>(json, snapshotFields);
    const QString state = json.value(s("botState")).toString();
    for (BotState b : kBotStates) {
        if (state == service::botStateKey(b))
            snapshot.botState = b;
    }
    snapshot.endpoints =
        readList<service::EndpointState>(json.value(s("endpoints")), endpointFields);
    snapshot.containers =
        readList<service::ContainerRow>(json.value(s("containers")), containerFields);
    snapshot.gatewayShardRows =
        readList<service::GatewayShardRow>(json.value(s("gatewayShardRows")), shardFields);
    snapshot.guilds = readList<service::GuildRow>(json.value(s("guilds")), guildFields);
    snapshot.mech = readOne<service::MechSnapshot>(json.value(s("mech")).toObject(), mechFields);
    for (const QJsonValue &v : json.value(s("caches")).toArray()) {
        memory::CacheStats c = readOne<memory::CacheStats>(v.toObject(), cacheFields);
        const QString kind = v.toObject().value(s("kind")).toString();
        for (memory::ContainerKind k : kKinds) {
            if (kind == kindKey(k))
                c.kind = k;
        }
        snapshot.caches.append(c);
    }
    snapshot.operations =
        readList<monitor::OperationSummary>(json.value(s("operations")), operationFields);
    return snapshot;
}

} // namespace mechdock::control
