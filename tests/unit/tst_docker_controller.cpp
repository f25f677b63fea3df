// The container-action route against a fake engine: names and actions converted in one place,
// the allowed actions of the settings, the toggle cool-down on a manual clock with the time it
// is allowed again (and the panel operator's override, which no other origin has), batches in
// groups with a pause between groups, at most five stats requests in flight, metrics and one
// audit entry for every request.
#include "common/clock.h"
#include "config/settings.h"
#include "docker/containercontroller.h"
#include "docker/dockerclient.h"
#include "fakeengine.h"
#include "monitor/operationmetrics.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace mechdock;
using namespace mechdock::docker;

namespace {
ContainerActionResult run(ContainerController &c, const QString &name, ContainerAction action,
                          const Actor &actor = Actor{}) {
    ContainerActionResult out =
        ContainerActionResult::failure(ActionError::Failed, QStringLiteral("no answer"));
    bool done = false;
    c.perform({QStringLiteral("local"), name}, action, actor, [&](const ContainerActionResult &r) {
        out = r;
        done = true;
    });
    // An answer that never comes stays the "no answer" failure.
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        qWarning("no answer within 20 s");
    return out;
}

// Containers on "local" that allow every action.
QList<config::ContainerSettings> allowAll(const QStringList &names) {
    QList<config::ContainerSettings> list;
    for (const QString &n : names) {
        config::ContainerSettings c;
        c.name = n;
        c.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                            QStringLiteral("stop"), QStringLiteral("restart")};
        list.append(c);
    }
    return list;
}

QByteArray noContent() {
    return "HTTP/1.1 204 No Content\r\n\r\n";
}

std::unique_ptr<storage::Database> auditDatabase(const QTemporaryDir &dir) {
    QString error;
    auto db = storage::Database::open(dir.filePath(QStringLiteral("m.db")),
                                      {storage::AuditLog::migrations()}, &error);
    if (!db)
        qWarning() << error;
    return db;
}
} // namespace

