// The Linux package: CPack builds the .deb with shlibdeps dependencies; it unpacks into a scratch
// root whose mechdock answers --version and starts and stops as a service; the desktop entry and
// AppStream metainfo validate; the systemd unit carries notify, watchdog and hardening.
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace mechdock;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000,
        const QString &workdir = {}) {
    QProcess p;
    if (!workdir.isEmpty())
        p.setWorkingDirectory(workdir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs))
        return {-1, p.readAll()};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAll()};
}

QString requireTool(const QString &name, const QString &package) {
    const QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty() && test::isCi())
        qFatal("%s is missing (Debian package %s)", qPrintable(name), qPrintable(package));
    return path;
}

} // namespace

class TestInstallerPackage : public QObject {
    Q_OBJECT
private slots:
    void debBuildsInstallsAndRuns() {
        const QString cpack = requireTool(QStringLiteral("cpack"), QStringLiteral("cmake"));
        const QString dpkgDeb = requireTool(QStringLiteral("dpkg-deb"), QStringLiteral("dpkg"));
        if (cpack.isEmpty() || dpkgDeb.isEmpty())
            QSKIP("cpack or dpkg-deb is not installed");
        QTemporaryDir out;
        const Run built = run(
            cpack,
            {QStringLiteral("--config"), QStringLiteral(MECHDOCK_BUILD_DIR "/CPackConfig.cmake"),
             QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), out.path()},
            300000, QStringLiteral(MECHDOCK_BUILD_DIR));
        QVERIFY2(built.code == 0, built.out.constData());
        const QStringList debs = QDir(out.path()).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 1);
        const QString deb = out.filePath(debs.first());

        const Run info = run(dpkgDeb, {QStringLiteral("-I"), deb});
        QCOMPARE(info.code, 0);
        // shlibdeps found the Qt libraries; the run-time plugins are named by hand.
        for (const char *dep :
             {"libqt6core6", "libqt6widgets6", "libqt6sql6-sqlite", "qt6-qpa-plugins", "libc6"})
            QVERIFY2(info.out.contains(dep), info.out.constData());

        const Run list = run(dpkgDeb, {QStringLiteral("-c"), deb});
        for (const char *file : {"./usr/bin/mechdock", "./usr/lib/systemd/system/mechdock.service",
                                 "./usr/share/applications/mechdock.desktop",
                                 "./usr/share/metainfo/io.mechdock.Mechdock.metainfo.xml",
                                 "./usr/share/icons/hicolor/scalable/apps/mechdock.svg"})
            QVERIFY2(list.out.contains(file), file);

        QTemporaryDir root;
        QCOMPARE(run(dpkgDeb, {QStringLiteral("-x"), deb, root.path()}).code, 0);
        const QString binary = root.filePath(QStringLiteral("usr/bin/mechdock"));
        const Run version = run(binary, {QStringLiteral("--version")});
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(MECHDOCK_VERSION));

        // A short service start and stop from the installed binary.
        QTemporaryDir state;
        QProcess service;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("MECHDOCK_HTTP_LISTEN"), QString());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        service.setProcessEnvironment(env);
        service.setProcessChannelMode(QProcess::MergedChannels);
        service.start(binary, {QStringLiteral("--service"), QStringLiteral("--data-dir"),
                               state.path(), QStringLiteral("--config"),
                               state.filePath(QStringLiteral("mechdock.json"))});
        QVERIFY(service.waitForStarted());
        QByteArray seen;
        QElapsedTimer t;
        t.start();
        while (!seen.contains("Service started") && t.elapsed() < 20000 &&
               service.state() == QProcess::Running) {
            service.waitForReadyRead(200);
            seen += service.readAll();
        }
        QVERIFY2(seen.contains("Service started"), seen.constData());
        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(5000));
        QCOMPARE(service.exitCode(), 0);
    }

    void desktopEntryAndMetainfoValidate() {
        const QString appstream =
            requireTool(QStringLiteral("appstreamcli"), QStringLiteral("appstream"));
        if (appstream.isEmpty())
            QSKIP("appstreamcli is not installed");
        const Run meta = run(
            appstream,
            {QStringLiteral("validate"), QStringLiteral("--no-net"),
             QStringLiteral(MECHDOCK_SOURCE_DIR "/installer/io.mechdock.Mechdock.metainfo.xml")});
        QVERIFY2(meta.code == 0, meta.out.constData());
        const QString desktop = requireTool(QStringLiteral("desktop-file-validate"),
                                            QStringLiteral("desktop-file-utils"));
        if (desktop.isEmpty())
            QSKIP("desktop-file-validate is not installed");
        const Run entry =
            run(desktop, {QStringLiteral(MECHDOCK_SOURCE_DIR "/installer/mechdock.desktop")});
        QVERIFY2(entry.code == 0 && !entry.out.contains("error"), entry.out.constData());
    }

    void systemdUnitIsANotifyServiceWithHardening() {
        QFile unit(QStringLiteral(MECHDOCK_SOURCE_DIR "/installer/mechdock.service"));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(unit.readAll());
        for (const char *line :
             {"Type=notify", "WatchdogSec=", "ExecStart=/usr/bin/mechdock --service",
              "ExecReload=/bin/kill -HUP $MAINPID", "NoNewPrivileges=yes", "ProtectSystem=strict",
              "StateDirectory=mechdock", "SupplementaryGroups=docker",
              "RestartPreventExitStatus=78"})
            QVERIFY2(text.contains(QLatin1String(line)), line);
        // The state directory is where the service is told to keep its data.
        QVERIFY(text.contains(QStringLiteral("--data-dir /var/lib/mechdock")));
    }
};

QTEST_GUILESS_MAIN(TestInstallerPackage)
#include "tst_installer_package.moc"
