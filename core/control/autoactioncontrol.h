// AutoActionControl: the control API's auto-action methods. autoactions.test is the dry run
// (a message in, what every rule would do out, nothing done); autoactions.status gives the
// counters per rule, the bounded history of firings and the rules left out.
#pragma once

#include "controlexpected.h"

#include <QJsonObject>

namespace mechdock::service {
class BotService;
}

namespace mechdock::control {

class AutoActionControl {
public:
    using Result = ControlExpected<QJsonObject>;
    static constexpr int kMaxContentLength = 4000;

    // params: "content", optional "channelId", "authorId", "authorBot", "webhook", "embeds"
    // (Discord's embed objects), and optional "rules" (rule objects as in the settings file)
    // to try rules before saving them.
    static Result test(service::BotService &service, const QJsonObject &params);
    static Result status(service::BotService &service);
};

} // namespace mechdock::control
