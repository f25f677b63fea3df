// AutoActionValidator: the rules an auto-action setting must follow, reported at the field they
// concern (a regular expression that does not compile names autoActions.rules[N].regex).
#pragma once

#include "configissue.h"
#include "settings.h"

#include <QPair>
#include <QStringList>

namespace mechdock::config {

class AutoActionValidator {
public:
    static constexpr int kMaxRules = 100;
    static constexpr int kMaxKeywords = 50;
    static constexpr int kMaxKeywordLength = 200;
    static constexpr int kMaxContainers = 20;
    static constexpr int kMaxDelaySec = 3600;
    static constexpr int kMaxCooldownSec = 7 * 86400;

    static void validate(const Settings &settings, ConfigIssues &issues);

    // "name" is a container of the endpoint "local"; "endpoint/name" names the endpoint.
    static QPair<QString, QString> splitContainer(const QString &text);
    static QStringList actions();      // start, stop, restart, notify
    static QStringList searchFields(); // content, embedTitle, ...
    static QStringList matchModes();   // any, all
    static QStringList authorModes();  // any, include, exclude
    static QStringList onlyIfStates(); // any, running, stopped
};

} // namespace mechdock::config
