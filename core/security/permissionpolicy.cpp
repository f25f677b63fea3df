#include "permissionpolicy.h"
#include "common/translation.h"

#include <QCoreApplication>

namespace mechdock::security {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::security::PermissionPolicy", text);
}

Decision allow() {
    return Decision{true, QString(), nullptr, {}};
}

Decision deny(const char *source, const QStringList &args = {}) {
    QString reason = tr(source);
    for (const QString &a : args)
        reason = reason.arg(a);
    return Decision{false, reason, source, args};
}
} // namespace

PermissionPolicy::PermissionPolicy(const config::Settings &settings)
    : m_settings(settings) {}

QStringList PermissionPolicy::readOnlyCommands() {
    return {QStringLiteral("serverstatus"),
            QStringLiteral("ss"),
            QStringLiteral("info"),
            QStringLiteral("help"),
            QStringLiteral("ping"),
            QStringLiteral("donate"),
            QStringLiteral("system_health"),
            QStringLiteral("performance_metrics"),
            QStringLiteral("memory_optimization"),
            QStringLiteral("security_status"),
            QStringLiteral("schedule_list")};
}

QStringList PermissionPolicy::adminCommands() {
    return {QStringLiteral("control"),         QStringLiteral("force_cleanup"),
            QStringLiteral("addadmin"),        QStringLiteral("removeadmin"),
            QStringLiteral("donate_record"),   QStringLiteral("schedule_add"),
            QStringLiteral("schedule_delete"), QStringLiteral("restart_all"),
            QStringLiteral("stop_all"),        QStringLiteral("autoaction_test")};
}

QStringList PermissionPolicy::containerActions() {
    return {QStringLiteral("start"), QStringLiteral("stop"), QStringLiteral("restart")};
}

const config::ChannelSettings *PermissionPolicy::channel(const QString &id) const {
    for (const config::ChannelSettings &c : m_settings.discord.channels) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

const config::ContainerSettings *PermissionPolicy::container(const QString &endpoint,
                                                             const QString &name) const {
    for (const config::ContainerSettings &c : m_settings.containers) {
        if (c.name == name && (endpoint.isEmpty() || c.endpoint == endpoint))
            return &c;
    }
    return nullptr;
}

bool PermissionPolicy::isAdmin(const Actor &actor) const {
    if (!actor.userId.isEmpty() && m_settings.discord.adminUserIds.contains(actor.userId))
        return true;
    for (const QString &role : actor.roleIds) {
        if (m_settings.discord.adminRoleIds.contains(role))
            return true;
    }
    return false;
}

Decision PermissionPolicy::decide(const Actor &actor, const Request &request) const {
    if (!m_settings.discord.guildIds.isEmpty() && !actor.guildId.isEmpty() &&
        !m_settings.discord.guildIds.contains(actor.guildId))
        return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                      "Mechdock is not set up for this server."));
    // Help and ping work anywhere the bot is; everything else only in configured channels.
    if (request.kind == RequestKind::Command &&
        (request.name == QLatin1String("help") || request.name == QLatin1String("ping")))
        return allow();
    const config::ChannelSettings *ch = channel(actor.channelId);
    if (!ch)
        return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                      "This channel is not configured for Mechdock."));
    const bool admin = isAdmin(actor);

    if (request.kind == RequestKind::Command) {
        if (adminCommands().contains(request.name)) {
            if (!admin)
                return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                              "Only Mechdock admins may use /%1."),
                            {request.name});
            if (ch->kind != config::ChannelKind::Control)
                return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                              "/%1 works only in control channels."),
                            {request.name});
            return allow();
        }
        if (readOnlyCommands().contains(request.name)) {
            if (request.name == QLatin1String("info") && !request.container.isEmpty()) {
                const config::ContainerSettings *c = container(request.endpoint, request.container);
                if (!c || !c->active)
                    return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                                  "Unknown container."));
            }
            return allow();
        }
        return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy", "Unknown command."));
    }

    // Buttons
    const config::ContainerSettings *c = container(request.endpoint, request.container);
    if (!c || !c->active)
        return deny(
            QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy", "Unknown container."));
    if (request.name == QLatin1String("info") || request.name == QLatin1String("expand"))
        return c->detailedStatus || admin
                   ? allow()
                   : deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                            "Details of this container are not shared."));
    if (request.name == QLatin1String("logs")) {
        if (ch->kind != config::ChannelKind::Control)
            return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                          "Logs can be read only in control channels."));
        return admin ? allow()
                     : deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                              "Only Mechdock admins may read logs."));
    }
    // An update replaces the container: administrators only, in control channels, and only
    // where the settings offer it (its button shows only then).
    if (request.name == QLatin1String("update")) {
        if (ch->kind != config::ChannelKind::Control)
            return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                          "Actions work only in control channels."));
        if (!admin)
            return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                          "Only Mechdock admins may update containers."));
        if (!c->allowedActions.contains(request.name))
            return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                          "%1 does not allow \"%2\"."),
                        {c->displayName, request.name});
        return allow();
    }
    if (!containerActions().contains(request.name))
        return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy", "Unknown action."));
    if (ch->kind != config::ChannelKind::Control)
        return deny(QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy",
                                      "Actions work only in control channels."));
    if (!c->allowedActions.contains(request.name))
        return deny(
            QT_TRANSLATE_NOOP("mechdock::security::PermissionPolicy", "%1 does not allow \"%2\"."),
            {c->displayName, request.name});
    return allow();
}

} // namespace mechdock::security
