#include "localdiscordserver.h"

namespace mechdock::test {

LocalDiscordServer::LocalDiscordServer(QObject *parent)
    : QObject(parent) {
    setToken(m_token);
    m_rest.setGatewayInfo([this] {
        return QJsonObject{{QStringLiteral("url"), m_gateway.url().toString()},
                           {QStringLiteral("shards"), m_gateway.shardCount()},
                           {QStringLiteral("session_start_limit"), m_gateway.sessionStartLimit()}};
    });
}

void LocalDiscordServer::setToken(const QString &token) {
    m_token = token;
    m_rest.setToken(token);
    m_gateway.setToken(token);
}

bool LocalDiscordServer::start() {
    if (!m_rest.listen()) {
        qWarning("local Discord REST server could not listen on 127.0.0.1");
        return false;
    }
    if (!m_gateway.listen()) {
        qWarning("local Discord gateway could not listen on 127.0.0.1");
        return false;
    }
    return true;
}

QUrl LocalDiscordServer::apiBaseUrl() const {
    return QUrl(QStringLiteral("http://127.0.0.1:%1/api/v10").arg(m_rest.port()));
}

} // namespace mechdock::test
