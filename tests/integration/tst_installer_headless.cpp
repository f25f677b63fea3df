// mechdockd, the headless executable of the mechdock-server package: it links no graphical Qt
// library (ldd), answers --version and --help, checks settings files, and `mechdockd health`
// gives the documented exit codes against nothing (2), a healthy service (0), an unhealthy one
// (1, with the reason) and a service that wants a token (2 without it, a verdict with it). The
// keychain plugin is loaded only when the token has to come from the keychain.
#include "pingresponder.h"
#include "rawhttpclient.h"
#include "testpaths.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>

using namespace mechdock;

namespace {

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

QProcessEnvironment headlessEnvironment(const QTemporaryDir &home) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "DISCORD_BOT_TOKEN",
                             "DOCKER_HOST", "MECHDOCK_HTTP_LISTEN", "MECHDOCK_HTTP_TOKEN",
                             "MECHDOCK_CONFIG", "http_proxy", "HTTP_PROXY"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // No session bus: the keychain must fail fast, not hang.
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
    return env;
}

// Runs a program to its end while this process's event loop keeps running, so a PingResponder
// in the test answers the service meanwhile. -1: not finished within the deadline.
Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               int timeoutMs = 30000) {
    QProcess p;
    p.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&p, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&p, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    p.start(program, args);
    loop.exec();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
        return {-1, p.readAllStandardOutput(), p.readAllStandardError()};
    }
    const int code = p.exitStatus() == QProcess::NormalExit && p.error() != QProcess::FailedToStart
                         ? p.exitCode()
                         : -2;
    return {code, p.readAllStandardOutput(), p.readAllStandardError()};
}

// A port nothing listens on (bound and released at once).
quint16 freePort() {
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool writeFile(const QString &path, const QByteArray &data) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QByteArray settingsJson(const QString &listen, const QString &dockerUri,
                        const QString &bearerToken = {}) {
    return QStringLiteral(R"({"http": {"listen": "%1", "bearerToken": "%2"},
                              "docker": {"endpoints": [{"name": "local", "uri": "%3"}]}})")
        .arg(listen, bearerToken, dockerUri)
        .toUtf8();
}

// Starts mechdockd's service (no arguments but the paths) on `config`, its state in `home`.
void startService(QProcess &service, const QProcessEnvironment &env, const QString &config,
                  const QTemporaryDir &home) {
    service.setProcessEnvironment(env);
    service.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    service.start(test::mechdockdBinary(),
                  {QStringLiteral("--config"), config, QStringLiteral("--data-dir"),
                   home.filePath(QStringLiteral("state"))});
}

} // namespace

