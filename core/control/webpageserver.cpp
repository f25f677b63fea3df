#include "webpageserver.h"

#include "common/clock.h"
#include "common/logcategories.h"
#include "config/settingsschema.h"
#include "config/settingsstore.h"
#include "controlerror.h"
#include "controlmessage.h"
#include "controlprotocol.h"
#include "controlserver.h"
#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "listenaddress.h"
#include "security/passwordhasher.h"
#include "service/botservice.h"
#include "storage/auditlog.h"
#include "tlsidentity.h"
#include "webpasswordpolicy.h"
#include "websocketchannel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTranslator>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <zlib.h>

namespace mechdock::control {

namespace {

QString s(const char *text) {
    return QString::fromLatin1(text);
}

// A clock that does not jump with the wall clock, for the rate limits and session ages.
qint64 monotonicMs() {
    return Clock::system().monotonicMs();
}

const QByteArray kContentSecurityPolicy =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
    "form-action 'self'";

http::HttpResponse secured(http::HttpResponse response) {
    response.setHeader("Content-Security-Policy", kContentSecurityPolicy)
        .setHeader("X-Content-Type-Options", "nosniff")
        .setHeader("X-Frame-Options", "DENY")
        .setHeader("Referrer-Policy", "no-referrer")
        .setHeader("Cache-Control", "no-cache");
    return response;
}

QByteArray contentType(const QString &file) {
    static const QHash<QString, QByteArray> types{{s("html"), "text/html; charset=utf-8"},
                                                  {s("js"), "text/javascript; charset=utf-8"},
                                                  {s("css"), "text/css; charset=utf-8"},
                                                  {s("svg"), "image/svg+xml"},
                                                  {s("png"), "image/png"},
                                                  {s("webp"), "image/webp"},
                                                  {s("json"), "application/json"},
                                                  {s("ico"), "image/x-icon"}};
    return types.value(QFileInfo(file).suffix().toLower(), "application/octet-stream");
}

// 12 characters that are hard to misread, in groups of four: 60 bits, asked for once per start.
QString makeSetupCode() {
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i > 0 && i % 4 == 0)
            code.append(QLatin1Char('-'));
        code.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(32)]));
    }
    return code;
}

QByteArray normalizedCode(const QString &code) {
    QByteArray out;
    for (const QChar c : code) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper().toLatin1());
    }
    return out;
}

// The page's files gzip-compressed (a quarter of their size): made once per file, kept while
// the server runs.
QByteArray gzip(const QByteArray &data) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out(int(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int result = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return result == Z_STREAM_END ? out : QByteArray();
}

bool isValidUserName(const QString &user) {
    static const QRegularExpression re(s("^[A-Za-z0-9._-]{1,64}$"));
    return re.match(user).hasMatch();
}

} // namespace

WebPageServer::WebPageServer(ControlServer &control, service::BotService &service, QObject *parent)
    : QObject(parent)
    , m_control(control)
    , m_service(service) {
    m_expiry.setInterval(15000);
    connect(&m_expiry, &QTimer::timeout, this, &WebPageServer::expireSessions);
}

WebPageServer::~WebPageServer() {
    stop();
}

bool WebPageServer::isTls() const {
    return m_http && m_http->isTls();
}

bool WebPageServer::isListening() const {
    return m_http && m_http->isListening();
}

quint16 WebPageServer::port() const {
    return m_http ? m_http->port() : 0;
}

bool WebPageServer::setupRequired() const {
    const config::ControlSettings &c = m_service.settings().control;
    return c.passwordHash.isEmpty() && c.apiKeys.isEmpty();
}

