// HttpClientPool over TLS, as it talks to Discord: against a QSslServer on 127.0.0.1 with a
// certificate made by the openssl command for the run. A certificate the client does not trust
// is an error with the reason, never an answer; a trusted one carries several requests on one
// encrypted connection.
#include "http/httpclientpool.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace mechdock::http;

class TestHttpClientPoolTls : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void untrustedCertificateIsRefused();
    void trustedCertificateCarriesRequestsOnOneConnection();

private:
    QTemporaryDir m_dir;
    QSslServer m_server;
    int m_connections = 0;
};

void TestHttpClientPoolTls::initTestCase() {
    if (!QSslSocket::supportsSsl())
        QFAIL("this Qt has no TLS backend");
    if (QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty()) {
        if (mechdock::test::isCi())
            QFAIL("openssl is missing (Debian package openssl)");
        QSKIP("openssl is not installed");
    }
    QVERIFY(m_dir.isValid());
    QProcess openssl;
    openssl.setWorkingDirectory(m_dir.path());
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   QStringLiteral("key.pem"), QStringLiteral("-out"), QStringLiteral("cert.pem"),
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1")});
    QVERIFY(openssl.waitForFinished(60000));
    QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

    QFile certFile(m_dir.filePath(QStringLiteral("cert.pem")));
    QFile keyFile(m_dir.filePath(QStringLiteral("key.pem")));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(QSslCertificate(certFile.readAll()));
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_server.setSslConfiguration(config);
    connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++m_connections;
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                // Every request of these tests fits one read: a GET head.
                const QByteArray data = socket->readAll();
                const int requests = int(data.count("\r\n\r\n"));
                for (int i = 0; i < requests; ++i)
                    socket->write("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nsecure");
            });
        }
    });
    QVERIFY(m_server.listen(QHostAddress::LocalHost));
}

void TestHttpClientPoolTls::untrustedCertificateIsRefused() {
    HttpClientPool pool(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())));
    std::optional<HttpClientResponse> answer;
    pool.send(HttpClientRequest{}, [&](const HttpClientResponse &r) { answer = r; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 10000);
    QCOMPARE(answer->status, 0);
    QVERIFY2(!answer->error.isEmpty(), "no reason given");
    QVERIFY(answer->body.isEmpty());
}

void TestHttpClientPoolTls::trustedCertificateCarriesRequestsOnOneConnection() {
    // Trusted the way a system CA would be: through the default configuration.
    QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
    trusting.addCaCertificates(m_dir.filePath(QStringLiteral("cert.pem")));
    QSslConfiguration::setDefaultConfiguration(trusting);
    const int before = m_connections;
    HttpClientPool pool(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())));
    QList<HttpClientResponse> answers;
    for (int i = 0; i < 3; ++i) {
        pool.send(HttpClientRequest{}, [&](const HttpClientResponse &r) { answers.append(r); });
        QTRY_COMPARE_WITH_TIMEOUT(answers.size(), i + 1, 10000);
        QVERIFY2(answers.last().status == 200, qPrintable(answers.last().error));
        QCOMPARE(answers.last().body, QByteArray("secure"));
    }
    QCOMPARE(m_connections - before, 1);
    QCOMPARE(pool.stats().reused, 2u);
}

QTEST_GUILESS_MAIN(TestHttpClientPoolTls)
#include "tst_http_clientpooltls.moc"
