// AdminRosterEditor: adds or removes a Discord admin (discord.adminUserIds) in the settings file
// itself, the way the panel would save it, so the change survives restarts and every client
// shows it. A broken file is never overwritten, and the last admin user cannot be removed while
// no admin role exists, which would leave nobody able to add one back from Discord.
#pragma once

#include "bot/botbackend.h"
#include "config/settings.h"

#include <QString>
#include <QStringList>

namespace mechdock::service {

enum class AdminRosterOutcome {
    Changed,
    AlreadyAdmin,
    NotAnAdmin,
    LastAdmin,
    NoSettingsFile,
    BrokenSettingsFile,
    SaveFailed,
    MaskedByEnvironment, // saved, but an environment variable sets the admins
};

struct AdminRosterResult {
    AdminRosterOutcome outcome = AdminRosterOutcome::SaveFailed;
    QString detail;             // the file's first error, or why saving failed
    config::Settings effective; // after Changed: the settings to apply (file and environment)
    QStringList issues;
};

class AdminRosterEditor {
public:
    static AdminRosterResult apply(const QString &settingsPath, bot::AdminChange change,
                                   const QString &userId);
};

} // namespace mechdock::service
