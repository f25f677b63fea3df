// StatusChannelPublisher: the live status messages in the configured channels. Status channels
// get one overview message, control channels one message per container with its buttons. Their
// ids live in the database (StatusMessageStore): a start edits the messages posted before and
// posts only those that are gone; with no record (a new database) it adopts the bot's own recent
// messages in the channel and deletes older copies. Messages are re-rendered on the channel's
// interval and when Docker reports a change, edited only when the content changed (through the
// edit batcher), re-posted when someone deleted them, and moved back to the bottom when other
// messages buried them and the channel has been quiet for its inactivity timeout.
#pragma once

#include "bot/messageeditbatcher.h"
#include "bot/replylocalizer.h"
#include "bot/statusmessagebuilder.h"
#include "common/clock.h"
#include "config/settings.h"

#include <QHash>
#include <QJsonArray>
#include <QObject>
#include <QTimer>

#include <functional>

namespace mechdock::bot {
class BotBackend;
}
namespace mechdock::discord {
class DiscordApi;
}

namespace mechdock::service {

class StatusMessageStore;

class StatusChannelPublisher : public QObject {
    Q_OBJECT
public:
    StatusChannelPublisher(discord::DiscordApi &api, bot::BotBackend &backend,
                           const Clock *clock = &Clock::system(), QObject *parent = nullptr);

    void setSettings(const config::Settings &settings);
    // Where message ids are kept; the function may return null while the database is down.
    void setStore(std::function<StatusMessageStore *()> store) { m_store = std::move(store); }
    // Edits the recorded (or adopted) messages of every channel, posts what is missing, then
    // keeps them current. botUserId tells the bot's own messages apart when adopting.
    void start(const QString &botUserId);
    void stop();
    // Docker changed something: re-render soon, coalescing bursts.
    void containersChanged();

    int messagesPosted() const { return m_posted; }
    int messagesEdited() const { return m_edited; }
    int messagesAdopted() const { return m_adopted; }
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
        bool adopting = false;
    };

    void tick();
    void resume(ChannelState &channel);
    void adopt(const QString &channelId);
    void adoptFrom(ChannelState &channel, const QJsonArray &newestFirst);
    QString keyOf(const ChannelState &channel, const QJsonObject &message) const;
    void remember(const QString &channelId, const QString &key, const PostedMessage &posted);
    void forget(const QString &channelId, const QString &key);
    void refreshChannel(ChannelState &channel, bool allowCreate);
    QList<QPair<QString, QJsonObject>> render(const ChannelState &channel);
    void create(const QString &channelId, const QString &key, const QJsonObject &message);
    void checkBuried(ChannelState &channel);
    void recreate(const QString &channelId);
    void sendBatch(const QList<bot::PendingEdit> &batch);

    discord::DiscordApi &m_api;
    std::function<StatusMessageStore *()> m_store;
    QString m_botUserId;
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
    int m_adopted = 0;
    int m_unchanged = 0;
};

} // namespace mechdock::service
