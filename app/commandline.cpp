#include "commandline.h"

#include "common/translation.h"
#include "subcommands.h"

#include <QCoreApplication>

#include <cstdio>

namespace mechdock::app {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::app::CommandLine", text);
}

QString programName(CommandLine::Program program) {
    return program == CommandLine::Program::Panel ? QStringLiteral("mechdock")
                                                  : QStringLiteral("mechdockd");
}
} // namespace

CommandLine::CommandLine(Program program)
    : m_program(program)
    , m_service(QStringLiteral("service"), tr("Run headless as a service (no window)."))
    , m_config(QStringLiteral("config"), tr("The settings file."), tr("path"))
    , m_dataDir(QStringLiteral("data-dir"), tr("The folder for the database and caches."),
                tr("dir"))
    , m_screenshots(
          QStringLiteral("screenshots"),
          tr("Panel only: save a picture of every page into DIR after start-up, then quit."),
          tr("dir"))
    , m_language(QStringLiteral("language"), tr("The panel's language (en, de, fr, zh_CN)."),
                 tr("code"))
    , m_connect(QStringLiteral("connect"),
                tr("Panel only: attach to a running engine: the path of its control.sock or "
                   "wss://host:port (the API key from MECHDOCK_CONTROL_KEY)."),
                tr("address")) {
    const QString header =
        program == Program::Panel
            ? tr("Mechdock: a Docker control panel with an integrated Discord bot.")
            : tr("mechdockd: the headless Mechdock service. Without a sub-command it runs the "
                 "service, as mechdock --service does, without any graphical library.");
    if (program == Program::Headless)
        m_language.setDescription(tr("The language of messages (en, de, fr, zh_CN)."));
    m_parser.setApplicationDescription(header + QStringLiteral("\n\n") + SubCommands::help());
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_service, m_config, m_dataDir, m_language});
    if (program == Program::Panel)
        m_parser.addOptions({m_screenshots, m_connect});
}

bool CommandLine::hasServiceFlag(int argc, char **argv) {
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--service") == 0)
            return true;
    }
    return false;
}

bool CommandLine::process(const QCoreApplication &application) {
    m_parser.process(application);
    if (!m_parser.positionalArguments().isEmpty()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(tr("Unknown sub-command \"%1\"; see %2 --help")
                           .arg(m_parser.positionalArguments().first(), programName(m_program))));
        return false;
    }
    return true;
}

bool CommandLine::serviceRequested() const {
    return m_parser.isSet(m_service);
}

AppOptions CommandLine::options() const {
    AppOptions options;
    options.configPath = m_parser.value(m_config);
    options.dataDir = m_parser.value(m_dataDir);
    options.language = m_parser.value(m_language);
    if (m_program == Program::Panel) {
        options.screenshotDir = m_parser.value(m_screenshots);
        options.connectTo = m_parser.value(m_connect);
    }
    return options;
}

} // namespace mechdock::app
