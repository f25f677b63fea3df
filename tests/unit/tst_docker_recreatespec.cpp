// What an update takes from the old container and what it leaves to the new image or the
// daemon (ContainerRecreateSpec), how image references split for a pull (ImageReference), and
// how the pull's answer is read (PullProgress): errors inside a 200 stream, lines split across
// reads, and a bound on a line that never ends.
#include "docker/containerrecreatespec.h"
#include "docker/pullprogress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace mechdock::docker;

namespace {
QJsonObject json(const char *text) {
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

const char *const kInspect = R"({
  "Id": "0123456789abcdef0123456789abcdef",
  "Name": "/app",
  "Image": "sha256:1111",
  "Config": {
    "Hostname": "0123456789ab", "Tty": true, "User": "",
    "Env": ["FOO=bar", "PATH=/bin"], "Cmd": ["/bin/sleep", "3600"], "Entrypoint": null,
    "Labels": {"team": "ops", "version": "1"}, "ExposedPorts": {"80/tcp": {}, "9000/tcp": {}},
    "Healthcheck": {"Test": ["CMD", "true"]}, "MacAddress": "02:42:ac:11:00:02",
    "OnBuild": ["RUN x"], "Image": "registry:5000/app:latest"
  },
  "HostConfig": {
    "Binds": ["/srv:/srv:ro"], "NetworkMode": "front", "Memory": 1024,
    "Links": ["/db:/app/database"], "RestartPolicy": {"Name": "always"}
  },
  "Mounts": [
    {"Type": "bind", "Source": "/srv", "Destination": "/srv", "RW": false},
    {"Type": "volume", "Name": "abc123", "Destination": "/var/lib/data", "RW": true}
  ],
  "NetworkSettings": {"Networks": {
    "front": {"Aliases": ["web", "0123456789ab"], "IPAMConfig": {"IPv4Address": "10.0.0.9"},
              "IPAddress": "10.0.0.9", "MacAddress": "02:42", "NetworkID": "n1"},
    "back": {"Aliases": ["api"], "EndpointID": "e2"}
  }}
})";

const char *const kOldImage = R"({
  "Env": ["PATH=/bin"], "Cmd": ["/bin/sleep", "3600"], "Labels": {"version": "1"},
  "ExposedPorts": {"80/tcp": {}}, "Healthcheck": {"Test": ["CMD", "true"]}
})";
} // namespace

