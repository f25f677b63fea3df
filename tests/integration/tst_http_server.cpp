// The HTTP server over real sockets: GET and HEAD, keep-alive and pipelined requests, 405 with
// Allow, 404, 400 for garbage, 431 for oversized headers, 413 for a large Content-Length with the
// body neither read nor kept (memory measured), 100-continue, request and keep-alive timeouts
// (also against a client that trickles bytes), the connection cap and idle connections making room
// at it, bounded output for a client that does not read, and a route that takes the socket over
// for a WebSocket upgrade.
#include "http/httpserver.h"
#include "rawhttpclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>
#include <QtTest>

#include <algorithm>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace mechdock::http;
using mechdock::test::RawHttpClient;
using mechdock::test::RawHttpResponse;

namespace {

// Resident memory of this process (server and clients), or -1 where /proc is missing.
qint64 rssBytes() {
#ifdef Q_OS_LINUX
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * sysconf(_SC_PAGESIZE) : -1;
#else
    return -1;
#endif
}

const QByteArray kGetHealth = "GET /health HTTP/1.1\r\nHost: test\r\n\r\n";

} // namespace

class TestHttpServer : public QObject {
    Q_OBJECT

    int m_bigServed = 0;
    int m_counted = 0;
    std::unique_ptr<QWebSocketServer> m_webSockets;
    QPointer<QTcpSocket> m_taken;

