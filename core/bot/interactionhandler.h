// InteractionHandler: turns each INTERACTION_CREATE into an answer. Every request is checked
// against the permission policy and the user's cool-downs at the moment it arrives, audited
// whether allowed or denied (a container action that passes is audited by the route it takes),
// and answered within Discord's 3 s: slow work (a container action, logs) is acknowledged first
// and the message edited when it is done.
#pragma once

#include "botbackend.h"
#include "customid.h"
#include "interaction.h"
#include "interactionresponder.h"
#include "logfollower.h"
#include "protectedinfogate.h"
#include "replylocalizer.h"
#include "statusmessagebuilder.h"

#include "config/settings.h"
#include "security/cooldowntracker.h"
#include "security/permissionpolicy.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace mechdock {
class Clock;
}

namespace mechdock::bot {

struct HandlerCounters {
    quint64 handled = 0;
    quint64 denied = 0;
    quint64 malformed = 0;
};

class InteractionHandler : public QObject {
    Q_OBJECT
public:
    InteractionHandler(const config::Settings &settings, BotBackend &backend,
                       InteractionResponder &responder, const Clock *clock = nullptr,
                       QObject *parent = nullptr);
    ~InteractionHandler() override;

    void setSettings(const config::Settings &settings);
    // The `d` of an INTERACTION_CREATE dispatch; answerByMs as in Interaction.
    void handle(const QJsonObject &payload, qint64 answerByMs = 0);
    HandlerCounters counters() const { return m_counters; }
    security::CooldownTracker &cooldowns() { return *m_cooldowns; }
    LogFollower &logFollower() { return *m_logFollower; }

private:
    void handleCommand(const Interaction &i);
    void handleComponent(const Interaction &i);
    void showOverviewPage(const Interaction &i, const CustomId &id);
    void handleModalSubmit(const Interaction &i);
    // A container's info; its protected part for admins, else a button that asks the password.
    QJsonObject infoMessage(const Interaction &i, const ContainerView &c);
    void askProtectedPassword(const Interaction &i, const ContainerView &c);
    void submitProtectedPassword(const Interaction &i, const CustomId &id);
    void askAdminUser(const Interaction &i, AdminChange change);
    void submitAdminChange(const Interaction &i, const CustomId &id);
    void handleLogsButton(const Interaction &i, const CustomId &id, const ContainerView &c);
    const config::ContainerSettings *containerSettings(const QString &endpoint,
                                                       const QString &name) const;
    void handleAutocomplete(const Interaction &i);
    void runContainerAction(const Interaction &i, const ContainerView &c,
                            docker::ContainerAction action);
    void runBulkAction(const Interaction &i, docker::ContainerAction action);
    // An update replaces the container, so the admin confirms it first (confirm_update).
    void askToConfirmUpdate(const Interaction &i, const ContainerView &c);

    bool allowed(const Interaction &i, security::RequestKind kind, const QString &name,
                 const QString &endpoint = {}, const QString &container = {},
                 bool applyCooldown = true);
    void replyEphemeral(const Interaction &i, const QString &text);
    void audit(const Interaction &i, const QString &action, const QString &target,
               const QString &result, const QString &detail = {});
    QString t(const Interaction &i, const char *text) const;
    std::optional<ContainerView> findContainer(const QString &endpoint, const QString &name);
    std::optional<ContainerView> findByUserText(const QString &text);

    config::Settings m_settings;
    BotBackend &m_backend;
    InteractionResponder &m_responder;
    const Clock *m_clock;
    mutable ReplyLocalizer m_localizer;
    StatusMessageBuilder m_builder;
    std::unique_ptr<security::PermissionPolicy> m_policy;
    ProtectedInfoGate m_protectedInfo;
    LogFollower *m_logFollower;
    std::unique_ptr<security::CooldownTracker> m_cooldowns;
    HandlerCounters m_counters;
};

} // namespace mechdock::bot
