#include "localdiscordgateway.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <zlib.h>

namespace mechdock::test {

struct LocalDiscordGateway::Connection {
    QPointer<QWebSocket> socket;
    QString path;
    bool compress = false;
    z_stream z{};
    bool zInit = false;
    bool identified = false;
    bool helloSent = false;
    bool serverClosing = false; // we closed or aborted: the close code is ours, not the client's
    int shard = 0;
    QString sessionId;
    std::deque<qint64> sendTimes;

    ~Connection() {
        if (zInit)
            deflateEnd(&z);
    }
};

LocalDiscordGateway::LocalDiscordGateway(QObject *parent)
    : QObject(parent)
    , m_server(new QWebSocketServer(QStringLiteral("local-discord"),
                                    QWebSocketServer::NonSecureMode, this)) {
    connect(m_server, &QWebSocketServer::newConnection, this,
            &LocalDiscordGateway::onNewConnection);
}

LocalDiscordGateway::~LocalDiscordGateway() {
    for (auto &c : m_live) {
        if (c->socket) {
            c->socket->disconnect(this);
            c->socket->abort();
        }
    }
}

bool LocalDiscordGateway::listen() {
    m_server->setMaxPendingConnections(64);
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LocalDiscordGateway::port() const {
    return m_server->serverPort();
}

QUrl LocalDiscordGateway::url() const {
    return QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(port()));
}

QUrl LocalDiscordGateway::resumeUrl() const {
    return QUrl(QStringLiteral("ws://127.0.0.1:%1/resume").arg(port()));
}

void LocalDiscordGateway::setSessionStartLimit(int total, int remaining, int resetAfterMs,
                                               int maxConcurrency) {
    m_limitTotal = total;
    m_limitRemaining = remaining;
    m_limitResetMs = resetAfterMs;
    m_maxConcurrency = maxConcurrency;
}

QJsonObject LocalDiscordGateway::sessionStartLimit() const {
    return QJsonObject{{QStringLiteral("total"), m_limitTotal},
                       {QStringLiteral("remaining"), m_limitRemaining},
                       {QStringLiteral("reset_after"), m_limitResetMs},
                       {QStringLiteral("max_concurrency"), m_maxConcurrency}};
}

int LocalDiscordGateway::liveConnections() const {
    int n = 0;
    for (const auto &c : m_live)
        n += c->socket && c->socket->state() == QAbstractSocket::ConnectedState ? 1 : 0;
    return n;
}

void LocalDiscordGateway::onNewConnection() {
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        auto conn = std::make_unique<Connection>();
        Connection *c = conn.get();
        c->socket = socket;
        const QUrl requestUrl = socket->requestUrl();
        c->path = requestUrl.path().isEmpty() ? QStringLiteral("/") : requestUrl.path();
        c->compress =
            m_compression && QUrlQuery(requestUrl).queryItemValue(QStringLiteral("compress")) ==
                                 QLatin1String("zlib-stream");
        if (c->compress)
            c->zInit = deflateInit(&c->z, Z_DEFAULT_COMPRESSION) == Z_OK;
        socket->setMaxAllowedIncomingMessageSize(1024 * 1024);
        m_live.push_back(std::move(conn));
        ++m_connections;
        ++m_connectionsByPath[c->path];
        emit connectionOpened(c->path);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, c](const QString &text) { onMessage(c, text.toUtf8()); });
        connect(socket, &QWebSocket::binaryMessageReceived, this,
                [this, c](const QByteArray &bytes) { onMessage(c, bytes); });
        connect(socket, &QWebSocket::disconnected, this, [this, c] {
            if (!c->serverClosing) {
                const int code = int(c->socket ? c->socket->closeCode() : -1);
                m_lastClientClose = code;
                emit clientClosed(c->shard, code);
            }
            forget(c);
        });
        if (m_reconnectBeforeHello) {
            m_reconnectBeforeHello = false;
            send(c, QJsonObject{{QStringLiteral("op"), 7}, {QStringLiteral("d"), QJsonValue()}});
            continue;
        }
        hello(c);
    }
}

