#include "guildchannellister.h"

#include "common/clock.h"
#include "discord/restclient.h"
#include "memory/cacheregistry.h"

#include <QHash>

#include <algorithm>

namespace mechdock::control {

namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

// Discord's channel types that can hold the bot's status messages.
constexpr int kText = 0;
constexpr int kAnnouncement = 5;
constexpr int kCategory = 4;

} // namespace

GuildChannelLister::GuildChannelLister(const QUrl &apiBaseUrl, const QString &token,
                                       QObject *parent, Reply reply)
    : QObject(parent)
    , m_reply(std::move(reply)) {
    discord::RestOptions options;
    options.baseUrl = apiBaseUrl;
    options.token = token;
    options.maxRetries = 0;
    options.timeoutMs = 10000;
    m_rest =
        new discord::RestClient(options, &Clock::system(), &memory::CacheRegistry::global(), this);
}

void GuildChannelLister::list(const QUrl &apiBaseUrl, const QString &token,
                              const QList<Guild> &guilds, QObject *parent, Reply reply) {
    auto *lister = new GuildChannelLister(apiBaseUrl, token, parent, std::move(reply));
    lister->start(guilds);
}

void GuildChannelLister::start(const QList<Guild> &guilds) {
    m_pending = int(std::min<qsizetype>(guilds.size(), kMaxGuilds));
    if (m_pending == 0) {
        m_pending = 1;
        finishOne();
        return;
    }
    for (int i = 0; i < m_pending; ++i) {
        const Guild guild = guilds.at(i);
        m_rest->enqueue(
            discord::RestRequest::get(QStringLiteral("/guilds/%1/channels").arg(guild.id)),
            [this, guild](const discord::RestResponse &r) {
                if (r.ok() && r.json().isArray()) {
                    for (const QJsonValue &c : textChannels(guild, r.json().array()))
                        m_channels.append(c);
                } else {
                    const QString why =
                        r.status == 0     ? tr("Discord could not be reached: %1").arg(r.error)
                        : r.status == 403 ? tr("the bot may not view this server's channels")
                        : r.status == 404
                            ? tr("the bot is not in this server")
                            : tr("Discord answered %1: %2").arg(r.status).arg(r.error);
                    m_errors.append(QJsonObject{{s("guildId"), guild.id},
                                                {s("guildName"), guild.name},
                                                {s("message"), why}});
                }
                finishOne();
            });
    }
}

void GuildChannelLister::finishOne() {
    if (--m_pending > 0)
        return;
    m_reply(QJsonObject{{s("channels"), m_channels}, {s("errors"), m_errors}});
    deleteLater();
}

QJsonArray GuildChannelLister::textChannels(const Guild &guild, const QJsonArray &channels) {
    QHash<QString, QPair<int, QString>> categories; // id -> position, name
    for (const QJsonValue &v : channels) {
        const QJsonObject c = v.toObject();
        if (c.value(s("type")).toInt(-1) == kCategory)
            categories.insert(c.value(s("id")).toString(),
                              {c.value(s("position")).toInt(), c.value(s("name")).toString()});
    }
    struct Row {
        int categoryPosition;
        int position;
        QJsonObject json;
    };
    QList<Row> rows;
    for (const QJsonValue &v : channels) {
        const QJsonObject c = v.toObject();
        const int type = c.value(s("type")).toInt(-1);
        const QString id = c.value(s("id")).toString();
        if ((type != kText && type != kAnnouncement) || id.isEmpty())
            continue;
        const auto category = categories.constFind(c.value(s("parent_id")).toString());
        const bool inCategory = category != categories.cend();
        rows.append({inCategory ? category->first : -1, c.value(s("position")).toInt(),
                     QJsonObject{{s("guildId"), guild.id},
                                 {s("guildName"), guild.name},
                                 {s("id"), id},
                                 {s("name"), c.value(s("name")).toString()},
                                 {s("category"), inCategory ? category->second : QString()},
                                 {s("announcement"), type == kAnnouncement}}});
    }
    // Discord's own order: channels without a category first, then category by category.
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.categoryPosition != b.categoryPosition ? a.categoryPosition < b.categoryPosition
                                                        : a.position < b.position;
    });
    QJsonArray out;
    for (const Row &r : rows)
        out.append(r.json);
    return out;
}

} // namespace mechdock::control
