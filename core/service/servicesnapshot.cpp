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

} // namespace mechdock::service
