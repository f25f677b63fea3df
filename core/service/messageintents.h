// MessageIntents: the gateway intents auto-actions need and what to do when Discord refuses
// them. Reading messages takes GUILD_MESSAGES and the privileged MESSAGE_CONTENT intent; the
// service asks for both while an auto-action rule is enabled. When Discord closes with 4014
// (privileged intent not enabled for the application), the operator is told exactly where to
// turn it on and the bot connects again without them, so slash commands and buttons keep working.
#pragma once

#include "config/settings.h"

#include <QString>

namespace mechdock::service {

class MessageIntents {
public:
    static constexpr int kGuildMessages = 1 << 9;
    static constexpr int kMessageContent = 1 << 15;
    static constexpr int kDisallowedIntentsClose = 4014;

    // The intents to identify with: the configured ones, plus the message intents while a rule
    // needs them and Discord has not refused them.
    static int effective(const config::Settings &settings, bool refused);
    // Whether a close with `closeCode` after identifying with `used` is the message intents'
    // refusal that connecting without them can get around.
    static bool canFallBack(int closeCode, int used);
    static int withoutMessageIntents(int intents) {
        return intents & ~(kGuildMessages | kMessageContent);
    }
    // What the operator has to do, translated.
    static QString refusalText();
};

} // namespace mechdock::service
