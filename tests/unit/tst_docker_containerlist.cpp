// The container list as Docker's GET /containers/json returns it: names without the slash, the
// image, and the ports in one line as `docker ps` words them, each port once.
#include "docker/dockerclient.h"

#include <QtTest>

using namespace mechdock::docker;

class TestDockerContainerList : public QObject {
    Q_OBJECT
private slots:
    void parsesNamesImagesAndPorts() {
        const QByteArray json = R"json([
          {"Id":"aaa","Names":["/web"],"Image":"nginx:1.25","State":"running","Status":"Up 2 hours",
           "Ports":[{"IP":"0.0.0.0","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                    {"IP":"::","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                    {"PrivatePort":443,"Type":"tcp"},
                    {"IP":"127.0.0.1","PrivatePort":27015,"PublicPort":27015,"Type":"udp"}]},
          {"Id":"bbbbbbbbbbbbbbbb","Names":[],"Image":"busybox","State":"exited","Status":"Exited (0)"}
        ])json";
        bool ok = false;
        const QList<ContainerInfo> list = DockerClient::parseContainerList(json, &ok);
        QVERIFY(ok);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, QStringLiteral("web"));
        QCOMPARE(list.at(0).image, QStringLiteral("nginx:1.25"));
        QCOMPARE(list.at(0).ports,
                 QStringLiteral("127.0.0.1:27015->27015/udp, 8080->80/tcp, 443/tcp"));
        QCOMPARE(list.at(1).name, QStringLiteral("bbbbbbbbbbbb"));
        QVERIFY(list.at(1).ports.isEmpty());
    }

    void portsOnIpv6AndHostileEntries() {
        const QJsonArray ports = QJsonDocument::fromJson(R"([
            {"IP":"::1","PrivatePort":53,"PublicPort":5353,"Type":"udp"},
            {"PrivatePort":-4,"Type":"tcp"}, "not an object", {"PublicPort":1}
        ])")
                                     .array();
        QCOMPARE(DockerClient::portsText(ports), QStringLiteral("[::1]:5353->53/udp"));
        QCOMPARE(DockerClient::portsText({}), QString());
    }

    void notAListIsAnError() {
        bool ok = true;
        QVERIFY(DockerClient::parseContainerList("{\"message\":\"oops\"}", &ok).isEmpty());
        QVERIFY(!ok);
    }
};

QTEST_GUILESS_MAIN(TestDockerContainerList)
#include "tst_docker_containerlist.moc"
