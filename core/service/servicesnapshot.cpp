#include "servicesnapshot.h"

#include <QCoreApplication>

namespace mechdock::service {

QString botStateName(BotState state) {
    switch (state) {
    case BotState::Offline:
        return QCoreApplication::translate("mechdock::service::ServiceSnapshot", "offline");
    case BotState::Connecting:
        return QCoreApplication::translate("mechdock::service::ServiceSnapshot", "connecting");
    case BotState::Online:
        return QCoreApplication::translate("mechdock::service::ServiceSnapshot", "online");
    case BotState::Stopped:
        return QCoreApplication::translate("mechdock::service::ServiceSnapshot", "stopped");
    }
    return {};
}

QLatin1StringView botStateKey(BotState state) {
    switch (state) {
    case BotState::Offline:
        return QLatin1StringView("offline");
    case BotState::Connecting:
        return QLatin1StringView("connecting");
    case BotState::Online:
        return QLatin1StringView("online");
    case BotState::Stopped:
        return QLatin1StringView("stopped");
    }
    return QLatin1StringView("unknown");
}

} // namespace mechdock::service
