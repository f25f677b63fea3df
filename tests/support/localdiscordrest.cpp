#include "localdiscordrest.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <cmath>

namespace mechdock::test {

namespace {
constexpr qsizetype kMaxRequestBytes = 32 * 1024 * 1024;

QByteArray reason(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 429:
        return "Too Many Requests";
    default:
        return status >= 500 ? QByteArray("Server Error") : QByteArray("Status");
    }
}

QByteArray json(const QJsonValue &v) {
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}
} // namespace

LocalDiscordRest::LocalDiscordRest(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this)) {
    qRegisterMetaType<RecordedRequest>();
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

LocalDiscordRest::~LocalDiscordRest() = default;

bool LocalDiscordRest::listen() {
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LocalDiscordRest::port() const {
    return m_server->serverPort();
}

void LocalDiscordRest::setBucketLimit(const QString &routeTemplate, int limit,
                                      double resetAfterSec) {
    m_limits.insert(routeTemplate, {limit, resetAfterSec});
}

int LocalDiscordRest::requestCount(const QByteArray &method, const QString &pathPrefix) const {
    int n = 0;
    for (const RecordedRequest &r : m_requests)
        n += r.method == method && r.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

QJsonObject LocalDiscordRest::message(const QString &channelId, const QString &messageId) const {
    for (const QJsonObject &m : m_messages.value(channelId)) {
        if (m.value(QStringLiteral("id")).toString() == messageId)
            return m;
    }
    return {};
}

QList<QJsonObject> LocalDiscordRest::messages(const QString &channelId) const {
    return m_messages.value(channelId);
}

QJsonObject LocalDiscordRest::botUser() {
    return QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                       {QStringLiteral("username"), QStringLiteral("mechdock")},
                       {QStringLiteral("discriminator"), QStringLiteral("0")},
                       {QStringLiteral("bot"), true},
                       {QStringLiteral("avatar"), QJsonValue()}};
}

QString LocalDiscordRest::addBotMessage(const QString &channelId, const QJsonObject &body) {
    QJsonObject copy = body;
    copy.remove(QStringLiteral("id"));
    const QJsonObject m = storeMessage(channelId, copy, {});
    m_messages[channelId].append(m);
    return m.value(QStringLiteral("id")).toString();
}

bool LocalDiscordRest::removeMessage(const QString &channelId, const QString &messageId) {
    QList<QJsonObject> &list = m_messages[channelId];
    const qsizetype before = list.size();
    list.removeIf([&](const QJsonObject &m) {
        return m.value(QStringLiteral("id")).toString() == messageId;
    });
    return list.size() != before;
}

QString LocalDiscordRest::snowflake() {
    const quint64 ms = quint64(QDateTime::currentMSecsSinceEpoch() - 1420070400000LL);
    return QString::number((ms << 22) | (++m_sequence & 0x3fffff));
}

void LocalDiscordRest::onReadable(QTcpSocket *socket) {
    QByteArray &buffer = m_buffers[socket];
    buffer.append(socket->readAll());
    while (true) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            if (buffer.size() > 64 * 1024)
                socket->abort();
            return;
        }
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        RecordedRequest request;
        request.method = requestLine.value(0);
        const QUrl target(QString::fromLatin1(requestLine.value(1)));
        request.path = target.path(QUrl::FullyEncoded);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (length < 0 || length > kMaxRequestBytes) {
            socket->abort();
            return;
        }
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        request.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
        if (request.headers.value("content-type").startsWith("multipart/form-data"))
            request.parts = parseMultipart(request.headers.value("content-type"), request.body);
        handle(socket, std::move(request));
    }
}

