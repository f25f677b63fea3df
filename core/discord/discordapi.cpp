#include "discordapi.h"

#include "common/translation.h"

#include <QPointer>
#include <QUrl>

#include <algorithm>

namespace mechdock::discord {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::discord::DiscordApi", text);
}

QString part(const QString &value) {
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// Discord adds defaults (type 1, empty options, ids, versions); compare what we control.
QJsonObject normalizedOption(const QJsonObject &option) {
    QJsonObject out;
    out.insert(QStringLiteral("type"), option.value(QStringLiteral("type")).toInt(1));
    out.insert(QStringLiteral("name"), option.value(QStringLiteral("name")).toString());
    out.insert(QStringLiteral("description"),
               option.value(QStringLiteral("description")).toString());
    out.insert(QStringLiteral("required"), option.value(QStringLiteral("required")).toBool(false));
    out.insert(QStringLiteral("autocomplete"),
               option.value(QStringLiteral("autocomplete")).toBool(false));
    QJsonArray choices;
    for (const QJsonValue &c : option.value(QStringLiteral("choices")).toArray()) {
        const QJsonObject choice = c.toObject();
        choices.append(
            QJsonObject{{QStringLiteral("name"), choice.value(QStringLiteral("name"))},
                        {QStringLiteral("value"), choice.value(QStringLiteral("value"))}});
    }
    out.insert(QStringLiteral("choices"), choices);
    QJsonArray options;
    for (const QJsonValue &o : option.value(QStringLiteral("options")).toArray())
        options.append(normalizedOption(o.toObject()));
    out.insert(QStringLiteral("options"), options);
    for (const char *key : {"min_value", "max_value", "min_length", "max_length"}) {
        const QString k = QString::fromLatin1(key);
        if (option.contains(k))
            out.insert(k, option.value(k));
    }
    return out;
}
} // namespace

QJsonArray DiscordApi::normalizedCommands(const QJsonArray &commands) {
    QList<QJsonObject> list;
    for (const QJsonValue &c : commands) {
        const QJsonObject command = c.toObject();
        QJsonObject out = normalizedOption(command);
        out.remove(QStringLiteral("required"));
        out.remove(QStringLiteral("autocomplete"));
        out.insert(QStringLiteral("default_member_permissions"),
                   command.value(QStringLiteral("default_member_permissions")).toString());
        out.insert(QStringLiteral("dm_permission"),
                   command.value(QStringLiteral("dm_permission")).toBool(true));
        list.append(out);
    }
    std::sort(list.begin(), list.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const auto key = [](const QJsonObject &o) {
            return QStringLiteral("%1/%2")
                .arg(o.value(QStringLiteral("type")).toInt())
                .arg(o.value(QStringLiteral("name")).toString());
        };
        return key(a) < key(b);
    });
    QJsonArray out;
    for (const QJsonObject &o : list)
        out.append(o);
    return out;
}

bool DiscordApi::sendWithFiles(const QByteArray &method, const QString &path,
                               const QJsonObject &body, const QList<RestFile> &files,
                               bool authorized, RestClient::Callback done) {
    QJsonObject payload = body;
    if (!files.isEmpty() && !payload.contains(QStringLiteral("attachments"))) {
        QJsonArray attachments;
        for (int i = 0; i < files.size(); ++i)
            attachments.append(QJsonObject{{QStringLiteral("id"), i},
                                           {QStringLiteral("filename"), files.at(i).filename}});
        payload.insert(QStringLiteral("attachments"), attachments);
    }
    RestRequest request = RestRequest::json(method, path, payload);
    request.files = files;
    request.authorized = authorized;
    return m_rest->enqueue(std::move(request), std::move(done));
}

bool DiscordApi::respond(const QString &interactionId, const QString &token,
                         InteractionCallbackType type, const QJsonObject &data,
                         const QList<RestFile> &files, RestClient::Callback done,
                         qint64 answerByMs) {
    QJsonObject body{{QStringLiteral("type"), int(type)}};
    if (!data.isEmpty() || !files.isEmpty()) {
        QJsonObject d = data;
        if (!files.isEmpty() && !d.contains(QStringLiteral("attachments"))) {
            QJsonArray attachments;
            for (int i = 0; i < files.size(); ++i)
                attachments.append(QJsonObject{{QStringLiteral("id"), i},
                                               {QStringLiteral("filename"), files.at(i).filename}});
            d.insert(QStringLiteral("attachments"), attachments);
        }
        body.insert(QStringLiteral("data"), d);
    }
    RestRequest request = RestRequest::json(
        "POST",
        QStringLiteral("/interactions/%1/%2/callback").arg(part(interactionId), part(token)), body);
    request.files = files;
    request.authorized = false;
    request.answerByMs = answerByMs;
    return m_rest->enqueue(std::move(request), std::move(done));
}

bool DiscordApi::editOriginal(const QString &applicationId, const QString &token,
                              const QJsonObject &message, const QList<RestFile> &files,
                              RestClient::Callback done) {
    return sendWithFiles(
        "PATCH",
        QStringLiteral("/webhooks/%1/%2/messages/@original").arg(part(applicationId), part(token)),
        message, files, false, std::move(done));
}

bool DiscordApi::followUp(const QString &applicationId, const QString &token,
                          const QJsonObject &message, const QList<RestFile> &files,
                          RestClient::Callback done) {
    return sendWithFiles("POST",
                         QStringLiteral("/webhooks/%1/%2").arg(part(applicationId), part(token)),
                         message, files, false, std::move(done));
}

bool DiscordApi::createMessage(const QString &channelId, const QJsonObject &message,
                               const QList<RestFile> &files, RestClient::Callback done) {
    return sendWithFiles("POST", QStringLiteral("/channels/%1/messages").arg(part(channelId)),
                         message, files, true, std::move(done));
}

bool DiscordApi::editMessage(const QString &channelId, const QString &messageId,
                             const QJsonObject &message, const QList<RestFile> &files,
                             RestClient::Callback done) {
    return sendWithFiles(
        "PATCH", QStringLiteral("/channels/%1/messages/%2").arg(part(channelId), part(messageId)),
        message, files, true, std::move(done));
}

bool DiscordApi::deleteMessage(const QString &channelId, const QString &messageId,
                               RestClient::Callback done) {
    RestRequest request;
    request.method = "DELETE";
    request.path = QStringLiteral("/channels/%1/messages/%2").arg(part(channelId), part(messageId));
    return m_rest->enqueue(std::move(request), std::move(done));
}

void DiscordApi::syncCommands(const QString &applicationId, const QString &guildId,
                              const QJsonArray &commands,
                              std::function<void(bool, const QString &)> done) {
    const QString path = guildId.isEmpty()
                             ? QStringLiteral("/applications/%1/commands").arg(part(applicationId))
                             : QStringLiteral("/applications/%1/guilds/%2/commands")
                                   .arg(part(applicationId), part(guildId));
    RestClient *rest = m_rest;
    rest->enqueue(RestRequest::get(path), [rest, path, commands, done](const RestResponse &r) {
        if (!r.ok()) {
            done(false,
                 r.error.isEmpty() ? tr("Could not read the registered commands.") : r.error);
            return;
        }
        if (normalizedCommands(r.json().array()) == normalizedCommands(commands)) {
            done(false, QString());
            return;
        }
        rest->enqueue(RestRequest::json("PUT", path, QJsonDocument(commands)),
                      [done](const RestResponse &put) {
                          done(put.ok(), put.ok() ? QString()
                                                  : (put.error.isEmpty()
                                                         ? tr("Could not register the commands.")
                                                         : put.error));
                      });
    });
}

} // namespace mechdock::discord
