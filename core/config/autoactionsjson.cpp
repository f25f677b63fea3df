#include "autoactionsjson.h"

#include "common/translation.h"

#include <QJsonArray>
#include <QSet>

#include <functional>

namespace mechdock::config {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::config::AutoActionsJson", text);
}

void issue(ConfigIssues &issues, const QString &path, const QString &message,
           ConfigIssue::Severity severity = ConfigIssue::Severity::Error) {
    issues.append(ConfigIssue{severity, path, message});
}

enum class FieldType { String, Bool, Int, StringList };

// One key of a rule: its JSON name, its type and the member it fills. The table drives reading
// and writing alike, so a key is declared once.
struct RuleField {
    const char *key;
    FieldType type;
    std::function<void *(AutoActionRuleSettings &)> member;
};

template <typename T>
std::function<void *(AutoActionRuleSettings &)> at(T AutoActionRuleSettings::*member) {
    return [member](AutoActionRuleSettings &r) -> void * {
        return &(r.*member);
    };
}

const QList<RuleField> &ruleFields() {
    using R = AutoActionRuleSettings;
    static const QList<RuleField> fields{
        {"name", FieldType::String, at(&R::name)},
        {"enabled", FieldType::Bool, at(&R::enabled)},
        {"channelIds", FieldType::StringList, at(&R::channelIds)},
        {"keywords", FieldType::StringList, at(&R::keywords)},
        {"matchMode", FieldType::String, at(&R::matchMode)},
        {"requiredKeywords", FieldType::StringList, at(&R::requiredKeywords)},
        {"ignoreKeywords", FieldType::StringList, at(&R::ignoreKeywords)},
        {"regex", FieldType::String, at(&R::regex)},
        {"caseSensitive", FieldType::Bool, at(&R::caseSensitive)},
        {"authorMode", FieldType::String, at(&R::authorMode)},
        {"authorIds", FieldType::StringList, at(&R::authorIds)},
        {"authorBots", FieldType::Bool, at(&R::authorBots)},
        {"authorWebhooks", FieldType::Bool, at(&R::authorWebhooks)},
        {"searchIn", FieldType::StringList, at(&R::searchIn)},
        {"action", FieldType::String, at(&R::action)},
        {"containers", FieldType::StringList, at(&R::containers)},
        {"delaySec", FieldType::Int, at(&R::delaySec)},
        {"cooldownSec", FieldType::Int, at(&R::cooldownSec)},
        {"onlyIf", FieldType::String, at(&R::onlyIf)},
        {"notifyChannelId", FieldType::String, at(&R::notifyChannelId)},
        {"silent", FieldType::Bool, at(&R::silent)},
    };
    return fields;
}

bool readStringList(const QJsonValue &v, const QString &path, QStringList &out,
                    ConfigIssues &issues) {
    if (!v.isArray()) {
        issue(issues, path, tr("must be a list of strings"));
        return false;
    }
    QStringList list;
    const QJsonArray a = v.toArray();
    for (int i = 0; i < a.size(); ++i) {
        if (a.at(i).isString())
            list.append(a.at(i).toString());
        else
            issue(issues, QStringLiteral("%1[%2]").arg(path).arg(i), tr("must be a string"));
    }
    out = list;
    return true;
}

void readField(const RuleField &f, const QJsonValue &v, const QString &path,
               AutoActionRuleSettings &rule, ConfigIssues &issues) {
    void *target = f.member(rule);
    switch (f.type) {
    case FieldType::String:
        if (v.isString())
            *static_cast<QString *>(target) = v.toString();
        else
            issue(issues, path,
                  v.isDouble() && path.endsWith(QLatin1String("Id"))
                      ? tr("must be a string: Discord ids do not fit a JSON number")
                      : tr("must be a string"));
        break;
    case FieldType::Bool:
        if (v.isBool())
            *static_cast<bool *>(target) = v.toBool();
        else
            issue(issues, path, tr("must be true or false"));
        break;
    case FieldType::Int:
        if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())) &&
            std::abs(v.toDouble()) < 2147483647.0)
            *static_cast<int *>(target) = v.toInt();
        else
            issue(issues, path, tr("must be a whole number"));
        break;
    case FieldType::StringList:
        readStringList(v, path, *static_cast<QStringList *>(target), issues);
        break;
    }
}

QJsonValue writeField(const RuleField &f, AutoActionRuleSettings &rule) {
    void *source = f.member(rule);
    switch (f.type) {
    case FieldType::String:
        return *static_cast<QString *>(source);
    case FieldType::Bool:
        return *static_cast<bool *>(source);
    case FieldType::Int:
        return *static_cast<int *>(source);
    case FieldType::StringList:
        return QJsonArray::fromStringList(*static_cast<QStringList *>(source));
    }
    return {};
}

} // namespace

QStringList AutoActionsJson::listPaths() {
    return {QStringLiteral("autoActions.rules"), QStringLiteral("autoActions.protectedContainers")};
}

AutoActionRuleSettings AutoActionsJson::ruleFromJson(const QJsonObject &o, const QString &path,
                                                     ConfigIssues &issues) {
    AutoActionRuleSettings rule;
    QSet<QString> known;
    for (const RuleField &f : ruleFields()) {
        const QString key = QLatin1String(f.key);
        known.insert(key);
        const QJsonValue v = o.value(key);
        if (!v.isUndefined())
            readField(f, v, path + QLatin1Char('.') + key, rule, issues);
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key()))
            issue(issues, path + QLatin1Char('.') + it.key(), tr("unknown setting (ignored)"),
                  ConfigIssue::Severity::Warning);
    }
    return rule;
}

QJsonObject AutoActionsJson::ruleToJson(const AutoActionRuleSettings &rule) {
    AutoActionRuleSettings copy = rule;
    QJsonObject o;
    for (const RuleField &f : ruleFields())
        o.insert(QLatin1String(f.key), writeField(f, copy));
    return o;
}

void AutoActionsJson::read(const QJsonObject &root, AutoActionSettings &out, ConfigIssues &issues) {
    const QJsonObject section = root.value(QStringLiteral("autoActions")).toObject();
    const QJsonValue protectedList = section.value(QStringLiteral("protectedContainers"));
    if (!protectedList.isUndefined())
        readStringList(protectedList, QStringLiteral("autoActions.protectedContainers"),
                       out.protectedContainers, issues);
    const QJsonValue rules = section.value(QStringLiteral("rules"));
    if (rules.isUndefined())
        return;
    if (!rules.isArray()) {
        issue(issues, QStringLiteral("autoActions.rules"), tr("must be a list"));
        return;
    }
    out.rules.clear();
    const QJsonArray a = rules.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString path = QStringLiteral("autoActions.rules[%1]").arg(i);
        if (!a.at(i).isObject()) {
            issue(issues, path, tr("must be an object"));
            continue;
        }
        out.rules.append(ruleFromJson(a.at(i).toObject(), path, issues));
    }
}

void AutoActionsJson::write(const AutoActionSettings &settings, QJsonObject &root) {
    QJsonObject section = root.value(QStringLiteral("autoActions")).toObject();
    section.insert(QStringLiteral("protectedContainers"),
                   QJsonArray::fromStringList(settings.protectedContainers));
    QJsonArray rules;
    for (const AutoActionRuleSettings &r : settings.rules)
        rules.append(ruleToJson(r));
    section.insert(QStringLiteral("rules"), rules);
    root.insert(QStringLiteral("autoActions"), section);
}

} // namespace mechdock::config
