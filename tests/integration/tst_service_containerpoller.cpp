// The service's container rows over the status cache and the controller, against a real dockerd:
// a `docker stop` from the CLI reaches ContainerPoller::rows() through the event stream with the
// next poll an hour away, stats and start times of running containers arrive within the
// configured stats limit, a second toggle within the cool-down is refused with the seconds left
// (and audited as denied), actions the settings do not allow are refused, and refreshed() is
// never announced more often than its throttle allows.
#include "config/settings.h"
#include "docker/containercontroller.h"
#include "docker/containerstatuscache.h"
#include "dockerdaemon.h"
#include "service/containerpoller.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "testpaths.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace mechdock;

class TestServiceContainerPoller : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    config::Settings settings;

    static std::optional<service::ContainerRow> row(const service::ContainerPoller &poller,
                                                    const QString &name) {
        for (const service::ContainerRow &r : poller.rows()) {
            if (r.name == name)
                return r;
        }
        return std::nullopt;
    }

    struct Answer {
        bool done = false;
        bool ok = false;
        QString message;
    };

    // Through the poller's controller, the route every container action takes.
    static Answer perform(service::ContainerPoller &poller, const QString &endpoint,
                          const QString &name, const QString &action) {
        Answer a;
        const std::optional<docker::ContainerAction> parsed =
            docker::containerActionFromName(action);
        if (!parsed) {
            a.message = QStringLiteral("not an action: ") + action;
            return a;
        }
        poller.controller()->perform(docker::ContainerRef{endpoint, name}, *parsed, docker::Actor{},
                                     [&a](const docker::ContainerActionResult &r) {
                                         a.done = true;
                                         a.ok = r.ok();
                                         a.message = r.message();
                                     });
        if (!QTest::qWaitFor([&] { return a.done; }, 60000))
            a.message = QStringLiteral("no answer within 60 s");
        return a;
    }

    // Listed once and following the event stream, so no change can slip between the two.
    static bool ready(service::ContainerPoller &poller) {
        return !poller.rows().isEmpty() &&
               poller.cache()->endpointStatus(QStringLiteral("local")).eventsConnected;
    }

