// The health endpoint of a running service: /health 200 and 503 with reasons (a locked
// database; a Docker endpoint down; a gateway stopped by a fatal close), /health/memory,
// /metrics accepted by promtool, and the bearer token.
#include "config/settings.h"
#include "pingresponder.h"
#include "service/botservice.h"
#include "service/healthserver.h"
#include "service/prometheusformatter.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

namespace {

struct Reply {
    int status = 0;
    QByteArray body;
};

Reply get(quint16 port, const QString &path, const QByteArray &authorization = {}) {
    QNetworkAccessManager nam;
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!authorization.isEmpty())
        request.setRawHeader("Authorization", authorization);
    QNetworkReply *reply = nam.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(15000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return r;
}

std::unique_ptr<service::BotService> startService(const QTemporaryDir &dir,
                                                  const QString &token = {}) {
    // A Docker endpoint that answers, so only the failure under test makes /health unhealthy.
    static test::PingResponder *daemon = nullptr;
    static const QString socketPath = QDir::temp().filePath(
        QStringLiteral("mechdock-health-%1.sock").arg(QCoreApplication::applicationPid()));
    if (!daemon)
        daemon = new test::PingResponder(socketPath);
    config::Settings settings;
    settings.http.listen = QStringLiteral("127.0.0.1:0");
    settings.http.bearerToken = token;
    config::EndpointSettings endpoint;
    endpoint.uri = QStringLiteral("unix://") + socketPath;
    settings.docker.endpoints = {endpoint};
    settings.discord.token = QStringLiteral("not.a.real.token.for.health.tests");
    auto s = std::make_unique<service::BotService>(
        settings, service::ServiceOptions{dir.filePath(QStringLiteral("m.json")), dir.path(), {}});
    s->start();
    return s;
}

} // namespace

class TestServiceHealth : public QObject {
    Q_OBJECT
private slots:
    void healthyServiceAnswers200() {
        QTemporaryDir dir;
        auto service = startService(dir);
        QVERIFY(service->healthPort() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(get(service->healthPort(), QStringLiteral("/health")).status, 200,
                                  10000);
        const Reply r = get(service->healthPort(), QStringLiteral("/health"));
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(
            o.value(QStringLiteral("database")).toObject().value(QStringLiteral("ok")).toBool());
    }

    void lockedDatabaseAnswers503WithTheReason() {
        QTemporaryDir dir;
        auto service = startService(dir);
        {
            // Another connection takes the write lock and holds it, like a stuck writer.
            QSqlDatabase other =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
            other.setDatabaseName(service->databasePath());
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY2(q.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE lock_holder(x)")));
            const Reply r = get(service->healthPort(), QStringLiteral("/health"));
            QCOMPARE(r.status, 503);
            const QJsonObject o = QJsonDocument::fromJson(r.body).object();
            QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("unhealthy"));
            const QString reasons = o.value(QStringLiteral("reasons")).toArray().first().toString();
            QVERIFY2(reasons.contains(QStringLiteral("database")) &&
                         reasons.contains(QStringLiteral("locked")),
                     qPrintable(reasons));
            q.exec(QStringLiteral("ROLLBACK"));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
        QTRY_COMPARE_WITH_TIMEOUT(get(service->healthPort(), QStringLiteral("/health")).status, 200,
                                  10000);
    }

    void judgeNamesEveryFailure() {
        service::ServiceSnapshot s;
        s.running = true;
        s.databaseOk = true;
        s.endpoints = {
            service::EndpointState{QStringLiteral("local"),
                                   QStringLiteral("unix:///var/run/docker.sock"),
                                   false,
                                   QStringLiteral("Docker is not reachable (no such file)"),
                                   {}}};
        s.botState = service::BotState::Stopped;
        s.botReason = QStringLiteral("Discord rejected the token (close code 4004)");
        const service::HealthVerdict v = service::HealthServer::judge(s);
        QVERIFY(!v.healthy);
        QCOMPARE(v.reasons.size(), 2);
        QVERIFY(v.reasons.at(0).contains(QStringLiteral("no such file")));
        QVERIFY(v.reasons.at(1).contains(QStringLiteral("4004")));
        s.endpoints.first().reachable = true;
        s.botState = service::BotState::Offline; // no token: degraded, not unhealthy
        QVERIFY(service::HealthServer::judge(s).healthy);
    }

    void memoryEndpointListsCaches() {
        QTemporaryDir dir;
        auto service = startService(dir);
        const Reply r = get(service->healthPort(), QStringLiteral("/health/memory"));
        QCOMPARE(r.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QVERIFY(o.contains(QStringLiteral("rssBytes")));
        QVERIFY(o.contains(QStringLiteral("pressure")));
        QVERIFY(o.value(QStringLiteral("caches")).isArray());
    }

    void metricsPassPromtool() {
        QTemporaryDir dir;
        auto service = startService(dir);
        const Reply r = get(service->healthPort(), QStringLiteral("/metrics"));
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("mechdock_up 1"));
        QVERIFY(r.body.contains("mechdock_database_up 1"));
        // A snapshot with labels that need escaping, too.
        service::ServiceSnapshot s = service->snapshot();
        memory::CacheStats odd;
        odd.name = QStringLiteral("we\"ird\\name\nx");
        s.caches.append(odd);
        monitor::OperationSummary op;
        op.name = QStringLiteral("docker.get containers");
        op.totalCount = 3;
        op.totalDurationMs = 12;
        op.p50Ms = op.p95Ms = op.p99Ms = 4;
        s.operations.append(op);
        s.endpoints.append(service::EndpointState{QStringLiteral("nas"), {}, true, {}, {}});
        const QByteArray formatted = service::PrometheusFormatter::format(s);
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        if (promtool.isEmpty()) {
            if (test::isCi())
                QFAIL("promtool is missing (Debian package prometheus)");
            QSKIP("promtool is not installed (Debian package prometheus)");
        }
        for (const QByteArray &text : {r.body, formatted}) {
            QProcess p;
            p.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
            QVERIFY(p.waitForStarted());
            p.write(text);
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished(30000));
            QVERIFY2(p.exitCode() == 0,
                     qPrintable(p.readAllStandardOutput() + p.readAllStandardError() + text));
        }
    }

    void bearerTokenGuardsEveryRoute() {
        QTemporaryDir dir;
        auto service = startService(dir, QStringLiteral("s3cret-health-token"));
        for (const QString &path : {QStringLiteral("/health"), QStringLiteral("/health/memory"),
                                    QStringLiteral("/metrics")}) {
            QCOMPARE(get(service->healthPort(), path).status, 401);
            QCOMPARE(get(service->healthPort(), path, "Bearer wrong").status, 401);
            // Authorized: the route answers (200, or 503 while the Docker check is still pending).
            const int status =
                get(service->healthPort(), path, "Bearer s3cret-health-token").status;
            QVERIFY2(status == 200 || (path == QStringLiteral("/health") && status == 503),
                     qPrintable(QString::number(status)));
        }
    }

    void busyPortIsReportedNotFatal() {
        QTemporaryDir dir;
        auto first = startService(dir);
        config::Settings settings;
        settings.http.listen = QStringLiteral("127.0.0.1:%1").arg(first->healthPort());
        QTemporaryDir dir2;
        service::BotService second(settings, service::ServiceOptions{{}, dir2.path(), {}});
        second.start();
        QCOMPARE(second.healthPort(), quint16(0));
        QVERIFY(second.snapshot().running);
    }
};

QTEST_GUILESS_MAIN(TestServiceHealth)
#include "tst_service_health.moc"
