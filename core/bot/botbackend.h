// BotBackend: what the Discord bot asks of the rest of Mechdock (containers, actions, logs,
// memory, metrics, the mech, schedules, the audit log). The service implements it over the real
// parts; tests implement it over fakes or a real dockerd.
#pragma once

#include "containerview.h"
#include "docker/containeractionresult.h"
#include "storage/auditentry.h"

#include <QList>
#include <QString>

#include <functional>

namespace mechdock::bot {

// /addadmin and /removeadmin.
enum class AdminChange { Add, Remove };

struct ActionResult {
    bool ok = false;
    QString message; // user-facing: "started", "already running", the error
};

class BotBackend {
public:
    virtual ~BotBackend() = default;

    // From the status cache: answers at once, never waits on Docker.
    virtual QList<ContainerView> containers() = 0;
    // One container, through the route every container action takes (allowed actions, toggle
    // cool-down, metrics, audit); `done` when Docker answered and the status shows it.
    virtual void
    containerAction(const QString &endpoint, const QString &name, docker::ContainerAction action,
                    const docker::Actor &actor,
                    std::function<void(const docker::ContainerActionResult &)> done) = 0;
    // Several containers at once (restart all, stop all), in batches; one result per container,
    // in the given order.
    virtual void
    containerBatchAction(const QList<docker::ContainerRef> &containers,
                         docker::ContainerAction action, const docker::Actor &actor,
                         std::function<void(const QList<docker::BatchItemResult> &)> done) = 0;
    virtual void containerLogs(const QString &endpoint, const QString &name, int lines,
                               std::function<void(const ActionResult &)> done) = 0;
    virtual void audit(const storage::AuditEntry &entry) = 0;

    // Plain-text reports for the diagnostic commands, already localized by the caller's locale.
    virtual QString systemHealthReport(const QString &locale) = 0;
    virtual QString performanceReport(const QString &locale) = 0;
    virtual QString memoryReport(const QString &locale) = 0;
    virtual QString forceCleanup(const QString &locale) = 0;
    virtual QString securityReport(const QString &locale) = 0;
    virtual double gatewayLatencyMs() = 0;

    // The mech and schedules; each answers with a user-facing message.
    virtual void recordDonation(qint64 cents, const QString &donor, const QString &actor,
                                std::function<void(const ActionResult &)> done) = 0;
    virtual QString donationInfo(const QString &locale) = 0;
    // The mech's animated WebP for /ss; empty when the mech has none.
    virtual QByteArray mechAnimation() { return {}; }
    virtual ActionResult scheduleAdd(const QString &endpoint, const QString &container,
                                     const QString &action, const QString &when,
                                     const QString &timeZone, const QString &actor) = 0;
    virtual QString scheduleList(const QString &locale) = 0;
    virtual ActionResult scheduleDelete(const QString &id, const QString &actor) = 0;
    // Adds or removes a Discord admin (a user id) in the settings file, so the panel shows it
    // and it survives restarts; the answer is in `locale`.
    virtual ActionResult changeAdmin(AdminChange change, const QString &userId,
                                     const QString &actor, const QString &locale) = 0;
    // /autoaction_test: what the auto-action rules would do with a message posted in the
    // channel by a member, a bot or a webhook (`postedBy`), nothing done; empty when the
    // service has no auto-actions.
    virtual QString autoActionTest(const QString &, const QString &, const QString &) { return {}; }
};

} // namespace mechdock::bot
