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
    // One mech.decayOverrides entry, "LEVEL:CENTS_PER_DAY" with LEVEL 1-11 and CENTS 0-1000000.
    static bool parseDecayOverride(const QString &entry, int *level, qint64 *centsPerDay);
};

} // namespace mechdock::config
