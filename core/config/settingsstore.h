// SettingsStore: reads and writes the settings file. Loading layers file over defaults and the
// environment over the file, then validates; saving is atomic (QSaveFile) and a file that holds
// the bot token is readable by its owner only (0600).
#pragma once

#include "configissue.h"
#include "settings.h"

#include <QProcessEnvironment>
#include <QString>

namespace mechdock::config {

struct LoadResult {
    Settings settings;
    ConfigIssues issues;      // file, environment and validation problems
    QStringList overrides;    // environment variables that changed a setting
    bool fileExisted = false; // something exists at the path (even if it cannot be read)
    bool ok() const { return !hasErrors(issues); }
};

class SettingsStore {
public:
    // A settings file is a few KiB; anything this large is the wrong file.
    static constexpr qint64 kMaxFileBytes = 1024 * 1024;

    static QString defaultPath();
    static QString defaultDataDir();

    static LoadResult
    load(const QString &path,
         const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // Reads without the environment (what the settings page edits and saves back).
    static LoadResult loadFileOnly(const QString &path);
    static bool save(const QString &path, const Settings &settings, QString *error);
};

} // namespace mechdock::config
