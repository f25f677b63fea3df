// ControlServer: the engine's control API. It listens on a local socket (control.sock in the
// data folder, owner-only, or 0660 with control.socketGroup; peers need no password and are
// named by their uid) and, when control.remoteListen is set, on TCP with TLS carrying WebSocket
// (peers authenticate with an API key or the password, failures rate-limited per address and
// audited). It owns one ControlSession per client, at most maxClients, and fans the engine's
// snapshots and log lines out to the subscribers. Lives on the service thread, as a child of the
// BotService, and follows its settings on reload.
//
// The remote side has its own QSslServer + QWebSocketServer rather than a route on core/http's
// HttpServer: TLS has to be in place before the first HTTP byte, and a taken-over HttpServer
// socket arrives after its request was parsed, where QWebSocketServer needs to read the upgrade
// request itself.
#pragma once

#include "authratelimiter.h"
#include "controlauthenticator.h"
#include "controlcaller.h"
#include "controldispatcher.h"
#include "controlsession.h"

#include <QList>
#include <QLocalServer>
#include <QObject>
#include <QPointer>
#include <QSslServer>
#include <QTimer>
#include <QWebSocketServer>

#include <memory>

namespace mechdock::service {
class BotService;
struct ServiceSnapshot;
} // namespace mechdock::service

namespace mechdock::control {

class WebPageServer;

class ControlServer : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ControlServer)
public:
    static constexpr int kDefaultMaxClients = 32;
    static constexpr int kLogBatchLines = 200;

    // Where the system service's socket is (the systemd unit's RuntimeDirectory): a panel
    // started without --data-dir attaches to it when it exists.
    static constexpr const char kSystemSocketPath[] = "/run/mechdock/control.sock";

    // Where the local socket of the engine using `dataDir` is: control.sock in it, unless
    // MECHDOCK_CONTROL_SOCKET names another path (the systemd unit puts it in /run/mechdock,
    // where other users can reach it; the data folder of a DynamicUser service is private).
    static QString socketPath(const QString &dataDir);
    // The server of `service` (made on first call, a child of it) after (re)starting it: what
    // ServiceOptions::attachClients calls.
    static ControlServer *install(service::BotService &service);

    explicit ControlServer(service::BotService &service, QObject *parent = nullptr);
    ~ControlServer() override;

    void setSessionLimits(const SessionLimits &limits) { m_limits = limits; }
    void setMaxClients(int maxClients) { m_maxClients = std::max(1, maxClients); }
    // Listens as the service's settings say; again after a reload.
    void start();
    // Closes the listeners and every client.
    void stop();

    bool isLocalListening() const { return m_local.isListening(); }
    QString localPath() const { return m_localPath; }
    bool isRemoteListening() const { return m_tls && m_tls->isListening(); }
    quint16 remotePort() const { return m_tls ? m_tls->serverPort() : 0; }
    // Why the remote listener is not up, empty when it is or is off.
    QString remoteError() const { return m_remoteError; }
    // The remote certificate's SHA-256 fingerprint, empty when remote access is off.
    QString fingerprint() const { return m_fingerprint; }
    int clientCount() const { return int(m_sessions.size()); }

    // For sessions.
    ControlExpected<QString> authenticate(const QString &address, const QString &clientName,
                                          const ClientMessage &auth);
    void dispatch(ControlMethod method, const QJsonObject &params, const ControlCaller &caller,
                  ControlDispatcher::Reply reply);
    QByteArray latestSnapshotEvent() const;
    // The last kLogBatchLines log lines that the log stream has passed, as a logs event (empty
    // when there are none): what a new subscriber sees first.
    QByteArray recentLogsEvent() const;
    void subscriptionsChanged();
    // Serves a channel authenticated elsewhere (the web page's), like any other client.
    void adopt(ControlChannel *channel);
    // The web page's server while web.listen is set, else null.
    WebPageServer *webPage() const { return m_web.get(); }

private:
    void startLocal();
    void startRemote();
    void startWeb();
    void makeRemoteListeners();
    void stopRemote();
    void acceptLocal();
    void acceptTls();
    void acceptWebSocket();
    void addSession(ControlChannel *channel);
    void onSnapshot(const service::ServiceSnapshot &snapshot);
    void pollLogs();
    void auditRefusal(const QString &address, const QString &action, const QString &detail);

    service::BotService &m_service;
    ControlDispatcher m_dispatcher;
    ControlAuthenticator m_authenticator;
    AuthRateLimiter m_limiter;
    // Bounds the audit rows failed TLS handshakes (scanners, plain-text clients) can write.
    AuthRateLimiter m_handshakeAudit{20};
    SessionLimits m_limits;
    int m_maxClients = kDefaultMaxClients;
    QLocalServer m_local;
    QString m_localPath;
    QString m_localGroup;
    // Made when remote access is first turned on: a QSslServer loads Qt's TLS backend, and with
    // it libssl and libcrypto (about 5 MB resident), which an engine serving only the local
    // socket has no use for.
    std::unique_ptr<QSslServer> m_tls;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    QString m_remoteListen;
    QString m_remoteCert;
    QString m_remoteKey;
    QString m_remoteError;
    QString m_fingerprint;
    QList<QPointer<ControlSession>> m_sessions;
    std::unique_ptr<WebPageServer> m_web;
    QTimer m_logTimer;
    quint64 m_logSequence = 0;
};

} // namespace mechdock::control
