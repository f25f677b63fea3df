// Docker endpoint checks as the status bar and /health see them: a daemon that answers /_ping,
// a socket path that does not exist, a daemon that accepts and never answers, a TCP port nobody
// listens on, and /health turning 503 with the reason when Docker is down.
#include "config/settings.h"
#include "pingresponder.h"
#include "service/botservice.h"
#include "service/endpointprobe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

namespace {
using FakeDaemon = test::PingResponder;

config::EndpointSettings endpoint(const QString &name, const QString &uri) {
    config::EndpointSettings e;
    e.name = name;
    e.uri = uri;
    return e;
}
} // namespace

class TestServiceEndpointProbe : public QObject {
    Q_OBJECT
private slots:
    void reportsEachEndpoint() {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("docker.sock"));
        const QString silent = dir.filePath(QStringLiteral("silent.sock"));
        FakeDaemon daemon(good, true);
        FakeDaemon mute(silent, false);
        QTcpServer closedPort;
        QVERIFY(closedPort.listen(QHostAddress::LocalHost));
        const quint16 port = closedPort.serverPort();
        closedPort.close(); // nobody listens there now

        service::EndpointProbe probe;
        probe.setEndpoints(
            {endpoint(QStringLiteral("local"), QStringLiteral("unix://") + good),
             endpoint(QStringLiteral("gone"),
                      QStringLiteral("unix://") + dir.filePath(QStringLiteral("none.sock"))),
             endpoint(QStringLiteral("mute"), QStringLiteral("unix://") + silent),
             endpoint(QStringLiteral("tcp"), QStringLiteral("tcp://127.0.0.1:%1").arg(port))},
            60000);
        QTRY_VERIFY_WITH_TIMEOUT(probe.states().at(0).reachable, 10000);
        QCOMPARE(probe.states().at(0).apiVersion, QStringLiteral("1.41"));
        QVERIFY(probe.states().at(1).error.contains(QStringLiteral("no such file")));
        QTRY_VERIFY_WITH_TIMEOUT(
            probe.states().at(3).error.contains(QStringLiteral("not reachable")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(probe.states().at(2).error.contains(QStringLiteral("no answer")),
                                 15000);
        QVERIFY(!probe.states().at(2).reachable);
    }

    void dockerHostIsHonoured() {
        qputenv("DOCKER_HOST", "unix:///tmp/custom-docker.sock");
        QCOMPARE(service::EndpointProbe::resolveUri(config::EndpointSettings{}),
                 QStringLiteral("unix:///tmp/custom-docker.sock"));
        qunsetenv("DOCKER_HOST");
        QCOMPARE(service::EndpointProbe::resolveUri(config::EndpointSettings{}),
                 QStringLiteral("unix:///var/run/docker.sock"));
        QCOMPARE(service::EndpointProbe::resolveUri(
                     endpoint(QStringLiteral("x"), QStringLiteral("tcp://h:1"))),
                 QStringLiteral("tcp://h:1"));
    }

    void healthIs503WhileDockerIsDownAndRecovers() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("docker.sock"));
        config::Settings settings;
        settings.http.listen = QStringLiteral("127.0.0.1:0");
        settings.docker.endpoints = {
            endpoint(QStringLiteral("local"), QStringLiteral("unix://") + path)};
        settings.docker.backgroundRefreshSec = 1; // the probe interval is at least 1 s
        settings.discord.token = QStringLiteral("x.y.z-not-a-real-token");
        service::BotService service(settings, service::ServiceOptions{{}, dir.path(), {}});
        service.start();
        QNetworkAccessManager nam;
        auto health = [&] {
            QNetworkReply *r = nam.get(QNetworkRequest(
                QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(service.healthPort()))));
            QSignalSpy done(r, &QNetworkReply::finished);
            done.wait(10000);
            const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = r->readAll();
            r->deleteLater();
            return std::make_pair(status, body);
        };
        auto [status, body] = health();
        QCOMPARE(status, 503);
        QVERIFY2(body.contains("no such file"), body.constData());
        // The daemon comes up: the service notices on its own, without a restart.
        FakeDaemon daemon(path, true);
        QTRY_COMPARE_WITH_TIMEOUT(health().first, 200, 15000);
    }
};

QTEST_GUILESS_MAIN(TestServiceEndpointProbe)
#include "tst_service_endpointprobe.moc"
