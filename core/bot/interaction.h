// Interaction: an INTERACTION_CREATE payload read defensively into plain values. Anything
// malformed or oversized makes parse() fail with a reason instead of reaching a handler.
#pragma once

#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace mechdock::bot {

enum class InteractionType {
    Ping = 1,
    Command = 2,
    Component = 3,
    Autocomplete = 4,
    ModalSubmit = 5
};

struct Interaction {
    InteractionType type = InteractionType::Command;
    QString id;
    QString token;
    QString applicationId;
    QString guildId;
    QString channelId;
    QString userId;
    QString userName;
    QStringList roleIds;
    QString locale;
    QString commandName;            // "schedule add" for sub-commands
    QMap<QString, QString> options; // option name -> value as text
    QString focusedOption;          // autocomplete
    QString customId;               // components
    QString messageId;              // components: the message the button sits on
    // Monotonic ms (Clock::system()) by which the first answer must leave to reach Discord within
    // its 3 s; 0 when unknown. Set by whoever received it, not read from the payload.
    qint64 answerByMs = 0;

    static std::optional<Interaction> parse(const QJsonObject &d, QString *error);
    static constexpr int kMaxOptionLength = 1000;
};

} // namespace mechdock::bot
