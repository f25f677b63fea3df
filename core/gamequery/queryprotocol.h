// QueryProtocol: how a container's game server is asked for its players. Names as the settings
// spell them, and each protocol's usual port.
#pragma once

#include <QLatin1StringView>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace mechdock::gamequery {

enum class QueryProtocol {
    None,      // no query
    A2s,       // Valve's A2S_INFO / A2S_PLAYER over UDP (Source and many Steam games)
    Minecraft, // Minecraft's Server List Ping over TCP
};

std::optional<QueryProtocol> queryProtocolFromName(QStringView name);
QLatin1StringView queryProtocolName(QueryProtocol protocol);
quint16 defaultQueryPort(QueryProtocol protocol);
QStringList queryProtocolNames();

} // namespace mechdock::gamequery
