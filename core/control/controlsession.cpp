#include "controlsession.h"

#include "common/logcategories.h"
#include "common/translation.h"
#include "controlmethod.h"
#include "controlprotocol.h"
#include "controlserver.h"

#include <QJsonArray>

namespace mechdock::control {

namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

ControlError err(const char *code, const QString &message) {
    return ControlError{s(code), message};
}

} // namespace

ControlSession::ControlSession(ControlChannel *channel, ControlServer &server,
                               const SessionLimits &limits, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
    , m_server(server)
    , m_limits(limits) {
    m_caller.address = channel->peerAddress();
    m_remote = channel->trustedIdentity().isEmpty();
    m_pushTimer.setSingleShot(true);
    connect(&m_pushTimer, &QTimer::timeout, this, &ControlSession::pushSnapshot);
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        closeWithError(errc::kHelloRequired, tr("No hello and authentication within %1 seconds.")
                                                 .arg(m_limits.handshakeTimeoutMs / 1000));
    });
    m_handshakeTimer.start(m_limits.handshakeTimeoutMs);
    connect(channel, &ControlChannel::messageReceived, this, &ControlSession::onMessage);
    connect(channel, &ControlChannel::framingError, this,
            [this](const QString &code, const QString &message) {
                closeWithError(code.toLatin1().constData(), message);
            });
    connect(channel, &ControlChannel::closed, this, &ControlSession::finish);
}

ControlSession::~ControlSession() {
    if (m_channel)
        m_channel->close(false);
}

bool ControlSession::isSubscribed(Topic topic) const {
    return topic == Topic::Snapshot ? m_snapshots : m_logs;
}

void ControlSession::send(const QByteArray &message) {
    if (!m_channel || m_state == State::Closed)
        return;
    if (m_channel->pendingBytes() + message.size() > m_limits.maxPendingBytes) {
        qCWarning(lcService).noquote()
            << tr("Control client %1 dropped: it does not read what it is sent (%2 bytes "
                  "waiting)")
                   .arg(m_caller.address)
                   .arg(m_channel->pendingBytes());
        m_state = State::Closed;
        m_channel->close(false);
        return;
    }
    m_channel->send(message);
}

void ControlSession::closeWithError(const char *code, const QString &message) {
    if (m_state == State::Closed || !m_channel)
        return;
    send(ControlProtocol::error(err(code, message)));
    m_state = State::Closed;
    if (m_channel)
        m_channel->close(true);
}

void ControlSession::finish() {
    if (m_state == State::Closed && !m_channel)
        return;
    m_state = State::Closed;
    m_pushTimer.stop();
    m_handshakeTimer.stop();
    m_pendingSnapshot.clear();
    emit finished();
}

void ControlSession::onMessage(const QByteArray &bytes) {
    if (m_state == State::Closed)
        return;
    const ControlExpected<ClientMessage> parsed = ControlProtocol::parseClient(bytes);
    if (!parsed) {
        // A broken message says the client does not speak this protocol: no guessing.
        closeWithError(parsed.error().code.toLatin1().constData(), parsed.error().message);
        return;
    }
    const ClientMessage &m = parsed.value();
    switch (m.type) {
    case ClientMessage::Type::Hello:
        onHello(m);
        return;
    case ClientMessage::Type::Auth:
        onAuth(m);
        return;
    case ClientMessage::Type::Request:
        onRequest(m);
        return;
    }
}

void ControlSession::onHello(const ClientMessage &m) {
    if (m_state != State::AwaitHello) {
        closeWithError(errc::kBadMessage, tr("hello was already sent."));
        return;
    }
    if (m.protocol != ControlProtocol::kVersion) {
        closeWithError(
            errc::kProtocolMismatch,
            tr("This server speaks control protocol %1, the client %2: please update "
               "the %3.")
                .arg(ControlProtocol::kVersion)
                .arg(m.protocol)
                .arg(m.protocol < ControlProtocol::kVersion ? tr("client") : tr("server")));
        return;
    }
    m_clientName = m.client;
    const QString trusted = m_channel ? m_channel->trustedIdentity() : QString();
    send(ControlProtocol::welcome(ControlProtocol::serverName(), trusted.isEmpty()));
    if (!trusted.isEmpty()) {
        m_caller.identity = trusted;
        m_caller.local = m_channel->peerIsLocal();
        m_state = State::Ready;
        m_handshakeTimer.stop();
        send(ControlProtocol::authenticated(trusted));
        return;
    }
    m_state = State::AwaitAuth;
}

void ControlSession::onAuth(const ClientMessage &m) {
    if (m_state == State::AwaitHello) {
        closeWithError(errc::kHelloRequired, tr("Send hello first."));
        return;
    }
    if (m_state == State::Ready) {
        // A local client needs no credentials; a repeated auth changes nothing.
        send(ControlProtocol::authenticated(m_caller.identity));
        return;
    }
    const ControlExpected<QString> who = m_server.authenticate(m_caller.address, m_clientName, m);
    if (!who) {
        closeWithError(who.error().code.toLatin1().constData(), who.error().message);
        return;
    }
    m_caller.identity = who.value();
    m_state = State::Ready;
    m_handshakeTimer.stop();
    send(ControlProtocol::authenticated(m_caller.identity));
}

