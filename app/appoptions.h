// AppOptions: what the command line asked for, after QCommandLineParser has read it.
#pragma once

#include <QString>
#include <QStringList>

namespace mechdock::app {

struct AppOptions {
    bool service = false;
    QString configPath; // empty: SettingsStore::defaultPath()
    QString dataDir;    // empty: SettingsStore::defaultDataDir()
    QString language;   // empty: settings, then the system's
};

} // namespace mechdock::app
