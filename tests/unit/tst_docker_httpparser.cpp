// The HTTP response parser and the log de-multiplexer on hand-made byte streams: every split
// position, chunk extensions and trailers, limits on headers and bodies, truncation, bodies to
// the end of the stream, frames split across reads; and the stats formula of the docker CLI.
#include "docker/dockerclient.h"
#include "docker/logdemuxer.h"
#include "http/httpresponseparser.h"

#include <QJsonDocument>
#include <QtTest>

using namespace mechdock::docker;
using mechdock::http::HttpResponseParser;

namespace {
QByteArray frame(int stream, const QByteArray &payload) {
    QByteArray h(8, '\0');
    h[0] = char(stream);
    const quint32 n = quint32(payload.size());
    h[4] = char(n >> 24);
    h[5] = char(n >> 16);
    h[6] = char(n >> 8);
    h[7] = char(n);
    return h + payload;
}

const QByteArray kChunked = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                            "Transfer-Encoding: chunked\r\n\r\n"
                            "5;ext=1\r\nhello\r\n"
                            "7\r\n, world\r\n"
                            "0\r\nX-Trailer: yes\r\n\r\n";
} // namespace

class TestDockerHttpParser : public QObject {
    Q_OBJECT
private slots:
    void chunkedSplitAtEveryPosition() {
        for (int a = 0; a <= kChunked.size(); ++a) {
            for (int b = a; b <= kChunked.size(); b += 7) {
                HttpResponseParser p;
                QVERIFY(p.feed(kChunked.left(a)));
                QVERIFY(p.feed(kChunked.mid(a, b - a)));
                QVERIFY(p.feed(kChunked.mid(b)));
                QVERIFY2(p.isDone(), qPrintable(QStringLiteral("split %1/%2").arg(a).arg(b)));
                QCOMPARE(p.status(), 200);
                QCOMPARE(p.body(), QByteArray("hello, world"));
                QCOMPARE(p.header("content-type"), QByteArray("application/json"));
            }
        }
    }

    void contentLengthAndBodiless() {
        HttpResponseParser p;
        QVERIFY(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nOKtrailing"));
        QVERIFY(p.isDone());
        QCOMPARE(p.body(), QByteArray("OK"));
        HttpResponseParser n;
        QVERIFY(n.feed("HTTP/1.1 204 No Content\r\n\r\n"));
        QVERIFY(n.isDone());
        HttpResponseParser m;
        QVERIFY(m.feed("HTTP/1.1 304 Not Modified\r\nContent-Length: 10\r\n\r\n"));
        QVERIFY(m.isDone());
    }

    void bodyToTheEndOfTheStream() {
        HttpResponseParser p;
        QVERIFY(p.feed("HTTP/1.0 200 OK\r\n\r\nsome "));
        QVERIFY(p.feed("bytes"));
        QVERIFY(!p.isDone());
        p.finishStream();
        QVERIFY(p.isDone());
        QCOMPARE(p.body(), QByteArray("some bytes"));
    }

    void malformedAndTruncated_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH\r\n\r\n");
        QTest::newRow("bad status") << QByteArray("HTTP/1.1 abc OK\r\n\r\n");
        QTest::newRow("bad header") << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\n\r\n");
        QTest::newRow("bad length") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -5\r\n\r\n");
        QTest::newRow("two lengths")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 5, 6\r\n\r\n");
        QTest::newRow("bad chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n");
        QTest::newRow("chunk no crlf")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabXX");
    }

    void malformedAndTruncated() {
        QFETCH(QByteArray, bytes);
        HttpResponseParser p;
        p.feed(bytes);
        p.finishStream();
        QVERIFY(p.hasError());
        QVERIFY(!p.error().isEmpty());
    }

    void truncatedBodyIsAnError() {
        HttpResponseParser p;
        QVERIFY(p.feed("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nshort"));
        p.finishStream();
        QVERIFY(p.hasError());
        QVERIFY(p.error().contains(QStringLiteral("closed")));
    }