ControlExpected<quint16> WebPageServer::start(const config::WebSettings &settings) {
    m_sessions.setIdleTimeoutMs(qint64(std::max(1, settings.sessionIdleMinutes)) * 60 * 1000);
    if (!setupRequired())
        m_setupCode.clear();
    if (isListening() && settings.listen == m_listen && settings.tls == m_http->isTls())
        return port();
    stop();
    const std::optional<ListenAddress> address = ListenAddress::parse(settings.listen);
    if (!address)
        return ControlExpected<quint16>::failure(
            errc::kInvalidParams, tr("web.listen \"%1\" is not ADDRESS:PORT").arg(settings.listen));
    m_http = std::make_unique<http::HttpServer>();
    if (settings.tls) {
        const config::ControlSettings &c = m_service.settings().control;
        const ControlExpected<TlsIdentity> identity =
            TlsIdentity::loadOrCreate(m_service.options().dataDir, c.certFile, c.keyFile);
        if (!identity) {
            m_http.reset();
            return ControlExpected<quint16>::failure(errc::kFailed, identity.error().message);
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(identity.value().certificate());
        tls.setPrivateKey(identity.value().key());
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls.setProtocol(QSsl::TlsV1_2OrLater);
        m_http->setTlsConfiguration(tls);
    }
    addRoutes();
    if (!m_http->listen(address->host, address->port)) {
        const QString why = m_http->errorString();
        m_http.reset();
        return ControlExpected<quint16>::failure(errc::kFailed, why);
    }
    m_webSockets = std::make_unique<QWebSocketServer>(ControlProtocol::serverName(),
                                                      QWebSocketServer::NonSecureMode);
    connect(m_webSockets.get(), &QWebSocketServer::newConnection, this,
            &WebPageServer::acceptWebSocket);
    m_listen = settings.listen;
    m_expiry.start();
    if (setupRequired()) {
        if (m_setupCode.isEmpty())
            m_setupCode = makeSetupCode();
        qCWarning(lcService).noquote()
            << tr("Web page: no password is set yet. Open it and enter the setup code %1 to "
                  "choose one.")
                   .arg(m_setupCode);
    }
    return port();
}

void WebPageServer::stop() {
    const QList<QByteArray> ids = m_channels.keys();
    for (const QByteArray &id : ids)
        endSession(id);
    m_expiry.stop();
    if (m_webSockets)
        m_webSockets.release()->deleteLater(); // may be inside its own signal
    if (m_http) {
        m_http->stopListening();         // the port is free for a new listener now
        m_http.release()->deleteLater(); // may be inside one of its handlers
    }
    m_listen.clear();
}

void WebPageServer::addRoutes() {
    using http::HttpMethod;
    using http::HttpRequest;
    // The handlers run inside m_http, which this object owns, so `this` outlives every call.
    const QStringList files = QDir(s(":/web")).entryList(QDir::Files);
    for (const QString &file : files) {
        const QString resource = s(":/web/") + file;
        m_http->route(HttpMethod::Get, "/" + file.toUtf8(),
                      [this, resource](const HttpRequest &r) { return serveFile(resource, r); });
    }
    m_http->route(HttpMethod::Get, "/",
                  [this](const HttpRequest &r) { return serveFile(s(":/web/index.html"), r); });
    m_http->route(HttpMethod::Get, "/api/session",
                  [this](const HttpRequest &r) { return sessionInfo(r); });
    m_http->route(HttpMethod::Get, "/api/strings",
                  [this](const HttpRequest &r) { return strings(r); });
    m_http->route(HttpMethod::Post, "/api/login",
                  [this](const HttpRequest &r) { return logIn(r); });
    m_http->route(HttpMethod::Post, "/api/logout",
                  [this](const HttpRequest &r) { return logOut(r); });
    m_http->route(HttpMethod::Post, "/api/setup",
                  [this](const HttpRequest &r) { return setUp(r); });
    m_http->routeTakeOver(HttpMethod::Get, "/api/ws",
                          [this](const HttpRequest &r, QTcpSocket *socket) { upgrade(r, socket); });
}

http::HttpResponse WebPageServer::serveFile(const QString &resource,
                                            const http::HttpRequest &request) {
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return secured(http::HttpResponse::error(404, "not found"));
    http::HttpResponse response{200, contentType(resource), file.readAll(), {}};
    response.setHeader("Vary", "Accept-Encoding");
    if (request.headerHasToken("accept-encoding", "gzip")) {
        auto packed = m_gzipped.constFind(resource);
        if (packed == m_gzipped.cend())
            packed = m_gzipped.insert(resource, gzip(response.body));
        if (!packed->isEmpty()) {
            response.body = *packed;
            response.setHeader("Content-Encoding", "gzip");
        }
    }
    return secured(response);
}

http::HttpResponse WebPageServer::json(int status, const QJsonObject &body) {
    return secured(http::HttpResponse{
        status, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact), {}});
}

