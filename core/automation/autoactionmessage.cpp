#include "autoactionmessage.h"

#include <QJsonArray>

namespace mechdock::automation {

namespace {

QString bounded(const QJsonValue &v, int limit) {
    return v.toString().left(limit);
}

AutoActionEmbed embedFrom(const QJsonObject &e) {
    AutoActionEmbed out;
    const int limit = AutoActionMessage::kMaxEmbedTextLength;
    out.title = bounded(e.value(QStringLiteral("title")), 256);
    out.description = bounded(e.value(QStringLiteral("description")), 4096);
    out.footer =
        bounded(e.value(QStringLiteral("footer")).toObject().value(QStringLiteral("text")), 2048);
    const QJsonArray fields = e.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(fields.size(), AutoActionMessage::kMaxFields);
         ++i) {
        const QJsonObject f = fields.at(i).toObject();
        out.fields += bounded(f.value(QStringLiteral("name")), 256) + QLatin1Char('\n') +
                      bounded(f.value(QStringLiteral("value")), 1024) + QLatin1Char('\n');
        if (out.fields.size() > limit) {
            out.fields.truncate(limit);
            break;
        }
    }
    return out;
}

} // namespace

AutoActionMessage AutoActionMessage::fromGateway(const QJsonObject &data) {
    AutoActionMessage m;
    m.id = data.value(QStringLiteral("id")).toString();
    m.channelId = data.value(QStringLiteral("channel_id")).toString();
    m.guildId = data.value(QStringLiteral("guild_id")).toString();
    const QJsonObject author = data.value(QStringLiteral("author")).toObject();
    m.authorId = author.value(QStringLiteral("id")).toString();
    m.authorName = author.value(QStringLiteral("username")).toString().left(100);
    m.authorIsBot = author.value(QStringLiteral("bot")).toBool();
    m.fromWebhook = !data.value(QStringLiteral("webhook_id")).toString().isEmpty();
    m.content = bounded(data.value(QStringLiteral("content")), kMaxContentLength);
    const QJsonArray embeds = data.value(QStringLiteral("embeds")).toArray();
    for (qsizetype i = 0; i < std::min<qsizetype>(embeds.size(), kMaxEmbeds); ++i)
        m.embeds.append(embedFrom(embeds.at(i).toObject()));
    return m;
}

} // namespace mechdock::automation
