// The HTTP request parser on hand-made byte streams: every split position, pipelined requests,
// Content-Length bodies, the limits (414, 431, 413 before the body is read), refused framings
// (chunked 411, other codings 501, both framings 400), malformed input (400), other versions
// (505), Expect, target forms and keep-alive rules.
#include "http/httprequestparser.h"

#include <QtTest>

using namespace mechdock::http;

namespace {

const QByteArray kGet = "GET /health/memory?verbose=1&x=%41 HTTP/1.1\r\n"
                        "Host: 127.0.0.1:9374\r\n"
                        "Authorization:  Bearer abc \r\n"
                        "X-Twice: a\r\n"
                        "x-twice: b\r\n"
                        "\r\n";

int statusOf(const QByteArray &input, HttpLimits limits = {}) {
    HttpRequestParser p(limits);
    p.feed(input);
    return p.hasError() ? p.errorStatus() : (p.isComplete() ? 200 : 0);
}

} // namespace

class TestHttpRequestParser : public QObject {
    Q_OBJECT
private slots:
    void getSplitAtEveryPosition() {
        for (int a = 0; a <= kGet.size(); ++a) {
            for (int b = a; b <= kGet.size(); b += 5) {
                HttpRequestParser p;
                QCOMPARE(p.feed(QByteArrayView(kGet).first(a)), qsizetype(a));
                QCOMPARE(p.feed(QByteArrayView(kGet).sliced(a, b - a)), qsizetype(b - a));
                QCOMPARE(p.feed(QByteArrayView(kGet).sliced(b)), qsizetype(kGet.size() - b));
                QVERIFY2(p.isComplete(), qPrintable(QStringLiteral("split %1/%2").arg(a).arg(b)));
                const HttpRequest &r = p.request();
                QCOMPARE(r.method, HttpMethod::Get);
                QCOMPARE(r.methodName, QByteArray("GET"));
                QCOMPARE(r.path, QByteArray("/health/memory"));
                QCOMPARE(r.query, QByteArray("verbose=1&x=%41"));
                QCOMPARE(r.minorVersion, 1);
                QCOMPARE(r.header("authorization"), QByteArray("Bearer abc"));
                QCOMPARE(r.header("x-twice"), QByteArray("a, b"));
                QVERIFY(r.body.isEmpty());
                QVERIFY(r.keepAlive());
                QCOMPARE(p.rawBytes(), kGet);
            }
        }
    }

    void byteByByteWithBody() {
        const QByteArray input = "POST /x HTTP/1.1\r\nContent-Length: 11\r\n\r\nhello world";
        HttpRequestParser p;
        for (int i = 0; i < input.size(); ++i) {
            QVERIFY(!p.isComplete());
            QCOMPARE(p.feed(QByteArrayView(input).sliced(i, 1)), qsizetype(1));
        }
        QVERIFY(p.isComplete());
        QCOMPARE(p.request().method, HttpMethod::Post);
        QCOMPARE(p.request().body, QByteArray("hello world"));
        QCOMPARE(p.rawBytes(), input);
    }

    void pipelinedRequestsStayApart() {
        const QByteArray first = "PUT /a HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc";
        const QByteArray second = "DELETE /b HTTP/1.1\r\n\r\n";
        const QByteArray third = "HEAD /c HTTP/1.0\r\n\r\n";
        const QByteArray all = first + second + third;
        HttpRequestParser p;
        qsizetype pos = p.feed(all);
        QCOMPARE(pos, first.size());
        QVERIFY(p.isComplete());
        QCOMPARE(p.request().body, QByteArray("abc"));
        QCOMPARE(p.feed(QByteArrayView(all).sliced(pos)), qsizetype(0)); // complete takes nothing
        p.reset();
        pos += p.feed(QByteArrayView(all).sliced(pos));
        QCOMPARE(p.request().method, HttpMethod::Delete);
        QCOMPARE(p.request().path, QByteArray("/b"));
        p.reset();
        pos += p.feed(QByteArrayView(all).sliced(pos));
        QCOMPARE(pos, all.size());
        QCOMPARE(p.request().method, HttpMethod::Head);
        QCOMPARE(p.request().minorVersion, 0);
        QVERIFY(!p.request().keepAlive());
    }