void ControlSession::onRequest(const ClientMessage &m) {
    if (m_state == State::AwaitHello) {
        closeWithError(errc::kHelloRequired, tr("Send hello first."));
        return;
    }
    if (m_state == State::AwaitAuth) {
        send(ControlProtocol::responseError(
            m.id, err(errc::kAuthRequired, tr("Authenticate first (auth with a key or "
                                              "password)."))));
        return;
    }
    const std::optional<ControlMethod> method = controlMethodFromName(m.method);
    if (!method) {
        send(ControlProtocol::responseError(
            m.id, err(errc::kUnknownMethod, tr("Unknown method \"%1\".").arg(m.method.left(60)))));
        return;
    }
    switch (*method) {
    case ControlMethod::Subscribe:
        setSubscription(m.params, true, m.id);
        return;
    case ControlMethod::Unsubscribe:
        setSubscription(m.params, false, m.id);
        return;
    default:
        break;
    }
    if (m_inFlight >= m_limits.maxInFlight) {
        send(ControlProtocol::responseError(
            m.id, err(errc::kBusy, tr("Too many requests at once (%1); wait for answers.")
                                       .arg(m_limits.maxInFlight))));
        return;
    }
    ++m_inFlight;
    const qint64 id = m.id;
    QPointer<ControlSession> self(this);
    m_server.dispatch(*method, m.params, m_caller,
                      [self, id](const ControlExpected<QJsonObject> &result) {
                          // The client may have gone while Docker answered.
                          if (!self)
                              return;
                          --self->m_inFlight;
                          self->send(result ? ControlProtocol::response(id, result.value())
                                            : ControlProtocol::responseError(id, result.error()));
                      });
}

void ControlSession::setSubscription(const QJsonObject &params, bool on, qint64 id) {
    const QJsonArray topics = params.value(s("topics")).toArray();
    bool snapshots = m_snapshots;
    bool logs = m_logs;
    for (const QJsonValue &t : topics) {
        if (t.toString() == QLatin1String("snapshot")) {
            snapshots = on;
        } else if (t.toString() == QLatin1String("logs")) {
            logs = on;
        } else {
            send(ControlProtocol::responseError(
                id,
                err(errc::kInvalidParams, tr("Unknown topic \"%1\"; topics are snapshot and logs.")
                                              .arg(t.toString().left(40)))));
            return;
        }
    }
    if (topics.isEmpty()) {
        send(ControlProtocol::responseError(
            id, err(errc::kInvalidParams, tr("\"topics\" must list snapshot and/or logs."))));
        return;
    }
    const bool newSnapshots = snapshots && !m_snapshots;
    const bool newLogs = logs && !m_logs;
    m_snapshots = snapshots;
    m_logs = logs;
    if (!m_snapshots) {
        m_pendingSnapshot.clear();
        m_pushTimer.stop();
    }
    QJsonArray active;
    if (m_snapshots)
        active.append(s("snapshot"));
    if (m_logs)
        active.append(s("logs"));
    send(ControlProtocol::response(id, QJsonObject{{s("topics"), active}}));
    m_server.subscriptionsChanged();
    // A new subscriber sees the current state at once, not after the next change.
    if (newSnapshots)
        offerSnapshot(m_server.latestSnapshotEvent());
    // And the latest lines of the log, up to where the stream continues.
    if (newLogs) {
        const QByteArray backlog = m_server.recentLogsEvent();
        if (!backlog.isEmpty())
            offerEvent(backlog);
    }
}

void ControlSession::offerSnapshot(const QByteArray &event) {
    if (!m_snapshots || m_state != State::Ready || event.isEmpty())
        return;
    m_pendingSnapshot = event; // shared with every other client, not copied
    if (m_pushTimer.isActive())
        return;
    const qint64 since = m_lastPush.isValid() ? m_lastPush.elapsed() : m_limits.minPushIntervalMs;
    m_pushTimer.start(int(std::max<qint64>(0, m_limits.minPushIntervalMs - since)));
}

bool ControlSession::offerEvent(const QByteArray &event) {
    if (m_state != State::Ready || !m_channel ||
        m_channel->pendingBytes() > m_limits.backpressureBytes)
        return false;
    send(event);
    return true;
}

void ControlSession::pushSnapshot() {
    if (m_pendingSnapshot.isEmpty() || !m_channel || m_state != State::Ready)
        return;
    if (m_channel->pendingBytes() > m_limits.backpressureBytes) {
        // The client is behind: keep only the newest and look again later.
        m_pushTimer.start(m_limits.minPushIntervalMs);
        return;
    }
    const QByteArray event = std::exchange(m_pendingSnapshot, QByteArray());
    m_lastPush.start();
    send(event);
}

} // namespace mechdock::control
