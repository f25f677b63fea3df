#include "discordbot.h"

#include "bot/commandcatalog.h"
#include "bot/interactionhandler.h"
#include "common/clock.h"
#include "common/logcategories.h"
#include "discord/discordapi.h"
#include "discord/discordgateway.h"
#include "discord/restclient.h"
#include "discordinteractionresponder.h"
#include "messageintents.h"
#include "monitor/operationmetrics.h"
#include "statuschannelpublisher.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

namespace mechdock::service {

DiscordBot::DiscordBot(const config::Settings &settings, bot::BotBackend &backend, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_backend(backend) {}

DiscordBot::~DiscordBot() {
    stop();
}

void DiscordBot::start() {
    stop();
    if (m_settings.discord.token.isEmpty()) {
        m_offlineReason = tr("No Discord bot token is configured.");
        emit statusChanged();
        return;
    }
    m_offlineReason.clear();
    discord::RestOptions rest;
    rest.baseUrl = QUrl(m_settings.discord.apiBaseUrl);
    rest.token = m_settings.discord.token;
    rest.maxQueued = std::max(100, m_settings.memory.maxQueueSize);
    m_rest = std::make_unique<discord::RestClient>(rest);
    m_api = std::make_unique<discord::DiscordApi>(m_rest.get());
    m_responder = std::make_unique<DiscordInteractionResponder>(*m_api);
    m_handler = std::make_unique<bot::InteractionHandler>(m_settings, m_backend, *m_responder);
    m_publisher = std::make_unique<StatusChannelPublisher>(*m_api, m_backend);
    m_publisher->setSettings(m_settings);
    m_publisher->setStore(m_messageStore);

    discord::DiscordGatewayOptions options;
    options.shard.token = m_settings.discord.token;
    m_intents = MessageIntents::effective(m_settings, m_messageIntentsRefused);
    options.shard.intents = m_intents;
    options.shardCount = m_settings.discord.shardCount;
    m_gateway = std::make_unique<discord::DiscordGateway>(options, m_rest.get());
    connect(m_gateway.get(), &discord::DiscordGateway::dispatched, this, &DiscordBot::onDispatch);
    connect(m_gateway.get(), &discord::DiscordGateway::statusChanged, this, [this] {
        trackConnection();
        emit statusChanged();
    });
    connect(m_gateway.get(), &discord::DiscordGateway::fatalError, this,
            &DiscordBot::onGatewayFatal);
    connect(m_rest.get(), &discord::RestClient::unauthorized, this, [this] {
        qCCritical(lcDiscord).noquote()
            << tr("Discord rejected the bot token. Set a valid token in the settings or "
                  "DISCORD_BOT_TOKEN.");
    });
    m_applicationId = m_settings.discord.applicationId;
    m_commandsRegistered = false;
    m_publisherStarted = false;
    qCInfo(lcDiscord).noquote()
        << tr("Connecting to Discord at %1").arg(m_settings.discord.apiBaseUrl);
    m_notConnectedSinceMs = QDateTime::currentMSecsSinceEpoch();
    m_gateway->start();
    emit statusChanged();
}

void DiscordBot::trackConnection() {
    if (!m_gateway)
        return;
    const bool connected = m_gateway->status().state == discord::GatewayState::Connected;
    if (connected)
        m_notConnectedSinceMs = 0;
    else if (m_notConnectedSinceMs == 0)
        m_notConnectedSinceMs = QDateTime::currentMSecsSinceEpoch();
}

void DiscordBot::setMessageStore(std::function<StatusMessageStore *()> store) {
    m_messageStore = std::move(store);
    if (m_publisher)
        m_publisher->setStore(m_messageStore);
}

void DiscordBot::stop() {
    if (m_publisher)
        m_publisher->stop();
    if (m_gateway) {
        m_gateway->disconnect(this);
        m_gateway->stop();
    }
    m_gateway.reset();
    m_publisher.reset();
    m_handler.reset();
    m_responder.reset();
    m_api.reset();
    m_rest.reset();
}

void DiscordBot::setSettings(const config::Settings &settings) {
    const config::DiscordSettings &a = m_settings.discord;
    const config::DiscordSettings &b = settings.discord;
    // A reload is the operator's word that the portal may have changed: ask again.
    m_messageIntentsRefused = false;
    const bool reconnect = a.token != b.token || a.apiBaseUrl != b.apiBaseUrl ||
                           MessageIntents::effective(settings, false) != m_intents ||
                           a.shardCount != b.shardCount || a.guildIds != b.guildIds ||
                           a.applicationId != b.applicationId;
    m_settings = settings;
    if (reconnect || !m_gateway) {
        start();
        return;
    }
    if (m_handler)
        m_handler->setSettings(settings);
    if (m_publisher)
        m_publisher->setSettings(settings);
}

void DiscordBot::containersChanged() {
    if (m_publisher)
        m_publisher->containersChanged();
}

void DiscordBot::onGatewayFatal() {
    if (!m_gateway || m_messageIntentsRefused ||
        !MessageIntents::canFallBack(m_gateway->status().lastCloseCode, m_intents))
        return;
    m_messageIntentsRefused = true;
    const QString text = MessageIntents::refusalText();
    qCCritical(lcDiscord).noquote() << text;
    // Not from within the gateway's own signal: it is replaced. Told afterwards, so whoever
    // posts about it uses the new REST client (the old one drops what it still holds).
    QTimer::singleShot(0, this, [this, text] {
        start();
        emit messageIntentsRefused(text);
    });
}

void DiscordBot::onDispatch(int, const QString &type, const QJsonObject &data) {
    if (type == QLatin1String("INTERACTION_CREATE")) {
        handleInteraction(data);
        return;
    }
    if (type == QLatin1String("MESSAGE_CREATE")) {
        const QString author =
            data.value(QStringLiteral("author")).toObject().value(QStringLiteral("id")).toString();
        // The bot's own posts (its notifications among them) never trigger a rule.
        if (author.isEmpty() || author != m_selfId)
            emit messageCreated(data);
        return;
    }
    if (type == QLatin1String("READY")) {
        m_selfId =
            data.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        if (m_applicationId.isEmpty())
            m_applicationId = data.value(QStringLiteral("application"))
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
        if (!m_commandsRegistered && !m_applicationId.isEmpty())
            registerCommands(m_applicationId);
        if (!m_publisherStarted && m_publisher) {
            m_publisherStarted = true;
            m_publisher->start(data.value(QStringLiteral("user"))
                                   .toObject()
                                   .value(QStringLiteral("id"))
                                   .toString());
        }
    }
}

void DiscordBot::handleInteraction(const QJsonObject &data) {
    const std::optional<qint64> waited = m_interactionAge.waitedMs(
        data.value(QStringLiteral("id")).toString(), QDateTime::currentMSecsSinceEpoch());
    if (waited && *waited > kAnswerBudgetMs) {
        // Any answer now arrives after Discord gave up on it: it would only cost work and an
        // invalid request. Dropped before any work, so the ones behind it still make it.
        noteDroppedLate();
        return;
    }
    const qint64 now = Clock::system().monotonicMs();
    const qint64 answerBy = now + kAnswerBudgetMs - (waited ? *waited : 0);
    QElapsedTimer timer;
    timer.start();
    m_handler->handle(data, answerBy);
    monitor::OperationMetrics::global().record(QStringLiteral("discord.interaction"),
                                               double(timer.nsecsElapsed()) / 1e6, true);
}

void DiscordBot::noteDroppedLate() {
    ++m_droppedLate;
    // One line per 10 s at most: under overload, a line per interaction would add to it.
    const qint64 now = Clock::system().monotonicMs();
    if (m_droppedLateLoggedMs != 0 && now - m_droppedLateLoggedMs < 10000)
        return;
    qCWarning(lcDiscord).noquote()
        << tr("%n interaction(s) arrived too late to be answered within Discord's 3 seconds and "
              "were dropped; the service is overloaded.",
              nullptr, int(m_droppedLate - m_droppedLateLogged));
    m_droppedLateLoggedMs = now;
    m_droppedLateLogged = m_droppedLate;
}

void DiscordBot::registerCommands(const QString &applicationId) {
    m_commandsRegistered = true;
    const QJsonArray commands = bot::CommandCatalog::definitions();
    QStringList scopes = m_settings.discord.guildIds;
    if (scopes.isEmpty())
        scopes << QString(); // global
    for (const QString &guild : scopes) {
        m_api->syncCommands(
            applicationId, guild, commands, [guild](bool changed, const QString &error) {
                if (!error.isEmpty())
                    qCWarning(lcDiscord).noquote()
                        << tr("Slash commands not registered%1: %2")
                               .arg(guild.isEmpty() ? QString()
                                                    : QStringLiteral(" (guild %1)").arg(guild),
                                    error);
                else
                    qCInfo(lcDiscord).noquote()
                        << (changed ? tr("Slash commands registered%1")
                                    : tr("Slash commands unchanged%1"))
                               .arg(guild.isEmpty() ? QString()
                                                    : QStringLiteral(" (guild %1)").arg(guild));
            });
    }
}

DiscordBotStatus DiscordBot::status() const {
    DiscordBotStatus s;
    s.commandsRegistered = m_commandsRegistered;
    if (!m_gateway) {
        s.state = BotState::Offline;
        s.reason = m_offlineReason;
        return s;
    }
    s.notConnectedSinceMs = m_notConnectedSinceMs;
    const discord::GatewayStatus g = m_gateway->status();
    switch (g.state) {
    case discord::GatewayState::Offline:
        s.state = BotState::Offline;
        break;
    case discord::GatewayState::Starting:
    case discord::GatewayState::Degraded:
        s.state = BotState::Connecting;
        break;
    case discord::GatewayState::Connected:
        s.state = BotState::Online;
        break;
    case discord::GatewayState::Stopped:
        s.state = BotState::Stopped;
        break;
    }
    s.reason = g.fatalReason;
    s.lastError = g.lastError;
    s.nextAttemptEpochMs = g.nextAttemptEpochMs;
    s.latencyMs = g.latencyMs;
    s.shards = g.shardCount;
    s.shardsConnected = g.shardsConnected;
    s.identifies = g.identifies;
    s.resumes = g.resumes;
    s.identifiesRemaining = g.identifiesRemaining;
    s.lastCloseCode = g.lastCloseCode;
    if (m_rest)
        s.rest429s = quint64(m_rest->stats().tooManyRequests);
    if (m_handler) {
        s.interactionsHandled = m_handler->counters().handled;
        s.interactionsDenied = m_handler->counters().denied;
    }
    s.interactionsDroppedLate = m_droppedLate;
    if (m_rest)
        s.interactionsDroppedLate += quint64(m_rest->stats().droppedLate);
    return s;
}

} // namespace mechdock::service