    void oversizedHeadersAre431WithoutKeepingThem() {
        HttpLimits limits;
        limits.maxHeaderBytes = 1024;
        HttpRequestParser p(limits);
        QByteArray input = "GET / HTTP/1.1\r\n";
        for (int i = 0; i < 2000; ++i)
            input += "X-Filler-" + QByteArray::number(i) + ": yes\r\n";
        const qsizetype used = p.feed(input);
        QVERIFY(p.hasError());
        QCOMPARE(p.errorStatus(), 431);
        QVERIFY(used <= limits.maxHeaderBytes);
        QVERIFY(p.rawBytes().size() <= limits.maxHeaderBytes);
        // One header line with no end, arriving in pieces.
        HttpRequestParser q(limits);
        q.feed("GET / HTTP/1.1\r\nX-Long: ");
        for (int i = 0; i < 100 && !q.hasError(); ++i)
            q.feed(QByteArray(100, 'a'));
        QCOMPARE(q.errorStatus(), 431);
        QVERIFY(q.rawBytes().size() <= limits.maxHeaderBytes);
        // Exactly at the limit is still fine.
        const QByteArray head = "GET / HTTP/1.1\r\nX: ";
        const QByteArray exact = head + QByteArray(1024 - head.size() - 4, 'b') + "\r\n\r\n";
        QCOMPARE(exact.size(), 1024);
        QCOMPARE(statusOf(exact, limits), 200);
        QCOMPARE(statusOf(exact.left(exact.size() - 2) + " \r\n\r\n", limits), 431);
    }

    void longRequestLineIs414() {
        HttpLimits limits;
        limits.maxHeaderBytes = 512;
        QCOMPARE(statusOf("GET /" + QByteArray(600, 'a') + " HTTP/1.1\r\n\r\n", limits), 414);
    }

