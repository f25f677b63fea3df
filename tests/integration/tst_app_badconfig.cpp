// Settings paths an operator gets wrong, through the mechdock binary: an empty file starts the
// service on defaults; /dev/zero, a FIFO, a settings folder that is a regular file are refused at
// once with a clear reason and exit 78 (check-config: 1); a data folder that cannot be created
// is exit 73.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

#include <sys/stat.h>

using mechdock::test::mechdockBinary;

namespace {

constexpr int kExitConfig = 78;
constexpr int kExitCantCreate = 73;
// Refusals happen before anything is started; a FIFO or /dev/zero that is read would hang or
// allocate until this runs out.
constexpr int kRefusalDeadlineMs = 15000;

QProcessEnvironment headlessEnvironment(const QTemporaryDir &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISCORD_BOT_TOKEN"));
    env.remove(QStringLiteral("MECHDOCK_CONFIG"));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    env.insert(QStringLiteral("MECHDOCK_HTTP_LISTEN"), QString());
    return env;
}

struct Run {
    int exitCode = -1; // -1: did not finish in time (killed); -2: crashed
    QByteArray out;
    QByteArray err;
};

Run run(const QTemporaryDir &home, const QStringList &args, int deadlineMs = kRefusalDeadlineMs) {
    Run r;
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment(home));
    p.start(mechdockBinary(), args);
    if (!p.waitForFinished(deadlineMs)) {
        p.kill();
        p.waitForFinished(5000);
    } else {
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestAppBadConfig : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(QFile::exists(mechdockBinary()), qPrintable(mechdockBinary())); }

    void emptySettingsFileStartsOnDefaults() {
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        QVERIFY(writeFile(config, " \n"));
        const Run check = run(home, {QStringLiteral("check-config"), config});
        QVERIFY2(check.exitCode == 0, check.err.constData());
        QVERIFY(check.out.contains("OK"));

        QProcess p;
        p.setProcessEnvironment(headlessEnvironment(home));
        p.setProcessChannelMode(QProcess::MergedChannels);
        QByteArray seen;
        connect(&p, &QProcess::readyRead, this, [&] { seen += p.readAll(); });
        p.start(mechdockBinary(),
                {QStringLiteral("--service"), QStringLiteral("--config"), config,
                 QStringLiteral("--data-dir"), home.filePath(QStringLiteral("state"))});
        QTRY_VERIFY2_WITH_TIMEOUT(seen.contains("Service started") ||
                                      p.state() == QProcess::NotRunning,
                                  seen.constData(), 30000);
        QVERIFY2(seen.contains("Service started"), seen.constData());
        QVERIFY(!seen.contains("Refusing to start"));
        ::kill(pid_t(p.processId()), SIGTERM);
        QTRY_COMPARE_WITH_TIMEOUT(p.state(), QProcess::NotRunning, 10000);
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 0);
    }

    void devZeroIsRefused() {
        if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
            QSKIP("no /dev/zero");
        QTemporaryDir home;
        const Run service = run(home, {QStringLiteral("--service"), QStringLiteral("--config"),
                                       QStringLiteral("/dev/zero")});
        QCOMPARE(service.exitCode, kExitConfig);
        QVERIFY2(service.err.contains("/dev/zero") && service.err.contains("not a regular file"),
                 service.err.constData());
        QVERIFY(service.err.contains("Refusing to start"));
        const Run check = run(home, {QStringLiteral("check-config"), QStringLiteral("/dev/zero")});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains("not a regular file"), check.err.constData());
    }

    void fifoIsRefused() {
        QTemporaryDir home;
        const QString fifo = home.filePath(QStringLiteral("mechdock.json"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const Run service =
            run(home, {QStringLiteral("--service"), QStringLiteral("--config"), fifo});
        QVERIFY2(service.exitCode == kExitConfig, service.err.constData());
        QVERIFY2(service.err.contains("not a regular file"), service.err.constData());
        const Run check = run(home, {QStringLiteral("check-config"), fifo});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains("not a regular file"), check.err.constData());
    }

    void settingsFolderThatIsAFileIsRefused() {
        QTemporaryDir home;
        const QString notAFolder = home.filePath(QStringLiteral("etc-mechdock"));
        QVERIFY(writeFile(notAFolder, "not a folder"));
        const QString config = notAFolder + QStringLiteral("/mechdock.json");
        const Run service =
            run(home, {QStringLiteral("--service"), QStringLiteral("--config"), config});
        QVERIFY2(service.exitCode == kExitConfig, service.err.constData());
        QVERIFY2(service.err.contains("is a file, not a folder") &&
                     service.err.contains(notAFolder.toUtf8()),
                 service.err.constData());
        const Run check = run(home, {QStringLiteral("check-config"), config});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains("is a file, not a folder"), check.err.constData());
        // The default place, through XDG_CONFIG_HOME: $XDG_CONFIG_HOME/mechdock is a file.
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("config")));
        QVERIFY(writeFile(home.filePath(QStringLiteral("config/mechdock")), "oops"));
        const Run byDefault = run(home, {QStringLiteral("--service")});
        QVERIFY2(byDefault.exitCode == kExitConfig, byDefault.err.constData());
        QVERIFY2(byDefault.err.contains("is a file, not a folder"), byDefault.err.constData());
    }

    void dataFolderThatCannotBeCreatedIs73() {
        QTemporaryDir home;
        const QString notAFolder = home.filePath(QStringLiteral("state"));
        QVERIFY(writeFile(notAFolder, "not a folder"));
        const Run service = run(home, {QStringLiteral("--service"), QStringLiteral("--data-dir"),
                                       notAFolder + QStringLiteral("/mechdock")});
        QVERIFY2(service.exitCode == kExitCantCreate, service.err.constData());
        QVERIFY2(service.err.contains("Cannot create the data folder"), service.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAppBadConfig)
#include "tst_app_badconfig.moc"
