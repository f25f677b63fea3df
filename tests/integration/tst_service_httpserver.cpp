// The health endpoint on the service's own HTTP server, over real sockets: every route answers
// GET and HEAD with the bytes HealthServer::healthJson/memoryJson and PrometheusFormatter produce,
// other methods 405 with Allow, unknown paths 404, the bearer token 401, oversized requests
// 413/431, idle connections closed after the timeout, connections past the cap closed at once,
// and /health answering during a flood of idle connections.
#include "http/httplimits.h"
#include "rawhttpclient.h"
#include "service/healthserver.h"
#include "service/prometheusformatter.h"

#include <QElapsedTimer>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace mechdock;
using test::RawHttpClient;
using test::RawHttpResponse;

namespace {

service::ServiceSnapshot sampleSnapshot() {
    service::ServiceSnapshot s;
    s.running = true;
    s.databaseOk = true;
    s.rssBytes = 36 * 1024 * 1024;
    memory::CacheStats cache;
    cache.name = QStringLiteral("docker.status");
    cache.entries = 3;
    cache.maxEntries = 100;
    s.caches.append(cache);
    return s;
}

struct Route {
    QByteArray path;
    QByteArray contentType;
    QByteArray body;
    int status;
};

QList<Route> expectedRoutes(const service::ServiceSnapshot &s) {
    return {{"/health", "application/json", service::HealthServer::healthJson(s),
             service::HealthServer::judge(s).healthy ? 200 : 503},
            {"/health/memory", "application/json", service::HealthServer::memoryJson(s), 200},
            {"/metrics", "text/plain; version=0.0.4; charset=utf-8",
             service::PrometheusFormatter::format(s), 200}};
}

QByteArray get(const QByteArray &path, const QByteArray &extra = {}) {
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extra + "\r\n";
}

} // namespace

class TestServiceHttpServer : public QObject {
    Q_OBJECT

    service::ServiceSnapshot m_snapshot = sampleSnapshot();

