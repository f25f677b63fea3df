#include "queryprotocol.h"

#include <iterator>

namespace mechdock::gamequery {

namespace {
struct ProtocolEntry {
    QueryProtocol protocol;
    QLatin1StringView name;
    quint16 defaultPort;
};

constexpr ProtocolEntry kProtocols[] = {
    {QueryProtocol::None, QLatin1StringView("none"), 0},
    {QueryProtocol::A2s, QLatin1StringView("a2s"), 27015},
    {QueryProtocol::Minecraft, QLatin1StringView("minecraft"), 25565},
};

const ProtocolEntry &entry(QueryProtocol protocol) {
    for (const ProtocolEntry &e : kProtocols) {
        if (e.protocol == protocol)
            return e;
    }
    return kProtocols[0];
}
} // namespace

std::optional<QueryProtocol> queryProtocolFromName(QStringView name) {
    if (name.isEmpty())
        return QueryProtocol::None;
    for (const ProtocolEntry &e : kProtocols) {
        if (name.compare(e.name, Qt::CaseInsensitive) == 0)
            return e.protocol;
    }
    return std::nullopt;
}

QLatin1StringView queryProtocolName(QueryProtocol protocol) {
    return entry(protocol).name;
}

quint16 defaultQueryPort(QueryProtocol protocol) {
    return entry(protocol).defaultPort;
}

QStringList queryProtocolNames() {
    QStringList names;
    for (const ProtocolEntry &e : kProtocols)
        names.append(QString(e.name));
    return names;
}

} // namespace mechdock::gamequery
