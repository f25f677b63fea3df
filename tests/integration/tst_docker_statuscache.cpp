// The status cache and the controller against a real dockerd with three busybox containers:
// events update the cache before any poll (a `docker stop` from the CLI shows as exited with
// the poll 10 minutes away), connections are reused, start/stop/restart/batches/stats through
// the controller agree with the docker CLI, and a daemon restart during polling shows as
// "unreachable" and then recovers without help.
#include "config/settings.h"
#include "docker/containercontroller.h"
#include "docker/containerstatuscache.h"
#include "docker/dockerclient.h"
#include "dockerdaemon.h"
#include "memory/cacheregistry.h"
#include "testpaths.h"

#include <QSignalSpy>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::docker;

class TestDockerStatusCache : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    const QStringList names{QStringLiteral("alpha"), QStringLiteral("bravo"),
                            QStringLiteral("charlie")};

    DockerEndpoint endpoint() const {
        EndpointConfig config;
        config.uri = daemon.uri();
        return DockerEndpoint::resolve(config, {});
    }

private slots:
    void initTestCase() {
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        for (const QString &n : names)
            QVERIFY(daemon.createContainer(n, {QStringLiteral("sleep"), QStringLiteral("3600")}));
    }

    void eventsUpdateTheCacheBeforeAnyPoll() {
        memory::CacheRegistry registry;
        ContainerStatusCache cache(nullptr, &registry);
        ContainerStatusCache::Settings s;
        s.refreshMs = 600000; // only an event can explain a change within this test
        cache.setSettings(s);
        cache.addEndpoint(endpoint());
        QSignalSpy refreshed(&cache, &ContainerStatusCache::refreshed);
        cache.start();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() == 1 &&
                                     cache.endpointStatus(QStringLiteral("local")).eventsConnected,
                                 30000);
        QCOMPARE(registry.size(), 1);
        QCOMPARE(registry.list().first().entries, qint64(3));
        for (const QString &n : names) {
            const ContainerStatus st = cache.status(QStringLiteral("local"), n);
            QVERIFY(st.found);
            QCOMPARE(st.state, daemon.containerState(n));
        }
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("alpha")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("alpha")).running(), 20000);
        QCOMPARE(daemon.containerState(QStringLiteral("alpha")), QStringLiteral("running"));
        QCOMPARE(daemon.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"),
                                QStringLiteral("alpha")}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("alpha")).state,
            QStringLiteral("exited"), 20000);
        QCOMPARE(daemon.containerState(QStringLiteral("alpha")), QStringLiteral("exited"));
        QCOMPARE(refreshed.size(), 1); // no poll happened: the events did it
        QVERIFY(cache.events(QStringLiteral("local"))->eventsDelivered() >= 2);
    }

    void eventsMatchTheCli() {
        DockerClient client(endpoint());
        bool negotiated = false;
        client.negotiate([&](bool ok, const QString &) { negotiated = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(negotiated, 20000);
        DockerEventStream stream(&client);
        QList<ContainerEvent> events;
        connect(&stream, &DockerEventStream::containerEvent, this,
                [&](const ContainerEvent &e) { events.append(e); });
        stream.start();
        QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 20000);
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("bravo")}), 0);
        QCOMPARE(daemon.docker({QStringLiteral("restart"), QStringLiteral("-t"),
                                QStringLiteral("0"), QStringLiteral("bravo")}),
                 0);
        QCOMPARE(daemon.docker({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"),
                                QStringLiteral("bravo")}),
                 0);
        auto actions = [&] {
            QStringList out;
            for (const ContainerEvent &e : std::as_const(events)) {
                if (e.name == QLatin1String("bravo"))
                    out.append(e.action);
            }
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(actions().count(QStringLiteral("stop")) == 2, 20000);
        const QStringList seen = actions();
        QVERIFY2(seen.first() == QLatin1String("start") && seen.contains(QStringLiteral("die")) &&
                     seen.contains(QStringLiteral("kill")) &&
                     seen.contains(QStringLiteral("restart")),
                 qPrintable(seen.join(QLatin1Char(' '))));
        for (const ContainerEvent &e : std::as_const(events))
            QVERIFY(!e.id.isEmpty() && e.timeNano > 0);
        stream.stop();
    }

    void connectionsAreReused() {
        DockerClient client(endpoint());
        for (int i = 0; i < 10; ++i) {
            bool done = false;
            client.listContainers([&](const QList<ContainerInfo> &l, const QString &error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                QCOMPARE(l.size(), 3);
                done = true;
            });
            QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        }
        QCOMPARE(client.poolStats().opened, quint64(1));
        QCOMPARE(client.poolStats().reused, quint64(9));
    }

    void controllerAgreesWithTheCli() {
        DockerClient client(endpoint());
        ContainerController controller;
        controller.setClient(QStringLiteral("local"), &client);
        QList<config::ContainerSettings> configured;
        for (const QString &n : names) {
            config::ContainerSettings c;
            c.name = n;
            c.allowedActions = {QStringLiteral("start"), QStringLiteral("stop"),
                                QStringLiteral("restart")};
            configured.append(c);
        }
        controller.setContainers(configured);
        auto perform = [&](const QString &name, ContainerAction a) {
            ContainerActionResult out =
                ContainerActionResult::failure(ActionError::Failed, QStringLiteral("no answer"));
            bool done = false;
            controller.perform({QStringLiteral("local"), name}, a, Actor{},
                               [&](const ContainerActionResult &r) {
                                   out = r;
                                   done = true;
                               });
            if (!QTest::qWaitFor([&] { return done; }, 60000))
                qWarning("no answer within 60 s");
            return out;
        };
        ContainerActionResult o = perform(QStringLiteral("charlie"), ContainerAction::Start);
        QVERIFY2(o.ok() && o.changed(), qPrintable(o.message()));
        QCOMPARE(daemon.containerState(QStringLiteral("charlie")), QStringLiteral("running"));
        o = perform(QStringLiteral("charlie"), ContainerAction::Stop);
        QVERIFY(!o.ok());
        QVERIFY2(o.message().contains(QStringLiteral("try again in")), qPrintable(o.message()));
        QCOMPARE(daemon.containerState(QStringLiteral("charlie")), QStringLiteral("running"));

        ContainerController::Settings s;
        s.toggleCooldownSec = 0;
        s.stopTimeoutSec = 0;
        controller.setSettings(s);
        QList<ContainerRef> all;
        for (const QString &n : names)
            all.append({QStringLiteral("local"), n});
        QList<BatchItemResult> results;
        bool done = false;
        controller.performBatch(all, ContainerAction::Restart, Actor{},
                                [&](const QList<BatchItemResult> &r) {
                                    results = r;
                                    done = true;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        for (const BatchItemResult &r : std::as_const(results)) {
            QVERIFY2(r.result.ok(), qPrintable(r.result.message()));
            QCOMPARE(daemon.containerState(r.container.name), QStringLiteral("running"));
        }
        int statsDone = 0;
        for (const QString &n : names)
            controller.stats({QStringLiteral("local"), n},
                             [&](const StatsSample &st, const QString &error) {
                                 QVERIFY2(error.isEmpty(), qPrintable(error));
                                 QVERIFY(st.memoryBytes > 0 && st.cpuPercent >= 0);
                                 ++statsDone;
                             });
        QTRY_COMPARE_WITH_TIMEOUT(statsDone, 3, 60000);
        done = false;
        controller.performBatch(all, ContainerAction::Stop, Actor{},
                                [&](const QList<BatchItemResult> &r) {
                                    results = r;
                                    done = true;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        for (const QString &n : names)
            QCOMPARE(daemon.containerState(n), QStringLiteral("exited"));
    }

    void daemonRestartIsSurvived() {
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("alpha")}), 0);
        memory::CacheRegistry registry;
        ContainerStatusCache cache(nullptr, &registry);
        ContainerStatusCache::Settings s;
        s.refreshMs = 300;
        s.retryInitialMs = 100;
        s.retryMaxMs = 400;
        s.requestTimeoutMs = 5000;
        cache.setSettings(s);
        cache.addEndpoint(endpoint());
        cache.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("alpha")).running(), 30000);
        daemon.suspend();
        QTRY_COMPARE_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("alpha")).state,
            QStringLiteral("unreachable"), 30000);
        const ContainerStatus down = cache.status(QStringLiteral("local"), QStringLiteral("alpha"));
        QVERIFY2(down.statusText.startsWith(QStringLiteral("Docker is not reachable at ") +
                                            daemon.uri()),
                 qPrintable(down.statusText));
        QVERIFY(!cache.endpointStatus(QStringLiteral("local")).reachable);
        QVERIFY(cache.endpointStatus(QStringLiteral("local")).failures >= 1);
        const QString why = daemon.resume();
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(cache.endpointStatus(QStringLiteral("local")).reachable, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(cache.endpointStatus(QStringLiteral("local")).eventsConnected,
                                 30000);
        for (const QString &n : names) {
            const ContainerStatus st = cache.status(QStringLiteral("local"), n);
            QVERIFY(st.found);
            QCOMPARE(st.state, daemon.containerState(n));
        }
        // The event stream is back too: a start shows without waiting.
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("bravo")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("bravo")).running(), 20000);
    }

    void cleanupTestCase() { daemon.stop(); }
};

QTEST_GUILESS_MAIN(TestDockerStatusCache)
#include "tst_docker_statuscache.moc"
