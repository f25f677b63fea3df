// Container updates against a real dockerd and a real registry on 127.0.0.1: versions of a
// busybox image are pushed, a container with a full configuration (command, environment, a
// bind and a named volume, a published port, a restart policy, a user network with an alias,
// labels, a memory limit and CPU shares) is updated and every field is checked against the
// docker CLI; an unchanged image is "already up to date"; broken versions (a failing health
// check, a command that exits at once) roll back to the old container; a daemon that goes away
// in the middle leaves the old container in place.
#include "config/settings.h"
#include "docker/containercontroller.h"
#include "docker/containerupdater.h"
#include "docker/dockerclient.h"
#include "dockerdaemon.h"
#include "localregistry.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::docker;

class TestDockerUpdate : public QObject {
    Q_OBJECT

    test::LocalRegistry registry;
    test::DockerDaemon daemon;
    std::unique_ptr<DockerClient> client;
    QTemporaryDir work;
    quint16 hostPort = 0;

    QString image() const { return registry.host() + QStringLiteral("/app:latest"); }

    QJsonObject inspect(const QString &what, const QString &name) const {
        QByteArray out;
        if (daemon.docker({what, QStringLiteral("inspect"), name}, &out) != 0)
            return {};
        return QJsonDocument::fromJson(out).array().at(0).toObject();
    }

    QString imageIdOf(const QString &reference) const {
        return inspect(QStringLiteral("image"), reference).value(QStringLiteral("Id")).toString();
    }

    // Builds `dockerfile` on the test image, pushes it as app:latest and forgets the tag here,
    // so that only a pull from the registry brings it back. Returns the image id.
    QString pushVersion(const QString &version, const QString &dockerfile) {
        const QString dir = work.filePath(version);
        QDir().mkpath(dir);
        QFile f(dir + QStringLiteral("/Dockerfile"));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write((QStringLiteral("FROM mini:latest\nLABEL version=") + version + QLatin1Char('\n') +
                 dockerfile)
                    .toUtf8());
        f.close();
        QByteArray out;
        if (daemon.docker(
                {QStringLiteral("build"), QStringLiteral("-q"), QStringLiteral("-t"), image(), dir},
                &out, 120000) != 0)
            return {};
        const QString id = imageIdOf(image());
        if (daemon.docker({QStringLiteral("push"), image()}, nullptr, 120000) != 0)
            return {};
        if (daemon.docker({QStringLiteral("image"), QStringLiteral("rm"), image()}) != 0)
            return {};
        return id;
    }

    ContainerUpdateResult update(const QString &name, ContainerUpdateOptions options = {}) {
        options.healthTimeoutMs = 60000;
        options.settleMs = 2000;
        options.pollIntervalMs = 200;
        options.stopTimeoutSec = 1;
        ContainerUpdateResult result;
        bool done = false;
        QElapsedTimer took;
        took.start();
        auto *updater = new ContainerUpdater(client.get(), name, options, this);
        updater->run([&](const ContainerUpdateResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 180000))
            result.message = QStringLiteral("no result within 180 s");
        // For the record of how long an update takes on this machine, not an assertion.
        qInfo("update of %s: %lld ms: %s", qPrintable(name), took.elapsed(),
              qPrintable(result.message));
        return result;
    }

