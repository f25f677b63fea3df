// The Linux packages: CPack builds two .debs with shlibdeps dependencies: mechdock-server
// (mechdockd and the systemd unit) whose dependencies, followed all the way down with
// apt-cache, pull in no graphical library, and mechdock (the panel, desktop entry, icon and
// AppStream metainfo) that depends on it. Both unpack into a scratch root whose binaries answer
// --version and start and stop as a service; the desktop entry and AppStream metainfo validate;
// the systemd unit runs mechdockd with notify, watchdog, hardening and a raised LimitNOFILE.
#include "control/controlserver.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
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

// The package names of a Depends field, alternatives included, versions dropped:
// "libc6 (>= 2.34), docker.io | docker-ce" gives libc6, docker.io, docker-ce.
QStringList dependencyNames(const QString &depends) {
    QStringList names;
    static const QRegularExpression separator(QStringLiteral("[,|]"));
    for (const QString &part : depends.split(separator, Qt::SkipEmptyParts)) {
        const QString name = part.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

// Package names of graphical libraries: Qt's GUI modules, the platform plugins, OpenGL, EGL,
// X11 and Wayland client libraries.
const QRegularExpression &graphicalPackage() {
    static const QRegularExpression re(
        QStringLiteral("^(libqt6(gui|widgets|charts|opengl|openglwidgets|svgwidgets)|"
                       "qt6-qpa-plugins|libgl1|libglx|libegl|libgles|libx11|libxcb|libwayland)|"
                       "opengl"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// A short service start and stop from an installed binary.
void startsAndStopsAsAService(const QString &binary, const QStringList &arguments) {
    QTemporaryDir state;
    QProcess service;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("MECHDOCK_HTTP_LISTEN"), QString());
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    service.setProcessEnvironment(env);
    service.setProcessChannelMode(QProcess::MergedChannels);
    service.start(binary, arguments + QStringList{QStringLiteral("--data-dir"), state.path(),
                                                  QStringLiteral("--config"),
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

} // namespace

class TestInstallerPackage : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        m_dpkgDeb = requireTool(QStringLiteral("dpkg-deb"), QStringLiteral("dpkg"));
        const QString cpack = requireTool(QStringLiteral("cpack"), QStringLiteral("cmake"));
        // Without them only the package tests skip; the file checks below still run.
        if (cpack.isEmpty() || m_dpkgDeb.isEmpty())
            return;
        QVERIFY(m_out.isValid());
        const Run built = run(
            cpack,
            {QStringLiteral("--config"), QStringLiteral(MECHDOCK_BUILD_DIR "/CPackConfig.cmake"),
             QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_out.path()},
            300000, QStringLiteral(MECHDOCK_BUILD_DIR));
        QVERIFY2(built.code == 0, built.out.constData());
        const QStringList debs = QDir(m_out.path()).entryList({QStringLiteral("*.deb")});
        QCOMPARE(debs.size(), 2);
        for (const QString &deb : debs) {
            if (deb.startsWith(QLatin1String("mechdock-server_")))
                m_server = m_out.filePath(deb);
            else if (deb.startsWith(QLatin1String("mechdock_")))
                m_panel = m_out.filePath(deb);
        }
        QVERIFY2(!m_server.isEmpty() && !m_panel.isEmpty(), qPrintable(debs.join(u' ')));
    }

    void serverPackagePullsInNoGraphicalLibrary() {
        if (m_server.isEmpty())
            QSKIP("cpack or dpkg-deb is not installed");
        const Run info = run(m_dpkgDeb, {QStringLiteral("-I"), m_server});
        QCOMPARE(info.code, 0);
        qInfo("%s", info.out.constData());
        const Run field =
            run(m_dpkgDeb, {QStringLiteral("-f"), m_server, QStringLiteral("Depends")});
        QCOMPARE(field.code, 0);
        const QStringList depends = dependencyNames(QString::fromUtf8(field.out));
        // shlibdeps found the Qt libraries mechdockd and the keychain plugin link; SQLite's plugin
        // is named by hand.
        for (const char *dep :
             {"libqt6core6", "libqt6network6", "libqt6sql6-sqlite", "libqt6keychain1", "libc6"})
            QVERIFY2(depends.contains(QLatin1String(dep)), field.out.constData());
        for (const QString &dep : depends)
            QVERIFY2(!graphicalPackage().match(dep).hasMatch(), qPrintable(dep));

        // Nor further down: every dependency of every dependency, as apt would install them.
        const QString aptCache = requireTool(QStringLiteral("apt-cache"), QStringLiteral("apt"));
        if (aptCache.isEmpty())
            QSKIP("apt-cache is not installed");
        const Run closure =
            run(aptCache,
                QStringList{QStringLiteral("depends"), QStringLiteral("--recurse"),
                            QStringLiteral("--no-recommends"), QStringLiteral("--no-suggests"),
                            QStringLiteral("--no-conflicts"), QStringLiteral("--no-breaks"),
                            QStringLiteral("--no-replaces"), QStringLiteral("--no-enhances")} +
                    depends);
        QVERIFY2(closure.code == 0, closure.out.constData());
        QStringList packages;
        for (const QByteArray &line : closure.out.split('\n')) {
            if (!line.isEmpty() && !line.startsWith(' '))
                packages.append(QString::fromUtf8(line).remove(u'<').remove(u'>'));
        }
        packages.removeDuplicates();
        QVERIFY2(packages.size() > depends.size(), closure.out.constData());
        qInfo("mechdock-server pulls in %lld packages", qint64(packages.size()));
        for (const QString &package : std::as_const(packages))
            QVERIFY2(!graphicalPackage().match(package).hasMatch(), qPrintable(package));
    }

    void serverPackageCarriesMechdockdAndTheUnit() {
        if (m_server.isEmpty())
            QSKIP("cpack or dpkg-deb is not installed");
        const Run list = run(m_dpkgDeb, {QStringLiteral("-c"), m_server});
        QCOMPARE(list.code, 0);
        const QString files = QString::fromUtf8(list.out);
        for (const char *file :
             {"./usr/bin/mechdockd$", "./usr/lib/systemd/system/mechdock.service$",
              "./usr/lib/mechdock/mechdock_keychain.so$"})
            QVERIFY2(files.contains(QRegularExpression(QLatin1String(file),
                                                       QRegularExpression::MultilineOption)),
                     qPrintable(files));
        for (const char *file : {"./usr/bin/mechdock$", "applications/", "metainfo/", "icons/"})
            QVERIFY2(!files.contains(QRegularExpression(QLatin1String(file),
                                                        QRegularExpression::MultilineOption)),
                     file);

        QTemporaryDir root;
        QCOMPARE(run(m_dpkgDeb, {QStringLiteral("-x"), m_server, root.path()}).code, 0);
        QFile unit(root.filePath(QStringLiteral("usr/lib/systemd/system/mechdock.service")));
        QVERIFY(unit.open(QIODevice::ReadOnly));
        const QByteArray text = unit.readAll();
        QVERIFY2(text.contains("\nLimitNOFILE=65536\n"), text.constData());
        QVERIFY2(text.contains("\nExecStart=/usr/bin/mechdockd "), text.constData());
    }

    void panelPackageDependsOnTheServer() {
        if (m_server.isEmpty())
            QSKIP("cpack or dpkg-deb is not installed");
        const Run field =
            run(m_dpkgDeb, {QStringLiteral("-f"), m_panel, QStringLiteral("Depends")});
        QCOMPARE(field.code, 0);
        QVERIFY2(field.out.contains("mechdock-server (= " MECHDOCK_VERSION ")"),
                 field.out.constData());
        // shlibdeps found the widgets; the plugins Qt loads at run time are named by hand.
        const QStringList depends = dependencyNames(QString::fromUtf8(field.out));
        for (const char *dep : {"libqt6widgets6", "libqt6gui6", "qt6-qpa-plugins", "libc6"})
            QVERIFY2(depends.contains(QLatin1String(dep)), field.out.constData());
        // The pattern the server package is checked with does recognise the panel's libraries.
        QVERIFY(std::any_of(depends.begin(), depends.end(), [](const QString &dep) {
            return graphicalPackage().match(dep).hasMatch();
        }));

        const Run list = run(m_dpkgDeb, {QStringLiteral("-c"), m_panel});
        QCOMPARE(list.code, 0);
        const QString files = QString::fromUtf8(list.out);
        for (const char *file :
             {"./usr/bin/mechdock$", "./usr/share/applications/mechdock.desktop$",
              "./usr/share/metainfo/io.mechdock.Mechdock.metainfo.xml$",
              "./usr/share/icons/hicolor/scalable/apps/mechdock.svg$"})
            QVERIFY2(files.contains(QRegularExpression(QLatin1String(file),
                                                       QRegularExpression::MultilineOption)),
                     file);
        for (const char *file : {"./usr/bin/mechdockd$", "mechdock.service$"})
            QVERIFY2(!files.contains(QRegularExpression(QLatin1String(file),
                                                        QRegularExpression::MultilineOption)),
                     file);
    }

    void installedBinariesRun() {
        if (m_server.isEmpty())
            QSKIP("cpack or dpkg-deb is not installed");
        QTemporaryDir root;
        QCOMPARE(run(m_dpkgDeb, {QStringLiteral("-x"), m_server, root.path()}).code, 0);
        QCOMPARE(run(m_dpkgDeb, {QStringLiteral("-x"), m_panel, root.path()}).code, 0);
        const QString headless = root.filePath(QStringLiteral("usr/bin/mechdockd"));
        const QString panel = root.filePath(QStringLiteral("usr/bin/mechdock"));
        for (const QString &binary : {headless, panel}) {
            const Run version = run(binary, {QStringLiteral("--version")});
            QCOMPARE(version.code, 0);
            QVERIFY2(version.out.contains(MECHDOCK_VERSION), qPrintable(binary));
        }
        startsAndStopsAsAService(headless, {});
        if (QTest::currentTestFailed())
            return;
        startsAndStopsAsAService(panel, {QStringLiteral("--service")});
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
             {"Type=notify", "WatchdogSec=", "ExecStart=/usr/bin/mechdockd ",
              "ExecReload=/bin/kill -HUP $MAINPID", "NoNewPrivileges=yes", "ProtectSystem=strict",
              "StateDirectory=mechdock", "SupplementaryGroups=docker",
              "RestartPreventExitStatus=78", "LimitNOFILE=65536"})
            QVERIFY2(text.contains(QLatin1String(line)), line);
        // The state directory is where the service is told to keep its data.
        QVERIFY(text.contains(QStringLiteral("--data-dir /var/lib/mechdock")));
        // Its control socket is where a panel looks for the system service.
        QVERIFY(text.contains(QStringLiteral("RuntimeDirectory=mechdock")));
        QVERIFY(text.contains(QStringLiteral("MECHDOCK_CONTROL_SOCKET=") +
                              QString::fromLatin1(control::ControlServer::kSystemSocketPath)));
    }

private:
    QTemporaryDir m_out;
    QString m_dpkgDeb;
    QString m_server;
    QString m_panel;
};

QTEST_GUILESS_MAIN(TestInstallerPackage)
#include "tst_installer_package.moc"
