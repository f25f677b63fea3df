// DiscordInteractionResponder: the bot's answers leave through Discord's REST API: the callback
// within 3 s, edits of the original response and follow-ups (with a file, e.g. the mech WebP).
#pragma once

#include "bot/interactionresponder.h"

namespace mechdock::discord {
class DiscordApi;
}

namespace mechdock::service {

class DiscordInteractionResponder final : public bot::InteractionResponder {
public:
    explicit DiscordInteractionResponder(discord::DiscordApi &api)
        : m_api(api) {}

    void respond(const bot::Interaction &interaction, int type, const QJsonObject &data) override;
    void editOriginal(const bot::Interaction &interaction, const QJsonObject &message) override;
    void followUp(const bot::Interaction &interaction, const QJsonObject &message,
                  const QString &fileName = {}, const QByteArray &fileData = {}) override;

private:
    discord::DiscordApi &m_api;
};

} // namespace mechdock::service
