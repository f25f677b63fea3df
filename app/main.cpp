// mechdock: the control panel by default, the headless service with --service or without a
// display, and the command-line sub-commands shared with mechdockd.
#include "commandline.h"
#include "common/translation.h"
#include "guirunner.h"
#include "servicerunner.h"
#include "subcommands.h"
#include "translationinstaller.h"

#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace mechdock;

namespace mechdock::app {
namespace {

// Inside the namespace, so lupdate files the strings under mechdock::app.
QString tr(const char *text) {
    return mechdock::translate("mechdock::app::main", text);
}

bool hasDisplay() {
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void sayRunningHeadless() {
    std::fprintf(stderr, "%s\n",
                 qPrintable(tr("No display found: running headless, as with --service.")));
}

} // namespace
} // namespace mechdock::app

int main(int argc, char **argv) {
    // No organization name: files go to ~/.config/mechdock and ~/.local/share/mechdock.
    QCoreApplication::setApplicationName(QStringLiteral("mechdock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MECHDOCK_VERSION));

    // Sub-commands and --service never touch a display: they run on QCoreApplication.
    if (app::SubCommands::contains(argc, argv))
        return app::SubCommands::run(argc, argv);

    const bool service = app::CommandLine::hasServiceFlag(argc, argv);
    const bool gui = !service && app::hasDisplay();

    std::unique_ptr<QCoreApplication> application;
    if (gui)
        application = app::GuiRunner::createApplication(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    app::TranslationInstaller translations;
    translations.install(qEnvironmentVariable("MECHDOCK_LANGUAGE"));

    app::CommandLine commandLine(app::CommandLine::Program::Panel);
    if (!commandLine.process(*application))
        return 2;
    app::AppOptions options = commandLine.options();
    options.service = !gui;
    if (!options.language.isEmpty())
        translations.install(options.language);
    if (!gui && !service)
        app::sayRunningHeadless();
    if (!gui)
        return app::ServiceRunner::run(options);
    return app::GuiRunner::run(options, translations);
}
