// mechdockd: the headless executable. It links the core and no graphical library, so servers
// and container images carry neither QtGui nor QtWidgets: with no arguments (or --service) it
// runs the service; otherwise one of the sub-commands, including `health` for probes.
#include "commandline.h"
#include "servicerunner.h"
#include "subcommands.h"
#include "translationinstaller.h"

#include <QCoreApplication>

using namespace mechdock;

int main(int argc, char **argv) {
    // Regular expressions here check settings and scrub logs: short strings, for which PCRE2's
    // interpreter is fast enough. Without the JIT the engine maps no writable and executable
    // memory (what the systemd unit's MemoryDenyWriteExecute forbids anyway) and about 200 KB
    // less. An operator's own QT_ENABLE_REGEXP_JIT wins.
    if (!qEnvironmentVariableIsSet("QT_ENABLE_REGEXP_JIT"))
        qputenv("QT_ENABLE_REGEXP_JIT", "0");
    // The panel's name, so both executables share ~/.config/mechdock and ~/.local/share/mechdock.
    QCoreApplication::setApplicationName(QStringLiteral("mechdock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MECHDOCK_VERSION));

    if (app::SubCommands::contains(argc, argv))
        return app::SubCommands::run(argc, argv);

    QCoreApplication application(argc, argv);
    app::TranslationInstaller translations;
    translations.install(qEnvironmentVariable("MECHDOCK_LANGUAGE"));

    app::CommandLine commandLine(app::CommandLine::Program::Headless);
    if (!commandLine.process(application))
        return 2;
    app::AppOptions options = commandLine.options();
    options.service = true;
    if (!options.language.isEmpty())
        translations.install(options.language);
    return app::ServiceRunner::run(options);
}
