#include "controlserver.h"

#include "common/clock.h"
#include "common/logcategories.h"
#include "common/translation.h"
#include "controlprotocol.h"
#include "listenaddress.h"
#include "localchannel.h"
#include "logging/loghandler.h"
#include "service/botservice.h"
#include "snapshotjson.h"
#include "storage/auditlog.h"
#include "tlsidentity.h"
#include "valuejson.h"
#include "webpageserver.h"
#include "websocketchannel.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLocalSocket>
#include <QSslConfiguration>
#include <QSslSocket>

#ifdef Q_OS_UNIX
#include <grp.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace mechdock::control {

namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

// A clock that does not jump with the wall clock, for the rate limits and session ages.
qint64 monotonicMs() {
    return Clock::system().monotonicMs();
}

} // namespace

QString ControlServer::socketPath(const QString &dataDir) {
    const QString override = qEnvironmentVariable("MECHDOCK_CONTROL_SOCKET");
    if (!override.isEmpty())
        return override;
    return QDir(dataDir).filePath(QStringLiteral("control.sock"));
}

ControlServer *ControlServer::install(service::BotService &service) {
    auto *server = service.findChild<ControlServer *>(QString(), Qt::FindDirectChildrenOnly);
    if (!server)
        server = new ControlServer(service, &service);
    server->start();
    return server;
}

ControlServer::ControlServer(service::BotService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_dispatcher(service) {
    connect(&m_local, &QLocalServer::newConnection, this, &ControlServer::acceptLocal);
    connect(&service, &service::BotService::snapshotReady, this, &ControlServer::onSnapshot);
    connect(&service, &service::BotService::settingsReloaded, this, [this] {
        if (m_service.snapshot().running)
            start();
    });
    connect(&service, &service::BotService::stopped, this, &ControlServer::stop);
    m_logTimer.setInterval(500);
    connect(&m_logTimer, &QTimer::timeout, this, &ControlServer::pollLogs);
}

ControlServer::~ControlServer() {
    stop();
}

void ControlServer::start() {
    const config::ControlSettings &c = m_service.settings().control;
    m_authenticator.configure(c.apiKeys, c.passwordHash);
    startLocal();
    startRemote();
    startWeb();
}

void ControlServer::startWeb() {
    const config::WebSettings &w = m_service.settings().web;
    if (w.listen.isEmpty()) {
        m_web.reset();
        return;
    }
    if (!m_web)
        m_web = std::make_unique<WebPageServer>(*this, m_service);
    const ControlExpected<quint16> port = m_web->start(w);
    if (!port) {
        qCWarning(lcService).noquote()
            << tr("Web page off: cannot listen on %1: %2").arg(w.listen, port.error().message);
        return;
    }
    qCInfo(lcService).noquote() << tr("Web page on %1://%2:%3/")
                                       .arg(m_web->isTls() ? s("https") : s("http"),
                                            w.listen.section(QLatin1Char(':'), 0, -2))
                                       .arg(port.value());
}

void ControlServer::adopt(ControlChannel *channel) {
    if (m_sessions.size() >= m_maxClients) {
        channel->send(ControlProtocol::error(
            ControlError{s(errc::kTooManyClients),
                         tr("The engine serves at most %1 clients.").arg(m_maxClients)}));
        channel->close(true);
        return;
    }
    addSession(channel);
}

void ControlServer::stop() {
    for (const QPointer<ControlSession> &session : std::as_const(m_sessions)) {
        if (session) {
            session->closeWithError(errc::kUnavailable, tr("The service is stopping."));
            session->deleteLater();
        }
    }
    m_sessions.clear();
    m_logTimer.stop();
    if (m_local.isListening()) {
        m_local.close();
        QFile::remove(m_localPath);
    }
    stopRemote();
    if (m_web)
        m_web->stop();
}

void ControlServer::startLocal() {
    const QString path = socketPath(m_service.options().dataDir);
    const QString group = m_service.settings().control.socketGroup;
    if (m_local.isListening() && path == m_localPath && group == m_localGroup)
        return;
    if (m_local.isListening()) {
        m_local.close();
        QFile::remove(m_localPath);
    }
    m_localPath = path;
    m_localGroup = group;
    {
        // An engine that answers there keeps its socket; a file left by a crash goes.
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(200)) {
            qCWarning(lcService).noquote()
                << tr("Control socket %1 is in use by another engine; not listening")
                       .arg(QDir::toNativeSeparators(path));
            return;
        }
    }
    QLocalServer::removeServer(path);
    m_local.setSocketOptions(group.isEmpty() ? QLocalServer::UserAccessOption
                                             : QLocalServer::UserAccessOption |
                                                   QLocalServer::GroupAccessOption);
    if (!m_local.listen(path)) {
        qCWarning(lcService).noquote()
            << tr("Control socket %1 not available: %2")
                   .arg(QDir::toNativeSeparators(path), m_local.errorString());
        return;
    }
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    if (!group.isEmpty()) {
        const ::group *g = ::getgrnam(group.toLocal8Bit().constData());
        if (!g || ::chown(native.constData(), uid_t(-1), g->gr_gid) != 0)
            qCWarning(lcService).noquote()
                << tr("Control socket: cannot give it to group %1; only the owner may use it")
                       .arg(group);
        else
            ::chmod(native.constData(), 0660);
    }
    if (group.isEmpty())
        ::chmod(native.constData(), 0600);
#endif
    qCInfo(lcService).noquote() << tr("Control API on %1").arg(QDir::toNativeSeparators(path));
}

