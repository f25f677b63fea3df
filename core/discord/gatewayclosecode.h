// GatewayCloseCode: what a gateway close code means for the client: resume, start a new session,
// or stop for good because reconnecting cannot help (bad token, bad intents, bad shard).
#pragma once

#include <QString>

namespace mechdock::discord {

enum class CloseAction { Resume, Reidentify, Fatal };

struct CloseCodeInfo {
    CloseAction action = CloseAction::Resume;
    QString reason; // translated, for the operator
};

class GatewayCloseCode {
public:
    static CloseCodeInfo classify(int code);
    static bool isFatal(int code) { return classify(code).action == CloseAction::Fatal; }

    // Codes the client itself closes with. Not 1000/1001, which would end the session.
    static constexpr int kZombieConnection = 4900;
    static constexpr int kReconnectRequested = 4901;
    static constexpr int kStreamCorrupt = 4902;
};

} // namespace mechdock::discord