    void limitsHold() {
        HttpResponseParser::Limits limits;
        limits.maxHeaderBytes = 1024;
        limits.maxBodyBytes = 100;
        HttpResponseParser headers(limits);
        QVERIFY(headers.feed("HTTP/1.1 200 OK\r\n"));
        QVERIFY(!headers.feed("X-Big: " + QByteArray(2000, 'a')));
        QVERIFY(headers.error().contains(QStringLiteral("headers")));
        HttpResponseParser body(limits);
        QVERIFY(!body.feed("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n"));
        HttpResponseParser chunked(limits);
        chunked.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        bool ok = true;
        for (int i = 0; i < 20 && ok; ++i)
            ok = chunked.feed("10\r\n0123456789abcdef\r\n");
        QVERIFY(!ok);
        // A streaming body is handed out and not kept, so it has no body limit.
        HttpResponseParser stream(limits);
        qint64 seen = 0;
        stream.setBodySink([&](const QByteArray &b) { seen += b.size(); });
        stream.feed("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 1000; ++i)
            QVERIFY(stream.feed("10\r\n0123456789abcdef\r\n"));
        QCOMPARE(seen, qint64(16000));
        QVERIFY(stream.body().isEmpty());
    }

    void demuxerSplitsFramesAcrossReads() {
        const QByteArray stream = frame(1, "2026-11-23T00:00:00Z out1\n") +
                                  frame(2, "2026-11-23T00:00:01Z err1\n") +
                                  frame(1, "2026-11-23T00:00:02Z out2\n");
        for (int cut = 0; cut <= stream.size(); ++cut) {
            LogDemuxer d;
            QVERIFY(d.feed(stream.left(cut)));
            QVERIFY(d.feed(stream.mid(cut)));
            QCOMPARE(d.lines().size(), 3);
            QVERIFY(d.lines().at(1).endsWith(QStringLiteral("err1")));
        }
        LogDemuxer bad;
        QVERIFY(!bad.feed(QByteArray("\x07\x00\x00\x00\x00\x00\x00\x01x", 9)));
        LogDemuxer raw;
        raw.setRaw(true);
        QVERIFY(raw.feed("plain tty text\n"));
        QCOMPARE(raw.text(), QStringLiteral("plain tty text\n"));
    }

    void demuxerKeepsTheNewestWithinBudget() {
        LogDemuxer d(4096);
        for (int i = 0; i < 100000; ++i)
            d.feed(frame(1, QByteArray("line ") + QByteArray::number(i) + '\n'));
        QVERIFY(d.text().size() <= 4096);
        QVERIFY(d.lines().last() == QStringLiteral("line 99999"));
        QVERIFY(d.droppedBytes() > 0);
    }

    void statsLikeTheDockerCli() {
        const QByteArray json =
            R"({"cpu_stats":{"cpu_usage":{"total_usage":200000000},"system_cpu_usage":2000000000,"online_cpus":2},
            "precpu_stats":{"cpu_usage":{"total_usage":100000000},"system_cpu_usage":1000000000},
            "memory_stats":{"usage":10485760,"limit":1073741824,"stats":{"inactive_file":2097152}}})";
        const StatsSample s = DockerClient::parseStats(QJsonDocument::fromJson(json).object());
        QCOMPARE(s.cpuPercent, 20.0);
        QCOMPARE(s.memoryBytes, qint64(8 * 1024 * 1024));
        QCOMPARE(s.memoryLimitBytes, qint64(1024 * 1024 * 1024));
        const QByteArray v1 =
            R"({"cpu_stats":{"cpu_usage":{"total_usage":5,"percpu_usage":[1,2,3,4]},"system_cpu_usage":10},
            "precpu_stats":{"cpu_usage":{"total_usage":5},"system_cpu_usage":5},
            "memory_stats":{"usage":1000,"limit":5000,"stats":{"total_inactive_file":400}}})";
        const StatsSample s1 = DockerClient::parseStats(QJsonDocument::fromJson(v1).object());
        QCOMPARE(s1.cpuPercent, 0.0);
        QCOMPARE(s1.memoryBytes, qint64(600));
        QCOMPARE(DockerClient::compareApiVersions(QStringLiteral("1.43"), QStringLiteral("1.41")),
                 QStringLiteral("1.41"));
        QCOMPARE(DockerClient::compareApiVersions(QStringLiteral("1.40"), QStringLiteral("1.41")),
                 QStringLiteral("1.40"));
        QVERIFY(!DockerClient::isValidName(QStringLiteral("../x")));
        QVERIFY(!DockerClient::isValidName(QStringLiteral("a b")));
        QVERIFY(DockerClient::isValidName(QStringLiteral("web-1.example_2")));
    }

    void podmanStatsAndVersion() {
        // Podman's one-shot stats: lifetime totals and no previous system reading. That is no
        // recent CPU share; with a second reading as the previous one it is.
        const QJsonObject first =
            QJsonDocument::fromJson(
                R"({"cpu_stats":{"cpu_usage":{"total_usage":26550886},"system_cpu_usage":49660262723932,"online_cpus":2},
            "precpu_stats":{"cpu_usage":{"total_usage":0},"cpu":0},
            "memory_stats":{"usage":344064,"limit":25275990016}})")
                .object();
        QVERIFY(!DockerClient::hasPreviousReading(first));
        const StatsSample alone = DockerClient::parseStats(first);
        QCOMPARE(alone.cpuPercent, 0.0);
        QCOMPARE(alone.memoryBytes, qint64(344064)); // no page-cache figures: the usage itself
        const QJsonObject second =
            QJsonDocument::fromJson(
                R"({"cpu_stats":{"cpu_usage":{"total_usage":526550886},"system_cpu_usage":49662262723932,"online_cpus":2},
            "precpu_stats":{"cpu_usage":{"total_usage":0},"cpu":0},
            "memory_stats":{"usage":344064,"limit":25275990016}})")
                .object();
        const QJsonObject both = DockerClient::withPreviousReading(second, first);
        QVERIFY(DockerClient::hasPreviousReading(both));
        QCOMPARE(DockerClient::parseStats(both).cpuPercent, 50.0);

        QCOMPARE(
            DockerClient::parseEngineKind(
                QJsonDocument::fromJson(
                    R"({"Components":[{"Name":"Podman Engine","Version":"4.3.1"}],"ApiVersion":"1.41"})")
                    .object()),
            EngineKind::Podman);
        QCOMPARE(
            DockerClient::parseEngineKind(
                QJsonDocument::fromJson(
                    R"({"Components":[{"Name":"Engine","Version":"20.10.24"}],"ApiVersion":"1.41"})")
                    .object()),
            EngineKind::Docker);
        QCOMPARE(DockerClient::parseEngineKind({}), EngineKind::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestDockerHttpParser)
#include "tst_docker_httpparser.moc"