void ControlServer::stopRemote() {
    for (const QPointer<ControlSession> &session : std::as_const(m_sessions)) {
        if (session && session->isRemote())
            session->closeWithError(errc::kUnavailable,
                                    tr("Remote access was turned off or changed."));
    }
    if (m_tls)
        m_tls->close();
    m_remoteListen.clear();
    m_remoteCert.clear();
    m_remoteKey.clear();
    m_fingerprint.clear();
    m_remoteError.clear();
}

void ControlServer::makeRemoteListeners() {
    m_tls = std::make_unique<QSslServer>();
    m_webSockets = std::make_unique<QWebSocketServer>(ControlProtocol::serverName(),
                                                      QWebSocketServer::NonSecureMode);
    connect(m_tls.get(), &QTcpServer::pendingConnectionAvailable, this, &ControlServer::acceptTls);
    // A plain-text client, or one that refused our certificate, goes away before the handshake
    // completes (QSslServer does not report every such failure, e.g. one ended by its timeout).
    connect(m_tls.get(), &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
            if (socket->isEncrypted())
                return;
            QHostAddress address = socket->peerAddress();
            bool v4 = false;
            if (const quint32 ip = address.toIPv4Address(&v4); v4)
                address = QHostAddress(ip);
            const QString peer = address.toString();
            // At most 20 a minute per address, so a scanner cannot fill the audit log.
            if (m_handshakeAudit.allowed(peer, monotonicMs()))
                auditRefusal(peer, s("connect"),
                             tr("no TLS connection was made (a plain-text client, or one that "
                                "refused the certificate): %1")
                                 .arg(socket->errorString()));
            m_handshakeAudit.recordFailure(peer, monotonicMs());
        });
    });
    m_webSockets->setMaxPendingConnections(kDefaultMaxClients);
    m_webSockets->setHandshakeTimeout(10000);
    connect(m_webSockets.get(), &QWebSocketServer::newConnection, this,
            &ControlServer::acceptWebSocket);
}

void ControlServer::startRemote() {
    const config::ControlSettings &c = m_service.settings().control;
    if (c.remoteListen == m_remoteListen && c.certFile == m_remoteCert &&
        c.keyFile == m_remoteKey && (isRemoteListening() || !m_remoteError.isEmpty()))
        return;
    stopRemote();
    if (c.remoteListen.isEmpty())
        return;
    if (!m_tls)
        makeRemoteListeners();
    m_remoteListen = c.remoteListen;
    m_remoteCert = c.certFile;
    m_remoteKey = c.keyFile;
    const std::optional<ListenAddress> address = ListenAddress::parse(c.remoteListen);
    if (!address) {
        m_remoteError = tr("control.remoteListen \"%1\" is not ADDRESS:PORT").arg(c.remoteListen);
        qCWarning(lcService).noquote() << m_remoteError;
        return;
    }
    const ControlExpected<TlsIdentity> identity =
        TlsIdentity::loadOrCreate(m_service.options().dataDir, c.certFile, c.keyFile);
    if (!identity) {
        m_remoteError = identity.error().message;
        qCWarning(lcService).noquote() << tr("Remote control API off: %1").arg(m_remoteError);
        return;
    }
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(identity.value().certificate());
    tls.setPrivateKey(identity.value().key());
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    m_tls->setSslConfiguration(tls);
    m_tls->setHandshakeTimeout(10000);
    m_tls->setMaxPendingConnections(m_maxClients);
    if (!m_tls->listen(address->host, address->port)) {
        m_remoteError = tr("cannot listen on %1: %2").arg(c.remoteListen, m_tls->errorString());
        qCWarning(lcService).noquote() << tr("Remote control API off: %1").arg(m_remoteError);
        return;
    }
    m_fingerprint = identity.value().fingerprint();
    qCInfo(lcService).noquote() << tr("Remote control API on wss://%1:%2 (TLS); certificate "
                                      "SHA-256 fingerprint %3")
                                       .arg(address->host.toString())
                                       .arg(m_tls->serverPort())
                                       .arg(m_fingerprint);
    if (!m_authenticator.hasCredentials())
        qCWarning(lcService).noquote()
            << tr("Remote control API: no API key or password is set, so every remote client "
                  "is refused; add one with: mechdock control add-key NAME");
}

void ControlServer::acceptLocal() {
    while (m_local.hasPendingConnections())
        adopt(new LocalChannel(m_local.nextPendingConnection(), this));
}

void ControlServer::acceptTls() {
    while (m_tls->hasPendingConnections()) {
        QTcpSocket *socket = m_tls->nextPendingConnection();
        if (m_sessions.size() >= m_maxClients) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_webSockets->handleConnection(socket);
    }
}

