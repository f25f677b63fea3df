// Status and control messages survive restarts: the real service binary against the local Discord
// server and a real dockerd, stopped by SIGTERM and by SIGKILL, started on a new database (it
// adopts its own earlier messages and removes older copies), and after someone deleted one
// message (only that one is posted again). Posts are counted at the server. And one engine per
// data folder: a second service on the same folder exits at once (one IDENTIFY at the server),
// and after kill -9 of the first the next start takes the folder over.
#include "dockerdaemon.h"
#include "localdiscordserver.h"
#include "serviceprocess.h"
#include "testpaths.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace mechdock;
using mechdock::test::ServiceProcess;

namespace {

const QString kStatusChannel = QStringLiteral("200000000000000011");
const QString kControlChannel = QStringLiteral("100000000000000011");
constexpr int kMessages = 3; // the overview, and one per container (web, db)

int countIn(const QList<QJsonObject> &messages) {
    return int(messages.size());
}

} // namespace

class TestServiceStatusMessages : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void restartsEditInsteadOfPosting();
    void oneEnginePerDataFolder();

private:
    void writeSettings(const QString &path);
    test::DockerDaemon m_daemon;
    test::LocalDiscordServer m_discord;
    bool m_haveDocker = false;
};

void TestServiceStatusMessages::initTestCase() {
    QVERIFY2(QFile::exists(test::mechdockBinary()), qPrintable(test::mechdockBinary()));
    QVERIFY(m_discord.start());
    const QString why = m_daemon.start();
    if (!why.isEmpty()) {
        if (test::isCi())
            QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
        QSKIP(qPrintable(QStringLiteral("needs a dockerd: ") + why));
    }
    m_haveDocker = true;
    for (const char *name : {"web", "db"})
        QVERIFY(m_daemon.createContainer(QString::fromLatin1(name),
                                         {QStringLiteral("sleep"), QStringLiteral("3600")}));
    QCOMPARE(m_daemon.docker({QStringLiteral("start"), QStringLiteral("web")}), 0);
}

void TestServiceStatusMessages::writeSettings(const QString &path) {
    const auto channel = [](const QString &id, const char *kind) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("name"), QString::fromLatin1(kind)},
                           {QStringLiteral("kind"), QString::fromLatin1(kind)}};
    };
    const auto container = [](const char *name) {
        return QJsonObject{{QStringLiteral("endpoint"), QStringLiteral("local")},
                           {QStringLiteral("name"), QString::fromLatin1(name)},
                           {QStringLiteral("allowedActions"),
                            QJsonArray{QStringLiteral("status"), QStringLiteral("start"),
                                       QStringLiteral("stop")}}};
    };
    const QJsonObject settings{
        {QStringLiteral("discord"),
         QJsonObject{
             {QStringLiteral("apiBaseUrl"), m_discord.apiBaseUrl().toString()},
             {QStringLiteral("channels"),
              QJsonArray{channel(kStatusChannel, "status"), channel(kControlChannel, "control")}}}},
        {QStringLiteral("docker"),
         QJsonObject{{QStringLiteral("endpoints"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("local")},
                                             {QStringLiteral("uri"), m_daemon.uri()}}}}}},
        {QStringLiteral("containers"), QJsonArray{container("web"), container("db")}},
        {QStringLiteral("http"), QJsonObject{{QStringLiteral("listen"), QString()}}}};
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(settings).toJson());
}

