// PermissionPolicy: who may do what, where. Default deny: a request is allowed only when the
// channel is configured for it, the container allows the action, and admin-only requests come
// from an admin user or role. Checked again at click time, never cached from when a message
// was posted.
#pragma once

#include "config/settings.h"

#include <QString>
#include <QStringList>

namespace mechdock::security {

struct Actor {
    QString userId;
    QStringList roleIds;
    QString guildId;
    QString channelId;
};

enum class RequestKind { Command, Button };

struct Request {
    RequestKind kind = RequestKind::Command;
    QString name;     // command (serverstatus, control, info, ...) or button action
    QString endpoint; // for container actions
    QString container;
};

struct Decision {
    bool allowed = false;
    QString reason;                     // in the service's language, for logs and the audit
    const char *reasonSource = nullptr; // untranslated, to reply in the user's own language
    QStringList reasonArgs;             // %1, %2 of reasonSource
};

class PermissionPolicy {
public:
    explicit PermissionPolicy(const config::Settings &settings);

    Decision decide(const Actor &actor, const Request &request) const;
    bool isAdmin(const Actor &actor) const;

    static QStringList readOnlyCommands();
    static QStringList adminCommands();
    static QStringList containerActions();

private:
    const config::ChannelSettings *channel(const QString &id) const;
    const config::ContainerSettings *container(const QString &endpoint, const QString &name) const;

    config::Settings m_settings;
};

} // namespace mechdock::security
