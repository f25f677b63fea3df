// Container control against a fake engine: the toggle cool-down on a manual clock with the
// seconds left in the refusal, batches in groups of three with a pause between groups, at most
// five stats requests in flight, metrics and audit entries for every operation; and the
// per-container configuration store in SQLite (validation, order, mergeDeclared).
#include "common/clock.h"
#include "docker/containerconfigstore.h"
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
ActionOutcome run(ContainerController &c, const QString &name, ContainerAction action) {
    ActionOutcome out;
    bool done = false;
    c.perform({QStringLiteral("local"), name}, action, ActionOrigin{}, [&](const ActionOutcome &o) {
        out = o;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        out.message = QStringLiteral("no answer");
    return out;
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
        controller.setMetrics(&metrics);
        controller.setAuditLog(&audit);

        QVERIFY(run(controller, QStringLiteral("web"), ContainerAction::Start).ok);
        ActionOutcome o = run(controller, QStringLiteral("web"), ContainerAction::Stop);
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QStringLiteral("try again in 150 s")), qPrintable(o.message));
        clock.advanceMs(100000);
        QCOMPARE(controller.cooldownRemainingSec({QStringLiteral("local"), QStringLiteral("web")}),
                 50);
        o = run(controller, QStringLiteral("web"), ContainerAction::Restart);
        QVERIFY2(o.message.contains(QStringLiteral("100 s ago")) &&
                     o.message.contains(QStringLiteral("try again in 50 s")),
                 qPrintable(o.message));
        // Another container is not affected; a failed action starts no cool-down.
        QVERIFY(run(controller, QStringLiteral("db"), ContainerAction::Stop).ok);
        QVERIFY(!run(controller, QStringLiteral("ghost"), ContainerAction::Start).ok);
        QCOMPARE(
            controller.cooldownRemainingSec({QStringLiteral("local"), QStringLiteral("ghost")}), 0);
        clock.advanceMs(50000);
        QVERIFY(run(controller, QStringLiteral("web"), ContainerAction::Stop).ok);
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
        for (int i = 0; i < 7; ++i)
            all.append({QStringLiteral("local"), QStringLiteral("c%1").arg(i)});
        all.append({QStringLiteral("nowhere"), QStringLiteral("x")});
        QList<BatchItemResult> results;
        bool done = false;
        controller.performBatch(all, ContainerAction::Restart, ActionOrigin{},
                                [&](const QList<BatchItemResult> &r) {
                                    results = r;
                                    done = true;
                                });
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        QCOMPARE(results.size(), 8);
        for (int i = 0; i < 7; ++i)
            QVERIFY2(results.at(i).outcome.ok, qPrintable(results.at(i).outcome.message));
        QVERIFY(!results.at(7).outcome.ok);
        QCOMPARE(results.at(7).container.endpoint, QStringLiteral("nowhere"));
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

    void configStoreValidatesOrdersAndMerges() {
        QTemporaryDir dir;
        QString error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("m.db")),
                                          {ContainerConfigStore::migrations()}, &error);
        QVERIFY2(db, qPrintable(error));
        ManualClock clock;
        ContainerConfigStore store(db->pool(), &clock);

        ContainerConfig bad;
        bad.name = QStringLiteral("web");
        bad.allowedActions = {QStringLiteral("status"), QStringLiteral("delete")};
        StoreResult r = store.save(bad);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("\"delete\" is not an action")),
                 qPrintable(r.error));
        bad.allowedActions = {QStringLiteral("status")};
        bad.infoText = QString(251, QLatin1Char('i'));
        r = store.save(bad);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("251")), qPrintable(r.error));
        bad.infoText.clear();
        bad.name = QStringLiteral("../etc");
        QVERIFY(!store.save(bad).ok);

        ContainerConfig panel;
        panel.name = QStringLiteral("panel-only");
        panel.displayName = QStringLiteral("Zeta");
        panel.order = 2;
        QVERIFY(store.save(panel).ok);
        ContainerConfig web;
        web.name = QStringLiteral("web");
        web.displayName = QStringLiteral("Website");
        web.allowedActions = {QStringLiteral("status"), QStringLiteral("restart")};
        web.order = 1;
        web.infoText = QStringLiteral("the shop");
        r = store.save(web);
        QVERIFY(r.ok && r.inserted == 1);

        QList<ContainerConfig> list = store.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).name, QStringLiteral("web"));
        QCOMPARE(list.at(0).allowedActions,
                 (QStringList{QStringLiteral("status"), QStringLiteral("restart")}));
        QCOMPARE(list.at(0).infoText, QStringLiteral("the shop"));
        QCOMPARE(list.at(1).name, QStringLiteral("panel-only"));

        // The file declares web (changing only its allowed actions) and a new container.
        ContainerConfig fileWeb;
        fileWeb.name = QStringLiteral("web");
        fileWeb.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                                  QStringLiteral("stop")};
        fileWeb.declaredFields = ContainerConfig::AllowedActions;
        ContainerConfig fileDb;
        fileDb.endpoint = QStringLiteral("remote");
        fileDb.name = QStringLiteral("db");
        fileDb.order = 0;
        fileDb.active = false;
        r = store.mergeDeclared({fileWeb, fileDb});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.inserted, 1);
        QCOMPARE(r.updated, 1);
        list = store.list();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).name, QStringLiteral("db"));
        QVERIFY(!list.at(0).active);
        QVERIFY(list.at(0).declared);
        const auto stored = store.find(QStringLiteral("local"), QStringLiteral("web"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->allowedActions.size(), 3);
        QCOMPARE(stored->displayName, QStringLiteral("Website")); // not set by the file: kept
        QCOMPARE(stored->infoText, QStringLiteral("the shop"));
        QVERIFY(store.find(QStringLiteral("local"), QStringLiteral("panel-only")).has_value());

        // One invalid entry leaves everything as it was.
        ContainerConfig broken = fileDb;
        broken.name = QStringLiteral("bad name");
        fileDb.active = true;
        r = store.mergeDeclared({fileDb, broken});
        QVERIFY(!r.ok);
        QVERIFY(!store.find(QStringLiteral("remote"), QStringLiteral("db"))->active);

        QVERIFY(store.remove(QStringLiteral("local"), QStringLiteral("panel-only")).ok);
        r = store.remove(QStringLiteral("local"), QStringLiteral("panel-only"));
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("no container")));
        QCOMPARE(store.list().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestDockerController)
#include "tst_docker_controller.moc"
