// The messages of the control API as plain values, one struct per direction
// (docs/control-api.md describes them on the wire).
#pragma once

#include <QJsonObject>
#include <QString>

namespace mechdock::control {

// What a client sends.
struct ClientMessage {
    enum class Type { Hello, Auth, Request };
    Type type = Type::Hello;
    // hello
    int protocol = 0;
    QString client;
    // auth: a key, or a user and a password
    QString key;
    QString user;
    QString password;
    // request
    qint64 id = 0;
    QString method;
    QJsonObject params;
};

// What the server sends.
struct ServerMessage {
    enum class Type { Welcome, Authenticated, Error, Response, Event };
    Type type = Type::Error;
    // welcome
    int protocol = 0;
    QString server;
    bool authRequired = false;
    // authenticated
    QString identity;
    // error, and a failed response
    QString code;
    QString message;
    // response; -1 when the message has no valid id
    qint64 id = 0;
    bool ok = false;
    QJsonObject result;
    // event
    QString topic;
    QJsonObject data;
};

} // namespace mechdock::control
