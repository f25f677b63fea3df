#include "autoactionvalidator.h"

#include "common/linearregex.h"
#include "common/translation.h"
#include "settingsvalidator.h"

#include <QSet>

namespace mechdock::config {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::config::AutoActionValidator", text);
}

void error(ConfigIssues &issues, const QString &path, const QString &message) {
    issues.append(ConfigIssue{ConfigIssue::Severity::Error, path, message});
}

void warning(ConfigIssues &issues, const QString &path, const QString &message) {
    issues.append(ConfigIssue{ConfigIssue::Severity::Warning, path, message});
}

QString oneOf(const QStringList &allowed) {
    return tr("must be one of: %1").arg(allowed.join(QStringLiteral(", ")));
}

void checkIds(const QStringList &ids, const QString &path, ConfigIssues &issues) {
    for (int i = 0; i < ids.size(); ++i) {
        if (!SettingsValidator::isSnowflake(ids.at(i)))
            error(issues, QStringLiteral("%1[%2]").arg(path).arg(i),
                  tr("must be a Discord id (17 to 20 digits)"));
    }
}

void checkKeywords(const QStringList &words, const QString &path, ConfigIssues &issues) {
    if (words.size() > AutoActionValidator::kMaxKeywords)
        error(issues, path, tr("at most %1 entries").arg(AutoActionValidator::kMaxKeywords));
    for (int i = 0; i < words.size(); ++i) {
        const QString word = words.at(i).trimmed();
        if (word.isEmpty() || word.size() > AutoActionValidator::kMaxKeywordLength)
            error(issues, QStringLiteral("%1[%2]").arg(path).arg(i),
                  tr("must be 1 to %1 characters").arg(AutoActionValidator::kMaxKeywordLength));
    }
}

const ContainerSettings *findContainer(const Settings &s, const QPair<QString, QString> &ref) {
    for (const ContainerSettings &c : s.containers) {
        if (c.endpoint == ref.first && c.name == ref.second)
            return &c;
    }
    return nullptr;
}

void validateRule(const Settings &s, const AutoActionRuleSettings &r, const QString &p,
                  const QSet<QString> &protectedRefs, ConfigIssues &issues) {
    if (r.name.trimmed().isEmpty() || r.name.size() > 100)
        error(issues, p + QStringLiteral(".name"), tr("must be 1 to 100 characters"));
    checkIds(r.channelIds, p + QStringLiteral(".channelIds"), issues);
    checkIds(r.authorIds, p + QStringLiteral(".authorIds"), issues);
    checkKeywords(r.keywords, p + QStringLiteral(".keywords"), issues);
    checkKeywords(r.requiredKeywords, p + QStringLiteral(".requiredKeywords"), issues);
    checkKeywords(r.ignoreKeywords, p + QStringLiteral(".ignoreKeywords"), issues);
    if (!AutoActionValidator::matchModes().contains(r.matchMode))
        error(issues, p + QStringLiteral(".matchMode"), oneOf(AutoActionValidator::matchModes()));
    if (!AutoActionValidator::authorModes().contains(r.authorMode))
        error(issues, p + QStringLiteral(".authorMode"), oneOf(AutoActionValidator::authorModes()));
    else if (r.authorMode != QLatin1String("any") && r.authorIds.isEmpty() && !r.authorBots &&
             !r.authorWebhooks)
        error(issues, p + QStringLiteral(".authorIds"),
              tr("name at least one author (or authorBots, authorWebhooks) when authorMode is "
                 "\"%1\"")
                  .arg(r.authorMode));
    if (!AutoActionValidator::onlyIfStates().contains(r.onlyIf))
        error(issues, p + QStringLiteral(".onlyIf"), oneOf(AutoActionValidator::onlyIfStates()));
    if (r.searchIn.isEmpty())
        error(issues, p + QStringLiteral(".searchIn"), oneOf(AutoActionValidator::searchFields()));
    for (int i = 0; i < r.searchIn.size(); ++i) {
        if (!AutoActionValidator::searchFields().contains(r.searchIn.at(i)))
            error(issues, QStringLiteral("%1.searchIn[%2]").arg(p).arg(i),
                  oneOf(AutoActionValidator::searchFields()));
    }
    if (r.keywords.isEmpty() && r.requiredKeywords.isEmpty() && r.regex.isEmpty())
        error(issues, p + QStringLiteral(".keywords"),
              tr("a rule needs keywords, required keywords or a regular expression: without "
                 "them it would fire on every message"));
    if (!r.regex.isEmpty()) {
        QString why;
        if (!LinearRegex::compile(r.regex, r.caseSensitive, &why))
            error(issues, p + QStringLiteral(".regex"), why);
    }
    if (r.delaySec < 0 || r.delaySec > AutoActionValidator::kMaxDelaySec)
        error(issues, p + QStringLiteral(".delaySec"),
              tr("allowed: 0 to %1").arg(AutoActionValidator::kMaxDelaySec));
    if (r.cooldownSec < 0 || r.cooldownSec > AutoActionValidator::kMaxCooldownSec)
        error(issues, p + QStringLiteral(".cooldownSec"),
              tr("allowed: 0 to %1").arg(AutoActionValidator::kMaxCooldownSec));
    if (!r.notifyChannelId.isEmpty() && !SettingsValidator::isSnowflake(r.notifyChannelId))
        error(issues, p + QStringLiteral(".notifyChannelId"),
              tr("must be a Discord id (17 to 20 digits)"));
    if (!AutoActionValidator::actions().contains(r.action)) {
        error(issues, p + QStringLiteral(".action"), oneOf(AutoActionValidator::actions()));
        return;
    }
    const bool acts = r.action != QLatin1String("notify");
    if (acts && r.containers.isEmpty())
        error(issues, p + QStringLiteral(".containers"),
              tr("name the containers the rule %1").arg(r.action));
    if (r.containers.size() > AutoActionValidator::kMaxContainers)
        error(issues, p + QStringLiteral(".containers"),
              tr("at most %1 containers").arg(AutoActionValidator::kMaxContainers));
    for (int i = 0; i < r.containers.size(); ++i) {
        const QString path = QStringLiteral("%1.containers[%2]").arg(p).arg(i);
        const auto ref = AutoActionValidator::splitContainer(r.containers.at(i));
        const ContainerSettings *c = findContainer(s, ref);
        if (!c) {
            error(issues, path,
                  tr("\"%1\" is not in the containers of the settings").arg(r.containers.at(i)));
            continue;
        }
        if (acts && protectedRefs.contains(ref.first + QLatin1Char('/') + ref.second))
            error(issues, path,
                  tr("\"%1\" is protected (autoActions.protectedContainers): no rule may touch it")
                      .arg(r.containers.at(i)));
        else if (acts && !c->allowedActions.contains(r.action))
            warning(issues, path,
                    tr("the container does not allow \"%1\" (allowedActions): the action will be "
                       "refused")
                        .arg(r.action));
    }
}

} // namespace

