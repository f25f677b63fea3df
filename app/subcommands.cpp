#include "subcommands.h"

#include "animcommand.h"
#include "checkconfigcommand.h"
#include "common/translation.h"
#include "containerscommand.h"
#include "controlcommand.h"
#include "healthcommand.h"
#include "importddccommand.h"
#include "scheduler/schedulecli.h"
#include "translationinstaller.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <cstdio>
#include <functional>
#include <map>

namespace mechdock::app {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::app::SubCommands", text);
}

using Command = std::function<int(const QStringList &, QTextStream &, QTextStream &)>;

const std::map<QString, Command> &commands() {
    static const std::map<QString, Command> table{
        {QStringLiteral("anim"), &AnimCommand::run},
        {QStringLiteral("check-config"), &CheckConfigCommand::run},
        {QStringLiteral("containers"), &ContainersCommand::run},
        {QStringLiteral("control"), &ControlCommand::run},
        {QStringLiteral("health"), &HealthCommand::run},
        {QStringLiteral("import-ddc"), &ImportDdcCommand::run},
        {QStringLiteral("schedule"),
         [](const QStringList &args, QTextStream &out, QTextStream &err) {
             return scheduler::ScheduleCli().run(args, out, err);
         }},
    };
    return table;
}
} // namespace

bool SubCommands::contains(int argc, char **argv) {
    return argc >= 2 && commands().count(QString::fromLocal8Bit(argv[1])) > 0;
}

int SubCommands::run(int argc, char **argv) {
    QCoreApplication core(argc, argv);
    TranslationInstaller translations;
    translations.install(qEnvironmentVariable("MECHDOCK_LANGUAGE"));
    const QStringList args = QCoreApplication::arguments().mid(2);
    QTextStream out(stdout);
    QTextStream err(stderr);
    return commands().at(QString::fromLocal8Bit(argv[1]))(args, out, err);
}

QString SubCommands::help() {
    return tr("Sub-commands:\n"
              "  anim info|retime|resize ...     show, re-time or resize an animated WebP\n"
              "  check-config [PATH]             check a settings file\n"
              "  containers [start|stop|restart NAME]  show or control the configured containers\n"
              "                                  (through the running engine when there is one)\n"
              "  control fingerprint | add-key NAME  the remote control API's certificate\n"
              "                                  fingerprint, or a new API key\n"
              "  health [--config PATH]          ask the running service's /health endpoint\n"
              "  schedule preview EXPRESSION     show the next run times of a schedule\n"
              "  import-ddc DIR [--dry-run]      import a DockerDiscordControl config folder");
}

} // namespace mechdock::app
