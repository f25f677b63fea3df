// ControlProtocol: the control API's wire format. Every message is one JSON object; this class
// parses what arrives (bounded, with a machine-word error for anything it refuses) and builds
// what is sent. The transports (a local socket with one object per line, a WebSocket with one
// object per text message) only frame these bytes.
#pragma once

#include "controlerror.h"
#include "controlexpected.h"
#include "controlmessage.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

namespace mechdock::control {

class ControlProtocol {
public:
    // The major version. A client that speaks another one is told to update and closed.
    static constexpr int kVersion = 1;
    // One message, on either transport; a longer line or frame closes the connection.
    static constexpr qint64 kMaxMessageBytes = 1024 * 1024;
    // Longest client name kept from a hello (it goes into logs).
    static constexpr int kMaxClientNameLength = 120;

    static ControlExpected<ClientMessage> parseClient(QByteArrayView bytes);
    static ControlExpected<ServerMessage> parseServer(QByteArrayView bytes);

    // Client -> server.
    static QByteArray hello(const QString &client, int protocol = kVersion);
    static QByteArray authKey(const QString &key);
    static QByteArray authPassword(const QString &user, const QString &password);
    static QByteArray request(qint64 id, const QString &method, const QJsonObject &params);

    // Server -> client.
    static QByteArray welcome(const QString &server, bool authRequired);
    static QByteArray authenticated(const QString &identity);
    static QByteArray error(const ControlError &error);
    static QByteArray response(qint64 id, const QJsonObject &result);
    static QByteArray responseError(qint64 id, const ControlError &error);
    static QByteArray event(const QString &topic, const QJsonObject &data);

    // "mechdock <version>", what the welcome names.
    static QString serverName();
};

} // namespace mechdock::control
