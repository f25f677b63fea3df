// GuildChannelLister: the text channels of the bot's guilds, for the panel's "choose from
// Discord" list. One GET /guilds/{id}/channels per guild (at most kMaxGuilds), not retried: an
// answer within seconds is what the operator waits for. Answers once with every channel it
// could read and, per guild, why it could not. Deletes itself after answering; lives on the
// service thread.
#pragma once

#include "controlexpected.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace mechdock::discord {
class RestClient;
}

namespace mechdock::control {

class GuildChannelLister : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuildChannelLister)
public:
    static constexpr int kMaxGuilds = 25;
    using Reply = std::function<void(const ControlExpected<QJsonObject> &)>;

    struct Guild {
        QString id;
        QString name; // empty when the gateway has not named it
    };

    // Starts at once; `reply` runs exactly once, later.
    static void list(const QUrl &apiBaseUrl, const QString &token, const QList<Guild> &guilds,
                     QObject *parent, Reply reply);

    // Discord's channel objects of one guild → the listed ones (text and announcement channels,
    // in Discord's order, categories named), for tests too.
    static QJsonArray textChannels(const Guild &guild, const QJsonArray &channels);

private:
    GuildChannelLister(const QUrl &apiBaseUrl, const QString &token, QObject *parent, Reply reply);
    void start(const QList<Guild> &guilds);
    void finishOne();

    discord::RestClient *m_rest;
    Reply m_reply;
    int m_pending = 0;
    QJsonArray m_channels;
    QJsonArray m_errors;
};

} // namespace mechdock::control
