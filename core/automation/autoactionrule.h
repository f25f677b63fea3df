// AutoActionRule: one rule of the settings, compiled for matching: keywords folded for the
// case-insensitive search, the regular expression compiled once (RE2, linear time), the action,
// the search fields and the containers resolved to typed values.
#pragma once

#include "common/linearregex.h"
#include "config/autoactionsettings.h"
#include "docker/containeraction.h"

#include <QList>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace mechdock::automation {

enum class SearchField { Content, EmbedTitle, EmbedDescription, EmbedFields, EmbedFooter };
enum class AuthorMode { Any, Include, Exclude };
enum class StateCondition { Any, Running, Stopped };

struct AutoActionRule {
    config::AutoActionRuleSettings settings;
    QStringList keywords; // folded to lower case unless case-sensitive
    QStringList required;
    QStringList ignored;
    bool matchAll = false;
    AuthorMode authorMode = AuthorMode::Any;
    QSet<QString> authorIds;
    QSet<QString> channelIds;
    QList<SearchField> searchIn;
    std::shared_ptr<const LinearRegex> regex; // null: no regular expression
    // nullopt: notify only.
    std::optional<docker::ContainerAction> action;
    QList<docker::ContainerRef> containers;
    StateCondition onlyIf = StateCondition::Any;

    QString name() const { return settings.name; }
    // Null with `error` set when the settings do not make a rule (the validator reports the
    // same at the field; this is the last line for settings that bypassed it).
    static std::optional<AutoActionRule> compile(const config::AutoActionRuleSettings &settings,
                                                 QString *error);
};

} // namespace mechdock::automation
