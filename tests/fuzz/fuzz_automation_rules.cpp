// libFuzzer target for auto-action rules: any JSON must read into rules or fail with issues,
// never crash; whatever compiles must match a message built from the same bytes without
// crashing (RE2 keeps every pattern linear), and a rule must survive a round trip through JSON.
#include "automation/autoactionmatcher.h"
#include "automation/autoactionmessage.h"
#include "automation/autoactionrule.h"
#include "config/autoactionsjson.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdint>
#include <cstdlib>

using namespace mechdock;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size > 4096)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (!doc.isObject())
        return 0;
    config::ConfigIssues issues;
    const config::AutoActionRuleSettings rule =
        config::AutoActionsJson::ruleFromJson(doc.object(), QStringLiteral("rule"), issues);
    for (const config::ConfigIssue &i : issues) {
        if (i.path.isEmpty() || i.message.isEmpty())
            std::abort();
    }
    config::ConfigIssues again;
    const config::AutoActionRuleSettings back = config::AutoActionsJson::ruleFromJson(
        config::AutoActionsJson::ruleToJson(rule), QStringLiteral("rule"), again);
    if (!again.isEmpty() || back.regex != rule.regex || back.keywords != rule.keywords)
        std::abort();
    QString error;
    const std::optional<automation::AutoActionRule> compiled =
        automation::AutoActionRule::compile(rule, &error);
    if (!compiled) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const automation::AutoActionMessage message =
        automation::AutoActionMessage::fromGateway(doc.object());
    const automation::MatchResult r = automation::AutoActionMatcher::match(*compiled, message);
    if (r.reason.isEmpty())
        std::abort();
    return 0;
}
