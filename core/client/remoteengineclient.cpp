#include "remoteengineclient.h"

#include "control/controlprotocol.h"
#include "control/snapshotjson.h"
#include "control/valuejson.h"
#include "docker/containeraction.h"
#include "localclienttransport.h"
#include "tlsclienttransport.h"

#include <QDateTime>
#include <QJsonArray>

namespace mechdock::client {

namespace {

qint64 nowMs() {
    return QDateTime::currentMSecsSinceEpoch();
}

// Errors after which trying again with the same address cannot help.
bool isFinal(const QString &code) {
    return code == QLatin1String(control::errc::kAuthFailed) ||
           code == QLatin1String(control::errc::kProtocolMismatch) ||
           code == QLatin1String(control::errc::kRateLimited);
}

} // namespace

RemoteEngineClient::RemoteEngineClient(QString clientName, QObject *parent)
    : EngineClient(parent)
    , m_clientName(std::move(clientName)) {
    m_state.status = ConnectionState::Status::Disconnected;
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RemoteEngineClient::open);
    m_expiry.setInterval(1000);
    connect(&m_expiry, &QTimer::timeout, this, &RemoteEngineClient::expireRequests);
}

RemoteEngineClient::~RemoteEngineClient() {
    if (m_transport)
        m_transport->abort();
}

void RemoteEngineClient::connectTo(const ServerAddress &address) {
    m_address = address;
    m_state.server = address.displayName();
    m_retryMs = kFirstRetryMs;
    m_retry.stop();
    if (m_transport)
        m_transport->abort();
    failPending(tr("The connection was replaced."));
    m_transport.reset();
    if (address.kind == ServerAddress::Kind::LocalSocket) {
        m_transport = std::make_unique<LocalClientTransport>(address.socketPath);
    } else {
        auto tls = std::make_unique<TlsClientTransport>(address.url, address.fingerprint);
        connect(tls.get(), &TlsClientTransport::certificateUnconfirmed, this,
                [this](const QString &fingerprint) {
                    fail(tr("The server's certificate (SHA-256 %1) has not been confirmed.")
                             .arg(fingerprint),
                         true);
                    // Queued: the panel may reconnect at once, which replaces the transport
                    // that is reporting this.
                    QMetaObject::invokeMethod(
                        this, [this, fingerprint] { emit certificateUnconfirmed(fingerprint); },
                        Qt::QueuedConnection);
                });
        m_transport = std::move(tls);
    }
    connect(m_transport.get(), &ClientTransport::opened, this, &RemoteEngineClient::onOpened);
    connect(m_transport.get(), &ClientTransport::messageReceived, this,
            &RemoteEngineClient::onMessage);
    connect(m_transport.get(), &ClientTransport::closed, this, &RemoteEngineClient::onClosed);
    open();
}

void RemoteEngineClient::disconnectFromEngine() {
    m_retry.stop();
    if (m_transport)
        m_transport->abort();
    m_phase = Phase::Idle;
    failPending(tr("Disconnected."));
    setState(ConnectionState::Status::Disconnected, tr("Disconnected."));
}

void RemoteEngineClient::open() {
    if (!m_transport)
        return;
    m_phase = Phase::Opening;
    setState(ConnectionState::Status::Connecting);
    m_transport->open();
}

void RemoteEngineClient::onOpened() {
    m_phase = Phase::AwaitWelcome;
    m_transport->send(control::ControlProtocol::hello(m_clientName));
}

void RemoteEngineClient::onMessage(const QByteArray &bytes) {
    const control::ControlExpected<control::ServerMessage> parsed =
        control::ControlProtocol::parseServer(bytes);
    if (!parsed) {
        fail(tr("The engine sent something that is not the control API (%1).")
                 .arg(parsed.error().message),
             false);
        return;
    }
    const control::ServerMessage &m = parsed.value();
    using Type = control::ServerMessage::Type;
    switch (m.type) {
    case Type::Welcome:
        if (m_phase != Phase::AwaitWelcome)
            return;
        if (m.protocol != control::ControlProtocol::kVersion) {
            fail(tr("The engine speaks control protocol %1, this panel %2: update the older one.")
                     .arg(m.protocol)
                     .arg(control::ControlProtocol::kVersion),
                 true);
            return;
        }
        m_serverVersion = m.server;
        m_phase = Phase::AwaitAuth;
        if (m.authRequired) {
            if (!m_address.apiKey.isEmpty())
                m_transport->send(control::ControlProtocol::authKey(m_address.apiKey));
            else if (!m_address.user.isEmpty())
                m_transport->send(
                    control::ControlProtocol::authPassword(m_address.user, m_address.password));
            else
                fail(tr("This engine needs an API key or a password."), true);
        }
        return;
    case Type::Authenticated:
        if (m_phase == Phase::AwaitAuth)
            becomeReady(m.identity);
        return;
    case Type::Error:
        fail(m.message.isEmpty() ? m.code : m.message, isFinal(m.code));
        return;
    case Type::Response: {
        const auto it = m_pending.find(m.id);
        if (it == m_pending.end())
            return; // the subscription's answer, or one that timed out
        const Pending p = it.value();
        m_pending.erase(it);
        const Expected<QJsonObject> result =
            m.ok ? Expected<QJsonObject>(m.result)
                 : Expected<QJsonObject>(control::ControlError{m.code, m.message});
        if (p.context)
            p.done(result);
        return;
    }
    case Type::Event:
        if (m.topic == QLatin1String("snapshot")) {
            m_lastSnapshot = control::SnapshotJson::fromJson(m.data);
            m_haveSnapshot = true;
            emit snapshotReceived(m_lastSnapshot);
        } else if (m.topic == QLatin1String("logs")) {
            QList<logging::LogRecord> records;
            for (const QJsonValue &v : m.data.value(QStringLiteral("records")).toArray())
                records.append(control::ValueJson::logRecord(v.toObject()));
            if (!records.isEmpty())
                emit logRecordsReceived(records);
        }
        return;
    }
}

