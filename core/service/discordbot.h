// DiscordBot: the bot as one part of the service: REST client, gateway, interaction handler,
// command registration and the live status messages, started when there is a token and
// restarted when the Discord settings change. Lives on the service thread.
#pragma once

#include "config/settings.h"
#include "discord/snowflakeage.h"
#include "servicesnapshot.h"

#include <QObject>

#include <functional>
#include <memory>

namespace mechdock::bot {
class BotBackend;
class InteractionHandler;
} // namespace mechdock::bot
namespace mechdock::discord {
class DiscordApi;
class DiscordGateway;
class RestClient;
} // namespace mechdock::discord

namespace mechdock::service {

class DiscordInteractionResponder;
class StatusChannelPublisher;
class StatusMessageStore;

struct DiscordBotStatus {
    BotState state = BotState::Offline;
    QString reason;
    double latencyMs = -1;
    quint64 rest429s = 0;
    quint64 interactionsHandled = 0;
    quint64 interactionsDenied = 0;
    // Arrived when Discord's 3 s could no longer be met (the service was overloaded), or whose
    // answer could not be sent in time: dropped before any work.
    quint64 interactionsDroppedLate = 0;
    int shards = 0;
    int shardsConnected = 0;
    int identifies = 0;
    int resumes = 0;
    int identifiesRemaining = -1;
    int lastCloseCode = -1;
    bool commandsRegistered = false;
    // Since when the gateway has not been connected (epoch ms); 0 while connected or offline by
    // choice (no token).
    qint64 notConnectedSinceMs = 0;
    // While connecting: why the last attempt failed, and when the next one is due (0: none).
    QString lastError;
    qint64 nextAttemptEpochMs = 0;
};

class DiscordBot : public QObject {
    Q_OBJECT
public:
    DiscordBot(const config::Settings &settings, bot::BotBackend &backend,
               QObject *parent = nullptr);
    ~DiscordBot() override;

    // Starts when a token is set; otherwise stays offline with the reason.
    void start();
    void stop();
    // Restarts the connection only when the token, API address, intents or shards changed.
    void setSettings(const config::Settings &settings);
    // Where the status messages' ids are kept (null while the database is down).
    void setMessageStore(std::function<StatusMessageStore *()> store);
    DiscordBotStatus status() const;
    discord::DiscordApi *api() const { return m_api.get(); }
    // The running gateway (shards, guilds); null while offline.
    discord::DiscordGateway *gateway() const { return m_gateway.get(); }
    StatusChannelPublisher *publisher() const { return m_publisher.get(); }

public slots:
    // Docker reported a change: status messages follow.
    void containersChanged();

signals:
    void statusChanged();
    // A message in a channel the bot sees (MESSAGE_CREATE), not the bot's own.
    void messageCreated(const QJsonObject &data);
    // Discord refused the message intents (4014); the bot connects again without them.
    void messageIntentsRefused(const QString &text);

private:
    // Discord drops an interaction not answered within 3 s of its creation; the answer has to
    // leave by this much after creation to arrive in time.
    static constexpr qint64 kAnswerBudgetMs = 2500;
    void handleInteraction(const QJsonObject &data);
    void noteDroppedLate();
    void onDispatch(int shard, const QString &type, const QJsonObject &data);
    void registerCommands(const QString &applicationId);
    void trackConnection();
    void onGatewayFatal();

    config::Settings m_settings;
    bot::BotBackend &m_backend;
    std::unique_ptr<discord::RestClient> m_rest;
    std::unique_ptr<discord::DiscordApi> m_api;
    std::unique_ptr<DiscordInteractionResponder> m_responder;
    std::unique_ptr<bot::InteractionHandler> m_handler;
    std::unique_ptr<StatusChannelPublisher> m_publisher;
    std::unique_ptr<discord::DiscordGateway> m_gateway;
    QString m_applicationId;
    discord::SnowflakeAge m_interactionAge;
    quint64 m_droppedLate = 0;
    qint64 m_droppedLateLoggedMs = 0;
    quint64 m_droppedLateLogged = 0;
    bool m_commandsRegistered = false;
    bool m_publisherStarted = false;
    QString m_offlineReason;
    std::function<StatusMessageStore *()> m_messageStore;
    qint64 m_notConnectedSinceMs = 0;
    QString m_selfId;
    int m_intents = 0;                    // what the running gateway identified with
    bool m_messageIntentsRefused = false; // until the next settings change
};

} // namespace mechdock::service
