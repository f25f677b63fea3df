// WebPageServer: the web control page (web.listen, off by default). It serves the page's files
// from the binary and a small session API; the page itself then speaks the control API over a
// WebSocket at /api/ws, so the browser, the panel and the CLI share one protocol and every rule
// (audit, cool-downs, validation) lives in the engine once.
//
// Security: log in with the remote control API's password (or an API key); the session cookie
// is HttpOnly and SameSite=Strict; every POST and the WebSocket upgrade carry the session's CSRF
// token and a same-origin Origin; failed logins and setup codes are rate-limited per address
// (5 a minute) and audited; sessions end after web.sessionIdleMinutes without a request; every
// answer has a Content-Security-Policy without inline script. With no password set yet, the page
// asks for one (WebPasswordPolicy) together with a one-time setup code that only the service's
// log shows, so nobody else on the network can claim a fresh install.
#pragma once

#include "authratelimiter.h"
#include "controlexpected.h"
#include "websessionstore.h"

#include "config/settings.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class QTcpSocket;
class QTranslator;
class QWebSocketServer;

namespace mechdock::http {
class HttpServer;
struct HttpRequest;
struct HttpResponse;
} // namespace mechdock::http

namespace mechdock::service {
class BotService;
}

namespace mechdock::control {

class ControlChannel;
class ControlServer;

class WebPageServer : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WebPageServer)
public:
    static constexpr char kCookieName[] = "mechdock_session";
    static constexpr const char *kLanguages[] = {"en", "de", "fr", "zh_CN"};

    WebPageServer(ControlServer &control, service::BotService &service, QObject *parent = nullptr);
    ~WebPageServer() override;

    // Listens as `settings` say (again only if the address changed); the port, or why not.
    ControlExpected<quint16> start(const config::WebSettings &settings);
    void stop();
    bool isListening() const;
    bool isTls() const;
    quint16 port() const;
    // The code the first-run setup asks for; empty once a password or an API key is set.
    QString setupCode() const { return m_setupCode; }

    // The language of the page for an Accept-Language header: one of kLanguages.
    static QString negotiateLanguage(const QByteArray &acceptLanguage);
    // The t("...") texts of a script, unescaped, in order of first use.
    static QStringList scriptTexts(const QByteArray &script);

private:
    using Response = http::HttpResponse;
    void addRoutes();
    Response serveFile(const QString &resource, const http::HttpRequest &request);
    Response sessionInfo(const http::HttpRequest &request);
    Response strings(const http::HttpRequest &request);
    Response logIn(const http::HttpRequest &request);
    Response logOut(const http::HttpRequest &request);
    Response setUp(const http::HttpRequest &request);
    void upgrade(const http::HttpRequest &request, QTcpSocket *socket);
    void acceptWebSocket();
    // The request's session (touched), or a refusal: a POST needs a JSON body, a same-origin
    // Origin and the session's CSRF token.
    ControlExpected<WebSession> checkedPost(const http::HttpRequest &request);
    static QByteArray cookieValue(const http::HttpRequest &request);
    static bool sameOrigin(const http::HttpRequest &request);
    static Response json(int status, const QJsonObject &body);
    static Response refusal(int status, const QString &message, const QString &field = {});
    Response withSession(Response response, const WebSession &session) const;
    bool setupRequired() const;
    // The live session with this id, touched; an expired one is ended, its pages closed.
    std::optional<WebSession> useSession(const QByteArray &id);
    void endSession(const QByteArray &id);
    void expireSessions();
    void audit(const QString &actor, const QString &action, const QString &target,
               const QString &result, const QString &detail) const;

    ControlServer &m_control;
    service::BotService &m_service;
    std::unique_ptr<http::HttpServer> m_http;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    QString m_listen;
    WebSessionStore m_sessions;
    AuthRateLimiter m_setupLimiter;
    QString m_setupCode;
    QHash<QByteArray, QList<QPointer<ControlChannel>>> m_channels; // by session id
    QHash<QString, QByteArray> m_stringsByLanguage;                // /api/strings, made once
    QHash<QString, QByteArray> m_gzipped;                          // the page's files, packed once
    QTimer m_expiry;
};

} // namespace mechdock::control
