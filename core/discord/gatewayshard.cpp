#include "gatewayshard.h"

#include "common/logcategories.h"
#include "common/translation.h"
#include "gatewayclosecode.h"
#include "identifybudget.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QUrlQuery>
#include <QWebSocket>

#include <algorithm>

namespace mechdock::discord {

namespace {
enum Op {
    Dispatch = 0,
    Heartbeat = 1,
    Identify = 2,
    Resume = 6,
    Reconnect = 7,
    InvalidSession = 9,
    Hello = 10,
    HeartbeatAck = 11,
};
} // namespace

QString shardStateName(ShardState state) {
    switch (state) {
    case ShardState::Idle:
        return QStringLiteral("idle");
    case ShardState::Connecting:
        return QStringLiteral("connecting");
    case ShardState::WaitingForHello:
        return QStringLiteral("waiting-for-hello");
    case ShardState::Identifying:
        return QStringLiteral("identifying");
    case ShardState::Resuming:
        return QStringLiteral("resuming");
    case ShardState::Connected:
        return QStringLiteral("connected");
    case ShardState::Reconnecting:
        return QStringLiteral("reconnecting");
    case ShardState::Stopped:
        return QStringLiteral("stopped");
    }
    return QStringLiteral("unknown");
}

GatewayShard::GatewayShard(const GatewayOptions &options, IdentifyBudget *budget,
                           const Clock *clock, memory::CacheRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_budget(budget)
    , m_clock(clock)
    , m_inflater(options.maxMessageBytes)
    , m_sendLimiter(clock, options.sendLimit, options.sendWindowMs)
    , m_backoff(options.reconnectBaseMs, options.reconnectCapMs, options.random)
    , m_recentInteractions(std::max(16, options.recentInteractions)) {
    m_status.shardId = options.shardId;
    if (registry)
        m_recentRegistration = registry->add(
            QStringLiteral("discord.gateway.recent-interactions.shard-%1").arg(options.shardId),
            &m_recentInteractions);
    m_heartbeatTimer.setSingleShot(true);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &GatewayShard::beat);
    m_reconnectTimer.setSingleShot(true);
    m_identifyTimer.setSingleShot(true);
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &GatewayShard::drainOutbound);
}

GatewayShard::~GatewayShard() {
    m_recentRegistration.reset();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

double GatewayShard::random() const {
    return m_options.random ? std::clamp(m_options.random(), 0.0, 0.999999)
                            : QRandomGenerator::global()->generateDouble();
}

ShardStatus GatewayShard::status() const {
    QMutexLocker lock(&m_statusMutex);
    return m_status;
}

void GatewayShard::setState(ShardState state) {
    bool changed = false;
    updateStatus([&](ShardStatus &s) {
        changed = s.state != state;
        s.state = state;
    });
    if (changed)
        emit stateChanged(m_options.shardId, state);
}

void GatewayShard::start(const QUrl &gatewayUrl) {
    m_gatewayUrl = gatewayUrl;
    updateStatus([](ShardStatus &s) { s.fatalReason.clear(); });
    openConnection(false);
}

void GatewayShard::stop() {
    m_reconnectTimer.stop();
    m_identifyTimer.stop();
    m_heartbeatTimer.stop();
    m_drainTimer.stop();
    dropSocket(1000);
    clearSession();
    setState(ShardState::Idle);
}

int GatewayShard::nextAttemptInMs() const {
    int next = -1;
    for (const QTimer *timer : {&m_reconnectTimer, &m_identifyTimer}) {
        if (timer->isActive()) {
            const int left = std::max(0, timer->remainingTime());
            next = next < 0 ? left : std::min(next, left);
        }
    }
    return next;
}

void GatewayShard::clearSession() {
    m_sessionId.clear();
    m_resumeUrl.clear();
    m_sequence = 0;
    updateStatus([](ShardStatus &s) {
        s.sessionId.clear();
        s.sequence = 0;
    });
}

void GatewayShard::openConnection(bool resume) {
    m_resumeOnHello = resume && !m_sessionId.isEmpty();
    QUrl url = m_resumeOnHello && m_resumeUrl.isValid() ? m_resumeUrl : m_gatewayUrl;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("v"));
    query.removeAllQueryItems(QStringLiteral("encoding"));
    query.removeAllQueryItems(QStringLiteral("compress"));
    query.addQueryItem(QStringLiteral("v"), QStringLiteral("10"));
    query.addQueryItem(QStringLiteral("encoding"), QStringLiteral("json"));
    if (m_options.compress)
        query.addQueryItem(QStringLiteral("compress"), QStringLiteral("zlib-stream"));
    url.setQuery(query);
    if (url.path().isEmpty())
        url.setPath(QStringLiteral("/"));
    connectSocket(url);
}

