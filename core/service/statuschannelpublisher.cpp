#include "statuschannelpublisher.h"

#include "bot/botbackend.h"
#include "bot/customid.h"
#include "common/logcategories.h"
#include "discord/discordapi.h"
#include "statusmessagestore.h"

#include <QDateTime>
#include <QPointer>
#include <QSet>

namespace mechdock::service {

namespace {
const QString kOverview = QStringLiteral("overview");
// Discord's own timestamp is in the snowflake: milliseconds since 2015 in the top 42 bits.
qint64 snowflakeEpochMs(const QString &id) {
    bool ok = false;
    const quint64 value = id.toULongLong(&ok);
    return ok ? qint64(value >> 22) + 1420070400000LL : 0;
}
} // namespace

StatusChannelPublisher::StatusChannelPublisher(discord::DiscordApi &api, bot::BotBackend &backend,
                                               const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_backend(backend)
    , m_clock(clock)
    , m_builder(m_localizer) {
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &StatusChannelPublisher::tick);
    m_changeDebounce.setSingleShot(true);
    m_changeDebounce.setInterval(500);
    connect(&m_changeDebounce, &QTimer::timeout, this, [this] {
        for (ChannelState &channel : m_channels)
            refreshChannel(channel, false);
    });
    connect(&m_batcher, &bot::MessageEditBatcher::flush, this, &StatusChannelPublisher::sendBatch);
}

void StatusChannelPublisher::setSettings(const config::Settings &settings) {
    m_settings = settings;
    QHash<QString, ChannelState> next;
    for (const config::ChannelSettings &c : settings.discord.channels) {
        if (c.id.isEmpty())
            continue;
        ChannelState state = m_channels.value(c.id);
        const bool kindChanged = state.settings.kind != c.kind;
        state.settings = c;
        if (kindChanged)
            state.messages.clear();
        next.insert(c.id, state);
    }
    m_channels = next;
}

void StatusChannelPublisher::start(const QString &botUserId) {
    m_running = true;
    m_botUserId = botUserId;
    if (StatusMessageStore *store = m_store ? m_store() : nullptr)
        store->keepOnly(m_channels.keys());
    for (ChannelState &channel : m_channels) {
        channel.lastRefreshMs = m_clock->monotonicMs();
        resume(channel);
    }
    m_tick.start();
}

void StatusChannelPublisher::resume(ChannelState &channel) {
    StatusMessageStore *store = m_store ? m_store() : nullptr;
    const QHash<QString, StoredStatusMessage> stored =
        store ? store->load(channel.settings.id) : QHash<QString, StoredStatusMessage>();
    if (stored.isEmpty()) {
        adopt(channel.settings.id);
        return;
    }
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        PostedMessage &posted = channel.messages[it.key()];
        if (posted.creating || !posted.messageId.isEmpty())
            continue;
        posted.messageId = it->messageId;
        // No digest: the first pass edits every message, which also finds the deleted ones.
        posted.digest.clear();
    }
    refreshChannel(channel, channel.settings.postOnStartup);
}

void StatusChannelPublisher::adopt(const QString &channelId) {
    auto channel = m_channels.find(channelId);
    if (channel == m_channels.end() || channel->adopting)
        return;
    if (m_botUserId.isEmpty()) {
        refreshChannel(*channel, channel->settings.postOnStartup);
        return;
    }
    channel->adopting = true;
    QPointer<StatusChannelPublisher> guard(this);
    m_api.rest()->enqueue(
        discord::RestRequest::get(QStringLiteral("/channels/%1/messages?limit=50").arg(channelId)),
        [this, guard, channelId](const discord::RestResponse &r) {
            if (!guard || !m_running)
                return;
            auto channel = m_channels.find(channelId);
            if (channel == m_channels.end())
                return;
            channel->adopting = false;
            if (!r.ok())
                qCWarning(lcDiscord).noquote()
                    << tr("Could not read channel %1 to find earlier status messages: %2")
                           .arg(channelId, r.error);
            adoptFrom(*channel, r.ok() ? r.json().array() : QJsonArray());
        });
}

