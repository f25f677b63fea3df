#include "botservice.h"

#include "autoactionservice.h"
#include "common/logcategories.h"
#include "config/secretstore.h"
#include "config/settingsvalidator.h"
#include "containerpoller.h"
#include "crashalertreporter.h"
#include "discord/discordgateway.h"
#include "discordbot.h"
#include "docker/containerstatuscache.h"
#include "endpointprobe.h"
#include "healthserver.h"
#include "heartbeatpinger.h"
#include "logging/tokenscrubber.h"
#include "mech/animationcache.h"
#include "mech/animationdiskcache.h"
#include "mech/animationlibrary.h"
#include "mech/animationretimer.h"
#include "mech/donationledger.h"
#include "mech/evolutionlevels.h"
#include "mech/mechschema.h"
#include "mech/mechservice.h"
#include "memory/cacheregistry.h"
#include "monitor/alertcenter.h"
#include "monitor/memorymonitor.h"
#include "monitor/resourcemonitor.h"
#include "playercountbridge.h"
#include "scheduledactionexecutor.h"
#include "scheduler/schedulerapi.h"
#include "scheduler/taskrunner.h"
#include "scheduler/taskstore.h"
#include "servicebotbackend.h"
#include "statusmessagestore.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDateTime>
#include <QDir>
#include <QSet>
#include <QStorageInfo>
#include <QTimer>