http::HttpResponse WebPageServer::refusal(int status, const QString &message,
                                          const QString &field) {
    QJsonObject body{{s("error"), message}};
    if (!field.isEmpty())
        body.insert(s("field"), field);
    return json(status, body);
}

http::HttpResponse WebPageServer::withSession(Response response, const WebSession &session) const {
    // Over plain HTTP (web.tls off, or TLS ended by a reverse proxy in front) a Secure cookie
    // would never come back.
    response.setHeader("Set-Cookie", QByteArray(kCookieName) + '=' + session.id +
                                         "; Path=/; HttpOnly; SameSite=Strict" +
                                         (m_http && m_http->isTls() ? "; Secure" : ""));
    return response;
}

QByteArray WebPageServer::cookieValue(const http::HttpRequest &request) {
    const QByteArray prefix = QByteArray(kCookieName) + '=';
    for (const QByteArray &part : request.header("cookie").split(';')) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.startsWith(prefix))
            return trimmed.mid(prefix.size());
    }
    return {};
}

bool WebPageServer::sameOrigin(const http::HttpRequest &request) {
    // Browsers send Origin with every POST and WebSocket upgrade; a page on another site that
    // posts here (or opens the socket) names itself, and is refused.
    const QByteArray origin = request.header("origin");
    if (origin.isEmpty())
        return true;
    const QByteArray host = request.header("host");
    return !host.isEmpty() && (origin == "http://" + host || origin == "https://" + host);
}

ControlExpected<WebSession> WebPageServer::checkedPost(const http::HttpRequest &request) {
    if (!sameOrigin(request))
        return ControlExpected<WebSession>::failure(
            errc::kDenied, tr("This request came from another site and was refused."));
    if (!request.header("content-type").startsWith("application/json"))
        return ControlExpected<WebSession>::failure(errc::kMalformed,
                                                    tr("Send the request as JSON."));
    const std::optional<WebSession> session = useSession(cookieValue(request));
    if (!session || !WebSessionStore::tokensEqual(request.header("x-csrf-token"), session->csrf))
        return ControlExpected<WebSession>::failure(
            errc::kDenied, tr("The page's security token is missing or out of date; reload the "
                              "page and try again."));
    return *session;
}

http::HttpResponse WebPageServer::sessionInfo(const http::HttpRequest &request) {
    std::optional<WebSession> session = useSession(cookieValue(request));
    const bool fresh = !session;
    if (fresh)
        session = m_sessions.createAnonymous(monotonicMs());
    Response response =
        json(200, QJsonObject{{s("setupRequired"), setupRequired()},
                              {s("authenticated"), session->authenticated()},
                              {s("user"), session->user},
                              {s("csrf"), QString::fromLatin1(session->csrf)},
                              {s("language"), negotiateLanguage(request.header("accept-language"))},
                              {s("idleTimeoutSec"), m_sessions.idleTimeoutMs() / 1000}});
    return fresh ? withSession(response, *session) : response;
}

