// The mechdock binary as an operator meets it: --service with no display starts and stops
// cleanly on SIGTERM, reloads on SIGHUP, refuses a broken config; check-config's exit codes.
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using mechdock::test::mechdockBinary;

namespace {

QProcessEnvironment headlessEnvironment(const QTemporaryDir &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISCORD_BOT_TOKEN"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // No session bus: the keychain must fail fast, not hang.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("MECHDOCK_HTTP_LISTEN"), QString());
    return env;
}

bool waitForOutput(QProcess &p, const QByteArray &needle, QByteArray &seen, int timeoutMs) {
    if (!p.waitForStarted(timeoutMs))
        return false;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        seen += p.readAllStandardError();
        if (seen.contains(needle))
            return true;
        if (p.state() != QProcess::Running)
            return false;
        p.waitForReadyRead(100);
    }
    return false;
}

void writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

int runCommand(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr) {
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment(home));
    p.start(mechdockBinary(), args);
    if (!p.waitForFinished(30000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

} // namespace

class TestAppCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(mechdockBinary()), qPrintable(mechdockBinary())); }

    void versionAndHelp() {
        QByteArray out;
        QCOMPARE(runCommand({QStringLiteral("--version")}, &out), 0);
        QVERIFY(out.contains(MECHDOCK_VERSION));
        QCOMPARE(runCommand({QStringLiteral("--help")}, &out), 0);
        QVERIFY(out.contains("--service"));
        QVERIFY(out.contains("check-config"));
        QByteArray err;
        QCOMPARE(
            runCommand({QStringLiteral("--service"), QStringLiteral("frobnicate")}, &out, &err), 2);
        QVERIFY(err.contains("frobnicate"));
    }

    void serviceStartsHeadlessAndStopsOnSigterm() {
        QTemporaryDir home;
        QProcess p;
        p.setProcessEnvironment(headlessEnvironment(home));
        p.start(mechdockBinary(), {QStringLiteral("--service"), QStringLiteral("--data-dir"),
                                   home.filePath(QStringLiteral("state"))});
        QByteArray seen;
        QVERIFY2(waitForOutput(p, "Service started", seen, 20000), seen.constData());
        // With no token it still runs and says exactly how to add one.
        QVERIFY(seen.contains("DISCORD_BOT_TOKEN"));
        QVERIFY(seen.contains("Settings page"));
        QVERIFY(QFile::exists(home.filePath(QStringLiteral("state/mechdock.db"))));
        QElapsedTimer t;
        t.start();
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY2(p.waitForFinished(5000), "no exit within 5 s of SIGTERM");
        qInfo("exited %lld ms after SIGTERM", t.elapsed());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
        seen += p.readAllStandardError();
        QVERIFY(seen.contains("Service stopped"));
    }

    void sigintStopsToo() {
        QTemporaryDir home;
        QProcess p;
        p.setProcessEnvironment(headlessEnvironment(home));
        p.start(mechdockBinary(), {QStringLiteral("--service")});
        QByteArray seen;
        QVERIFY2(waitForOutput(p, "Service started", seen, 20000), seen.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
    }

    void sighupReloadsAndKeepsRunningOnABadFile() {
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        writeFile(config, "{\"docker\": {\"batchSize\": 3}}");
        QProcess p;
        p.setProcessEnvironment(headlessEnvironment(home));
        p.start(mechdockBinary(),
                {QStringLiteral("--service"), QStringLiteral("--config"), config});
        QByteArray seen;
        QVERIFY2(waitForOutput(p, "Service started", seen, 20000), seen.constData());
        writeFile(config, "{\"docker\": {\"batchSize\": 4}}");
        ::kill(pid_t(p.processId()), SIGHUP);
        QVERIFY2(waitForOutput(p, "Reloading the configuration", seen, 10000), seen.constData());
        writeFile(config, "{\"docker\": {\"batchSize\": 0}}");
        ::kill(pid_t(p.processId()), SIGHUP);
        QVERIFY2(waitForOutput(p, "Reload refused", seen, 10000), seen.constData());
        QVERIFY(seen.contains("docker.batchSize"));
        QCOMPARE(p.state(), QProcess::Running);
        ::kill(pid_t(p.processId()), SIGTERM);
        QVERIFY(p.waitForFinished(5000));
        QCOMPARE(p.exitCode(), 0);
    }

    void serviceRefusesABrokenConfig() {
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        writeFile(config,
                  "{\"memory\": {\"thresholdMb\": 1}, \"containers\": [{\"name\": \"a b\"}]}");
        QByteArray out, err;
        QCOMPARE(runCommand({QStringLiteral("--service"), QStringLiteral("--config"), config}, &out,
                            &err),
                 78);
        QVERIFY(err.contains("memory.thresholdMb"));
        QVERIFY(err.contains("containers[0].name"));
        QVERIFY(err.contains("Refusing to start"));
    }

    void checkConfigExitCodes() {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("good.json"));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        writeFile(good, "{\"docker\": {\"batchSize\": 5}, \"typo\": 1}");
        writeFile(bad, "{\"docker\": {\"batchSize\": 0, \"maxConcurrentStats\": 99}}");
        writeFile(broken, "{\"docker\": ");
        QByteArray out, err;
        QCOMPARE(runCommand({QStringLiteral("check-config"), good}, &out, &err), 0);
        QVERIFY(out.contains("typo"));
        QCOMPARE(runCommand({QStringLiteral("check-config"), bad}, &out, &err), 1);
        QVERIFY(err.contains("docker.batchSize"));
        QVERIFY(err.contains("docker.maxConcurrentStats"));
        QCOMPARE(runCommand({QStringLiteral("check-config"), broken}, &out, &err), 1);
        QVERIFY(err.contains("line 1"));
        QCOMPARE(runCommand({QStringLiteral("check-config"), dir.filePath(QStringLiteral("none"))},
                            &out, &err),
                 1);
        QCOMPARE(runCommand({QStringLiteral("check-config"), good, bad}, &out, &err), 2);
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
