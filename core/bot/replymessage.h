// The plain reply every bot answer starts from: text within Discord's 2000 characters, no
// mention ever pinging anyone, and optionally visible only to the person who asked.
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace mechdock::bot {

constexpr int kEphemeralFlag = 64;

inline QJsonObject replyMessage(const QString &text, bool ephemeral) {
    QJsonObject o{
        {QStringLiteral("content"), text.left(2000)},
        {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}}};
    if (ephemeral)
        o.insert(QStringLiteral("flags"), kEphemeralFlag);
    return o;
}

} // namespace mechdock::bot
