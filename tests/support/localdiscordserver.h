// LocalDiscordServer: the gateway and the REST API together, as a test starts them: one call to
// start, the base URL to give the client, and both halves for faults and inspection.
#pragma once

#include "localdiscordgateway.h"
#include "localdiscordrest.h"

#include <QObject>
#include <QUrl>

namespace mechdock::test {

class LocalDiscordServer : public QObject {
    Q_OBJECT
public:
    explicit LocalDiscordServer(QObject *parent = nullptr);

    bool start();
    QUrl apiBaseUrl() const;
    QUrl gatewayUrl() const { return m_gateway.url(); }
    QUrl resumeGatewayUrl() const { return m_gateway.resumeUrl(); }
    QString token() const { return m_token; }
    void setToken(const QString &token);

    LocalDiscordRest &rest() { return m_rest; }
    LocalDiscordGateway &gateway() { return m_gateway; }

private:
    QString m_token = QStringLiteral("test-token.mechdock.local");
    LocalDiscordRest m_rest;
    LocalDiscordGateway m_gateway;
};

} // namespace mechdock::test