    std::unique_ptr<HttpServer> startServer(const HttpLimits &limits = {}) {
        auto server = std::make_unique<HttpServer>();
        server->setLimits(limits);
        server->route(HttpMethod::Get, "/health", [](const HttpRequest &) {
            return HttpResponse{200, "application/json", R"({"status":"ok"})", {}};
        });
        server->route(HttpMethod::Get, "/count", [this](const HttpRequest &) {
            return HttpResponse{200, "text/plain", QByteArray::number(++m_counted), {}};
        });
        server->route(HttpMethod::Post, "/echo", [](const HttpRequest &request) {
            return HttpResponse{200, "application/octet-stream", request.body, {}};
        });
        server->route(HttpMethod::Get, "/big", [this](const HttpRequest &) {
            ++m_bigServed;
            return HttpResponse{200, "application/octet-stream", QByteArray(1024 * 1024, 'b'), {}};
        });
        server->routeTakeOver(HttpMethod::Get, "/ws",
                              [this](const HttpRequest &, QTcpSocket *socket) {
                                  m_webSockets->handleConnection(socket);
                              });
        server->routeTakeOver(
            HttpMethod::Get, "/raw",
            [this](const HttpRequest &, QTcpSocket *socket) { m_taken = socket; });
        if (!server->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return server;
    }

private slots:
    void init() {
        m_bigServed = 0;
        m_counted = 0;
        m_webSockets = std::make_unique<QWebSocketServer>(QStringLiteral("test"),
                                                          QWebSocketServer::NonSecureMode);
    }

    void getAndHead() {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient c(server->port());
        const RawHttpResponse get = c.request(kGetHealth);
        QCOMPARE(get.status, 200);
        QCOMPARE(get.body, QByteArray(R"({"status":"ok"})"));
        QCOMPARE(get.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(get.header("Content-Length"), QByteArray("15"));
        QVERIFY(get.header("Connection").isEmpty());
        const RawHttpResponse head = c.request("HEAD /health HTTP/1.1\r\nHost: test\r\n\r\n", true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length"), QByteArray("15"));
        QVERIFY(head.body.isEmpty());
        // Had HEAD sent a body, it would now stand in front of this answer.
        QCOMPARE(c.request(kGetHealth).body, QByteArray(R"({"status":"ok"})"));
        QVERIFY(c.received().isEmpty());
        QVERIFY(!c.isClosed());
    }

    void keepAliveAndPipelining() {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient c(server->port());
        QVERIFY(c.waitConnected());
        c.send("GET /count HTTP/1.1\r\nHost: t\r\n\r\n"
               "POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: 5\r\n\r\nhello"
               "HEAD /count HTTP/1.1\r\nHost: t\r\n\r\n"
               "GET /count HTTP/1.1\r\nHost: t\r\n\r\n");
        QCOMPARE(c.next().body, QByteArray("1"));
        QCOMPARE(c.next().body, QByteArray("hello"));
        const RawHttpResponse head = c.next(true);
        QCOMPARE(head.status, 200);
        QCOMPARE(head.header("Content-Length"), QByteArray("1"));
        QCOMPARE(c.next().body, QByteArray("3"));
        QVERIFY(!c.isClosed());
        // "Connection: close" is honoured, and said.
        const RawHttpResponse last = c.request("GET /count HTTP/1.1\r\nConnection: close\r\n\r\n");
        QCOMPARE(last.body, QByteArray("4"));
        QCOMPARE(last.header("Connection"), QByteArray("close"));
        QVERIFY(c.waitClosed());
        // HTTP/1.0 closes unless asked to keep alive.
        RawHttpClient old(server->port());
        QCOMPARE(old.request("GET /count HTTP/1.0\r\n\r\n").header("Connection"),
                 QByteArray("close"));
        QVERIFY(old.waitClosed());
        RawHttpClient kept(server->port());
        QCOMPARE(kept.request("GET /count HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                     .header("Connection"),
                 QByteArray("keep-alive"));
        QCOMPARE(kept.request("GET /count HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").body,
                 QByteArray("7"));
        QVERIFY(!kept.isClosed());
    }

    void clientsThatHalfCloseGetTheirAnswers() {
#ifdef Q_OS_LINUX
        auto server = startServer();
        QVERIFY(server);
        for (const QByteArray &request :
             {QByteArray("GET /health HTTP/1.0\r\n\r\n"),
              QByteArray("GET /count HTTP/1.1\r\nHost: t\r\n\r\nGET /health HTTP/1.1\r\n"
                         "Host: t\r\n\r\n")}) {
            RawHttpClient c(server->port());
            QVERIFY(c.waitConnected());
            c.send(request);
            QVERIFY(c.socket().waitForBytesWritten(5000));
            // As `nc -N` or a shell pipe does: the request, then the end of what it sends.
            QCOMPARE(::shutdown(int(c.socket().socketDescriptor()), SHUT_WR), 0);
            if (request.contains("/count"))
                QCOMPARE(c.next().status, 200);
            const RawHttpResponse r = c.next();
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray(R"({"status":"ok"})"));
            QVERIFY(c.waitClosed());
        }
#else
        QSKIP("needs shutdown() on the client's socket");
#endif
    }

    void otherMethodsAre405WithAllow() {
        auto server = startServer();
        QVERIFY(server);
        for (const QByteArray method : {"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "BREW"}) {
            RawHttpClient c(server->port());
            const RawHttpResponse r =
                c.request(method + " /health HTTP/1.1\r\nHost: t\r\nContent-Length: 2\r\n\r\n{}");
            QCOMPARE(r.status, 405);
            QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));
            QCOMPARE(r.header("Connection"), QByteArray("close"));
            QVERIFY(r.body.contains("method not allowed"));
            QVERIFY(c.waitClosed());
        }
    }

    void unknownPathIs404() {
        auto server = startServer();
        QVERIFY(server);
        for (const QByteArray path : {"/", "/nothing", "/health/", "/HEALTH"}) {
            RawHttpClient c(server->port());
            const RawHttpResponse r = c.request("GET " + path + " HTTP/1.1\r\nHost: t\r\n\r\n");
            QCOMPARE(r.status, 404);
            QVERIFY(c.waitClosed());
        }
    }

    void garbageIs400() {
        auto server = startServer();
        QVERIFY(server);
        for (const QByteArray &garbage :
             {QByteArray("hello\r\n\r\n"), QByteArray("GET /health HTTP/1.1\r\nBad Header\r\n\r\n"),
              QByteArray("\x16\x03\x01\x00\xa5\x01\x00\x00\xa1\x03\x03\r\n\r\n", 15)}) {
            RawHttpClient c(server->port());
            const RawHttpResponse r = c.request(garbage);
            QCOMPARE(r.status, 400);
            QCOMPARE(r.header("Connection"), QByteArray("close"));
            QVERIFY(c.waitClosed());
        }
        // A well-formed request after garbage on the same connection is never read.
        RawHttpClient c(server->port());
        c.send("nonsense\r\n\r\n" + kGetHealth);
        QCOMPARE(c.next().status, 400);
        QVERIFY(c.waitClosed());
        QVERIFY(c.received().isEmpty());
    }

    void oversizedHeadersAre431() {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient c(server->port());
        QByteArray request = "GET /health HTTP/1.1\r\nHost: t\r\n";
        for (int i = 0; i < 400; ++i)
            request += "X-Filler-" + QByteArray::number(i) + ": " + QByteArray(40, 'f') + "\r\n";
        request += "\r\n";
        QVERIFY(request.size() > server->limits().maxHeaderBytes);
        const RawHttpResponse r = c.request(request);
        QCOMPARE(r.status, 431);
        QVERIFY(c.waitClosed());
    }

    void largeContentLengthIs413AndNotRead() {
        auto server = startServer();
        QVERIFY(server);
        const qint64 before = rssBytes();
        RawHttpClient c(server->port());
        QVERIFY(c.waitConnected());
        // The client uploads 256 MB as fast as the server takes it.
        const qint64 total = 256ll * 1024 * 1024;
        const QByteArray chunk(1024 * 1024, 'x');
        qint64 sent = 0;
        const auto pump = [&] {
            while (c.socket().state() == QAbstractSocket::ConnectedState &&
                   c.socket().bytesToWrite() < 2 * chunk.size() && sent < total) {
                c.socket().write(chunk);
                sent += chunk.size();
            }
        };
        QObject::connect(&c.socket(), &QTcpSocket::bytesWritten, &c.socket(), pump);
        c.send("POST /echo HTTP/1.1\r\nHost: t\r\nContent-Length: " + QByteArray::number(total) +
               "\r\n\r\n");
        pump();
        QVERIFY(c.waitClosed(20000));
        RawHttpResponse r;
        QVERIFY2(RawHttpResponse::take(c.received(), &r, false),
                 c.received().left(200).constData());
        QCOMPARE(r.status, 413);
        QVERIFY2(sent < total / 4, qPrintable(QString::number(sent)));
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 0, 5000);
        const qint64 after = rssBytes();
        if (before > 0) {
            qInfo("RSS %lld KiB -> %lld KiB after %lld MiB offered", before / 1024, after / 1024,
                  sent / (1024 * 1024));
            QVERIFY2(after - before < 32ll * 1024 * 1024,
                     qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
        }
        // With Expect: 100-continue the client is refused before it sends anything.
        RawHttpClient polite(server->port());
        polite.send("POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: " +
                    QByteArray::number(total) + "\r\n\r\n");
        QCOMPARE(polite.next().status, 413);
        QVERIFY(polite.waitClosed());
    }

    void acceptedBodiesGet100Continue() {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient c(server->port());
        c.send(
            "POST /echo HTTP/1.1\r\nHost: t\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
        QCOMPARE(c.next().status, 100);
        c.send("howdy");
        const RawHttpResponse r = c.next();
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("howdy"));
    }

    void silentConnectionsAreClosedAfterTheRequestTimeout() {
        HttpLimits limits;
        limits.requestTimeoutMs = 400;
        limits.keepAliveTimeoutMs = 60000;
        auto server = startServer(limits);
        QVERIFY(server);
        QElapsedTimer clock;
        clock.start();
        RawHttpClient silent(server->port());
        QVERIFY(silent.waitConnected());
        QVERIFY(silent.waitClosed(5000));
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(silent.received().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 0, 5000);
    }

    void incompleteRequestsGet408() {
        HttpLimits limits;
        limits.requestTimeoutMs = 400;
        auto server = startServer(limits);
        QVERIFY(server);
        RawHttpClient partial(server->port());
        partial.send("GET /health HTTP/1.1\r\nHost: t\r\n");
        QCOMPARE(partial.next().status, 408);
        QVERIFY(partial.waitClosed(5000));
        // A client trickling a header byte every 50 ms does not extend its time.
        RawHttpClient trickle(server->port());
        QVERIFY(trickle.waitConnected());
        trickle.send("GET /health HTTP/1.1\r\n");
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &trickle.socket(),
                         [&] { trickle.socket().write("X"); });
        drip.start(50);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(trickle.waitClosed(5000));
        drip.stop();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        RawHttpResponse r;
        QVERIFY(RawHttpResponse::take(trickle.received(), &r, false));
        QCOMPARE(r.status, 408);
    }

    void keptAliveConnectionsCloseWhenIdle() {
        HttpLimits limits;
        limits.requestTimeoutMs = 60000;
        limits.keepAliveTimeoutMs = 400;
        auto server = startServer(limits);
        QVERIFY(server);
        RawHttpClient c(server->port());
        QCOMPARE(c.request(kGetHealth).status, 200);
        QElapsedTimer clock;
        clock.start();
        QVERIFY(c.waitClosed(5000));
        QVERIFY2(clock.elapsed() >= 300, qPrintable(QString::number(clock.elapsed())));
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 0, 5000);
    }

