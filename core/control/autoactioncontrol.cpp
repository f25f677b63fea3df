#include "autoactioncontrol.h"

#include "automation/autoactionengine.h"
#include "common/translation.h"
#include "config/autoactionsjson.h"
#include "config/autoactionvalidator.h"
#include "controlerror.h"
#include "service/autoactionservice.h"
#include "service/botservice.h"

#include <QDateTime>
#include <QJsonArray>

namespace mechdock::control {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::control::AutoActionControl", text);
}

QString s(const char *text) {
    return QString::fromLatin1(text);
}

AutoActionControl::Result invalid(const QString &message) {
    return AutoActionControl::Result::failure(errc::kInvalidParams, message);
}

// The message as the gateway would deliver it.
QJsonObject gatewayMessage(const QJsonObject &params) {
    QJsonObject author{{s("id"), params.value(s("authorId")).toString()},
                       {s("username"), params.value(s("authorName")).toString(s("tester"))},
                       {s("bot"), params.value(s("authorBot")).toBool()}};
    QJsonObject m{{s("id"), s("dry-run")},
                  {s("channel_id"), params.value(s("channelId")).toString()},
                  {s("content"), params.value(s("content")).toString()},
                  {s("embeds"), params.value(s("embeds")).toArray()},
                  {s("author"), author}};
    if (params.value(s("webhook")).toBool())
        m.insert(s("webhook_id"), s("dry-run"));
    return m;
}

QJsonArray decisionsJson(const QList<automation::AutoActionDecision> &decisions) {
    QJsonArray a;
    for (const automation::AutoActionDecision &d : decisions)
        a.append(d.toJson());
    return a;
}

} // namespace

AutoActionControl::Result AutoActionControl::test(service::BotService &service,
                                                  const QJsonObject &params) {
    const QJsonValue content = params.value(s("content"));
    if (!content.isUndefined() && !content.isString())
        return invalid(tr("\"content\" must be a string."));
    if (content.toString().size() > kMaxContentLength)
        return invalid(tr("\"content\" holds at most %1 characters.").arg(kMaxContentLength));
    if (params.contains(s("embeds")) && !params.value(s("embeds")).isArray())
        return invalid(tr("\"embeds\" must be a list of embed objects."));
    const automation::AutoActionMessage message =
        automation::AutoActionMessage::fromGateway(gatewayMessage(params));

    service::AutoActionService *running = service.autoActions();
    if (!params.contains(s("rules"))) {
        if (!running)
            return Result::failure(errc::kUnavailable, tr("The service is not running."));
        const automation::AutoActionEngine &engine = running->engine();
        QJsonObject out{{s("decisions"), decisionsJson(engine.test(message))},
                        {s("ruleErrors"), QJsonArray::fromStringList(engine.ruleErrors())}};
        return out;
    }

    // Draft rules: validated as the settings would be, tried on an engine of their own (no
    // cool-downs yet) that sees the containers' states but cannot act.
    if (!params.value(s("rules")).isArray())
        return invalid(tr("\"rules\" must be a list of rule objects."));
    config::Settings draft = service.settings();
    config::ConfigIssues issues;
    config::AutoActionsJson::read(
        QJsonObject{{s("autoActions"), QJsonObject{{s("rules"), params.value(s("rules"))}}}},
        draft.autoActions, issues);
    config::AutoActionValidator::validate(draft, issues);
    QJsonArray issueArray;
    for (const config::ConfigIssue &i : std::as_const(issues))
        issueArray.append(QJsonObject{{s("severity"), i.isError() ? s("error") : s("warning")},
                                      {s("path"), i.path},
                                      {s("message"), i.message}});
    automation::AutoActionEngine::Hooks hooks;
    if (running) {
        hooks.running = [running](const docker::ContainerRef &ref) {
            return running->containerRunning(ref);
        };
    }
    automation::AutoActionEngine engine(hooks);
    engine.setSettings(draft.autoActions);
    return QJsonObject{{s("decisions"), decisionsJson(engine.test(message))},
                       {s("ruleErrors"), QJsonArray::fromStringList(engine.ruleErrors())},
                       {s("issues"), issueArray}};
}

AutoActionControl::Result AutoActionControl::status(service::BotService &service) {
    service::AutoActionService *running = service.autoActions();
    if (!running)
        return Result::failure(errc::kUnavailable, tr("The service is not running."));
    const automation::AutoActionEngine &engine = running->engine();
    QJsonObject counters;
    const auto all = engine.counters();
    for (auto it = all.begin(); it != all.end(); ++it)
        counters.insert(it.key(),
                        QJsonObject{{s("matched"), double(it->matched)},
                                    {s("fired"), double(it->fired)},
                                    {s("cooldownSkipped"), double(it->cooldownSkipped)},
                                    {s("failed"), double(it->failed)},
                                    {s("lastFired"), it->lastFiredEpochMs > 0
                                                         ? QDateTime::fromMSecsSinceEpoch(
                                                               it->lastFiredEpochMs, Qt::UTC)
                                                               .toString(Qt::ISODate)
                                                         : QString()}});
    QJsonArray history;
    for (const automation::AutoActionFiring &f : engine.history()) {
        QJsonArray outcomes;
        for (const automation::ContainerOutcome &o : f.outcomes)
            outcomes.append(QJsonObject{{s("container"), o.container},
                                        {s("ok"), o.ok},
                                        {s("skipped"), o.skipped},
                                        {s("message"), o.message}});
        history.append(QJsonObject{
            {s("time"), QDateTime::fromMSecsSinceEpoch(f.epochMs, Qt::UTC).toString(Qt::ISODate)},
            {s("rule"), f.rule},
            {s("action"), f.action},
            {s("messageId"), f.messageId},
            {s("channelId"), f.channelId},
            {s("author"), f.author},
            {s("ok"), f.ok()},
            {s("outcomes"), outcomes}});
    }
    return QJsonObject{{s("listening"), engine.needsMessages()},
                       {s("pending"), engine.pending()},
                       {s("counters"), counters},
                       {s("history"), history},
                       {s("ruleErrors"), QJsonArray::fromStringList(engine.ruleErrors())}};
}

} // namespace mechdock::control