    QStringList containers() const { return daemon.containerNames(); }

private slots:
    void initTestCase() {
        QString why = registry.start();
        if (why.isEmpty()) {
            daemon.setExtraArgs({registry.insecureRegistryArg()});
            why = daemon.start();
        }
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs dockerd and docker-registry: ") + why));
            QSKIP(qPrintable(why));
        }
        // The classic builder: BuildKit is not part of Debian's docker.io.
        qputenv("DOCKER_BUILDKIT", "0");
        QVERIFY(work.isValid());
        client = std::make_unique<DockerClient>(daemon.uri());
        client->setTimeoutMs(60000);
        bool negotiated = false;
        client->negotiate([&](bool ok, const QString &) { negotiated = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(negotiated, 30000);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        hostPort = probe.serverPort();
    }

    void updateKeepsConfiguration() {
        const QString v1 =
            pushVersion(QStringLiteral("1"),
                        QStringLiteral("ENV FROM_IMAGE=1\nCMD [\"/bin/sleep\", \"3600\"]\n"
                                       "HEALTHCHECK --interval=1s --timeout=2s --retries=2 "
                                       "CMD [\"/bin/sh\", \"-c\", \"exit 0\"]\n"));
        QVERIFY(!v1.isEmpty());
        QCOMPARE(daemon.docker({QStringLiteral("network"), QStringLiteral("create"),
                                QStringLiteral("appnet")}),
                 0);
        QCOMPARE(daemon.docker({QStringLiteral("network"), QStringLiteral("create"),
                                QStringLiteral("backnet")}),
                 0);
        QCOMPARE(daemon.docker({QStringLiteral("volume"), QStringLiteral("create"),
                                QStringLiteral("appdata")}),
                 0);
        const QString bind = work.filePath(QStringLiteral("bind"));
        QVERIFY(QDir().mkpath(bind));
        QFile marker(bind + QStringLiteral("/marker"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("from-the-host");
        marker.close();
        QCOMPARE(daemon.docker({QStringLiteral("run"),
                                QStringLiteral("-d"),
                                QStringLiteral("--name"),
                                QStringLiteral("app"),
                                QStringLiteral("--network"),
                                QStringLiteral("appnet"),
                                QStringLiteral("--network-alias"),
                                QStringLiteral("web"),
                                QStringLiteral("-p"),
                                QStringLiteral("127.0.0.1:%1:80").arg(hostPort),
                                QStringLiteral("-e"),
                                QStringLiteral("FOO=bar"),
                                QStringLiteral("-v"),
                                bind + QStringLiteral(":/host:ro"),
                                QStringLiteral("-v"),
                                QStringLiteral("appdata:/data"),
                                QStringLiteral("--restart"),
                                QStringLiteral("unless-stopped"),
                                QStringLiteral("--label"),
                                QStringLiteral("team=ops"),
                                QStringLiteral("--memory"),
                                QStringLiteral("64m"),
                                QStringLiteral("--cpu-shares"),
                                QStringLiteral("512"),
                                image(),
                                QStringLiteral("/bin/sleep"),
                                QStringLiteral("1000")}),
                 0);
        QCOMPARE(daemon.docker({QStringLiteral("network"), QStringLiteral("connect"),
                                QStringLiteral("--alias"), QStringLiteral("api"),
                                QStringLiteral("backnet"), QStringLiteral("app")}),
                 0);
        QCOMPARE(daemon.docker({QStringLiteral("exec"), QStringLiteral("app"), QStringLiteral("sh"),
                                QStringLiteral("-c"), QStringLiteral("echo kept > /data/state")}),
                 0);
        const QString oldContainer = inspect(QStringLiteral("container"), QStringLiteral("app"))
                                         .value(QStringLiteral("Id"))
                                         .toString();

        const QString v2 =
            pushVersion(QStringLiteral("2"),
                        QStringLiteral("ENV FROM_IMAGE=2\nCMD [\"/bin/sleep\", \"3600\"]\n"
                                       "HEALTHCHECK --interval=1s --timeout=2s --retries=2 "
                                       "CMD [\"/bin/sh\", \"-c\", \"exit 0\"]\n"));
        QVERIFY(!v2.isEmpty());
        QVERIFY(v1 != v2);

        const ContainerUpdateResult r = update(QStringLiteral("app"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(r.changed);
        QCOMPARE(r.oldImageId, v1);
        QCOMPARE(r.newImageId, v2);
        QCOMPARE(r.image, image());
        QVERIFY2(r.message.contains(shortImageId(v1)) && r.message.contains(shortImageId(v2)),
                 qPrintable(r.message));
        // The pull brought the tag back from the registry.
        QCOMPARE(imageIdOf(image()), v2);

        const QJsonObject c = inspect(QStringLiteral("container"), QStringLiteral("app"));
        const QJsonObject config = c.value(QStringLiteral("Config")).toObject();
        const QJsonObject host = c.value(QStringLiteral("HostConfig")).toObject();
        QVERIFY(c.value(QStringLiteral("Id")).toString() != oldContainer);
        QCOMPARE(c.value(QStringLiteral("Image")).toString(), v2);
        QCOMPARE(c.value(QStringLiteral("State")).toObject().value(QStringLiteral("Status")),
                 QStringLiteral("running"));
        QCOMPARE(config.value(QStringLiteral("Image")).toString(), image());
        QCOMPARE(config.value(QStringLiteral("Cmd")).toArray(),
                 QJsonArray({QStringLiteral("/bin/sleep"), QStringLiteral("1000")}));
        const QJsonArray env = config.value(QStringLiteral("Env")).toArray();
        QVERIFY(env.contains(QStringLiteral("FOO=bar")));
        // The new image's own environment and labels apply, the operator's stay.
        QVERIFY(env.contains(QStringLiteral("FROM_IMAGE=2")));
        QVERIFY(!env.contains(QStringLiteral("FROM_IMAGE=1")));
        const QJsonObject labels = config.value(QStringLiteral("Labels")).toObject();
        QCOMPARE(labels.value(QStringLiteral("team")).toString(), QStringLiteral("ops"));
        QCOMPARE(labels.value(QStringLiteral("version")).toString(), QStringLiteral("2"));
        QVERIFY(config.value(QStringLiteral("Hostname")).toString() != oldContainer.left(12));
        // The daemon keeps binds in no particular order.
        QStringList binds;
        for (const QJsonValue &b : host.value(QStringLiteral("Binds")).toArray())
            binds.append(b.toString());
        binds.sort();
        QStringList wanted{bind + QStringLiteral(":/host:ro"), QStringLiteral("appdata:/data")};
        wanted.sort();
        QCOMPARE(binds, wanted);
        const QJsonObject ports = host.value(QStringLiteral("PortBindings")).toObject();
        QCOMPARE(ports.value(QStringLiteral("80/tcp"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("HostPort"))
                     .toString(),
                 QString::number(hostPort));
        QCOMPARE(host.value(QStringLiteral("RestartPolicy"))
                     .toObject()
                     .value(QStringLiteral("Name"))
                     .toString(),
                 QStringLiteral("unless-stopped"));
        QCOMPARE(host.value(QStringLiteral("Memory")).toInteger(), 64 * 1024 * 1024);
        QCOMPARE(host.value(QStringLiteral("CpuShares")).toInt(), 512);
        QCOMPARE(host.value(QStringLiteral("NetworkMode")).toString(), QStringLiteral("appnet"));
        const QJsonObject networks = c.value(QStringLiteral("NetworkSettings"))
                                         .toObject()
                                         .value(QStringLiteral("Networks"))
                                         .toObject();
        QVERIFY(networks.value(QStringLiteral("appnet"))
                    .toObject()
                    .value(QStringLiteral("Aliases"))
                    .toArray()
                    .contains(QStringLiteral("web")));
        QVERIFY(networks.value(QStringLiteral("backnet"))
                    .toObject()
                    .value(QStringLiteral("Aliases"))
                    .toArray()
                    .contains(QStringLiteral("api")));
        // The data in the named volume and the bind are what the new container sees.
        QByteArray out;
        QCOMPARE(
            daemon.docker({QStringLiteral("exec"), QStringLiteral("app"), QStringLiteral("cat"),
                           QStringLiteral("/data/state"), QStringLiteral("/host/marker")},
                          &out),
            0);
        QCOMPARE(out, QByteArray("kept\nfrom-the-host"));
        // The old container is gone once the new one proved itself.
        QCOMPARE(containers(), QStringList{QStringLiteral("app")});
    }

    void unchangedImageIsUpToDate() {
        const QString before = inspect(QStringLiteral("container"), QStringLiteral("app"))
                                   .value(QStringLiteral("Id"))
                                   .toString();
        QVERIFY(!before.isEmpty());
        const ContainerUpdateResult r = update(QStringLiteral("app"));
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!r.changed);
        QCOMPARE(r.oldImageId, r.newImageId);
        QVERIFY2(r.message.contains(QStringLiteral("already up to date")), qPrintable(r.message));
        QCOMPARE(inspect(QStringLiteral("container"), QStringLiteral("app"))
                     .value(QStringLiteral("Id"))
                     .toString(),
                 before);
    }

    void brokenVersionRollsBack_data() {
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<QString>("why");
        QTest::addColumn<QString>("version");
        QTest::newRow("failing health check")
            << QStringLiteral("HEALTHCHECK --interval=1s --timeout=2s --retries=1 "
                              "CMD [\"/bin/sh\", \"-c\", \"exit 1\"]\n")
            << QStringLiteral("health check failed") << QStringLiteral("unhealthy");
        QTest::newRow("exits at once")
            << QStringLiteral("ENTRYPOINT [\"/bin/sh\", \"-c\", \"exit 3\"]\n")
            << QStringLiteral("stopped") << QStringLiteral("exits");
    }

    void brokenVersionRollsBack() {
        QFETCH(QString, dockerfile);
        QFETCH(QString, why);
        QFETCH(QString, version);
        const QJsonObject before = inspect(QStringLiteral("container"), QStringLiteral("app"));
        const QString oldContainer = before.value(QStringLiteral("Id")).toString();
        QVERIFY(!oldContainer.isEmpty());
        const QString broken = pushVersion(version, dockerfile);
        QVERIFY(!broken.isEmpty());

        const ContainerUpdateResult r = update(QStringLiteral("app"));
        QVERIFY2(!r.ok, qPrintable(r.message));
        QVERIFY(r.rolledBack);
        QCOMPARE(r.newImageId, broken);
        QVERIFY2(r.message.contains(why), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("runs again")), qPrintable(r.message));
        // The old container, under its own name, running; the new one gone.
        const QJsonObject after = inspect(QStringLiteral("container"), QStringLiteral("app"));
        QCOMPARE(after.value(QStringLiteral("Id")).toString(), oldContainer);
        QCOMPARE(after.value(QStringLiteral("Image")).toString(),
                 before.value(QStringLiteral("Image")).toString());
        QCOMPARE(daemon.containerState(QStringLiteral("app")), QStringLiteral("running"));
        QCOMPARE(containers(), QStringList{QStringLiteral("app")});
    }

    // The one route every caller takes: a Discord member is refused before Docker is asked,
    // a confirmed Discord admin and the control API update, and each request is audited with
    // the old and the new image id.
    void routeLetsAdministratorsUpdateOnly() {
        QTemporaryDir dir;
        QString error;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("m.db")),
                                          {storage::AuditLog::migrations()}, &error);
        QVERIFY2(db, qPrintable(error));
        storage::AuditLog audit(db->pool());
        ContainerController controller;
        ContainerController::Settings settings;
        settings.toggleCooldownSec = 0;
        settings.stopTimeoutSec = 1;
        settings.update.healthTimeoutMs = 60000;
        settings.update.settleMs = 2000;
        settings.update.pollIntervalMs = 200;
        controller.setSettings(settings);
        config::ContainerSettings app;
        app.name = QStringLiteral("app");
        app.allowedActions = {QStringLiteral("status"), QStringLiteral("start"),
                              QStringLiteral("update")};
        controller.setContainers({app});
        controller.setClient(QStringLiteral("local"), client.get());
        controller.setAuditLog([&audit] { return &audit; });
        auto perform = [&](const Actor &actor) {
            ContainerActionResult out =
                ContainerActionResult::failure(ActionError::Failed, QStringLiteral("no answer"));
            bool done = false;
            controller.perform({QStringLiteral("local"), QStringLiteral("app")},
                               ContainerAction::Update, actor, [&](const ContainerActionResult &r) {
                                   out = r;
                                   done = true;
                               });
            if (!QTest::qWaitFor([&] { return done; }, 180000))
                qWarning("no answer within 180 s");
            return out;
        };
        const QString oldImage = inspect(QStringLiteral("container"), QStringLiteral("app"))
                                     .value(QStringLiteral("Image"))
                                     .toString();
        const QString v4 =
            pushVersion(QStringLiteral("4"),
                        QStringLiteral("CMD [\"/bin/sleep\", \"3600\"]\n"
                                       "HEALTHCHECK --interval=1s --timeout=2s --retries=2 "
                                       "CMD [\"/bin/sh\", \"-c\", \"exit 0\"]\n"));
        QVERIFY(!v4.isEmpty());

        Actor member;
        member.origin = ActionOrigin::Discord;
        member.name = QStringLiteral("member");
        ContainerActionResult r = perform(member);
        QCOMPARE(r.error(), ActionError::NotAllowed);
        QVERIFY2(r.message().contains(QStringLiteral("only Mechdock administrators")),
                 qPrintable(r.message()));
        QCOMPARE(inspect(QStringLiteral("container"), QStringLiteral("app"))
                     .value(QStringLiteral("Image"))
                     .toString(),
                 oldImage);

        Actor admin = member;
        admin.name = QStringLiteral("admin");
        admin.administrator = true; // what the Discord handler sets after its policy's check
        r = perform(admin);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(r.changed());
        QVERIFY2(r.message().contains(shortImageId(oldImage)) &&
                     r.message().contains(shortImageId(v4)),
                 qPrintable(r.message()));
        QCOMPARE(inspect(QStringLiteral("container"), QStringLiteral("app"))
                     .value(QStringLiteral("Image"))
                     .toString(),
                 v4);

        Actor api;
        api.origin = ActionOrigin::Api;
        api.name = QStringLiteral("local:0");
        r = perform(api);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(!r.changed());
        QVERIFY2(r.message().contains(QStringLiteral("already up to date")),
                 qPrintable(r.message()));

        storage::AuditFilter f;
        f.action = QStringLiteral("update");
        const QList<storage::AuditEntry> entries = audit.query(f);
        QCOMPARE(entries.size(), 3);
        QStringList results;
        for (const storage::AuditEntry &e : entries)
            results.append(e.actor + QLatin1Char(':') + e.result);
        results.sort();
        QCOMPARE(results, QStringList({QStringLiteral("admin:ok"), QStringLiteral("local:0:ok"),
                                       QStringLiteral("member:denied")}));
        for (const storage::AuditEntry &e : entries) {
            if (e.actor == QLatin1String("admin"))
                QVERIFY2(e.detail.contains(QStringLiteral("old ") + oldImage) &&
                             e.detail.contains(QStringLiteral("new ") + v4),
                         qPrintable(e.detail));
            if (e.actor == QLatin1String("local:0"))
                QVERIFY2(e.detail.contains(QStringLiteral("old ") + v4) &&
                             e.detail.contains(QStringLiteral("new ") + v4),
                         qPrintable(e.detail));
        }
        QCOMPARE(containers(), QStringList{QStringLiteral("app")});

        // containers[].updateTag: the update pulls that tag instead of the container's own.
        // A second container on the current version; then a new version is pushed as both
        // latest and stable, and the update must come from stable.
        QCOMPARE(daemon.docker({QStringLiteral("pull"), image()}, nullptr, 120000), 0);
        QCOMPARE(daemon.docker({QStringLiteral("run"), QStringLiteral("-d"),
                                QStringLiteral("--name"), QStringLiteral("tagged"), image()}),
                 0);
        const QString v5 =
            pushVersion(QStringLiteral("5"), QStringLiteral("CMD [\"/bin/sleep\", \"3600\"]\n"));
        QVERIFY(!v5.isEmpty());
        const QString stable =
            image().left(image().lastIndexOf(QLatin1Char(':'))) + QStringLiteral(":stable");
        QCOMPARE(daemon.docker({QStringLiteral("pull"), image()}, nullptr, 120000), 0);
        QCOMPARE(daemon.docker({QStringLiteral("tag"), image(), stable}), 0);
        QCOMPARE(daemon.docker({QStringLiteral("push"), stable}, nullptr, 120000), 0);
        QCOMPARE(daemon.docker({QStringLiteral("image"), QStringLiteral("rm"), stable, image()}),
                 0);
        config::ContainerSettings tagged;
        tagged.name = QStringLiteral("tagged");
        tagged.updateTag = QStringLiteral("stable");
        controller.setContainers({app, tagged});
        ContainerActionResult tagResult =
            ContainerActionResult::failure(ActionError::Failed, QStringLiteral("no answer"));
        bool tagDone = false;
        controller.perform({QStringLiteral("local"), QStringLiteral("tagged")},
                           ContainerAction::Update, api, [&](const ContainerActionResult &t) {
                               tagResult = t;
                               tagDone = true;
                           });
        QTRY_VERIFY_WITH_TIMEOUT(tagDone, 180000);
        QVERIFY2(tagResult.ok() && tagResult.changed(), qPrintable(tagResult.message()));
        const QJsonObject updated = inspect(QStringLiteral("container"), QStringLiteral("tagged"));
        QCOMPARE(updated.value(QStringLiteral("Image")).toString(), v5);
        QCOMPARE(updated.value(QStringLiteral("Config"))
                     .toObject()
                     .value(QStringLiteral("Image"))
                     .toString(),
                 stable);
        QCOMPARE(
            daemon.docker({QStringLiteral("rm"), QStringLiteral("-f"), QStringLiteral("tagged")}),
            0);
    }

    void pullFailureTouchesNothing() {
        const QString before = inspect(QStringLiteral("container"), QStringLiteral("app"))
                                   .value(QStringLiteral("Id"))
                                   .toString();
        ContainerUpdateOptions options;
        options.tag = QStringLiteral("no-such-tag");
        ContainerUpdateResult r = update(QStringLiteral("app"), options);
        QVERIFY(!r.ok);
        QVERIFY(!r.rolledBack);
        QVERIFY2(r.message.contains(QStringLiteral("pull")), qPrintable(r.message));
        options.tag = QStringLiteral("bad tag/../x");
        r = update(QStringLiteral("app"), options);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("not a valid image tag")),
                 qPrintable(r.message));
        r = update(QStringLiteral("no-such-container"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("inspect failed")), qPrintable(r.message));
        QCOMPARE(inspect(QStringLiteral("container"), QStringLiteral("app"))
                     .value(QStringLiteral("Id"))
                     .toString(),
                 before);
        QCOMPARE(daemon.containerState(QStringLiteral("app")), QStringLiteral("running"));
    }