class TestDockerRecreateSpec : public QObject {
    Q_OBJECT
private slots:
    void referencesSplitForThePull_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("digest");
        QTest::newRow("name") << "nginx"
                              << "nginx"
                              << "latest"
                              << "";
        QTest::newRow("tag") << "nginx:1.25"
                             << "nginx"
                             << "1.25"
                             << "";
        QTest::newRow("registry port") << "host:5000/app"
                                       << "host:5000/app"
                                       << "latest"
                                       << "";
        QTest::newRow("registry port tag") << "host:5000/a/b:v2"
                                           << "host:5000/a/b"
                                           << "v2"
                                           << "";
        QTest::newRow("digest") << "app@sha256:ab"
                                << "app"
                                << ""
                                << "sha256:ab";
        QTest::newRow("image id") << "sha256:0123"
                                  << ""
                                  << ""
                                  << "";
        QTest::newRow("empty") << ""
                               << ""
                               << ""
                               << "";
        QTest::newRow("empty tag") << "app:"
                                   << ""
                                   << ""
                                   << "";
        QTest::newRow("blank") << "a b"
                               << ""
                               << ""
                               << "";
    }

    void referencesSplitForThePull() {
        QFETCH(QString, text);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        QFETCH(QString, digest);
        const ImageReference r = ImageReference::parse(text);
        QCOMPARE(r.repository, repository);
        QCOMPARE(r.isValid(), !repository.isEmpty());
        if (r.isValid()) {
            QCOMPARE(r.tag, tag);
            QCOMPARE(r.digest, digest);
        }
    }

    void keepsTheOperatorsChoicesOnly() {
        const ContainerRecreateSpec spec = ContainerRecreateSpec::build(
            json(kInspect), json(kOldImage), QStringLiteral("registry:5000/app:latest"));
        const QJsonObject body = spec.createBody();
        // What the old image supplied is left to the new one.
        QVERIFY(!body.contains(QStringLiteral("Cmd")));
        QVERIFY(!body.contains(QStringLiteral("Healthcheck")));
        QCOMPARE(body.value(QStringLiteral("Env")).toArray(),
                 QJsonArray{QStringLiteral("FOO=bar")});
        QCOMPARE(body.value(QStringLiteral("Labels")).toObject(), json(R"({"team": "ops"})"));
        QCOMPARE(body.value(QStringLiteral("ExposedPorts")).toObject(),
                 json(R"({"9000/tcp": {}})"));
        // What the daemon made up for the old container is not copied.
        QVERIFY(!body.contains(QStringLiteral("Hostname")));
        QVERIFY(!body.contains(QStringLiteral("MacAddress")));
        QVERIFY(!body.contains(QStringLiteral("OnBuild")));
        QCOMPARE(body.value(QStringLiteral("Tty")), QJsonValue(true));
        QCOMPARE(body.value(QStringLiteral("Image")).toString(),
                 QStringLiteral("registry:5000/app:latest"));
        // Host configuration: as it was, legacy links in create's words, the anonymous volume
        // named so its data carries over.
        const QJsonObject host = body.value(QStringLiteral("HostConfig")).toObject();
        QCOMPARE(host.value(QStringLiteral("Memory")).toInt(), 1024);
        QCOMPARE(host.value(QStringLiteral("Links")).toArray(),
                 QJsonArray{QStringLiteral("db:database")});
        QCOMPARE(
            host.value(QStringLiteral("Binds")).toArray(),
            QJsonArray({QStringLiteral("/srv:/srv:ro"), QStringLiteral("abc123:/var/lib/data")}));
        // Created on NetworkMode's network with its alias and static address; the short id,
        // the address the daemon gave and the ids are not copied; "back" is joined before start.
        const QJsonObject front = body.value(QStringLiteral("NetworkingConfig"))
                                      .toObject()
                                      .value(QStringLiteral("EndpointsConfig"))
                                      .toObject()
                                      .value(QStringLiteral("front"))
                                      .toObject();
        QCOMPARE(front, json(R"({"Aliases": ["web"], "IPAMConfig": {"IPv4Address": "10.0.0.9"}})"));
        QCOMPARE(spec.extraNetworks().size(), 1);
        QCOMPARE(spec.extraNetworks().first().name, QStringLiteral("back"));
        QCOMPARE(spec.extraNetworks().first().endpoint, json(R"({"Aliases": ["api"]})"));
    }

    void withoutTheOldImageEverythingIsKept() {
        const ContainerRecreateSpec spec = ContainerRecreateSpec::build(
            json(kInspect), QJsonObject(), QStringLiteral("registry:5000/app:latest"));
        QCOMPARE(spec.createBody().value(QStringLiteral("Cmd")).toArray().size(), 2);
        QCOMPARE(spec.createBody().value(QStringLiteral("Env")).toArray().size(), 2);
        // A container sharing another's network stack joins no network of its own.
        QJsonObject inspect = json(kInspect);
        QJsonObject host = inspect.value(QStringLiteral("HostConfig")).toObject();
        host.insert(QStringLiteral("NetworkMode"), QStringLiteral("container:db"));
        inspect.insert(QStringLiteral("HostConfig"), host);
        const ContainerRecreateSpec shared =
            ContainerRecreateSpec::build(inspect, QJsonObject(), QStringLiteral("a:b"));
        QVERIFY(!shared.createBody().contains(QStringLiteral("NetworkingConfig")));
        QVERIFY(shared.extraNetworks().isEmpty());
    }

    void pullErrorsArriveInsideTheStream() {
        PullProgress p;
        p.feed("{\"status\":\"Pulling from app\"}\n{\"status\":\"Downlo");
        QVERIFY(!p.failed());
        QCOMPARE(p.lastStatus(), QStringLiteral("Pulling from app"));
        p.feed("ading\"}\n{\"errorDetail\":{\"message\":\"manifest unknown\"},\"error\":\"x\"}\n");
        QVERIFY(p.failed());
        QCOMPARE(p.error(), QStringLiteral("manifest unknown"));
        // The first error stays; garbage is skipped.
        p.feed("not json\n{\"error\":\"later\"}");
        p.finish();
        QCOMPARE(p.error(), QStringLiteral("manifest unknown"));
        PullProgress bare;
        bare.feed("{\"error\":\"denied\"}");
        bare.finish();
        QCOMPARE(bare.error(), QStringLiteral("denied"));
    }

    void aLineThatNeverEndsIsBounded() {
        PullProgress p;
        const QByteArray chunk(16 * 1024, 'x');
        for (int i = 0; i < 100; ++i) {
            p.feed(chunk);
            QVERIFY(p.buffered() <= PullProgress::kMaxLine + chunk.size());
        }
        p.feed("\n{\"status\":\"Done\"}\n");
        QCOMPARE(p.lastStatus(), QStringLiteral("Done"));
        QVERIFY(!p.failed());
    }
};

QTEST_GUILESS_MAIN(TestDockerRecreateSpec)
#include "tst_docker_recreatespec.moc"
