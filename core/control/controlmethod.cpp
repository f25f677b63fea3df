#include "controlmethod.h"

#include <QHash>

namespace mechdock::control {

namespace {

struct MethodInfo {
    ControlMethod method;
    const char *name;
    bool changesState;
};

constexpr MethodInfo kMethods[] = {
    {ControlMethod::SnapshotGet, "snapshot.get", false},
    {ControlMethod::Subscribe, "subscribe", false},
    {ControlMethod::Unsubscribe, "unsubscribe", false},
    {ControlMethod::ContainersAction, "containers.action", true},
    {ControlMethod::ContainersLogs, "containers.logs", false},
    {ControlMethod::SchedulerList, "scheduler.list", false},
    {ControlMethod::SchedulerAdd, "scheduler.add", true},
    {ControlMethod::SchedulerUpdate, "scheduler.update", true},
    {ControlMethod::SchedulerRemove, "scheduler.remove", true},
    {ControlMethod::SchedulerPreview, "scheduler.preview", false},
    {ControlMethod::MechGet, "mech.get", false},
    {ControlMethod::MechDonate, "mech.donate", true},
    {ControlMethod::MechHistory, "mech.history", false},
    {ControlMethod::MechAnimation, "mech.animation", false},
    {ControlMethod::AuditQuery, "audit.query", false},
    {ControlMethod::SettingsGet, "settings.get", false},
    {ControlMethod::SettingsValidate, "settings.validate", false},
    {ControlMethod::SettingsSet, "settings.set", true},
    {ControlMethod::SettingsSetToken, "settings.setToken", true},
    {ControlMethod::SettingsCheckToken, "settings.checkToken", false},
    {ControlMethod::CleanupForce, "cleanup.force", true},
    {ControlMethod::MemoryHistory, "memory.history", false},
    {ControlMethod::DiscordChannels, "discord.channels", false},
    {ControlMethod::AutoActionsTest, "autoactions.test", false},
    {ControlMethod::AutoActionsStatus, "autoactions.status", false},
};

const MethodInfo *infoOf(ControlMethod method) {
    for (const MethodInfo &m : kMethods) {
        if (m.method == method)
            return &m;
    }
    return nullptr;
}

} // namespace

QString controlMethodName(ControlMethod method) {
    const MethodInfo *info = infoOf(method);
    return info ? QString::fromLatin1(info->name) : QString();
}

std::optional<ControlMethod> controlMethodFromName(const QString &name) {
    static const QHash<QString, ControlMethod> byName = [] {
        QHash<QString, ControlMethod> h;
        for (const MethodInfo &m : kMethods)
            h.insert(QString::fromLatin1(m.name), m.method);
        return h;
    }();
    const auto it = byName.constFind(name);
    if (it == byName.constEnd())
        return std::nullopt;
    return *it;
}

QList<ControlMethod> controlMethods() {
    QList<ControlMethod> all;
    for (const MethodInfo &m : kMethods)
        all.append(m.method);
    return all;
}

bool controlMethodChangesState(ControlMethod method) {
    const MethodInfo *info = infoOf(method);
    return info && info->changesState;
}

} // namespace mechdock::control
