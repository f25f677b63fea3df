// SettingsValidator: every rule a settings value must follow, all reported at once with the
// JSON path and what is allowed.
#pragma once

#include "configissue.h"
#include "settings.h"

namespace mechdock::config {

class SettingsValidator {
public:
    static constexpr int kMaxChannelsPerKind = 50;
    static constexpr int kMaxInfoTextLength = 250;

    static ConfigIssues validate(const Settings &settings);
    static bool isSnowflake(const QString &id);
    static bool isContainerName(const QString &name);
    static QStringList knownActions();
    static QStringList knownLanguages();
};

} // namespace mechdock::config