void RemoteEngineClient::becomeReady(const QString &identity) {
    m_phase = Phase::Ready;
    m_retryMs = kFirstRetryMs;
    m_state.identity = identity;
    // Id 0 is never a caller's: its answer is dropped.
    m_transport->send(control::ControlProtocol::request(
        0, QStringLiteral("subscribe"),
        QJsonObject{{QStringLiteral("topics"),
                     QJsonArray{QStringLiteral("snapshot"), QStringLiteral("logs")}}}));
    setState(ConnectionState::Status::Connected);
}

void RemoteEngineClient::onClosed(const QString &reason, bool final) {
    if (m_phase == Phase::Idle)
        return; // already failed (e.g. the certificate was reported unconfirmed)
    fail(reason, final);
}

void RemoteEngineClient::fail(const QString &reason, bool final) {
    if (m_transport)
        m_transport->abort();
    m_phase = Phase::Idle;
    failPending(reason);
    if (final) {
        m_retry.stop();
        setState(ConnectionState::Status::Failed, reason);
        return;
    }
    const int delay = m_retryMs;
    m_retryMs = std::min(m_retryMs * 2, kMaxRetryMs);
    m_retry.start(delay);
    setState(ConnectionState::Status::Disconnected, reason, nowMs() + delay);
}

void RemoteEngineClient::failPending(const QString &reason) {
    const QHash<qint64, Pending> pending = std::exchange(m_pending, {});
    m_expiry.stop();
    for (const Pending &p : pending)
        deliver(p.context, p.done,
                Expected<QJsonObject>::failure(control::errc::kUnavailable,
                                               tr("Not connected to the engine: %1").arg(reason)));
}

void RemoteEngineClient::expireRequests() {
    const qint64 now = nowMs();
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->deadlineMs > now) {
            ++it;
            continue;
        }
        deliver(it->context, it->done,
                Expected<QJsonObject>::failure(
                    "timeout",
                    tr("The engine did not answer within %1 s.").arg(kRequestTimeoutMs / 1000)));
        it = m_pending.erase(it);
    }
    if (m_pending.isEmpty())
        m_expiry.stop();
}

void RemoteEngineClient::request(control::ControlMethod method, const QJsonObject &params,
                                 QObject *context, JsonCallback done) {
    if (m_phase != Phase::Ready) {
        deliver(context, std::move(done),
                Expected<QJsonObject>::failure(
                    control::errc::kUnavailable,
                    m_state.reason.isEmpty()
                        ? tr("Not connected to the engine yet.")
                        : tr("Not connected to the engine: %1").arg(m_state.reason)));
        return;
    }
    const qint64 id = m_nextId++;
    const bool update = method == control::ControlMethod::ContainersAction &&
                        params.value(QStringLiteral("action")).toString() ==
                            docker::containerActionName(docker::ContainerAction::Update);
    m_pending.insert(id, Pending{context, std::move(done),
                                 nowMs() + (update ? kUpdateTimeoutMs : kRequestTimeoutMs)});
    if (!m_expiry.isActive())
        m_expiry.start();
    m_transport->send(
        control::ControlProtocol::request(id, control::controlMethodName(method), params));
}

void RemoteEngineClient::setState(ConnectionState::Status status, const QString &reason,
                                  qint64 retryAtMs) {
    m_state.status = status;
    m_state.reason = reason;
    m_state.retryAtMs = retryAtMs;
    if (status != ConnectionState::Status::Connected)
        m_state.identity.clear();
    emit stateChanged(m_state);
}

} // namespace mechdock::client
