// ImportDdcCommand: `mechdock import-ddc DIR [--config PATH] [--data-dir DIR] [--dry-run]
// [--token-in-file]` moves a DockerDiscordControl installation over: its config folder into
// the settings file (merged over what is there, written atomically), the bot token into the
// keychain, protected-info passwords as hashes, and tasks.json into the scheduler's database.
// Prints what was imported and every value it could not map.
// Exit codes: 0 imported (or a dry run), 1 nothing written (unreadable folder, a settings file
// with errors, a write that failed), 2 bad usage.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace mechdock::app {

class ImportDdcCommand {
public:
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace mechdock::app
