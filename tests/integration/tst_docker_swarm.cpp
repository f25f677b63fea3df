// Swarm services against a real single-node swarm on the suite's private dockerd: a replicated
// service of 2 shows 2/2 with two running tasks; stop scales it to 0 (0/0, the tasks gone) and
// keeps the count in a service label; start, from a fresh client, brings back 2/2; restart is a
// rolling forced update (new task ids, never no task running); a global service refuses start
// and stop with the reason but restarts; logs of a service; unknown and hostile names. Each
// answer is checked against the docker CLI.
#include "docker/dockerclient.h"
#include "docker/swarmserviceclient.h"
#include "dockerdaemon.h"
#include "testpaths.h"

#include <QHostAddress>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::docker;

class TestDockerSwarm : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    std::unique_ptr<DockerClient> client;
    std::unique_ptr<SwarmServiceClient> swarm;

    ActionOutcome act(SwarmServiceClient &s, const QString &verb, const QString &name) {
        ActionOutcome result;
        result.message = QStringLiteral("no answer within 60 s");
        bool done = false;
        auto cb = [&](const ActionOutcome &o) {
            result = o;
            done = true;
        };
        if (verb == QLatin1String("start"))
            s.start(name, cb);
        else if (verb == QLatin1String("stop"))
            s.stop(name, cb);
        else
            s.restart(name, cb);
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("no answer within 60 s");
        return result;
    }

    SwarmService service(const QString &name) {
        SwarmService out;
        bool done = false;
        swarm->inspect(name, [&](const SwarmService &s, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            out = s;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("no answer within 60 s");
        return out;
    }

    QList<SwarmTask> tasks(const QString &name) {
        QList<SwarmTask> out;
        bool done = false;
        swarm->tasks(name, [&](const QList<SwarmTask> &t, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            out = t;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("no answer within 60 s");
        return out;
    }

    static QSet<QString> runningIds(const QList<SwarmTask> &list) {
        QSet<QString> out;
        for (const SwarmTask &t : list) {
            if (t.running())
                out.insert(t.id);
        }
        return out;
    }

    QString cli(const QStringList &args) {
        QByteArray out;
        daemon.docker(args, &out);
        return QString::fromUtf8(out).trimmed();
    }

    bool createService(const QStringList &extra) {
        // The task exits at once on SIGTERM, so scaling down and updates do not wait for the
        // 10 s stop grace period.
        return daemon.docker(QStringList{QStringLiteral("service"), QStringLiteral("create"),
                                         QStringLiteral("--detach"),
                                         QStringLiteral("--no-resolve-image")} +
                             extra +
                             QStringList{QStringLiteral("mini:latest"), QStringLiteral("sh"),
                                         QStringLiteral("-c"),
                                         QStringLiteral("trap 'exit 0' TERM; echo hello-$HOSTNAME; "
                                                        "sleep 3600 & wait")}) == 0;
    }

private slots:
    void initTestCase() {
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        client = std::make_unique<DockerClient>(daemon.uri());
        swarm = std::make_unique<SwarmServiceClient>(client.get());
        bool manager = true;
        QString reason;
        bool done = false;
        swarm->isManager([&](bool m, const QString &error) {
            manager = m;
            reason = error;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!manager); // a plain daemon, not in a swarm yet
        QVERIFY2(reason.contains(QStringLiteral("not part of a swarm")), qPrintable(reason));
        // The manager's port is a free one rather than 2377, so that a swarm elsewhere on the
        // machine does not stop this one; the CLI's error goes into the failure.
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
        done = false;
        swarm->isManager([&](bool m, const QString &error) {
            manager = m;
            reason = error;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(manager, qPrintable(reason));
        QVERIFY(createService({QStringLiteral("--name"), QStringLiteral("app"),
                               QStringLiteral("--replicas"), QStringLiteral("2")}));
        QVERIFY(createService({QStringLiteral("--name"), QStringLiteral("agent"),
                               QStringLiteral("--mode"), QStringLiteral("global")}));
    }

    void replicatedServiceShowsTwoOfTwo() {
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("app")).replicasText(),
                                  QStringLiteral("2/2"), 60000);
        const SwarmService app = service(QStringLiteral("app"));
        QVERIFY(!app.global);
        QCOMPARE(app.replicas, 2);
        QCOMPARE(app.image, QStringLiteral("mini:latest"));
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("ls"), QStringLiteral("--filter"),
                      QStringLiteral("name=app"), QStringLiteral("--format"),
                      QStringLiteral("{{.Replicas}}")}),
                 QStringLiteral("2/2"));
        const QList<SwarmTask> list = tasks(QStringLiteral("app"));
        QCOMPARE(runningIds(list).size(), 2);
        for (const SwarmTask &t : list)
            QVERIFY(!t.containerId.isEmpty() && t.slot > 0 && t.serviceId == app.id);
        QList<SwarmService> all;
        bool done = false;
        swarm->listServices([&](const QList<SwarmService> &l, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            all = l;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QCOMPARE(all.size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("agent")).replicasText(),
                                  QStringLiteral("1/1"), 60000);
        QVERIFY(service(QStringLiteral("agent")).global);
    }

    void stopScalesToZeroAndTheTasksGo() {
        const ActionOutcome o = act(*swarm, QStringLiteral("stop"), QStringLiteral("app"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("app")).replicasText(),
                                  QStringLiteral("0/0"), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(tasks(QStringLiteral("app")).isEmpty(), 60000);
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("ps"), QStringLiteral("-q"),
                      QStringLiteral("app")}),
                 QString());
        // The count to come back to is on the service, where any client finds it.
        QCOMPARE(cli({QStringLiteral("service"), QStringLiteral("inspect"), QStringLiteral("-f"),
                      QStringLiteral("{{index .Spec.Labels \"org.mechdock.last-replicas\"}}"),
                      QStringLiteral("app")}),
                 QStringLiteral("2"));
        const ActionOutcome again = act(*swarm, QStringLiteral("stop"), QStringLiteral("app"));
        QVERIFY(again.ok && !again.changed);
        QCOMPARE(again.message, QStringLiteral("already stopped"));
    }

    void startComesBackToTheRememberedCount() {
        // A fresh client, as after Mechdock restarted: nothing is remembered in memory.
        DockerClient other(daemon.uri());
        SwarmServiceClient fresh(&other);
        const ActionOutcome o = act(fresh, QStringLiteral("start"), QStringLiteral("app"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("app")).replicasText(),
                                  QStringLiteral("2/2"), 60000);
        QCOMPARE(runningIds(tasks(QStringLiteral("app"))).size(), 2);
        const ActionOutcome again = act(fresh, QStringLiteral("start"), QStringLiteral("app"));
        QVERIFY(again.ok && !again.changed);
        QCOMPARE(again.message, QStringLiteral("already running"));
    }

    void restartIsRolling() {
        QTRY_COMPARE_WITH_TIMEOUT(runningIds(tasks(QStringLiteral("app"))).size(), 2, 60000);
        const QSet<QString> before = runningIds(tasks(QStringLiteral("app")));
        const ActionOutcome o = act(*swarm, QStringLiteral("restart"), QStringLiteral("app"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        // Watch every step of the update: one task at a time is replaced, so some task runs
        // throughout, until both running tasks are new ones.
        int fewestRunning = 2;
        QSet<QString> now;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     now = runningIds(tasks(QStringLiteral("app")));
                                     fewestRunning = std::min(fewestRunning, int(now.size()));
                                     return now.size() == 2 && !now.intersects(before);
                                 }()),
                                 120000);
        QVERIFY2(fewestRunning >= 1, "the update stopped every task at once");
        QTRY_COMPARE_WITH_TIMEOUT(service(QStringLiteral("app")).updateState,
                                  QStringLiteral("completed"), 60000);
        QCOMPARE(service(QStringLiteral("app")).replicasText(), QStringLiteral("2/2"));
    }

    void globalServiceRestartsButDoesNotScale() {
        ActionOutcome o = act(*swarm, QStringLiteral("stop"), QStringLiteral("agent"));
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QStringLiteral("global service")), qPrintable(o.message));
        QCOMPARE(service(QStringLiteral("agent")).replicasText(), QStringLiteral("1/1"));
        const QSet<QString> before = runningIds(tasks(QStringLiteral("agent")));
        QCOMPARE(before.size(), 1);
        o = act(*swarm, QStringLiteral("restart"), QStringLiteral("agent"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const QSet<QString> now =
                                         runningIds(tasks(QStringLiteral("agent")));
                                     return now.size() == 1 && !now.intersects(before);
                                 }()),
                                 120000);
    }

    void logsOfAService() {
        QString text;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     bool done = false;
                                     swarm->logs(QStringLiteral("app"), 100,
                                                 [&](const QString &t, const QString &error) {
                                                     text = error.isEmpty() ? t : error;
                                                     done = true;
                                                 });
                                     if (!QTest::qWaitFor([&] { return done; }, 60000))
                                         return false;
                                     return text.count(QStringLiteral("hello-")) >= 2;
                                 }()),
                                 60000);
        QVERIFY(!text.contains(QChar(0x01)));
    }

    void unknownAndHostileNames() {
        ActionOutcome o = act(*swarm, QStringLiteral("stop"), QStringLiteral("ghost"));
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QStringLiteral("no such service")), qPrintable(o.message));
        o = act(*swarm, QStringLiteral("start"), QStringLiteral("../../x?y"));
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QStringLiteral("not a valid service name")),
                 qPrintable(o.message));
    }

    void cleanupTestCase() {
        if (daemon.isRunning()) {
            daemon.docker({QStringLiteral("service"), QStringLiteral("rm"), QStringLiteral("app"),
                           QStringLiteral("agent")});
            daemon.docker(
                {QStringLiteral("swarm"), QStringLiteral("leave"), QStringLiteral("--force")});
        }
        swarm.reset();
        client.reset();
        daemon.stop();
    }
};

QTEST_GUILESS_MAIN(TestDockerSwarm)
#include "tst_docker_swarm.moc"
