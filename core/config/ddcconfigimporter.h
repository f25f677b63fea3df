// DdcConfigImporter: reads a DockerDiscordControl (DDC) config folder into Mechdock Settings,
// merged over the operator's existing settings, and lists every value it could not map.
// Pure: it reads files only; the bot token, protected-info passwords and tasks.json are handed
// back for the caller to store (keychain, PasswordHasher, scheduler TaskStore).
//
// DDC's folder, as its ConfigService/ConfigLoaderService/ConfigMigrationService read it:
// - Modular layout (DDC 2.x): config.json (language, ui_language, timezone, guild_id,
//   heartbeat {enabled, ping_url, interval}, advanced_settings {DDC_* env names},
//   system_logs, optionally a channel_permissions fallback; a v1.1 monolithic config.json also
//   holds "servers"), auth.json (bot_token, encryption_enabled), web_ui.json (web UI login),
//   docker_settings.json (docker_socket_path, container_command_cooldown, docker_api_timeout,
//   max_log_lines), containers/<name>.json (one server each), channels/<id>.json (one channel
//   each, channels/default.json holds the defaults), admins.json (discord_admin_users,
//   admin_notes), server_order.json (server_order: [docker names]), tasks.json (scheduler).
// - Legacy layout (DDC 1.x): bot_config.json (language, timezone, guild_id, bot_token,
//   heartbeat), docker_config.json (servers + docker settings), web_config.json (web UI login,
//   advanced_settings), channels_config.json (channel_permissions, default_channel_permissions,
//   spam_protection {command_cooldowns, button_cooldowns, global_settings}, server_order).
//   DDC reads spam_protection from channels_config.json in both layouts.
// The modular files win over the legacy ones, as in DDC's loader.
#pragma once

#include "settings.h"

#include <QList>
#include <QString>

namespace mechdock::config {

struct ImportNote {
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    QString file;    // relative to the DDC folder, e.g. "containers/web.json"
    QString key;     // the DDC key, e.g. "servers[2].docker_name"; empty for the whole file
    QString message; // translated: what was not mapped and why, or what to do instead
    QString toString() const; // "file: key: message"
};

// A protected-info password for settings.containers[containerIndex]; the caller hashes it into
// protectedPasswordHash. Never written anywhere as it is.
struct PendingPassword {
    int containerIndex = -1;
    QString password;
};

struct DdcConfigImport {
    bool ok = false; // false: the folder is missing or holds no DDC file at all
    QString error;
    Settings settings; // the base settings with everything DDC had merged in
    QList<ImportNote> notes;
    int containers = 0; // entries imported (new or replacing one of the same name)
    int channels = 0;
    int admins = 0;    // admin ids added
    QString endpoint;  // the Docker endpoint DDC's containers were put on
    QString token;     // DDC's plain bot token, empty when none or unreadable
    QString tokenFile; // where the token was found, relative to the folder
    QList<PendingPassword> passwords;
    QString tasksFile; // absolute path of tasks.json, empty when the folder has none
    QString timeZone;  // DDC's time zone when it is a known IANA id, else empty
};

class DdcConfigImporter {
public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
    static constexpr int kMaxFilesPerFolder = 1000;
    static constexpr int kMaxPasswordLength = 60; // DDC caps protected_password at 60

    static DdcConfigImport importFolder(const QString &dir, const Settings &base);
};

} // namespace mechdock::config
