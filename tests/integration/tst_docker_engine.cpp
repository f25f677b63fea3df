// The Docker client against a real dockerd on a private socket: list, inspect, start, stop,
// restart (204 and 304), one-shot stats, logs (multiplexed and TTY), unknown containers, and a
// daemon that goes away and comes back. Each answer is checked against the docker CLI.
#include "docker/dockerclient.h"
#include "dockerdaemon.h"
#include "testpaths.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::docker;

namespace {
// Runs an asynchronous client call to completion on this thread's event loop.
template <typename Call>
void wait(Call call) {
    bool done = false;
    call([&done] { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
}
} // namespace

class TestDockerEngine : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    std::unique_ptr<DockerClient> client;

    ActionOutcome act(const QString &verb, const QString &name) {
        ActionOutcome result;
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
            result.message = QStringLiteral("no answer within 60 s");
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
        QVERIFY(daemon.createContainer(QStringLiteral("web"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QVERIFY(daemon.createContainer(
            QStringLiteral("talker"),
            {QStringLiteral("sh"), QStringLiteral("-c"),
             QStringLiteral("for i in 1 2 3; do echo out$i; echo err$i >&2; done; sleep 3600")}));
        QVERIFY(daemon.createContainer(QStringLiteral("tty"),
                                       {QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("echo hello-tty; sleep 3600")},
                                       true));
        client = std::make_unique<DockerClient>(daemon.uri());
        bool ok = false;
        wait([&](auto done) {
            client->negotiate([&, done](bool good, const QString &) {
                ok = good;
                done();
            });
        });
        QVERIFY(ok);
        QByteArray api;
        daemon.docker({QStringLiteral("version"), QStringLiteral("--format"),
                       QStringLiteral("{{.Server.APIVersion}}")},
                      &api);
        QCOMPARE(client->apiVersion(),
                 DockerClient::compareApiVersions(QString::fromUtf8(api).trimmed(),
                                                  QString::fromLatin1(DockerClient::kApiVersion)));
    }

    void listMatchesTheCli() {
        QList<ContainerInfo> list;
        wait([&](auto done) {
            client->listContainers([&, done](const QList<ContainerInfo> &l, const QString &error) {
                QVERIFY2(error.isEmpty(), qPrintable(error));
                list = l;
                done();
            });
        });
        QByteArray out;
        daemon.docker({QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--format"),
                       QStringLiteral("{{.Names}} {{.State}}")},
                      &out);
        QStringList cli = QString::fromUtf8(out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList ours;
        for (const ContainerInfo &c : list)
            ours.append(c.name + QLatin1Char(' ') + c.state);
        cli.sort();
        ours.sort();
        QCOMPARE(ours, cli);
        QCOMPARE(list.size(), 3);
    }

    void startStopRestartAnd304() {
        ActionOutcome o = act(QStringLiteral("start"), QStringLiteral("web"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("running"));
        o = act(QStringLiteral("start"), QStringLiteral("web"));
        QVERIFY(o.ok);
        QVERIFY(!o.changed);
        QCOMPARE(o.message, QStringLiteral("already running"));
        o = act(QStringLiteral("restart"), QStringLiteral("web"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("running"));
        o = act(QStringLiteral("stop"), QStringLiteral("web"));
        QVERIFY2(o.ok && o.changed, qPrintable(o.message));
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("exited"));
        o = act(QStringLiteral("stop"), QStringLiteral("web"));
        QVERIFY(o.ok && !o.changed);
        QCOMPARE(o.message, QStringLiteral("already stopped"));
    }

    void unknownAndHostileNames() {
        for (const QString &name : {QStringLiteral("ghost"), QStringLiteral("../../etc/passwd"),
                                    QStringLiteral("a b?c=d")}) {
            const ActionOutcome o = act(QStringLiteral("start"), name);
            QVERIFY(!o.ok);
            QVERIFY2(
                o.message.contains(QStringLiteral("No such container"), Qt::CaseInsensitive) ||
                    o.message.contains(QStringLiteral("no such container"), Qt::CaseInsensitive) ||
                    o.message.contains(QStringLiteral("not found"), Qt::CaseInsensitive) ||
                    o.message.contains(QStringLiteral("not a valid container name")),
                qPrintable(o.message));
        }
    }

    void inspectAndStats() {
        QVERIFY(act(QStringLiteral("start"), QStringLiteral("web")).ok);
        QJsonObject info;
        wait([&](auto done) {
            client->inspect(QStringLiteral("web"),
                            [&, done](const QJsonObject &o, const QString &) {
                                info = o;
                                done();
                            });
        });
        QVERIFY(info.value(QStringLiteral("State"))
                    .toObject()
                    .value(QStringLiteral("Running"))
                    .toBool());
        QCOMPARE(info.value(QStringLiteral("Name")).toString(), QStringLiteral("/web"));
        StatsSample stats;
        wait([&](auto done) {
            client->stats(QStringLiteral("web"),
                          [&, done](const StatsSample &s, const QString &error) {
                              QVERIFY2(error.isEmpty(), qPrintable(error));
                              stats = s;
                              done();
                          });
        });
        QVERIFY(stats.cpuPercent >= 0);
        QVERIFY(stats.memoryBytes > 0);
        QVERIFY(stats.memoryLimitBytes >= stats.memoryBytes);
    }

    void logsAreDemultiplexed() {
        QVERIFY(act(QStringLiteral("start"), QStringLiteral("talker")).ok);
        QVERIFY(act(QStringLiteral("start"), QStringLiteral("tty")).ok);
        QString text;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     wait([&](auto done) {
                                         client->logs(QStringLiteral("talker"), 100, false,
                                                      [&, done](const QString &t, const QString &) {
                                                          text = t;
                                                          done();
                                                      });
                                     });
                                     return text.contains(QStringLiteral("err3"));
                                 }()),
                                 20000);
        for (const char *needle : {"out1", "out2", "out3", "err1", "err2", "err3"})
            QVERIFY2(text.contains(QLatin1String(needle)), qPrintable(text));
        QVERIFY(!text.contains(QChar(0x01))); // no frame headers left in the text
        QString tty;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     wait([&](auto done) {
                                         client->logs(QStringLiteral("tty"), 10, true,
                                                      [&, done](const QString &t, const QString &) {
                                                          tty = t;
                                                          done();
                                                      });
                                     });
                                     return tty.contains(QStringLiteral("hello-tty"));
                                 }()),
                                 20000);
    }

    void daemonGoesAwayAndComesBack() {
        // Without kept connections, so the next request has to find the socket file.
        client->setPoolLimits(0, 0);
        const QString socket = daemon.socketPath();
        QFile::rename(socket, socket + QStringLiteral(".away"));
        bool ok = true;
        QString error;
        wait([&](auto done) {
            client->ping([&, done](bool good, const QString &why) {
                ok = good;
                error = why;
                done();
            });
        });
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("no such file")), qPrintable(error));
        QFile::rename(socket + QStringLiteral(".away"), socket);
        wait([&](auto done) {
            client->ping([&, done](bool good, const QString &) {
                ok = good;
                done();
            });
        });
        QVERIFY(ok);
    }

    void cleanupTestCase() {
        client.reset();
        daemon.stop();
    }
};

QTEST_GUILESS_MAIN(TestDockerEngine)
#include "tst_docker_engine.moc"