class TestInstallerHeadless : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QVERIFY2(QFile::exists(test::mechdockdBinary()), qPrintable(test::mechdockdBinary()));
        QVERIFY2(QFile::exists(test::mechdockBinary()), qPrintable(test::mechdockBinary()));
    }

    void linksNoGraphicalLibrary() {
        const QString ldd = QStandardPaths::findExecutable(QStringLiteral("ldd"));
        if (ldd.isEmpty()) {
            if (test::isCi())
                QFAIL("ldd is missing (Debian package libc-bin)");
            QSKIP("ldd is not installed");
        }
        QTemporaryDir home;
        const QProcessEnvironment env = headlessEnvironment(home);
        const Run headless = runProgram(ldd, {test::mechdockdBinary()}, env);
        QCOMPARE(headless.code, 0);
        QVERIFY2(headless.out.contains("libQt6Core.so"), headless.out.constData());
        // Library names as ldd prints them (exact case: libglib is no graphics library).
        const QRegularExpression graphical(
            QStringLiteral("Qt6Gui|Qt6Widgets|Qt6OpenGL|Qt6Charts|libGL\\.|libGLX|libEGL|libOpenGL|"
                           "libX11|libxcb"));
        const QRegularExpressionMatch found = graphical.match(QString::fromLocal8Bit(headless.out));
        QVERIFY2(!found.hasMatch(), qPrintable(found.captured(0) + QStringLiteral(" in:\n") +
                                               QString::fromLocal8Bit(headless.out)));
        // The same check finds the panel's libraries, so it does look.
        const Run panel = runProgram(ldd, {test::mechdockBinary()}, env);
        QCOMPARE(panel.code, 0);
        QVERIFY(graphical.match(QString::fromLocal8Bit(panel.out)).hasMatch());
    }

    void versionAndHelp() {
        QTemporaryDir home;
        const QProcessEnvironment env = headlessEnvironment(home);
        const Run version = runProgram(test::mechdockdBinary(), {QStringLiteral("--version")}, env);
        QCOMPARE(version.code, 0);
        QVERIFY2(version.out.contains(MECHDOCK_VERSION), version.out.constData());
        const Run help = runProgram(test::mechdockdBinary(), {QStringLiteral("--help")}, env);
        QCOMPARE(help.code, 0);
        for (const char *word : {"mechdockd", "health", "check-config", "--config", "--data-dir"})
            QVERIFY2(help.out.contains(word), word);
        QVERIFY(!help.out.contains("--screenshots"));
        const Run unknown =
            runProgram(test::mechdockdBinary(), {QStringLiteral("frobnicate")}, env);
        QCOMPARE(unknown.code, 2);
        QVERIFY2(unknown.err.contains("frobnicate") && unknown.err.contains("mechdockd --help"),
                 unknown.err.constData());
    }

    void checkConfig() {
        QTemporaryDir home;
        const QProcessEnvironment env = headlessEnvironment(home);
        const QString good = home.filePath(QStringLiteral("good.json"));
        const QString bad = home.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeFile(good, "{\"docker\": {\"batchSize\": 5}}"));
        QVERIFY(writeFile(bad, "{\"docker\": {\"batchSize\": 0}}"));
        const Run ok =
            runProgram(test::mechdockdBinary(), {QStringLiteral("check-config"), good}, env);
        QVERIFY2(ok.code == 0, ok.err.constData());
        const Run failed =
            runProgram(test::mechdockdBinary(), {QStringLiteral("check-config"), bad}, env);
        QCOMPARE(failed.code, 1);
        QVERIFY2(failed.err.contains("docker.batchSize"), failed.err.constData());
    }

    void healthWithoutAServiceSaysSo() {
        QTemporaryDir home;
        const QProcessEnvironment env = headlessEnvironment(home);
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        const quint16 port = freePort();
        QVERIFY(port > 0);
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
        QVERIFY(writeFile(config, settingsJson(listen, QString())));
        const Run nothing =
            runProgram(test::mechdockdBinary(),
                       {QStringLiteral("health"), QStringLiteral("--config"), config}, env);
        QCOMPARE(nothing.code, 2);
        QVERIFY2(nothing.err.contains("unreachable") && nothing.err.contains(listen.toUtf8()),
                 nothing.err.constData());

        // The endpoint switched off: nothing to ask, and the message names the setting.
        QVERIFY(writeFile(config, settingsJson(QString(), QString())));
        const Run off =
            runProgram(test::mechdockdBinary(),
                       {QStringLiteral("health"), QStringLiteral("--config"), config}, env);
        QCOMPARE(off.code, 2);
        QVERIFY2(off.err.contains("http.listen"), off.err.constData());

        const Run usage = runProgram(test::mechdockdBinary(),
                                     {QStringLiteral("health"), QStringLiteral("x")}, env);
        QCOMPARE(usage.code, 2);
    }

    void healthOfARunningService() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        // A Docker endpoint that answers /_ping, so the service is healthy without a dockerd.
        const QString socket = home.filePath(QStringLiteral("docker.sock"));
        test::PingResponder docker(socket);
        QVERIFY(docker.isListening());
        const QProcessEnvironment env = headlessEnvironment(home);
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        const quint16 port = freePort();
        QVERIFY(port > 0);
        const QString listen = QStringLiteral("127.0.0.1:%1").arg(port);
        QVERIFY(writeFile(config, settingsJson(listen, QStringLiteral("unix://") + socket)));

        QProcess service;
        startService(service, env, config, home);
        QVERIFY(service.waitForStarted());
        const QStringList health{QStringLiteral("health"), QStringLiteral("--config"), config};
        Run r;
        QTRY_VERIFY2_WITH_TIMEOUT(
            (r = runProgram(test::mechdockdBinary(), health, env)).code == 0,
            qPrintable(QStringLiteral("exit %1: %2%3")
                           .arg(r.code)
                           .arg(QString::fromLocal8Bit(r.out), QString::fromLocal8Bit(r.err))),
            20000);
        QVERIFY2(r.out.contains("healthy"), r.out.constData());

        // The same service with its Docker endpoint gone: unhealthy, with the reason.
        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(10000));
        QCOMPARE(service.exitCode(), 0);
        QVERIFY(writeFile(config, settingsJson(listen, QStringLiteral("unix://") +
                                                           home.filePath(QStringLiteral("none")))));
        service.start(test::mechdockdBinary(),
                      {QStringLiteral("--service"), QStringLiteral("--config"), config,
                       QStringLiteral("--data-dir"), home.filePath(QStringLiteral("state"))});
        QVERIFY(service.waitForStarted());
        QTRY_VERIFY2_WITH_TIMEOUT(
            (r = runProgram(test::mechdockdBinary(), health, env)).code == 1,
            qPrintable(QStringLiteral("exit %1: %2%3")
                           .arg(r.code)
                           .arg(QString::fromLocal8Bit(r.out), QString::fromLocal8Bit(r.err))),
            20000);
        QVERIFY2(r.out.contains("unhealthy") && r.out.contains("docker endpoint local"),
                 r.out.constData());
        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(10000));
        QCOMPARE(service.exitCode(), 0);
    }

    void healthSendsTheToken() {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString socket = home.filePath(QStringLiteral("docker.sock"));
        test::PingResponder docker(socket);
        QVERIFY(docker.isListening());
        QProcessEnvironment env = headlessEnvironment(home);
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        const quint16 port = freePort();
        QVERIFY(port > 0);
        QVERIFY(writeFile(config, settingsJson(QStringLiteral("127.0.0.1:%1").arg(port),
                                               QStringLiteral("unix://") + socket,
                                               QStringLiteral("probe-token"))));
        QProcess service;
        startService(service, env, config, home);
        QVERIFY(service.waitForStarted());
        // The probe reads the token from the same settings file as the service.
        const QStringList health{QStringLiteral("health"), QStringLiteral("--config"), config};
        Run r;
        QTRY_COMPARE_WITH_TIMEOUT((r = runProgram(test::mechdockdBinary(), health, env)).code, 0,
                                  20000);
        // A probe that has another token is refused: no verdict, and the message says why.
        env.insert(QStringLiteral("MECHDOCK_HTTP_TOKEN"), QStringLiteral("wrong"));
        r = runProgram(test::mechdockdBinary(), health, env);
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("MECHDOCK_HTTP_TOKEN"), r.err.constData());
        ::kill(pid_t(service.processId()), SIGTERM);
        QVERIFY(service.waitForFinished(10000));
        QCOMPARE(service.exitCode(), 0);
    }

    // The keychain is a plugin that only a service without a configured token loads: with the
    // token in its environment, mechdockd maps neither the plugin nor QtKeychain, QtDBus or
    // libdbus. Without it, the keychain is asked and its answer is part of the bot's reason; a
    // plugin that is not there is named with the folder searched.
    void keychainIsLoadedOnlyForATokenFromIt() {
        if (!QFile::exists(QStringLiteral("/proc/self/maps")))
            QSKIP("reads /proc/PID/maps, which this system does not have");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString socket = home.filePath(QStringLiteral("docker.sock"));
        test::PingResponder docker(socket);
        QVERIFY(docker.isListening());
        const quint16 port = freePort();
        QVERIFY(port > 0);
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        QVERIFY(writeFile(config, settingsJson(QStringLiteral("127.0.0.1:%1").arg(port),
                                               QStringLiteral("unix://") + socket)));
        QProcessEnvironment base = headlessEnvironment(home);
        // Discord itself is a closed port here: the bot only tries to connect.
        base.insert(QStringLiteral("MECHDOCK_DISCORD_API_URL"),
                    QStringLiteral("http://127.0.0.1:%1/api/v10").arg(freePort()));

        struct Started {
            QByteArray maps;
            QString gatewayReason;
        };
        const auto runService = [&](const QProcessEnvironment &env, Started *out) {
            QProcess service;
            startService(service, env, config, home);
            QVERIFY(service.waitForStarted());
            // The token is settled before the health endpoint listens.
            const QStringList health{QStringLiteral("health"), QStringLiteral("--config"), config};
            QTRY_VERIFY_WITH_TIMEOUT(runProgram(test::mechdockdBinary(), health, env).code != 2,
                                     20000);
            QFile maps(QStringLiteral("/proc/%1/maps").arg(service.processId()));
            QVERIFY(maps.open(QIODevice::ReadOnly));
            out->maps = maps.readAll();
            test::RawHttpClient client(port);
            QVERIFY(client.waitConnected());
            const test::RawHttpResponse r = client.request(
                "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            QVERIFY2(r.status == 200 || r.status == 503, r.body.constData());
            out->gatewayReason = QJsonDocument::fromJson(r.body)
                                     .object()
                                     .value(QStringLiteral("gateway"))
                                     .toObject()
                                     .value(QStringLiteral("reason"))
                                     .toString();
            ::kill(pid_t(service.processId()), SIGTERM);
            QVERIFY(service.waitForFinished(10000));
            QCOMPARE(service.exitCode(), 0);
        };
        const auto mapsName = [](const Started &s, const char *library) {
            return QString::fromLatin1(library) + (s.maps.contains(library)
                                                       ? QStringLiteral(" is mapped")
                                                       : QStringLiteral(" is not mapped"));
        };

        QProcessEnvironment withToken = base;
        withToken.insert(QStringLiteral("DISCORD_BOT_TOKEN"), QStringLiteral("token-in-env"));
        Started started;
        runService(withToken, &started);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(started.maps.contains("libQt6Core"));
        for (const char *library : {"mechdock_keychain", "libqt6keychain", "libQt6DBus", "libdbus"})
            QVERIFY2(!started.maps.contains(library), qPrintable(mapsName(started, library)));

        runService(base, &started);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(started.maps.contains("mechdock_keychain") &&
                     started.maps.contains("libqt6keychain"),
                 qPrintable(mapsName(started, "mechdock_keychain")));
        QVERIFY2(started.gatewayReason.contains(
                     QStringLiteral("The keychain was asked too: the keychain failed:")),
                 qPrintable(started.gatewayReason));

        QProcessEnvironment elsewhere = base;
        const QString empty = home.filePath(QStringLiteral("no-plugins"));
        QVERIFY(QDir().mkpath(empty));
        elsewhere.insert(QStringLiteral("MECHDOCK_PLUGIN_DIR"), empty);
        runService(elsewhere, &started);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!started.maps.contains("libqt6keychain"));
        QVERIFY2(started.gatewayReason.contains(QStringLiteral("is not installed")) &&
                     started.gatewayReason.contains(empty),
                 qPrintable(started.gatewayReason));
    }
};

QTEST_GUILESS_MAIN(TestInstallerHeadless)
#include "tst_installer_headless.moc"