void GatewayShard::connectSocket(const QUrl &url) {
    dropSocket(GatewayCloseCode::kReconnectRequested);
    const quint64 generation = ++m_generation;
    m_inflater.reset();
    m_sendLimiter.reset();
    m_outbound.clear();
    m_helloReceived = false;
    m_socketError.clear();
    m_ackSinceLastBeat = true;
    m_heartbeatTimer.stop();
    m_identifyTimer.stop();
    updateStatus([](ShardStatus &s) {
        ++s.connections;
        s.nextAttemptEpochMs = 0;
    });
    setState(ShardState::Connecting);

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    socket->setMaxAllowedIncomingFrameSize(quint64(m_options.maxMessageBytes));
    socket->setMaxAllowedIncomingMessageSize(quint64(m_options.maxMessageBytes));
    m_socket = socket;
    connect(socket, &QWebSocket::connected, this, [this, generation] {
        if (generation == m_generation)
            setState(ShardState::WaitingForHello);
    });
    connect(socket, &QWebSocket::binaryMessageReceived, this,
            [this, generation](const QByteArray &frame) {
                if (generation == m_generation)
                    handleFrame(frame);
            });
    connect(socket, &QWebSocket::textMessageReceived, this,
            [this, generation](const QString &text) {
                if (generation == m_generation)
                    handlePayload(text.toUtf8());
            });
    connect(socket, &QWebSocket::disconnected, this, [this, generation] {
        if (generation == m_generation)
            handleDisconnect();
    });
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, generation, socket] {
                if (generation == m_generation)
                    m_socketError = socket->errorString();
            });
    qCDebug(lcDiscord) << "shard" << m_options.shardId << "connecting to" << url.toString();
    socket->open(url);
}

void GatewayShard::dropSocket(int closeCode) {
    if (!m_socket)
        return;
    QWebSocket *old = m_socket;
    m_socket = nullptr;
    ++m_generation;
    old->disconnect(this);
    if (old->state() == QAbstractSocket::ConnectedState) {
        connect(old, &QWebSocket::disconnected, old, &QObject::deleteLater);
        old->close(QWebSocketProtocol::CloseCode(closeCode));
        // A peer that never answers the close frame must not keep the socket alive.
        QTimer::singleShot(5000, old, [old] { old->abort(); });
    } else {
        old->abort();
        old->deleteLater();
    }
}

void GatewayShard::handleFrame(const QByteArray &frame) {
    if (!m_options.compress) {
        handlePayload(frame);
        return;
    }
    QByteArray message;
    QString error;
    switch (m_inflater.feed(frame, &message, &error)) {
    case ZlibStreamInflater::Status::NeedMore:
        return;
    case ZlibStreamInflater::Status::Message:
        handlePayload(message);
        return;
    case ZlibStreamInflater::Status::Error:
        qCWarning(lcDiscord) << "shard" << m_options.shardId << error << "; reconnecting";
        updateStatus([](ShardStatus &s) { ++s.malformedPayloads; });
        reconnect(true, GatewayCloseCode::kStreamCorrupt, nextReconnectDelay());
        return;
    }
}

