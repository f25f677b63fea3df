// SettingsJson: Settings to and from the JSON settings file. Reading is forgiving in what it can
// recover (a wrong type keeps the default) and reports every problem with its path.
#pragma once

#include "configissue.h"
#include "settings.h"

#include <QJsonObject>

namespace mechdock::config {

class SettingsJson {
public:
    // Fills `settings` (starting from its current values) from `root`; appends issues.
    static void read(const QJsonObject &root, Settings &settings, ConfigIssues &issues);
    // The secret token is written only when discord.tokenInFile is set.
    static QJsonObject write(const Settings &settings);
};

} // namespace mechdock::config
