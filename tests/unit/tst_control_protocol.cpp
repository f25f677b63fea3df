// The control API's wire format: client messages parse or are refused with the right machine
// word (malformed JSON, oversized input, wrong field types, unknown types), server messages
// round-trip, the method table is complete, and a ServiceSnapshot survives JSON unchanged.
#include "control/authratelimiter.h"
#include "control/controlauthenticator.h"
#include "control/controlmethod.h"
#include "control/controlprotocol.h"
#include "control/snapshotjson.h"
#include "control/valuejson.h"

#include <QFile>
#include <QJsonDocument>
#include <QtTest>

using namespace mechdock;
using namespace mechdock::control;

namespace {
// JSON written with single quotes, readable in a test (moc does not parse raw strings).
QByteArray q(const char *text) {
    return QByteArray(text).replace('\'', '"');
}
} // namespace

class TestControlProtocol : public QObject {
    Q_OBJECT
private slots:
    void parsesClientMessages() {
        const auto hello = ControlProtocol::parseClient(ControlProtocol::hello("cli"));
        QVERIFY(hello);
        QCOMPARE(hello.value().type, ClientMessage::Type::Hello);
        QCOMPARE(hello.value().protocol, ControlProtocol::kVersion);
        QCOMPARE(hello.value().client, QStringLiteral("cli"));

        const auto request =
            ControlProtocol::parseClient(q("{'type':'request','id':9007199254740991,'method':'mech."
                                           "donate','params':{'cents':5}}"));
        QVERIFY(request);
        QCOMPARE(request.value().id, Q_INT64_C(9007199254740991));
        QCOMPARE(request.value().method, QStringLiteral("mech.donate"));
        QCOMPARE(request.value().params.value("cents").toInt(), 5);

        const auto key = ControlProtocol::parseClient(ControlProtocol::authKey("k"));
        QVERIFY(key);
        QCOMPARE(key.value().key, QStringLiteral("k"));
        const auto password =
            ControlProtocol::parseClient(ControlProtocol::authPassword("ada", "pw"));
        QVERIFY(password);
        QCOMPARE(password.value().user, QStringLiteral("ada"));
        QCOMPARE(password.value().password, QStringLiteral("pw"));
    }