void GatewayShard::handlePayload(const QByteArray &json) {
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        // One bad payload is dropped; the stream itself is still in step.
        updateStatus([](ShardStatus &s) { ++s.malformedPayloads; });
        qCWarning(lcDiscord) << "shard" << m_options.shardId
                             << "ignored a gateway payload that is not a JSON object ("
                             << parseError.errorString() << ")";
        return;
    }
    const QJsonObject payload = doc.object();
    const int op = payload.value(QStringLiteral("op")).toInt(-1);
    switch (op) {
    case Dispatch:
        handleDispatch(payload);
        return;
    case Heartbeat:
        // The server asks for a beat now; it does not change the zombie bookkeeping's schedule.
        sendRaw(QJsonDocument(QJsonObject{{QStringLiteral("op"), Heartbeat},
                                          {QStringLiteral("d"),
                                           m_sequence > 0 ? QJsonValue(m_sequence) : QJsonValue()}})
                    .toJson(QJsonDocument::Compact),
                true);
        return;
    case Reconnect:
        qCInfo(lcDiscord) << "shard" << m_options.shardId << "asked to reconnect (op 7)";
        reconnect(true, GatewayCloseCode::kReconnectRequested, nextReconnectDelay());
        return;
    case InvalidSession: {
        const bool resumable = payload.value(QStringLiteral("d")).toBool();
        qCInfo(lcDiscord) << "shard" << m_options.shardId
                          << "session invalidated, resumable:" << resumable;
        if (resumable) {
            reconnect(true, GatewayCloseCode::kReconnectRequested, nextReconnectDelay());
        } else {
            clearSession();
            const int span =
                std::max(0, m_options.invalidSessionMaxMs - m_options.invalidSessionMinMs);
            reconnect(false, GatewayCloseCode::kReconnectRequested,
                      m_options.invalidSessionMinMs + int(random() * span));
        }
        return;
    }
    case Hello:
        handleHello(payload.value(QStringLiteral("d")).toObject());
        return;
    case HeartbeatAck: {
        m_ackSinceLastBeat = true;
        const double latency = double(m_clock->monotonicMs() - m_lastBeatSentMs);
        updateStatus([latency](ShardStatus &s) { s.latencyMs = latency; });
        emit latencyMeasured(m_options.shardId, latency);
        return;
    }
    default:
        qCDebug(lcDiscord) << "shard" << m_options.shardId << "ignored opcode" << op;
    }
}

void GatewayShard::handleHello(const QJsonObject &data) {
    m_heartbeatIntervalMs = std::clamp(
        data.value(QStringLiteral("heartbeat_interval")).toInt(41250), 10, 10 * 60 * 1000);
    m_helloReceived = true;
    m_ackSinceLastBeat = true;
    // The first beat is jittered so that many clients reconnecting together do not beat together.
    m_firstBeatPending = true;
    m_heartbeatTimer.start(int(m_heartbeatIntervalMs * random()));
    if (m_resumeOnHello) {
        sendResume();
    } else {
        m_sequence = 0;
        tryIdentify(m_generation);
    }
}

void GatewayShard::beat() {
    if (!m_socket || !m_helloReceived)
        return;
    if (!m_ackSinceLastBeat && !m_firstBeatPending) {
        updateStatus([](ShardStatus &s) { ++s.zombies; });
        qCWarning(lcDiscord) << "shard" << m_options.shardId
                             << "got no heartbeat ACK since the last beat; reconnecting";
        reconnect(true, GatewayCloseCode::kZombieConnection, 0);
        return;
    }
    m_firstBeatPending = false;
    m_ackSinceLastBeat = false;
    m_lastBeatSentMs = m_clock->monotonicMs();
    sendRaw(QJsonDocument(QJsonObject{{QStringLiteral("op"), Heartbeat},
                                      {QStringLiteral("d"),
                                       m_sequence > 0 ? QJsonValue(m_sequence) : QJsonValue()}})
                .toJson(QJsonDocument::Compact),
            true);
    m_heartbeatTimer.start(m_heartbeatIntervalMs);
}

