// DiscordApi: the REST calls the bot makes, named after what they do (answer an interaction,
// edit its message, post or edit a status message, register commands) on top of RestClient.
#pragma once

#include "restclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace mechdock::discord {

enum class InteractionCallbackType {
    ChannelMessage = 4,
    DeferredChannelMessage = 5,
    DeferredUpdateMessage = 6,
    UpdateMessage = 7,
    AutocompleteResult = 8,
    Modal = 9,
};

class DiscordApi {
public:
    explicit DiscordApi(RestClient *rest)
        : m_rest(rest) {}

    RestClient *rest() const { return m_rest; }

    // Interactions have to be answered within 3 s; the callback skips the global limit and is
    // not sent after answerByMs (RestRequest::answerByMs).
    bool respond(const QString &interactionId, const QString &token, InteractionCallbackType type,
                 const QJsonObject &data = {}, const QList<RestFile> &files = {},
                 RestClient::Callback done = {}, qint64 answerByMs = 0);
    bool editOriginal(const QString &applicationId, const QString &token,
                      const QJsonObject &message, const QList<RestFile> &files = {},
                      RestClient::Callback done = {});
    bool followUp(const QString &applicationId, const QString &token, const QJsonObject &message,
                  const QList<RestFile> &files = {}, RestClient::Callback done = {});

    bool createMessage(const QString &channelId, const QJsonObject &message,
                       const QList<RestFile> &files = {}, RestClient::Callback done = {});
    bool editMessage(const QString &channelId, const QString &messageId, const QJsonObject &message,
                     const QList<RestFile> &files = {}, RestClient::Callback done = {});
    bool deleteMessage(const QString &channelId, const QString &messageId,
                       RestClient::Callback done = {});

    // Bulk-overwrites the guild's (or, with an empty guild id, the global) commands only when
    // Discord's current definitions differ from `commands`; `done(changed, error)`.
    void syncCommands(const QString &applicationId, const QString &guildId,
                      const QJsonArray &commands,
                      std::function<void(bool changed, const QString &error)> done);

    // The parts of a command definition that Discord keeps; what syncCommands compares.
    static QJsonArray normalizedCommands(const QJsonArray &commands);

private:
    bool sendWithFiles(const QByteArray &method, const QString &path, const QJsonObject &body,
                       const QList<RestFile> &files, bool authorized, RestClient::Callback done);

    RestClient *m_rest;
};

} // namespace mechdock::discord
