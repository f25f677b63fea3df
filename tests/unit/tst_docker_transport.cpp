// The Docker client's transport against a fake engine on a unix socket: keep-alive reuse from
// the bounded pool (counted on the server side), Connection: close, the idle timeout (manual
// clock), a stale idle connection, truncated and malformed answers, timeouts, the daemon-missing
// message; endpoint resolution from DOCKER_HOST / DOCKER_TLS_VERIFY / DOCKER_CERT_PATH; and the
// event stream: lines split across chunks, re-subscription with `since`, no duplicates.
#include "common/clock.h"
#include "docker/dockerclient.h"
#include "docker/dockereventstream.h"
#include "fakeengine.h"

#include <QLocalServer>
#include <QLocalSocket>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::docker;

namespace {
DockerReply call(DockerClient &client, const QString &path) {
    DockerReply out;
    bool done = false;
    client.request("GET", path, {}, [&](const DockerReply &r) {
        out = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out.error = QStringLiteral("no callback");
    return out;
}

QByteArray chunk(const QByteArray &data) {
    return QByteArray::number(data.size(), 16) + "\r\n" + data + "\r\n";
}

QByteArray eventLine(const char *action, const char *name, qint64 timeNano) {
    return QByteArray("{\"Type\":\"container\",\"Action\":\"") + action +
           "\",\"Actor\":{\"ID\":\"abc\",\"Attributes\":{\"name\":\"" + name +
           "\",\"exitCode\":\"137\"}},\"time\":" + QByteArray::number(timeNano / 1000000000) +
           ",\"timeNano\":" + QByteArray::number(timeNano) + "}\n";
}
} // namespace

class TestDockerTransport : public QObject {
    Q_OBJECT
private slots:
    void keepAliveConnectionsAreReused() {
        test::FakeEngine engine;
        DockerClient client(engine.uri());
        for (int i = 0; i < 5; ++i) {
            const DockerReply r = call(client, QStringLiteral("/containers/json"));
            QVERIFY2(r.ok && r.status == 200, qPrintable(r.error));
        }
        QCOMPARE(engine.connections, 1);
        QCOMPARE(client.poolStats().reused, quint64(4));
        QCOMPARE(client.poolStats().idle, 1);
    }

    void concurrentRequestsOpenAtMostWhatTheyNeed() {
        test::FakeEngine engine;
        DockerClient client(engine.uri());
        client.setPoolLimits(2, 30000);
        for (int round = 0; round < 2; ++round) {
            int done = 0;
            for (int i = 0; i < 3; ++i)
                client.request("GET", QStringLiteral("/_ping"), {},
                               [&](const DockerReply &) { ++done; });
            QTRY_COMPARE_WITH_TIMEOUT(done, 3, 20000);
        }
        // Three in parallel need three connections; only two stay idle (the bound), so the
        // second round opens one more.
        QCOMPARE(engine.connections, 4);
        QCOMPARE(client.poolStats().idle, 2);
        QCOMPARE(client.poolStats().maxIdle, 2);
    }

    void connectionCloseIsHonoured() {
        test::FakeEngine engine;
        engine.handler = [](QLocalSocket *s, const QByteArray &) {
            s->write(test::FakeEngine::json("[]", 200, "Connection: close\r\n"));
            s->disconnectFromServer();
        };
        DockerClient client(engine.uri());
        for (int i = 0; i < 3; ++i)
            QVERIFY(call(client, QStringLiteral("/containers/json")).ok);
        QCOMPARE(engine.connections, 3);
        QCOMPARE(client.poolStats().idle, 0);
    }

    void idleConnectionsExpire() {
        test::FakeEngine engine;
        ManualClock clock;
        DockerClient client(DockerEndpoint::fromUri(engine.uri()), nullptr, &clock);
        client.setPoolLimits(4, 30000);
        QVERIFY(call(client, QStringLiteral("/_ping")).ok);
        clock.advanceMs(29000);
        QVERIFY(call(client, QStringLiteral("/_ping")).ok);
        QCOMPARE(engine.connections, 1);
        clock.advanceMs(30000);
        QVERIFY(call(client, QStringLiteral("/_ping")).ok);
        QCOMPARE(engine.connections, 2);
        QCOMPARE(client.poolStats().expired, quint64(1));
    }

    void staleIdleConnectionIsRetriedOnce() {
        test::FakeEngine engine;
        int seen = 0;
        engine.handler = [&](QLocalSocket *s, const QByteArray &) {
            // The second request arrives on the kept connection and is dropped unanswered,
            // as when the daemon closes an idle connection just as it is reused.
            if (++seen == 2) {
                s->abort();
                return;
            }
            s->write(test::FakeEngine::json("[]"));
        };
        DockerClient client(engine.uri());
        QVERIFY(call(client, QStringLiteral("/_ping")).ok);
        const DockerReply r = call(client, QStringLiteral("/_ping"));
        QVERIFY2(r.ok && r.status == 200, qPrintable(r.error));
        QCOMPARE(engine.connections, 2);
        QCOMPARE(seen, 3);
    }

    void truncatedAnswerSaysSo() {
        test::FakeEngine engine;
        engine.handler = [](QLocalSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{\"Id\":");
            s->flush();
            s->disconnectFromServer();
        };
        DockerClient client(engine.uri());
        const DockerReply r = call(client, QStringLiteral("/containers/json"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("in the middle of the answer")),
                 qPrintable(r.error));
        QCOMPARE(client.poolStats().idle, 0);
    }

    void malformedAnswerSaysSo() {
        test::FakeEngine engine;
        engine.handler = [](QLocalSocket *s, const QByteArray &) {
            s->write("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        };
        DockerClient client(engine.uri());
        const DockerReply r = call(client, QStringLiteral("/_ping"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("malformed answer from Docker")),
                 qPrintable(r.error));
        QList<ContainerInfo> list{ContainerInfo{}};
        QString error;
        bool done = false;
        engine.handler = [](QLocalSocket *s, const QByteArray &) {
            s->write(test::FakeEngine::json("{\"not\":\"a list\"}"));
        };
        client.listContainers([&](const QList<ContainerInfo> &l, const QString &e) {
            list = l;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QVERIFY(list.isEmpty());
        QCOMPARE(error, QStringLiteral("malformed container list from Docker"));
    }

    void silentDaemonTimesOut() {
        test::FakeEngine engine;
        engine.handler = [](QLocalSocket *, const QByteArray &) {
        };
        DockerClient client(engine.uri());
        client.setTimeoutMs(300);
        const DockerReply r = call(client, QStringLiteral("/_ping"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("no answer within")), qPrintable(r.error));
        QCOMPARE(client.poolStats().idle, 0);
    }

    void missingDaemonMessage() {
        DockerClient client(QStringLiteral("unix:///nonexistent/docker.sock"));
        const DockerReply r = call(client, QStringLiteral("/_ping"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral(
                     "Docker is not reachable at unix:///nonexistent/docker.sock (no such file)")),
                 qPrintable(r.error));
    }

    void refusedConnectionMessage() {
        // A socket file with nobody listening: what a crashed daemon leaves behind.
        QTemporaryDir dir(QStringLiteral("/tmp/mdref-XXXXXX"));
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        {
            QLocalServer server;
            server.setSocketOptions(QLocalServer::WorldAccessOption);
            QVERIFY(server.listen(path));
            server.close();
        }
        QFile touch(path);
        if (!QFile::exists(path)) {
            // Qt removed it: leave a plain file, which refuses the same way.
            QVERIFY(touch.open(QIODevice::WriteOnly));
            touch.close();
        }
        DockerClient client(QStringLiteral("unix://") + path);
        const DockerReply r = call(client, QStringLiteral("/_ping"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(QStringLiteral("Docker is not reachable at unix://") + path),
                 qPrintable(r.error));
    }

    void endpointFromEnvironment() {
        QProcessEnvironment env;
        EndpointConfig config;
        DockerEndpoint e = DockerEndpoint::resolve(config, env);
        QCOMPARE(e.uri, DockerEndpoint::defaultUri());
        QVERIFY(!e.tls);
        QCOMPARE(e.transport(), QStringLiteral("unix"));

        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://10.0.0.5"));
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), QStringLiteral("/etc/mechdock/certs"));
        e = DockerEndpoint::resolve(config, env);
        QCOMPARE(e.uri, QStringLiteral("tcp://10.0.0.5"));
        QVERIFY(e.tls);
        QCOMPARE(e.port(), quint16(2376));
        QCOMPARE(e.host(), QStringLiteral("10.0.0.5"));
        QCOMPARE(e.certPath, QStringLiteral("/etc/mechdock/certs"));

        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral(""));
        e = DockerEndpoint::resolve(config, env);
        QVERIFY(!e.tls);
        QCOMPARE(e.port(), quint16(2375));

        // An address from the settings wins over DOCKER_HOST and carries its own TLS flag.
        config.name = QStringLiteral("remote");
        config.uri = QStringLiteral("tcp://docker.example:3000");
        config.tlsVerify = true;
        config.certPath = QStringLiteral("/srv/certs");
        e = DockerEndpoint::resolve(config, env);
        QCOMPARE(e.name, QStringLiteral("remote"));
        QCOMPARE(e.port(), quint16(3000));
        QVERIFY(e.tls);
        QCOMPARE(e.certPath, QStringLiteral("/srv/certs"));

        config = EndpointConfig{};
        config.uri = QStringLiteral("npipe:////./pipe/docker_engine");
        config.tlsVerify = true;
        e = DockerEndpoint::resolve(config, env);
        QCOMPARE(e.transport(), QStringLiteral("npipe"));
        QVERIFY(!e.tls); // a local pipe is never TLS
        QVERIFY(e.validate().isEmpty());

        config.uri = QStringLiteral("ssh://user@host");
        e = DockerEndpoint::resolve(config, env);
        QVERIFY(e.validate().contains(QStringLiteral("only unix://, npipe:// and tcp://")));
    }

    void tlsMaterialMissingIsAnError() {
        QTemporaryDir dir;
        EndpointConfig config;
        config.uri = QStringLiteral("tcp://127.0.0.1:1");
        config.tlsVerify = true;
        config.certPath = dir.path();
        const DockerEndpoint e = DockerEndpoint::resolve(config, {});
        QSslConfiguration tls;
        QString error;
        QVERIFY(!e.loadTls(&tls, &error));
        QVERIFY2(error.contains(QStringLiteral("no CA certificate")), qPrintable(error));
        DockerClient client(e);
        const DockerReply r = call(client, QStringLiteral("/_ping"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("ca.pem")), qPrintable(r.error));
    }

    void eventParsing() {
        ContainerEvent e;
        QVERIFY(DockerEventStream::parseEvent(eventLine("die", "web", 1700000000123456789), &e));
        QCOMPARE(e.action, QStringLiteral("die"));
        QCOMPARE(e.name, QStringLiteral("web"));
        QCOMPARE(e.exitCode, 137);
        QCOMPARE(e.timeNano, 1700000000123456789LL);
        QVERIFY(DockerEventStream::parseEvent(
            "{\"Type\":\"container\",\"Action\":\"health_status: unhealthy\",\"Actor\":{\"ID\":"
            "\"a\",\"Attributes\":{\"name\":\"db\"}},\"timeNano\":5}",
            &e));
        QCOMPARE(e.action, QStringLiteral("health_status"));
        QCOMPARE(e.detail, QStringLiteral("unhealthy"));
        QVERIFY(!DockerEventStream::parseEvent(
            "{\"Type\":\"network\",\"Action\":\"connect\",\"Actor\":{\"ID\":\"n\"}}", &e));
        QVERIFY(!DockerEventStream::parseEvent(
            "{\"Type\":\"container\",\"Action\":\"exec_start: sh\",\"Actor\":{\"ID\":\"a\"}}", &e));
        QVERIFY(!DockerEventStream::parseEvent("{not json", &e));
    }

    void eventStreamResubscribesWithSince() {
        test::FakeEngine engine;
        const qint64 t0 = 1700000000LL * 1000000000LL;
        int subscription = 0;
        engine.handler = [&](QLocalSocket *s, const QByteArray &line) {
            if (!line.contains("/events")) {
                s->write(test::FakeEngine::json("{}"));
                return;
            }
            ++subscription;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                     "Transfer-Encoding: chunked\r\n\r\n");
            const QByteArray first = eventLine("start", "web", t0 + 1);
            const QByteArray second = eventLine("die", "web", t0 + 2);
            if (subscription == 1) {
                // A line split across two chunks, then the connection drops mid-stream.
                s->write(chunk(first + second.left(20)));
                s->write(chunk(second.mid(20)));
                s->flush();
                s->disconnectFromServer();
            } else {
                // `since` replays what was already delivered; only the new event counts.
                s->write(chunk(first + second + eventLine("start", "web", t0 + 3)));
            }
        };
        DockerClient client(engine.uri());
        DockerEventStream stream(&client);
        stream.setBackoff(50, 200);
        QList<ContainerEvent> events;
        connect(&stream, &DockerEventStream::containerEvent, this,
                [&](const ContainerEvent &e) { events.append(e); });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, 20000);
        QCOMPARE(events.at(0).action, QStringLiteral("start"));
        QCOMPARE(events.at(1).action, QStringLiteral("die"));
        QCOMPARE(events.at(2).action, QStringLiteral("start"));
        QCOMPARE(events.at(2).timeNano, t0 + 3);
        QCOMPARE(events.at(0).endpoint, QStringLiteral("local"));
        QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 20000);
        QCOMPARE(subscription, 2);
        QByteArray second;
        for (const QByteArray &r : std::as_const(engine.requests)) {
            if (r.contains("/events"))
                second = r;
        }
        QVERIFY2(second.contains("since=1700000000"), second.constData());
        QVERIFY(second.contains("filters="));
        stream.stop();
        QVERIFY(!stream.isConnected());
    }

    void streamKeepsRetryingWhileTheDaemonIsGone() {
        // No socket file: every subscription fails at once, inside the call that opens it. The
        // stream must keep trying and connect as soon as a daemon listens there.
        QTemporaryDir dir(QStringLiteral("/tmp/mdgone-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString socket = dir.filePath(QStringLiteral("docker.sock"));
        DockerClient client(QStringLiteral("unix://") + socket);
        DockerEventStream stream(&client);
        stream.setBackoff(10, 40);
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.subscriptions() >= 3, 10000);
        QVERIFY(!stream.isConnected());
        QVERIFY(!stream.lastError().isEmpty());

        QLocalServer daemon;
        QVERIFY(daemon.listen(socket));
        connect(&daemon, &QLocalServer::newConnection, this, [&] {
            while (QLocalSocket *s = daemon.nextPendingConnection()) {
                connect(s, &QLocalSocket::readyRead, s, [s] {
                    if (s->readAll().contains("/events"))
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Transfer-Encoding: chunked\r\n\r\n" +
                                 chunk(eventLine("start", "web", 5)));
                });
            }
        });
        QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 10000);
        QCOMPARE(stream.eventsDelivered(), quint64(1));
        stream.stop();
    }

    void overlongEventLineIsSkipped() {
        test::FakeEngine engine;
        engine.handler = [&](QLocalSocket *s, const QByteArray &) {
            s->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
            const QByteArray junk(DockerEventStream::kMaxLineBytes + 10, 'x');
            for (int i = 0; i < junk.size(); i += 8192)
                s->write(chunk(junk.mid(i, 8192)));
            s->write(chunk("\n" + eventLine("stop", "db", 7)));
        };
        DockerClient client(engine.uri());
        DockerEventStream stream(&client);
        QList<ContainerEvent> events;
        connect(&stream, &DockerEventStream::containerEvent, this,
                [&](const ContainerEvent &e) { events.append(e); });
        stream.start();
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 20000);
        QCOMPARE(events.first().name, QStringLiteral("db"));
    }
};

QTEST_GUILESS_MAIN(TestDockerTransport)
#include "tst_docker_transport.moc"