    void connectionsBeyondTheCapAreClosedAtOnce() {
        HttpLimits limits;
        limits.maxConnections = 8;
        limits.requestTimeoutMs = 60000;
        limits.evictIdleAfterMs = 60000;
        auto server = startServer(limits);
        QVERIFY(server);
        std::vector<std::unique_ptr<RawHttpClient>> idle;
        for (int i = 0; i < limits.maxConnections; ++i) {
            idle.push_back(std::make_unique<RawHttpClient>(server->port()));
            QVERIFY(idle.back()->waitConnected());
        }
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), limits.maxConnections, 5000);
        std::vector<std::unique_ptr<RawHttpClient>> extra;
        for (int i = 0; i < 20; ++i)
            extra.push_back(std::make_unique<RawHttpClient>(server->port()));
        for (const auto &c : extra)
            QVERIFY(c->waitClosed(5000));
        QCOMPARE(server->refusedConnections(), qint64(20));
        QCOMPARE(server->connectionCount(), limits.maxConnections);
        for (const auto &c : idle)
            QVERIFY(!c->isClosed());
        // A slot that frees up serves /health again.
        idle.front().reset();
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), limits.maxConnections - 1, 5000);
        RawHttpClient probe(server->port());
        QCOMPARE(probe.request(kGetHealth).status, 200);
    }

    void idleConnectionsAtTheCapExpireAndHealthAnswers() {
        HttpLimits limits;
        limits.maxConnections = 8;
        limits.requestTimeoutMs = 300;
        limits.evictIdleAfterMs = 60000;
        auto server = startServer(limits);
        QVERIFY(server);
        std::vector<std::unique_ptr<RawHttpClient>> idle;
        for (int i = 0; i < 3 * limits.maxConnections; ++i)
            idle.push_back(std::make_unique<RawHttpClient>(server->port()));
        QTRY_VERIFY_WITH_TIMEOUT(server->refusedConnections() > 0, 5000);
        // The idle ones time out; a real client then gets its answer.
        QTRY_VERIFY_WITH_TIMEOUT(RawHttpClient(server->port()).request(kGetHealth).status == 200,
                                 10000);
        for (const auto &c : idle)
            QVERIFY(c->waitClosed(5000));
    }

    void idleConnectionsMakeRoomAtTheCap() {
        HttpLimits limits;
        limits.maxConnections = 8;
        limits.requestTimeoutMs = 60000;
        limits.evictIdleAfterMs = 200;
        auto server = startServer(limits);
        QVERIFY(server);
        std::vector<std::unique_ptr<RawHttpClient>> idle;
        for (int i = 0; i < limits.maxConnections; ++i) {
            idle.push_back(std::make_unique<RawHttpClient>(server->port()));
            QVERIFY(idle.back()->waitConnected());
        }
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), limits.maxConnections, 5000);
        // Long before the request timeout, a new client takes an idle one's place.
        QElapsedTimer clock;
        clock.start();
        QTRY_VERIFY_WITH_TIMEOUT(RawHttpClient(server->port()).request(kGetHealth).status == 200,
                                 10000);
        QVERIFY(clock.elapsed() < limits.requestTimeoutMs);
        QVERIFY(server->evictedConnections() >= 1);
        const auto closed = [&] {
            return std::count_if(idle.begin(), idle.end(),
                                 [](const auto &c) { return c->isClosed(); });
        };
        QTRY_COMPARE_WITH_TIMEOUT(closed(), server->evictedConnections(), 5000);
        QVERIFY(server->connectionCount() <= limits.maxConnections);
        // A connection with a request in progress is busy, not idle: it is answered.
        RawHttpClient busy(server->port());
        QVERIFY(busy.waitConnected());
        busy.send("GET /health HTTP/1.1\r\n");
        QCOMPARE(busy.request("Host: t\r\n\r\n").status, 200);
    }

    void outputIsBoundedForAClientThatDoesNotRead() {
        HttpLimits limits;
        limits.maxOutputBytes = 256 * 1024;
        limits.writeTimeoutMs = 60000;
        auto server = startServer(limits);
        QVERIFY(server);
        constexpr int kRequests = 100;
        RawHttpClient greedy(server->port(), 64 * 1024);
        QVERIFY(greedy.waitConnected());
        greedy.setReading(false);
        QByteArray pipelined;
        for (int i = 0; i < kRequests; ++i)
            pipelined += "GET /big HTTP/1.1\r\nHost: t\r\n\r\n";
        greedy.send(pipelined);
        QTRY_VERIFY_WITH_TIMEOUT(m_bigServed > 0, 5000);
        // Let the event loop turn plenty: other clients are served meanwhile.
        for (int i = 0; i < 20; ++i) {
            RawHttpClient other(server->port());
            QCOMPARE(other.request(kGetHealth).status, 200);
        }
        QVERIFY2(m_bigServed < kRequests / 2, qPrintable(QString::number(m_bigServed)));
        // Reading resumes the rest, in order and complete.
        greedy.setReading(true);
        int answered = 0;
        while (answered < kRequests) {
            const RawHttpResponse r = greedy.next();
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body.size(), 1024 * 1024);
            ++answered;
        }
        QCOMPARE(m_bigServed, kRequests);
    }

    void aRouteCanTakeTheSocketOverForWebSockets() {
        auto server = startServer();
        QVERIFY(server);
        QPointer<QWebSocket> serverSide;
        connect(m_webSockets.get(), &QWebSocketServer::newConnection, this, [&] {
            serverSide = m_webSockets->nextPendingConnection();
            connect(serverSide, &QWebSocket::textMessageReceived, serverSide,
                    [&](const QString &text) { serverSide->sendTextMessage(text + "!"); });
        });
        QWebSocket client;
        QString echoed;
        connect(&client, &QWebSocket::textMessageReceived, this,
                [&](const QString &text) { echoed = text; });
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/ws").arg(server->port())));
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), QAbstractSocket::ConnectedState, 5000);
        client.sendTextMessage(QStringLiteral("ping"));
        QTRY_COMPARE_WITH_TIMEOUT(echoed, QStringLiteral("ping!"), 5000);
        // The upgraded socket still counts towards the cap, until it is gone.
        QCOMPARE(server->connectionCount(), 1);
        client.close();
        QTRY_VERIFY_WITH_TIMEOUT(
            serverSide.isNull() || serverSide->state() == QAbstractSocket::UnconnectedState, 5000);
        if (serverSide)
            delete serverSide.data();
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 0, 5000);
    }

    void takenOverSocketHoldsTheRequestAndWhatFollowed() {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient c(server->port());
        const QByteArray request = "GET /raw?x=1 HTTP/1.1\r\nHost: t\r\nUpgrade: custom\r\n\r\n";
        c.send(request + "after");
        QTRY_VERIFY_WITH_TIMEOUT(m_taken, 5000);
        QVERIFY(!m_taken->parent());
        QByteArray got;
        QTRY_VERIFY_WITH_TIMEOUT((got += m_taken->readAll()).size() >= request.size() + 5, 5000);
        QCOMPARE(got, request + "after");
        // The server no longer reads or answers on it, nor times it out.
        m_taken->write("mine");
        QTRY_COMPARE_WITH_TIMEOUT(c.received(), QByteArray("mine"), 5000);
        delete m_taken.data();
        QVERIFY(c.waitClosed());
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 0, 5000);
    }

    void closeDropsEveryConnection() {
        auto server = startServer();
        QVERIFY(server);
        RawHttpClient a(server->port());
        RawHttpClient b(server->port());
        QCOMPARE(a.request(kGetHealth).status, 200);
        QVERIFY(b.waitConnected());
        QTRY_COMPARE_WITH_TIMEOUT(server->connectionCount(), 2, 5000);
        server->close();
        QCOMPARE(server->connectionCount(), 0);
        QVERIFY(a.waitClosed());
        QVERIFY(b.waitClosed());
        server.reset();
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_http_server.moc"