QList<MultipartPart> LocalDiscordRest::parseMultipart(const QByteArray &contentType,
                                                      const QByteArray &body) {
    QList<MultipartPart> parts;
    const qsizetype at = contentType.indexOf("boundary=");
    if (at < 0)
        return parts;
    QByteArray boundary = contentType.mid(at + 9);
    if (boundary.startsWith('"'))
        boundary = boundary.mid(1, boundary.indexOf('"', 1) - 1);
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    while (pos >= 0) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break;
        pos += 2; // CRLF
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf("\r\n" + delimiter, pos);
        if (headersEnd < 0 || next < 0)
            break;
        MultipartPart part;
        for (const QByteArray &line : body.mid(pos, headersEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            if (l.toLower().startsWith("content-type:"))
                part.contentType = l.mid(13).trimmed();
            if (l.toLower().startsWith("content-disposition:")) {
                static const QRegularExpression name(QStringLiteral("name=\"([^\"]*)\""));
                static const QRegularExpression file(QStringLiteral("filename=\"([^\"]*)\""));
                const QString text = QString::fromUtf8(l);
                const auto f = file.match(text);
                if (f.hasMatch())
                    part.filename = f.captured(1);
                QString withoutFile = text;
                withoutFile.remove(file);
                const auto n = name.match(withoutFile);
                if (n.hasMatch())
                    part.name = n.captured(1);
            }
        }
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        pos = next + 2;
    }
    return parts;
}

LocalDiscordRest::Route LocalDiscordRest::match(const QByteArray &method, const QString &fullPath) {
    QString path = fullPath;
    if (path.startsWith(QLatin1String("/api/v10")))
        path = path.mid(8);
    const QStringList s = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    const QString m = QString::fromLatin1(method) + QLatin1Char(' ');
    Route r;
    r.params = s;
    if (s.size() == 2 && s[0] == QLatin1String("gateway") && s[1] == QLatin1String("bot"))
        r.routeTemplate = m + QStringLiteral("/gateway/bot");
    else if (s.size() == 3 && s[0] == QLatin1String("guilds") &&
             s[2] == QLatin1String("channels")) {
        r.routeTemplate = m + QStringLiteral("/guilds/{guild_id}/channels");
        r.major = s[1];
    } else if (s.size() == 2 && s[0] == QLatin1String("users") && s[1] == QLatin1String("@me"))
        r.routeTemplate = m + QStringLiteral("/users/@me");
    else if (s.size() == 3 && s[0] == QLatin1String("oauth2") &&
             s[1] == QLatin1String("applications") && s[2] == QLatin1String("@me"))
        r.routeTemplate = m + QStringLiteral("/oauth2/applications/@me");
    else if (s.size() == 4 && s[0] == QLatin1String("interactions") &&
             s[3] == QLatin1String("callback")) {
        r.routeTemplate = m + QStringLiteral("/interactions/{interaction_id}/{token}/callback");
        r.major = s[1];
    } else if (s.size() == 5 && s[0] == QLatin1String("webhooks") &&
               s[3] == QLatin1String("messages")) {
        r.routeTemplate = m + QStringLiteral("/webhooks/{application_id}/{token}/messages/") +
                          (s[4] == QLatin1String("@original") ? QStringLiteral("@original")
                                                              : QStringLiteral("{message_id}"));
        r.major = s[1] + s[2];
    } else if (s.size() == 3 && s[0] == QLatin1String("webhooks")) {
        r.routeTemplate = m + QStringLiteral("/webhooks/{application_id}/{token}");
        r.major = s[1] + s[2];
    } else if (s.size() == 3 && s[0] == QLatin1String("channels") &&
               s[2] == QLatin1String("messages")) {
        r.routeTemplate = m + QStringLiteral("/channels/{channel_id}/messages");
        r.major = s[1];
    } else if (s.size() == 4 && s[0] == QLatin1String("channels") &&
               s[2] == QLatin1String("messages")) {
        r.routeTemplate = m + QStringLiteral("/channels/{channel_id}/messages/{message_id}");
        r.major = s[1];
    } else if (s.size() == 3 && s[0] == QLatin1String("applications") &&
               s[2] == QLatin1String("commands")) {
        r.routeTemplate = m + QStringLiteral("/applications/{application_id}/commands");
    } else if (s.size() == 5 && s[0] == QLatin1String("applications") &&
               s[2] == QLatin1String("guilds") && s[4] == QLatin1String("commands")) {
        r.routeTemplate =
            m + QStringLiteral("/applications/{application_id}/guilds/{guild_id}/commands");
        r.major = s[3];
    }
    return r;
}

