// AutoActionMessage: the parts of a Discord message that auto-action rules look at, read from a
// gateway MESSAGE_CREATE (or typed into the dry-run tester). Bounded: at most 10 embeds of 25
// fields, each text cut at Discord's own limits, so a hostile payload costs no more than a real
// one.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mechdock::automation {

struct AutoActionEmbed {
    QString title;
    QString description;
    QString fields; // every field as "name\nvalue", one after another
    QString footer;
};

struct AutoActionMessage {
    static constexpr int kMaxEmbeds = 10;
    static constexpr int kMaxFields = 25;
    static constexpr int kMaxContentLength = 4000;
    static constexpr int kMaxEmbedTextLength = 6000;

    QString id;
    QString channelId;
    QString guildId;
    QString authorId;
    QString authorName;
    bool authorIsBot = false;
    bool fromWebhook = false;
    QString content;
    QList<AutoActionEmbed> embeds;

    // From a MESSAGE_CREATE payload; missing or wrongly typed parts stay empty.
    static AutoActionMessage fromGateway(const QJsonObject &data);
};

} // namespace mechdock::automation
