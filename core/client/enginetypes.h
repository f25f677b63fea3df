// What the engine answers to the panel's requests, as plain values. Every request of an
// EngineClient delivers one of these or the ControlError that prevented it.
#pragma once

#include "config/configissue.h"
#include "control/controlexpected.h"

#include <QJsonObject>
#include <QMetaType>
#include <QStringList>

namespace mechdock::client {

template <typename T>
using Expected = control::ControlExpected<T>;

struct ActionOutcome {
    QString message;
    bool changed = false;
};

struct ContainerLogText {
    QString text;
    bool truncated = false;
};

struct DonationOutcome {
    qint64 eventId = 0;
    qint64 cents = 0;
    QString donor;
    int level = 0;
    qint64 totalCents = 0;
};

// The settings file as the engine reads it; the bot token never leaves the engine.
struct SettingsDocument {
    QString path;
    QJsonObject settings;
    bool tokenSet = false;
    QStringList overrides; // environment variables in force over the file
    config::ConfigIssues issues;
};

struct SettingsSaveOutcome {
    QStringList overrides;
    config::ConfigIssues issues; // warnings; errors refuse the save
};

// Where the engine put a bot token: "keychain" or "file" (the settings file, owner-only).
struct TokenStored {
    QString where;
    QString path;
    QString keychainError; // why the keychain was not used, when it was tried
};

// The Discord user a bot token belongs to.
struct BotIdentity {
    QString id;
    QString username;
};

// A text channel of one of the bot's servers, to choose from.
struct DiscordChannel {
    QString guildId;
    QString guildName; // empty when the gateway has not named the server
    QString id;
    QString name;
    QString category; // empty outside a category
};

// The channels the bot can see, and per server why it could not list them.
struct DiscordChannelList {
    QList<DiscordChannel> channels;
    QStringList problems; // "server: why", in the user's language
};

// Where a client is in its connection to the engine.
struct ConnectionState {
    enum class Status { Connecting, Connected, Disconnected, Failed };
    Status status = Status::Connecting;
    QString server;       // what the title bar names: "this computer", "nas:8385", a socket
    QString identity;     // who the engine takes this client for
    QString reason;       // why it is not connected
    qint64 retryAtMs = 0; // epoch ms of the next attempt; 0: none planned (Failed)

    bool isConnected() const { return status == Status::Connected; }
};

} // namespace mechdock::client

Q_DECLARE_METATYPE(mechdock::client::ConnectionState)
