#include "statuschannelpublisher.h"

#include "bot/botbackend.h"
#include "common/logcategories.h"
#include "discord/discordapi.h"

#include <QDateTime>
#include <QPointer>

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

void StatusChannelPublisher::start() {
    m_running = true;
    for (ChannelState &channel : m_channels) {
        channel.lastRefreshMs = m_clock->monotonicMs();
        if (channel.settings.postOnStartup)
            refreshChannel(channel, true);
    }
    m_tick.start();
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
        out.append({kOverview, m_builder.overview(containers, locale, true)});
        return out;
    }
    for (const bot::ContainerView &c : containers)
        out.append({c.endpoint + QLatin1Char('/') + c.name,
                    m_builder.containerMessage(c, locale, true, false)});
    return out;
}

void StatusChannelPublisher::refreshChannel(ChannelState &channel, bool allowCreate) {
    const QString channelId = channel.settings.id;
    for (const auto &[key, message] : render(channel)) {
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
                        });
}

void StatusChannelPublisher::sendBatch(const QList<bot::PendingEdit> &batch) {
    QPointer<StatusChannelPublisher> guard(this);
    for (const bot::PendingEdit &edit : batch) {
        m_api.editMessage(edit.channelId, edit.messageId, edit.payload, {},
                          [this, guard, edit](const discord::RestResponse &r) {
                              if (!guard)
                                  return;
                              if (r.ok()) {
                                  ++m_edited;
                                  return;
                              }
                              // Someone deleted our message: forget it so the next pass posts it
                              // again.
                              if (r.status == 404) {
                                  auto channel = m_channels.find(edit.channelId);
                                  if (channel == m_channels.end())
                                      return;
                                  for (auto it = channel->messages.begin();
                                       it != channel->messages.end(); ++it) {
                                      if (it->messageId == edit.messageId) {
                                          it->messageId.clear();
                                          refreshChannel(*channel, true);
                                          return;
                                      }
                                  }
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
    for (const PostedMessage &p : std::as_const(channel->messages)) {
        if (!p.messageId.isEmpty())
            m_api.deleteMessage(channelId, p.messageId);
    }
    channel->messages.clear();
    qCInfo(lcDiscord).noquote()
        << tr("Re-posting the status messages in channel %1").arg(channelId);
    refreshChannel(*channel, true);
}

} // namespace mechdock::service