void LocalDiscordGateway::forget(Connection *c) {
    for (Session &s : m_sessions) {
        if (s.live == c)
            s.live = nullptr;
    }
    for (auto it = m_live.begin(); it != m_live.end(); ++it) {
        if (it->get() == c) {
            if (c->socket)
                c->socket->deleteLater();
            m_live.erase(it);
            return;
        }
    }
}

void LocalDiscordGateway::hello(Connection *c) {
    c->helloSent = true;
    send(c, QJsonObject{{QStringLiteral("op"), 10},
                        {QStringLiteral("d"),
                         QJsonObject{{QStringLiteral("heartbeat_interval"), m_heartbeatMs}}}});
}

void LocalDiscordGateway::sendRaw(Connection *c, const QByteArray &bytes) {
    if (!c->socket || c->socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (!c->compress) {
        c->socket->sendTextMessage(QString::fromUtf8(bytes));
        return;
    }
    QByteArray out;
    c->z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.data()));
    c->z.avail_in = uInt(bytes.size());
    char buf[16384];
    do {
        c->z.next_out = reinterpret_cast<Bytef *>(buf);
        c->z.avail_out = sizeof buf;
        deflate(&c->z, Z_SYNC_FLUSH);
        out.append(buf, qsizetype(sizeof buf - c->z.avail_out));
    } while (c->z.avail_out == 0);
    if (m_splitBytes <= 0) {
        c->socket->sendBinaryMessage(out);
        return;
    }
    for (qsizetype i = 0; i < out.size(); i += m_splitBytes)
        c->socket->sendBinaryMessage(out.mid(i, m_splitBytes));
}

