// The Docker client over TCP with TLS and client certificates, against a real dockerd started
// with --tlsverify, configured the docker CLI's way (DOCKER_HOST, DOCKER_TLS_VERIFY,
// DOCKER_CERT_PATH). Certificates are made with the openssl command for each run. A client
// certificate from another authority, and a daemon the client's CA does not vouch for, are
// refused with a clear error and no crash.
#include "docker/dockerclient.h"
#include "docker/dockerendpoint.h"
#include "dockerdaemon.h"
#include "testpaths.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::docker;

namespace {

bool openssl(const QString &dir, const QStringList &args, QString *error) {
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        *error = QStringLiteral("openssl %1: %2")
                     .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
        return false;
    }
    return true;
}

bool writeText(const QString &path, const QByteArray &text) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

// A CA in `dir` (ca.pem, ca-key.pem) and a certificate signed by it: `name`.pem and
// `name`-key.pem, for the server (127.0.0.1) or a client.
bool makeCa(const QString &dir, QString *error) {
    return openssl(dir,
                   {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    QStringLiteral("ca-key.pem"), QStringLiteral("-out"), QStringLiteral("ca.pem"),
                    QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=Mechdock test CA")},
                   error);
}

bool makeCertificate(const QString &dir, const QString &name, bool server, QString *error) {
    const QString ext = dir + QLatin1Char('/') + name + QStringLiteral(".ext");
    if (!writeText(ext, server ? QByteArray("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                                            "extendedKeyUsage=serverAuth\n")
                               : QByteArray("extendedKeyUsage=clientAuth\n")))
        return false;
    return openssl(dir,
                   {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                    name + QStringLiteral("-key.pem"), QStringLiteral("-out"),
                    name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                    QStringLiteral("/CN=") + name},
                   error) &&
           openssl(dir,
                   {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca-key.pem"),
                    QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                    name + QStringLiteral(".pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-extfile"), ext},
                   error);
}

// A folder laid out like ~/.docker for DOCKER_CERT_PATH.
bool clientFolder(const QString &target, const QString &caDir, const QString &certDir) {
    QDir().mkpath(target);
    return QFile::copy(caDir + QStringLiteral("/ca.pem"), target + QStringLiteral("/ca.pem")) &&
           QFile::copy(certDir + QStringLiteral("/client.pem"),
                       target + QStringLiteral("/cert.pem")) &&
           QFile::copy(certDir + QStringLiteral("/client-key.pem"),
                       target + QStringLiteral("/key.pem"));
}

quint16 freePort() {
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestDockerTls : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    test::DockerDaemon m_daemon;
    quint16 m_port = 0;
    bool m_running = false;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    DockerEndpoint endpointFor(const QString &certPath) const {
        QProcessEnvironment env;
        env.insert(QStringLiteral("DOCKER_HOST"), QStringLiteral("tcp://127.0.0.1:%1").arg(m_port));
        env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
        env.insert(QStringLiteral("DOCKER_CERT_PATH"), certPath);
        EndpointConfig config;
        config.name = QStringLiteral("remote");
        return DockerEndpoint::resolve(config, env);
    }

private slots:
    void initTestCase() {
        if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
            if (test::isCi())
                QFAIL("openssl is missing (Debian package openssl)");
            QSKIP("openssl is not installed");
        }
        QVERIFY(m_dir.isValid());
        QString error;
        for (const char *sub : {"ca", "other"})
            QVERIFY(QDir().mkpath(path(QString::fromLatin1(sub))));
        QVERIFY2(makeCa(path(QStringLiteral("ca")), &error), qPrintable(error));
        QVERIFY2(
            makeCertificate(path(QStringLiteral("ca")), QStringLiteral("server"), true, &error),
            qPrintable(error));
        QVERIFY2(
            makeCertificate(path(QStringLiteral("ca")), QStringLiteral("client"), false, &error),
            qPrintable(error));
        // A second authority, which the daemon does not trust.
        QVERIFY2(makeCa(path(QStringLiteral("other")), &error), qPrintable(error));
        QVERIFY2(
            makeCertificate(path(QStringLiteral("other")), QStringLiteral("client"), false, &error),
            qPrintable(error));
        QVERIFY(clientFolder(path(QStringLiteral("good")), path(QStringLiteral("ca")),
                             path(QStringLiteral("ca"))));
        QVERIFY(clientFolder(path(QStringLiteral("foreign-client")), path(QStringLiteral("ca")),
                             path(QStringLiteral("other"))));
        QVERIFY(clientFolder(path(QStringLiteral("foreign-server")), path(QStringLiteral("other")),
                             path(QStringLiteral("other"))));

        m_port = freePort();
        QVERIFY(m_port != 0);
        const QString ca = path(QStringLiteral("ca"));
        m_daemon.setExtraArgs({QStringLiteral("--tlsverify"),
                               QStringLiteral("--tlscacert=") + ca + QStringLiteral("/ca.pem"),
                               QStringLiteral("--tlscert=") + ca + QStringLiteral("/server.pem"),
                               QStringLiteral("--tlskey=") + ca + QStringLiteral("/server-key.pem"),
                               QStringLiteral("-H"),
                               QStringLiteral("tcp://127.0.0.1:%1").arg(m_port)});
        const QString why = m_daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        m_running = true;
        QVERIFY(m_daemon.createContainer(QStringLiteral("tls-web"),
                                         {QStringLiteral("sleep"), QStringLiteral("3600")}));
    }

    void listsOverTlsWithClientCertificate() {
        const DockerEndpoint endpoint = endpointFor(path(QStringLiteral("good")));
        QVERIFY(endpoint.tls);
        QCOMPARE(endpoint.transport(), QStringLiteral("tcp"));
        DockerClient client(endpoint);
        client.setTimeoutMs(20000);
        bool done = false;
        bool pinged = false;
        QString error;
        client.ping([&](bool ok, const QString &e) {
            pinged = ok;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(pinged, qPrintable(error));

        done = false;
        QList<ContainerInfo> list;
        client.listContainers([&](const QList<ContainerInfo> &l, const QString &e) {
            list = l;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList names;
        for (const ContainerInfo &c : std::as_const(list))
            names << c.name;
        QVERIFY2(names.contains(QStringLiteral("tls-web")), qPrintable(names.join(u',')));

        // And an action through the same encrypted connection.
        done = false;
        ActionOutcome outcome;
        client.start(QStringLiteral("tls-web"), [&](const ActionOutcome &o) {
            outcome = o;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 60000);
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QCOMPARE(m_daemon.containerState(QStringLiteral("tls-web")), QStringLiteral("running"));
    }

    void refusedCertificatesGiveAClearError_data() {
        QTest::addColumn<QString>("folder");
        QTest::newRow("client certificate from another CA") << QStringLiteral("foreign-client");
        QTest::newRow("daemon not trusted by the client") << QStringLiteral("foreign-server");
    }

    void refusedCertificatesGiveAClearError() {
        QFETCH(QString, folder);
        DockerClient client(endpointFor(path(folder)));
        client.setTimeoutMs(10000);
        bool done = false;
        bool ok = true;
        QString error;
        client.ping([&](bool pingOk, const QString &e) {
            ok = pingOk;
            error = e;
            done = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
        QVERIFY(!ok);
        QVERIFY(!error.isEmpty());
        qInfo().noquote() << folder << "->" << error;
        if (folder == QLatin1String("foreign-client"))
            QVERIFY2(error.contains(QLatin1String("refused Mechdock's client certificate")),
                     qPrintable(error));
        // The operator learns where it failed: the address, and that TLS is involved.
        QVERIFY2(error.contains(QStringLiteral("127.0.0.1")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("TLS"), Qt::CaseInsensitive) ||
                     error.contains(QLatin1String("SSL"), Qt::CaseInsensitive) ||
                     error.contains(QLatin1String("certificate"), Qt::CaseInsensitive) ||
                     error.contains(QLatin1String("handshake"), Qt::CaseInsensitive),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDockerTls)
#include "tst_docker_tls.moc"