void GatewayShard::tryIdentify(quint64 generation) {
    if (generation != m_generation || !m_socket)
        return;
    setState(ShardState::Identifying);
    const qint64 wait = m_budget ? m_budget->reserve(m_options.shardId) : 0;
    if (wait > 0) {
        qCInfo(lcDiscord) << "shard" << m_options.shardId << "waits" << wait
                          << "ms for its identify slot";
        m_identifyTimer.disconnect();
        connect(&m_identifyTimer, &QTimer::timeout, this,
                [this, generation] { tryIdentify(generation); });
        m_identifyTimer.start(int(std::min<qint64>(wait, 24LL * 3600 * 1000)));
        return;
    }
    const QJsonObject properties{{QStringLiteral("os"), QSysInfo::productType()},
                                 {QStringLiteral("browser"), m_options.clientName},
                                 {QStringLiteral("device"), m_options.clientName}};
    const QJsonObject identify{
        {QStringLiteral("token"), m_options.token},
        {QStringLiteral("intents"), m_options.intents},
        {QStringLiteral("properties"), properties},
        {QStringLiteral("shard"), QJsonArray{m_options.shardId, m_options.shardCount}}};
    const qint64 now = m_clock->monotonicMs();
    updateStatus([now](ShardStatus &s) {
        ++s.identifies;
        s.lastIdentifyAtMs = now;
    });
    send(Identify, identify);
}

void GatewayShard::sendResume() {
    setState(ShardState::Resuming);
    updateStatus([](ShardStatus &s) { ++s.resumes; });
    send(Resume, QJsonObject{{QStringLiteral("token"), m_options.token},
                             {QStringLiteral("session_id"), m_sessionId},
                             {QStringLiteral("seq"), m_sequence}});
}

void GatewayShard::handleDispatch(const QJsonObject &payload) {
    const QString type = payload.value(QStringLiteral("t")).toString();
    const QJsonObject data = payload.value(QStringLiteral("d")).toObject();
    const QJsonValue s = payload.value(QStringLiteral("s"));
    if (s.isDouble()) {
        const qint64 seq = qint64(s.toDouble());
        if (seq <= m_sequence && !m_sessionId.isEmpty()) {
            // Replayed after a resume although already handled.
            updateStatus([](ShardStatus &st) { ++st.duplicatesDropped; });
            return;
        }
        m_sequence = seq;
    }
    if (type == QLatin1String("READY")) {
        m_sessionId = data.value(QStringLiteral("session_id")).toString();
        const QUrl resumeUrl(data.value(QStringLiteral("resume_gateway_url")).toString());
        m_resumeUrl = resumeUrl.isValid() && !resumeUrl.isEmpty() ? resumeUrl : m_gatewayUrl;
        m_backoff.reset();
        m_reconnectAttempts = 0;
        updateStatus([this](ShardStatus &st) {
            st.sessionId = m_sessionId;
            st.lastError.clear();
        });
        setState(ShardState::Connected);
        qCInfo(lcDiscord) << "shard" << m_options.shardId << "ready, session" << m_sessionId;
        emit ready(m_options.shardId, m_sessionId);
    } else if (type == QLatin1String("RESUMED")) {
        m_backoff.reset();
        m_reconnectAttempts = 0;
        updateStatus([](ShardStatus &st) { st.lastError.clear(); });
        setState(ShardState::Connected);
        qCInfo(lcDiscord) << "shard" << m_options.shardId << "resumed at sequence" << m_sequence;
        emit resumed(m_options.shardId);
    } else if (type == QLatin1String("INTERACTION_CREATE")) {
        const QString id = data.value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && m_recentInteractions.checkAndInsert(id)) {
            updateStatus([](ShardStatus &st) { ++st.duplicatesDropped; });
            return;
        }
    }
    updateStatus([this](ShardStatus &st) {
        ++st.dispatches;
        st.sequence = m_sequence;
    });
    emit dispatched(m_options.shardId, type, data);
}

