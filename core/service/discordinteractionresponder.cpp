#include "discordinteractionresponder.h"

#include "bot/interaction.h"
#include "discord/discordapi.h"

namespace mechdock::service {

namespace {
QList<discord::RestFile> fileList(const QString &name, const QByteArray &data) {
    if (name.isEmpty() || data.isEmpty())
        return {};
    const QByteArray type = name.endsWith(QLatin1String(".webp"))  ? QByteArray("image/webp")
                            : name.endsWith(QLatin1String(".txt")) ? QByteArray("text/plain")
                                                                   : QByteArray();
    return {discord::RestFile{name, type, data}};
}
} // namespace

void DiscordInteractionResponder::respond(const bot::Interaction &interaction, int type,
                                          const QJsonObject &data) {
    m_api.respond(interaction.id, interaction.token, discord::InteractionCallbackType(type), data,
                  {}, {}, interaction.answerByMs);
}

void DiscordInteractionResponder::editOriginal(const bot::Interaction &interaction,
                                               const QJsonObject &message) {
    m_api.editOriginal(interaction.applicationId, interaction.token, message);
}

void DiscordInteractionResponder::followUp(const bot::Interaction &interaction,
                                           const QJsonObject &message, const QString &fileName,
                                           const QByteArray &fileData) {
    m_api.followUp(interaction.applicationId, interaction.token, message,
                   fileList(fileName, fileData));
}

} // namespace mechdock::service
