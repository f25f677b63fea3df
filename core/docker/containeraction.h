// The vocabulary of a container action, shared by everyone who asks for one (Discord, the panel,
// the scheduler, the CLI): the action, the container it acts on and who asks. The machine names
// that the settings, the database, Discord's custom ids and the audit log use are converted here
// and nowhere else.
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace mechdock::docker {

// Update pulls the container's image and, if it changed, replaces the container with one made
// from the new image (ContainerUpdater); only administrators may ask for it.
enum class ContainerAction { Start, Stop, Restart, Update };

// "start", "stop", "restart", "update".
QString containerActionName(ContainerAction action);
// The action a name stands for (case and surrounding blanks ignored); nullopt for anything else.
std::optional<ContainerAction> containerActionFromName(const QString &name);
// Every action, in the order they are offered.
QList<ContainerAction> containerActions();

struct ContainerRef {
    QString endpoint;
    QString name;
    QString text() const { return endpoint + QLatin1Char('/') + name; }
    bool operator==(const ContainerRef &o) const {
        return endpoint == o.endpoint && name == o.name;
    }
};

// Where a request comes from; also the audit log's "source". AutoAction: a rule on a Discord
// message (core/automation).
enum class ActionOrigin { Discord, Panel, Scheduler, Cli, Service, Api, AutoAction };

// "discord", "panel", "scheduler", "cli", "service", "api", "auto-action".
QString actionOriginName(ActionOrigin origin);

// Who asks for an action, for the policy and the audit log.
struct Actor {
    ActionOrigin origin = ActionOrigin::Service;
    QString name; // the Discord user, the OS user at the panel or CLI, "scheduler"
    QString id;   // the Discord user id
    QString guildId;
    QString channelId;
    QString context; // goes into the audit detail, e.g. "task 42"
    // Run even within the toggle cool-down. Only the panel operator, an administrator at the
    // machine, may do that, in the panel or through the control API (which admits only the
    // machine's user or a holder of an API key); from any other origin the flag is ignored.
    bool overrideCooldown = false;

    // Act on a container the settings do not list for Discord, or with an action they do not
    // allow there: the same administrators, the same origins.
    bool administrator = false;

    bool overridesCooldown() const {
        return overrideCooldown && (origin == ActionOrigin::Panel || origin == ActionOrigin::Api);
    }
    // Whether this actor may update containers: everyone at the machine (the panel, the control
    // API, the CLI, a task an administrator scheduled) and, on Discord, an administrator whom
    // the permission policy has confirmed (who sets `administrator`).
    bool mayUpdate() const { return origin != ActionOrigin::Discord || administrator; }
    bool actsAsAdministrator() const {
        return administrator && (origin == ActionOrigin::Panel || origin == ActionOrigin::Api);
    }
};

} // namespace mechdock::docker

Q_DECLARE_METATYPE(mechdock::docker::ContainerAction)
Q_DECLARE_METATYPE(mechdock::docker::ContainerRef)
Q_DECLARE_METATYPE(mechdock::docker::Actor)