void GatewayShard::handleDisconnect() {
    const int code = m_socket ? int(m_socket->closeCode()) : -1;
    const QString serverReason = m_socket ? m_socket->closeReason() : QString();
    m_heartbeatTimer.stop();
    const CloseCodeInfo info = GatewayCloseCode::classify(code);
    // A latency measured on a connection that is gone would read as current.
    // The socket's own error ("Connection refused") says more than the close code it implies.
    const QString why = !m_socketError.isEmpty() ? m_socketError
                        : code > 0 ? tr("closed with code %1: %2").arg(code).arg(info.reason)
                                   : info.reason;
    updateStatus([code, &why](ShardStatus &s) {
        s.lastCloseCode = code;
        s.latencyMs = -1;
        s.lastError = why;
    });
    if (info.action == CloseAction::Fatal) {
        dropSocket(1000);
        clearSession();
        m_reconnectTimer.stop();
        updateStatus([&](ShardStatus &s) { s.fatalReason = info.reason; });
        setState(ShardState::Stopped);
        qCCritical(lcDiscord).noquote()
            << "shard" << m_options.shardId << info.reason
            << (serverReason.isEmpty() ? QString() : QStringLiteral("(%1)").arg(serverReason));
        emit fatalError(m_options.shardId, code, info.reason);
        return;
    }
    qCInfo(lcDiscord).noquote() << "shard" << m_options.shardId << "disconnected, code" << code
                                << info.reason;
    if (info.action == CloseAction::Reidentify)
        clearSession();
    reconnect(info.action == CloseAction::Resume, -1, nextReconnectDelay());
}

int GatewayShard::nextReconnectDelay() {
    // The first reconnect after a working session is immediate; repeated failures back off.
    return m_reconnectAttempts++ == 0 ? 0 : m_backoff.nextDelayMs();
}

void GatewayShard::reconnect(bool resume, int closeCode, int delayMs) {
    m_heartbeatTimer.stop();
    m_identifyTimer.stop();
    dropSocket(closeCode > 0 ? closeCode : GatewayCloseCode::kReconnectRequested);
    setState(ShardState::Reconnecting);
    m_reconnectTimer.disconnect();
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this, resume] { openConnection(resume); });
    m_reconnectTimer.start(std::max(0, delayMs));
    updateStatus([at = m_clock->epochMs() + std::max(0, delayMs)](ShardStatus &s) {
        s.nextAttemptEpochMs = at;
    });
}

bool GatewayShard::send(int op, const QJsonValue &data) {
    const QByteArray payload =
        QJsonDocument(QJsonObject{{QStringLiteral("op"), op}, {QStringLiteral("d"), data}})
            .toJson(QJsonDocument::Compact);
    if (payload.size() > m_options.maxPayloadBytes) {
        updateStatus([](ShardStatus &s) { ++s.refusedOversize; });
        qCWarning(lcDiscord) << "shard" << m_options.shardId << "refused to send a"
                             << payload.size() << "byte payload (Discord's limit is"
                             << m_options.maxPayloadBytes << "bytes)";
        return false;
    }
    return sendRaw(payload, op == Heartbeat);
}

bool GatewayShard::sendRaw(const QByteArray &payload, bool heartbeat) {
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return false;
    if (!heartbeat && !m_outbound.empty()) {
        if (int(m_outbound.size()) >= m_options.outboundQueueCapacity)
            return false;
        m_outbound.push_back(payload);
        return true;
    }
    if (!m_sendLimiter.tryAcquire(heartbeat)) {
        if (heartbeat || int(m_outbound.size()) >= m_options.outboundQueueCapacity)
            return false;
        m_outbound.push_back(payload);
        m_drainTimer.start(int(m_sendLimiter.msUntilAvailable(false)));
        return true;
    }
    m_socket->sendTextMessage(QString::fromUtf8(payload));
    return true;
}

void GatewayShard::drainOutbound() {
    while (!m_outbound.empty() && m_socket &&
           m_socket->state() == QAbstractSocket::ConnectedState) {
        if (!m_sendLimiter.tryAcquire(false)) {
            m_drainTimer.start(int(m_sendLimiter.msUntilAvailable(false)));
            return;
        }
        m_socket->sendTextMessage(QString::fromUtf8(m_outbound.front()));
        m_outbound.pop_front();
    }
}

} // namespace mechdock::discord