    void daemonGoneLeavesOldContainer() {
        const QString oldContainer = inspect(QStringLiteral("container"), QStringLiteral("app"))
                                         .value(QStringLiteral("Id"))
                                         .toString();
        // A version whose health check never settles: the update waits in its last step.
        QVERIFY(!pushVersion(QStringLiteral("slow"),
                             QStringLiteral("HEALTHCHECK --interval=30s --start-period=60s "
                                            "CMD [\"/bin/sh\", \"-c\", \"exit 0\"]\n"))
                     .isEmpty());
        ContainerUpdateOptions options;
        options.healthTimeoutMs = 60000;
        options.pollIntervalMs = 200;
        options.stopTimeoutSec = 1;
        ContainerUpdateResult result;
        bool done = false;
        QPointer<ContainerUpdater> updater =
            new ContainerUpdater(client.get(), QStringLiteral("app"), options, this);
        updater->run([&](const ContainerUpdateResult &r) {
            result = r;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(updater && updater->step() == ContainerUpdater::Step::Verify,
                                 120000);
        daemon.suspend();
        QTRY_VERIFY_WITH_TIMEOUT(done, 120000);
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains(QStringLiteral("is kept as")), qPrintable(result.message));
        QCOMPARE(daemon.resume(), QString());
        // The old container is still there, stopped under its aside name; nothing was lost.
        const QJsonObject old = inspect(QStringLiteral("container"), oldContainer);
        QVERIFY(old.value(QStringLiteral("Name"))
                    .toString()
                    .contains(QStringLiteral("-mechdock-old-")));
    }
};

QTEST_GUILESS_MAIN(TestDockerUpdate)
#include "tst_docker_update.moc"