void LocalDiscordGateway::send(Connection *c, const QJsonObject &payload) {
    sendRaw(c, QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

void LocalDiscordGateway::closeConnection(Connection *c, int code) {
    if (!c || !c->socket)
        return;
    c->serverClosing = true;
    c->socket->close(QWebSocketProtocol::CloseCode(code), QStringLiteral("closed by test"));
}

void LocalDiscordGateway::onMessage(Connection *c, const QByteArray &text) {
    if (text.size() > 4096) {
        closeConnection(c, 4002);
        return;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    c->sendTimes.push_back(now);
    while (!c->sendTimes.empty() && now - c->sendTimes.front() >= 60000)
        c->sendTimes.pop_front();
    if (c->sendTimes.size() > 120) {
        closeConnection(c, 4008);
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(text);
    if (!doc.isObject()) {
        closeConnection(c, 4002);
        return;
    }
    const QJsonObject payload = doc.object();
    m_received.push_back(payload);
    while (m_received.size() > 2000)
        m_received.pop_front();
    const int op = payload.value(QStringLiteral("op")).toInt(-1);
    const QJsonObject d = payload.value(QStringLiteral("d")).toObject();
    switch (op) {
    case 1:
        ++m_heartbeats;
        emit heartbeatReceived(c->shard);
        if (m_ack)
            send(c, QJsonObject{{QStringLiteral("op"), 11}});
        return;
    case 2: {
        if (d.value(QStringLiteral("token")).toString() != m_token) {
            closeConnection(c, 4004);
            return;
        }
        const int intents = d.value(QStringLiteral("intents")).toInt();
        m_identifiedIntents.append(intents);
        constexpr int kPrivileged = (1 << 1) | (1 << 8) | (1 << 15);
        if ((intents & kPrivileged & ~m_allowedPrivileged) != 0) {
            closeConnection(c, 4014);
            return;
        }
        const QJsonArray shard = d.value(QStringLiteral("shard")).toArray();
        c->shard = shard.isEmpty() ? 0 : shard.at(0).toInt();
        c->identified = true;
        ++m_identifies;
        m_identifyTimes.append(now);
        m_identifiedShards.append(c->shard);
        Session s;
        s.id = QString::number(QRandomGenerator::global()->generate64(), 16);
        s.shard = c->shard;
        s.live = c;
        s.intents = intents;
        c->sessionId = s.id;
        // The shard's old session is gone with a fresh identify.
        m_sessions.remove(m_sessionByShard.value(c->shard));
        m_sessions.insert(s.id, s);
        m_sessionByShard.insert(c->shard, s.id);
        Session &session = m_sessions[s.id];
        QJsonArray guilds;
        for (const QString &g : std::as_const(m_guilds))
            guilds.append(
                QJsonObject{{QStringLiteral("id"), g}, {QStringLiteral("unavailable"), true}});
        sendDispatch(
            session, QStringLiteral("READY"),
            QJsonObject{{QStringLiteral("v"), 10},
                        {QStringLiteral("session_id"), s.id},
                        {QStringLiteral("resume_gateway_url"), resumeUrl().toString()},
                        {QStringLiteral("user"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                                     {QStringLiteral("username"), QStringLiteral("mechdock")},
                                     {QStringLiteral("discriminator"), QStringLiteral("0")},
                                     {QStringLiteral("bot"), true},
                                     {QStringLiteral("avatar"), QJsonValue()}}},
                        {QStringLiteral("guilds"), guilds},
                        {QStringLiteral("shard"), QJsonArray{c->shard, m_shards}},
                        {QStringLiteral("application"),
                         QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}});
        for (const QString &g : std::as_const(m_guilds))
            sendDispatch(session, QStringLiteral("GUILD_CREATE"),
                         QJsonObject{{QStringLiteral("id"), g},
                                     {QStringLiteral("name"), QStringLiteral("Test guild")}});
        emit identified(c->shard, s.id);
        return;
    }
    case 6: {
        if (d.value(QStringLiteral("token")).toString() != m_token) {
            closeConnection(c, 4004);
            return;
        }
        const QString id = d.value(QStringLiteral("session_id")).toString();
        auto it = m_sessions.find(id);
        if (it == m_sessions.end()) {
            send(c, QJsonObject{{QStringLiteral("op"), 9}, {QStringLiteral("d"), false}});
            return;
        }
        const qint64 from = qint64(d.value(QStringLiteral("seq")).toDouble());
        Session &s = *it;
        s.live = c;
        c->identified = true;
        c->shard = s.shard;
        c->sessionId = s.id;
        ++m_resumes;
        int replayed = 0;
        for (const QJsonObject &p : s.history) {
            if (qint64(p.value(QStringLiteral("s")).toDouble()) > from) {
                send(c, p);
                ++replayed;
            }
        }
        sendDispatch(s, QStringLiteral("RESUMED"), QJsonObject{});
        emit resumed(s.shard, replayed);
        return;
    }
    default:
        if (!c->identified)
            closeConnection(c, 4003);
        return;
    }
}

void LocalDiscordGateway::sendDispatch(Session &s, const QString &type, const QJsonObject &d) {
    const QJsonObject payload{{QStringLiteral("op"), 0},
                              {QStringLiteral("s"), ++s.seq},
                              {QStringLiteral("t"), type},
                              {QStringLiteral("d"), d}};
    s.history.push_back(payload);
    while (s.history.size() > 1000)
        s.history.pop_front();
    if (s.live)
        send(s.live, payload);
    emit dispatchSent(s.shard, type, d);
}

LocalDiscordGateway::Connection *LocalDiscordGateway::liveFor(int shard) const {
    for (auto it = m_live.rbegin(); it != m_live.rend(); ++it) {
        Connection *c = it->get();
        if (c->socket && c->socket->state() == QAbstractSocket::ConnectedState &&
            c->shard == shard && !c->serverClosing)
            return c;
    }
    return nullptr;
}

LocalDiscordGateway::Session *LocalDiscordGateway::sessionFor(int shard) {
    auto it = m_sessions.find(m_sessionByShard.value(shard));
    return it == m_sessions.end() ? nullptr : &*it;
}

void LocalDiscordGateway::dispatchEvent(const QString &type, const QJsonObject &d, int shard) {
    if (Session *s = sessionFor(shard))
        sendDispatch(*s, type, d);
}

bool LocalDiscordGateway::dispatchMessage(const QJsonObject &message, int shard) {
    Session *s = sessionFor(shard);
    if (!s || (s->intents & (1 << 9)) == 0)
        return false;
    QJsonObject d = message;
    if ((s->intents & (1 << 15)) == 0) {
        d.insert(QStringLiteral("content"), QString());
        d.insert(QStringLiteral("embeds"), QJsonArray());
    }
    sendDispatch(*s, QStringLiteral("MESSAGE_CREATE"), d);
    return true;
}

QJsonObject LocalDiscordGateway::dispatchInteraction(const QJsonObject &interaction, int shard) {
    QJsonObject full = interaction;
    const quint64 snowflake =
        (quint64(QDateTime::currentMSecsSinceEpoch() - 1420070400000LL) << 22) |
        (m_nextSnowflake++ & 0x3fffff);
    if (!full.contains(QStringLiteral("id")))
        full.insert(QStringLiteral("id"), QString::number(snowflake));
    if (!full.contains(QStringLiteral("token")))
        full.insert(QStringLiteral("token"),
                    QStringLiteral("itoken-") + full.value(QStringLiteral("id")).toString());
    if (!full.contains(QStringLiteral("application_id")))
        full.insert(QStringLiteral("application_id"), QStringLiteral("1"));
    if (!full.contains(QStringLiteral("version")))
        full.insert(QStringLiteral("version"), 1);
    dispatchEvent(QStringLiteral("INTERACTION_CREATE"), full, shard);
    return full;
}

void LocalDiscordGateway::dropWithoutClose(int shard) {
    if (Connection *c = liveFor(shard)) {
        c->serverClosing = true;
        if (Session *s = sessionFor(shard); s && s->live == c)
            s->live = nullptr;
        c->socket->abort();
    }
}

void LocalDiscordGateway::sendReconnect(int shard) {
    if (Connection *c = liveFor(shard)) {
        if (Session *s = sessionFor(shard); s && s->live == c)
            s->live = nullptr; // events from now on wait for the resume
        send(c, QJsonObject{{QStringLiteral("op"), 7}, {QStringLiteral("d"), QJsonValue()}});
    }
}

void LocalDiscordGateway::sendInvalidSession(bool resumable, int shard) {
    if (Connection *c = liveFor(shard)) {
        if (!resumable)
            m_sessions.remove(m_sessionByShard.take(shard));
        else if (Session *s = sessionFor(shard); s && s->live == c)
            s->live = nullptr;
        send(c, QJsonObject{{QStringLiteral("op"), 9}, {QStringLiteral("d"), resumable}});
    }
}

void LocalDiscordGateway::closeWithCode(int code, int shard) {
    if (Connection *c = liveFor(shard)) {
        if (code == 4007 || code == 4009 || code == 4003)
            m_sessions.remove(m_sessionByShard.take(shard));
        else if (Session *s = sessionFor(shard); s && s->live == c)
            s->live = nullptr;
        closeConnection(c, code);
    }
}

void LocalDiscordGateway::sendMalformed(int shard) {
    if (Connection *c = liveFor(shard))
        sendRaw(c, QByteArray("{\"op\":0,\"t\":\"BROKEN\",\"d\":{\"unterminated\": [1, 2"));
}

void LocalDiscordGateway::sendOversized(int bytes, int shard) {
    if (Connection *c = liveFor(shard)) {
        QByteArray payload("{\"op\":0,\"s\":null,\"t\":\"PADDING\",\"d\":{\"pad\":\"");
        payload.append(QByteArray(std::max(0, bytes), 'a'));
        payload.append("\"}}");
        if (Session *s = sessionFor(shard); s && s->live == c)
            s->live = nullptr; // the client will drop this connection and resume
        sendRaw(c, payload);
    }
}

void LocalDiscordGateway::sendServerHeartbeatRequest(int shard) {
    if (Connection *c = liveFor(shard))
        send(c, QJsonObject{{QStringLiteral("op"), 1}, {QStringLiteral("d"), QJsonValue()}});
}

} // namespace mechdock::test
