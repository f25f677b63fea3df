// The HTTP server's routing table (exact paths, GET answering HEAD, 405 with the Allow list, 404,
// take-over routes) and how responses are framed (Content-Length, Connection, HEAD without a
// body, handler headers that would break the framing left out).
#include "http/httpresponse.h"
#include "http/httprouter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mechdock::http;

namespace {

HttpResponse answer(const HttpRouter::Match &m, const HttpRequest &request = {}) {
    return std::get<HttpRouter::Responder>(*m.handler)(request);
}

HttpRouter::Responder text(const QByteArray &body) {
    return [body](const HttpRequest &) {
        return HttpResponse{200, "text/plain", body, {}};
    };
}

// Splits a serialized response into its head lines and its body.
std::pair<QList<QByteArray>, QByteArray> split(const QByteArray &raw) {
    const qsizetype end = raw.indexOf("\r\n\r\n");
    return {raw.left(end + 2).split('\n'), raw.mid(end + 4)};
}

} // namespace

class TestHttpRouting : public QObject {
    Q_OBJECT
private slots:
    void getAnswersHeadUnlessHeadHasARoute() {
        HttpRouter router;
        router.add(HttpMethod::Get, "/a", text("get a"));
        router.add(HttpMethod::Get, "/b", text("get b"));
        router.add(HttpMethod::Head, "/b", text("head b"));
        QCOMPARE(answer(router.match(HttpMethod::Get, "/a")).body, QByteArray("get a"));
        QCOMPARE(answer(router.match(HttpMethod::Head, "/a")).body, QByteArray("get a"));
        QCOMPARE(answer(router.match(HttpMethod::Head, "/b")).body, QByteArray("head b"));
        router.add(HttpMethod::Get, "/a", text("replaced"));
        QCOMPARE(answer(router.match(HttpMethod::Get, "/a")).body, QByteArray("replaced"));
    }

    void knownPathOtherMethodIs405WithAllow() {
        HttpRouter router;
        router.add(HttpMethod::Get, "/health", text("ok"));
        router.add(HttpMethod::Post, "/health", text("posted"));
        for (const HttpMethod m : {HttpMethod::Put, HttpMethod::Delete, HttpMethod::Patch,
                                   HttpMethod::Options, HttpMethod::Other}) {
            const HttpRouter::Match match = router.match(m, "/health");
            QVERIFY(!match.handler);
            QVERIFY(match.pathKnown);
            QCOMPARE(match.allow, QByteArray("GET, HEAD, POST"));
        }
    }

    void unknownPathIs404() {
        HttpRouter router;
        router.add(HttpMethod::Get, "/health", text("ok"));
        for (const QByteArray path : {"/", "/health/", "/Health", "/healthz", "*"}) {
            const HttpRouter::Match match = router.match(HttpMethod::Get, path);
            QVERIFY(!match.handler);
            QVERIFY(!match.pathKnown);
        }
    }

    void takeOverRoutesDoNotAnswerHead() {
        HttpRouter router;
        router.add(HttpMethod::Get, "/ws",
                   HttpRouter::TakeOver([](const HttpRequest &, QTcpSocket *) {}));
        const HttpRouter::Match get = router.match(HttpMethod::Get, "/ws");
        QVERIFY(get.handler && std::holds_alternative<HttpRouter::TakeOver>(*get.handler));
        const HttpRouter::Match head = router.match(HttpMethod::Head, "/ws");
        QVERIFY(!head.handler);
        QCOMPARE(head.allow, QByteArray("GET"));
    }

    void responseFraming() {
        HttpResponse r{200, "application/json", R"({"status":"ok"})", {}};
        r.setHeader("WWW-Authenticate", "Bearer");
        auto [head, body] = split(r.serialize(false, true, 1));
        QCOMPARE(head.first(), QByteArray("HTTP/1.1 200 OK\r"));
        QVERIFY(head.contains("Content-Type: application/json\r"));
        QVERIFY(head.contains("Content-Length: 15\r"));
        QVERIFY(head.contains("WWW-Authenticate: Bearer\r"));
        QVERIFY(std::any_of(head.begin(), head.end(),
                            [](const QByteArray &l) { return l.startsWith("Date: "); }));
        QVERIFY(std::none_of(head.begin(), head.end(),
                             [](const QByteArray &l) { return l.startsWith("Connection:"); }));
        QCOMPARE(body, QByteArray(R"({"status":"ok"})"));

        // HEAD: the length of the body that GET would send, and no body.
        const QByteArray forHead = r.serialize(true, false, 1);
        QVERIFY(forHead.endsWith("\r\n\r\n"));
        QVERIFY(forHead.contains("\r\nContent-Length: 15\r\n"));
        QVERIFY(forHead.contains("\r\nConnection: close\r\n"));
        // HTTP/1.0 kept alive says so.
        QVERIFY(r.serialize(false, true, 0).contains("\r\nConnection: keep-alive\r\n"));
    }

    void handlerHeadersCannotBreakTheFraming() {
        HttpResponse r{200, "text/plain", "abc", {}};
        r.setHeader("Content-Length", "999");
        r.setHeader("Connection", "keep-alive");
        r.setHeader("X-Injected", "a\r\nSet-Cookie: evil");
        r.setHeader("X-Fine", "yes");
        const QByteArray raw = r.serialize(false, false, 1);
        QCOMPARE(raw.count("Content-Length"), 1);
        QVERIFY(raw.contains("Content-Length: 3\r\n"));
        QVERIFY(!raw.contains("keep-alive"));
        QVERIFY(!raw.contains("evil"));
        QVERIFY(raw.contains("X-Fine: yes\r\n"));
        HttpResponse empty{204, {}, "ignored", {}};
        const QByteArray noContent = empty.serialize(false, true, 1);
        QVERIFY(!noContent.contains("Content-Length"));
        QVERIFY(noContent.endsWith("\r\n\r\n"));
    }

    void errorsAreJson() {
        const HttpResponse e = HttpResponse::error(405, "method \"not\" allowed");
        QCOMPARE(e.status, 405);
        QCOMPARE(e.contentType, QByteArray("application/json"));
        QCOMPARE(QJsonDocument::fromJson(e.body).object().value(QStringLiteral("error")).toString(),
                 QStringLiteral("method \"not\" allowed"));
        QVERIFY(e.serialize(false, false, 1).startsWith("HTTP/1.1 405 Method Not Allowed\r\n"));
    }
};

QTEST_GUILESS_MAIN(TestHttpRouting)
#include "tst_http_routing.moc"
