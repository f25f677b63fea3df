// Scheduled actions reach a real dockerd: the executor the service gives the task runner starts,
// stops and restarts containers through the poller's controller (the route every container
// action takes), refuses what the container's settings forbid, and names an unknown endpoint;
// the running service loads its task runner from the database.
#include "config/settings.h"
#include "dockerdaemon.h"
#include "scheduler/taskrunner.h"
#include "service/botservice.h"
#include "service/containerpoller.h"
#include "service/scheduledactionexecutor.h"
#include "storage/auditlog.h"
#include "testpaths.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

class TestServiceScheduledActions : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    config::Settings settings;

    std::pair<bool, QString> execute(service::ScheduledActionExecutor &executor,
                                     docker::ContainerAction action, const QString &endpoint,
                                     const QString &name) {
        scheduler::ScheduledTask task;
        task.endpoint = endpoint;
        task.containerName = name;
        task.action = action;
        std::pair<bool, QString> result{false, QStringLiteral("no answer")};
        bool done = false;
        executor.execute(task, [&](bool ok, QString message) {
            result = {ok, message};
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            result.second = QStringLiteral("no answer within 60 s");
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
        QVERIFY(daemon.createContainer(QStringLiteral("game"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        config::EndpointSettings e;
        e.uri = daemon.uri();
        settings.docker.endpoints = {e};
        config::ContainerSettings game;
        game.name = QStringLiteral("game");
        game.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                               QStringLiteral("restart")};
        settings.containers = {game};
    }

    void executorFollowsTheSettings() {
        // Without the cool-down, so start and restart follow each other here.
        config::Settings s = settings;
        s.docker.toggleCooldownSec = 0;
        service::ContainerPoller poller;
        poller.setSettings(s);
        service::ScheduledActionExecutor executor([&poller] { return poller.controller(); });
        auto r = execute(executor, docker::ContainerAction::Start, QStringLiteral("local"),
                         QStringLiteral("game"));
        QVERIFY2(r.first, qPrintable(r.second));
        QCOMPARE(daemon.containerState(QStringLiteral("game")), QStringLiteral("running"));
        r = execute(executor, docker::ContainerAction::Restart, QStringLiteral("local"),
                    QStringLiteral("game"));
        QVERIFY2(r.first, qPrintable(r.second));
        r = execute(executor, docker::ContainerAction::Stop, QStringLiteral("local"),
                    QStringLiteral("game"));
        QVERIFY(!r.first);
        QVERIFY(r.second.contains(QStringLiteral("does not allow")));
        QCOMPARE(daemon.containerState(QStringLiteral("game")), QStringLiteral("running"));
        r = execute(executor, docker::ContainerAction::Start, QStringLiteral("nas"),
                    QStringLiteral("game"));
        QVERIFY(!r.first);
    }

    void servicePublishesContainersAndActsOnThem() {
        QTemporaryDir dir;
        config::Settings s = settings;
        s.http.listen.clear();
        s.discord.token = QStringLiteral("a.b.c-not-real");
        service::BotService service(s, service::ServiceOptions{{}, dir.path(), {}});
        service.start();
        auto gameRow = [&]() -> std::optional<service::ContainerRow> {
            for (const service::ContainerRow &r : service.snapshot().containers) {
                if (r.name == QLatin1String("game"))
                    return r;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(gameRow().has_value(), 30000);
        QVERIFY(gameRow()->configured);
        docker::Actor tester;
        tester.origin = docker::ActionOrigin::Panel;
        tester.name = QStringLiteral("tester");
        service.containerAction(QStringLiteral("local"), QStringLiteral("game"),
                                docker::ContainerAction::Start, tester);
        QTRY_VERIFY_WITH_TIMEOUT(gameRow() && gameRow()->running && gameRow()->cpuPercent >= 0,
                                 30000);
        QVERIFY(gameRow()->memoryBytes > 0);
        QCOMPARE(daemon.containerState(QStringLiteral("game")), QStringLiteral("running"));
        // Not allowed by the settings: refused (and audited so), and the container runs on.
        service.containerAction(QStringLiteral("local"), QStringLiteral("game"),
                                docker::ContainerAction::Stop, tester);
        const auto refusedStop = [&] {
            for (const storage::AuditEntry &e : service.auditLog()->query(storage::AuditFilter{})) {
                if (e.action == QLatin1String("stop") && e.target == QLatin1String("local/game") &&
                    e.result != QLatin1String("ok"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(refusedStop(), 10000);
        QCOMPARE(daemon.containerState(QStringLiteral("game")), QStringLiteral("running"));
    }

    void serviceLoadsItsTaskRunner() {
        QTemporaryDir dir;
        config::Settings s = settings;
        s.http.listen.clear();
        s.discord.token = QStringLiteral("a.b.c-not-real");
        service::BotService service(s, service::ServiceOptions{{}, dir.path(), {}});
        service.start();
        QVERIFY(service.taskRunner());
        QVERIFY(service.taskRunner()->tasks().isEmpty());
        scheduler::ScheduledTask task;
        task.endpoint = QStringLiteral("local");
        task.containerName = QStringLiteral("game");
        task.action = docker::ContainerAction::Restart;
        task.schedule = QStringLiteral("daily 04:00");
        task.timeZone = "Europe/Berlin";
        QString id;
        const scheduler::Result added = service.taskRunner()->addTask(task, &id);
        QVERIFY2(added.ok, qPrintable(added.error));
        service.stop();
        // The task is in the database: a new service finds it.
        service::BotService again(s, service::ServiceOptions{{}, dir.path(), {}});
        again.start();
        QCOMPARE(again.taskRunner()->tasks().size(), 1);
        QVERIFY(again.taskRunner()->tasks().first().nextRun.isValid());
    }
};

QTEST_GUILESS_MAIN(TestServiceScheduledActions)
#include "tst_service_scheduledactions.moc"
