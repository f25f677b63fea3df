// Mechdock's Docker layer against a real `podman system service` on a private socket: the
// negotiated version and engine, list, inspect, start/stop/restart (204 and 304), stats (Podman
// sends one reading per one-shot answer: the client takes a second one), logs (multiplexed
// without a TTY, raw with one), and events feeding the status cache, with the `kill` the event
// stream adds for a stop Podman reports only as a `die`. Each answer is checked against the
// podman CLI on the same storage.
#include "config/settings.h"
#include "docker/containercontroller.h"
#include "docker/containerstatuscache.h"
#include "docker/dockerclient.h"
#include "docker/dockereventstream.h"
#include "memory/cacheregistry.h"
#include "podmanservice.h"
#include "testpaths.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QThread>
#include <QVersionNumber>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::docker;

class TestDockerPodman : public QObject {
    Q_OBJECT

    test::PodmanService podman;
    std::unique_ptr<DockerClient> client;

    DockerEndpoint endpoint() const {
        EndpointConfig config;
        config.uri = podman.uri();
        return DockerEndpoint::resolve(config, {});
    }

    ActionOutcome act(const QString &verb, const QString &name) {
        ActionOutcome result;
        result.message = QStringLiteral("no answer within 60 s");
        bool done = false;
        auto cb = [&](const ActionOutcome &o) {
            result = o;
            done = true;
        };
        if (verb == QLatin1String("start"))
            client->start(name, cb);
        else if (verb == QLatin1String("stop"))
            client->stop(name, 0, cb);
        else
            client->restart(name, 0, cb);
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("no answer within 60 s");
        return result;
    }

