// AutoActionsJson: the lists of the "autoActions" section (rules, protected containers) to and
// from JSON. Its scalars go through the SettingsSchema like every other setting.
#pragma once

#include "autoactionsettings.h"
#include "configissue.h"

#include <QJsonObject>
#include <QStringList>

namespace mechdock::config {

class AutoActionsJson {
public:
    // The paths this class reads, for the unknown-setting check.
    static QStringList listPaths();
    // Reads autoActions.rules and autoActions.protectedContainers from the settings root.
    static void read(const QJsonObject &root, AutoActionSettings &out, ConfigIssues &issues);
    // Adds the lists to the "autoActions" object of `root`.
    static void write(const AutoActionSettings &settings, QJsonObject &root);

    static QJsonObject ruleToJson(const AutoActionRuleSettings &rule);
    // One rule; `path` prefixes the issues (e.g. "autoActions.rules[2]").
    static AutoActionRuleSettings ruleFromJson(const QJsonObject &o, const QString &path,
                                               ConfigIssues &issues);
};

} // namespace mechdock::config
