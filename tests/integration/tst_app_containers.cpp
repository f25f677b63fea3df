// `mechdock containers` against a real dockerd: the table of configured containers, actions that
// the configuration allows, refusals for the ones it does not, and unknown names; with an engine
// running on the data folder, actions through it (its cool-down and audit), and never around it.
#include "client/remoteengineclient.h"
#include "control/controlserver.h"
#include "dockerdaemon.h"
#include "service/instancelock.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <csignal>
#include <optional>

using namespace mechdock;

class TestAppContainers : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    QTemporaryDir dir;
    QString config;

    // `dataDir`: the data folder the command checks for a running engine; by default one where
    // none ever ran, so an engine of the machine's user is never involved.
    int run(const QStringList &args, QByteArray *out, QByteArray *err,
            const QString &dataDir = {}) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOCKER_HOST"));
        p.setProcessEnvironment(env);
        p.start(
            test::mechdockBinary(),
            QStringList{QStringLiteral("containers"), QStringLiteral("--config"), config,
                        QStringLiteral("--data-dir"),
                        dataDir.isEmpty() ? dir.filePath(QStringLiteral("no-engine")) : dataDir} +
                args);
        if (!p.waitForFinished(120000))
            return -1;
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitCode();
    }

    // The engine's audit entries of `filter`, asked over its control API; nullopt when it did not
    // answer.
    static std::optional<QList<storage::AuditEntry>> audit(client::EngineClient &engine,
                                                           const storage::AuditFilter &filter) {
        std::optional<QList<storage::AuditEntry>> entries;
        bool answered = false;
        QObject context;
        engine.queryAudit(filter, &context,
                          [&](const client::Expected<QList<storage::AuditEntry>> &r) {
                              answered = true;
                              if (r.ok())
                                  entries = r.value();
                          });
        if (!QTest::qWaitFor([&] { return answered; }, 10000))
            return std::nullopt;
        return entries;
    }

    static bool hasEntry(const QList<storage::AuditEntry> &entries, const QString &target,
                         const QString &result) {
        return std::any_of(entries.begin(), entries.end(), [&](const storage::AuditEntry &e) {
            return e.target == target && e.result == result &&
                   e.actor.startsWith(QLatin1String("local:"));
        });
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
        QVERIFY(daemon.createContainer(QStringLiteral("db"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QVERIFY(daemon.createContainer(QStringLiteral("unlisted"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QVERIFY(daemon.createContainer(QStringLiteral("worker"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        config = dir.filePath(QStringLiteral("mechdock.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("{\"docker\": {\"endpoints\": [{\"name\": \"local\", \"uri\": \"%1\"}]},"
                           " \"containers\": [{\"name\": \"web\", \"allowedActions\": [\"status\", "
                           "\"start\", \"stop\"]},"
                           " {\"name\": \"db\"},"
                           " {\"name\": \"worker\", \"allowedActions\": [\"status\", "
                           "\"start\", \"stop\", \"restart\"]}]}")
                .arg(daemon.uri())
                .toUtf8());
    }

    void tableShowsConfiguredContainers() {
        QByteArray out, err;
        QCOMPARE(run({}, &out, &err), 0);
        QVERIFY2(out.contains("web"), out.constData());
        QVERIFY(out.contains("db"));
        QVERIFY(!out.contains("unlisted"));
        QVERIFY(out.contains("created"));
        // Each configured container says what Discord may do with it; the hidden ones are
        // counted, with how to see and add them.
        QVERIFY2(out.contains("status,start,stop"), out.constData());
        QVERIFY2(err.contains("--all") && err.contains("Add to Discord"), err.constData());
        QCOMPARE(run({QStringLiteral("--all")}, &out, &err), 0);
        QVERIFY(out.contains("unlisted"));
        QVERIFY2(out.contains("not configured"), out.constData());
        QVERIFY(!err.contains("--all"));
    }

    // A user outside the socket's group: the table says permission denied and how to fix it,
    // instead of a bare error. Runs the binary as nobody (setpriv), so it needs root.
    void permissionDeniedSaysTheFix() {
#ifdef Q_OS_UNIX
        if (::geteuid() != 0 ||
            QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
            if (test::isCi())
                QFAIL("CI runs as root with setpriv (util-linux)");
            QSKIP("needs root and setpriv to run as another user");
        }
        // Let nobody reach the socket's folder and read the settings; the socket itself stays
        // root:docker 0660 as dockerd made it.
        const auto traversable = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                 QFileDevice::ExeOwner | QFileDevice::ExeGroup |
                                 QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                 QFileDevice::ReadOther;
        QVERIFY(QFile::setPermissions(QFileInfo(daemon.socketPath()).absolutePath(), traversable));
        QVERIFY(QFile::setPermissions(dir.path(), traversable));
        QVERIFY(QFile::setPermissions(config, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOCKER_HOST"));
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        p.setProcessEnvironment(env);
        p.start(QStringLiteral("setpriv"),
                {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                 QStringLiteral("--clear-groups"), test::mechdockBinary(),
                 QStringLiteral("containers"), QStringLiteral("--config"), config});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray text = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitCode() != 0, text.constData());
        QVERIFY2(text.contains("permission denied") && text.contains("docker group"),
                 text.constData());
#else
        QSKIP("unix sockets only");
#endif
    }

    void actionsFollowTheConfiguration() {
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("start"), QStringLiteral("web")}, &out, &err), 0);
        QVERIFY2(out.contains("started"), out.constData());
        QCOMPARE(run({}, &out, &err), 0);
        QVERIFY(out.contains("running"));
        QCOMPARE(run({QStringLiteral("start"), QStringLiteral("local/web")}, &out, &err), 0);
        QVERIFY(out.contains("already running"));
        QCOMPARE(run({QStringLiteral("restart"), QStringLiteral("web")}, &out, &err), 1);
        QVERIFY(err.contains("does not allow"));
        QCOMPARE(run({QStringLiteral("start"), QStringLiteral("db")}, &out, &err), 1);
        QVERIFY(err.contains("does not allow"));
        QCOMPARE(run({QStringLiteral("start"), QStringLiteral("unlisted")}, &out, &err), 1);
        QVERIFY(err.contains("not configured"));
        QCOMPARE(run({QStringLiteral("explode"), QStringLiteral("web")}, &out, &err), 2);
        QCOMPARE(run({QStringLiteral("stop"), QStringLiteral("web")}, &out, &err), 0);
        QVERIFY(out.contains("stopped"));
        QByteArray state;
        daemon.docker({QStringLiteral("inspect"), QStringLiteral("-f"),
                       QStringLiteral("{{.State.Status}}"), QStringLiteral("web")},
                      &state);
        QCOMPARE(state.trimmed(), QByteArray("exited"));
    }

    // With an engine on the data folder, an action goes through it: its audit names the source
    // "api" and the local caller, and its cool-down, which a direct action (one process per
    // command) never has, refuses a second restart. Once the engine is gone, its lock file no
    // longer diverts anything.
    void actionsGoThroughTheRunningEngine() {
        const QString engineDir = dir.filePath(QStringLiteral("engine"));
        QTemporaryDir home;
        QByteArray log; // outlives the process, whose end may still deliver output
        QProcess engine;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"DOCKER_HOST", "DISPLAY", "WAYLAND_DISPLAY", "DISCORD_BOT_TOKEN"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.insert(QStringLiteral("MECHDOCK_HTTP_LISTEN"), QString());
        engine.setProcessEnvironment(env);
        connect(&engine, &QProcess::readyReadStandardError, &engine,
                [&] { log += engine.readAllStandardError(); });
        engine.start(test::mechdockdBinary(),
                     {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), engineDir});
        QTRY_VERIFY2_WITH_TIMEOUT(log.contains("Control API on") ||
                                      engine.state() == QProcess::NotRunning,
                                  log.constData(), 30000);
        QVERIFY2(engine.state() == QProcess::Running, log.constData());

        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("restart"), QStringLiteral("worker")}, &out, &err, engineDir),
                 0);
        QVERIFY2(out.contains("worker: restarted"), out + err);
        QCOMPARE(daemon.containerState(QStringLiteral("worker")), QStringLiteral("running"));
        QCOMPARE(
            run({QStringLiteral("restart"), QStringLiteral("local/worker")}, &out, &err, engineDir),
            1);
        QVERIFY2(err.contains("(cooling_down)"), out + err);
        // The engine's settings judge: web may not be restarted, and nothing is called "ghost".
        QCOMPARE(run({QStringLiteral("restart"), QStringLiteral("web")}, &out, &err, engineDir), 1);
        QVERIFY2(err.contains("(denied)"), out + err);
        QCOMPARE(run({QStringLiteral("start"), QStringLiteral("ghost")}, &out, &err, engineDir), 1);
        QVERIFY2(err.contains("(not_found)"), out + err);

        client::RemoteEngineClient reader(QStringLiteral("tst_app_containers"));
        client::ServerAddress address;
        address.socketPath = control::ControlServer::socketPath(engineDir);
        reader.connectTo(address);
        QTRY_VERIFY_WITH_TIMEOUT(reader.state().isConnected(), 20000);
        storage::AuditFilter filter;
        filter.source = QStringLiteral("api");
        filter.action = QStringLiteral("restart");
        std::optional<QList<storage::AuditEntry>> entries;
        QTRY_VERIFY_WITH_TIMEOUT(
            (entries = audit(reader, filter)) &&
                hasEntry(*entries, QStringLiteral("local/worker"), QStringLiteral("ok")) &&
                hasEntry(*entries, QStringLiteral("local/worker"), QStringLiteral("denied")),
            20000);
        reader.disconnectFromEngine();

        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(10000));
        QCOMPARE(engine.exitCode(), 0);
        // Directly now: the engine's cool-down would still refuse this.
        QCOMPARE(run({QStringLiteral("stop"), QStringLiteral("worker")}, &out, &err, engineDir), 0);
        QVERIFY2(out.contains("worker: stopped"), out + err);
    }

    // A lock held with no socket to answer (an engine that hangs, or is still starting): the
    // command says who holds it and where it looked, and leaves the container alone rather than
    // act behind the engine's back.
    void heldLockWithoutSocketDoesNothing() {
        const QString lockedDir = dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(lockedDir));
        service::InstanceLock lock(lockedDir);
        QCOMPARE(lock.tryAcquire(), service::InstanceLock::Result::Acquired);
        const QString before = daemon.containerState(QStringLiteral("web"));
        QVERIFY(before != QLatin1String("running"));
        QByteArray out, err;
        QCOMPARE(run({QStringLiteral("start"), QStringLiteral("web")}, &out, &err, lockedDir), 1);
        QVERIFY2(err.contains(QFile::encodeName(control::ControlServer::socketPath(lockedDir))),
                 err.constData());
        QVERIFY2(err.contains(QByteArray::number(QCoreApplication::applicationPid())),
                 err.constData());
        QVERIFY2(err.contains("Nothing was done"), err.constData());
        QCOMPARE(daemon.containerState(QStringLiteral("web")), before);
    }
};

QTEST_GUILESS_MAIN(TestAppContainers)
#include "tst_app_containers.moc"