    QString logsOf(const QString &name, bool tty) {
        QString text;
        bool done = false;
        client->logs(name, 100, tty, [&](const QString &t, const QString &error) {
            text = error.isEmpty() ? t : QStringLiteral("error: ") + error;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("no answer within 60 s");
        return text;
    }

    DockerReply raw(const QString &path) {
        DockerReply out;
        bool done = false;
        client->request("GET", path, {}, [&](const DockerReply &r) {
            out = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 60000))
            qWarning("no answer within 60 s");
        return out;
    }

private slots:
    void initTestCase() {
        const QString why = podman.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real podman service: ") + why));
            QSKIP(qPrintable(why));
        }
        QVERIFY(podman.createContainer(QStringLiteral("web"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QVERIFY(podman.createContainer(
            QStringLiteral("talker"),
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("for i in 1 2 3; do echo out$i; echo err$i >&2; done; sleep 3600")}));
        QVERIFY(podman.createContainer(QStringLiteral("tty"),
                                       {QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("echo hello-tty; sleep 3600")},
                                       true));
        QVERIFY(podman.createContainer(
            QStringLiteral("busy"),
            {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("while :; do :; done")}));
        client = std::make_unique<DockerClient>(endpoint());
        bool ok = false;
        bool done = false;
        client->negotiate([&](bool good, const QString &error) {
            QVERIFY2(good, qPrintable(error));
            ok = good;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(ok);
        QCOMPARE(client->engineKind(), EngineKind::Podman);
        // Podman names a Docker API version of its own (1.41 for Podman 4); never above ours.
        const QVersionNumber negotiated = QVersionNumber::fromString(client->apiVersion());
        QVERIFY2(!negotiated.isNull(), qPrintable(client->apiVersion()));
        QVERIFY(negotiated <=
                QVersionNumber::fromString(QString::fromLatin1(DockerClient::kApiVersion)));
    }

    void listMatchesTheCli() {
        QList<ContainerInfo> list;
        bool done = false;
        client->listContainers([&](const QList<ContainerInfo> &l, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            list = l;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QByteArray out;
        QCOMPARE(
            podman.podman({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
                           QStringLiteral("{{.Names}} {{.State}}")},
                          &out),
            0);
        // The podman CLI capitalises the state ("Exited"); the API answers it as Docker does.
        QStringList cli =
            QString::fromUtf8(out).toLower().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList ours;
        for (const ContainerInfo &c : std::as_const(list)) {
            ours.append(c.name + QLatin1Char(' ') + c.state);
            // Podman names a locally made image with its "localhost/" registry.
            QCOMPARE(c.image, QStringLiteral("localhost/mini:latest"));
            QVERIFY(!c.id.isEmpty() && c.createdEpochSec > 0);
        }
        cli.sort();
        ours.sort();
        QCOMPARE(ours, cli);
        QCOMPARE(list.size(), 4);
    }

    void startStopRestartAnd304() {
        ActionOutcome o = act(QStringLiteral("start"), QStringLiteral("web"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QCOMPARE(podman.containerState(QStringLiteral("web")), QStringLiteral("running"));
        o = act(QStringLiteral("start"), QStringLiteral("web"));
        QVERIFY2(o.ok && !o.changed, qPrintable(o.message));
        QCOMPARE(o.message, QStringLiteral("already running"));
        o = act(QStringLiteral("restart"), QStringLiteral("web"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QCOMPARE(podman.containerState(QStringLiteral("web")), QStringLiteral("running"));
        o = act(QStringLiteral("stop"), QStringLiteral("web"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QCOMPARE(podman.containerState(QStringLiteral("web")), QStringLiteral("exited"));
        o = act(QStringLiteral("stop"), QStringLiteral("web"));
        QVERIFY2(o.ok && !o.changed, qPrintable(o.message));
        QCOMPARE(o.message, QStringLiteral("already stopped"));
        o = act(QStringLiteral("start"), QStringLiteral("ghost"));
        QVERIFY(!o.ok);
        QVERIFY2(o.message.contains(QStringLiteral("no container with name or ID")),
                 qPrintable(o.message));
    }

    void inspectAndStats() {
        QVERIFY(act(QStringLiteral("start"), QStringLiteral("web")).ok);
        QVERIFY(act(QStringLiteral("start"), QStringLiteral("busy")).ok);
        QJsonObject info;
        bool done = false;
        client->inspect(QStringLiteral("web"), [&](const QJsonObject &o, const QString &error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            info = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        const QJsonObject state = info.value(QStringLiteral("State")).toObject();
        QVERIFY(state.value(QStringLiteral("Running")).toBool());
        QCOMPARE(state.value(QStringLiteral("Status")).toString(), QStringLiteral("running"));
        QCOMPARE(info.value(QStringLiteral("Name")).toString(), QStringLiteral("/web"));

        // Podman's one-shot answer carries one reading only: no previous CPU reading.
        const DockerReply one = raw(QStringLiteral("/containers/busy/stats?stream=false"));
        QCOMPARE(one.status, 200);
        QVERIFY(!DockerClient::hasPreviousReading(QJsonDocument::fromJson(one.body).object()));

        auto sample = [&](const QString &name) {
            StatsSample s;
            bool got = false;
            client->stats(name, [&](const StatsSample &st, const QString &error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                s = st;
                got = true;
            });
            if (!QTest::qWaitFor([&] { return got; }, 60000))
                qWarning("no stats within 60 s");
            return s;
        };
        const StatsSample idle = sample(QStringLiteral("web"));
        QVERIFY2(idle.cpuPercent >= 0 && idle.cpuPercent < 50,
                 qPrintable(QString::number(idle.cpuPercent)));
        QVERIFY(idle.memoryBytes > 0);
        QVERIFY(idle.memoryLimitBytes >= idle.memoryBytes);
        // A busy loop uses a real share of a core over the last second; a lifetime average
        // against the host's uptime (what the single reading would give) is near zero.
        const int cores = std::max(1, QThread::idealThreadCount());
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const StatsSample busy = sample(QStringLiteral("busy"));
                                     return busy.cpuPercent > 5 &&
                                            busy.cpuPercent <= 100.0 * cores + 5;
                                 }()),
                                 60000);
        QVERIFY(act(QStringLiteral("stop"), QStringLiteral("busy")).ok);
    }

    void logsMultiplexedAndRaw() {
        QVERIFY(act(QStringLiteral("start"), QStringLiteral("talker")).ok);
        QVERIFY(act(QStringLiteral("start"), QStringLiteral("tty")).ok);
        // Without a TTY Podman frames stdout and stderr like Docker; with one it sends raw text.
        QTRY_VERIFY_WITH_TIMEOUT(
            raw(QStringLiteral("/containers/talker/logs?stdout=1&stderr=1&tail=10"))
                .body.startsWith('\x01'),
            20000);
        QTRY_VERIFY_WITH_TIMEOUT(
            raw(QStringLiteral("/containers/tty/logs?stdout=1&stderr=1&tail=10"))
                .body.startsWith("hello-tty"),
            20000);
        QString text;
        QTRY_VERIFY_WITH_TIMEOUT(
            (text = logsOf(QStringLiteral("talker"), false)).contains(QStringLiteral("err3")),
            20000);
        for (const char *needle : {"out1", "out2", "out3", "err1", "err2", "err3"})
            QVERIFY2(text.contains(QLatin1String(needle)), qPrintable(text));
        QVERIFY(!text.contains(QChar(0x01)) && !text.contains(QChar(0x02)));
        QString tty;
        QTRY_VERIFY_WITH_TIMEOUT(
            (tty = logsOf(QStringLiteral("tty"), true)).contains(QStringLiteral("hello-tty")),
            20000);
        QVERIFY(!tty.startsWith(QStringLiteral("error")));
    }

    void eventsUpdateTheCache() {
        memory::CacheRegistry registry;
        ContainerStatusCache cache(nullptr, &registry);
        ContainerStatusCache::Settings s;
        s.refreshMs = 600000; // only an event can explain a change within this test
        cache.setSettings(s);
        cache.addEndpoint(endpoint());
        QSignalSpy refreshed(&cache, &ContainerStatusCache::refreshed);
        QList<ContainerEvent> events;
        connect(&cache, &ContainerStatusCache::eventReceived, this,
                [&](const ContainerEvent &e) { events.append(e); });
        cache.start();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.size() == 1 &&
                                     cache.endpointStatus(QStringLiteral("local")).eventsConnected,
                                 30000);
        for (const QString &n : {QStringLiteral("web"), QStringLiteral("busy")})
            QCOMPARE(cache.status(QStringLiteral("local"), n).state, podman.containerState(n));
        QCOMPARE(cache.status(QStringLiteral("local"), QStringLiteral("busy")).state,
                 QStringLiteral("exited"));

        // Changes made outside Mechdock (the podman CLI) reach the cache through events alone.
        QCOMPARE(podman.podman({QStringLiteral("start"), QStringLiteral("busy")}), 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("busy")).running(), 20000);
        QCOMPARE(podman.podman({QStringLiteral("stop"), QStringLiteral("-t"), QStringLiteral("0"),
                                QStringLiteral("busy")}),
                 0);
        QTRY_COMPARE_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("busy")).state,
            QStringLiteral("exited"), 20000);
        const ContainerStatus stopped =
            cache.status(QStringLiteral("local"), QStringLiteral("busy"));
        QVERIFY2(stopped.statusText.contains(QStringLiteral("137")) ||
                     stopped.statusText.contains(QStringLiteral("143")),
                 qPrintable(stopped.statusText));
        QCOMPARE(refreshed.size(), 1); // no poll happened: the events did it

        // A stop through the controller: Podman sends only `die`, the stream adds the `kill`
        // first, so whoever reads the events knows the die was asked for.
        ContainerController controller;
        controller.setClient(QStringLiteral("local"), cache.client(QStringLiteral("local")));
        config::ContainerSettings web;
        web.name = QStringLiteral("web");
        web.allowedActions = {QStringLiteral("start"), QStringLiteral("stop"),
                              QStringLiteral("restart")};
        controller.setContainers({web});
        ContainerController::Settings cs;
        cs.toggleCooldownSec = 0;
        cs.stopTimeoutSec = 0;
        controller.setSettings(cs);
        events.clear();
        bool done = false;
        controller.perform({QStringLiteral("local"), QStringLiteral("web")}, ContainerAction::Stop,
                           Actor{}, [&](const ContainerActionResult &r) {
                               QVERIFY2(r.ok(), qPrintable(r.message()));
                               done = true;
                           });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("web")).state,
            QStringLiteral("exited"), 20000);
        QStringList seen;
        for (const ContainerEvent &e : std::as_const(events)) {
            if (e.name == QLatin1String("web"))
                seen.append(e.action +
                            (e.detail.isEmpty() ? QString() : QLatin1Char(':') + e.detail));
        }
        const qsizetype kill = seen.indexOf(QStringLiteral("kill:requested"));
        const qsizetype die = seen.indexOf(QRegularExpression(QStringLiteral("^die")));
        QVERIFY2(kill >= 0 && die > kill, qPrintable(seen.join(QLatin1Char(' '))));
        // Podman itself sends a `stop` only now and then: whether it does is not ours to check.

        // A restart through the controller ends running, whatever order Podman reports it in
        // (it sends `restart` first, then die and start).
        done = false;
        controller.perform({QStringLiteral("local"), QStringLiteral("web")}, ContainerAction::Start,
                           Actor{}, [&](const ContainerActionResult &) { done = true; });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(
            cache.status(QStringLiteral("local"), QStringLiteral("web")).running(), 20000);
        events.clear();
        done = false;
        controller.perform({QStringLiteral("local"), QStringLiteral("web")},
                           ContainerAction::Restart, Actor{}, [&](const ContainerActionResult &r) {
                               QVERIFY2(r.ok(), qPrintable(r.message()));
                               done = true;
                           });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        auto restartSeen = [&] {
            QStringList out;
            for (const ContainerEvent &e : std::as_const(events)) {
                if (e.name == QLatin1String("web"))
                    out.append(e.action);
            }
            return out;
        };
        QTRY_VERIFY_WITH_TIMEOUT(restartSeen().contains(QStringLiteral("die")) &&
                                     restartSeen().contains(QStringLiteral("start")),
                                 20000);
        QVERIFY2(restartSeen().contains(QStringLiteral("restart")),
                 qPrintable(restartSeen().join(QLatin1Char(' '))));
        QVERIFY(cache.status(QStringLiteral("local"), QStringLiteral("web")).running());
        QCOMPARE(podman.containerState(QStringLiteral("web")), QStringLiteral("running"));
        QCOMPARE(refreshed.size(), 1);
        cache.stop();
    }

    void cleanupTestCase() {
        client.reset();
        podman.stop();
    }
};

QTEST_GUILESS_MAIN(TestDockerPodman)
#include "tst_docker_podman.moc"
