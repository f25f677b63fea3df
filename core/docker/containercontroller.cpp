#include "containercontroller.h"

#include "common/clock.h"
#include "dockerclient.h"

#include "monitor/operationmetrics.h"
#include "storage/auditentry.h"
#include "storage/auditlog.h"

namespace mechdock::docker {

struct ContainerController::Batch {
    QList<ContainerRef> items;
    ContainerAction action = ContainerAction::Restart;
    ActionOrigin origin;
    QList<BatchItemResult> results;
    std::function<void(const QList<BatchItemResult> &)> done;
    qsizetype next = 0;
    int pending = 0;
    qint64 startedMs = 0;
};

ContainerController::ContainerController(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : &Clock::system())
    , m_metrics(&monitor::OperationMetrics::global()) {}

ContainerController::~ContainerController() = default;

void ContainerController::setSettings(const Settings &settings) {
    m_settings = settings;
    m_settings.toggleCooldownSec = std::max(0, settings.toggleCooldownSec);
    m_settings.batchSize = std::max(1, settings.batchSize);
    m_settings.batchDelayMs = std::max(0, settings.batchDelayMs);
    m_settings.maxConcurrentStats = std::max(1, settings.maxConcurrentStats);
    m_settings.maxQueuedStats = std::max(1, settings.maxQueuedStats);
    m_settings.stopTimeoutSec = std::max(0, settings.stopTimeoutSec);
    pumpStats();
}

void ContainerController::setClient(const QString &endpoint, DockerClient *client) {
    if (client)
        m_clients.insert(endpoint, client);
    else
        m_clients.remove(endpoint);
}

void ContainerController::setMetrics(monitor::OperationMetrics *metrics) {
    m_metrics = metrics ? metrics : &monitor::OperationMetrics::global();
}

DockerClient *ContainerController::clientFor(const QString &endpoint) const {
    return m_clients.value(endpoint).data();
}

QString ContainerController::actionName(ContainerAction action) {
    switch (action) {
    case ContainerAction::Start:
        return QStringLiteral("start");
    case ContainerAction::Stop:
        return QStringLiteral("stop");
    case ContainerAction::Restart:
        return QStringLiteral("restart");
    }
    return {};
}

bool ContainerController::parseAction(const QString &text, ContainerAction *out) {
    for (ContainerAction a :
         {ContainerAction::Start, ContainerAction::Stop, ContainerAction::Restart}) {
        if (text.trimmed().compare(actionName(a), Qt::CaseInsensitive) == 0) {
            *out = a;
            return true;
        }
    }
    return false;
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

int ContainerController::cooldownRemainingSec(const ContainerRef &container) const {
    const auto found = m_lastToggleMs.constFind(container.text());
    if (found == m_lastToggleMs.cend() || m_settings.toggleCooldownSec == 0)
        return 0;
    const qint64 left =
        qint64(m_settings.toggleCooldownSec) * 1000 - (m_clock->monotonicMs() - found.value());
    return left <= 0 ? 0 : int((left + 999) / 1000);
}

void ContainerController::clearCooldown(const ContainerRef &container) {
    m_lastToggleMs.remove(container.text());
}

void ContainerController::record(const QString &operation, qint64 startedMs, bool ok) {
    m_metrics->record(operation, double(m_clock->monotonicMs() - startedMs), ok);
}

void ContainerController::audit(const ContainerRef &container, const QString &action,
                                const ActionOrigin &origin, const QString &result,
                                const QString &detail) {
    if (!m_audit)
        return;
    storage::AuditEntry e;
    e.source = origin.source;
    e.actor = origin.actor;
    e.actorId = origin.actorId;
    e.guildId = origin.guildId;
    e.channelId = origin.channelId;
    e.action = action;
    e.target = container.text();
    e.result = result;
    e.detail = detail.left(500);
    m_audit->record(e);
}

void ContainerController::perform(const ContainerRef &container, ContainerAction action,
                                  const ActionOrigin &origin,
                                  std::function<void(const ActionOutcome &)> done) {
    const QString verb = actionName(action);
    const QString operation = QStringLiteral("docker.") + verb;
    const qint64 started = m_clock->monotonicMs();
    auto refuse = [&](const QString &message, const QString &result) {
        audit(container, verb, origin, result, message);
        emit actionFinished(container.endpoint, container.name, verb, false, message);
        if (done)
            done(ActionOutcome{false, false, message});
    };
    DockerClient *client = clientFor(container.endpoint);
    if (!client) {
        record(operation, started, false);
        refuse(tr("no Docker endpoint named \"%1\"").arg(container.endpoint),
               QStringLiteral("failed"));
        return;
    }
    if (!DockerClient::isValidName(container.name)) {
        refuse(DockerClient::invalidNameMessage(container.name), QStringLiteral("failed"));
        return;
    }
    sweepCooldowns();
    const int left = cooldownRemainingSec(container);
    if (left > 0) {
        const qint64 ago = (m_clock->monotonicMs() - m_lastToggleMs.value(container.text())) / 1000;
        refuse(tr("%1 was started, stopped or restarted %2 s ago; to protect it from rapid "
                  "toggling, try again in %3 s")
                   .arg(container.name)
                   .arg(ago)
                   .arg(left),
               QStringLiteral("denied"));
        return;
    }
    const QString key = container.text();
    if (m_settings.toggleCooldownSec > 0)
        m_lastToggleMs.insert(key, started); // set now, so a second click while pending waits
    QPointer<ContainerController> self(this);
    auto finish = [self, container, verb, operation, origin, started, key,
                   done](const ActionOutcome &o) {
        if (self) {
            // Only a real change starts the cool-down; a failure or "already running" may be
            // tried again at once.
            if (!o.ok || !o.changed)
                self->m_lastToggleMs.remove(key);
            self->record(operation, started, o.ok);
            self->audit(container, verb, origin,
                        o.ok ? QStringLiteral("ok") : QStringLiteral("failed"), o.message);
            emit self->actionFinished(container.endpoint, container.name, verb, o.ok, o.message);
        }
        if (done)
            done(o);
    };
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
    }
}

void ContainerController::performBatch(const QList<ContainerRef> &containers,
                                       ContainerAction action, const ActionOrigin &origin,
                                       std::function<void(const QList<BatchItemResult> &)> done) {
    auto batch = std::make_shared<Batch>();
    batch->items = containers;
    batch->action = action;
    batch->origin = origin;
    batch->done = std::move(done);
    batch->startedMs = m_clock->monotonicMs();
    for (const ContainerRef &c : containers)
        batch->results.append(BatchItemResult{c, {}});
    ++m_batches;
    runGroup(batch);
}

void ContainerController::runGroup(const std::shared_ptr<Batch> &batch) {
    if (batch->next >= batch->items.size()) {
        --m_batches;
        const bool allOk = std::all_of(batch->results.cbegin(), batch->results.cend(),
                                       [](const BatchItemResult &r) { return r.outcome.ok; });
        record(QStringLiteral("docker.batch.") + actionName(batch->action), batch->startedMs,
               allOk);
        if (batch->done)
            batch->done(batch->results);
        return;
    }
    const qsizetype group =
        std::min<qsizetype>(m_settings.batchSize, batch->items.size() - batch->next);
    // One extra count held while the group is being sent, so an answer that comes back at once
    // (a refusal) cannot start the next group early.
    batch->pending = int(group) + 1;
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
    for (qsizetype i = 0; i < group; ++i) {
        const qsizetype index = batch->next++;
        perform(batch->items.at(index), batch->action, batch->origin,
                [batch, index, oneDone](const ActionOutcome &o) {
                    batch->results[index].outcome = o;
                    oneDone();
                });
    }
    oneDone();
}

void ContainerController::stats(const ContainerRef &container,
                                std::function<void(const StatsSample &, const QString &)> done) {
    if (qsizetype(m_statsQueue.size()) >= m_settings.maxQueuedStats) {
        done({}, tr("too many statistics requests are waiting; try again shortly"));
        return;
    }
    m_statsQueue.push_back(StatsJob{container, std::move(done)});
    pumpStats();
}

void ContainerController::pumpStats() {
    while (m_statsInFlight < m_settings.maxConcurrentStats && !m_statsQueue.empty()) {
        StatsJob job = std::move(m_statsQueue.front());
        m_statsQueue.pop_front();
        DockerClient *client = clientFor(job.container.endpoint);
        if (!client) {
            job.done({}, tr("no Docker endpoint named \"%1\"").arg(job.container.endpoint));
            continue;
        }
        ++m_statsInFlight;
        m_statsPeak = std::max(m_statsPeak, m_statsInFlight);
        const qint64 started = m_clock->monotonicMs();
        QPointer<ContainerController> self(this);
        auto done = std::move(job.done);
        client->stats(
            job.container.name, [self, started, done](const StatsSample &s, const QString &error) {
                if (self) {
                    --self->m_statsInFlight;
                    self->record(QStringLiteral("docker.stats"), started, error.isEmpty());
                }
                done(s, error);
                if (self)
                    self->pumpStats();
            });
    }
}

} // namespace mechdock::docker