void StatusChannelPublisher::adoptFrom(ChannelState &channel, const QJsonArray &newestFirst) {
    const QString channelId = channel.settings.id;
    int adopted = 0;
    int removed = 0;
    for (const QJsonValue &value : newestFirst) {
        const QJsonObject message = value.toObject();
        const QJsonObject author = message.value(QStringLiteral("author")).toObject();
        // Type 0 is a plain channel message; replies to commands (type 20) are not ours to reuse.
        if (author.value(QStringLiteral("id")).toString() != m_botUserId ||
            message.value(QStringLiteral("type")).toInt(0) != 0)
            continue;
        const QString key = keyOf(channel, message);
        if (key.isEmpty())
            continue;
        const QString id = message.value(QStringLiteral("id")).toString();
        PostedMessage &posted = channel.messages[key];
        if (posted.messageId.isEmpty() && !posted.creating) {
            posted.messageId = id;
            posted.digest.clear();
            ++adopted;
        } else if (posted.messageId != id) {
            // An older copy left by an earlier run: one message per key is enough.
            m_api.deleteMessage(channelId, id);
            ++removed;
        }
    }
    m_adopted += adopted;
    if (adopted + removed > 0)
        qCInfo(lcDiscord).noquote()
            << tr("Channel %1: reusing %2 earlier status messages, removed %3 duplicates")
                   .arg(channelId)
                   .arg(adopted)
                   .arg(removed);
    refreshChannel(channel, channel.settings.postOnStartup);
}

QString StatusChannelPublisher::keyOf(const ChannelState &channel,
                                      const QJsonObject &message) const {
    for (const QJsonValue &row : message.value(QStringLiteral("components")).toArray()) {
        for (const QJsonValue &c : row.toObject().value(QStringLiteral("components")).toArray()) {
            const auto id =
                bot::CustomId::parse(c.toObject().value(QStringLiteral("custom_id")).toString());
            // A container's buttons name it; an overview's page buttons do not count.
            if (id && !id->action.startsWith(QLatin1String("ss_")) && !id->endpoint.isEmpty() &&
                !id->container.isEmpty())
                return channel.settings.kind == config::ChannelKind::Control
                           ? id->endpoint + QLatin1Char('/') + id->container
                           : QString();
        }
    }
    if (channel.settings.kind != config::ChannelKind::Status)
        return {};
    // The overview has no buttons; its title (in the bot's language) names it.
    const QJsonArray embeds = message.value(QStringLiteral("embeds")).toArray();
    const QJsonObject overview = m_builder.overview({}, m_settings.ui.language, true);
    const QString title = overview.value(QStringLiteral("embeds"))
                              .toArray()
                              .first()
                              .toObject()
                              .value(QStringLiteral("title"))
                              .toString();
    if (!embeds.isEmpty() &&
        embeds.first().toObject().value(QStringLiteral("title")).toString() == title)
        return kOverview;
    return {};
}

void StatusChannelPublisher::remember(const QString &channelId, const QString &key,
                                      const PostedMessage &posted) {
    if (StatusMessageStore *store = m_store ? m_store() : nullptr)
        store->save(channelId, key, {posted.messageId, posted.digest});
}

void StatusChannelPublisher::forget(const QString &channelId, const QString &key) {
    if (StatusMessageStore *store = m_store ? m_store() : nullptr)
        store->remove(channelId, key);
}

void StatusChannelPublisher::stop() {
    m_running = false;
    m_tick.stop();
    m_changeDebounce.stop();
}

void StatusChannelPublisher::containersChanged() {
    if (m_running && !m_changeDebounce.isActive())
        m_changeDebounce.start();
}

void StatusChannelPublisher::tick() {
    const qint64 now = m_clock->monotonicMs();
    for (ChannelState &channel : m_channels) {
        if (!channel.settings.autoRefresh)
            continue;
        if (now - channel.lastRefreshMs < qint64(channel.settings.updateIntervalSec) * 1000)
            continue;
        channel.lastRefreshMs = now;
        refreshChannel(channel, true);
        if (channel.settings.recreateOnInactivity)
            checkBuried(channel);
    }
}

QList<QPair<QString, QJsonObject>> StatusChannelPublisher::render(const ChannelState &channel) {
    const QString locale = m_settings.ui.language;
    const QList<bot::ContainerView> containers = m_backend.containers();
    QList<QPair<QString, QJsonObject>> out;
    if (channel.settings.kind == config::ChannelKind::Status) {
        out.append({kOverview,
                    m_builder.overview(containers, locale, true, 0, bot::OverviewPaging::Private)});
        return out;
    }
    for (const bot::ContainerView &c : containers)
        out.append({c.endpoint + QLatin1Char('/') + c.name,
                    m_builder.containerMessage(c, locale, true, false)});
    return out;
}

