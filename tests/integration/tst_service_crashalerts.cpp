// Crash alerts end to end: `mechdock --service` with the local Discord server and a private
// dockerd. A container that exits with 3 on its own is posted to the alerts channel with its exit
// code and its last log line; one stopped with `docker stop` is not; one that keeps crashing
// under a restart policy is reported once as a crash and once as a restart loop; a daemon that
// goes away and comes back is reported both ways.
#include "dockerdaemon.h"
#include "localdiscordserver.h"
#include "serviceprocess.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace mechdock;
using mechdock::test::ServiceProcess;

namespace {

const QString kStatusChannel = QStringLiteral("200000000000000021");
const QString kAlertChannel = QStringLiteral("200000000000000022");

QString all(const QList<QJsonObject> &messages) {
    QString text;
    for (const QJsonObject &m : messages)
        text +=
            QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)) + QLatin1Char('\n');
    return text;
}

} // namespace

class TestServiceCrashAlerts : public QObject {
    Q_OBJECT

    test::DockerDaemon daemon;
    test::LocalDiscordServer discord;
    QTemporaryDir home;
    std::unique_ptr<ServiceProcess> service;

    QString alerts() { return all(discord.rest().messages(kAlertChannel)); }

private slots:
    void initTestCase() {
        QVERIFY(discord.start());
        const QString why = daemon.start();
        if (!why.isEmpty()) {
            if (test::isCi())
                QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
            QSKIP(qPrintable(why));
        }
        QVERIFY(daemon.createContainer(QStringLiteral("quiet"),
                                       {QStringLiteral("sleep"), QStringLiteral("3600")}));
        QVERIFY(daemon.createContainer(QStringLiteral("crasher"),
                                       {QStringLiteral("sh"), QStringLiteral("-c"),
                                        QStringLiteral("echo boom before exit; sleep 1; exit 3")}));
        QCOMPARE(daemon.docker({QStringLiteral("create"), QStringLiteral("--name"),
                                QStringLiteral("looper"), QStringLiteral("--restart"),
                                QStringLiteral("always"), QStringLiteral("--network"),
                                QStringLiteral("none"), QStringLiteral("--init"),
                                QStringLiteral("mini:latest"), QStringLiteral("sh"),
                                QStringLiteral("-c"), QStringLiteral("echo looping; exit 1")}),
                 0);
        QJsonArray containers;
        for (const char *name : {"quiet", "crasher", "looper"})
            containers.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)}});
        const QJsonObject settings{
            {QStringLiteral("discord"),
             QJsonObject{
                 {QStringLiteral("apiBaseUrl"), discord.apiBaseUrl().toString()},
                 {QStringLiteral("channels"),
                  QJsonArray{QJsonObject{{QStringLiteral("id"), kStatusChannel},
                                         {QStringLiteral("kind"), QStringLiteral("status")}}}}}},
            {QStringLiteral("docker"),
             QJsonObject{{QStringLiteral("endpoints"),
                          QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("local")},
                                                 {QStringLiteral("uri"), daemon.uri()}}}},
                         {QStringLiteral("backgroundRefreshSec"), 5}}},
            {QStringLiteral("containers"), containers},
            {QStringLiteral("alerts"), QJsonObject{{QStringLiteral("channelId"), kAlertChannel},
                                                   {QStringLiteral("logLines"), 5}}},
            {QStringLiteral("http"), QJsonObject{{QStringLiteral("listen"), QString()}}}};
        const QString config = home.filePath(QStringLiteral("mechdock.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(settings).toJson());
        file.close();
        service = std::make_unique<ServiceProcess>(config, home.filePath(QStringLiteral("data")),
                                                   discord.token(), home.path());
        // Connected to Discord, and Docker's events reach the bot: starting a container shows
        // in the status channel's overview.
        QTRY_VERIFY2_WITH_TIMEOUT(!discord.rest().messages(kStatusChannel).isEmpty(),
                                  service->log().constData(), 30000);
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("quiet")}), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(
            all(discord.rest().messages(kStatusChannel)).contains(QStringLiteral("1 of 3 running")),
            service->log().constData(), 30000);
    }

    void cleanupTestCase() {
        daemon.docker({QStringLiteral("update"), QStringLiteral("--restart"), QStringLiteral("no"),
                       QStringLiteral("looper")});
        service.reset();
    }

    void aCrashIsPostedAndAStopIsNot() {
        QCOMPARE(daemon.docker({QStringLiteral("stop"), QStringLiteral("quiet")}), 0);
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("crasher")}), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(alerts().contains(QStringLiteral("crasher stopped unexpectedly "
                                                                   "(exit code 3)")),
                                  service->log().constData(), 30000);
        // Its last log line, fetched after it died, in a code block.
        QTRY_VERIFY_WITH_TIMEOUT(alerts().contains(QStringLiteral("boom before exit")), 10000);
        // The stop came first on the same event stream and was not taken for a crash.
        QVERIFY(!alerts().contains(QStringLiteral("quiet")));
    }

    void aRestartLoopIsReportedOnce() {
        QCOMPARE(daemon.docker({QStringLiteral("start"), QStringLiteral("looper")}), 0);
        QTRY_VERIFY2_WITH_TIMEOUT(alerts().contains(QStringLiteral("looper is in a restart loop")),
                                  service->log().constData(), 60000);
        QCOMPARE(alerts().count(QStringLiteral("looper stopped unexpectedly")), 1);
        QCOMPARE(alerts().count(QStringLiteral("looper is in a restart loop")), 1);
        QCOMPARE(daemon.docker({QStringLiteral("update"), QStringLiteral("--restart"),
                                QStringLiteral("no"), QStringLiteral("looper")}),
                 0);
    }

    void aLostDaemonIsReportedBothWays() {
        daemon.suspend();
        QTRY_VERIFY2_WITH_TIMEOUT(alerts().contains(QStringLiteral("Docker endpoint local does "
                                                                   "not answer")),
                                  service->log().constData(), 60000);
        QCOMPARE(daemon.resume(), QString());
        QTRY_VERIFY2_WITH_TIMEOUT(
            alerts().contains(QStringLiteral("Docker endpoint local answers again")),
            service->log().constData(), 60000);
    }
};

QTEST_GUILESS_MAIN(TestServiceCrashAlerts)
#include "tst_service_crashalerts.moc"
