// The web page's server against a real BotService in this process, over real sockets:
// - the page's files come with a Content-Security-Policy and no-sniff; /api/session gives an
//   anonymous session whose cookie is HttpOnly and SameSite=Strict;
// - first run: a wrong setup code is refused at its field, a weak password at its field, the
//   right code and a strong password set the remote API's password (saved, hashed) and log in
//   with a new session id;
// - a POST without the CSRF token, with another session's token or from another origin is
//   refused; the WebSocket upgrade without the token or without a login is refused;
// - logged in, the page's WebSocket speaks the control API as "web:<user>" without an auth
//   step; logging out closes it;
// - a wrong password is refused (401), and past five a minute refused unchecked (429);
// - /api/strings follows Accept-Language.
#include "config/settings.h"
#include "config/settingsstore.h"
#include "control/controlserver.h"
#include "control/webpageserver.h"
#include "rawhttpclient.h"
#include "service/botservice.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QWebSocket>
#include <QtTest>

#include <memory>

using namespace mechdock;

namespace {

struct Reply {
    int status = 0;
    QJsonObject json;
    QByteArray cookie; // the session id a Set-Cookie gave, if any
    test::RawHttpResponse raw;
};

} // namespace

class TestControlWebPage : public QObject {
    Q_OBJECT

    QTemporaryDir dir;
    std::unique_ptr<service::BotService> service;
    control::ControlServer *server = nullptr;
    quint16 port = 0;
    QByteArray cookie;
    QByteArray csrf;

    Reply send(const QByteArray &method, const QByteArray &path, const QJsonObject &body = {},
               const QList<QByteArray> &extraHeaders = {}, bool withCsrf = true) {
        test::RawHttpClient client(port);
        if (!client.waitConnected())
            return {};
        QByteArray bytes = method + ' ' + path +
                           " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port) + "\r\n";
        if (!cookie.isEmpty())
            bytes += "Cookie: mechdock_session=" + cookie + "\r\n";
        if (withCsrf && !csrf.isEmpty())
            bytes += "X-CSRF-Token: " + csrf + "\r\n";
        for (const QByteArray &h : extraHeaders)
            bytes += h + "\r\n";
        const QByteArray payload =
            method == "POST" ? QJsonDocument(body).toJson(QJsonDocument::Compact) : QByteArray();
        if (method == "POST")
            bytes += "Content-Type: application/json\r\nContent-Length: " +
                     QByteArray::number(payload.size()) + "\r\n";
        bytes += "\r\n" + payload;
        Reply r;
        r.raw = client.request(bytes);
        r.status = r.raw.status;
        r.json = QJsonDocument::fromJson(r.raw.body).object();
        const QByteArray setCookie = r.raw.header("set-cookie");
        if (setCookie.startsWith("mechdock_session="))
            r.cookie = setCookie.mid(17).split(';').first();
        return r;
    }

    void newAnonymousSession() {
        cookie.clear();
        csrf.clear();
        const Reply r = send("GET", "/api/session");
        QCOMPARE(r.status, 200);
        QVERIFY(!r.cookie.isEmpty());
        cookie = r.cookie;
        csrf = r.json.value(QStringLiteral("csrf")).toString().toUtf8();
    }

