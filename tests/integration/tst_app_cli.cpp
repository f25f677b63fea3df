// The mechdock binary as an operator meets it: --service with no display starts and stops
// cleanly on SIGTERM, reloads on SIGHUP, refuses a broken config; check-config's exit codes;
// `control fingerprint` and `control add-key` against a running engine's remote API.
#include "client/remoteengineclient.h"
#include "config/settingsstore.h"
#include "control/controlauthenticator.h"
#include "control/tlsidentity.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>
#include <memory>

using mechdock::test::mechdockBinary;
using mechdock::test::mechdockdBinary;

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

int runCommand(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr,
               const QString &binary = mechdockBinary()) {
    QTemporaryDir home;
    QProcess p;
    p.setProcessEnvironment(headlessEnvironment(home));
    p.start(binary, args);
    if (!p.waitForFinished(30000))
        return -1;
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

// `control fingerprint` for these settings and data folder; empty when it failed.
QString fingerprint(const QString &config, const QString &dataDir,
                    const QString &binary = mechdockBinary()) {
    QByteArray out, err;
    const int code =
        runCommand({QStringLiteral("control"), QStringLiteral("fingerprint"),
                    QStringLiteral("--config"), config, QStringLiteral("--data-dir"), dataDir},
                   &out, &err, binary);
    if (code != 0)
        qWarning("control fingerprint: exit %d: %s", code, err.constData());
    return code == 0 ? QString::fromUtf8(out.trimmed()) : QString();
}

// `control add-key NAME`: the key it printed, empty when it failed.
QString addKey(const QString &config, const QString &name) {
    QByteArray out, err;
    const int code = runCommand({QStringLiteral("control"), QStringLiteral("add-key"), name,
                                 QStringLiteral("--config"), config},
                                &out, &err);
    if (code != 0)
        qWarning("control add-key: exit %d: %s", code, err.constData());
    return code == 0 ? QString::fromUtf8(out.trimmed()) : QString();
}

// A port that was free a moment ago, for a listener that does not take 0.
quint16 freePort() {
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
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

    // add-key stores only the key's hash, keeps the rest of the file, prints the key alone on
    // standard output once, and refuses a name that is taken or invalid.
    void controlAddKeyStoresTheHashOnly() {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("mechdock.json"));
        writeFile(config, "{\"docker\": {\"batchSize\": 3}}");
        QByteArray out, err;
        QCOMPARE(runCommand({QStringLiteral("control"), QStringLiteral("add-key"),
                             QStringLiteral("ci"), QStringLiteral("--config"), config},
                            &out, &err),
                 0);
        const QString key = QString::fromUtf8(out.trimmed());
        QVERIFY2(
            QRegularExpression(QStringLiteral("^mdk_[A-Za-z0-9_-]{43}$")).match(key).hasMatch(),
            out.constData());
        QVERIFY2(err.contains("in clear") && err.contains("SIGHUP"), err.constData());

        const mechdock::config::LoadResult saved =
            mechdock::config::SettingsStore::loadFileOnly(config);
        QVERIFY(saved.ok());
        QCOMPARE(saved.settings.docker.batchSize, 3);
        QCOMPARE(saved.settings.control.apiKeys.size(), 1);
        QVERIFY(saved.settings.control.apiKeys.constFirst().startsWith(
            QLatin1String("ci|pbkdf2-sha256$")));
        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(key.toUtf8()));
        // The printed key is the one whose hash was stored.
        mechdock::control::ControlAuthenticator authenticator;
        authenticator.configure(saved.settings.control.apiKeys, QString());
        mechdock::control::ClientMessage auth;
        auth.type = mechdock::control::ClientMessage::Type::Auth;
        auth.key = key;
        const auto identity = authenticator.authenticate(auth);
        QVERIFY(identity.ok());
        QCOMPARE(identity.value(), QStringLiteral("ci"));

        QCOMPARE(runCommand({QStringLiteral("control"), QStringLiteral("add-key"),
                             QStringLiteral("ci"), QStringLiteral("--config"), config},
                            &out, &err),
                 1);
        QVERIFY2(err.contains("already"), err.constData());
        QVERIFY(out.trimmed().isEmpty());
        QCOMPARE(runCommand({QStringLiteral("control"), QStringLiteral("add-key"),
                             QStringLiteral("a b"), QStringLiteral("--config"), config},
                            &out, &err),
                 2);
        QCOMPARE(mechdock::config::SettingsStore::loadFileOnly(config).settings.control.apiKeys,
                 saved.settings.control.apiKeys);
        QCOMPARE(runCommand({QStringLiteral("control"), QStringLiteral("frobnicate")}, &out, &err),
                 2);
    }

    // The data folder's self-signed certificate is made once and kept, so the fingerprint stays
    // the same (from either executable); the operator's certificate in the settings wins.
    void controlFingerprintIsStable() {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("mechdock.json"));
        const QString data = dir.filePath(QStringLiteral("state"));
        writeFile(config, "{}");
        const QString first = fingerprint(config, data);
        const QRegularExpression shape(QStringLiteral("^[0-9A-F]{2}(:[0-9A-F]{2}){31}$"));
        QVERIFY2(shape.match(first).hasMatch(), qPrintable(first));
        QCOMPARE(fingerprint(config, data), first);
        QCOMPARE(fingerprint(config, data, mechdockdBinary()), first);
        const auto stored = mechdock::control::TlsIdentity::load(
            mechdock::control::TlsIdentity::selfSignedCertPath(data),
            mechdock::control::TlsIdentity::selfSignedKeyPath(data));
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().fingerprint(), first);

        // Another pair, given as the operator's own.
        const QString other = dir.filePath(QStringLiteral("other"));
        const auto own = mechdock::control::TlsIdentity::loadOrCreate(other);
        QVERIFY(own.ok());
        writeFile(config, QStringLiteral("{\"control\": {\"certFile\": \"%1\", \"keyFile\": "
                                         "\"%2\"}}")
                              .arg(mechdock::control::TlsIdentity::selfSignedCertPath(other),
                                   mechdock::control::TlsIdentity::selfSignedKeyPath(other))
                              .toUtf8());
        const QString operators = fingerprint(config, data);
        QCOMPARE(operators, own.value().fingerprint());
        QVERIFY(operators != first);
    }

    // End to end: the engine presents the certificate whose fingerprint the CLI printed, lets in
    // a key added before it started, and one added while it runs after SIGHUP.
    void addedKeysOpenTheRemoteApi() {
        QTemporaryDir home;
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        const QString data = home.filePath(QStringLiteral("state"));
        const quint16 port = freePort();
        QVERIFY(port != 0);
        writeFile(config, QStringLiteral("{\"control\": {\"remoteListen\": \"127.0.0.1:%1\"}}")
                              .arg(port)
                              .toUtf8());
        const QString printed = fingerprint(config, data);
        QVERIFY(!printed.isEmpty());
        const QString early = addKey(config, QStringLiteral("ci"));
        QVERIFY(early.startsWith(QLatin1String("mdk_")));

        QProcess engine;
        engine.setProcessEnvironment(headlessEnvironment(home));
        engine.start(mechdockdBinary(),
                     {QStringLiteral("--config"), config, QStringLiteral("--data-dir"), data});
        QByteArray seen;
        QVERIFY2(waitForOutput(engine, "Remote control API on", seen, 30000), seen.constData());
        QVERIFY2(waitForOutput(engine, printed.toUtf8(), seen, 5000), seen.constData());

        const auto connectWith = [&](const QString &key) {
            auto remote = std::make_unique<mechdock::client::RemoteEngineClient>(
                QStringLiteral("tst_app_cli"));
            mechdock::client::ServerAddress address;
            address.kind = mechdock::client::ServerAddress::Kind::Tls;
            address.url = QUrl(QStringLiteral("wss://127.0.0.1:%1/").arg(port));
            address.apiKey = key;
            address.fingerprint = printed;
            remote->connectTo(address);
            return remote;
        };
        auto first = connectWith(early);
        QTRY_VERIFY_WITH_TIMEOUT(first->state().isConnected(), 20000);
        QCOMPARE(first->state().identity, QStringLiteral("ci"));
        first.reset();

        const QString late = addKey(config, QStringLiteral("ci-late"));
        QVERIFY(late.startsWith(QLatin1String("mdk_")));
        ::kill(pid_t(engine.processId()), SIGHUP);
        // The reload runs on the engine's thread: its warning about the missing token comes
        // after the keychain was asked (the last wait inside a reload), and the listeners take
        // the new keys before that thread accepts another connection.
        const qsizetype before = seen.size();
        const auto reloaded = [&] {
            seen += engine.readAllStandardError();
            const qsizetype at = seen.indexOf("Reloading the configuration", before);
            return at >= 0 && seen.indexOf("DISCORD_BOT_TOKEN", at) >= 0;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(reloaded(), seen.constData(), 10000);
        auto second = connectWith(late);
        QTRY_VERIFY_WITH_TIMEOUT(second->state().isConnected() ||
                                     second->state().status ==
                                         mechdock::client::ConnectionState::Status::Failed,
                                 20000);
        QVERIFY2(second->state().isConnected(), qPrintable(second->state().reason));
        QCOMPARE(second->state().identity, QStringLiteral("ci-late"));
        second.reset();

        ::kill(pid_t(engine.processId()), SIGTERM);
        QVERIFY(engine.waitForFinished(10000));
        QCOMPARE(engine.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAppCli)
#include "tst_app_cli.moc"
