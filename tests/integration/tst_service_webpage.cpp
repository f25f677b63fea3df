// The web page in a real browser: `mechdockd` with web.listen and a private dockerd holding one
// stopped container, driven by headless Chromium through Selenium (tests/web/browser_check.py,
// Debian's chromium, chromium-driver and python3-selenium). The script sets the password with the
// setup code from the service's log, starts the container and waits to see it running, enters a
// wrong value in the settings and sees the message at the field, logs out, checks that a POST
// without the CSRF token is refused, and that wrong passwords are refused and then rate-limited.
// This test then checks with the docker CLI that the container really runs, and measures the
// first load (bytes, time to first render) and the service's RSS with two pages open.
#include "dockerdaemon.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;

class TestServiceWebPage : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    QTemporaryDir dir;
    QProcess service;
    QByteArray serviceLog;
    quint16 port = 0;

    static QString missingTool() {
        if (!QFile::exists(QStringLiteral("/usr/bin/chromium")))
            return QStringLiteral("chromium is not installed (Debian package chromium)");
        if (!QFile::exists(QStringLiteral("/usr/bin/chromedriver")))
            return QStringLiteral("chromedriver is not installed (Debian package chromium-driver)");
        QProcess probe;
        probe.start(QStringLiteral("/usr/bin/python3"),
                    {QStringLiteral("-c"), QStringLiteral("import selenium")});
        if (!probe.waitForFinished(30000) || probe.exitCode() != 0)
            return QStringLiteral("python3-selenium is not installed");
        return {};
    }

private slots:
    void initTestCase() {
        QString why = missingTool();
        if (why.isEmpty())
            why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a browser and a dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        QVERIFY(daemon.createContainer(QStringLiteral("web"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
        probe.close();
        const QJsonObject settings{
            {QStringLiteral("docker"),
             QJsonObject{{QStringLiteral("endpoints"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("local")},
                                                 {QStringLiteral("uri"), daemon.uri()}}}},
                         {QStringLiteral("toggleCooldownSec"), 0}}},
            {QStringLiteral("containers"),
             QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("web")},
                                    {QStringLiteral("allowedActions"),
                                     QJsonArray{QStringLiteral("status"), QStringLiteral("start"),
                                                QStringLiteral("stop")}}}}},
            {QStringLiteral("http"), QJsonObject{{QStringLiteral("listen"), QString()}}},
            {QStringLiteral("web"),
             QJsonObject{{QStringLiteral("listen"), QStringLiteral("127.0.0.1:%1").arg(port)}}}};
        QFile config(dir.filePath(QStringLiteral("mechdock.json")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write(QJsonDocument(settings).toJson());
        config.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path());
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.remove(QStringLiteral("DISCORD_BOT_TOKEN"));
        service.setProcessEnvironment(env);
        service.setProcessChannelMode(QProcess::MergedChannels);
        connect(&service, &QProcess::readyRead, this, [this] { serviceLog += service.readAll(); });
        service.start(test::mechdockdBinary(),
                      {QStringLiteral("--config"), config.fileName(), QStringLiteral("--data-dir"),
                       dir.filePath(QStringLiteral("data"))});
        QVERIFY(service.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(serviceLog.contains("setup code"), 30000);
    }

    void cleanupTestCase() {
        if (service.state() != QProcess::NotRunning) {
            service.terminate();
            if (!service.waitForFinished(15000))
                service.kill();
        }
    }

    void browserWalksThroughThePage() {
        const QRegularExpression codeLine(
            QStringLiteral("setup code ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})"));
        const QRegularExpressionMatch code = codeLine.match(QString::fromUtf8(serviceLog));
        QVERIFY2(code.hasMatch(), serviceLog.constData());
        QProcess browser;
        browser.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.path()); // Chromium's profile and cache go here
        browser.setProcessEnvironment(env);
        browser.start(QStringLiteral("/usr/bin/python3"),
                      {test::sourceDir() + QStringLiteral("/tests/web/browser_check.py"),
                       QStringLiteral("--url"), QStringLiteral("http://127.0.0.1:%1/").arg(port),
                       QStringLiteral("--code"), code.captured(1), QStringLiteral("--pid"),
                       QString::number(service.processId())});
        QVERIFY(browser.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(browser.state() == QProcess::NotRunning, 300000);
        const QByteArray output = browser.readAll();
        qInfo().noquote() << QString::fromUtf8(output);
        QVERIFY2(browser.exitStatus() == QProcess::NormalExit && browser.exitCode() == 0,
                 output.right(3000).constData());
        // The start the browser asked for really happened.
        QCOMPARE(daemon.containerState(QStringLiteral("web")), QStringLiteral("running"));
        QVERIFY(serviceLog.contains("failed authentication"));
    }
};

QTEST_GUILESS_MAIN(TestServiceWebPage)
#include "tst_service_webpage.moc"