    QString settingsPath() const { return dir.filePath(QStringLiteral("mechdock.json")); }

private slots:
    void initTestCase() {
        config::Settings settings;
        settings.docker.endpoints = {};
        settings.http.listen.clear();
        // A port the settings file can name (the validator wants 1 to 65535): the setup saves
        // the file and the engine reloads from it.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        settings.web.listen = listen;
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("web"),
                                              QJsonObject{{QStringLiteral("listen"), listen}}}})
                       .toJson());
        file.close();
        service::ServiceOptions options{settingsPath(), dir.path(), {}};
        options.attachClients = [this](service::BotService &s) {
            server = control::ControlServer::install(s);
        };
        service = std::make_unique<service::BotService>(settings, options);
        service->start();
        QVERIFY(server && server->webPage());
        port = server->webPage()->port();
        QVERIFY(port > 0);
    }

    void cleanupTestCase() {
        if (service)
            service->stop();
        service.reset();
    }

    void pageComesWithItsPolicy() {
        const Reply page = send("GET", "/");
        QCOMPARE(page.status, 200);
        QVERIFY(page.raw.header("content-type").startsWith("text/html"));
        const QByteArray csp = page.raw.header("content-security-policy");
        QVERIFY(csp.contains("script-src 'self'"));
        QVERIFY(!csp.contains("unsafe-inline"));
        QCOMPARE(page.raw.header("x-content-type-options"), QByteArray("nosniff"));
        QCOMPARE(send("GET", "/app.js").status, 200);
        QCOMPARE(send("GET", "/nothing-here").status, 404);

        const Reply session = send("GET", "/api/session");
        const QByteArray setCookie = session.raw.header("set-cookie");
        QVERIFY(setCookie.contains("HttpOnly"));
        QVERIFY(setCookie.contains("SameSite=Strict"));
        QCOMPARE(session.json.value(QStringLiteral("setupRequired")).toBool(), true);
        QCOMPARE(session.json.value(QStringLiteral("authenticated")).toBool(), false);
    }

    void firstRunNeedsTheCodeAndAStrongPassword() {
        newAnonymousSession();
        const QString code = server->webPage()->setupCode();
        QVERIFY(!code.isEmpty());
        Reply r = send("POST", "/api/setup",
                       {{QStringLiteral("code"), QStringLiteral("AAAA-BBBB-CCCC")},
                        {QStringLiteral("password"), QStringLiteral("Very-long-and-fine-9")}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.json.value(QStringLiteral("field")).toString(), QStringLiteral("code"));
        for (const QString &weak :
             {QStringLiteral("short1A!"), QStringLiteral("Mechdock2024!"),
              QStringLiteral("abcdefghijklmnop"), QStringLiteral("onlylowercase")}) {
            r = send("POST", "/api/setup",
                     {{QStringLiteral("code"), code.toLower()},
                      {QStringLiteral("user"), QStringLiteral("ada")},
                      {QStringLiteral("password"), weak}});
            QVERIFY2(r.status == 400, qPrintable(weak));
            QCOMPARE(r.json.value(QStringLiteral("field")).toString(), QStringLiteral("password"));
        }
        // Without the token the right code does nothing.
        r = send("POST", "/api/setup",
                 {{QStringLiteral("code"), code},
                  {QStringLiteral("password"), QStringLiteral("Tr0ub4dor&3-horse")}},
                 {}, false);
        QCOMPARE(r.status, 403);
        r = send("POST", "/api/setup",
                 {{QStringLiteral("code"), code},
                  {QStringLiteral("user"), QStringLiteral("ada")},
                  {QStringLiteral("password"), QStringLiteral("Tr0ub4dor&3-horse")}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.cookie.isEmpty() && r.cookie != cookie); // a new id after the login
        QCOMPARE(r.json.value(QStringLiteral("user")).toString(), QStringLiteral("ada"));
        const config::LoadResult saved = config::SettingsStore::loadFileOnly(settingsPath());
        QVERIFY(saved.settings.control.passwordHash.startsWith(QStringLiteral("pbkdf2-sha256$")));
        QFile written(settingsPath());
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains("Tr0ub4dor"));
        cookie = r.cookie;
        csrf = r.json.value(QStringLiteral("csrf")).toString().toUtf8();
        // The engine reloads with the password; the setup is closed from then on.
        QTRY_VERIFY_WITH_TIMEOUT(server->webPage()->setupCode().isEmpty(), 10000);
        const Reply again = send("GET", "/api/session");
        QCOMPARE(again.json.value(QStringLiteral("setupRequired")).toBool(), false);
        QCOMPARE(again.json.value(QStringLiteral("authenticated")).toBool(), true);
    }

    void refusesRequestsWithoutTheToken() {
        QVERIFY(!cookie.isEmpty());
        QCOMPARE(send("POST", "/api/logout", {}, {}, false).status, 403);
        const QByteArray own = csrf;
        csrf = "not-the-token";
        QCOMPARE(send("POST", "/api/logout").status, 403);
        csrf = own;
        QCOMPARE(send("POST", "/api/logout", {}, {"Origin: http://evil.example"}).status, 403);
        // Still logged in after all of that.
        QCOMPARE(send("GET", "/api/session").json.value(QStringLiteral("authenticated")).toBool(),
                 true);
    }

    void webSocketSpeaksTheControlApi() {
        QWebSocket refused;
        QNetworkRequest noToken(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/ws").arg(port)));
        noToken.setRawHeader("Cookie", "mechdock_session=" + cookie);
        refused.open(noToken);
        QTRY_VERIFY_WITH_TIMEOUT(refused.state() == QAbstractSocket::UnconnectedState &&
                                     refused.error() != QAbstractSocket::UnknownSocketError,
                                 10000);

        QWebSocket ws;
        QList<QJsonObject> received;
        connect(&ws, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            received.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        QNetworkRequest request(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/ws?csrf=%2")
                                         .arg(port)
                                         .arg(QString::fromLatin1(csrf))));
        request.setRawHeader("Cookie", "mechdock_session=" + cookie);
        request.setRawHeader("Origin", "http://127.0.0.1:" + QByteArray::number(port));
        ws.open(request);
        QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::ConnectedState, 10000);
        ws.sendTextMessage(
            QStringLiteral("{\"type\":\"hello\",\"protocol\":1,\"client\":\"test\"}"));
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 2, 10000);
        QCOMPARE(received.at(1).value(QStringLiteral("type")).toString(),
                 QStringLiteral("authenticated"));
        QCOMPARE(received.at(1).value(QStringLiteral("identity")).toString(),
                 QStringLiteral("web:ada"));
        ws.sendTextMessage(QStringLiteral(
            "{\"type\":\"request\",\"id\":7,\"method\":\"mech.get\",\"params\":{}}"));
        QTRY_VERIFY_WITH_TIMEOUT(received.size() >= 3, 10000);
        QCOMPARE(received.at(2).value(QStringLiteral("id")).toInt(), 7);
        QVERIFY(received.at(2).value(QStringLiteral("ok")).toBool());

        // Logging out ends the page's connection with the session.
        const Reply out = send("POST", "/api/logout");
        QCOMPARE(out.status, 200);
        QTRY_COMPARE_WITH_TIMEOUT(ws.state(), QAbstractSocket::UnconnectedState, 10000);
        cookie = out.cookie;
        csrf = out.json.value(QStringLiteral("csrf")).toString().toUtf8();
        QCOMPARE(send("GET", "/api/session").json.value(QStringLiteral("authenticated")).toBool(),
                 false);
    }

    void loginWorksAndWrongPasswordsAreRateLimited() {
        newAnonymousSession();
        Reply r = send("POST", "/api/login",
                       {{QStringLiteral("user"), QStringLiteral("ada")},
                        {QStringLiteral("password"), QStringLiteral("Tr0ub4dor&3-horse")}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.cookie != cookie);
        newAnonymousSession();
        int refused = 0;
        int limited = 0;
        for (int i = 0; i < 7; ++i) {
            r = send("POST", "/api/login",
                     {{QStringLiteral("password"), QStringLiteral("wrong password %1").arg(i)}});
            refused += r.status == 401;
            limited += r.status == 429;
        }
        QCOMPARE(refused, 5);
        QCOMPARE(limited, 2);
        // Limited means unchecked: the right password is refused too until the minute passes.
        r = send("POST", "/api/login",
                 {{QStringLiteral("password"), QStringLiteral("Tr0ub4dor&3-horse")}});
        QCOMPARE(r.status, 429);
    }

    void stringsFollowTheBrowsersLanguage() {
        QCOMPARE(control::WebPageServer::negotiateLanguage("de-CH,de;q=0.9,en;q=0.8"),
                 QStringLiteral("de"));
        QCOMPARE(control::WebPageServer::negotiateLanguage("xx, fr;q=0.4, en;q=0.3"),
                 QStringLiteral("fr"));
        QCOMPARE(control::WebPageServer::negotiateLanguage("zh-Hans-CN"), QStringLiteral("zh_CN"));
        QCOMPARE(control::WebPageServer::negotiateLanguage(""), QStringLiteral("en"));
        QCOMPARE(control::WebPageServer::scriptTexts(
                     "t(\"Start\"); t(\"Say \\\"hi\\\"\"); t(\"Start\")"),
                 (QStringList{QStringLiteral("Start"), QStringLiteral("Say \"hi\"")}));
        const Reply de = send("GET", "/api/strings", {}, {"Accept-Language: de-DE,de;q=0.9"});
        QCOMPARE(de.status, 200);
        QCOMPARE(de.json.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        const QJsonObject strings = de.json.value(QStringLiteral("strings")).toObject();
        QVERIFY(strings.size() > 20);
        QCOMPARE(strings.value(QStringLiteral("Log out")).toString(), QStringLiteral("Abmelden"));
        // The settings' labels, as the panel shows them, in the page's language.
        const QJsonObject labels = de.json.value(QStringLiteral("labels")).toObject();
        QVERIFY(labels.size() > 50);
        const QString listen = labels.value(QStringLiteral("web.listen")).toString();
        QVERIFY(!listen.isEmpty());
        QVERIFY(listen != QStringLiteral("Web page address (empty = off)"));
    }

    void servesHttpsWithSecureCookies() {
        // web.tls on: the same page over TLS with the engine's certificate, the cookie Secure.
        config::LoadResult loaded = config::SettingsStore::load(settingsPath());
        loaded.settings.web.tls = true;
        loaded.settings.http.listen.clear();
        service->reload(loaded.settings, {});
        QTRY_VERIFY_WITH_TIMEOUT(server->webPage() && server->webPage()->isTls(), 10000);
        port = server->webPage()->port();
        QSslSocket socket;
        socket.setPeerVerifyMode(QSslSocket::VerifyNone); // the self-signed certificate
        QByteArray answer;
        connect(&socket, &QSslSocket::readyRead, this, [&] { answer += socket.readAll(); });
        socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        QTRY_VERIFY_WITH_TIMEOUT(socket.isEncrypted(), 10000);
        socket.write("GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(answer.contains("\r\n\r\n") && answer.endsWith("}"), 10000);
        QVERIFY(answer.startsWith("HTTP/1.1 200"));
        const qsizetype cookie = answer.indexOf("Set-Cookie: mechdock_session=");
        QVERIFY(cookie > 0);
        const QByteArray line = answer.mid(cookie, answer.indexOf("\r\n", cookie) - cookie);
        QVERIFY(line.contains("; Secure"));
        QVERIFY(line.contains("HttpOnly"));
        // A plain-HTTP client gets nothing from the TLS port.
        test::RawHttpClient plain(port);
        QVERIFY(plain.waitConnected());
        plain.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        QCOMPARE(plain.next(false, 5000).status, 0);
    }
};

QTEST_GUILESS_MAIN(TestControlWebPage)
#include "tst_control_webpage.moc"
