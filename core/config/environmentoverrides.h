// EnvironmentOverrides: settings taken from the environment, under the names users of the Python
// system already set (DDC_*, MEMORY_THRESHOLD_MB, DISCORD_BOT_TOKEN, ...). The environment wins
// over the file; a value that does not parse is reported, never silently dropped.
#pragma once

#include "configissue.h"
#include "settings.h"

#include <QProcessEnvironment>
#include <QStringList>

namespace mechdock::config {

struct OverrideReport {
    QStringList applied; // "DDC_BATCH_SIZE -> docker.batchSize"
    ConfigIssues issues;
};

class EnvironmentOverrides {
public:
    static OverrideReport
    apply(Settings &settings,
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
};

} // namespace mechdock::config