    std::unique_ptr<service::HealthServer> start(const QString &token = {},
                                                 const http::HttpLimits &limits = {}) {
        auto health =
            std::make_unique<service::HealthServer>([this] { return m_snapshot; }, nullptr);
        health->setLimits(limits);
        QString error;
        if (!health->listen(QStringLiteral("127.0.0.1:0"), token, &error)) {
            qWarning() << error;
            return nullptr;
        }
        return health;
    }

private slots:
    void everyRouteAnswersGetAndHeadWithTheSameBytes() {
        auto health = start();
        QVERIFY(health);
        RawHttpClient c(health->port());
        for (const Route &route : expectedRoutes(m_snapshot)) {
            const RawHttpResponse r = c.request(get(route.path));
            QCOMPARE(r.status, route.status);
            QCOMPARE(r.header("Content-Type"), route.contentType);
            QCOMPARE(r.body, route.body);
            const RawHttpResponse head =
                c.request("HEAD " + route.path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", true);
            QCOMPARE(head.status, route.status);
            QCOMPARE(head.header("Content-Length"), QByteArray::number(route.body.size()));
            QVERIFY(head.body.isEmpty());
        }
        // All on one kept-alive connection, nothing left over.
        QVERIFY(!c.isClosed());
        QVERIFY(c.received().isEmpty());
        // The query does not change the route.
        QCOMPARE(c.request(get("/health?verbose=1")).body,
                 service::HealthServer::healthJson(m_snapshot));
    }

    void unhealthyIs503() {
        m_snapshot.databaseOk = false;
        m_snapshot.databaseError = QStringLiteral("database is locked");
        auto health = start();
        QVERIFY(health);
        RawHttpClient c(health->port());
        const RawHttpResponse r = c.request(get("/health"));
        QCOMPARE(r.status, 503);
        QCOMPARE(r.body, service::HealthServer::healthJson(m_snapshot));
        m_snapshot = sampleSnapshot();
    }

    void otherMethodsAre405WithAllow() {
        auto health = start();
        QVERIFY(health);
        for (const QByteArray path : {"/health", "/health/memory", "/metrics"}) {
            for (const QByteArray method : {"POST", "PUT", "DELETE"}) {
                RawHttpClient c(health->port());
                const RawHttpResponse r = c.request(method + ' ' + path +
                                                    " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                                    "Content-Length: 2\r\n\r\n{}");
                QCOMPARE(r.status, 405);
                QCOMPARE(r.header("Allow"), QByteArray("GET, HEAD"));
                QVERIFY(c.waitClosed());
            }
        }
    }

    void unknownPathsAre404AndGarbage400() {
        auto health = start();
        QVERIFY(health);
        RawHttpClient missing(health->port());
        QCOMPARE(missing.request(get("/healthz")).status, 404);
        RawHttpClient garbage(health->port());
        QCOMPARE(garbage.request("\x01\x02\x03 nonsense\r\n\r\n").status, 400);
        QVERIFY(garbage.waitClosed());
    }

    void bearerTokenGuardsEveryRoute() {
        auto health = start(QStringLiteral("s3cret"));
        QVERIFY(health);
        RawHttpClient c(health->port());
        for (const Route &route : expectedRoutes(m_snapshot)) {
            const RawHttpResponse none = c.request(get(route.path));
            QCOMPARE(none.status, 401);
            QCOMPARE(none.header("WWW-Authenticate"), QByteArray("Bearer"));
            QCOMPARE(none.body, QByteArray(R"({"error":"unauthorized"})"));
            QCOMPARE(c.request(get(route.path, "Authorization: Bearer wrong\r\n")).status, 401);
            const RawHttpResponse ok =
                c.request(get(route.path, "authorization: Bearer s3cret\r\n"));
            QCOMPARE(ok.status, route.status);
            QCOMPARE(ok.body, route.body);
        }
    }

    void oversizedRequestsAreRefused() {
        auto health = start();
        QVERIFY(health);
        RawHttpClient big(health->port());
        const RawHttpResponse r = big.request(
            "POST /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 268435456\r\n\r\n");
        QCOMPARE(r.status, 413);
        QVERIFY(big.waitClosed());
        RawHttpClient headers(health->port());
        QCOMPARE(
            headers.request(get("/health", "X-Big: " + QByteArray(20000, 'h') + "\r\n")).status,
            431);
        QVERIFY(headers.waitClosed());
    }

    void idleConnectionsAreClosed() {
        http::HttpLimits limits;
        limits.requestTimeoutMs = 300;
        limits.keepAliveTimeoutMs = 300;
        auto health = start({}, limits);
        QVERIFY(health);
        RawHttpClient silent(health->port());
        RawHttpClient kept(health->port());
        QCOMPARE(kept.request(get("/health")).status, 200);
        QVERIFY(silent.waitClosed(5000));
        QVERIFY(kept.waitClosed(5000));
    }

    void connectionsPastTheCapAreClosedAndHealthStillAnswers() {
        http::HttpLimits limits; // the default cap
        limits.requestTimeoutMs = 60000;
        limits.evictIdleAfterMs = 60000;
        auto health = start({}, limits);
        QVERIFY(health);
        std::vector<std::unique_ptr<RawHttpClient>> idle;
        for (int i = 0; i < limits.maxConnections; ++i) {
            idle.push_back(std::make_unique<RawHttpClient>(health->port()));
            QVERIFY(idle.back()->waitConnected());
        }
        // Every accepted connection is served before the extras arrive.
        QCOMPARE(idle.back()->request(get("/health")).status, 200);
        std::vector<std::unique_ptr<RawHttpClient>> extra;
        for (int i = 0; i < 50; ++i)
            extra.push_back(std::make_unique<RawHttpClient>(health->port()));
        for (const auto &c : extra)
            QVERIFY(c->waitClosed(5000));
        for (const auto &c : idle)
            QVERIFY(!c->isClosed());
        // One client leaves; the next probe gets its answer.
        idle.front().reset();
        QTRY_COMPARE_WITH_TIMEOUT(RawHttpClient(health->port()).request(get("/health")).status, 200,
                                  10000);
    }

    void healthAnswersDuringAFloodOfIdleConnections() {
        auto health = start(); // the default limits, as the service runs
        QVERIFY(health);
        const http::HttpLimits limits;
        // Idle connections take every slot, and more keep coming.
        std::vector<std::unique_ptr<RawHttpClient>> flood;
        for (int i = 0; i < limits.maxConnections; ++i) {
            flood.push_back(std::make_unique<RawHttpClient>(health->port()));
            QVERIFY(flood.back()->waitConnected());
        }
        for (int i = 0; i < limits.maxConnections * 3; ++i)
            flood.push_back(std::make_unique<RawHttpClient>(health->port()));
        // Well before the idle ones time out, /health takes the place of one of them.
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(RawHttpClient(health->port()).request(get("/health")).status, 200,
                                  10000);
        QVERIFY2(clock.elapsed() < limits.requestTimeoutMs,
                 qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestServiceHttpServer)
#include "tst_service_httpserver.moc"