void StatusChannelPublisher::refreshChannel(ChannelState &channel, bool allowCreate) {
    const QString channelId = channel.settings.id;
    const QList<QPair<QString, QJsonObject>> rendered = render(channel);
    // A container no longer configured for Discord: its message goes too.
    QSet<QString> keys;
    for (const auto &entry : rendered)
        keys.insert(entry.first);
    for (auto it = channel.messages.begin(); it != channel.messages.end();) {
        if (keys.contains(it.key()) || it->creating) {
            ++it;
            continue;
        }
        if (!it->messageId.isEmpty())
            m_api.deleteMessage(channelId, it->messageId);
        forget(channelId, it.key());
        it = channel.messages.erase(it);
    }
    for (const auto &[key, message] : rendered) {
        const QByteArray digest = bot::StatusMessageBuilder::digest(message);
        PostedMessage &posted = channel.messages[key];
        if (posted.creating)
            continue;
        if (posted.messageId.isEmpty()) {
            if (allowCreate || !posted.digest.isEmpty())
                create(channelId, key, message);
            continue;
        }
        if (posted.digest == digest) {
            ++m_unchanged;
            continue;
        }
        posted.digest = digest;
        m_batcher.enqueue(bot::PendingEdit{channelId, posted.messageId, message});
    }
}

void StatusChannelPublisher::create(const QString &channelId, const QString &key,
                                    const QJsonObject &message) {
    PostedMessage &posted = m_channels[channelId].messages[key];
    posted.creating = true;
    posted.digest = bot::StatusMessageBuilder::digest(message);
    QPointer<StatusChannelPublisher> guard(this);
    m_api.createMessage(channelId, message, {},
                        [this, guard, channelId, key](const discord::RestResponse &r) {
                            if (!guard)
                                return;
                            auto channel = m_channels.find(channelId);
                            if (channel == m_channels.end())
                                return;
                            PostedMessage &p = channel->messages[key];
                            p.creating = false;
                            if (!r.ok()) {
                                qCWarning(lcDiscord).noquote()
                                    << tr("Could not post the status message in channel %1: %2")
                                           .arg(channelId, r.error);
                                p.digest.clear();
                                return;
                            }
                            p.messageId = r.json().object().value(QStringLiteral("id")).toString();
                            ++m_posted;
                            remember(channelId, key, p);
                        });
}

void StatusChannelPublisher::sendBatch(const QList<bot::PendingEdit> &batch) {
    QPointer<StatusChannelPublisher> guard(this);
    for (const bot::PendingEdit &edit : batch) {
        m_api.editMessage(edit.channelId, edit.messageId, edit.payload, {},
                          [this, guard, edit](const discord::RestResponse &r) {
                              if (!guard)
                                  return;
                              auto channel = m_channels.find(edit.channelId);
                              if (channel == m_channels.end())
                                  return;
                              auto it =
                                  std::find_if(channel->messages.begin(), channel->messages.end(),
                                               [&](const PostedMessage &p) {
                                                   return p.messageId == edit.messageId;
                                               });
                              if (it == channel->messages.end())
                                  return;
                              if (r.ok()) {
                                  ++m_edited;
                                  remember(edit.channelId, it.key(), *it);
                                  return;
                              }
                              // Someone deleted our message: forget it so the next pass posts it
                              // again.
                              if (r.status == 404) {
                                  it->messageId.clear();
                                  forget(edit.channelId, it.key());
                                  refreshChannel(*channel, true);
                              }
                          });
    }
}

void StatusChannelPublisher::checkBuried(ChannelState &channel) {
    if (channel.checkingActivity || channel.messages.isEmpty())
        return;
    channel.checkingActivity = true;
    const QString channelId = channel.settings.id;
    QPointer<StatusChannelPublisher> guard(this);
    m_api.rest()->enqueue(
        discord::RestRequest::get(QStringLiteral("/channels/%1/messages?limit=1").arg(channelId)),
        [this, guard, channelId](const discord::RestResponse &r) {
            if (!guard)
                return;
            auto channel = m_channels.find(channelId);
            if (channel == m_channels.end())
                return;
            channel->checkingActivity = false;
            const QJsonArray list = r.json().array();
            if (!r.ok() || list.isEmpty())
                return;
            const QString newest = list.first().toObject().value(QStringLiteral("id")).toString();
            for (const PostedMessage &p : std::as_const(channel->messages)) {
                if (p.messageId == newest)
                    return; // ours is still the latest
            }
            const qint64 quietMs = m_clock->epochMs() - snowflakeEpochMs(newest);
            if (quietMs >= qint64(channel->settings.inactivityTimeoutSec) * 1000)
                recreate(channelId);
        });
}

void StatusChannelPublisher::recreate(const QString &channelId) {
    auto channel = m_channels.find(channelId);
    if (channel == m_channels.end())
        return;
    for (auto it = channel->messages.begin(); it != channel->messages.end(); ++it) {
        if (!it->messageId.isEmpty())
            m_api.deleteMessage(channelId, it->messageId);
        forget(channelId, it.key());
    }
    channel->messages.clear();
    qCInfo(lcDiscord).noquote()
        << tr("Re-posting the status messages in channel %1").arg(channelId);
    refreshChannel(*channel, true);
}

} // namespace mechdock::service