QString WebPageServer::negotiateLanguage(const QByteArray &acceptLanguage) {
    // "de-CH, fr;q=0.8, en;q=0.5": the highest q that names one of ours, first listed on a tie.
    QString best = s("en");
    double bestQ = -1;
    for (const QByteArray &item : acceptLanguage.split(',')) {
        const QList<QByteArray> parts = item.trimmed().split(';');
        const QString tag = QString::fromLatin1(parts.first().trimmed()).toLower();
        double q = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray p = parts.at(i).trimmed();
            if (p.startsWith("q="))
                q = p.mid(2).toDouble();
        }
        QString language;
        if (tag.startsWith(s("zh")))
            language = s("zh_CN");
        else
            language = tag.section(QLatin1Char('-'), 0, 0);
        const bool known = std::any_of(std::begin(kLanguages), std::end(kLanguages),
                                       [&](const char *l) { return language == QLatin1String(l); });
        if (known && q > bestQ && q > 0) {
            best = language;
            bestQ = q;
        }
    }
    return best;
}

QStringList WebPageServer::scriptTexts(const QByteArray &script) {
    static const QRegularExpression call(s(R"re(\bt\("((?:[^"\\]|\\.)*)"\))re"));
    QStringList texts;
    const QString text = QString::fromUtf8(script);
    for (auto it = call.globalMatch(text); it.hasNext();) {
        const QString raw = it.next().captured(1);
        QString unescaped;
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (raw.at(i) == QLatin1Char('\\') && i + 1 < raw.size()) {
                const QChar next = raw.at(++i);
                unescaped.append(next == QLatin1Char('n') ? QChar(QLatin1Char('\n')) : next);
            } else {
                unescaped.append(raw.at(i));
            }
        }
        if (!texts.contains(unescaped))
            texts.append(unescaped);
    }
    return texts;
}

http::HttpResponse WebPageServer::strings(const http::HttpRequest &request) {
    const QString language = negotiateLanguage(request.header("accept-language"));
    auto cached = m_stringsByLanguage.constFind(language);
    if (cached == m_stringsByLanguage.cend()) {
        // lupdate reads the page's scripts too (t() is its qsTr there), filing each text under
        // the script's base name; the same catalogues as the panel's then translate them.
        QTranslator translator;
        const bool loaded = language != QLatin1String("en") &&
                            translator.load(s(":/i18n/mechdock_") + language + s(".qm"));
        QJsonObject texts;
        const QStringList files = QDir(s(":/web")).entryList({s("*.js")}, QDir::Files);
        for (const QString &file : files) {
            QFile script(s(":/web/") + file);
            if (!script.open(QIODevice::ReadOnly))
                continue;
            const QByteArray context = QFileInfo(file).completeBaseName().toUtf8();
            for (const QString &text : scriptTexts(script.readAll())) {
                const QString translated =
                    loaded ? translator.translate(context.constData(), text.toUtf8().constData())
                           : QString();
                texts.insert(text, translated.isEmpty() ? text : translated);
            }
        }
        // The settings' labels as the panel shows them, by path.
        QJsonObject labels;
        const auto label = [&](const QString &path, const char *text) {
            const QString translated =
                loaded ? translator.translate("mechdock::config::SettingsSchema", text) : QString();
            labels.insert(path, translated.isEmpty() ? QString::fromUtf8(text) : translated);
        };
        const config::SettingsSchema &schema = config::SettingsSchema::instance();
        for (const config::IntField &f : schema.intFields())
            label(f.path, f.label);
        for (const config::BoolField &f : schema.boolFields())
            label(f.path, f.label);
        for (const config::StringField &f : schema.stringFields())
            label(f.path, f.label);
        const QByteArray body = QJsonDocument(QJsonObject{{s("language"), language},
                                                          {s("strings"), texts},
                                                          {s("labels"), labels}})
                                    .toJson(QJsonDocument::Compact);
        cached = m_stringsByLanguage.insert(language, body);
    }
    return secured(http::HttpResponse{200, "application/json", *cached, {}});
}

http::HttpResponse WebPageServer::logIn(const http::HttpRequest &request) {
    const ControlExpected<WebSession> session = checkedPost(request);
    if (!session)
        return refusal(403, session.error().message);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString password = body.value(s("password")).toString();
    const QString user = body.value(s("user")).toString().trimmed();
    if (password.isEmpty())
        return refusal(400, tr("Enter the password."), s("password"));
    if (!user.isEmpty() && !isValidUserName(user))
        return refusal(400, tr("A name is 1 to 64 letters, digits, '.', '_' or '-'."), s("user"));
    ClientMessage auth;
    auth.type = ClientMessage::Type::Auth;
    // The remote API's credentials: its password, or one of its API keys.
    if (password.startsWith(s("mdk_")))
        auth.key = password;
    else
        auth.password = password;
    auth.user = user;
    const ControlExpected<QString> who =
        m_control.authenticate(request.peerAddress, s("web page"), auth);
    if (!who) {
        if (who.error().code == QLatin1String(errc::kRateLimited)) {
            Response r = refusal(429, who.error().message);
            r.setHeader("Retry-After", "60");
            return r;
        }
        return refusal(401, tr("The password is not right."), s("password"));
    }
    const WebSession loggedIn = m_sessions.logIn(session.value().id, who.value(), monotonicMs());
    endSession(session.value().id);
    return withSession(json(200, QJsonObject{{s("user"), loggedIn.user},
                                             {s("csrf"), QString::fromLatin1(loggedIn.csrf)}}),
                       loggedIn);
}

http::HttpResponse WebPageServer::logOut(const http::HttpRequest &request) {
    const ControlExpected<WebSession> session = checkedPost(request);
    if (!session)
        return refusal(403, session.error().message);
    if (session.value().authenticated())
        audit(session.value().user, s("web.logout"), request.peerAddress, s("ok"), {});
    endSession(session.value().id);
    const WebSession anonymous = m_sessions.createAnonymous(monotonicMs());
    return withSession(json(200, QJsonObject{{s("csrf"), QString::fromLatin1(anonymous.csrf)}}),
                       anonymous);
}

http::HttpResponse WebPageServer::setUp(const http::HttpRequest &request) {
    const ControlExpected<WebSession> session = checkedPost(request);
    if (!session)
        return refusal(403, session.error().message);
    if (!setupRequired() || m_setupCode.isEmpty())
        return refusal(409, tr("A password is already set; log in with it."));
    const QString address = request.peerAddress;
    if (!m_setupLimiter.allowed(address, monotonicMs()))
        return refusal(
            429, tr("Too many wrong setup codes from %1; try again in a minute.").arg(address));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString user = body.value(s("user")).toString().trimmed();
    const QString password = body.value(s("password")).toString();
    if (!security::PasswordHasher::constantTimeEquals(
            normalizedCode(body.value(s("code")).toString()), normalizedCode(m_setupCode))) {
        m_setupLimiter.recordFailure(address, monotonicMs());
        audit(user, s("web.setup"), address, s("denied"), tr("wrong setup code"));
        return refusal(403, tr("That is not the setup code in the service's log."), s("code"));
    }
    if (!user.isEmpty() && !isValidUserName(user))
        return refusal(400, tr("A name is 1 to 64 letters, digits, '.', '_' or '-'."), s("user"));
    if (const QString problem = WebPasswordPolicy::problem(password); !problem.isEmpty())
        return refusal(400, problem, s("password"));
    const QString path = m_service.options().configPath;
    config::LoadResult file = config::SettingsStore::loadFileOnly(path);
    if (file.fileExisted && !file.ok())
        return refusal(409, tr("The settings file %1 has errors; fix it before setting a "
                               "password.")
                                .arg(path));
    file.settings.control.passwordHash = security::PasswordHasher::hash(password);
    if (QString error; !config::SettingsStore::save(path, file.settings, &error))
        return refusal(500, tr("The password could not be saved: %1").arg(error));
    m_setupLimiter.recordSuccess(address);
    m_setupCode.clear();
    const QString name = user.isEmpty() ? s("operator") : user;
    audit(name, s("web.setup"), address, s("ok"), tr("password set"));
    qCInfo(lcService).noquote() << tr("Web page: the password was set from %1").arg(address);
    // Reload outside this handler: the engine's listeners follow the new settings.
    QPointer<service::BotService> service(&m_service);
    QTimer::singleShot(0, &m_service, [service, path] {
        if (!service)
            return;
        const config::LoadResult loaded = config::SettingsStore::load(path);
        QStringList issues;
        for (const config::ConfigIssue &i : loaded.issues)
            issues.append(i.toString());
        service->reload(loaded.settings, issues);
    });
    const WebSession loggedIn = m_sessions.logIn(session.value().id, name, monotonicMs());
    return withSession(json(200, QJsonObject{{s("user"), loggedIn.user},
                                             {s("csrf"), QString::fromLatin1(loggedIn.csrf)}}),
                       loggedIn);
}

void WebPageServer::upgrade(const http::HttpRequest &request, QTcpSocket *socket) {
    const QByteArray csrf = QUrlQuery(QString::fromUtf8(request.query))
                                .queryItemValue(s("csrf"), QUrl::FullyDecoded)
                                .toUtf8();
    const std::optional<WebSession> session = m_sessions.peek(cookieValue(request), monotonicMs());
    if (!session || !session->authenticated() || !sameOrigin(request) ||
        !WebSessionStore::tokensEqual(csrf, session->csrf) || !m_webSockets) {
        socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/json\r\n"
                      "Content-Length: 21\r\nConnection: close\r\n\r\n{\"error\":\"forbidden\"}");
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(5000, socket, &QObject::deleteLater);
        return;
    }
    m_webSockets->handleConnection(socket);
}

void WebPageServer::acceptWebSocket() {
    while (m_webSockets && m_webSockets->hasPendingConnections()) {
        QWebSocket *socket = m_webSockets->nextPendingConnection();
        const QByteArray csrf =
            QUrlQuery(socket->requestUrl()).queryItemValue(s("csrf"), QUrl::FullyDecoded).toUtf8();
        const std::optional<WebSession> session = m_sessions.findByCsrf(csrf, monotonicMs());
        if (!session || !session->authenticated()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto *channel = new WebSocketChannel(socket, this);
        channel->setTrustedIdentity(s("web:") + session->user);
        const QByteArray id = session->id;
        m_channels[id].append(channel);
        // What the page asks for is use of the session; the snapshots pushed to it are not.
        connect(channel, &ControlChannel::messageReceived, this, [this, id] { useSession(id); });
        connect(channel, &ControlChannel::closed, this, [this, id, channel] {
            auto it = m_channels.find(id);
            if (it != m_channels.end()) {
                it->removeAll(channel);
                if (it->isEmpty())
                    m_channels.erase(it);
            }
        });
        m_control.adopt(channel);
    }
}

std::optional<WebSession> WebPageServer::useSession(const QByteArray &id) {
    std::optional<WebSession> session = m_sessions.find(id, monotonicMs());
    // The store drops a session it finds expired; its open pages go with it now, not never.
    if (!session && m_channels.contains(id))
        endSession(id);
    return session;
}

void WebPageServer::endSession(const QByteArray &id) {
    m_sessions.end(id);
    const QList<QPointer<ControlChannel>> channels = m_channels.take(id);
    for (const QPointer<ControlChannel> &channel : channels) {
        if (channel)
            channel->close(true);
    }
}

void WebPageServer::expireSessions() {
    for (const QByteArray &id : m_sessions.expire(monotonicMs()))
        endSession(id);
}

void WebPageServer::audit(const QString &actor, const QString &action, const QString &target,
                          const QString &result, const QString &detail) const {
    storage::AuditLog *log = m_service.auditLog();
    if (!log)
        return;
    storage::AuditEntry e;
    e.source = s("web");
    e.actor = actor.isEmpty() ? s("?") : actor;
    e.action = action;
    e.target = target;
    e.result = result;
    e.detail = detail;
    log->record(e);
}

} // namespace mechdock::control
