// CommandLine: the options of the two executables, read with QCommandLineParser into
// AppOptions. Both take --service, --config, --data-dir and --language; the panel adds
// --screenshots and --connect. --help lists the sub-commands, --version prints the version.
#pragma once

#include "appoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

class QCoreApplication;

namespace mechdock::app {

class CommandLine {
public:
    enum class Program { Panel, Headless };

    explicit CommandLine(Program program);

    // Reads --service from argv before any application object exists: the panel needs it to
    // choose between QApplication and QCoreApplication.
    static bool hasServiceFlag(int argc, char **argv);

    // Parses the application's arguments; --help and --version print and exit the process, as
    // do unknown options. Returns false, after saying why on stderr, when a positional
    // argument names no sub-command.
    bool process(const QCoreApplication &application);
    bool serviceRequested() const;
    // What was asked for; `service` is left false: the caller decides whether to run headless.
    AppOptions options() const;

private:
    Program m_program;
    QCommandLineParser m_parser;
    QCommandLineOption m_service;
    QCommandLineOption m_config;
    QCommandLineOption m_dataDir;
    QCommandLineOption m_screenshots;
    QCommandLineOption m_language;
    QCommandLineOption m_connect;
};

} // namespace mechdock::app