    void refusesBadInput_data() {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("not json") << QByteArray("{nope") << "malformed";
        QTest::newRow("array") << QByteArray("[1,2]") << "malformed";
        QTest::newRow("empty") << QByteArray("") << "malformed";
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3) << "malformed";
        QTest::newRow("no type") << QByteArray(q("{'id':1}")) << "bad_message";
        QTest::newRow("unknown type") << QByteArray(q("{'type':'welcome'}")) << "bad_message";
        QTest::newRow("hello without protocol")
            << QByteArray(q("{'type':'hello'}")) << "bad_message";
        QTest::newRow("hello protocol string")
            << QByteArray(q("{'type':'hello','protocol':'1'}")) << "bad_message";
        QTest::newRow("hello protocol fraction")
            << QByteArray(q("{'type':'hello','protocol':1.5}")) << "bad_message";
        QTest::newRow("auth without key") << QByteArray(q("{'type':'auth'}")) << "bad_message";
        QTest::newRow("auth numeric key")
            << QByteArray(q("{'type':'auth','key':5}")) << "bad_message";
        QTest::newRow("request negative id")
            << QByteArray(q("{'type':'request','id':-1,'method':'x'}")) << "bad_message";
        QTest::newRow("request huge id")
            << QByteArray(q("{'type':'request','id':1e300,'method':'x'}")) << "bad_message";
        QTest::newRow("request no method")
            << QByteArray(q("{'type':'request','id':1}")) << "bad_message";
        QTest::newRow("request params array")
            << QByteArray(q("{'type':'request','id':1,'method':'x','params':[]}")) << "bad_message";
        QByteArray big = q("{'type':'hello','protocol':1,'client':'");
        big.append(QByteArray(ControlProtocol::kMaxMessageBytes, 'a'));
        big.append("\"}");
        QTest::newRow("oversized") << big << "too_large";
    }
    void refusesBadInput() {
        QFETCH(QByteArray, input);
        QFETCH(QString, code);
        const auto parsed = ControlProtocol::parseClient(input);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void keepsAnOtherVersionVisible() {
        // An old or new client still parses, so the session can say "please update".
        const auto hello = ControlProtocol::parseClient(ControlProtocol::hello("old", 0));
        QVERIFY(hello);
        QCOMPARE(hello.value().protocol, 0);
        const auto future = ControlProtocol::parseClient(ControlProtocol::hello("new", 2));
        QVERIFY(future);
        QVERIFY(future.value().protocol != ControlProtocol::kVersion);
        // Long client names are cut, not refused.
        const auto longName =
            ControlProtocol::parseClient(ControlProtocol::hello(QString(5000, QLatin1Char('x'))));
        QVERIFY(longName);
        QCOMPARE(longName.value().client.size(), ControlProtocol::kMaxClientNameLength);
    }

    void serverMessagesRoundTrip() {
        auto welcome = ControlProtocol::parseServer(ControlProtocol::welcome("mechdock 1", true));
        QVERIFY(welcome);
        QCOMPARE(welcome.value().type, ServerMessage::Type::Welcome);
        QCOMPARE(welcome.value().protocol, ControlProtocol::kVersion);
        QVERIFY(welcome.value().authRequired);
        const QByteArray wire = ControlProtocol::welcome("mechdock 1", false);
        QCOMPARE(QJsonDocument::fromJson(wire).object().value("auth").toString(),
                 QStringLiteral("none"));

        auto ok = ControlProtocol::parseServer(ControlProtocol::response(7, {{"a", 1}}));
        QVERIFY(ok);
        QVERIFY(ok.value().ok);
        QCOMPARE(ok.value().id, 7);
        QCOMPARE(ok.value().result.value("a").toInt(), 1);

        auto failed = ControlProtocol::parseServer(
            ControlProtocol::responseError(8, ControlError{"denied", "no"}));
        QVERIFY(failed);
        QVERIFY(!failed.value().ok);
        QCOMPARE(failed.value().code, QStringLiteral("denied"));
        QCOMPARE(failed.value().message, QStringLiteral("no"));

        auto error = ControlProtocol::parseServer(
            ControlProtocol::error(ControlError{"protocol_mismatch", "please update"}));
        QVERIFY(error);
        QCOMPARE(error.value().type, ServerMessage::Type::Error);
        QCOMPARE(error.value().code, QStringLiteral("protocol_mismatch"));

        auto event = ControlProtocol::parseServer(ControlProtocol::event("snapshot", {{"x", 2}}));
        QVERIFY(event);
        QCOMPARE(event.value().topic, QStringLiteral("snapshot"));
        QCOMPARE(event.value().data.value("x").toInt(), 2);
    }

    void methodTableIsComplete() {
        QSet<QString> names;
        for (ControlMethod m : controlMethods()) {
            const QString name = controlMethodName(m);
            QVERIFY(!name.isEmpty());
            QVERIFY2(!names.contains(name), qPrintable(name));
            names.insert(name);
            QCOMPARE(controlMethodFromName(name), std::optional<ControlMethod>(m));
        }
        QCOMPARE(names.size(), 25);
        // Every method is documented for people writing clients.
        QFile doc(QStringLiteral(MECHDOCK_SOURCE_DIR "/docs/control-api.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        for (const QString &name : std::as_const(names))
            QVERIFY2(text.contains(QLatin1Char('`') + name + QLatin1Char('`')), qPrintable(name));
        QVERIFY(!controlMethodFromName("snapshot.GET"));
        QVERIFY(controlMethodChangesState(ControlMethod::MechDonate));
        QVERIFY(controlMethodChangesState(ControlMethod::SettingsSet));
        QVERIFY(!controlMethodChangesState(ControlMethod::SettingsGet));
    }

    void recordsRoundTrip() {
        // What the engine sends, a client reads back unchanged.
        scheduler::ScheduledTask task;
        task.id = QStringLiteral("t1");
        task.endpoint = QStringLiteral("nas");
        task.containerName = QStringLiteral("game");
        task.action = docker::ContainerAction::Stop;
        task.schedule = QStringLiteral("daily 04:00");
        task.timeZone = "Europe/Berlin";
        task.enabled = false;
        task.createdBy = QStringLiteral("ada");
        task.createdAt = QDateTime::fromMSecsSinceEpoch(1700000000123, Qt::UTC);
        task.nextRun = QDateTime::fromMSecsSinceEpoch(1700003600000, Qt::UTC);
        scheduler::TaskOverview overview{task, {task.nextRun}, QString()};
        const QJsonObject taskJson = ValueJson::taskOverview(overview);
        QCOMPARE(ValueJson::taskOverview(ValueJson::taskOverview(taskJson)), taskJson);
        QVERIFY(!ValueJson::task(
            QJsonObject{{"container", "x"}, {"schedule", "daily 04:00"}, {"action", "explode"}}));

        mech::LedgerEvent event;
        event.id = 7;
        event.cents = 425;
        event.donor = QStringLiteral("Ada");
        event.note = QStringLiteral("thanks");
        event.createdAtMs = 1700000000123;
        event.kind = mech::LedgerEventKind::Adjustment;
        const QJsonObject eventJson = ValueJson::ledgerEvent(event);
        QCOMPARE(ValueJson::ledgerEvent(ValueJson::ledgerEvent(eventJson)), eventJson);

        storage::AuditEntry entry;
        entry.id = 3;
        entry.epochMs = 1700000000123;
        entry.source = QStringLiteral("api");
        entry.actor = QStringLiteral("laptop");
        entry.action = QStringLiteral("containers.action");
        entry.target = QStringLiteral("local/game");
        entry.result = QStringLiteral("ok");
        const QJsonObject entryJson = ValueJson::auditEntry(entry);
        QCOMPARE(ValueJson::auditEntry(ValueJson::auditEntry(entryJson)), entryJson);

        monitor::MemorySample sample;
        sample.epochMs = 1700000000123;
        sample.rssBytes = 27 << 20;
        sample.heapInUseBytes = -1;
        sample.cgroupLimitBytes = 96 << 20;
        sample.usagePercent = 28.5;
        sample.pressure = monitor::PressureLevel::High;
        const QJsonObject sampleJson = ValueJson::memorySample(sample);
        QCOMPARE(ValueJson::memorySample(ValueJson::memorySample(sampleJson)), sampleJson);
        QCOMPARE(ValueJson::memorySample(sampleJson).pressure, monitor::PressureLevel::High);

        logging::LogRecord record;
        record.sequence = 42;
        record.epochMs = 1700000000123;
        record.level = QtWarningMsg;
        record.category = QStringLiteral("mechdock.docker");
        record.message = QStringLiteral("endpoint unreachable");
        const QJsonObject recordJson = ValueJson::logRecord(record);
        QCOMPARE(ValueJson::logRecord(ValueJson::logRecord(recordJson)), recordJson);
        QCOMPARE(ValueJson::logRecord(recordJson).level, QtWarningMsg);
    }

    void snapshotRoundTrip() {
        service::ServiceSnapshot s;
        s.epochMs = 1700000000123;
        s.running = true;
        s.configPath = "/etc/mechdock.json";
        s.dataDir = "/var/lib/mechdock";
        s.databaseOk = true;
        s.databaseWriteFailures = 3;
        s.dataDirFreeBytes = 123456789012;
        s.endpoints = {{"local", "unix:///run/docker.sock", true, {}, "1.43", true},
                       {"nas", "tcp://x", false, "refused", {}, false}};
        service::ContainerRow row;
        row.endpoint = "local";
        row.name = "mc";
        row.displayName = "Minecraft";
        row.state = "running";
        row.statusText = "Up 5 minutes";
        row.running = true;
        row.configured = true;
        row.allowedActions = {"status", "start"};
        row.cpuPercent = 12.5;
        row.memoryBytes = 1 << 30;
        row.startedEpochMs = 1699999999000;
        s.containers = {row};
        s.botState = service::BotState::Online;
        s.botReason = "ok";
        s.gatewayLatencyMs = 41.5;
        s.gatewayShardRows = {{0, "connected", 40.0, 1, 2, 4000, 99, {}}};
        s.guilds = {{"223456789012345678", "Guild", 12, 0, true}};
        s.rssBytes = 30 * 1024 * 1024;
        s.pressure = "Low";
        s.recentAlerts = {"warning memory: high"};
        s.mech.running = true;
        s.mech.level = 4;
        s.mech.levelName = "Rust";
        s.mech.powerCents = 1234;
        s.mech.resting = false;
        memory::CacheStats cache;
        cache.name = "docker.status";
        cache.kind = memory::ContainerKind::Queue;
        cache.entries = 5;
        cache.hits = 7;
        s.caches = {cache};
        monitor::OperationSummary op;
        op.name = "docker.start";
        op.totalCount = 10;
        op.p99Ms = 12.25;
        op.successRate = 0.9;
        s.operations = {op};
        s.configIssues = {"a", "b"};

        const QJsonObject json = SnapshotJson::toJson(s);
        // Through bytes, as on the wire.
        const QJsonObject wire =
            QJsonDocument::fromJson(QJsonDocument(json).toJson(QJsonDocument::Compact)).object();
        const service::ServiceSnapshot back = SnapshotJson::fromJson(wire);
        QCOMPARE(SnapshotJson::toJson(back), json);
        QCOMPARE(back.epochMs, s.epochMs);
        QCOMPARE(back.dataDirFreeBytes, s.dataDirFreeBytes);
        QCOMPARE(back.botState, service::BotState::Online);
        QCOMPARE(back.containers.size(), 1);
        QCOMPARE(back.containers.first().allowedActions, row.allowedActions);
        QCOMPARE(back.containers.first().memoryBytes, row.memoryBytes);
        QCOMPARE(back.endpoints.at(1).error, QStringLiteral("refused"));
        QCOMPARE(back.caches.first().kind, memory::ContainerKind::Queue);
        QCOMPARE(back.operations.first().p99Ms, 12.25);
        QCOMPARE(back.mech.levelName, QStringLiteral("Rust"));
        QCOMPARE(back.guilds.first().id, QStringLiteral("223456789012345678"));

        // Missing fields keep the struct's defaults.
        const service::ServiceSnapshot empty = SnapshotJson::fromJson({});
        QCOMPARE(empty.gatewayCloseCode, -1);
        QCOMPARE(empty.botState, service::BotState::Offline);
    }

    void apiKeysVerifyAndRateLimit() {
        const QString key = ControlAuthenticator::generateKey();
        QVERIFY(key.startsWith("mdk_"));
        QVERIFY(key.size() > 40);
        QVERIFY(key != ControlAuthenticator::generateKey());
        const QString entry = ControlAuthenticator::keyEntry("laptop", key);
        QVERIFY(entry.startsWith("laptop|pbkdf2-sha256$"));
        QVERIFY(!entry.contains(key));
        ControlAuthenticator auth;
        auth.configure({entry}, {});
        ClientMessage m;
        m.key = key;
        const auto who = auth.authenticate(m);
        QVERIFY(who);
        QCOMPARE(who.value(), QStringLiteral("laptop"));
        m.key = key + "x";
        QCOMPARE(auth.authenticate(m).error().code, QStringLiteral("auth_failed"));
        QVERIFY(ControlAuthenticator::isValidKeyName("ci-runner.2"));
        QVERIFY(!ControlAuthenticator::isValidKeyName("a|b"));

        AuthRateLimiter limiter(5, 60000, 2);
        for (int i = 0; i < 5; ++i) {
            QVERIFY(limiter.allowed("192.0.2.1", 1000 + i));
            limiter.recordFailure("192.0.2.1", 1000 + i);
        }
        QVERIFY(!limiter.allowed("192.0.2.1", 2000));
        QVERIFY(limiter.allowed("192.0.2.2", 2000));
        QVERIFY(limiter.allowed("192.0.2.1", 61005)); // the window moved on
        limiter.recordFailure("192.0.2.3", 3000);
        limiter.recordFailure("192.0.2.4", 3000);
        QVERIFY(limiter.trackedAddresses() <= 2);
    }
};

QTEST_GUILESS_MAIN(TestControlProtocol)
#include "tst_control_protocol.moc"
