// The Swarm service cache against a real single-node swarm on the suite's private dockerd, with
// the periodic list 10 minutes away so that only events can explain a change: a service of 2
// shows 2/2 with two running tasks; stopped, it shows 0/0 and no tasks; started, 2/2 again;
// restarted, new running tasks and a completed update; removed, gone from the cache.
#include "docker/dockerclient.h"
#include "docker/swarmservicecache.h"
#include "docker/swarmserviceclient.h"
#include "dockerdaemon.h"
#include "testpaths.h"

#include <QHostAddress>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::docker;

class TestDockerSwarmCache : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;

    static QSet<QString> runningIds(const QList<SwarmTask> &list) {
        QSet<QString> out;
        for (const SwarmTask &t : list) {
            if (t.running())
                out.insert(t.id);
        }
        return out;
    }

    static ActionOutcome act(SwarmServiceClient &swarm, const QString &verb) {
        ActionOutcome result;
        result.message = QStringLiteral("no answer within 60 s");
        bool done = false;
        auto cb = [&](const ActionOutcome &o) {
            result = o;
            done = true;
        };
        if (verb == QLatin1String("start"))
            swarm.start(QStringLiteral("web"), cb);
        else if (verb == QLatin1String("stop"))
            swarm.stop(QStringLiteral("web"), cb);
        else
            swarm.restart(QStringLiteral("web"), cb);
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("no answer within 60 s");
        return result;
    }

private slots:
    void initTestCase() {
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(probe.serverPort());
        probe.close();
        QProcess init;
        init.setProcessChannelMode(QProcess::MergedChannels);
        init.start(test::DockerDaemon::dockerCli(),
                   {QStringLiteral("-H"), daemon.uri(), QStringLiteral("swarm"),
                    QStringLiteral("init"), QStringLiteral("--advertise-addr"),
                    QStringLiteral("127.0.0.1"), QStringLiteral("--listen-addr"), listen});
        QVERIFY(init.waitForFinished(60000));
        QVERIFY2(init.exitCode() == 0, init.readAll().constData());
        QCOMPARE(daemon.docker({QStringLiteral("service"), QStringLiteral("create"),
                                QStringLiteral("--detach"), QStringLiteral("--no-resolve-image"),
                                QStringLiteral("--name"), QStringLiteral("web"),
                                QStringLiteral("--replicas"), QStringLiteral("2"),
                                QStringLiteral("mini:latest"), QStringLiteral("sh"),
                                QStringLiteral("-c"),
                                QStringLiteral("trap 'exit 0' TERM; sleep 3600 & wait")}),
                 0);
    }

    void eventsKeepTheServicesFresh() {
        DockerClient client(daemon.uri());
        SwarmServiceCache cache(&client);
        SwarmServiceCache::Settings s;
        s.refreshMs = 600000; // only events can explain a change within this test
        s.settleMs = 200;
        cache.setSettings(s);
        QSignalSpy changed(&cache, &SwarmServiceCache::serviceChanged);
        QSignalSpy removed(&cache, &SwarmServiceCache::serviceRemoved);
        cache.start();
        QTRY_VERIFY_WITH_TIMEOUT(cache.refreshes() == 1 && cache.events()->isConnected(), 30000);
        QVERIFY2(cache.isManager(), qPrintable(cache.lastError()));
        const QString web = QStringLiteral("web");
        QTRY_COMPARE_WITH_TIMEOUT(cache.service(web).replicasText(), QStringLiteral("2/2"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(runningIds(cache.tasks(web)).size(), 2, 60000);
        QCOMPARE(cache.services().size(), 1);

        DockerClient actions(daemon.uri());
        SwarmServiceClient swarm(&actions);
        changed.clear();
        ActionOutcome o = act(swarm, QStringLiteral("stop"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QTRY_COMPARE_WITH_TIMEOUT(cache.service(web).replicasText(), QStringLiteral("0/0"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(cache.tasks(web).isEmpty(), 60000);
        QCOMPARE(cache.service(web).lastReplicas, 2);
        QVERIFY(!changed.isEmpty());

        o = act(swarm, QStringLiteral("start"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QTRY_COMPARE_WITH_TIMEOUT(cache.service(web).replicasText(), QStringLiteral("2/2"), 60000);
        QTRY_COMPARE_WITH_TIMEOUT(runningIds(cache.tasks(web)).size(), 2, 60000);

        const QSet<QString> before = runningIds(cache.tasks(web));
        o = act(swarm, QStringLiteral("restart"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const QSet<QString> now = runningIds(cache.tasks(web));
                                     return now.size() == 2 && !now.intersects(before) &&
                                            cache.service(web).updateState ==
                                                QLatin1String("completed");
                                 }()),
                                 120000);

        QCOMPARE(daemon.docker({QStringLiteral("service"), QStringLiteral("rm"), web}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(removed.contains(QVariantList{web}), 30000);
        bool found = true;
        cache.service(web, &found);
        QVERIFY(!found);
        QVERIFY(cache.services().isEmpty());
        QCOMPARE(cache.refreshes(), 1); // no list happened after the first: events did it all
        cache.stop();
    }

    void cleanupTestCase() {
        if (daemon.isRunning())
            daemon.docker(
                {QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")});
        daemon.stop();
    }
};

QTEST_GUILESS_MAIN(TestDockerSwarmCache)
#include "tst_docker_swarmcache.moc"