void LocalDiscordRest::handle(QTcpSocket *socket, RecordedRequest request) {
    const Route r = match(request.method, request.path);
    const bool callback = r.routeTemplate.contains(QLatin1String("/interactions/"));
    const bool webhook = r.routeTemplate.contains(QLatin1String("/webhooks/"));
    const qint64 now = request.receivedAtMs;
    Response response;
    auto rateLimited = [&](double retryAfter, bool global, bool forced) {
        response.status = 429;
        response.body = json(
            QJsonObject{{QStringLiteral("message"), QStringLiteral("You are being rate limited.")},
                        {QStringLiteral("retry_after"), retryAfter},
                        {QStringLiteral("global"), global}});
        response.headers.append({"Retry-After", QByteArray::number(std::ceil(retryAfter))});
        response.headers.append(
            {QByteArray("X-RateLimit-Scope"), global ? QByteArray("global") : QByteArray("user")});
        if (global)
            response.headers.append({QByteArray("X-RateLimit-Global"), QByteArray("true")});
        (forced ? m_forced429s : m_limit429s)++;
    };

    if (!callback && !webhook &&
        request.headers.value("authorization") != "Bot " + m_token.toUtf8()) {
        response.status = 401;
        response.body =
            json(QJsonObject{{QStringLiteral("message"), QStringLiteral("401: Unauthorized")},
                             {QStringLiteral("code"), 0}});
    } else if (!callback && m_forceGlobal >= 0) {
        rateLimited(m_forceGlobal, true, true);
        m_forceGlobal = -1;
    } else {
        bool limited = false;
        if (!callback) {
            while (!m_globalWindow.empty() && now - m_globalWindow.front() >= 1000)
                m_globalWindow.pop_front();
            if (int(m_globalWindow.size()) >= m_globalPerSecond) {
                rateLimited(double(m_globalWindow.front() + 1000 - now) / 1000.0, true, false);
                limited = true;
            } else {
                m_globalWindow.push_back(now);
            }
        }
        if (!limited && !r.routeTemplate.isEmpty()) {
            const QString bucketId = r.routeTemplate + QLatin1Char('|') + r.major;
            Bucket &b = m_buckets[bucketId];
            const auto configured = m_limits.find(r.routeTemplate);
            if (configured != m_limits.end()) {
                b.limit = configured->first;
                b.resetAfterSec = configured->second;
            } else if (r.routeTemplate.contains(QLatin1String("/messages"))) {
                b.limit = 5;
                b.resetAfterSec = 5.0;
            }
            if (now >= b.windowEndMs) {
                b.used = 0;
                b.windowEndMs = now + qint64(b.resetAfterSec * 1000);
            }
            const QByteArray hash =
                QCryptographicHash::hash(r.routeTemplate.toUtf8(), QCryptographicHash::Md5)
                    .toHex()
                    .left(16);
            const auto forced = m_forceBucket.find(r.routeTemplate);
            if (forced != m_forceBucket.end()) {
                rateLimited(forced.value(), false, true);
                m_forceBucket.erase(forced);
                response.headers.append({"X-RateLimit-Bucket", hash});
                limited = true;
            } else if (b.used >= b.limit) {
                rateLimited(double(b.windowEndMs - now) / 1000.0, false, false);
                limited = true;
            } else {
                ++b.used;
            }
            const double resetAfter = std::max<qint64>(0, b.windowEndMs - now) / 1000.0;
            response.headers.append({"X-RateLimit-Limit", QByteArray::number(b.limit)});
            response.headers.append(
                {"X-RateLimit-Remaining", QByteArray::number(std::max(0, b.limit - b.used))});
            response.headers.append(
                {"X-RateLimit-Reset", QByteArray::number(double(b.windowEndMs) / 1000.0, 'f', 3)});
            response.headers.append(
                {"X-RateLimit-Reset-After", QByteArray::number(resetAfter, 'f', 3)});
            if (!limited || forced == m_forceBucket.end())
                response.headers.append({"X-RateLimit-Bucket", hash});
        }
        if (!limited) {
            if (m_failCount > 0) {
                --m_failCount;
                response.status = m_failStatus;
                response.body =
                    json(QJsonObject{{QStringLiteral("message"), QStringLiteral("Server error")}});
            } else {
                const Response routed = route(request, r);
                response.status = routed.status;
                response.body = routed.body;
                if (m_malformed > 0 && response.status == 200) {
                    --m_malformed;
                    response.body = "{\"id\": \"1\", \"broken";
                }
            }
        }
    }
    request.status = response.status;
    m_requests.push_back(request);
    while (m_requests.size() > 5000)
        m_requests.pop_front();
    emit requestReceived(request);
    const bool truncate = m_truncate;
    m_truncate = false;
    if (m_delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(m_delayMs, this, [this, guard, response, truncate] {
            if (guard)
                write(guard, response, truncate);
        });
    } else {
        write(socket, response, truncate);
    }
}