QPair<QString, QString> AutoActionValidator::splitContainer(const QString &text) {
    const QString t = text.trimmed();
    const qsizetype slash = t.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return {QStringLiteral("local"), slash == 0 ? t.mid(1) : t};
    return {t.left(slash), t.mid(slash + 1)};
}

QStringList AutoActionValidator::actions() {
    return {QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("restart"),
            QStringLiteral("notify")};
}

QStringList AutoActionValidator::searchFields() {
    return {QStringLiteral("content"), QStringLiteral("embedTitle"),
            QStringLiteral("embedDescription"), QStringLiteral("embedFields"),
            QStringLiteral("embedFooter")};
}

QStringList AutoActionValidator::matchModes() {
    return {QStringLiteral("any"), QStringLiteral("all")};
}

QStringList AutoActionValidator::authorModes() {
    return {QStringLiteral("any"), QStringLiteral("include"), QStringLiteral("exclude")};
}

QStringList AutoActionValidator::onlyIfStates() {
    return {QStringLiteral("any"), QStringLiteral("running"), QStringLiteral("stopped")};
}

void AutoActionValidator::validate(const Settings &s, ConfigIssues &issues) {
    const AutoActionSettings &a = s.autoActions;
    if (!a.notifyChannelId.isEmpty() && !SettingsValidator::isSnowflake(a.notifyChannelId))
        error(issues, QStringLiteral("autoActions.notifyChannelId"),
              tr("must be a Discord id (17 to 20 digits)"));
    QSet<QString> protectedRefs;
    for (int i = 0; i < a.protectedContainers.size(); ++i) {
        const auto ref = splitContainer(a.protectedContainers.at(i));
        if (ref.second.isEmpty() || !SettingsValidator::isContainerName(ref.second))
            error(issues, QStringLiteral("autoActions.protectedContainers[%1]").arg(i),
                  tr("must be \"name\" or \"endpoint/name\""));
        protectedRefs.insert(ref.first + QLatin1Char('/') + ref.second);
    }
    if (a.rules.size() > kMaxRules)
        error(issues, QStringLiteral("autoActions.rules"), tr("at most %1 rules").arg(kMaxRules));
    QSet<QString> names;
    for (int i = 0; i < a.rules.size(); ++i) {
        const QString p = QStringLiteral("autoActions.rules[%1]").arg(i);
        const AutoActionRuleSettings &r = a.rules.at(i);
        validateRule(s, r, p, protectedRefs, issues);
        if (names.contains(r.name))
            error(issues, p + QStringLiteral(".name"),
                  tr("the rule name \"%1\" is used twice").arg(r.name));
        names.insert(r.name);
    }
}

} // namespace mechdock::config
