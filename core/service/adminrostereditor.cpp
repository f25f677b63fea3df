#include "adminrostereditor.h"

#include "config/configissue.h"
#include "config/settingsstore.h"

namespace mechdock::service {

AdminRosterResult AdminRosterEditor::apply(const QString &settingsPath, bot::AdminChange change,
                                           const QString &userId) {
    AdminRosterResult r;
    if (settingsPath.isEmpty()) {
        r.outcome = AdminRosterOutcome::NoSettingsFile;
        return r;
    }
    config::LoadResult file = config::SettingsStore::loadFileOnly(settingsPath);
    for (const config::ConfigIssue &issue : file.issues) {
        if (issue.isError()) {
            r.outcome = AdminRosterOutcome::BrokenSettingsFile;
            r.detail = issue.toString();
            return r;
        }
    }
    config::DiscordSettings &discord = file.settings.discord;
    const bool add = change == bot::AdminChange::Add;
    if (add && discord.adminUserIds.contains(userId)) {
        r.outcome = AdminRosterOutcome::AlreadyAdmin;
        return r;
    }
    if (!add && !discord.adminUserIds.contains(userId)) {
        r.outcome = AdminRosterOutcome::NotAnAdmin;
        return r;
    }
    if (!add && discord.adminUserIds.size() == 1 && discord.adminRoleIds.isEmpty()) {
        r.outcome = AdminRosterOutcome::LastAdmin;
        return r;
    }
    if (add)
        discord.adminUserIds.append(userId);
    else
        discord.adminUserIds.removeAll(userId);
    if (QString error; !config::SettingsStore::save(settingsPath, file.settings, &error)) {
        r.outcome = AdminRosterOutcome::SaveFailed;
        r.detail = error;
        return r;
    }
    // What the service will run with: the file under the environment's overrides.
    const config::LoadResult loaded = config::SettingsStore::load(settingsPath);
    r.effective = loaded.settings;
    for (const config::ConfigIssue &issue : loaded.issues)
        r.issues.append(issue.toString());
    r.outcome = loaded.settings.discord.adminUserIds.contains(userId) == add
                    ? AdminRosterOutcome::Changed
                    : AdminRosterOutcome::MaskedByEnvironment;
    return r;
}

} // namespace mechdock::service
