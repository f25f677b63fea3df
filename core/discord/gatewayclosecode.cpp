// Close codes from Discord's "Opcodes and Status Codes" page.
#include "gatewayclosecode.h"

#include "common/translation.h"

namespace mechdock::discord {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::discord::GatewayCloseCode", text);
}
} // namespace

CloseCodeInfo GatewayCloseCode::classify(int code) {
    switch (code) {
    case 4000:
        return {CloseAction::Resume, tr("Discord reported an unknown error; resuming.")};
    case 4001:
        return {CloseAction::Resume, tr("Discord did not understand an opcode; resuming.")};
    case 4002:
        return {CloseAction::Resume, tr("Discord could not decode a payload; resuming.")};
    case 4003:
        return {CloseAction::Reidentify,
                tr("A payload was sent before identifying; identifying again.")};
    case 4005:
        return {CloseAction::Resume, tr("The session was already authenticated; resuming.")};
    case 4007:
        return {CloseAction::Reidentify,
                tr("The resume sequence was invalid; starting a new session.")};
    case 4008:
        return {CloseAction::Resume,
                tr("Too many gateway events were sent; resuming after a pause.")};
    case 4009:
        return {CloseAction::Reidentify, tr("The session timed out; starting a new session.")};
    case 4004:
        return {CloseAction::Fatal,
                tr("Discord rejected the bot token (close code 4004). Set a valid token in the "
                   "settings or DISCORD_BOT_TOKEN; the bot stays offline until then.")};
    case 4010:
        return {CloseAction::Fatal,
                tr("Discord rejected the shard id (close code 4010). Check the shard count "
                   "setting.")};
    case 4011:
        return {CloseAction::Fatal,
                tr("Discord requires sharding for this bot (close code 4011). Set the shard count "
                   "to 0 so Discord's recommendation is used, or raise it.")};
    case 4012:
        return {CloseAction::Fatal,
                tr("Discord rejected the gateway API version (close code 4012). This build of "
                   "Mechdock needs an update.")};
    case 4013:
        return {CloseAction::Fatal,
                tr("Discord rejected the intents value (close code 4013). Check the intents "
                   "setting.")};
    case 4014:
        return {CloseAction::Fatal,
                tr("Discord refused a privileged intent (close code 4014). Enable it in the "
                   "Discord Developer Portal → your application → Bot → Privileged Gateway "
                   "Intents, or remove it from the intents setting.")};
    default:
        return {CloseAction::Resume, tr("The gateway connection closed; resuming.")};
    }
}

} // namespace mechdock::discord