void TestServiceStatusMessages::restartsEditInsteadOfPosting() {
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("mechdock.json"));
    const QString dataDir = home.filePath(QStringLiteral("data"));
    writeSettings(config);
    test::LocalDiscordRest &rest = m_discord.rest();
    QSignalSpy posts(&rest, &test::LocalDiscordRest::messageCreated);
    QSignalSpy edits(&rest, &test::LocalDiscordRest::messageEdited);
    QSignalSpy deletes(&rest, &test::LocalDiscordRest::messageDeleted);
    const auto inChannels = [&rest] {
        return countIn(rest.messages(kStatusChannel)) + countIn(rest.messages(kControlChannel));
    };
    const auto stop = [](ServiceProcess &service, int sig) {
        service.signal(sig);
        QTRY_VERIFY_WITH_TIMEOUT(!service.running(), 15000);
        if (sig == SIGTERM)
            QCOMPARE(service.process().exitCode(), 0);
    };
    const auto launch = [&] {
        return std::make_unique<ServiceProcess>(config, dataDir, m_discord.token(), home.path());
    };

    // First start: a new database and an empty channel: three posts.
    {
        auto service = launch();
        QTRY_VERIFY2_WITH_TIMEOUT(posts.size() == kMessages, service->log().constData(), 30000);
        // The ids are stored once Discord answered the posts; the edits of a restart prove it.
        QTRY_COMPARE_WITH_TIMEOUT(inChannels(), kMessages, 10000);
        stop(*service, SIGTERM);
    }
    // Restart after SIGTERM, after SIGKILL, and once more: the same messages are edited.
    // Each start edits every message it knows once, which is how it finds the deleted ones.
    for (const int sig : {SIGTERM, SIGKILL, SIGTERM}) {
        const qsizetype editsBefore = edits.size();
        auto service = launch();
        QTRY_VERIFY2_WITH_TIMEOUT(edits.size() - editsBefore >= kMessages,
                                  service->log().constData(), 30000);
        QCOMPARE(posts.size(), kMessages);
        // Found through the database, not by reading the channel again.
        QVERIFY2(!service->log().contains("reusing"), service->log().constData());
        stop(*service, sig);
    }
    QCOMPARE(inChannels(), kMessages);

    // A new database (deleted, as after import-ddc): the bot finds its own messages. An older
    // copy of a control message, left by some earlier run, is removed.
    const QJsonObject web = [&] {
        for (const QJsonObject &m : rest.messages(kControlChannel)) {
            if (QJsonDocument(m).toJson().contains("web"))
                return m;
        }
        return QJsonObject();
    }();
    QVERIFY(!web.isEmpty());
    const QString duplicate = rest.addBotMessage(kControlChannel, web);
    QCOMPARE(inChannels(), kMessages + 1);
    QVERIFY(QDir(dataDir).removeRecursively());
    {
        const qsizetype deletesBefore = deletes.size();
        const qsizetype editsBefore = edits.size();
        auto service = launch();
        QTRY_VERIFY2_WITH_TIMEOUT(edits.size() - editsBefore >= kMessages,
                                  service->log().constData(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(deletes.size() - deletesBefore, qsizetype(1), 10000);
        QCOMPARE(posts.size(), kMessages);
        QCOMPARE(inChannels(), kMessages);
        QVERIFY2(service->log().contains("reusing"), service->log().constData());
        stop(*service, SIGTERM);
    }
    // Only the newest copy of each survives: one message per container.
    int webMessages = 0;
    for (const QJsonObject &m : rest.messages(kControlChannel))
        webMessages += QJsonDocument(m).toJson().contains("|web\"") ? 1 : 0;
    QCOMPARE(webMessages, 1);
    Q_UNUSED(duplicate);

    // Someone deleted the overview while the service was down: only that one is posted again.
    const QList<QJsonObject> status = rest.messages(kStatusChannel);
    QCOMPARE(status.size(), 1);
    QVERIFY(
        rest.removeMessage(kStatusChannel, status.first().value(QStringLiteral("id")).toString()));
    {
        const qsizetype editsBefore = edits.size();
        auto service = launch();
        QTRY_VERIFY2_WITH_TIMEOUT(posts.size() == kMessages + 1 &&
                                      edits.size() - editsBefore >= kMessages - 1,
                                  service->log().constData(), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(inChannels(), kMessages, 10000);
        QCOMPARE(posts.size(), kMessages + 1);
        QCOMPARE(rest.messages(kStatusChannel).size(), 1);
        stop(*service, SIGTERM);
    }
}

void TestServiceStatusMessages::oneEnginePerDataFolder() {
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("mechdock.json"));
    const QString dataDir = home.filePath(QStringLiteral("data"));
    writeSettings(config);
    QSignalSpy identifies(&m_discord.gateway(), &test::LocalDiscordGateway::identified);

    auto first = std::make_unique<ServiceProcess>(config, dataDir, m_discord.token(), home.path());
    QTRY_COMPARE_WITH_TIMEOUT(identifies.size(), qsizetype(1), 30000);
    ServiceProcess second(config, dataDir, m_discord.token(), home.path());
    QTRY_VERIFY_WITH_TIMEOUT(!second.running(), 15000);
    QCOMPARE(second.process().exitCode(), 75);
    const QString message = QString::fromUtf8(second.log());
    QVERIFY2(message.contains(QStringLiteral("Another Mechdock engine already runs")) &&
                 message.contains(QString::number(first->process().processId())),
             qPrintable(message));
    QVERIFY(first->running());

    // A crash leaves no stale lock: the kernel released it with the process.
    first->signal(SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(!first->running(), 10000);
    ServiceProcess third(config, dataDir, m_discord.token(), home.path());
    QTRY_COMPARE_WITH_TIMEOUT(identifies.size(), qsizetype(2), 30000);
    QVERIFY(third.running());
    // Only the engines that held the lock ever identified.
    QCOMPARE(identifies.size(), qsizetype(2));
    third.signal(SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(!third.running(), 15000);
    QCOMPARE(third.process().exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestServiceStatusMessages)
#include "tst_service_statusmessages.moc"
