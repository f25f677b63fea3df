// /health tells the truth: a damaged database is named at start (quick_check); failing writes and
// a full data disk (a real tmpfs filled to the last byte) turn it unhealthy and recover; a data
// folder that becomes writable again brings the database back without a restart; Discord
// unreachable past the grace period is unhealthy; a dead dockerd is noticed through its broken
// event stream long before the next probe, logged as a warning; and the JSON's states are
// machine words whatever language is installed.
#include "config/settings.h"
#include "dockerdaemon.h"
#include "pingresponder.h"
#include "service/botservice.h"
#include "service/healthserver.h"
#include "storage/auditlog.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <unistd.h>

using namespace mechdock;

namespace {

struct Reply {
    int status = 0;
    QJsonObject body;
};

Reply getHealth(quint16 port) {
    QNetworkAccessManager nam;
    QNetworkReply *reply =
        nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port))));
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(15000);
    Reply r{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
    reply->deleteLater();
    return r;
}

QString field(const QJsonObject &o, const char *section, const char *key) {
    return o.value(QLatin1String(section)).toObject().value(QLatin1String(key)).toString();
}

int run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000))
        return -1;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
}

// A tmpfs of its own, so "disk full" and "read-only" are real conditions, not simulations.
class TmpfsMount {
public:
    explicit TmpfsMount(const QString &path, const QString &options)
        : m_path(path) {
        QDir().mkpath(path);
        m_mounted = run(QStringLiteral("mount"),
                        {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                         options, QStringLiteral("tmpfs"), path}) == 0;
    }
    ~TmpfsMount() {
        if (m_mounted)
            run(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    bool mounted() const { return m_mounted; }
    bool remount(const QString &options) {
        return run(QStringLiteral("mount"),
                   {QStringLiteral("-o"), QStringLiteral("remount,") + options, m_path}) == 0;
    }

private:
    QString m_path;
    bool m_mounted = false;
};

// Every translation turns into nonsense: machine words must not change.
class NonsenseTranslator : public QTranslator {
public:
    QString translate(const char *, const char *sourceText, const char *, int) const override {
        return QStringLiteral("~") + QString::fromUtf8(sourceText).toUpper() + QStringLiteral("~");
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestServiceHealthTruth : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void damagedDatabaseIsNamedAtStart();
    void failingWritesAndFullDiskAreUnhealthy();
    void databaseReturnsWhenTheFolderIsWritableAgain();
    void discordUnreachablePastTheGraceIsUnhealthy();
    void deadDockerIsNoticedAtOnce();
    void statesAreMachineWordsInEveryLanguage();

private:
    config::Settings settings() const;
    std::unique_ptr<service::BotService> start(const config::Settings &s, const QString &dataDir);
    bool needRoot();
    QString m_socket;
    std::unique_ptr<test::PingResponder> m_ping;
};

void TestServiceHealthTruth::initTestCase() {
    m_socket = QDir::temp().filePath(
        QStringLiteral("mechdock-truth-%1.sock").arg(QCoreApplication::applicationPid()));
    m_ping = std::make_unique<test::PingResponder>(m_socket);
}

void TestServiceHealthTruth::cleanupTestCase() {
    m_ping.reset();
}

bool TestServiceHealthTruth::needRoot() {
    if (::geteuid() == 0)
        return true;
    if (test::isCi())
        qFatal("CI runs as root: mounting a tmpfs must work here");
    return false;
}

config::Settings TestServiceHealthTruth::settings() const {
    config::Settings s;
    s.http.listen = QStringLiteral("127.0.0.1:0");
    config::EndpointSettings endpoint;
    endpoint.name = QStringLiteral("local");
    endpoint.uri = QStringLiteral("unix://") + m_socket;
    s.docker.endpoints = {endpoint};
    s.health.minFreeDiskMb = 0;
    return s;
}

std::unique_ptr<service::BotService> TestServiceHealthTruth::start(const config::Settings &s,
                                                                   const QString &dataDir) {
    auto service = std::make_unique<service::BotService>(
        s, service::ServiceOptions{QDir(dataDir).filePath(QStringLiteral("m.json")), dataDir, {}});
    service->start();
    return service;
}

void TestServiceHealthTruth::damagedDatabaseIsNamedAtStart() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    {
        auto service = start(settings(), dir.path());
        QVERIFY(service->auditLog());
        QList<storage::AuditEntry> many;
        for (int i = 0; i < 4000; ++i) {
            storage::AuditEntry e;
            e.source = QStringLiteral("test");
            e.actor = QStringLiteral("filler");
            e.action = QStringLiteral("fill");
            e.result = QStringLiteral("ok");
            e.detail = QString(200, QLatin1Char('x'));
            many.append(e);
        }
        QVERIFY(service->auditLog()->recordAll(many));
        service->stop();
    }
    // Scribble over pages in the middle of the file: the first page (the schema) stays readable,
    // so only a real integrity check finds the damage.
    const QString path = dir.filePath(QStringLiteral("mechdock.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY2(file.size() > 64 * 4096, qPrintable(QString::number(file.size())));
    file.seek(file.size() / 2 - (file.size() / 2) % 4096);
    file.write(QByteArray(3 * 4096, '\xa5'));
    file.close();

    auto service = start(settings(), dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(getHealth(service->healthPort()).status, 503, 10000);
    const Reply r = getHealth(service->healthPort());
    QCOMPARE(field(r.body, "database", "state"), QStringLiteral("unavailable"));
    QVERIFY2(field(r.body, "database", "error").contains(QStringLiteral("damaged")),
             qPrintable(field(r.body, "database", "error")));
    QVERIFY(QFile::exists(path)); // named, never deleted: the rows may still be rescued
}

void TestServiceHealthTruth::failingWritesAndFullDiskAreUnhealthy() {
    if (!needRoot())
        QSKIP("mounting a tmpfs needs root");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    TmpfsMount disk(data, QStringLiteral("size=8m"));
    QVERIFY(disk.mounted());
    config::Settings s = settings();
    s.health.minFreeDiskMb = 1;
    auto service = start(s, data);
    QTRY_COMPARE_WITH_TIMEOUT(getHealth(service->healthPort()).status, 200, 10000);

    // Fill the disk to the last byte.
    QFile filler(QDir(data).filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'f');
    while (filler.write(block) == block.size() && filler.flush()) {
    }
    filler.close();

    storage::AuditEntry e;
    e.source = QStringLiteral("test");
    e.actor = QStringLiteral("disk");
    e.action = QStringLiteral("write");
    e.result = QStringLiteral("ok");
    e.detail = QString(1500, QLatin1Char('y'));
    bool failed = false;
    // SQLite may still fit a few rows into free pages; keep writing until the disk says no.
    for (int i = 0; i < 2000 && !failed; ++i)
        failed = !service->auditLog()->record(e);
    QVERIFY(failed);
    Reply r = getHealth(service->healthPort());
    QCOMPARE(r.status, 503);
    QCOMPARE(field(r.body, "database", "state"), QStringLiteral("write_failing"));
    QCOMPARE(field(r.body, "disk", "state"), QStringLiteral("full"));
    const QString reasons =
        QJsonDocument(r.body.value(QStringLiteral("reasons")).toArray()).toJson();
    QVERIFY2(reasons.contains(QStringLiteral("database writes are failing")) &&
                 reasons.contains(QStringLiteral("is full")),
             qPrintable(reasons));

    // Room again: the next write succeeds and /health recovers without a restart.
    QVERIFY(QFile::remove(QDir(data).filePath(QStringLiteral("filler"))));
    QVERIFY(service->auditLog()->record(e));
    QTRY_COMPARE_WITH_TIMEOUT(getHealth(service->healthPort()).status, 200, 10000);
    service->stop();
}

void TestServiceHealthTruth::databaseReturnsWhenTheFolderIsWritableAgain() {
    if (!needRoot())
        QSKIP("mounting a tmpfs needs root");
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data"));
    TmpfsMount disk(data, QStringLiteral("size=8m,ro"));
    QVERIFY(disk.mounted());
    auto service = start(settings(), data);
    QVERIFY(!service->database());
    Reply r = getHealth(service->healthPort());
    QCOMPARE(r.status, 503);
    QCOMPARE(field(r.body, "database", "state"), QStringLiteral("unavailable"));

    QVERIFY(disk.remount(QStringLiteral("rw")));
    QTRY_VERIFY_WITH_TIMEOUT(service->database() != nullptr, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(getHealth(service->healthPort()).status, 200, 10000);
    // The parts that need the database came back with it.
    QVERIFY(service->auditLog());
    QVERIFY(service->taskRunner());
    QVERIFY(service->mech());
    service->stop();
}

void TestServiceHealthTruth::discordUnreachablePastTheGraceIsUnhealthy() {
    QTemporaryDir dir;
    config::Settings s = settings();
    s.discord.token = QStringLiteral("unreachable.token.value");
    // Nothing listens on port 1: the gateway keeps trying.
    s.discord.apiBaseUrl = QStringLiteral("http://127.0.0.1:1/api/v10");
    s.health.gatewayGraceSec = 2;
    auto service = start(s, dir.path());
    QTRY_COMPARE_WITH_TIMEOUT(getHealth(service->healthPort()).status, 503, 30000);
    const Reply r = getHealth(service->healthPort());
    QCOMPARE(field(r.body, "gateway", "state"), QStringLiteral("connecting"));
    QVERIFY(r.body.value(QStringLiteral("gateway"))
                .toObject()
                .value(QStringLiteral("notConnectedMs"))
                .toInteger() >= 2000);
    const QString reasons =
        QJsonDocument(r.body.value(QStringLiteral("reasons")).toArray()).toJson();
    QVERIFY2(reasons.contains(QStringLiteral("not connected for")), qPrintable(reasons));
    service->stop();
}

void TestServiceHealthTruth::deadDockerIsNoticedAtOnce() {
    test::DockerDaemon daemon;
    const QString why = daemon.start();
    if (!why.isEmpty()) {
        if (test::isCi())
            QFAIL(qPrintable(QStringLiteral("CI needs a real dockerd: ") + why));
        QSKIP(qPrintable(why));
    }
    QVERIFY(daemon.createContainer(QStringLiteral("one"),
                                   {QStringLiteral("sleep"), QStringLiteral("3600")}));
    QTemporaryDir dir;
    config::Settings s = settings();
    s.docker.endpoints.first().uri = daemon.uri();
    // The periodic probe is an hour away: only the event stream can tell.
    s.docker.backgroundRefreshSec = 3600;
    config::ContainerSettings c;
    c.endpoint = QStringLiteral("local");
    c.name = QStringLiteral("one");
    s.containers = {c};
    auto service = start(s, dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(!service->snapshot().endpoints.isEmpty() &&
                                 service->snapshot().endpoints.first().reachable &&
                                 service->snapshot().endpoints.first().eventsConnected,
                             20000);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("Docker endpoint local unreachable")));
    daemon.suspend();
    QTRY_VERIFY_WITH_TIMEOUT(!service->snapshot().endpoints.first().reachable, 10000);
    const Reply r = getHealth(service->healthPort());
    QCOMPARE(r.status, 503);
    QCOMPARE(r.body.value(QStringLiteral("docker"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("state"))
                 .toString(),
             QStringLiteral("unreachable"));
    service->stop();
}

void TestServiceHealthTruth::statesAreMachineWordsInEveryLanguage() {
    NonsenseTranslator nonsense;
    QVERIFY(QCoreApplication::installTranslator(&nonsense));
    service::ServiceSnapshot s;
    s.running = true;
    s.databaseOk = true;
    s.epochMs = 1'000'000;
    s.dataDirFreeBytes = 10;
    s.dataDirMinFreeBytes = 100;
    s.endpoints = {service::EndpointState{
        QStringLiteral("local"), QStringLiteral("unix:///x"), false, QStringLiteral("gone"), {}}};
    const QList<QPair<service::BotState, QString>> states{
        {service::BotState::Offline, QStringLiteral("offline")},
        {service::BotState::Connecting, QStringLiteral("connecting")},
        {service::BotState::Online, QStringLiteral("online")},
        {service::BotState::Stopped, QStringLiteral("stopped")}};
    for (const auto &[state, word] : states) {
        s.botState = state;
        // Translations are in effect for people's words...
        QVERIFY(service::botStateName(state).startsWith(QLatin1Char('~')));
        const QJsonObject o =
            QJsonDocument::fromJson(service::HealthServer::healthJson(s)).object();
        // ...and never for machine words.
        QCOMPARE(field(o, "gateway", "state"), word);
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("unhealthy"));
        QCOMPARE(field(o, "database", "state"), QStringLiteral("ok"));
        QCOMPARE(field(o, "disk", "state"), QStringLiteral("full"));
        QCOMPARE(o.value(QStringLiteral("docker"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("state"))
                     .toString(),
                 QStringLiteral("unreachable"));
    }
    QCoreApplication::removeTranslator(&nonsense);
}

QTEST_GUILESS_MAIN(TestServiceHealthTruth)
#include "tst_service_healthtruth.moc"
