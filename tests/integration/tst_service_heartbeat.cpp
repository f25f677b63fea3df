// The watchdog's heartbeat against a real HTTP server on 127.0.0.1: pings (path and query as
// configured) while healthy, none while unhealthy, failures counted, bad URLs refused.
#include "http/httprequest.h"
#include "http/httpresponse.h"
#include "http/httpserver.h"
#include "service/heartbeatpinger.h"

#include <QtTest>

using namespace mechdock;

class TestServiceHeartbeat : public QObject {
    Q_OBJECT

    http::HttpServer server;
    int hits = 0;
    QByteArray lastTarget;

private slots:
    void initTestCase() {
        server.route(http::HttpMethod::Get, "/ping/abc", [this](const http::HttpRequest &r) {
            ++hits;
            lastTarget = r.target;
            return http::HttpResponse{200, "text/plain", "OK", {}};
        });
        server.route(http::HttpMethod::Get, "/fail", [](const http::HttpRequest &) {
            return http::HttpResponse::error(500, "down for maintenance");
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    }

    void pingsOnlyWhileHealthy() {
        bool healthy = true;
        service::HeartbeatPinger pinger([&] { return service::HealthVerdict{healthy, {}}; });
        QVERIFY(pinger.configure(
            QStringLiteral("http://127.0.0.1:%1/ping/abc?rid=7").arg(server.port()), 50));
        QTRY_VERIFY_WITH_TIMEOUT(hits >= 3, 10000);
        QCOMPARE(lastTarget, QByteArray("/ping/abc?rid=7"));
        QCOMPARE(pinger.failed(), quint64(0));

        healthy = false;
        QTRY_VERIFY_WITH_TIMEOUT(pinger.skipped() >= 3, 10000);
        const int whileUnhealthy = hits; // a ping on its way before the switch has landed
        QTRY_VERIFY_WITH_TIMEOUT(pinger.skipped() >= 6, 10000);
        QCOMPARE(hits, whileUnhealthy);

        healthy = true;
        QTRY_VERIFY_WITH_TIMEOUT(hits > whileUnhealthy, 10000);
    }

    void failuresAreCounted() {
        service::HeartbeatPinger pinger([] { return service::HealthVerdict{true, {}}; });
        QVERIFY(
            pinger.configure(QStringLiteral("http://127.0.0.1:%1/fail").arg(server.port()), 50));
        QTRY_VERIFY_WITH_TIMEOUT(pinger.failed() >= 2, 10000);
        QCOMPARE(pinger.sent(), quint64(0));
    }

    void badUrlsAreRefused() {
        service::HeartbeatPinger pinger([] { return service::HealthVerdict{true, {}}; });
        QVERIFY(!pinger.configure(QStringLiteral("ftp://example.com/x"), 50));
        QVERIFY(!pinger.isActive());
        QVERIFY(!pinger.configure(QStringLiteral("not a url at all"), 50));
        QVERIFY(pinger.configure(QString(), 50)); // empty: off, and that is fine
        QVERIFY(!pinger.isActive());
    }
};

QTEST_GUILESS_MAIN(TestServiceHeartbeat)
#include "tst_service_heartbeat.moc"
