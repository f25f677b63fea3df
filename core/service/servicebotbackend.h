// ServiceBotBackend: the bot's view of the running service: containers from the poller's
// status rows joined with their settings, actions through the poller's controller (the route
// every container action takes; several at once in batches), logs through Docker, reports from the
// snapshot and the cache registry, schedules through the scheduler API, donations through the
// mech hooks. Lives on the service thread.
#pragma once

#include "bot/botbackend.h"
#include "bot/replylocalizer.h"
#include "config/settings.h"
#include "monitor/memorymonitor.h"
#include "servicesnapshot.h"
#include "storage/auditentry.h"

#include <QObject>
#include <QTimer>

#include <functional>

namespace mechdock::storage {
class AuditLog;
}
namespace mechdock::scheduler {
class SchedulerApi;
}
namespace mechdock::gamequery {
class PlayerQuerier;
}

namespace mechdock::service {

class ContainerPoller;

struct BotBackendParts {
    ContainerPoller *poller = nullptr;
    std::function<storage::AuditLog *()> auditLog;
    std::function<ServiceSnapshot()> snapshot;
    std::function<double()> gatewayLatencyMs;
    std::function<scheduler::SchedulerApi *()> scheduler;
    // Player counts of game servers; unset or null: none shown.
    std::function<gamequery::PlayerQuerier *()> players;
    // The mech; unset while the mech is not running.
    std::function<void(qint64 cents, const QString &donor, const QString &actor,
                       std::function<void(const bot::ActionResult &)> done)>
        recordDonation;
    std::function<QString(const QString &locale)> mechSummary;
    // The mech's current animated WebP (small size, at its current speed); empty when none.
    std::function<QByteArray()> mechAnimation;
    // Empties every registered cache; entries and bytes freed and RSS before/after.
    std::function<monitor::CleanupReport()> forceCleanup;
    // The settings file (/addadmin edits it) and how to apply what was saved (after the answer).
    std::function<QString()> settingsPath;
    std::function<void(const config::Settings &, const QStringList &issues)> applySettings;
    // The auto-actions' dry run on a message text in a channel; unset: none.
    std::function<QString(const QString &text, const QString &channelId, const QString &postedBy)>
        autoActionTest;
};

class ServiceBotBackend final : public QObject, public bot::BotBackend {
    Q_OBJECT
public:
    ServiceBotBackend(const config::Settings &settings, BotBackendParts parts,
                      QObject *parent = nullptr);

    void setSettings(const config::Settings &settings) { m_settings = settings; }
    // Writes the buffered audit entries now (also on a 200 ms timer and on destruction).
    void flushAudit();
    ~ServiceBotBackend() override;

    QList<bot::ContainerView> containers() override;
    void containerAction(const QString &endpoint, const QString &name,
                         docker::ContainerAction action, const docker::Actor &actor,
                         std::function<void(const docker::ContainerActionResult &)> done) override;
    void
    containerBatchAction(const QList<docker::ContainerRef> &containers,
                         docker::ContainerAction action, const docker::Actor &actor,
                         std::function<void(const QList<docker::BatchItemResult> &)> done) override;
    void containerLogs(const QString &endpoint, const QString &name, int lines,
                       std::function<void(const bot::ActionResult &)> done) override;
    void audit(const storage::AuditEntry &entry) override;

    QString systemHealthReport(const QString &locale) override;
    QString performanceReport(const QString &locale) override;
    QString memoryReport(const QString &locale) override;
    QString forceCleanup(const QString &locale) override;
    QString securityReport(const QString &locale) override;
    double gatewayLatencyMs() override;

    void recordDonation(qint64 cents, const QString &donor, const QString &actor,
                        std::function<void(const bot::ActionResult &)> done) override;
    QString donationInfo(const QString &locale) override;
    QByteArray mechAnimation() override;
    bot::ActionResult scheduleAdd(const QString &endpoint, const QString &container,
                                  const QString &action, const QString &when,
                                  const QString &timeZone, const QString &actor) override;
    QString scheduleList(const QString &locale) override;
    bot::ActionResult scheduleDelete(const QString &id, const QString &actor) override;
    bot::ActionResult changeAdmin(bot::AdminChange change, const QString &userId,
                                  const QString &actor, const QString &locale) override;
    QString autoActionTest(const QString &text, const QString &channelId,
                           const QString &postedBy) override;

private:
    QString t(const QString &locale, const char *text) const;
    // Calls `answer` at the poller's next refresh (so a reply shows the new state), or after 5 s
    // if none comes (an endpoint gone).
    void afterRefresh(std::function<void()> answer);

    config::Settings m_settings;
    BotBackendParts m_parts;
    mutable bot::ReplyLocalizer m_localizer;
    // Audit entries wait here briefly so that a burst of interactions costs one durable commit
    // per flush instead of one each; bounded, drops are counted and logged.
    QList<storage::AuditEntry> m_pendingAudit;
    QTimer *m_auditTimer;
    quint64 m_auditDropped = 0;
};

} // namespace mechdock::service
