// AutoActionSettings: rules on Discord messages that act on containers (a game's update bot posts
// "new version" in #announcements: restart the game server). Plain values as the settings file
// holds them; core/automation compiles and runs them.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mechdock::config {

struct AutoActionRuleSettings {
    QString name; // unique; shown in notifications, history and the audit log
    bool enabled = true;
    QStringList channelIds; // empty: every channel the bot sees
    QStringList keywords;
    QString matchMode = QStringLiteral("any"); // "any" or "all" of keywords
    QStringList requiredKeywords;              // every one must occur
    QStringList ignoreKeywords;                // none may occur
    QString regex;                             // RE2 syntax; empty: none
    bool caseSensitive = false;
    // "any": everyone; "include": only the authors below; "exclude": everyone but them.
    QString authorMode = QStringLiteral("any");
    QStringList authorIds;
    bool authorBots = false;     // bots count as listed authors
    bool authorWebhooks = false; // webhook posts count as listed authors
    // Where keywords and the regex look: content, embedTitle, embedDescription, embedFields,
    // embedFooter.
    QStringList searchIn{QStringLiteral("content"), QStringLiteral("embedTitle"),
                         QStringLiteral("embedDescription"), QStringLiteral("embedFields"),
                         QStringLiteral("embedFooter")};
    QString action = QStringLiteral("restart"); // start, stop, restart or notify
    QStringList containers;                     // "name" (endpoint local) or "endpoint/name"
    int delaySec = 0;
    int cooldownSec = 300;
    QString onlyIf = QStringLiteral("any"); // "any", "running" or "stopped"
    QString notifyChannelId;                // empty: autoActions.notifyChannelId
    bool silent = false;                    // no notification at all
};

struct AutoActionSettings {
    bool enabled = true;
    int globalCooldownSec = 30; // between any two firings
    QString notifyChannelId;    // empty: silent unless a rule names its own
    int historySize = 100;
    QStringList protectedContainers; // "name" or "endpoint/name": no rule may touch them
    QList<AutoActionRuleSettings> rules;

    // Whether any rule can fire, so the gateway has to deliver messages.
    bool needsMessages() const {
        if (!enabled)
            return false;
        for (const AutoActionRuleSettings &r : rules) {
            if (r.enabled)
                return true;
        }
        return false;
    }
};

} // namespace mechdock::config