private slots:
    void initTestCase() {
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        for (const char *name : {"web", "db", "cache", "extra"})
            QVERIFY(daemon.createContainer(QString::fromLatin1(name),
                                           {QStringLiteral("sleep"), QStringLiteral("3600")}));
        config::EndpointSettings e;
        e.uri = daemon.uri();
        settings.docker.endpoints = {e};
        // Only an event can explain a change within these tests.
        settings.docker.backgroundRefreshSec = 3600;
        settings.docker.cacheDurationSec = 3600;
        settings.docker.maxConcurrentStats = 2;
        config::ContainerSettings web;
        web.name = QStringLiteral("web");
        web.displayName = QStringLiteral("Web server");
        web.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                              QStringLiteral("stop")};
        config::ContainerSettings db;
        db.name = QStringLiteral("db"); // status only
        config::ContainerSettings cache;
        cache.name = QStringLiteral("cache");
        config::ContainerSettings ghost;
        ghost.name = QStringLiteral("ghost"); // configured, not on the host
        settings.containers = {web, db, cache, ghost};
    }

    void rowsFollowTheHost() {
        for (const char *name : {"web", "db", "cache"})
            QCOMPARE(daemon.docker({QStringLiteral("start"), QString::fromLatin1(name)}), 0);
        service::ContainerPoller poller;
        poller.setSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(ready(poller), 30000);
        QVERIFY(poller.refreshedEpochMs() > 0);
        QCOMPARE(poller.rows().size(), 5); // four configured, one more on the host
        const auto web = row(poller, QStringLiteral("web"));
        QVERIFY(web && web->configured && web->running);
        QCOMPARE(web->displayName, QStringLiteral("Web server"));
        QCOMPARE(web->allowedActions.size(), 3);
        QCOMPARE(row(poller, QStringLiteral("ghost"))->state, QStringLiteral("missing"));
        const auto extra = row(poller, QStringLiteral("extra"));
        QVERIFY(extra && !extra->configured);
        QCOMPARE(extra->state, QStringLiteral("created"));
        // Stats and start times of the configured running ones, never more than the limit at
        // once; the unconfigured one gets none.
        for (const char *name : {"web", "db", "cache"}) {
            const QString n = QString::fromLatin1(name);
            QTRY_VERIFY_WITH_TIMEOUT(row(poller, n)->cpuPercent >= 0 &&
                                         row(poller, n)->memoryBytes > 0 &&
                                         row(poller, n)->startedEpochMs > 0,
                                     30000);
            const qint64 age = QDateTime::currentMSecsSinceEpoch() - row(poller, n)->startedEpochMs;
            QVERIFY2(age >= -5000 && age < 600000, qPrintable(QString::number(age)));
        }
        QVERIFY(poller.controller()->statsPeak() >= 1);
        QVERIFY(poller.controller()->statsPeak() <= 2);
        QCOMPARE(extra->cpuPercent, -1.0);
    }

    void cliStopShowsBeforeTheNextPoll() {
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("web")}), 0);
        service::ContainerPoller poller;
        poller.setSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(ready(poller) && row(poller, QStringLiteral("web"))->running,
                                 30000);
        QSignalSpy polls(poller.cache(), &docker::ContainerStatusCache::refreshed);
        QSignalSpy announced(&poller, &service::ContainerPoller::refreshed);
        QElapsedTimer elapsed;
        elapsed.start();
        QCOMPARE(daemon.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"),
                                QStringLiteral("web")}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(!row(poller, QStringLiteral("web"))->running, 20000);
        QCOMPARE(row(poller, QStringLiteral("web"))->state, QStringLiteral("exited"));
        QCOMPARE(row(poller, QStringLiteral("web"))->cpuPercent, -1.0);
        QCOMPARE(polls.size(), 0); // the event did it, not a poll
        QVERIFY(announced.size() >= 1);
        // A burst of events (start and stop of three containers) is announced throttled.
        for (const char *name : {"web", "db", "cache"})
            QCOMPARE(daemon.docker({QStringLiteral("restart"), QStringLiteral("-t"),
                                    QStringLiteral("0"), QString::fromLatin1(name)}),
                     0);
        // Every restart has shown (its events arrived); an unthrottled poller would have
        // announced each of them by now.
        QTRY_VERIFY_WITH_TIMEOUT(row(poller, QStringLiteral("web"))->running &&
                                     row(poller, QStringLiteral("db"))->running &&
                                     row(poller, QStringLiteral("cache"))->running,
                                 20000);
        QVERIFY2(announced.size() <= elapsed.elapsed() / 200 + 1,
                 qPrintable(QStringLiteral("%1 announcements in %2 ms")
                                .arg(announced.size())
                                .arg(elapsed.elapsed())));
        QCOMPARE(daemon.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"),
                                QStringLiteral("web")}),
                 0);
        QTRY_VERIFY_WITH_TIMEOUT(!row(poller, QStringLiteral("web"))->running, 20000);
    }

    void secondToggleWithinTheCooldownIsRefused() {
        QTemporaryDir dir;
        QString error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("audit.db")),
                                          {storage::AuditLog::migrations()}, &error);
        QVERIFY2(db, qPrintable(error));
        storage::AuditLog audit(db->pool());
        service::ContainerPoller poller;
        poller.controller()->setAuditLog([&audit] { return &audit; });
        poller.setSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(ready(poller), 30000);
        QVERIFY(!row(poller, QStringLiteral("web"))->running);

        Answer a = perform(poller, QStringLiteral("local"), QStringLiteral("web"),
                           QStringLiteral("start"));
        QVERIFY2(a.ok, qPrintable(a.message));
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("running"));
        QTRY_VERIFY_WITH_TIMEOUT(row(poller, QStringLiteral("web"))->running, 20000);

        a = perform(poller, QStringLiteral("local"), QStringLiteral("web"), QStringLiteral("stop"));
        QVERIFY(!a.ok);
        QVERIFY2(a.message.contains(QStringLiteral("try again in")), qPrintable(a.message));
        const int left = poller.controller()->cooldownRemainingSec(
            docker::ContainerRef{QStringLiteral("local"), QStringLiteral("web")});
        QVERIFY2(left > 100 && left <= 150, qPrintable(QString::number(left)));
        QVERIFY(a.message.contains(QStringLiteral("%1 s").arg(left)) ||
                a.message.contains(QStringLiteral("%1 s").arg(left + 1)));
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("running"));

        storage::AuditFilter denied;
        denied.result = QStringLiteral("denied");
        const QList<storage::AuditEntry> refusals = audit.query(denied);
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.first().action, QStringLiteral("stop"));
        QCOMPARE(refusals.first().target, QStringLiteral("local/web"));
        storage::AuditFilter ok;
        ok.result = QStringLiteral("ok");
        QCOMPARE(audit.query(ok).size(), 1);

        // The cool-down is the configured one: off, the same stop goes through.
        config::Settings noCooldown = settings;
        noCooldown.docker.toggleCooldownSec = 0;
        poller.setSettings(noCooldown);
        a = perform(poller, QStringLiteral("local"), QStringLiteral("web"), QStringLiteral("stop"));
        QVERIFY2(a.ok, qPrintable(a.message));
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("exited"));
        QTRY_VERIFY_WITH_TIMEOUT(!row(poller, QStringLiteral("web"))->running, 20000);
    }

    void logsThroughThePooledClient() {
        QVERIFY(daemon.createContainer(
            QStringLiteral("talker"),
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("for i in 1 2 3 4 5; do echo hello $i; done; sleep 3600")}));
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("talker")}), 0);
        service::ContainerPoller poller;
        poller.setSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(ready(poller), 30000);
        auto fetch = [&](const QString &endpoint, const QString &name, int lines) {
            bool done = false;
            bool ok = false;
            QString text;
            poller.logs(endpoint, name, lines, [&](bool good, const QString &t) {
                ok = good;
                text = t;
                done = true;
            });
            [&] {
                QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
            }();
            return std::make_pair(ok, text);
        };
        // The last 3 of the 5 lines, as the docker CLI would print them.
        QTRY_VERIFY_WITH_TIMEOUT(fetch(QStringLiteral("local"), QStringLiteral("talker"), 5)
                                     .second.contains(QStringLiteral("hello 5")),
                                 10000);
        const auto [ok, text] = fetch(QStringLiteral("local"), QStringLiteral("talker"), 3);
        QVERIFY2(ok, qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("hello 3")) &&
                     text.contains(QStringLiteral("hello 5")),
                 qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("hello 2")), qPrintable(text));
        // Hostile or unknown names and endpoints: a refusal, nothing sent.
        QVERIFY(!fetch(QStringLiteral("local"), QStringLiteral("../etc"), 10).first);
        QVERIFY(!fetch(QStringLiteral("nas"), QStringLiteral("talker"), 10).first);
        const auto missing = fetch(QStringLiteral("local"), QStringLiteral("nosuchcontainer"), 10);
        QVERIFY(!missing.first);
        QVERIFY(!missing.second.isEmpty());
    }

    void actionsTheSettingsDoNotAllowAreRefused() {
        service::ContainerPoller poller;
        poller.setSettings(settings);
        QTRY_VERIFY_WITH_TIMEOUT(ready(poller), 30000);
        const QString dbBefore = daemon.containerState(QStringLiteral("db"));
        Answer a =
            perform(poller, QStringLiteral("local"), QStringLiteral("db"), QStringLiteral("stop"));
        QVERIFY(!a.ok);
        QVERIFY2(a.message.contains(QStringLiteral("does not allow")), qPrintable(a.message));
        QCOMPARE(daemon.containerState(QStringLiteral("db")), dbBefore);
        a = perform(poller, QStringLiteral("local"), QStringLiteral("web"),
                    QStringLiteral("restart"));
        QVERIFY(!a.ok);
        QVERIFY(a.message.contains(QStringLiteral("does not allow")));
        // Not configured at all, and configured on another endpoint than asked.
        a = perform(poller, QStringLiteral("local"), QStringLiteral("extra"),
                    QStringLiteral("start"));
        QVERIFY(!a.ok);
        QCOMPARE(daemon.containerState(QStringLiteral("extra")), QStringLiteral("created"));
        a = perform(poller, QStringLiteral("nas"), QStringLiteral("web"), QStringLiteral("start"));
        QVERIFY(!a.ok);
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("exited"));
        // A refusal starts no cool-down.
        QCOMPARE(poller.controller()->cooldownRemainingSec(
                     docker::ContainerRef{QStringLiteral("local"), QStringLiteral("db")}),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceContainerPoller)
#include "tst_service_containerpoller.moc"
