// HttpClientPool against a scripted HTTP server on 127.0.0.1: keep-alive reuse, the connection
// bound with requests waiting in order, the retry when a kept-alive connection was closed by the
// server, timeouts, malformed answers, refused connections, chunked bodies and Connection: close.
#include "http/httpclientpool.h"

#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <functional>

using namespace mechdock::http;

namespace {

// Reads requests (head plus Content-Length body) per connection and lets the test decide how to
// answer each one.
class ScriptedServer : public QObject {
    Q_OBJECT
public:
    struct Received {
        QPointer<QTcpSocket> socket;
        QByteArray head;
        QByteArray body;
    };
    // Called for each request; answers (or not) through the socket.
    std::function<void(const Received &)> onRequest = [](const Received &r) {
        r.socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    };
    QList<Received> received;
    int connections = 0;

    bool start() {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    QUrl url() const {
        return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
    }

private:
    void read(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        for (;;) {
            const int end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray head = buffer.left(end);
            int length = 0;
            for (const QByteArray &line : head.split('\n'))
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toInt();
            if (buffer.size() < end + 4 + length)
                return;
            Received r{socket, head, buffer.mid(end + 4, length)};
            buffer.remove(0, end + 4 + length);
            received.append(r);
            onRequest(r);
        }
    }
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

HttpClientRequest post(const QByteArray &target, const QByteArray &body = "{}") {
    HttpClientRequest r;
    r.method = "POST";
    r.target = target;
    r.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    r.body = body;
    return r;
}

} // namespace

class TestHttpClientPool : public QObject {
    Q_OBJECT
private slots:
    void keepAliveConnectionIsReused();
    void boundedConnectionsServeWaitingRequestsInOrder();
    void closedKeepAliveConnectionIsRetriedOnce();
    void unansweredRequestTimesOut();
    void malformedAnswerIsAnError();
    void refusedConnectionIsAnError();
    void chunkedAnswerAndConnectionClose();
};

void TestHttpClientPool::keepAliveConnectionIsReused() {
    ScriptedServer server;
    QVERIFY(server.start());
    HttpClientPool pool(server.url());
    QList<HttpClientResponse> answers;
    pool.send(post("/a", "{\"x\":1}"), [&](const HttpClientResponse &r) { answers.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 5000);
    pool.send(post("/b"), [&](const HttpClientResponse &r) { answers.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 5000);
    QCOMPARE(answers.at(0).status, 200);
    QCOMPARE(answers.at(0).body, QByteArray("ok"));
    QCOMPARE(answers.at(1).status, 200);
    QCOMPARE(server.connections, 1);
    QCOMPARE(server.received.size(), 2);
    QVERIFY(server.received.at(0).head.startsWith("POST /a HTTP/1.1\r\n"));
    QVERIFY(server.received.at(0).head.contains("Host: 127.0.0.1:"));
    QCOMPARE(server.received.at(0).body, QByteArray("{\"x\":1}"));
    QCOMPARE(pool.stats().opened, 1u);
    QCOMPARE(pool.stats().reused, 1u);
}

void TestHttpClientPool::boundedConnectionsServeWaitingRequestsInOrder() {
    ScriptedServer server;
    QVERIFY(server.start());
    server.onRequest = [](const ScriptedServer::Received &) {
    }; // answered below
    HttpClientPool pool(server.url(), HttpClientPoolOptions{2, 15000});
    QStringList done;
    for (int i = 0; i < 5; ++i)
        pool.send(post("/r" + QByteArray::number(i)), [&done, i](const HttpClientResponse &r) {
            if (r.status == 200)
                done.append(QString::number(i));
        });
    QTRY_COMPARE_WITH_TIMEOUT(server.received.size(), 2, 5000);
    QCOMPARE(pool.stats().waiting, 3);
    QCOMPARE(server.connections, 2);
    // Answer whatever is open until all five are through.
    int answered = 0;
    while (answered < 5) {
        QTRY_VERIFY_WITH_TIMEOUT(server.received.size() > answered, 5000);
        server.received.at(answered).socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        ++answered;
    }
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 5, 5000);
    QCOMPARE(server.connections, 2);
    for (int i = 0; i < 5; ++i)
        QVERIFY(server.received.at(i).head.startsWith("POST /r" + QByteArray::number(i) + " "));
}

void TestHttpClientPool::closedKeepAliveConnectionIsRetriedOnce() {
    ScriptedServer server;
    QVERIFY(server.start());
    int seen = 0;
    server.onRequest = [&](const ScriptedServer::Received &r) {
        if (++seen == 2) {
            r.socket->abort(); // a keep-alive connection the server just gave up
            return;
        }
        r.socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
    };
    HttpClientPool pool(server.url());
    QList<HttpClientResponse> answers;
    pool.send(post("/1"), [&](const HttpClientResponse &r) { answers.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 5000);
    pool.send(post("/2"), [&](const HttpClientResponse &r) { answers.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 5000);
    QCOMPARE(answers.at(1).status, 200);
    QCOMPARE(pool.stats().retried, 1u);
    QCOMPARE(server.connections, 2);
    QCOMPARE(seen, 3);
}

void TestHttpClientPool::unansweredRequestTimesOut() {
    ScriptedServer server;
    QVERIFY(server.start());
    server.onRequest = [](const ScriptedServer::Received &) {
    };
    HttpClientPool pool(server.url());
    HttpClientRequest request = post("/slow");
    request.timeoutMs = 200;
    std::optional<HttpClientResponse> answer;
    pool.send(request, [&](const HttpClientResponse &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QCOMPARE(answer->status, 0);
    QVERIFY2(answer->error.contains(QLatin1String("200")), qPrintable(answer->error));
    QCOMPARE(pool.stats().failed, 1u);
    QCOMPARE(pool.stats().connections, 0);
}

void TestHttpClientPool::malformedAnswerIsAnError() {
    ScriptedServer server;
    QVERIFY(server.start());
    server.onRequest = [](const ScriptedServer::Received &r) {
        r.socket->write("HTTP/1.1 200 OK\r\nContent-Length: x1\r\n\r\nok");
    };
    HttpClientPool pool(server.url());
    std::optional<HttpClientResponse> answer;
    pool.send(post("/bad"), [&](const HttpClientResponse &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QCOMPARE(answer->status, 0);
    QVERIFY2(answer->error.contains(QLatin1String("Content-Length")), qPrintable(answer->error));
}

void TestHttpClientPool::refusedConnectionIsAnError() {
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    HttpClientPool pool(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)));
    std::optional<HttpClientResponse> answer;
    pool.send(post("/x"), [&](const HttpClientResponse &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
    QCOMPARE(answer->status, 0);
    QVERIFY(!answer->error.isEmpty());
    QCOMPARE(pool.stats().retried, 0u); // a fresh connection is not retried
}

void TestHttpClientPool::chunkedAnswerAndConnectionClose() {
    ScriptedServer server;
    QVERIFY(server.start());
    server.onRequest = [](const ScriptedServer::Received &r) {
        r.socket->write("HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nConnection: "
                        "close\r\nX-RateLimit-Bucket: abc\r\n\r\n3\r\nhel\r\n2\r\nlo\r\n0\r\n\r\n");
    };
    HttpClientPool pool(server.url());
    QList<HttpClientResponse> answers;
    pool.send(post("/1"), [&](const HttpClientResponse &r) { answers.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 1, 5000);
    QCOMPARE(answers.at(0).status, 201);
    QCOMPARE(answers.at(0).body, QByteArray("hello"));
    QCOMPARE(answers.at(0).headers.value("x-ratelimit-bucket"), QByteArray("abc"));
    pool.send(post("/2"), [&](const HttpClientResponse &r) { answers.append(r); });
    QTRY_COMPARE_WITH_TIMEOUT(answers.size(), 2, 5000);
    QCOMPARE(server.connections, 2); // "Connection: close" is honoured
    QCOMPARE(pool.stats().reused, 0u);
}

QTEST_GUILESS_MAIN(TestHttpClientPool)
#include "tst_http_clientpool.moc"
