// mechdock: the control panel by default, the headless service with --service, and command-line
// sub-commands (check-config, containers, anim, schedule, import-ddc).
#include "animcommand.h"
#include "appoptions.h"
#include "checkconfigcommand.h"
#include "common/translation.h"
#include "containerscommand.h"
#include "guirunner.h"
#include "importddccommand.h"
#include "scheduler/schedulecli.h"
#include "servicerunner.h"
#include "translationinstaller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

using namespace mechdock;

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::app::main", text);
}

using SubCommand = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

std::map<QString, SubCommand> subCommands() {
    return {
        {QStringLiteral("anim"), &app::AnimCommand::run},
        {QStringLiteral("check-config"), &app::CheckConfigCommand::run},
        {QStringLiteral("containers"), &app::ContainersCommand::run},
        {QStringLiteral("import-ddc"), &app::ImportDdcCommand::run},
        {QStringLiteral("schedule"),
         [](const QStringList &args, QTextStream &out, QTextStream &err) {
             return scheduler::ScheduleCli().run(args, out, err);
         }},
    };
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

} // namespace

int main(int argc, char **argv) {
    // No organization name: files go to ~/.config/mechdock and ~/.local/share/mechdock.
    QCoreApplication::setApplicationName(QStringLiteral("mechdock"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MECHDOCK_VERSION));

    // Sub-commands and --service never touch a display: they run on QCoreApplication.
    const auto commands = subCommands();
    if (argc >= 2 && commands.count(QString::fromLocal8Bit(argv[1]))) {
        QCoreApplication core(argc, argv);
        app::TranslationInstaller translations;
        translations.install(qEnvironmentVariable("MECHDOCK_LANGUAGE"));
        QStringList args = QCoreApplication::arguments().mid(2);
        QTextStream out(stdout);
        QTextStream err(stderr);
        return commands.at(QString::fromLocal8Bit(argv[1]))(args, out, err);
    }

    bool service = false;
    for (int i = 1; i < argc; ++i)
        service = service || qstrcmp(argv[i], "--service") == 0;
    const bool gui = !service && hasDisplay();

    std::unique_ptr<QCoreApplication> application;
    if (gui)
        application = app::GuiRunner::createApplication(argc, argv);
    else
        application = std::make_unique<QCoreApplication>(argc, argv);
    app::TranslationInstaller translations;
    translations.install(qEnvironmentVariable("MECHDOCK_LANGUAGE"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Mechdock: a Docker control panel with an integrated Discord bot.\n\n"
           "Sub-commands:\n"
           "  anim info|retime|resize ...     show, re-time or resize an animated WebP\n"
           "  check-config [PATH]             check a settings file\n"
           "  containers [start|stop|restart NAME]  show or control the configured containers\n"
           "  schedule preview EXPRESSION     show the next run times of a schedule\n"
           "  import-ddc DIR [--dry-run]      import a DockerDiscordControl config folder"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serviceOption(QStringLiteral("service"),
                                           tr("Run headless as a service (no window)."));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("The settings file."),
                                          tr("path"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
                                        tr("The folder for the database and caches."), tr("dir"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshots"),
        tr("Panel only: save a picture of every page into DIR after start-up, then quit."),
        tr("dir"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), tr("The panel's language (en, de, fr, zh_CN)."), tr("code"));
    parser.addOptions({serviceOption, configOption, dataOption, screenshotOption, languageOption});
    parser.process(*application);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("Unknown sub-command \"%1\"; see mechdock --help")
                                    .arg(parser.positionalArguments().first())));
        return 2;
    }

    app::AppOptions options;
    options.service = !gui;
    options.configPath = parser.value(configOption);
    options.dataDir = parser.value(dataOption);
    options.screenshotDir = parser.value(screenshotOption);
    options.language = parser.value(languageOption);
    if (!options.language.isEmpty())
        translations.install(options.language);
    if (!gui && !service)
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("No display found: running headless, as with --service.")));
    if (!gui)
        return app::ServiceRunner::run(options);
    return app::GuiRunner::run(options, translations);
}
