#include "containeraction.h"

namespace mechdock::docker {

QString containerActionName(ContainerAction action) {
    switch (action) {
    case ContainerAction::Start:
        return QStringLiteral("start");
    case ContainerAction::Stop:
        return QStringLiteral("stop");
    case ContainerAction::Restart:
        return QStringLiteral("restart");
    case ContainerAction::Update:
        return QStringLiteral("update");
    }
    return {};
}

std::optional<ContainerAction> containerActionFromName(const QString &name) {
    const QString wanted = name.trimmed();
    for (ContainerAction a : containerActions()) {
        if (wanted.compare(containerActionName(a), Qt::CaseInsensitive) == 0)
            return a;
    }
    return std::nullopt;
}

QList<ContainerAction> containerActions() {
    return {ContainerAction::Start, ContainerAction::Stop, ContainerAction::Restart,
            ContainerAction::Update};
}

QString actionOriginName(ActionOrigin origin) {
    switch (origin) {
    case ActionOrigin::Discord:
        return QStringLiteral("discord");
    case ActionOrigin::Panel:
        return QStringLiteral("panel");
    case ActionOrigin::Scheduler:
        return QStringLiteral("scheduler");
    case ActionOrigin::Cli:
        return QStringLiteral("cli");
    case ActionOrigin::Service:
        return QStringLiteral("service");
    case ActionOrigin::Api:
        return QStringLiteral("api");
    case ActionOrigin::AutoAction:
        return QStringLiteral("auto-action");
    }
    return {};
}

} // namespace mechdock::docker
