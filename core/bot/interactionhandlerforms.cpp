// InteractionHandler, continued: what goes through a modal (the protected-info password, adding
// and removing admins) and the logs view's buttons.
#include "interactionhandler.h"

#include "common/clock.h"
#include "customid.h"
#include "modalform.h"
#include "playercounttext.h"
#include "replymessage.h"
#include "usermention.h"

#include <QHash>
#include <QJsonArray>

namespace mechdock::bot {

namespace {
#define MD_TR(text) QT_TRANSLATE_NOOP("mechdock::bot::InteractionHandler", text)

QJsonObject buttonRow(const QString &label, const QString &customId) {
    return QJsonObject{{QStringLiteral("type"), 1},
                       {QStringLiteral("components"),
                        QJsonArray{QJsonObject{{QStringLiteral("type"), 2},
                                               {QStringLiteral("style"), 2},
                                               {QStringLiteral("label"), label.left(80)},
                                               {QStringLiteral("custom_id"), customId}}}}};
}
} // namespace

const config::ContainerSettings *InteractionHandler::containerSettings(const QString &endpoint,
                                                                       const QString &name) const {
    for (const config::ContainerSettings &c : m_settings.containers) {
        if (c.name == name && c.endpoint == endpoint)
            return &c;
    }
    return nullptr;
}

QJsonObject InteractionHandler::infoMessage(const Interaction &i, const ContainerView &c) {
    QString text = m_builder.statusLine(c, i.locale, true);
    if (const QString names = PlayerCountText::names(c); !names.isEmpty())
        text += QLatin1Char('\n') + names;
    if (!c.infoText.isEmpty())
        text += QStringLiteral("\n> ") + c.infoText;
    const config::ContainerSettings *cfg = containerSettings(c.endpoint, c.name);
    if (!cfg || cfg->protectedInfo.isEmpty())
        return replyMessage(text, true);
    const security::Actor actor{i.userId, i.roleIds, i.guildId, i.channelId};
    if (m_policy->isAdmin(actor)) {
        audit(i, QStringLiteral("info"), c.endpoint + QLatin1Char('/') + c.name,
              QStringLiteral("ok"), QStringLiteral("protected info shown to an admin"));
        return replyMessage(text + QStringLiteral("\n🔓 ") + cfg->protectedInfo, true);
    }
    // The password goes into a modal, never into a command option that stays in the chat box.
    QJsonObject message = replyMessage(
        text + QLatin1Char('\n') + t(i, MD_TR("More is protected by a password.")), true);
    message.insert(QStringLiteral("components"),
                   QJsonArray{buttonRow(
                       t(i, MD_TR("🔒 Show protected info")),
                       CustomId{QStringLiteral("protected"), c.endpoint, c.name}.toString())});
    return message;
}

void InteractionHandler::askProtectedPassword(const Interaction &i, const ContainerView &c) {
    const QString target = c.endpoint + QLatin1Char('/') + c.name;
    const config::ContainerSettings *cfg = containerSettings(c.endpoint, c.name);
    if (!cfg || cfg->protectedInfo.isEmpty()) {
        replyEphemeral(i, t(i, MD_TR("This container has no protected info.")));
        return;
    }
    const security::Actor actor{i.userId, i.roleIds, i.guildId, i.channelId};
    if (m_policy->isAdmin(actor)) {
        audit(i, QStringLiteral("info"), target, QStringLiteral("ok"),
              QStringLiteral("protected info shown to an admin"));
        replyEphemeral(i, QStringLiteral("🔓 ") + cfg->protectedInfo);
        return;
    }
    if (!m_protectedInfo.mayTry(i.userId)) {
        audit(i, QStringLiteral("info"), target, QStringLiteral("rate-limited"),
              QStringLiteral("too many wrong passwords"));
        replyEphemeral(i, t(i, MD_TR("Too many wrong passwords; try again in a few minutes.")));
        return;
    }
    const ModalForm form{
        CustomId{QStringLiteral("protected_submit"), c.endpoint, c.name}.toString(),
        t(i, MD_TR("Protected info")),
        {ModalField{QStringLiteral("password"), t(i, MD_TR("Password")), {}, 1, 100, false}}};
    m_responder.respond(i, ModalForm::kModalCallback, form.toJson());
}

void InteractionHandler::submitProtectedPassword(const Interaction &i, const CustomId &id) {
    const std::optional<ContainerView> c = findContainer(id.endpoint, id.container);
    if (!c) {
        replyEphemeral(i, t(i, MD_TR("Unknown container.")));
        return;
    }
    // Checked again: the settings may have changed while the modal was open.
    if (!allowed(i, security::RequestKind::Button, QStringLiteral("info"), c->endpoint, c->name,
                 false))
        return;
    const QString target = c->endpoint + QLatin1Char('/') + c->name;
    const config::ContainerSettings *cfg = containerSettings(c->endpoint, c->name);
    if (!cfg || cfg->protectedInfo.isEmpty()) {
        replyEphemeral(i, t(i, MD_TR("This container has no protected info.")));
        return;
    }
    switch (m_protectedInfo.check(i.userId, i.options.value(QStringLiteral("password")),
                                  cfg->protectedPasswordHash)) {
    case ProtectedInfoVerdict::Shown:
        audit(i, QStringLiteral("info"), target, QStringLiteral("ok"),
              QStringLiteral("protected info shown"));
        replyEphemeral(i, QStringLiteral("🔓 ") + cfg->protectedInfo);
        return;
    case ProtectedInfoVerdict::WrongPassword:
        audit(i, QStringLiteral("info"), target, QStringLiteral("denied"),
              QStringLiteral("wrong password"));
        replyEphemeral(i, t(i, MD_TR("Wrong password.")));
        return;
    case ProtectedInfoVerdict::TooManyTries:
        audit(i, QStringLiteral("info"), target, QStringLiteral("rate-limited"),
              QStringLiteral("too many wrong passwords"));
        replyEphemeral(i, t(i, MD_TR("Too many wrong passwords; try again in a few minutes.")));
        return;
    }
}

void InteractionHandler::askAdminUser(const Interaction &i, AdminChange change) {
    const bool add = change == AdminChange::Add;
    const ModalForm form{
        CustomId{
            add ? QStringLiteral("addadmin_submit") : QStringLiteral("removeadmin_submit"), {}, {}}
            .toString(),
        add ? t(i, MD_TR("Add a Mechdock admin")) : t(i, MD_TR("Remove a Mechdock admin")),
        {ModalField{QStringLiteral("user"), t(i, MD_TR("User id or @mention")),
                    t(i, MD_TR("e.g. 123456789012345678")), 1, 40, false}}};
    m_responder.respond(i, ModalForm::kModalCallback, form.toJson());
}

void InteractionHandler::submitAdminChange(const Interaction &i, const CustomId &id) {
    const bool add = id.action == QLatin1String("addadmin_submit");
    const QString command = add ? QStringLiteral("addadmin") : QStringLiteral("removeadmin");
    // Only admins, only in control channels: the same check as the command, made again now.
    if (!allowed(i, security::RequestKind::Command, command, {}, {}, false))
        return;
    const QString typed = i.options.value(QStringLiteral("user"));
    const std::optional<QString> userId = UserMention::userId(typed);
    if (!userId) {
        audit(i, QStringLiteral("/") + command, typed.left(40), QStringLiteral("denied"),
              QStringLiteral("not a user id or mention"));
        replyEphemeral(i, t(i, MD_TR("That is not a user id or mention. Type @ and pick the "
                                     "user, or paste the id (Developer Mode → Copy User ID).")));
        return;
    }
    const ActionResult r = m_backend.changeAdmin(add ? AdminChange::Add : AdminChange::Remove,
                                                 *userId, i.userName, i.locale);
    audit(i, QStringLiteral("/") + command, *userId,
          r.ok ? QStringLiteral("ok") : QStringLiteral("failed"), r.message);
    replyEphemeral(i, r.message);
}

void InteractionHandler::handleModalSubmit(const Interaction &i) {
    using Submit = void (InteractionHandler::*)(const Interaction &, const CustomId &);
    static const QHash<QString, Submit> kSubmits{
        {QStringLiteral("protected_submit"), &InteractionHandler::submitProtectedPassword},
        {QStringLiteral("addadmin_submit"), &InteractionHandler::submitAdminChange},
        {QStringLiteral("removeadmin_submit"), &InteractionHandler::submitAdminChange}};
    const std::optional<CustomId> id = CustomId::parse(i.customId);
    const Submit submit = id ? kSubmits.value(id->action) : nullptr;
    if (!submit) {
        ++m_counters.denied;
        audit(i, QStringLiteral("modal"), QString(), QStringLiteral("denied"),
              QStringLiteral("foreign custom_id"));
        replyEphemeral(i, t(i, MD_TR("This form does not belong to Mechdock.")));
        return;
    }
    (this->*submit)(i, *id);
}

void InteractionHandler::handleLogsButton(const Interaction &i, const CustomId &id,
                                          const ContainerView &c) {
    audit(i, QStringLiteral("button:") + id.action, c.endpoint + QLatin1Char('/') + c.name,
          QStringLiteral("ok"));
    if (id.action == QLatin1String("logs")) {
        m_responder.respond(i, kDeferredMessage,
                            QJsonObject{{QStringLiteral("flags"), kEphemeralFlag}});
        m_logFollower->follow(i, c, true);
    } else if (id.action == QLatin1String("logs_refresh")) {
        m_responder.respond(i, kDeferredUpdate, QJsonObject{});
        m_logFollower->follow(i, c, false);
    } else {
        m_logFollower->stop(i.userId);
        m_responder.respond(
            i, kUpdateMessage,
            QJsonObject{{QStringLiteral("components"),
                         QJsonArray{m_logFollower->buttons(i, c.endpoint, c.name, false)}}});
    }
}

} // namespace mechdock::bot