void ControlServer::acceptWebSocket() {
    while (m_webSockets->hasPendingConnections())
        adopt(new WebSocketChannel(m_webSockets->nextPendingConnection(), this));
}

void ControlServer::addSession(ControlChannel *channel) {
    auto *session = new ControlSession(channel, *this, m_limits, this);
    m_sessions.append(session);
    connect(session, &ControlSession::finished, this, [this, session] {
        m_sessions.removeAll(session);
        session->deleteLater();
        subscriptionsChanged();
    });
}

ControlExpected<QString> ControlServer::authenticate(const QString &address,
                                                     const QString &clientName,
                                                     const ClientMessage &auth) {
    if (!m_limiter.allowed(address, monotonicMs())) {
        auditRefusal(address, s("auth"), tr("refused without checking: too many failures"));
        return ControlExpected<QString>::failure(
            errc::kRateLimited,
            tr("Too many failed attempts from %1; try again in a minute.").arg(address));
    }
    const ControlExpected<QString> who = m_authenticator.authenticate(auth);
    if (!who) {
        m_limiter.recordFailure(address, monotonicMs());
        auditRefusal(address, s("auth"),
                     tr("wrong %1 (client \"%2\")")
                         .arg(auth.key.isEmpty() ? tr("password") : tr("API key"), clientName));
        qCWarning(lcService).noquote()
            << tr("Control API: failed authentication from %1").arg(address);
        return who;
    }
    m_limiter.recordSuccess(address);
    if (storage::AuditLog *log = m_service.auditLog()) {
        storage::AuditEntry e;
        e.source = s("api");
        e.actor = who.value();
        e.action = s("auth");
        e.target = address;
        e.result = s("ok");
        e.detail = clientName;
        log->record(e);
    }
    return who;
}

void ControlServer::auditRefusal(const QString &address, const QString &action,
                                 const QString &detail) {
    storage::AuditLog *log = m_service.auditLog();
    if (!log)
        return;
    storage::AuditEntry e;
    e.source = s("api");
    e.actor = address;
    e.action = action;
    e.target = address;
    e.result = s("denied");
    e.detail = detail;
    log->record(e);
}

void ControlServer::dispatch(ControlMethod method, const QJsonObject &params,
                             const ControlCaller &caller, ControlDispatcher::Reply reply) {
    m_dispatcher.dispatch(method, params, caller, std::move(reply));
}

QByteArray ControlServer::latestSnapshotEvent() const {
    return ControlProtocol::event(s("snapshot"), SnapshotJson::toJson(m_service.snapshot()));
}

QByteArray ControlServer::recentLogsEvent() const {
    logging::LogHandler *handler = logging::LogHandler::instance();
    if (!handler)
        return {};
    const quint64 from =
        m_logSequence > quint64(kLogBatchLines) ? m_logSequence - kLogBatchLines : 0;
    QJsonArray lines;
    for (const logging::LogRecord &r : handler->ring().since(from, kLogBatchLines)) {
        if (r.sequence <= m_logSequence)
            lines.append(ValueJson::logRecord(r));
    }
    if (lines.isEmpty())
        return {};
    return ControlProtocol::event(s("logs"), QJsonObject{{s("records"), lines}});
}

void ControlServer::subscriptionsChanged() {
    bool logs = false;
    for (const QPointer<ControlSession> &session : std::as_const(m_sessions))
        logs = logs || (session && session->isSubscribed(ControlSession::Topic::Logs));
    logging::LogHandler *handler = logging::LogHandler::instance();
    if (logs && handler && !m_logTimer.isActive()) {
        m_logSequence = handler->ring().lastSequence();
        m_logTimer.start();
    } else if (!logs) {
        m_logTimer.stop();
    }
}

void ControlServer::onSnapshot(const service::ServiceSnapshot &snapshot) {
    QByteArray event;
    for (const QPointer<ControlSession> &session : std::as_const(m_sessions)) {
        if (!session || !session->isSubscribed(ControlSession::Topic::Snapshot))
            continue;
        // Serialized once for every client.
        if (event.isEmpty())
            event = ControlProtocol::event(s("snapshot"), SnapshotJson::toJson(snapshot));
        session->offerSnapshot(event);
    }
}

void ControlServer::pollLogs() {
    logging::LogHandler *handler = logging::LogHandler::instance();
    if (!handler)
        return;
    const QList<logging::LogRecord> records = handler->ring().since(m_logSequence, kLogBatchLines);
    if (records.isEmpty())
        return;
    m_logSequence = records.last().sequence;
    QJsonArray lines;
    for (const logging::LogRecord &r : records)
        lines.append(ValueJson::logRecord(r));
    const QByteArray event = ControlProtocol::event(s("logs"), QJsonObject{{s("records"), lines}});
    for (const QPointer<ControlSession> &session : std::as_const(m_sessions)) {
        if (session && session->isSubscribed(ControlSession::Topic::Logs))
            session->offerEvent(event);
    }
}

} // namespace mechdock::control
