// StatusChannelPublisher: the live status messages in the configured channels. Status channels
// get one overview message, control channels one message per container with its buttons. They
// are posted on start-up, re-rendered on the channel's interval and when Docker reports a change,
// edited only when the content changed (through the edit batcher), re-posted when someone deleted
// them, and moved back to the bottom when other messages buried them and the channel has been
// quiet for its inactivity timeout.
#pragma once

#include "bot/messageeditbatcher.h"
#include "bot/replylocalizer.h"
#include "bot/statusmessagebuilder.h"
#include "common/clock.h"
#include "config/settings.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace mechdock::bot {
class BotBackend;
}
namespace mechdock::discord {
class DiscordApi;
}

namespace mechdock::service {

class StatusChannelPublisher : public QObject {
    Q_OBJECT
public:
    StatusChannelPublisher(discord::DiscordApi &api, bot::BotBackend &backend,
                           const Clock *clock = &Clock::system(), QObject *parent = nullptr);

    void setSettings(const config::Settings &settings);
    // Posts (or adopts) the messages of every channel, then keeps them current.
    void start();
    void stop();
    // Docker changed something: re-render soon, coalescing bursts.
    void containersChanged();

    int messagesPosted() const { return m_posted; }
    int messagesEdited() const { return m_edited; }
    int editsSkippedUnchanged() const { return m_unchanged; }
    bot::MessageEditBatcher &batcher() { return m_batcher; }

private:
    struct PostedMessage {
        QString messageId; // empty while being created
        QByteArray digest;
        bool creating = false;
    };
    struct ChannelState {
        config::ChannelSettings settings;
        QHash<QString, PostedMessage> messages; // key: "overview" or endpoint/name
        qint64 lastRefreshMs = 0;
        bool checkingActivity = false;
    };

    void tick();
    void refreshChannel(ChannelState &channel, bool allowCreate);
    QList<QPair<QString, QJsonObject>> render(const ChannelState &channel);
    void create(const QString &channelId, const QString &key, const QJsonObject &message);
    void checkBuried(ChannelState &channel);
    void recreate(const QString &channelId);
    void sendBatch(const QList<bot::PendingEdit> &batch);

    discord::DiscordApi &m_api;
    bot::BotBackend &m_backend;
    const Clock *m_clock;
    config::Settings m_settings;
    bot::ReplyLocalizer m_localizer;
    bot::StatusMessageBuilder m_builder;
    bot::MessageEditBatcher m_batcher;
    QHash<QString, ChannelState> m_channels;
    QTimer m_tick;
    QTimer m_changeDebounce;
    bool m_running = false;
    int m_posted = 0;
    int m_edited = 0;
    int m_unchanged = 0;
};

} // namespace mechdock::service
