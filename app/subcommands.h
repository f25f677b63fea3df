// SubCommands: the command-line tools both executables offer (anim, check-config, containers,
// control, health, import-ddc, schedule): the table that maps a first argument to its command,
// and the run of one on a QCoreApplication, never touching a display.
#pragma once

#include <QString>

namespace mechdock::app {

class SubCommands {
public:
    // True when argv[1] names a sub-command.
    static bool contains(int argc, char **argv);
    // Runs the sub-command argv[1] with the rest of the arguments and returns its exit code.
    // Creates the QCoreApplication and installs the translations itself.
    static int run(int argc, char **argv);
    // The "Sub-commands:" block of --help.
    static QString help();
};

} // namespace mechdock::app
