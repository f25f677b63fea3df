#include "containercontroller.h"

#include "common/clock.h"
#include "config/settings.h"
#include "containerupdater.h"
#include "dockerclient.h"
#include "swarmserviceclient.h"

#include "monitor/operationmetrics.h"
#include "storage/auditentry.h"
#include "storage/auditlog.h"

#include <QCoreApplication>

#include <algorithm>

namespace mechdock::docker {

namespace {
// The permission policy's wording, in its translation context: a Discord click that the policy
// stops early and a request the route refuses read the same, in every language.
QString notAllowedMessage(const QString &shownName, ContainerAction action) {
    return QCoreApplication::translate("mechdock::security::PermissionPolicy",
                                       "%1 does not allow \"%2\".")
        .arg(shownName, containerActionName(action));
}

QString auditResult(const ContainerActionResult &r) {
    switch (r.error()) {
    case ActionError::None:
        return QStringLiteral("ok");
    case ActionError::InvalidName:
    case ActionError::NotConfigured:
    case ActionError::NotAllowed:
    case ActionError::CoolingDown:
        return QStringLiteral("denied");
    case ActionError::UnknownEndpoint:
    case ActionError::Failed:
        break;
    }
    return QStringLiteral("failed");
}
} // namespace

struct ContainerController::Batch {
    quint64 id = 0;
    QList<ContainerRef> items;
    ContainerAction action = ContainerAction::Restart;
    Actor actor;
    QList<BatchItemResult> results;
    std::function<void(const QList<BatchItemResult> &)> done;
    qsizetype next = 0;
    int group = 0;
    int pending = 0;
    qint64 startedMs = 0;
};

ContainerController::ContainerController(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_metrics(&monitor::OperationMetrics::global()) {}

ContainerController::~ContainerController() = default;

void ContainerController::configure(const config::Settings &settings) {
    const config::DockerSettings &d = settings.docker;
    Settings s = m_settings;
    s.toggleCooldownSec = d.toggleCooldownSec;
    s.batchSize = d.batchSize;
    s.batchDelayMs = d.batchDelayMs;
    s.maxConcurrentStats = d.maxConcurrentStats;
    setSettings(s);
    setContainers(settings.containers);
}

void ContainerController::setSettings(const Settings &settings) {
    m_settings = settings;
    m_settings.toggleCooldownSec = std::max(0, settings.toggleCooldownSec);
    m_settings.batchSize = std::max(1, settings.batchSize);
    m_settings.batchDelayMs = std::max(0, settings.batchDelayMs);
    m_settings.maxConcurrentStats = std::max(1, settings.maxConcurrentStats);
    m_settings.maxQueuedStats = std::max(1, settings.maxQueuedStats);
    m_settings.stopTimeoutSec = std::max(0, settings.stopTimeoutSec);
    const QStringList endpoints = m_statsLanes.keys(); // a copy: pumping may remove lanes
    for (const QString &endpoint : endpoints)
        pumpStats(endpoint);
}

void ContainerController::setContainers(const QList<config::ContainerSettings> &containers) {
    m_permissions.clear();
    for (const config::ContainerSettings &c : containers) {
        // The last entry wins, as everywhere else the settings are read.
        m_permissions.insert(ContainerRef{c.endpoint, c.name}.text(),
                             Permission{c.displayName.isEmpty() ? c.name : c.displayName,
                                        c.allowedActions, c.isService(), c.updateTag});
    }
}

void ContainerController::setClient(const QString &endpoint, DockerClient *client) {
    if (client)
        m_clients.insert(endpoint, client);
    else
        m_clients.remove(endpoint);
}

void ContainerController::setAuditLog(std::function<storage::AuditLog *()> auditLog) {
    m_auditLog = std::move(auditLog);
}

void ContainerController::setMetrics(monitor::OperationMetrics *metrics) {
    m_metrics = metrics ? metrics : &monitor::OperationMetrics::global();
}

DockerClient *ContainerController::clientFor(const QString &endpoint) const {
    return m_clients.value(endpoint).data();
}

void ContainerController::sweepCooldowns() {
    const qint64 now = m_clock->monotonicMs();
    const qint64 span = qint64(m_settings.toggleCooldownSec) * 1000;
    for (auto i = m_lastToggleMs.begin(); i != m_lastToggleMs.end();) {
        if (now - i.value() >= span)
            i = m_lastToggleMs.erase(i);
        else
            ++i;
    }
}

qint64 ContainerController::cooldownRemainingMs(const ContainerRef &container) const {
    const auto found = m_lastToggleMs.constFind(container.text());
    if (found == m_lastToggleMs.cend() || m_settings.toggleCooldownSec == 0)
        return 0;
    const qint64 left =
        qint64(m_settings.toggleCooldownSec) * 1000 - (m_clock->monotonicMs() - found.value());
    return std::max<qint64>(0, left);
}

int ContainerController::cooldownRemainingSec(const ContainerRef &container) const {
    return int((cooldownRemainingMs(container) + 999) / 1000);
}

void ContainerController::record(const QString &operation, qint64 startedMs, bool ok) {
    m_metrics->record(operation, double(m_clock->monotonicMs() - startedMs), ok);
}

void ContainerController::audit(const ContainerRef &container, ContainerAction action,
                                const Actor &actor, const ContainerActionResult &result,
                                const QString &overrideNote) {
    storage::AuditLog *log = m_auditLog ? m_auditLog() : nullptr;
    if (!log)
        return;
    storage::AuditEntry e;
    e.source = actionOriginName(actor.origin);
    e.actor = actor.name;
    e.actorId = actor.id;
    e.guildId = actor.guildId;
    e.channelId = actor.channelId;
    e.action = containerActionName(action);
    e.target = container.text();
    e.result = auditResult(result);
    QString detail = result.message();
    if (!actor.context.isEmpty())
        detail = actor.context + QStringLiteral(": ") + detail;
    // The note (an override, an update's image ids) is kept whole; a long message gives way.
    const QString note =
        overrideNote.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(overrideNote.left(400));
    e.detail = detail.left(500 - note.size()) + note;
    log->record(e);
}

std::optional<ContainerActionResult> ContainerController::refusal(const ContainerRef &container,
                                                                  ContainerAction action,
                                                                  const Actor &actor,
                                                                  QString *overrideNote) {
    // Hostile text is refused before it is looked up anywhere.
    if (!DockerClient::isValidName(container.name))
        return ContainerActionResult::failure(ActionError::InvalidName,
                                              DockerClient::invalidNameMessage(container.name));
    // An update replaces the container: it is for administrators, whatever the settings allow
    // Discord's members.
    if (action == ContainerAction::Update && !actor.mayUpdate())
        return ContainerActionResult::failure(
            ActionError::NotAllowed,
            tr("only Mechdock administrators may update %1").arg(container.name));
    const auto permission = m_permissions.constFind(container.text());
    const bool listed = permission != m_permissions.cend() &&
                        (action == ContainerAction::Update ||
                         permission->allowedActions.contains(containerActionName(action)));
    // The administrator (the panel's operator, an API key holder) may act on any container of
    // the endpoints, as Docker's own tools do; Discord's members only on what the settings list.
    if (actor.actsAsAdministrator() && !listed)
        overrideNote->append(QStringLiteral("administrator: not allowed for Discord"));
    else if (permission == m_permissions.cend())
        return ContainerActionResult::failure(
            ActionError::NotConfigured,
            tr("%1 on %2 is not a configured container").arg(container.name, container.endpoint));
    else if (!listed)
        return ContainerActionResult::failure(ActionError::NotAllowed,
                                              notAllowedMessage(permission->shownName, action));
    if (!clientFor(container.endpoint))
        return ContainerActionResult::failure(
            ActionError::UnknownEndpoint,
            tr("no Docker endpoint named \"%1\"").arg(container.endpoint));
    if (action == ContainerAction::Update && isService(container))
        return ContainerActionResult::failure(
            ActionError::NotAllowed,
            tr("%1 is a Swarm service: Swarm rolls out its new image (docker service update "
               "--image)")
                .arg(container.name));
    if (action == ContainerAction::Update && m_updates.value(container.text()))
        return ContainerActionResult::failure(
            ActionError::Failed, tr("an update of %1 is already running").arg(container.name));
    sweepCooldowns();
    const qint64 leftMs = cooldownRemainingMs(container);
    if (leftMs <= 0)
        return std::nullopt;
    if (actor.overridesCooldown()) {
        if (!overrideNote->isEmpty())
            overrideNote->append(QStringLiteral("; "));
        overrideNote->append(QStringLiteral("cool-down overridden"));
        return std::nullopt;
    }
    const qint64 ago = (m_clock->monotonicMs() - m_lastToggleMs.value(container.text())) / 1000;
    return ContainerActionResult::coolingDown(
        tr("%1 was started, stopped or restarted %2 s ago; to protect it from rapid "
           "toggling, try again in %3 s")
            .arg(container.name)
            .arg(ago)
            .arg((leftMs + 999) / 1000),
        m_clock->nowUtc().addMSecs(leftMs));
}

void ContainerController::perform(const ContainerRef &container, ContainerAction action,
                                  const Actor &actor,
                                  std::function<void(const ContainerActionResult &)> done) {
    QString overridden;
    if (const std::optional<ContainerActionResult> refused =
            refusal(container, action, actor, &overridden)) {
        audit(container, action, actor, *refused, {});
        emit actionFinished(container, action, *refused);
        if (done)
            done(*refused);
        return;
    }
    DockerClient *client = clientFor(container.endpoint);
    const QString operation = QStringLiteral("docker.") + containerActionName(action);
    const qint64 started = m_clock->monotonicMs();
    const QString key = container.text();
    // An override replaces a running cool-down; a failure gives the earlier one back.
    const std::optional<qint64> previous = m_lastToggleMs.contains(key)
                                               ? std::optional<qint64>(m_lastToggleMs.value(key))
                                               : std::nullopt;
    if (m_settings.toggleCooldownSec > 0)
        m_lastToggleMs.insert(key, started); // set now, so a second click while pending waits
    QPointer<ContainerController> self(this);
    auto finishNoted = [self, container, action, actor, operation, started, key, previous,
                        overridden, done](const ActionOutcome &o, const QString &note) {
        const ContainerActionResult result =
            o.ok ? ContainerActionResult::success(o.message, o.changed)
                 : ContainerActionResult::failure(ActionError::Failed, o.message);
        if (self) {
            // Only a real change starts the cool-down; a failure or "already running" may be
            // tried again at once.
            const auto mine = self->m_lastToggleMs.constFind(key);
            if ((!o.ok || !o.changed) && mine != self->m_lastToggleMs.cend() &&
                mine.value() == started) {
                if (previous)
                    self->m_lastToggleMs.insert(key, *previous);
                else
                    self->m_lastToggleMs.remove(key);
            }
            self->record(operation, started, o.ok);
            QString auditNote = overridden;
            if (!note.isEmpty())
                auditNote += (auditNote.isEmpty() ? QString() : QStringLiteral("; ")) + note;
            self->audit(container, action, actor, result, auditNote);
            emit self->actionFinished(container, action, result);
        }
        if (done)
            done(result);
    };
    auto finish = [finishNoted](const ActionOutcome &o) {
        finishNoted(o, QString());
    };
    if (isService(container)) {
        runServiceAction(client, container, action, finish);
        return;
    }
    switch (action) {
    case ContainerAction::Start:
        client->start(container.name, finish);
        break;
    case ContainerAction::Stop:
        client->stop(container.name, m_settings.stopTimeoutSec, finish);
        break;
    case ContainerAction::Restart:
        client->restart(container.name, m_settings.stopTimeoutSec, finish);
        break;
    case ContainerAction::Update:
        runUpdate(client, container, finishNoted);
        break;
    }
}

void ContainerController::setServiceLookup(std::function<bool(const ContainerRef &)> isService) {
    m_serviceLookup = std::move(isService);
}

bool ContainerController::isService(const ContainerRef &container) const {
    const auto permission = m_permissions.constFind(container.text());
    if (permission != m_permissions.cend())
        return permission->service;
    return m_serviceLookup && m_serviceLookup(container);
}

void ContainerController::runServiceAction(DockerClient *client, const ContainerRef &service,
                                           ContainerAction action,
                                           std::function<void(const ActionOutcome &)> finish) {
    // One short-lived client per action: it holds nothing but the endpoint's DockerClient.
    auto *swarm = new SwarmServiceClient(client, this);
    QPointer<SwarmServiceClient> guard(swarm);
    auto done = [guard, finish](const ActionOutcome &o) {
        if (guard)
            guard->deleteLater();
        finish(o);
    };
    switch (action) {
    case ContainerAction::Start:
        swarm->start(service.name, done);
        break;
    case ContainerAction::Stop:
        swarm->stop(service.name, done);
        break;
    case ContainerAction::Restart:
        swarm->restart(service.name, done);
        break;
    case ContainerAction::Update: // refused before it gets here
        done(ActionOutcome{false, false, tr("a Swarm service is not updated here")});
        break;
    }
}

void ContainerController::runUpdate(
    DockerClient *client, const ContainerRef &container,
    std::function<void(const ActionOutcome &, const QString &)> finish) {
    ContainerUpdateOptions options = m_settings.update;
    options.stopTimeoutSec = m_settings.stopTimeoutSec;
    if (const auto permission = m_permissions.constFind(container.text());
        permission != m_permissions.cend() && !permission->updateTag.isEmpty())
        options.tag = permission->updateTag;
    auto *updater = new ContainerUpdater(client, container.name, options, this);
    m_updates.insert(container.text(), updater);
    QPointer<ContainerController> self(this);
    const QString key = container.text();
    updater->run([self, key, finish](const ContainerUpdateResult &r) {
        if (self)
            self->m_updates.remove(key);
        // The audit keeps both image ids in full; the user reads the short ones.
        QString note = QStringLiteral("image %1").arg(r.image);
        if (!r.oldImageId.isEmpty())
            note += QStringLiteral(", old %1").arg(r.oldImageId);
        if (!r.newImageId.isEmpty())
            note += QStringLiteral(", new %1").arg(r.newImageId);
        finish(ActionOutcome{r.ok, r.changed, r.message}, note);
    });
}

int ContainerController::updatesRunning() const {
    int running = 0;
    for (const QPointer<ContainerUpdater> &u : m_updates)
        running += u ? 1 : 0;
    return running;
}

void ContainerController::performBatch(const QList<ContainerRef> &containers,
                                       ContainerAction action, const Actor &actor,
                                       std::function<void(const QList<BatchItemResult> &)> done) {
    auto batch = std::make_shared<Batch>();
    batch->id = m_nextBatch++;
    batch->items = containers;
    batch->action = action;
    batch->actor = actor;
    batch->done = std::move(done);
    batch->startedMs = m_clock->monotonicMs();
    for (const ContainerRef &c : containers)
        batch->results.append(BatchItemResult{c, {}, -1});
    ++m_batches;
    runGroup(batch);
}

void ContainerController::runGroup(const std::shared_ptr<Batch> &batch) {
    if (batch->next >= batch->items.size()) {
        --m_batches;
        const bool allOk = std::all_of(batch->results.cbegin(), batch->results.cend(),
                                       [](const BatchItemResult &r) { return r.result.ok(); });
        record(QStringLiteral("docker.batch.") + containerActionName(batch->action),
               batch->startedMs, allOk);
        if (batch->done)
            batch->done(batch->results);
        return;
    }
    const qsizetype size =
        std::min<qsizetype>(m_settings.batchSize, batch->items.size() - batch->next);
    const int group = batch->group++;
    QStringList names;
    for (qsizetype i = batch->next; i < batch->next + size; ++i)
        names.append(batch->items.at(i).text());
    emit batchGroupStarted(batch->id, group, names);
    // One extra count held while the group is being sent, so an answer that comes back at once
    // (a refusal) cannot start the next group early.
    batch->pending = int(size) + 1;
    QPointer<ContainerController> self(this);
    auto oneDone = [self, batch] {
        if (--batch->pending > 0 || !self)
            return;
        if (batch->next >= batch->items.size())
            self->runGroup(batch);
        else
            QTimer::singleShot(self->m_settings.batchDelayMs, self.data(), [self, batch] {
                if (self)
                    self->runGroup(batch);
            });
    };
    for (qsizetype i = 0; i < size; ++i) {
        const qsizetype index = batch->next++;
        batch->results[index].group = group;
        perform(batch->items.at(index), batch->action, batch->actor,
                [batch, index, oneDone](const ContainerActionResult &r) {
                    batch->results[index].result = r;
                    oneDone();
                });
    }
    oneDone();
}

void ContainerController::stats(const ContainerRef &container,
                                std::function<void(const StatsSample &, const QString &)> done) {
    StatsLane &lane = m_statsLanes[container.endpoint];
    if (qsizetype(lane.queue.size()) >= m_settings.maxQueuedStats) {
        done({}, tr("too many statistics requests are waiting; try again shortly"));
        return;
    }
    lane.queue.push_back(StatsJob{container, std::move(done)});
    pumpStats(container.endpoint);
}

int ContainerController::statsInFlight() const {
    int total = 0;
    for (const StatsLane &lane : m_statsLanes)
        total += lane.inFlight;
    return total;
}

int ContainerController::statsQueued() const {
    int total = 0;
    for (const StatsLane &lane : m_statsLanes)
        total += int(lane.queue.size());
    return total;
}

void ContainerController::pumpStats(const QString &endpoint) {
    // The lane is looked up on every pass: a callback that runs at once may queue more stats,
    // grow the hash or empty this lane.
    for (;;) {
        const auto lane = m_statsLanes.find(endpoint);
        if (lane == m_statsLanes.end())
            return;
        if (lane->inFlight == 0 && lane->queue.empty()) {
            m_statsLanes.erase(lane); // endpoints come and go with the settings
            return;
        }
        if (lane->inFlight >= m_settings.maxConcurrentStats || lane->queue.empty())
            return;
        StatsJob job = std::move(lane->queue.front());
        lane->queue.pop_front();
        DockerClient *client = clientFor(endpoint);
        if (!client) {
            job.done({}, tr("no Docker endpoint named \"%1\"").arg(endpoint));
            continue;
        }
        ++lane->inFlight;
        m_statsPeak = std::max(m_statsPeak, lane->inFlight);
        const qint64 started = m_clock->monotonicMs();
        QPointer<ContainerController> self(this);
        auto done = std::move(job.done);
        client->stats(job.container.name, [self, endpoint, started, done](const StatsSample &s,
                                                                          const QString &error) {
            if (self) {
                --self->m_statsLanes[endpoint].inFlight;
                self->record(QStringLiteral("docker.stats"), started, error.isEmpty());
            }
            done(s, error);
            if (self)
                self->pumpStats(endpoint);
        });
    }
}

} // namespace mechdock::docker
