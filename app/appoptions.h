// AppOptions: what the command line asked for, after QCommandLineParser has read it.
#pragma once

#include <QString>
#include <QStringList>

namespace mechdock::app {

struct AppOptions {
    bool service = false;
    QString configPath;    // empty: SettingsStore::defaultPath()
    QString dataDir;       // empty: SettingsStore::defaultDataDir()
    QString language;      // empty: settings, then the system's
    QString screenshotDir; // panel: save a PNG of every page there after start-up, then quit
    QString connectTo;     // panel: attach to this engine (socket path or wss://) at start
};

} // namespace mechdock::app
