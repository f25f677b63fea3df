// ControlMethod: the methods a control API request may name, with their wire names and whether
// they change state (those are audited).
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace mechdock::control {

enum class ControlMethod {
    SnapshotGet,
    Subscribe,
    Unsubscribe,
    ContainersAction,
    ContainersLogs,
    SchedulerList,
    SchedulerAdd,
    SchedulerUpdate,
    SchedulerRemove,
    SchedulerPreview,
    MechGet,
    MechDonate,
    MechHistory,
    MechAnimation,
    AuditQuery,
    SettingsGet,
    SettingsValidate,
    SettingsSet,
    SettingsSetToken,
    SettingsCheckToken,
    CleanupForce,
    MemoryHistory,
    DiscordChannels,
    AutoActionsTest,
    AutoActionsStatus,
};

// "snapshot.get", "containers.action", ...
QString controlMethodName(ControlMethod method);
std::optional<ControlMethod> controlMethodFromName(const QString &name);
QList<ControlMethod> controlMethods();
bool controlMethodChangesState(ControlMethod method);

} // namespace mechdock::control
