// AutoActionService: auto-actions as a part of the service. Feeds the messages the bot receives to
// the AutoActionEngine, acts through the poller's controller (the route every action takes), reads
// container states from the poller, posts notifications with the bot's REST API, and turns
// Discord's refusal of the message intents into an alert that says what to enable.
#pragma once

#include "automation/autoactionengine.h"
#include "config/settings.h"

#include <QObject>

#include <functional>

namespace mechdock::discord {
class DiscordApi;
}
namespace mechdock::monitor {
class AlertCenter;
}

namespace mechdock::service {

class ContainerPoller;
class DiscordBot;

class AutoActionService : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoActionService)
public:
    // The bot's API while it runs, else null.
    using ApiSource = std::function<discord::DiscordApi *()>;

    AutoActionService(ContainerPoller &poller, monitor::AlertCenter &alerts, ApiSource api,
                      QObject *parent = nullptr);

    void setSettings(const config::Settings &settings);
    // Follows the bot's messages and its intents refusal.
    void attach(DiscordBot *bot);
    automation::AutoActionEngine &engine() { return m_engine; }
    // The dry run on a message text posted in a channel by a "member", a "bot" or a "webhook",
    // as one reply (at most 1900 characters).
    QString dryRunText(const QString &text, const QString &channelId,
                       const QString &postedBy) const;
    // Whether the poller last saw the container running; nullopt when it did not see it.
    std::optional<bool> containerRunning(const docker::ContainerRef &ref) const;
    const automation::AutoActionEngine &engine() const { return m_engine; }

private:
    void post(const QString &channelId, const QString &text);
    void onIntentsRefused(const QString &text);

    ContainerPoller &m_poller;
    monitor::AlertCenter &m_alerts;
    ApiSource m_api;
    config::Settings m_settings;
    automation::AutoActionEngine m_engine;
};

} // namespace mechdock::service