namespace mechdock::service {

BotService::BotService(config::Settings settings, ServiceOptions options, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_options(std::move(options))
    , m_snapshotTimer(new QTimer(this))
    , m_databaseRetry(new QTimer(this))
    , m_players(new gamequery::PlayerQuerier(this)) {
    PlayerCountBridge::configure(*m_players, m_settings);
    // A new count edits the messages that show it (only those whose text changed).
    connect(m_players, &gamequery::PlayerQuerier::resultChanged, this, [this] {
        if (m_bot)
            m_bot->containersChanged();
    });
    m_snapshotTimer->setInterval(1000);
    connect(m_snapshotTimer, &QTimer::timeout, this, &BotService::publishSnapshot);
    m_databaseRetry->setInterval(5000);
    connect(m_databaseRetry, &QTimer::timeout, this, &BotService::retryDatabase);
}

BotService::~BotService() {
    stop();
}

QString BotService::databasePath() const {
    if (!m_settings.database.path.isEmpty())
        return m_settings.database.path;
    return QDir(m_options.dataDir).filePath(QStringLiteral("mechdock.db"));
}

void BotService::openDatabase() {
    QString error;
    QList<storage::MigrationSet> sets{
        storage::AuditLog::migrations(), scheduler::TaskStore::migrations(),
        mech::MechSchema::migrations(), StatusMessageStore::migrations()};
    m_db = storage::Database::open(databasePath(), sets, &error, m_settings.database.maxConnections,
                                   m_settings.database.idleTimeoutSec * 1000);
    if (!m_db) {
        // Logged once per distinct reason: the retry below must not fill the log.
        if (error != m_databaseError)
            qCCritical(lcStorage).noquote() << tr("Database unavailable: %1").arg(error);
        m_databaseError = error;
        if (m_running)
            m_databaseRetry->start();
        return;
    }
    m_databaseRetry->stop();
    m_databaseError.clear();
    m_db->pool().setStatementCacheSize(m_settings.database.statementCacheSize);
    m_audit = std::make_unique<storage::AuditLog>(m_db->pool(), m_settings.database.auditMaxRows);
    m_messageStore = std::make_unique<StatusMessageStore>(m_db->pool());
    qCInfo(lcStorage).noquote() << tr("Database: %1").arg(databasePath());
}

void BotService::retryDatabase() {
    if (m_db || !m_running) {
        m_databaseRetry->stop();
        return;
    }
    openDatabase();
    if (!m_db)
        return;
    qCInfo(lcStorage).noquote() << tr("The database is available again");
    startDatabaseUsers();
    publishSnapshot();
}

void BotService::startDatabaseUsers() {
    startScheduler();
    startMech();
}

void BotService::resolveToken() {
    QString keychainError;
    if (m_settings.discord.token.isEmpty()) {
        const config::SecretResult secret = config::SecretStore::readToken(2000);
        if (secret.ok)
            m_settings.discord.token = secret.value;
        else
            keychainError = secret.error;
    }
    if (!m_settings.discord.token.isEmpty()) {
        logging::TokenScrubber::global().addSecret(m_settings.discord.token);
        return;
    }
    m_botState = BotState::Offline;
    m_botReason = tr("No Discord bot token is configured. Add it on the Settings page of the "
                     "panel, or set DISCORD_BOT_TOKEN in the environment, then restart or reload "
                     "(SIGHUP) Mechdock.");
    // Why the keychain had none: an operator who stored it there needs to know what failed.
    if (!keychainError.isEmpty())
        m_botReason += QLatin1Char(' ') + tr("The keychain was asked too: %1.").arg(keychainError);
    qCWarning(lcDiscord).noquote() << m_botReason;
}

void BotService::startHealthServer() {
    delete m_health;
    m_health = nullptr;
    m_healthError.clear();
    if (m_settings.http.listen.isEmpty())
        return;
    m_health = new HealthServer([this] { return snapshot(); }, this);
    QString error;
    if (!m_health->listen(m_settings.http.listen, m_settings.http.bearerToken, &error)) {
        m_healthError = error;
        qCWarning(lcHttp).noquote() << tr("Health endpoint off: %1").arg(error);
        delete m_health;
        m_health = nullptr;
        return;
    }
    logging::TokenScrubber::global().addSecret(m_settings.http.bearerToken);
    qCInfo(lcHttp).noquote() << tr("Health and metrics on http://%1 (/health, /health/memory, "
                                   "/metrics)")
                                    .arg(m_settings.http.listen.section(QLatin1Char(':'), 0, -2) +
                                         QLatin1Char(':') + QString::number(m_health->port()));
}

void BotService::applyHeartbeat() {
    if (!m_heartbeat)
        return;
    const config::AlertSettings &a = m_settings.alerts;
    if (!m_heartbeat->configure(a.heartbeatUrl, qint64(std::max(1, a.heartbeatMinutes)) * 60000))
        qCWarning(lcService).noquote() << tr("Heartbeat off: alerts.heartbeatUrl is not an http "
                                             "or https URL");
}

quint16 BotService::healthPort() const {
    return m_health ? m_health->port() : 0;
}

void BotService::applyMemorySettings() {
    if (!m_alerts) {
        m_alerts = new monitor::AlertCenter(nullptr, monitor::AlertCenter::kDefaultCooldownMs,
                                            monitor::AlertCenter::kDefaultHistory, this);
        connect(m_alerts, &monitor::AlertCenter::alertRaised, this, [](const monitor::Alert &a) {
            const QString line = QStringLiteral("%1: %2").arg(a.source, a.message);
            if (a.severity >= monitor::AlertSeverity::Critical)
                qCCritical(lcMonitor).noquote() << line;
            else
                qCWarning(lcMonitor).noquote() << line;
        });
    }
    monitor::ResourceThresholds thresholds;
    thresholds.warning = m_settings.memory.resourceWarningPercent;
    thresholds.critical = m_settings.memory.resourceCriticalPercent;
    thresholds.emergency = m_settings.memory.resourceEmergencyPercent;
    delete m_resources;
    m_resources = new monitor::ResourceMonitor(m_options.dataDir, m_alerts, thresholds,
                                               QStringLiteral("/"), this);
    m_resources->start(m_settings.memory.sampleIntervalSec * 1000);
    monitor::MemoryMonitorSettings m;
    m.intervalMs = m_settings.memory.sampleIntervalSec * 1000;
    m.thresholdBytes = qint64(m_settings.memory.thresholdMb) * 1024 * 1024;
    m.sweepAtMedium = m_settings.memory.sweepAtMedium;
    m.shrinkAtHigh = m_settings.memory.shrinkAtHigh;
    m.clearAtCritical = m_settings.memory.clearAtCritical;
    if (!m_memory) {
        m_memory = new monitor::MemoryMonitor(m, memory::CacheRegistry::global(),
                                              monitor::MemoryReader(), nullptr, this);
        connect(m_memory, &monitor::MemoryMonitor::alert, this,
                [this](const QString &source, const QString &message, bool critical) {
                    m_alerts->raise(monitor::Alert{critical ? monitor::AlertSeverity::Critical
                                                            : monitor::AlertSeverity::Warning,
                                                   source, QStringLiteral("pressure"), message, 0});
                });
    } else {
        m_memory->setSettings(m);
    }
    if (m_settings.memory.monitoring)
        m_memory->start();
    else
        m_memory->stop();
}

void BotService::startScheduler() {
    stopScheduler();
    if (!m_db)
        return;
    if (!m_executor)
        m_executor = new ScheduledActionExecutor(
            [this] { return m_poller ? m_poller->controller() : nullptr; }, this);
    m_taskStore = std::make_unique<scheduler::TaskStore>(*m_db);
    scheduler::TaskRunner::Options options;
    options.maxConcurrent = m_settings.scheduler.maxConcurrentTasks;
    options.timeoutMs = qint64(m_settings.scheduler.taskTimeoutSec) * 1000;
    options.graceMs = qint64(m_settings.scheduler.missedGraceMin) * 60000;
    m_runner = new scheduler::TaskRunner(m_executor, nullptr, m_taskStore.get(), options, this);
    connect(m_runner, &scheduler::TaskRunner::runRecorded, this,
            [this](const scheduler::TaskRunRecord &record) {
                ++m_schedulerRuns;
                const storage::AuditEntry entry = scheduler::TaskRunner::toAuditEntry(record);
                if (entry.result != QLatin1String("ok"))
                    ++m_schedulerFailures;
                // A run that reached the container-action route was audited there, once.
                const bool acted = record.outcome != scheduler::RunOutcome::Missed &&
                                   record.outcome != scheduler::RunOutcome::Skipped;
                if (m_audit && !acted)
                    m_audit->record(entry);
            });
    const auto loaded = m_runner->load();
    if (!loaded.ok)
        qCWarning(lcScheduler).noquote() << tr("Scheduled tasks not loaded: %1").arg(loaded.error);
    m_runner->start();
    m_schedulerApi = std::make_unique<scheduler::SchedulerApi>(*m_runner, m_taskStore.get());
}

void BotService::stopScheduler() {
    m_schedulerApi.reset();
    if (m_runner) {
        m_runner->stop();
        delete m_runner;
        m_runner = nullptr;
    }
    m_taskStore.reset();
}

void BotService::containerAction(const QString &endpoint, const QString &name,
                                 docker::ContainerAction action, const docker::Actor &actor,
                                 std::function<void(const docker::ContainerActionResult &)> done) {
    if (!m_poller) {
        if (done)
            done(docker::ContainerActionResult::failure(docker::ActionError::Failed,
                                                        tr("The service is not running.")));
        return;
    }
    // The route checks, measures and audits; the log line is for whoever reads the log.
    m_poller->controller()->perform(
        docker::ContainerRef{endpoint, name}, action, actor,
        [action, name, done](const docker::ContainerActionResult &r) {
            const QString verb = docker::containerActionName(action);
            if (r.ok())
                qCInfo(lcDocker).noquote() << tr("%1 %2: %3").arg(verb, name, r.message());
            else
                qCWarning(lcDocker).noquote()
                    << tr("%1 %2 failed: %3").arg(verb, name, r.message());
            if (done)
                done(r);
        });
}

void BotService::containerLogs(const QString &endpoint, const QString &name, int lines,
                               std::function<void(bool ok, const QString &textOrError)> done) {
    if (!m_poller) {
        done(false, tr("The service is not running."));
        return;
    }
    m_poller->logs(endpoint, name, lines, std::move(done));
}

static mech::MechRules mechRulesFrom(const config::MechSettings &m) {
    mech::MechRules rules;
    rules.decayCentsPerDay = m.decayCentsPerDay;
    rules.topLevelDecays = m.topLevelDecays;
    rules.minSpeedPercent = m.minSpeedPercent;
    rules.maxSpeedPercent = m.maxSpeedPercent;
    rules.speedStepPercent = m.speedStepPercent;
    for (const QString &entry : m.decayOverrides) {
        int level = 0;
        qint64 cents = 0;
        // The validator refused malformed entries before the settings got here.
        if (config::SettingsValidator::parseDecayOverride(entry, &level, &cents))
            rules.decayOverrides.insert(level, cents);
    }
    return rules.normalized();
}

void BotService::startMech() {
    stopMech();
    if (!m_db)
        return;
    const mech::MechRules rules = mechRulesFrom(m_settings.mech);
    m_ledger = std::make_unique<mech::DonationLedger>(m_db->pool(), rules);
    m_animationLibrary = std::make_unique<mech::AnimationLibrary>();
    m_animationDisk = std::make_unique<mech::AnimationDiskCache>(
        QDir(m_options.dataDir).filePath(QStringLiteral("mech-animations")),
        qint64(m_settings.mech.diskCacheMb) * 1024 * 1024);
    mech::AnimationCache::Options options;
    options.maxEntries = m_settings.mech.memoryCacheEntries;
    // Re-timing rewrites frame durations in the WebP container; no pixel is decoded.
    auto retime = [](const QByteArray &in, double speed, QByteArray *out, QString *error) {
        const mech::WebpResult r = mech::AnimationRetimer::retime(in, speed);
        if (!r.ok) {
            *error = r.error;
            return false;
        }
        *out = r.data;
        return true;
    };
    m_animations = std::make_unique<mech::AnimationCache>(m_animationLibrary.get(), retime,
                                                          m_animationDisk.get(), options,
                                                          &memory::CacheRegistry::global());
    m_mech = std::make_unique<mech::MechService>(m_ledger.get(), m_animations.get(), rules);
    connect(m_mech.get(), &mech::MechService::preRenderFinished, this,
            [](bool ok, const QString &error) {
                if (!ok)
                    qCWarning(lcMech).noquote()
                        << tr("Mech animations not prepared: %1").arg(error);
            });
    m_mech->start();
    m_mech->preRender();
}

void BotService::stopMech() {
    if (m_mech)
        m_mech->stop();
    m_mech.reset();
    m_animations.reset();
    m_animationDisk.reset();
    m_animationLibrary.reset();
    m_ledger.reset();
}

mech::LedgerRecordResult BotService::recordDonation(qint64 cents, const QString &donor,
                                                    const QString &actor, const QString &source,
                                                    const QString &note) {
    mech::LedgerRecordResult r;
    if (!m_mech) {
        r.error = tr("The mech is not running (the database is unavailable).");
        return r;
    }
    const QString who = donor.isEmpty() ? actor : donor;
    r = m_mech->donate(cents, who, note.isEmpty() ? tr("recorded by %1").arg(actor) : note);
    if (r.ok && m_audit) {
        storage::AuditEntry e;
        e.source = source;
        e.actor = actor;
        e.action = QStringLiteral("donation");
        e.target = who;
        e.result = QStringLiteral("ok");
        e.detail = QStringLiteral("%1 cents").arg(cents);
        m_audit->record(e);
    }
    return r;
}

void BotService::startBot() {
    if (!m_backend) {
        BotBackendParts parts;
        parts.poller = m_poller;
        parts.auditLog = [this] {
            return m_audit.get();
        };
        parts.snapshot = [this] {
            return snapshot();
        };
        parts.gatewayLatencyMs = [this] {
            return m_bot ? m_bot->status().latencyMs : -1.0;
        };
        parts.scheduler = [this] {
            return m_schedulerApi.get();
        };
        parts.players = [this] {
            return m_players;
        };
        parts.forceCleanup = [this] {
            return m_memory ? m_memory->forceCleanup() : monitor::CleanupReport{};
        };
        parts.settingsPath = [this] {
            return m_options.configPath;
        };
        parts.applySettings = [this](const config::Settings &settings, const QStringList &issues) {
            // After the answer has left: a reload gives the bot new settings.
            QTimer::singleShot(0, this, [this, settings, issues] { reload(settings, issues); });
        };
        parts.recordDonation = [this](qint64 cents, const QString &donor, const QString &actor,
                                      std::function<void(const bot::ActionResult &)> done) {
            const mech::LedgerRecordResult r =
                recordDonation(cents, donor, actor, QStringLiteral("discord"));
            if (!r.ok) {
                done({false, r.error});
                return;
            }
            const mech::MechStatus st = m_mech->state();
            done({true, tr("Thank you! $%1 recorded. The mech is at level %2 (%3) with $%4 of "
                           "power.")
                            .arg(double(cents) / 100.0, 0, 'f', 2)
                            .arg(st.level)
                            .arg(st.levelName)
                            .arg(double(st.powerCents) / 100.0, 0, 'f', 2)});
        };
        parts.mechSummary = [this](const QString &) -> QString {
            if (!m_mech)
                return {};
            const mech::MechStatus st = m_mech->state();
            QString text = tr("The mech is at level %1 (%2), power $%3, speed %4 %.")
                               .arg(st.level)
                               .arg(st.levelName)
                               .arg(double(st.powerCents) / 100.0, 0, 'f', 2)
                               .arg(st.animation.speedPercent);
            if (st.levelCostCents > 0)
                text +=
                    QLatin1Char(' ') + tr("$%1 of $%2 to the next level.")
                                           .arg(double(st.levelProgressCents) / 100.0, 0, 'f', 2)
                                           .arg(double(st.levelCostCents) / 100.0, 0, 'f', 2);
            return text;
        };
        parts.mechAnimation = [this]() -> QByteArray {
            if (!m_mech)
                return {};
            const mech::AnimationResult r = m_mech->currentAnimation(mech::AnimationSize::Small);
            return r.ok ? r.data : QByteArray();
        };
        parts.autoActionTest = [this](const QString &text, const QString &channelId,
                                      const QString &postedBy) {
            return m_autoActions ? m_autoActions->dryRunText(text, channelId, postedBy) : QString();
        };
        m_backend = new ServiceBotBackend(m_settings, std::move(parts), this);
    }
    if (!m_bot) {
        m_bot = new DiscordBot(m_settings, *m_backend, this);
        m_bot->setMessageStore([this] { return m_messageStore.get(); });
        connect(m_poller, &ContainerPoller::refreshed, m_bot, &DiscordBot::containersChanged);
        m_autoActions->attach(m_bot);
    }
    m_bot->start();
}

void BotService::start() {
    if (m_running)
        return;
    m_running = true;
    for (const QString &issue : std::as_const(m_options.configIssues))
        qCWarning(lcConfig).noquote() << issue;
    openDatabase();
    resolveToken();
    startHealthServer();
    applyMemorySettings();
    if (!m_probe) {
        m_probe = new EndpointProbe(this);
        connect(m_probe, &EndpointProbe::changed, this, [this] {
            for (const EndpointState &e : m_probe->states()) {
                if (e.reachable)
                    qCInfo(lcDocker).noquote()
                        << tr("Docker endpoint %1 (%2): reachable").arg(e.name, e.uri);
                else
                    qCWarning(lcDocker).noquote()
                        << tr("Docker endpoint %1 unreachable: %2").arg(e.name, e.error);
            }
            publishSnapshot();
        });
    }
    m_probe->setEndpoints(m_settings.docker.endpoints,
                          m_settings.docker.backgroundRefreshSec * 1000);
    startScheduler();
    startMech();
    if (!m_poller) {
        m_poller = new ContainerPoller(this);
        connect(m_poller, &ContainerPoller::refreshed, this, &BotService::publishSnapshot);
        m_poller->controller()->setAuditLog([this] { return m_audit.get(); });
        // A broken event stream is the first sign of a dead daemon: probe at once instead of
        // waiting for the next interval.
        connect(m_poller->cache(), &docker::ContainerStatusCache::endpointChanged, m_probe,
                [this](const QString &endpoint) {
                    if (!m_poller || !m_probe ||
                        m_poller->cache()->endpointStatus(endpoint).eventsConnected)
                        return;
                    m_probe->probeNamed(endpoint);
                    // A daemon that is shutting down closes its streams before its socket:
                    // look once more shortly after.
                    QTimer::singleShot(1500, m_probe, [this, endpoint] {
                        if (m_poller && m_probe &&
                            !m_poller->cache()->endpointStatus(endpoint).eventsConnected)
                            m_probe->probeNamed(endpoint);
                    });
                });
    }
    m_poller->setSettings(m_settings);
    if (!m_crashAlerts) {
        m_crashAlerts = new CrashAlertReporter(
            *m_poller, *m_alerts, [this] { return m_bot ? m_bot->api() : nullptr; }, this);
        connect(m_probe, &EndpointProbe::changed, m_crashAlerts, [this] {
            if (m_probe && m_crashAlerts)
                m_crashAlerts->setEndpointStates(m_probe->states());
        });
    }
    m_crashAlerts->setSettings(m_settings);
    if (!m_autoActions)
        m_autoActions = new AutoActionService(
            *m_poller, *m_alerts, [this] { return m_bot ? m_bot->api() : nullptr; }, this);
    m_autoActions->setSettings(m_settings);
    if (!m_heartbeat)
        m_heartbeat = new HeartbeatPinger([this] { return HealthServer::judge(snapshot()); }, this);
    applyHeartbeat();
    startBot();
    m_snapshotTimer->start();
    qCInfo(lcService).noquote() << tr("Service started");
    publishSnapshot();
    if (m_options.attachClients)
        m_options.attachClients(*this);
    emit started();
}

void BotService::stop() {
    if (!m_running)
        return;
    m_running = false;
    m_snapshotTimer->stop();
    delete m_bot;
    m_bot = nullptr;
    delete m_backend;
    m_backend = nullptr;
    stopMech();
    stopScheduler();
    delete m_heartbeat;
    m_heartbeat = nullptr;
    delete m_crashAlerts; // it follows the poller's events
    m_crashAlerts = nullptr;
    delete m_autoActions; // it acts through the poller's controller
    m_autoActions = nullptr;
    delete m_poller;
    m_poller = nullptr;
    delete m_probe;
    m_probe = nullptr;
    if (m_memory)
        m_memory->stop();
    if (m_resources)
        m_resources->stop();
    delete m_health;
    m_health = nullptr;
    m_databaseRetry->stop();
    m_messageStore.reset();
    m_audit.reset();
    m_db.reset();
    qCInfo(lcService).noquote() << tr("Service stopped");
    emit stopped();
}

void BotService::reload(const config::Settings &settings, const QStringList &issues) {
    qCInfo(lcService).noquote() << tr("Reloading the configuration");
    const bool databaseMoved = settings.database.path != m_settings.database.path;
    const bool httpChanged = settings.http.listen != m_settings.http.listen ||
                             settings.http.bearerToken != m_settings.http.bearerToken;
    const config::MechSettings &oldMech = m_settings.mech;
    const config::MechSettings &newMech = settings.mech;
    const bool mechChanged = newMech.decayCentsPerDay != oldMech.decayCentsPerDay ||
                             newMech.topLevelDecays != oldMech.topLevelDecays ||
                             newMech.minSpeedPercent != oldMech.minSpeedPercent ||
                             newMech.maxSpeedPercent != oldMech.maxSpeedPercent ||
                             newMech.speedStepPercent != oldMech.speedStepPercent ||
                             newMech.memoryCacheEntries != oldMech.memoryCacheEntries ||
                             newMech.diskCacheMb != oldMech.diskCacheMb ||
                             newMech.decayOverrides != oldMech.decayOverrides;
    const QString token = m_settings.discord.token;
    m_settings = settings;
    if (m_settings.discord.token.isEmpty())
        m_settings.discord.token = token;
    m_options.configIssues = issues;
    for (const QString &issue : issues)
        qCWarning(lcConfig).noquote() << issue;
    if (databaseMoved) {
        // The ledger and the scheduler hold the old database's pool: stop them first.
        stopMech();
        stopScheduler();
        m_messageStore.reset();
        m_audit.reset();
        m_db.reset();
        openDatabase();
        startScheduler();
        if (m_running)
            startMech();
    } else {
        if (mechChanged && m_running)
            startMech(); // new rules, caches sized anew; the ledger's events stay as they are
    }
    if (m_poller)
        m_poller->setSettings(m_settings);
    if (m_crashAlerts)
        m_crashAlerts->setSettings(m_settings);
    PlayerCountBridge::configure(*m_players, m_settings);
    if (m_autoActions)
        m_autoActions->setSettings(m_settings);
    applyHeartbeat();
    resolveToken();
    if (m_backend)
        m_backend->setSettings(m_settings);
    if (m_bot)
        m_bot->setSettings(m_settings);
    if (httpChanged)
        startHealthServer();
    applyMemorySettings();
    if (m_probe)
        m_probe->setEndpoints(m_settings.docker.endpoints,
                              m_settings.docker.backgroundRefreshSec * 1000);
    publishSnapshot();
    emit settingsReloaded();
}

ServiceSnapshot BotService::snapshot() const {
    ServiceSnapshot s;
    s.epochMs = QDateTime::currentMSecsSinceEpoch();
    s.running = m_running;
    s.configPath = m_options.configPath;
    s.dataDir = m_options.dataDir;
    s.databaseError = m_databaseError;
    if (m_db) {
        QString error;
        s.databaseOk = m_db->check(&error);
        if (!s.databaseOk)
            s.databaseError = error;
    }
    s.databasePath = databasePath();
    if (m_db) {
        const storage::WriteHealth writes = m_db->pool().writeHealth();
        s.databaseWriteFailing = writes.failing();
        s.databaseWriteFailures = writes.failures;
        s.databaseWriteError = writes.lastError;
    }
    const QStorageInfo disk(m_options.dataDir);
    if (disk.isValid() && disk.isReady())
        s.dataDirFreeBytes = disk.bytesAvailable();
    s.dataDirMinFreeBytes = qint64(m_settings.health.minFreeDiskMb) * 1024 * 1024;
    s.gatewayGraceSec = m_settings.health.gatewayGraceSec;
    s.botState = m_botState;
    s.botReason = m_botReason;
    if (m_bot && !m_settings.discord.token.isEmpty()) {
        const DiscordBotStatus bot = m_bot->status();
        s.botState = bot.state;
        s.botReason = bot.reason;
        s.gatewayLatencyMs = bot.latencyMs;
        s.gatewayNotConnectedSinceMs = bot.notConnectedSinceMs;
        if (bot.state != BotState::Online) {
            s.gatewayLastError = bot.lastError;
            s.gatewayNextAttemptEpochMs = bot.nextAttemptEpochMs;
        }
        s.rest429s = bot.rest429s;
        s.interactionsHandled = bot.interactionsHandled;
        s.gatewayShards = bot.shards;
        s.gatewayShardsConnected = bot.shardsConnected;
        s.gatewayIdentifies = bot.identifies;
        s.gatewayResumes = bot.resumes;
        s.gatewayCloseCode = bot.lastCloseCode;
        s.gatewayIdentifiesRemaining = bot.identifiesRemaining;
        s.commandsRegistered = bot.commandsRegistered;
        s.interactionsDenied = bot.interactionsDenied;
        s.interactionsDroppedLate = bot.interactionsDroppedLate;
        if (const discord::DiscordGateway *gateway = m_bot->gateway()) {
            QSet<int> connectedShards;
            for (const discord::ShardStatus &shard : gateway->status().shards) {
                s.gatewayShardRows.append({shard.shardId, discord::shardStateName(shard.state),
                                           shard.latencyMs, shard.identifies, shard.resumes,
                                           shard.lastCloseCode, shard.dispatches,
                                           shard.fatalReason});
                if (shard.state == discord::ShardState::Connected)
                    connectedShards.insert(shard.shardId);
            }
            // A guild whose shard is disconnected is not known to be available right now.
            for (const discord::GatewayGuild &g : gateway->guilds())
                s.guilds.append({g.id, g.name, g.memberCount, g.shardId,
                                 g.available && connectedShards.contains(g.shardId)});
        }
    }
    s.caches = memory::CacheRegistry::global().list();
    if (m_probe)
        s.endpoints = m_probe->states();
    if (m_poller) {
        for (EndpointState &e : s.endpoints)
            e.eventsConnected = m_poller->cache()->endpointStatus(e.name).eventsConnected;
    }
    if (m_poller) {
        s.containers = m_poller->rows();
        for (ContainerRow &row : s.containers)
            PlayerCountBridge::fill(row, *m_players);
        s.containersEpochMs = m_poller->refreshedEpochMs();
    }
    if (m_resources) {
        const monitor::ResourceSample r = m_resources->last();
        s.processCpuPercent = r.processCpuPercent;
        s.systemCpuPercent = r.systemCpuPercent;
        s.diskUsedPercent = r.diskTotalBytes > 0 ? r.diskUsedPercent : -1;
        s.netReceivedBytes = r.netReceivedBytes;
        s.netSentBytes = r.netSentBytes;
    }
    if (m_alerts) {
        const QList<monitor::Alert> history = m_alerts->history();
        for (qsizetype i = std::max<qsizetype>(0, history.size() - 20); i < history.size(); ++i)
            s.recentAlerts.append(QStringLiteral("%1 %2: %3")
                                      .arg(monitor::severityName(history.at(i).severity),
                                           history.at(i).source, history.at(i).message));
    }
    if (m_memory) {
        const monitor::MemorySample m = m_memory->last();
        s.rssBytes = m.rssBytes;
        s.heapBytes = m.heapInUseBytes;
        s.limitBytes = m.effectiveLimitBytes;
        if (m.epochMs > 0)
            s.pressure = monitor::pressureName(m.pressure);
    }
    if (m_mech) {
        const mech::MechStatus st = m_mech->state();
        s.mech.running = st.ok;
        s.mech.level = st.level;
        s.mech.levelName = st.levelName;
        s.mech.powerCents = st.powerCents;
        s.mech.totalCents = st.totalCents;
        s.mech.levelProgressCents = st.levelProgressCents;
        s.mech.levelCostCents = st.levelCostCents;
        s.mech.speedLevel = st.speedLevel;
        s.mech.speedPercent = st.animation.speedPercent;
        s.mech.resting = st.animation.kind == mech::AnimationKind::Rest;
    }
    s.operations = monitor::OperationMetrics::global().summaries();
    s.configIssues = m_options.configIssues;
    s.schedulerRuns = m_schedulerRuns;
    s.schedulerFailures = m_schedulerFailures;
    return s;
}

void BotService::publishSnapshot() {
    // Idle database connections close after their timeout; checking here costs nothing.
    if (m_db)
        m_db->pool().closeIdleConnections();
    emit snapshotReady(snapshot());
}

} // namespace mechdock::service