QJsonObject LocalDiscordRest::storeMessage(const QString &channelId, const QJsonObject &body,
                                           const QList<MultipartPart> &parts, const QString &id) {
    QJsonObject message = body;
    message.insert(QStringLiteral("id"), id.isEmpty() ? snowflake() : id);
    message.insert(QStringLiteral("channel_id"), channelId);
    message.insert(
        QStringLiteral("author"),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}, {QStringLiteral("bot"), true}});
    QJsonArray attachments;
    for (const MultipartPart &p : parts) {
        if (p.name.startsWith(QLatin1String("files[")))
            attachments.append(
                QJsonObject{{QStringLiteral("filename"), p.filename},
                            {QStringLiteral("size"), p.data.size()},
                            {QStringLiteral("content_type"), QString::fromLatin1(p.contentType)}});
    }
    if (!attachments.isEmpty())
        message.insert(QStringLiteral("attachments"), attachments);
    return message;
}

LocalDiscordRest::Response LocalDiscordRest::route(RecordedRequest &request, const Route &r) {
    Response out;
    QJsonObject body = QJsonDocument::fromJson(request.body).object();
    for (const MultipartPart &p : request.parts) {
        if (p.name == QLatin1String("payload_json"))
            body = QJsonDocument::fromJson(p.data).object();
    }
    const QStringList &s = r.params;
    const QString t = r.routeTemplate;
    if (t == QLatin1String("GET /gateway/bot")) {
        out.body = json(m_gatewayInfo ? m_gatewayInfo() : QJsonObject{});
    } else if (t == QLatin1String("GET /guilds/{guild_id}/channels")) {
        const auto found = m_guildChannels.constFind(s[1]);
        if (found == m_guildChannels.cend()) {
            out.status = 404;
            out.body =
                json(QJsonObject{{QStringLiteral("message"), QStringLiteral("Unknown Guild")},
                                 {QStringLiteral("code"), 10004}});
        } else {
            out.body = QJsonDocument(*found).toJson(QJsonDocument::Compact);
        }
    } else if (t == QLatin1String("GET /users/@me")) {
        // The bot's own user, as READY names it; clients check their token with it.
        out.body = json(botUser());
    } else if (t == QLatin1String("GET /oauth2/applications/@me")) {
        out.body = json(QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                    {QStringLiteral("name"), QStringLiteral("mechdock")},
                                    {QStringLiteral("description"), QString()},
                                    {QStringLiteral("icon"), QJsonValue()},
                                    {QStringLiteral("rpc_origins"), QJsonArray()},
                                    {QStringLiteral("bot_public"), false},
                                    {QStringLiteral("bot_require_code_grant"), false},
                                    {QStringLiteral("owner"), botUser()},
                                    {QStringLiteral("verify_key"), QString()},
                                    {QStringLiteral("flags"), 0}});
    } else if (t.startsWith(QLatin1String("POST /interactions/"))) {
        m_callbacks.append(body);
        emit interactionCallback(s[1], s[2], body);
        const int type = body.value(QStringLiteral("type")).toInt();
        if (type == 4 || type == 5) {
            const QJsonObject original = storeMessage(QStringLiteral("@interaction-") + s[2],
                                                      body.value(QStringLiteral("data")).toObject(),
                                                      request.parts, QStringLiteral("@original"));
            m_messages[QStringLiteral("@interaction-") + s[2]] = {original};
        }
        out.status = 204;
    } else if (t.contains(QLatin1String("/webhooks/"))) {
        const QString key = QStringLiteral("@interaction-") + s[2];
        if (request.method == "POST") {
            const QJsonObject m = storeMessage(key, body, request.parts);
            m_messages[key].append(m);
            emit messageCreated(key, m);
            out.body = json(m);
        } else {
            const QString id = s.size() > 4 ? s[4] : QString();
            QList<QJsonObject> &list = m_messages[key];
            auto it = std::find_if(list.begin(), list.end(), [&](const QJsonObject &m) {
                return m.value(QStringLiteral("id")).toString() == id;
            });
            if (request.method == "PATCH") {
                QJsonObject m = it == list.end() ? storeMessage(key, {}, {}, id) : *it;
                for (auto k = body.begin(); k != body.end(); ++k)
                    m.insert(k.key(), k.value());
                if (it == list.end())
                    list.append(m);
                else
                    *it = m;
                emit messageEdited(key, m);
                out.body = json(m);
            } else if (it == list.end()) {
                out.status = 404;
                out.body =
                    json(QJsonObject{{QStringLiteral("message"), QStringLiteral("Unknown Message")},
                                     {QStringLiteral("code"), 10008}});
            } else if (request.method == "DELETE") {
                list.erase(it);
                out.status = 204;
            } else {
                out.body = json(*it);
            }
        }
    } else if (t == QLatin1String("POST /channels/{channel_id}/messages")) {
        const QJsonObject m = storeMessage(s[1], body, request.parts);
        QList<QJsonObject> &list = m_messages[s[1]];
        list.append(m);
        while (list.size() > 500)
            list.removeFirst();
        emit messageCreated(s[1], m);
        out.body = json(m);
    } else if (t == QLatin1String("GET /channels/{channel_id}/messages")) {
        QJsonArray newestFirst;
        const QList<QJsonObject> &list = m_messages[s[1]];
        for (auto it = list.rbegin(); it != list.rend() && newestFirst.size() < 50; ++it)
            newestFirst.append(*it);
        out.body = json(newestFirst);
    } else if (t.endsWith(QLatin1String("/channels/{channel_id}/messages/{message_id}"))) {
        QList<QJsonObject> &list = m_messages[s[1]];
        auto it = std::find_if(list.begin(), list.end(), [&](const QJsonObject &m) {
            return m.value(QStringLiteral("id")).toString() == s[3];
        });
        if (it == list.end()) {
            out.status = 404;
            out.body =
                json(QJsonObject{{QStringLiteral("message"), QStringLiteral("Unknown Message")},
                                 {QStringLiteral("code"), 10008}});
        } else if (request.method == "PATCH") {
            for (auto k = body.begin(); k != body.end(); ++k)
                it->insert(k.key(), k.value());
            emit messageEdited(s[1], *it);
            out.body = json(*it);
        } else if (request.method == "DELETE") {
            const QString id = s[3];
            list.erase(it);
            emit messageDeleted(s[1], id);
            out.status = 204;
        } else {
            out.body = json(*it);
        }
    } else if (t.endsWith(QLatin1String("/commands"))) {
        const QString key = s.size() == 5 ? s[1] + QLatin1Char('/') + s[3] : s[1];
        if (request.method == "PUT") {
            ++m_commandPuts;
            QJsonArray stored;
            const QJsonArray given = QJsonDocument::fromJson(request.body).array();
            for (const QJsonValue &v : given) {
                QJsonObject c = v.toObject();
                c.insert(QStringLiteral("id"), snowflake());
                c.insert(QStringLiteral("application_id"), s[1]);
                c.insert(QStringLiteral("version"), snowflake());
                if (!c.contains(QStringLiteral("type")))
                    c.insert(QStringLiteral("type"), 1);
                stored.append(c);
            }
            m_commands.insert(key, stored);
            out.body = json(stored);
        } else {
            out.body = json(m_commands.value(key));
        }
    } else {
        out.status = 404;
        out.body = json(QJsonObject{{QStringLiteral("message"), QStringLiteral("404: Not Found")},
                                    {QStringLiteral("code"), 0}});
    }
    return out;
}

void LocalDiscordRest::write(QTcpSocket *socket, const Response &response, bool truncate) {
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reason(response.status) + "\r\n";
    out += "Content-Type: application/json\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    const qsizetype length = response.body.size() + (truncate ? 100 : 0);
    out += "Content-Length: " + QByteArray::number(length) + "\r\n\r\n";
    out += response.body;
    socket->write(out);
    if (truncate)
        socket->disconnectFromHost();
}

} // namespace mechdock::test