    void largeContentLengthIs413BeforeTheBody() {
        HttpLimits limits;
        limits.maxBodyBytes = 1000;
        const QByteArray head = "POST /upload HTTP/1.1\r\nContent-Length: 268435456\r\n\r\n";
        HttpRequestParser p(limits);
        QCOMPARE(p.feed(head + QByteArray(4096, 'x')), head.size());
        QVERIFY(p.hasError());
        QCOMPARE(p.errorStatus(), 413);
        QVERIFY(p.request().body.isEmpty());
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nContent-Length: 1001\r\n\r\n", limits), 413);
        QCOMPARE(
            statusOf("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n", limits),
            413);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nContent-Length: 1000\r\n\r\n" + QByteArray(1000, 'y'),
                          limits),
                 200);
        QCOMPARE(
            statusOf("POST / HTTP/1.1\r\nContent-Length: 0001000\r\n\r\n" + QByteArray(1000, 'y'),
                     limits),
            200);
    }

    void refusedFramings() {
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"), 411);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nTransfer-Encoding: gzip, Chunked\r\n\r\n"), 411);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n"), 501);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                          "Content-Length: 5\r\n\r\n"),
                 400);
        QCOMPARE(statusOf("POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n"), 400);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nContent-Length: 5\r\nContent-Length: 6\r\n\r\n"),
                 400);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nContent-Length: 5, 6\r\n\r\n"), 400);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok"),
                 200);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n"), 400);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n"), 400);
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nContent-Length: \r\n\r\n"), 400);
    }

    void malformedRequestsAre400() {
        const QList<QByteArray> garbage{
            "hello\r\n\r\n",
            QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n", 15), // TLS hello
            "GET\r\n\r\n",
            "GET /\r\n\r\n",
            "GET  / HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1 \r\n\r\n",
            "GET / http/1.1\r\n\r\n",
            "GET / HTTP/1.11\r\n\r\n",
            "GET / HTTP/x.1\r\n\r\n",
            "G(T / HTTP/1.1\r\n\r\n",
            "GET health HTTP/1.1\r\n\r\n",
            "GET ftp://host/x HTTP/1.1\r\n\r\n",
            "GET http:///x HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nHost : x\r\n\r\n",
            "GET / HTTP/1.1\r\nNoColon\r\n\r\n",
            "GET / HTTP/1.1\r\n: empty name\r\n\r\n",
            "GET / HTTP/1.1\r\nX: a\r\n folded\r\n\r\n",
            "GET / HTTP/1.1\r\nX: a\rb\r\n\r\n",
            QByteArray("GET / HTTP/1.1\r\nX: a\0b\r\n\r\n", 26),
            QByteArray("GET /\0 HTTP/1.1\r\n\r\n", 19),
            "GET / HTTP/1.1\r\nX: \x01\r\n\r\n",
        };
        for (const QByteArray &input : garbage)
            QVERIFY2(statusOf(input) == 400, input.toPercentEncoding().constData());
    }

    void otherVersionsAre505() {
        QCOMPARE(statusOf("GET / HTTP/2.0\r\n\r\n"), 505);
        QCOMPARE(statusOf("GET / HTTP/0.9\r\n\r\n"), 505);
        QCOMPARE(statusOf("GET / HTTP/1.2\r\n\r\n"), 200); // a later 1.x is answered as 1.1
    }

    void expectations() {
        HttpRequestParser p;
        p.feed("POST / HTTP/1.1\r\nExpect: 100-Continue\r\nContent-Length: 4\r\n\r\n");
        QVERIFY(p.expectsContinue());
        p.feed("body");
        QVERIFY(p.isComplete());
        QVERIFY(!p.expectsContinue());
        QCOMPARE(statusOf("POST / HTTP/1.1\r\nExpect: teapot\r\nContent-Length: 4\r\n\r\n"), 417);
        // HTTP/1.0 knows no Expect.
        QCOMPARE(statusOf("GET / HTTP/1.0\r\nExpect: teapot\r\n\r\n"), 200);
    }

    void targetForms() {
        HttpRequestParser p;
        p.feed("GET http://Example.org:80/he%61lth?q=1 HTTP/1.1\r\n\r\n");
        QVERIFY(p.isComplete());
        QCOMPARE(p.request().path, QByteArray("/health"));
        QCOMPARE(p.request().query, QByteArray("q=1"));
        QCOMPARE(p.request().target, QByteArray("http://Example.org:80/he%61lth?q=1"));
        HttpRequestParser q;
        q.feed("OPTIONS * HTTP/1.1\r\n\r\n");
        QCOMPARE(q.request().path, QByteArray("*"));
        QCOMPARE(q.request().method, HttpMethod::Options);
        HttpRequestParser r;
        r.feed("GET https://host?x HTTP/1.1\r\n\r\n");
        QCOMPARE(r.request().path, QByteArray("/"));
        QCOMPARE(r.request().query, QByteArray("x"));
        HttpRequestParser s;
        s.feed("BREW /pot HTTP/1.1\r\n\r\n");
        QVERIFY(s.isComplete());
        QCOMPARE(s.request().method, HttpMethod::Other);
        QCOMPARE(s.request().methodName, QByteArray("BREW"));
    }

    void lineEndingsAndLeadingEmptyLines() {
        HttpRequestParser p;
        const QByteArray input = "\r\n\nGET /a HTTP/1.1\nHost: x\n\n";
        QCOMPARE(p.feed(input), input.size());
        QVERIFY(p.isComplete());
        QCOMPARE(p.request().path, QByteArray("/a"));
        QCOMPARE(p.request().header("host"), QByteArray("x"));
        HttpLimits limits;
        limits.maxHeaderBytes = 64;
        QCOMPARE(statusOf(QByteArray(100, '\n'), limits), 414);
    }

    void keepAliveRules() {
        const auto keepAlive = [](const QByteArray &input) {
            HttpRequestParser p;
            p.feed(input);
            return p.isComplete() && p.request().keepAlive();
        };
        QVERIFY(keepAlive("GET / HTTP/1.1\r\n\r\n"));
        QVERIFY(!keepAlive("GET / HTTP/1.1\r\nConnection: Close\r\n\r\n"));
        QVERIFY(!keepAlive("GET / HTTP/1.1\r\nConnection: upgrade, close\r\n\r\n"));
        QVERIFY(!keepAlive("GET / HTTP/1.0\r\n\r\n"));
        QVERIFY(keepAlive("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n"));
    }

    void resetStartsOver() {
        HttpRequestParser p;
        p.feed("GARBAGE\r\n");
        QVERIFY(p.hasError());
        QCOMPARE(p.feed("GET / HTTP/1.1\r\n\r\n"), qsizetype(0));
        p.reset();
        QVERIFY(p.isIdle());
        QCOMPARE(p.errorStatus(), 0);
        p.feed("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(p.isComplete());
    }
};

QTEST_GUILESS_MAIN(TestHttpRequestParser)
#include "tst_http_requestparser.moc"