class TestDockerController : public QObject {
    Q_OBJECT
private slots:
    void toggleCooldownRefusesWithSecondsLeft() {
        test::FakeEngine engine;
        engine.handler = [](QLocalSocket *s, const QByteArray &line) {
            if (line.contains("/ghost/"))
                s->write(test::FakeEngine::json("{\"message\":\"No such container: ghost\"}", 404));
            else
                s->write("HTTP/1.1 204 No Content\r\n\r\n");
        };
        ManualClock clock;
        DockerClient client(engine.uri());
        monitor::OperationMetrics metrics;
        QTemporaryDir dir;
        QString error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("m.db")),
                                          {storage::AuditLog::migrations()}, &error);
        QVERIFY2(db, qPrintable(error));
        storage::AuditLog audit(db->pool());
        ContainerController controller(&clock);
        controller.setClient(QStringLiteral("local"), &client);
        controller.setContainers(
            allowAll({QStringLiteral("web"), QStringLiteral("db"), QStringLiteral("ghost")}));
        controller.setMetrics(&metrics);
        controller.setAuditLog([&audit] { return &audit; });

        QVERIFY(run(controller, QStringLiteral("web"), ContainerAction::Start).ok());
        ContainerActionResult o = run(controller, QStringLiteral("web"), ContainerAction::Stop);
        QVERIFY(!o.ok());
        QCOMPARE(o.error(), ActionError::CoolingDown);
        QVERIFY2(o.message().contains(QStringLiteral("try again in 150 s")),
                 qPrintable(o.message()));
        QCOMPARE(o.allowedAt(), clock.nowUtc().addSecs(150));
        clock.advanceMs(100000);
        QCOMPARE(controller.cooldownRemainingSec({QStringLiteral("local"), QStringLiteral("web")}),
                 50);
        o = run(controller, QStringLiteral("web"), ContainerAction::Restart);
        QVERIFY2(o.message().contains(QStringLiteral("100 s ago")) &&
                     o.message().contains(QStringLiteral("try again in 50 s")),
                 qPrintable(o.message()));
        QCOMPARE(o.allowedAt(), clock.nowUtc().addSecs(50));
        // Another container is not affected; a failed action starts no cool-down.
        QVERIFY(run(controller, QStringLiteral("db"), ContainerAction::Stop).ok());
        o = run(controller, QStringLiteral("ghost"), ContainerAction::Start);
        QCOMPARE(o.error(), ActionError::Failed);
        QVERIFY(!o.allowedAt().isValid());
        QCOMPARE(
            controller.cooldownRemainingSec({QStringLiteral("local"), QStringLiteral("ghost")}), 0);
        clock.advanceMs(50000);
        QVERIFY(run(controller, QStringLiteral("web"), ContainerAction::Stop).ok());
        QCOMPARE(engine.requests.size(), 4); // refusals never reached the daemon

        QCOMPARE(metrics.summary(QStringLiteral("docker.start")).totalCount, quint64(2));
        QCOMPARE(metrics.summary(QStringLiteral("docker.start")).totalFailures, quint64(1));
        QCOMPARE(metrics.summary(QStringLiteral("docker.stop")).totalCount, quint64(2));
        storage::AuditFilter f;
        f.result = QStringLiteral("denied");
        QCOMPARE(audit.query(f).size(), 2);
        f.result = QStringLiteral("ok");
        const QList<storage::AuditEntry> ok = audit.query(f);
        QCOMPARE(ok.size(), 3);
        QVERIFY(std::any_of(ok.cbegin(), ok.cend(), [](const storage::AuditEntry &e) {
            return e.target == QLatin1String("local/web") && e.action == QLatin1String("start");
        }));
        f.result = QStringLiteral("failed");
        QCOMPARE(audit.query(f).size(), 1);
    }

    void namesConvertInOnePlace() {
        for (ContainerAction a : containerActions())
            QCOMPARE(containerActionFromName(containerActionName(a)), std::optional(a));
        QCOMPARE(containerActionFromName(QStringLiteral(" Restart ")),
                 std::optional(ContainerAction::Restart));
        QVERIFY(!containerActionFromName(QStringLiteral("delete")).has_value());
        QVERIFY(!containerActionFromName(QString()).has_value());
        QCOMPARE(containerActions().size(), 4);
        QCOMPARE(containerActionFromName(QStringLiteral("update")),
                 std::optional(ContainerAction::Update));
        QCOMPARE(actionOriginName(ActionOrigin::Scheduler), QStringLiteral("scheduler"));
        QCOMPARE(actionOriginName(ActionOrigin::Panel), QStringLiteral("panel"));
    }

    void onlyWhatTheSettingsAllowWhoeverAsks() {
        test::FakeEngine engine;
        engine.handler = [](QLocalSocket *s, const QByteArray &) {
            s->write(noContent());
        };
        DockerClient client(engine.uri());
        QTemporaryDir dir;
        auto db = auditDatabase(dir);
        QVERIFY(db);
        storage::AuditLog audit(db->pool());
        ContainerController controller;
        config::Settings settings;
        config::ContainerSettings web;
        web.name = QStringLiteral("web");
        web.displayName = QStringLiteral("Web server");
        web.allowedActions = {QStringLiteral("status"), QStringLiteral("start")};
        settings.containers = {web};
        controller.configure(settings);
        controller.setClient(QStringLiteral("local"), &client);
        controller.setAuditLog([&audit] { return &audit; });

        QStringList messages;
        for (ActionOrigin origin : {ActionOrigin::Discord, ActionOrigin::Panel,
                                    ActionOrigin::Scheduler, ActionOrigin::Cli}) {
            Actor actor;
            actor.origin = origin;
            actor.overrideCooldown = true; // no way around the allowed actions
            const ContainerActionResult r =
                run(controller, QStringLiteral("web"), ContainerAction::Stop, actor);
            QCOMPARE(r.error(), ActionError::NotAllowed);
            messages.append(r.message());
        }
        QCOMPARE(messages.count(messages.first()), 4);
        QCOMPARE(messages.first(), QStringLiteral("Web server does not allow \"stop\"."));
        // Not a container of the settings, a hostile name, an endpoint without a client.
        QCOMPARE(run(controller, QStringLiteral("other"), ContainerAction::Start).error(),
                 ActionError::NotConfigured);
        QCOMPARE(run(controller, QStringLiteral("../etc"), ContainerAction::Start).error(),
                 ActionError::InvalidName);
        config::ContainerSettings remote = web;
        remote.endpoint = QStringLiteral("nas");
        settings.containers = {web, remote};
        controller.configure(settings);
        ContainerActionResult r;
        bool done = false;
        controller.perform({QStringLiteral("nas"), QStringLiteral("web")}, ContainerAction::Start,
                           Actor{}, [&](const ContainerActionResult &answer) {
                               r = answer;
                               done = true;
                           });
        QVERIFY(done); // a refusal answers at once
        QCOMPARE(r.error(), ActionError::UnknownEndpoint);
        QVERIFY(engine.requests.isEmpty());
        // Every refusal has its one audit entry, with the origin as its source.
        const QList<storage::AuditEntry> entries = audit.query(storage::AuditFilter{});
        QCOMPARE(entries.size(), 7);
        QStringList sources;
        for (const storage::AuditEntry &e : entries) {
            sources.append(e.source);
            QCOMPARE(e.result, e.target == QLatin1String("nas/web") ? QStringLiteral("failed")
                                                                    : QStringLiteral("denied"));
        }
        for (const char *source : {"discord", "panel", "scheduler", "cli"})
            QCOMPARE(sources.count(QString::fromLatin1(source)), 1);
        QCOMPARE(sources.count(QStringLiteral("service")), 3);
    }

    void updateIsForAdministratorsOnly() {
        test::FakeEngine engine;
        engine.handler = [](QLocalSocket *s, const QByteArray &) {
            s->write(test::FakeEngine::json("{\"message\":\"No such container: web\"}", 404));
        };
        DockerClient client(engine.uri());
        ContainerController controller;
        config::Settings settings;
        config::ContainerSettings web;
        web.name = QStringLiteral("web");
        web.allowedActions = {QStringLiteral("status"), QStringLiteral("update")};
        settings.containers = {web};
        controller.configure(settings);
        controller.setClient(QStringLiteral("local"), &client);
        // A Discord member, even where the settings list "update", never reaches Docker.
        Actor member;
        member.origin = ActionOrigin::Discord;
        ContainerActionResult r =
            run(controller, QStringLiteral("web"), ContainerAction::Update, member);
        QCOMPARE(r.error(), ActionError::NotAllowed);
        QVERIFY2(r.message().contains(QStringLiteral("only Mechdock administrators")),
                 qPrintable(r.message()));
        QVERIFY(engine.requests.isEmpty());
        // A confirmed Discord admin, the scheduler and the control API do; here Docker does not
        // know the container, which is the answer they get.
        Actor admin = member;
        admin.administrator = true;
        for (ActionOrigin origin :
             {ActionOrigin::Discord, ActionOrigin::Scheduler, ActionOrigin::Api}) {
            admin.origin = origin;
            r = run(controller, QStringLiteral("web"), ContainerAction::Update, admin);
            QCOMPARE(r.error(), ActionError::Failed);
            QVERIFY2(r.message().contains(QStringLiteral("No such container")),
                     qPrintable(r.message()));
        }
        QCOMPARE(engine.requests.size(), 3);
        QCOMPARE(controller.updatesRunning(), 0);
    }

    void onlyThePanelOverridesTheCooldown() {
        test::FakeEngine engine;
        bool failing = false;
        engine.handler = [&failing](QLocalSocket *s, const QByteArray &) {
            s->write(failing ? test::FakeEngine::json("{\"message\":\"boom\"}", 500) : noContent());
        };
        ManualClock clock;
        DockerClient client(engine.uri());
        QTemporaryDir dir;
        auto db = auditDatabase(dir);
        QVERIFY(db);
        storage::AuditLog audit(db->pool());
        ContainerController controller(&clock);
        controller.setClient(QStringLiteral("local"), &client);
        controller.setContainers(allowAll({QStringLiteral("web")}));
        controller.setAuditLog([&audit] { return &audit; });
        const ContainerRef web{QStringLiteral("local"), QStringLiteral("web")};

        QVERIFY(run(controller, QStringLiteral("web"), ContainerAction::Restart).ok());
        clock.advanceMs(10000);
        for (ActionOrigin origin :
             {ActionOrigin::Discord, ActionOrigin::Scheduler, ActionOrigin::Cli}) {
            Actor actor;
            actor.origin = origin;
            actor.overrideCooldown = true; // ignored: only the panel operator may
            const ContainerActionResult r =
                run(controller, QStringLiteral("web"), ContainerAction::Restart, actor);
            QCOMPARE(r.error(), ActionError::CoolingDown);
            QCOMPARE(r.allowedAt(), clock.nowUtc().addSecs(140));
        }
        Actor panel;
        panel.origin = ActionOrigin::Panel;
        panel.name = QStringLiteral("root");
        // The panel too, unless it asks.
        QCOMPARE(run(controller, QStringLiteral("web"), ContainerAction::Restart, panel).error(),
                 ActionError::CoolingDown);
        panel.overrideCooldown = true;
        QVERIFY(run(controller, QStringLiteral("web"), ContainerAction::Restart, panel).ok());
        // The override started a new cool-down for everyone else.
        QCOMPARE(controller.cooldownRemainingSec(web), 150);
        storage::AuditFilter byPanel;
        byPanel.source = QStringLiteral("panel");
        byPanel.result = QStringLiteral("ok");
        const QList<storage::AuditEntry> entries = audit.query(byPanel);
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().actor, QStringLiteral("root"));
        QVERIFY2(entries.first().detail.contains(QStringLiteral("cool-down overridden")),
                 qPrintable(entries.first().detail));

        // An override that fails gives the cool-down it replaced back.
        clock.advanceMs(30000);
        failing = true;
        QCOMPARE(run(controller, QStringLiteral("web"), ContainerAction::Stop, panel).error(),
                 ActionError::Failed);
        QCOMPARE(controller.cooldownRemainingSec(web), 120);
    }

    void batchesRunInGroupsWithAPause() {
        test::FakeEngine engine;
        int inFlight = 0;
        int peak = 0;
        QList<int> answeredAtArrival;
        int answered = 0;
        QElapsedTimer clock;
        clock.start();
        qint64 lastAnswerMs = 0;
        QList<qint64> gapAtArrival;
        engine.handler = [&](QLocalSocket *s, const QByteArray &) {
            ++inFlight;
            peak = std::max(peak, inFlight);
            answeredAtArrival.append(answered);
            gapAtArrival.append(clock.elapsed() - lastAnswerMs);
            QPointer<QLocalSocket> socket(s);
            QTimer::singleShot(30, this, [&, socket] {
                --inFlight;
                ++answered;
                lastAnswerMs = clock.elapsed();
                if (socket)
                    socket->write("HTTP/1.1 204 No Content\r\n\r\n");
            });
        };
        DockerClient client(engine.uri());
        ContainerController controller;
        ContainerController::Settings settings;
        settings.toggleCooldownSec = 0;
        controller.setSettings(settings);
        controller.setClient(QStringLiteral("local"), &client);
        QList<ContainerRef> all;
        QStringList names;
        for (int i = 0; i < 7; ++i) {
            all.append({QStringLiteral("local"), QStringLiteral("c%1").arg(i)});
            names.append(QStringLiteral("c%1").arg(i));
        }
        QList<config::ContainerSettings> configured = allowAll(names);
        config::ContainerSettings remote = configured.first();
        remote.endpoint = QStringLiteral("nowhere");
        remote.name = QStringLiteral("x");
        configured.append(remote);
        controller.setContainers(configured);
        all.append({QStringLiteral("nowhere"), QStringLiteral("x")});
        QList<QStringList> groups;
        connect(&controller, &ContainerController::batchGroupStarted, this,
                [&](quint64, int group, const QStringList &containers) {
                    QCOMPARE(group, int(groups.size()));
                    groups.append(containers);
                });
        QList<BatchItemResult> results;
        bool done = false;
        controller.performBatch(all, ContainerAction::Restart, Actor{},
                                [&](const QList<BatchItemResult> &r) {
                                    results = r;
                                    done = true;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(results.size(), 8);
        for (int i = 0; i < 7; ++i)
            QVERIFY2(results.at(i).result.ok(), qPrintable(results.at(i).result.message()));
        QCOMPARE(results.at(7).result.error(), ActionError::UnknownEndpoint);
        QCOMPARE(results.at(7).container.endpoint, QStringLiteral("nowhere"));
        QList<int> groupOf;
        for (const BatchItemResult &r : results)
            groupOf.append(r.group);
        QCOMPARE(groupOf, (QList<int>{0, 0, 0, 1, 1, 1, 2, 2}));
        QCOMPARE(groups,
                 (QList<QStringList>{{QStringLiteral("local/c0"), QStringLiteral("local/c1"),
                                      QStringLiteral("local/c2")},
                                     {QStringLiteral("local/c3"), QStringLiteral("local/c4"),
                                      QStringLiteral("local/c5")},
                                     {QStringLiteral("local/c6"), QStringLiteral("nowhere/x")}}));
        QCOMPARE(peak, 3);
        // Group n starts only after every container of group n-1 answered, and after a pause.
        QCOMPARE(answeredAtArrival, (QList<int>{0, 0, 0, 3, 3, 3, 6}));
        QVERIFY2(
            gapAtArrival.at(3) >= 95 && gapAtArrival.at(6) >= 95,
            qPrintable(QStringLiteral("%1 %2").arg(gapAtArrival.at(3)).arg(gapAtArrival.at(6))));
        QCOMPARE(controller.batchesRunning(), 0);
    }

    void atMostFiveStatsInFlight() {
        test::FakeEngine engine;
        QList<QPointer<QLocalSocket>> held;
        engine.handler = [&](QLocalSocket *s, const QByteArray &) {
            held.append(s);
        };
        DockerClient client(engine.uri());
        ContainerController controller;
        controller.setClient(QStringLiteral("local"), &client);
        int finished = 0;
        for (int i = 0; i < 12; ++i)
            controller.stats({QStringLiteral("local"), QStringLiteral("c%1").arg(i)},
                             [&](const StatsSample &s, const QString &error) {
                                 QVERIFY2(error.isEmpty(), qPrintable(error));
                                 QCOMPARE(s.memoryBytes, qint64(1000));
                                 ++finished;
                             });
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 5, 20000);
        // All twelve are accounted for: five sent, seven held back in the controller's queue,
        // so no sixth can be on its way to the engine.
        QCOMPARE(controller.statsInFlight(), 5);
        QCOMPARE(controller.statsQueued(), 7);
        QCOMPARE(held.size(), 5);
        const QByteArray body =
            "{\"memory_stats\":{\"usage\":1500,\"limit\":9000,\"stats\":{\"inactive_file\":500}}}";
        auto answerOne = [&] {
            for (QPointer<QLocalSocket> &s : held) {
                if (s) {
                    s->write(test::FakeEngine::json(body));
                    s = nullptr;
                    return;
                }
            }
        };
        answerOne();
        QTRY_COMPARE_WITH_TIMEOUT(held.size(), 6, 20000);
        QCOMPARE(finished, 1);
        const auto anyHeld = [&] {
            return std::any_of(held.begin(), held.end(),
                               [](const QPointer<QLocalSocket> &s) { return !s.isNull(); });
        };
        for (int expected = finished + 1; expected <= 12; ++expected) {
            // A request freed by the previous answer may still be on its way to the engine.
            QTRY_VERIFY_WITH_TIMEOUT(anyHeld(), 20000);
            answerOne();
            QTRY_COMPARE_WITH_TIMEOUT(finished, expected, 20000);
            QVERIFY(controller.statsInFlight() <= 5);
        }
        QCOMPARE(controller.statsPeak(), 5);
        QCOMPARE(controller.statsInFlight(), 0);
    }

    void statsLimitIsPerEndpoint() {
        // Two daemons that hold every request: each gets its own five, so a slow host does not
        // hold up the stats of the other.
        test::FakeEngine first;
        test::FakeEngine second;
        int heldFirst = 0;
        int heldSecond = 0;
        first.handler = [&](QLocalSocket *, const QByteArray &) {
            ++heldFirst;
        };
        second.handler = [&](QLocalSocket *, const QByteArray &) {
            ++heldSecond;
        };
        DockerClient a(first.uri());
        DockerClient b(second.uri());
        ContainerController controller;
        controller.setClient(QStringLiteral("a"), &a);
        controller.setClient(QStringLiteral("b"), &b);
        for (int i = 0; i < 8; ++i) {
            for (const QString &endpoint : {QStringLiteral("a"), QStringLiteral("b")})
                controller.stats({endpoint, QStringLiteral("c%1").arg(i)},
                                 [](const StatsSample &, const QString &) {});
        }
        QTRY_COMPARE_WITH_TIMEOUT(heldFirst, 5, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(heldSecond, 5, 20000);
        QCOMPARE(controller.statsInFlight(), 10);
        QCOMPARE(controller.statsQueued(), 6);
        QCOMPARE(controller.statsPeak(), 5);
        // An endpoint the controller has no client for answers at once, without a lane left.
        QString error;
        controller.stats({QStringLiteral("gone"), QStringLiteral("x")},
                         [&](const StatsSample &, const QString &e) { error = e; });
        QVERIFY(error.contains(QStringLiteral("gone")));
        QCOMPARE(controller.statsQueued(), 6);
    }
};

QTEST_GUILESS_MAIN(TestDockerController)
#include "tst_docker_controller.moc"
