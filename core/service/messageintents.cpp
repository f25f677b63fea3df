#include "messageintents.h"

#include "common/translation.h"

namespace mechdock::service {

int MessageIntents::effective(const config::Settings &settings, bool refused) {
    const int configured = settings.discord.intents;
    if (refused)
        return withoutMessageIntents(configured);
    return settings.autoActions.needsMessages() ? configured | kGuildMessages | kMessageContent
                                                : configured;
}

bool MessageIntents::canFallBack(int closeCode, int used) {
    return closeCode == kDisallowedIntentsClose && (used & kMessageContent) != 0;
}

QString MessageIntents::refusalText() {
    return mechdock::translate(
        "mechdock::service::MessageIntents",
        "Discord refused the Message Content intent (close code 4014), so auto-actions cannot "
        "read messages. Turn it on: Discord Developer Portal → your application → Bot → "
        "Privileged Gateway Intents → enable \"Message Content Intent\", save, then reload "
        "Mechdock. Until then the bot connects without it: slash commands and buttons keep "
        "working.");
}

} // namespace mechdock::service
