#include "interactionhandler.h"

#include "commandcatalog.h"
#include "common/clock.h"
#include "common/logcategories.h"
#include "customid.h"
#include "modalform.h"
#include "replymessage.h"
#include "usermention.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

namespace mechdock::bot {

namespace {
constexpr const char *kContext = "mechdock::bot::InteractionHandler";
#define MD_TR(text) QT_TRANSLATE_NOOP("mechdock::bot::InteractionHandler", text)

// Who clicked, for the container-action route.
docker::Actor actorOf(const Interaction &i) {
    docker::Actor a;
    a.origin = docker::ActionOrigin::Discord;
    a.name = i.userName;
    a.id = i.userId;
    a.guildId = i.guildId;
    a.channelId = i.channelId;
    return a;
}

// The route's answer; a cool-down refusal also says when, as a Discord timestamp that each
// client shows in its own time zone and language.
QString resultText(const docker::ContainerActionResult &r) {
    if (!r.allowedAt().isValid())
        return r.message();
    return QStringLiteral("%1 (<t:%2:R>)").arg(r.message()).arg(r.allowedAt().toSecsSinceEpoch());
}

QString requestName(const Interaction &i) {
    // "schedule add" -> "schedule_add"; /donate with an amount records a donation (admins).
    QString name = i.commandName;
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (name == QLatin1String("donate") && i.options.contains(QStringLiteral("cents")))
        return QStringLiteral("donate_record");
    if (name == QLatin1String("schedule_list"))
        return name;
    return name;
}
} // namespace

InteractionHandler::InteractionHandler(const config::Settings &settings, BotBackend &backend,
                                       InteractionResponder &responder, const Clock *clock,
                                       QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_backend(backend)
    , m_responder(responder)
    , m_clock(clock ? clock : &Clock::system())
    , m_builder(m_localizer)
    , m_policy(std::make_unique<security::PermissionPolicy>(settings))
    , m_protectedInfo(m_clock)
    , m_logFollower(new LogFollower(backend, responder, m_localizer, this))
    , m_cooldowns(std::make_unique<security::CooldownTracker>(settings.cooldowns, m_clock)) {}

InteractionHandler::~InteractionHandler() = default;

void InteractionHandler::setSettings(const config::Settings &settings) {
    m_settings = settings;
    m_policy = std::make_unique<security::PermissionPolicy>(settings);
    m_cooldowns->setSettings(settings.cooldowns);
}

QString InteractionHandler::t(const Interaction &i, const char *text) const {
    return m_localizer.translate(i.locale, kContext, text);
}

void InteractionHandler::replyEphemeral(const Interaction &i, const QString &text) {
    m_responder.respond(i, kReplyMessage, replyMessage(text, true));
}

void InteractionHandler::audit(const Interaction &i, const QString &action, const QString &target,
                               const QString &result, const QString &detail) {
    storage::AuditEntry e;
    e.epochMs = m_clock->epochMs();
    e.source = QStringLiteral("discord");
    e.actor = i.userName;
    e.actorId = i.userId;
    e.guildId = i.guildId;
    e.channelId = i.channelId;
    e.action = action;
    e.target = target;
    e.result = result;
    e.detail = detail;
    m_backend.audit(e);
}

bool InteractionHandler::allowed(const Interaction &i, security::RequestKind kind,
                                 const QString &name, const QString &endpoint,
                                 const QString &container, bool applyCooldown) {
    const security::Actor actor{i.userId, i.roleIds, i.guildId, i.channelId};
    const security::Decision d =
        m_policy->decide(actor, security::Request{kind, name, endpoint, container});
    const QString action =
        (kind == security::RequestKind::Command ? QStringLiteral("/") : QStringLiteral("button:")) +
        name;
    const QString target =
        container.isEmpty() ? QString() : endpoint + QLatin1Char('/') + container;
    if (!d.allowed) {
        ++m_counters.denied;
        audit(i, action, target, QStringLiteral("denied"), d.reason);
        QString reply =
            d.reasonSource ? m_localizer.translate(i.locale, "mechdock::security::PermissionPolicy",
                                                   d.reasonSource)
                           : d.reason;
        for (const QString &a : d.reasonArgs)
            reply = reply.arg(a);
        replyEphemeral(i, reply);
        return false;
    }
    if (!applyCooldown)
        return true;
    const security::CooldownVerdict v =
        m_cooldowns->check(i.userId,
                           kind == security::RequestKind::Command ? security::ActionKind::Command
                                                                  : security::ActionKind::Button,
                           name);
    if (!v.allowed) {
        ++m_counters.denied;
        audit(i, action, target, QStringLiteral("rate-limited"), v.reason);
        replyEphemeral(i, v.reason);
        return false;
    }
    return true;
}

std::optional<ContainerView> InteractionHandler::findContainer(const QString &endpoint,
                                                               const QString &name) {
    for (const ContainerView &c : m_backend.containers()) {
        if (c.name == name && (endpoint.isEmpty() || c.endpoint == endpoint))
            return c;
    }
    return std::nullopt;
}

std::optional<ContainerView> InteractionHandler::findByUserText(const QString &text) {
    // Accepts "endpoint/name", the name, or the display name (as autocomplete offers it).
    const QString wanted = text.trimmed();
    const QString endpoint =
        wanted.contains(QLatin1Char('/')) ? wanted.section(QLatin1Char('/'), 0, 0) : QString();
    const QString name = wanted.section(QLatin1Char('/'), -1);
    for (const ContainerView &c : m_backend.containers()) {
        if ((c.name == name && (endpoint.isEmpty() || c.endpoint == endpoint)) ||
            c.displayName.compare(wanted, Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

void InteractionHandler::handle(const QJsonObject &payload, qint64 answerByMs) {
    QString error;
    std::optional<Interaction> parsed = Interaction::parse(payload, &error);
    if (!parsed) {
        ++m_counters.malformed;
        qCWarning(lcDiscord).noquote() << tr("Ignored a malformed interaction: %1").arg(error);
        // If it can still be answered, say so instead of letting Discord show a failure.
        Interaction minimal;
        minimal.id = payload.value(QStringLiteral("id")).toString();
        minimal.token = payload.value(QStringLiteral("token")).toString();
        minimal.answerByMs = answerByMs;
        if (!minimal.id.isEmpty() && !minimal.token.isEmpty() && minimal.token.size() <= 500 &&
            payload.value(QStringLiteral("type")).toInt() != 4)
            replyEphemeral(minimal, t(minimal, MD_TR("Sorry, this request could not be read.")));
        return;
    }
    ++m_counters.handled;
    parsed->answerByMs = answerByMs;
    switch (parsed->type) {
    case InteractionType::Command:
        handleCommand(*parsed);
        break;
    case InteractionType::Component:
        handleComponent(*parsed);
        break;
    case InteractionType::Autocomplete:
        handleAutocomplete(*parsed);
        break;
    case InteractionType::ModalSubmit:
        handleModalSubmit(*parsed);
        break;
    case InteractionType::Ping:
        replyEphemeral(*parsed, t(*parsed, MD_TR("This kind of request is not supported.")));
        break;
    }
}

void InteractionHandler::handleCommand(const Interaction &i) {
    const QString name = requestName(i);
    QString containerOption;
    if (name == QLatin1String("info"))
        containerOption = i.options.value(QStringLiteral("container"));
    std::optional<ContainerView> target;
    if (!containerOption.isEmpty()) {
        target = findByUserText(containerOption);
        if (!target) {
            audit(i, QStringLiteral("/info"), containerOption.left(100), QStringLiteral("denied"),
                  QStringLiteral("unknown container"));
            replyEphemeral(i, t(i, MD_TR("Unknown container.")));
            return;
        }
    }
    if (!allowed(i, security::RequestKind::Command, name, target ? target->endpoint : QString(),
                 target ? target->name : QString()))
        return;
    audit(i, QStringLiteral("/") + name,
          target ? target->endpoint + QLatin1Char('/') + target->name : QString(),
          QStringLiteral("ok"));

    if (name == QLatin1String("serverstatus") || name == QLatin1String("ss")) {
        m_responder.respond(i, kReplyMessage,
                            m_builder.overview(m_backend.containers(), i.locale, true));
        // The mech walks along as an attachment (multipart upload of the animated WebP).
        const QByteArray mech = m_backend.mechAnimation();
        if (!mech.isEmpty())
            m_responder.followUp(i,
                                 QJsonObject{{QStringLiteral("content"),
                                              m_backend.donationInfo(i.locale).left(1900)}},
                                 QStringLiteral("mech.webp"), mech);
    } else if (name == QLatin1String("control")) {
        QJsonObject message = m_builder.controlOverview(m_backend.containers(), i.locale);
        message.insert(QStringLiteral("flags"), kEphemeralFlag);
        m_responder.respond(i, kReplyMessage, message);
    } else if (name == QLatin1String("info")) {
        m_responder.respond(i, kReplyMessage, infoMessage(i, *target));
    } else if (name == QLatin1String("addadmin") || name == QLatin1String("removeadmin")) {
        askAdminUser(i, name == QLatin1String("addadmin") ? AdminChange::Add : AdminChange::Remove);
    } else if (name == QLatin1String("help")) {
        replyEphemeral(i, t(i, MD_TR("/serverstatus or /ss shows all containers. /info shows one. "
                                     "Buttons in control channels start, stop and restart "
                                     "containers. /control, /force_cleanup and /schedule are for "
                                     "admins. /ping, /system_health, /performance_metrics, "
                                     "/memory_optimization and /security_status show how "
                                     "Mechdock is doing.")));
    } else if (name == QLatin1String("ping")) {
        const double latency = m_backend.gatewayLatencyMs();
        replyEphemeral(i, latency < 0 ? t(i, MD_TR("Pong. Gateway latency: not measured yet."))
                                      : m_localizer
                                            .translate(i.locale, kContext,
                                                       MD_TR("Pong. Gateway latency: %1 ms."))
                                            .arg(qRound(latency)));
    } else if (name == QLatin1String("donate")) {
        replyEphemeral(i, m_backend.donationInfo(i.locale));
    } else if (name == QLatin1String("donate_record")) {
        bool ok = false;
        const qint64 cents = i.options.value(QStringLiteral("cents")).toLongLong(&ok);
        if (!ok || cents <= 0 || cents > 100'000'000) {
            replyEphemeral(i, t(i, MD_TR("The amount must be a whole number of cents above 0.")));
            return;
        }
        m_responder.respond(i, kDeferredMessage,
                            QJsonObject{{QStringLiteral("flags"), kEphemeralFlag}});
        m_backend.recordDonation(cents, i.options.value(QStringLiteral("donor")).left(100),
                                 i.userName, [this, i](const ActionResult &r) {
                                     m_responder.editOriginal(i, replyMessage(r.message, true));
                                 });
    } else if (name == QLatin1String("autoaction_test")) {
        const QString report = m_backend.autoActionTest(
            i.options.value(QStringLiteral("message")).left(CommandCatalog::kMaxOptionLength),
            i.options.value(QStringLiteral("channel"), i.channelId),
            i.options.value(QStringLiteral("posted_by")));
        replyEphemeral(i,
                       report.isEmpty() ? t(i, MD_TR("Auto-actions are not available.")) : report);
    } else if (name == QLatin1String("system_health")) {
        replyEphemeral(i, m_backend.systemHealthReport(i.locale));
    } else if (name == QLatin1String("performance_metrics")) {
        replyEphemeral(i, m_backend.performanceReport(i.locale));
    } else if (name == QLatin1String("memory_optimization")) {
        replyEphemeral(i, m_backend.memoryReport(i.locale));
    } else if (name == QLatin1String("force_cleanup")) {
        replyEphemeral(i, m_backend.forceCleanup(i.locale));
    } else if (name == QLatin1String("security_status")) {
        const security::CooldownStats s = m_cooldowns->counters();
        replyEphemeral(i, m_backend.securityReport(i.locale) + QLatin1Char('\n') +
                              m_localizer
                                  .translate(i.locale, kContext,
                                             MD_TR("Cool-downs: %1 allowed, %2 refused by "
                                                   "cool-down, %3 by the per-minute caps; %4 "
                                                   "users tracked."))
                                  .arg(s.allowed)
                                  .arg(s.deniedCooldown)
                                  .arg(s.deniedRate)
                                  .arg(s.trackedUsers));
    } else if (name == QLatin1String("schedule_add")) {
        const auto c = findByUserText(i.options.value(QStringLiteral("container")));
        if (!c) {
            replyEphemeral(i, t(i, MD_TR("Unknown container.")));
            return;
        }
        const ActionResult r =
            m_backend.scheduleAdd(c->endpoint, c->name, i.options.value(QStringLiteral("action")),
                                  i.options.value(QStringLiteral("when")),
                                  i.options.value(QStringLiteral("timezone")), i.userName);
        audit(i, QStringLiteral("/schedule add"), c->endpoint + QLatin1Char('/') + c->name,
              r.ok ? QStringLiteral("ok") : QStringLiteral("failed"), r.message);
        replyEphemeral(i, r.message);
    } else if (name == QLatin1String("schedule_list")) {
        replyEphemeral(i, m_backend.scheduleList(i.locale));
    } else if (name == QLatin1String("schedule_delete")) {
        const ActionResult r =
            m_backend.scheduleDelete(i.options.value(QStringLiteral("id")), i.userName);
        replyEphemeral(i, r.message);
    } else {
        replyEphemeral(i, t(i, MD_TR("Unknown command.")));
    }
}

void InteractionHandler::showOverviewPage(const Interaction &i, const CustomId &id) {
    bool ok = false;
    const int page = id.endpoint.toInt(&ok);
    if (!ok || page < 0) {
        ++m_counters.denied;
        audit(i, QStringLiteral("button:") + id.action, QString(), QStringLiteral("denied"),
              QStringLiteral("malformed page"));
        replyEphemeral(i, t(i, MD_TR("This button does not belong to Mechdock.")));
        return;
    }
    // Whoever may use /ss may page through it. No cool-down: turning pages is reading, and a
    // person clicks no faster than the answers come.
    if (!allowed(i, security::RequestKind::Command, QStringLiteral("ss"), {}, {}, false))
        return;
    audit(i, QStringLiteral("button:") + id.action, QString::number(page + 1),
          QStringLiteral("ok"));
    QJsonObject message =
        m_builder.overview(m_backend.containers(), i.locale, true, page, OverviewPaging::InPlace);
    if (id.action == QLatin1String("ss_page")) {
        m_responder.respond(i, kUpdateMessage, message);
        return;
    }
    message.insert(QStringLiteral("flags"), kEphemeralFlag);
    m_responder.respond(i, kReplyMessage, message);
}

void InteractionHandler::handleComponent(const Interaction &i) {
    const std::optional<CustomId> id = CustomId::parse(i.customId);
    if (!id) {
        ++m_counters.denied;
        audit(i, QStringLiteral("button"), QString(), QStringLiteral("denied"),
              QStringLiteral("foreign custom_id"));
        replyEphemeral(i, t(i, MD_TR("This button does not belong to Mechdock.")));
        return;
    }
    if (id->action == QLatin1String("restart_all") || id->action == QLatin1String("stop_all")) {
        if (!allowed(i, security::RequestKind::Command, id->action))
            return;
        // Confirmation first: nothing happens until the admin presses Confirm.
        const QJsonObject confirm{
            {QStringLiteral("type"), 2},
            {QStringLiteral("style"), 4},
            {QStringLiteral("label"), t(i, MD_TR("Confirm"))},
            {QStringLiteral("custom_id"),
             CustomId{QStringLiteral("confirm_") + id->action, {}, {}}.toString()}};
        const QJsonObject cancel{
            {QStringLiteral("type"), 2},
            {QStringLiteral("style"), 2},
            {QStringLiteral("label"), t(i, MD_TR("Cancel"))},
            {QStringLiteral("custom_id"), CustomId{QStringLiteral("cancel"), {}, {}}.toString()}};
        QJsonObject message = replyMessage(id->action == QLatin1String("restart_all")
                                               ? t(i, MD_TR("Restart every container you allow to "
                                                            "be restarted?"))
                                               : t(i, MD_TR("Stop every container you allow to be "
                                                            "stopped?")),
                                           true);
        message.insert(
            QStringLiteral("components"),
            QJsonArray{QJsonObject{{QStringLiteral("type"), 1},
                                   {QStringLiteral("components"), QJsonArray{confirm, cancel}}}});
        m_responder.respond(i, kReplyMessage, message);
        return;
    }
    if (id->action == QLatin1String("confirm_restart_all") ||
        id->action == QLatin1String("confirm_stop_all")) {
        const QString bulk = id->action.mid(8);
        // The confirmation was rate-limited already; permissions are checked again now.
        if (!allowed(i, security::RequestKind::Command, bulk, {}, {}, false))
            return;
        runBulkAction(i, bulk == QLatin1String("restart_all") ? docker::ContainerAction::Restart
                                                              : docker::ContainerAction::Stop);
        return;
    }
    if (id->action == QLatin1String("ss_page") || id->action == QLatin1String("ss_view")) {
        showOverviewPage(i, *id);
        return;
    }
    if (id->action == QLatin1String("cancel")) {
        m_responder.respond(i, kUpdateMessage,
                            QJsonObject{{QStringLiteral("content"), t(i, MD_TR("Cancelled."))},
                                        {QStringLiteral("components"), QJsonArray{}}});
        return;
    }

    const std::optional<ContainerView> c = findContainer(id->endpoint, id->container);
    if (!c) {
        audit(i, QStringLiteral("button:") + id->action,
              id->endpoint + QLatin1Char('/') + id->container, QStringLiteral("denied"),
              QStringLiteral("unknown container"));
        replyEphemeral(i, t(i, MD_TR("Unknown container.")));
        return;
    }
    // Buttons that belong to another's permission: collapse to expand, the logs view's own
    // buttons to logs, the protected-info button to info, a confirmed update to update.
    // Stopping a follow is never held back, nor is asking for the password just after reading
    // the info (its tries have their own limit); a confirmation was rate-limited as the click
    // that asked for it. Permissions apply to all of them again.
    static const QHash<QString, QString> kPermissionOf{
        {QStringLiteral("collapse"), QStringLiteral("expand")},
        {QStringLiteral("logs_refresh"), QStringLiteral("logs")},
        {QStringLiteral("logs_stop"), QStringLiteral("logs")},
        {QStringLiteral("protected"), QStringLiteral("info")},
        {QStringLiteral("confirm_update"), QStringLiteral("update")}};
    static const QSet<QString> kWithoutCooldown{
        QStringLiteral("logs_stop"), QStringLiteral("protected"), QStringLiteral("confirm_update")};
    const QString buttonName = kPermissionOf.value(id->action, id->action);
    if (!allowed(i, security::RequestKind::Button, buttonName, c->endpoint, c->name,
                 !kWithoutCooldown.contains(id->action)))
        return;
    const QString target = c->endpoint + QLatin1Char('/') + c->name;
    const security::Actor actor{i.userId, i.roleIds, i.guildId, i.channelId};
    const bool control =
        m_policy
            ->decide(actor, security::Request{security::RequestKind::Button,
                                              QStringLiteral("start"), c->endpoint, c->name})
            .allowed ||
        m_policy
            ->decide(actor, security::Request{security::RequestKind::Button, QStringLiteral("stop"),
                                              c->endpoint, c->name})
            .allowed;
    if (id->action == QLatin1String("expand") || id->action == QLatin1String("collapse")) {
        audit(i, QStringLiteral("button:") + id->action, target, QStringLiteral("ok"));
        m_responder.respond(i, kUpdateMessage,
                            m_builder.containerMessage(*c, i.locale, control,
                                                       id->action == QLatin1String("expand")));
    } else if (id->action == QLatin1String("info")) {
        audit(i, QStringLiteral("button:info"), target, QStringLiteral("ok"));
        m_responder.respond(i, kReplyMessage, infoMessage(i, *c));
    } else if (id->action == QLatin1String("protected")) {
        askProtectedPassword(i, *c);
    } else if (id->action.startsWith(QLatin1String("logs"))) {
        handleLogsButton(i, *id, *c);
    } else if (id->action == QLatin1String("update")) {
        askToConfirmUpdate(i, *c);
    } else if (id->action == QLatin1String("confirm_update")) {
        runContainerAction(i, *c, docker::ContainerAction::Update);
    } else if (const auto action = docker::containerActionFromName(id->action)) {
        runContainerAction(i, *c, *action);
    } else {
        // The policy lets no other button through; this is a guard, not a path.
        replyEphemeral(i, t(i, MD_TR("This button does not belong to Mechdock.")));
    }
}

void InteractionHandler::runContainerAction(const Interaction &i, const ContainerView &c,
                                            docker::ContainerAction action) {
    // Acknowledge at once (Discord's 3 s), show "pending", then the result.
    m_responder.respond(i, kDeferredUpdate, QJsonObject{});
    m_responder.editOriginal(
        i,
        m_builder.containerMessage(c, i.locale, false, false,
                                   m_localizer.translate(i.locale, kContext, MD_TR("⏳ %1 pending…"))
                                       .arg(docker::containerActionName(action))));
    docker::Actor actor = actorOf(i);
    // An update gets here only through the policy's administrator check, a moment ago.
    actor.administrator = action == docker::ContainerAction::Update;
    // The route audits the action, so it is not audited here a second time.
    m_backend.containerAction(
        c.endpoint, c.name, action, actor, [this, i, c](const docker::ContainerActionResult &r) {
            ContainerView now = c;
            if (const auto fresh = findContainer(c.endpoint, c.name))
                now = *fresh;
            m_responder.editOriginal(
                i,
                m_builder.containerMessage(
                    now, i.locale, true, false,
                    (r.ok() ? QStringLiteral("✅ ") : QStringLiteral("⚠️ ")) + resultText(r)));
        });
}

void InteractionHandler::askToConfirmUpdate(const Interaction &i, const ContainerView &c) {
    audit(i, QStringLiteral("button:update"), c.endpoint + QLatin1Char('/') + c.name,
          QStringLiteral("ok"), QStringLiteral("asked to confirm"));
    const QJsonObject confirm{
        {QStringLiteral("type"), 2},
        {QStringLiteral("style"), 4},
        {QStringLiteral("label"), t(i, MD_TR("Update"))},
        {QStringLiteral("custom_id"),
         CustomId{QStringLiteral("confirm_update"), c.endpoint, c.name}.toString()}};
    const QJsonObject cancel{
        {QStringLiteral("type"), 2},
        {QStringLiteral("style"), 2},
        {QStringLiteral("label"), t(i, MD_TR("Cancel"))},
        {QStringLiteral("custom_id"), CustomId{QStringLiteral("cancel"), {}, {}}.toString()}};
    QJsonObject message = replyMessage(
        t(i, MD_TR("Update %1? Its image is pulled; if it changed, the container is made again "
                   "from it with the same settings, and the old one comes back if the new one "
                   "does not start."))
            .arg(c.displayName),
        true);
    message.insert(
        QStringLiteral("components"),
        QJsonArray{QJsonObject{{QStringLiteral("type"), 1},
                               {QStringLiteral("components"), QJsonArray{confirm, cancel}}}});
    m_responder.respond(i, kReplyMessage, message);
}

void InteractionHandler::runBulkAction(const Interaction &i, docker::ContainerAction action) {
    m_responder.respond(i, kDeferredUpdate, QJsonObject{});
    const QString verb = docker::containerActionName(action);
    QList<docker::ContainerRef> targets;
    QHash<QString, QString> shown; // ContainerRef::text() -> display name
    for (const ContainerView &c : m_backend.containers()) {
        if (!c.allowedActions.contains(verb))
            continue;
        const docker::ContainerRef ref{c.endpoint, c.name};
        targets.append(ref);
        shown.insert(ref.text(), c.displayName);
    }
    // The request; each container's action is audited by the route.
    audit(i, QStringLiteral("bulk:") + verb, QString(), QStringLiteral("ok"),
          QStringLiteral("%1 containers").arg(targets.size()));
    if (targets.isEmpty()) {
        m_responder.editOriginal(
            i, replyMessage(t(i, MD_TR("No container allows this action.")), true));
        return;
    }
    m_backend.containerBatchAction(
        targets, action, actorOf(i),
        [this, i, shown](const QList<docker::BatchItemResult> &results) {
            QStringList lines;
            for (const docker::BatchItemResult &r : results)
                lines.append(
                    QStringLiteral("%1 %2: %3")
                        .arg(r.result.ok() ? QStringLiteral("✅") : QStringLiteral("⚠️"),
                             shown.value(r.container.text(), r.container.name),
                             resultText(r.result)));
            QJsonObject message = replyMessage(lines.join(QLatin1Char('\n')), true);
            message.insert(QStringLiteral("components"), QJsonArray{});
            m_responder.editOriginal(i, message);
        });
}

void InteractionHandler::handleAutocomplete(const Interaction &i) {
    // Offer only containers this user may see in this channel.
    const QString typed = i.options.value(i.focusedOption).toLower();
    const security::Actor actor{i.userId, i.roleIds, i.guildId, i.channelId};
    QJsonArray choices;
    for (const ContainerView &c : m_backend.containers()) {
        if (choices.size() >= 25)
            break;
        const security::Decision d =
            m_policy->decide(actor, security::Request{security::RequestKind::Command,
                                                      QStringLiteral("info"), c.endpoint, c.name});
        if (!d.allowed)
            continue;
        if (!typed.isEmpty() && !c.displayName.toLower().contains(typed) &&
            !c.name.toLower().contains(typed))
            continue;
        choices.append(QJsonObject{
            {QStringLiteral("name"), c.displayName.left(100)},
            {QStringLiteral("value"), (c.endpoint + QLatin1Char('/') + c.name).left(100)}});
    }
    m_responder.respond(i, kAutocompleteResult, QJsonObject{{QStringLiteral("choices"), choices}});
}

} // namespace mechdock::bot
