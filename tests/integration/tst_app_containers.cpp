// `mechdock containers` against a real dockerd: the table of configured containers, actions that
// the configuration allows, refusals for the ones it does not, and unknown names.
#include "dockerdaemon.h"
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

using namespace mechdock;

class TestAppContainers : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    QTemporaryDir dir;
    QString config;

    int run(const QStringList &args, QByteArray *out, QByteArray *err) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DOCKER_HOST"));
        p.setProcessEnvironment(env);
        p.start(test::mechdockBinary(),
                QStringList{QStringLiteral("containers"), QStringLiteral("--config"), config} +
                    args);
        if (!p.waitForFinished(120000))
            return -1;
        *out = p.readAllStandardOutput();
        *err = p.readAllStandardError();
        return p.exitCode();
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
        config = dir.filePath(QStringLiteral("mechdock.json"));
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            QStringLiteral("{\"docker\": {\"endpoints\": [{\"name\": \"local\", \"uri\": \"%1\"}]},"
                           " \"containers\": [{\"name\": \"web\", \"allowedActions\": [\"status\", "
                           "\"start\", \"stop\"]},"
                           " {\"name\": \"db\"}]}")
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
        QCOMPARE(run({QStringLiteral("--all")}, &out, &err), 0);
        QVERIFY(out.contains("unlisted"));
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
};

QTEST_GUILESS_MAIN(TestAppContainers)
#include "tst_app_containers.moc"
