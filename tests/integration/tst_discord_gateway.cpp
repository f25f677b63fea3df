// The gateway client against the local Discord server, faults included: every interruption ends
// connected and resumed (or re-identified, or stopped with the reason), no interaction is lost
// across a resume, and identifies are exactly what the protocol requires.
#include "discord/discordgateway.h"
#include "discord/gatewayshard.h"
#include "discord/identifybudget.h"
#include "discord/restclient.h"
#include "localdiscordserver.h"
#include "memory/cacheregistry.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace mechdock;
using namespace mechdock::discord;
using mechdock::test::LocalDiscordServer;

namespace {

qint64 rssKb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

struct Harness {
    LocalDiscordServer server;
    memory::CacheRegistry registry;
    std::unique_ptr<RestClient> rest;
    std::unique_ptr<DiscordGateway> gateway;
    QList<QPair<QString, QJsonObject>> dispatches;
    QStringList interactionIds;
    int interactionCount = 0;
    bool keepPayloads = true; // off for the long run, whose own lists would grow

    bool start(int shards = 1, int heartbeatMs = 150, int maxConcurrency = 1,
               int remaining = 1000) {
        server.gateway().setHeartbeatIntervalMs(heartbeatMs);
        server.gateway().setShardCount(shards);
        server.gateway().setSessionStartLimit(1000, remaining, 24 * 3600 * 1000, maxConcurrency);
        if (!server.start())
            return false;
        RestOptions ro;
        ro.baseUrl = server.apiBaseUrl();
        ro.token = server.token();
        ro.retryBaseMs = 20;
        rest = std::make_unique<RestClient>(ro, &Clock::system(), &registry);
        DiscordGatewayOptions go;
        go.shard.token = server.token();
        go.shard.reconnectBaseMs = 20;
        go.shard.reconnectCapMs = 200;
        go.shard.invalidSessionMinMs = 1000;
        go.shard.invalidSessionMaxMs = 5000;
        go.identifyWindowMs = 200;
        gateway = std::make_unique<DiscordGateway>(go, rest.get(), &Clock::system(), &registry);
        QObject::connect(gateway.get(), &DiscordGateway::dispatched, gateway.get(),
                         [this](int, const QString &type, const QJsonObject &d) {
                             if (type == QLatin1String("INTERACTION_CREATE"))
                                 ++interactionCount;
                             if (!keepPayloads)
                                 return;
                             dispatches.append({type, d});
                             if (type == QLatin1String("INTERACTION_CREATE"))
                                 interactionIds.append(d.value(QStringLiteral("id")).toString());
                         });
        gateway->start();
        return true;
    }

    bool connected() const { return gateway->status().state == GatewayState::Connected; }
    bool waitConnected(int timeoutMs = 10000) {
        return QTest::qWaitFor([this] { return connected(); }, timeoutMs);
    }
    QJsonObject interaction(const QString &id) {
        return QJsonObject{{QStringLiteral("id"), id},
                           {QStringLiteral("type"), 2},
                           {QStringLiteral("token"), QStringLiteral("tok-") + id},
                           {QStringLiteral("data"),
                            QJsonObject{{QStringLiteral("name"), QStringLiteral("ping")}}}};
    }
};

} // namespace

class TestDiscordGateway : public QObject {
    Q_OBJECT
private slots:
    void connectsIdentifiesAndBeats();
    void unreachableDiscordSaysWhyAndWhenAgain();
    void closedConnectionSaysWhyUntilConnectedAgain();
    void guildsFollowReadyAndGuildEvents();
    void resumesAfterDropWithoutCloseWithoutLosingInteractions();
    void zombieConnectionIsClosedAndResumed();
    void reconnectOpcodeResumesOnResumeUrl();
    void reconnectBeforeHello();
    void invalidSessionResumableResumes();
    void invalidSessionNotResumableIdentifiesAfterWaiting();
    void resumableCloseCodesResume_data();
    void resumableCloseCodesResume();
    void sessionCloseCodesIdentifyAgain_data();
    void sessionCloseCodesIdentifyAgain();
    void fatalCloseCodesStopWithTheReason_data();
    void fatalCloseCodesStopWithTheReason();
    void serverHeartbeatRequestIsAnsweredAtOnce();
    void malformedPayloadIsIgnored();
    void oversizedFrameReconnects();
    void compressedFramesSplitAnywhere();
    void payloadsOverLimitAreNotSent();
    void duplicateInteractionsAreDropped();
    void shardsStartInConcurrencyBuckets();
    void identifyBudgetIsNeverExhausted();
    void manyReconnectCyclesKeepMemoryFlat();
};

void TestDiscordGateway::connectsIdentifiesAndBeats() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    QCOMPARE(h.server.gateway().identifyCount(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().heartbeatsReceived() >= 3, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(h.gateway->status().latencyMs >= 0, 5000);
    // Identify carried the token, intents, properties and the shard.
    bool sawIdentify = false;
    for (const QJsonObject &p : h.server.gateway().receivedPayloads()) {
        if (p.value(QStringLiteral("op")).toInt() != 2)
            continue;
        sawIdentify = true;
        const QJsonObject d = p.value(QStringLiteral("d")).toObject();
        QCOMPARE(d.value(QStringLiteral("token")).toString(), h.server.token());
        QCOMPARE(d.value(QStringLiteral("intents")).toInt(), 1);
        QVERIFY(d.value(QStringLiteral("properties")).toObject().contains(QStringLiteral("os")));
        QCOMPARE(d.value(QStringLiteral("shard")).toArray(), (QJsonArray{0, 1}));
    }
    QVERIFY(sawIdentify);
    QVERIFY(h.gateway->status().identifiesRemaining < 1000);
}

// Nothing listens where Discord's API should be: the status says why and when the next attempt
// is, so the panel can show both instead of a bare "connecting".
void TestDiscordGateway::unreachableDiscordSaysWhyAndWhenAgain() {
    memory::CacheRegistry registry;
    QTcpServer closed; // a port that was free a moment ago and refuses now
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    RestOptions ro;
    ro.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v10").arg(port));
    ro.token = QStringLiteral("t");
    ro.retryBaseMs = 5;
    ro.maxRetries = 0;
    RestClient rest(ro, &Clock::system(), &registry);
    DiscordGatewayOptions go;
    go.shard.token = QStringLiteral("t");
    go.fetchRetryBaseMs = 20000;
    go.fetchRetryCapMs = 20000;
    DiscordGateway gateway(go, &rest, &Clock::system(), &registry);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    gateway.start();
    QTRY_VERIFY_WITH_TIMEOUT(!gateway.status().lastError.isEmpty(), 10000);
    const GatewayStatus s = gateway.status();
    QCOMPARE(s.state, GatewayState::Starting);
    QVERIFY2(s.lastError.contains(QStringLiteral("refused"), Qt::CaseInsensitive),
             qPrintable(s.lastError));
    QVERIFY(s.nextAttemptEpochMs >= before + 10000);
    gateway.stop();
}

// A connection Discord closes: the reason (the close code's meaning) is there while the shard
// reconnects, the stale latency is gone, and both clear once it is connected again.
void TestDiscordGateway::closedConnectionSaysWhyUntilConnectedAgain() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    QTRY_VERIFY_WITH_TIMEOUT(h.gateway->status().latencyMs >= 0, 5000);
    QVERIFY(h.gateway->status().lastError.isEmpty());
    // The first reconnect is immediate, so the state in between is read as it changes.
    QStringList whileDown;
    bool staleLatency = false;
    QObject::connect(h.gateway.get(), &DiscordGateway::statusChanged, h.gateway.get(), [&] {
        const GatewayStatus s = h.gateway->status();
        if (s.shardsConnected == 0 && !s.shards.isEmpty()) {
            whileDown.append(s.lastError);
            staleLatency = staleLatency || s.shards.first().latencyMs >= 0;
        }
    });
    h.server.gateway().closeWithCode(4000);
    QTRY_VERIFY_WITH_TIMEOUT(h.gateway->status().shards.value(0).lastCloseCode == 4000, 5000);
    QVERIFY(h.waitConnected());
    QVERIFY(!whileDown.isEmpty());
    QVERIFY2(whileDown.last().contains(QStringLiteral("4000")), qPrintable(whileDown.join(u'|')));
    QVERIFY(!staleLatency);
    QTRY_VERIFY_WITH_TIMEOUT(h.gateway->status().shards.value(0).lastError.isEmpty(), 5000);
}

void TestDiscordGateway::guildsFollowReadyAndGuildEvents() {
    Harness h;
    h.server.gateway().setGuilds({QStringLiteral("200"), QStringLiteral("100")});
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    // READY lists both ids; GUILD_CREATE names them.
    QTRY_COMPARE_WITH_TIMEOUT(h.gateway->guilds().size(), 2, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(
        h.gateway->guilds().at(0).available && h.gateway->guilds().at(1).available, 5000);
    QCOMPARE(h.gateway->guilds().at(0).id, QStringLiteral("100"));
    QCOMPARE(h.gateway->guilds().at(0).name, QStringLiteral("Test guild"));

    h.server.gateway().dispatchEvent(QStringLiteral("GUILD_UPDATE"),
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("200")},
                                                 {QStringLiteral("name"), QStringLiteral("Alpha")},
                                                 {QStringLiteral("member_count"), 42}});
    QTRY_COMPARE_WITH_TIMEOUT(h.gateway->guilds().at(0).name, QStringLiteral("Alpha"), 5000);
    QCOMPARE(h.gateway->guilds().at(0).memberCount, 42);

    // An outage keeps the guild, marked unavailable; a removal drops it.
    h.server.gateway().dispatchEvent(QStringLiteral("GUILD_DELETE"),
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("200")},
                                                 {QStringLiteral("unavailable"), true}});
    QTRY_VERIFY_WITH_TIMEOUT(!h.gateway->guilds().at(0).available, 5000);
    h.server.gateway().dispatchEvent(QStringLiteral("GUILD_DELETE"),
                                     QJsonObject{{QStringLiteral("id"), QStringLiteral("100")}});
    QTRY_COMPARE_WITH_TIMEOUT(h.gateway->guilds().size(), 1, 5000);
    QCOMPARE(h.gateway->guilds().at(0).id, QStringLiteral("200"));

    h.gateway->stop();
    QVERIFY(h.gateway->guilds().isEmpty());
}

void TestDiscordGateway::resumesAfterDropWithoutCloseWithoutLosingInteractions() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    for (int i = 0; i < 20; ++i)
        h.server.gateway().dispatchInteraction(h.interaction(QString::number(1000 + i)));
    QTRY_COMPARE_WITH_TIMEOUT(h.interactionIds.size(), 20, 5000);
    h.server.gateway().dropWithoutClose();
    // These arrive while the client is away; the resume replays them.
    for (int i = 20; i < 40; ++i)
        h.server.gateway().dispatchInteraction(h.interaction(QString::number(1000 + i)));
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().resumeCount() >= 1, 10000);
    QVERIFY(h.waitConnected());
    QTRY_COMPARE_WITH_TIMEOUT(h.interactionIds.size(), 40, 5000);
    QCOMPARE(QSet<QString>(h.interactionIds.begin(), h.interactionIds.end()).size(), 40);
    QCOMPARE(h.server.gateway().identifyCount(), 1);
}

void TestDiscordGateway::zombieConnectionIsClosedAndResumed() {
    Harness h;
    QVERIFY(h.start(1, 100));
    QVERIFY(h.waitConnected());
    h.server.gateway().setAckHeartbeats(false);
    QTRY_VERIFY_WITH_TIMEOUT(h.gateway->status().zombies >= 1, 5000);
    h.server.gateway().setAckHeartbeats(true);
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().resumeCount() >= 1, 5000);
    QVERIFY(h.waitConnected());
    const int code = h.server.gateway().lastCloseCodeFromClient();
    QVERIFY2(code != 1000 && code != 1001, qPrintable(QString::number(code)));
    QCOMPARE(h.server.gateway().identifyCount(), 1);
}

void TestDiscordGateway::reconnectOpcodeResumesOnResumeUrl() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    const QString resumePath = h.server.resumeGatewayUrl().path();
    const int before = h.server.gateway().connectionsTo(resumePath);
    h.server.gateway().sendReconnect();
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().resumeCount() >= 1, 5000);
    QVERIFY(h.waitConnected());
    QCOMPARE(h.server.gateway().connectionsTo(resumePath), before + 1);
    QCOMPARE(h.server.gateway().identifyCount(), 1);
}

void TestDiscordGateway::reconnectBeforeHello() {
    Harness h;
    h.server.gateway().setReconnectBeforeHello(true);
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    QVERIFY(h.server.gateway().connectionCount() >= 2);
    QCOMPARE(h.server.gateway().identifyCount(), 1);
}

void TestDiscordGateway::invalidSessionResumableResumes() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    h.server.gateway().sendInvalidSession(true);
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().resumeCount() >= 1, 5000);
    QVERIFY(h.waitConnected());
    QCOMPARE(h.server.gateway().identifyCount(), 1);
}

void TestDiscordGateway::invalidSessionNotResumableIdentifiesAfterWaiting() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    QElapsedTimer timer;
    timer.start();
    h.server.gateway().sendInvalidSession(false);
    QTRY_COMPARE_WITH_TIMEOUT(h.server.gateway().identifyCount(), 2, 10000);
    // Discord asks for a 1 to 5 s pause before identifying afresh.
    QVERIFY2(timer.elapsed() >= 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(h.waitConnected());
    QCOMPARE(h.server.gateway().resumeCount(), 0);
}

void TestDiscordGateway::resumableCloseCodesResume_data() {
    QTest::addColumn<int>("code");
    for (int code : {4000, 4001, 4002, 4005, 4008, 1000, 1001})
        QTest::addRow("%d", code) << code;
}

void TestDiscordGateway::resumableCloseCodesResume() {
    QFETCH(int, code);
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    h.server.gateway().closeWithCode(code);
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().resumeCount() >= 1, 5000);
    QVERIFY(h.waitConnected());
    QCOMPARE(h.server.gateway().identifyCount(), 1);
}

void TestDiscordGateway::sessionCloseCodesIdentifyAgain_data() {
    QTest::addColumn<int>("code");
    for (int code : {4003, 4007, 4009})
        QTest::addRow("%d", code) << code;
}

void TestDiscordGateway::sessionCloseCodesIdentifyAgain() {
    QFETCH(int, code);
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    h.server.gateway().closeWithCode(code);
    QTRY_COMPARE_WITH_TIMEOUT(h.server.gateway().identifyCount(), 2, 5000);
    QVERIFY(h.waitConnected());
    QCOMPARE(h.server.gateway().resumeCount(), 0);
}

void TestDiscordGateway::fatalCloseCodesStopWithTheReason_data() {
    QTest::addColumn<int>("code");
    for (int code : {4004, 4010, 4011, 4012, 4013, 4014})
        QTest::addRow("%d", code) << code;
}

void TestDiscordGateway::fatalCloseCodesStopWithTheReason() {
    QFETCH(int, code);
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    QSignalSpy fatal(h.gateway.get(), &DiscordGateway::fatalError);
    h.server.gateway().closeWithCode(code);
    QTRY_COMPARE_WITH_TIMEOUT(fatal.size(), 1, 5000);
    const GatewayStatus s = h.gateway->status();
    QCOMPARE(s.state, GatewayState::Stopped);
    QVERIFY2(s.fatalReason.contains(QString::number(code)), qPrintable(s.fatalReason));
    // Nothing is scheduled that could connect again: no reconnect, no identify, no fetch.
    QCOMPARE(h.gateway->nextAttemptInMs(), -1);
    QCOMPARE(h.server.gateway().identifyCount(), 1);
}

void TestDiscordGateway::serverHeartbeatRequestIsAnsweredAtOnce() {
    Harness h;
    QVERIFY(h.start(1, 60000)); // the client's own beat would come much later
    QVERIFY(h.waitConnected());
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().heartbeatsReceived() >= 0, 100);
    const int before = h.server.gateway().heartbeatsReceived();
    h.server.gateway().sendServerHeartbeatRequest();
    QTRY_COMPARE_WITH_TIMEOUT(h.server.gateway().heartbeatsReceived(), before + 1, 2000);
}

void TestDiscordGateway::malformedPayloadIsIgnored() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    h.server.gateway().sendMalformed();
    h.server.gateway().dispatchInteraction(h.interaction(QStringLiteral("77")));
    QTRY_COMPARE_WITH_TIMEOUT(h.interactionIds.size(), 1, 5000);
    QVERIFY(h.gateway->status().shards.first().malformedPayloads >= 1);
    QCOMPARE(h.server.gateway().identifyCount(), 1);
    QCOMPARE(h.server.gateway().resumeCount(), 0);
}

void TestDiscordGateway::oversizedFrameReconnects() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    h.server.gateway().sendOversized(12 * 1024 * 1024);
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().resumeCount() >= 1, 10000);
    QVERIFY(h.waitConnected());
    h.server.gateway().dispatchInteraction(h.interaction(QStringLiteral("88")));
    QTRY_COMPARE_WITH_TIMEOUT(h.interactionIds.size(), 1, 5000);
}

void TestDiscordGateway::compressedFramesSplitAnywhere() {
    Harness h;
    h.server.gateway().setSplitFrames(3);
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    for (int i = 0; i < 30; ++i)
        h.server.gateway().dispatchInteraction(h.interaction(QString::number(500 + i)));
    QTRY_COMPARE_WITH_TIMEOUT(h.interactionIds.size(), 30, 5000);
    QCOMPARE(h.gateway->status().shards.first().malformedPayloads, 0);
}

void TestDiscordGateway::payloadsOverLimitAreNotSent() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    const int before = int(h.server.gateway().receivedPayloads().size());
    QVERIFY(!h.gateway->send(
        3, QJsonObject{{QStringLiteral("status"), QString(5000, QLatin1Char('x'))}}));
    QVERIFY(h.gateway->send(3, QJsonObject{{QStringLiteral("status"), QStringLiteral("online")},
                                           {QStringLiteral("afk"), false},
                                           {QStringLiteral("since"), QJsonValue()},
                                           {QStringLiteral("activities"), QJsonArray()}}));
    QTRY_VERIFY_WITH_TIMEOUT(h.server.gateway().receivedPayloads().size() > before, 2000);
    for (const QJsonObject &p : h.server.gateway().receivedPayloads())
        QVERIFY(QJsonDocument(p).toJson(QJsonDocument::Compact).size() <= 4096);
    QCOMPARE(h.server.gateway().lastCloseCodeFromClient(), -1);
    QVERIFY(h.connected());
}

void TestDiscordGateway::duplicateInteractionsAreDropped() {
    Harness h;
    QVERIFY(h.start());
    QVERIFY(h.waitConnected());
    const QJsonObject same = h.interaction(QStringLiteral("4242"));
    h.server.gateway().dispatchInteraction(same);
    h.server.gateway().dispatchInteraction(same);
    h.server.gateway().dispatchInteraction(h.interaction(QStringLiteral("4243")));
    h.server.gateway().dispatchInteraction(same);
    // The connection keeps order: once the last marker is in, every duplicate sent before it
    // was either delivered or dropped.
    h.server.gateway().dispatchInteraction(h.interaction(QStringLiteral("4244")));
    QTRY_VERIFY_WITH_TIMEOUT(h.interactionIds.contains(QStringLiteral("4244")), 5000);
    QCOMPARE(h.interactionIds,
             (QStringList{QStringLiteral("4242"), QStringLiteral("4243"), QStringLiteral("4244")}));
    QVERIFY(h.gateway->status().duplicatesDropped >= 1);
}

void TestDiscordGateway::shardsStartInConcurrencyBuckets() {
    Harness h;
    QVERIFY(h.start(3, 1000, 1));
    QVERIFY(h.waitConnected(15000));
    QCOMPARE(h.gateway->status().shardCount, 3);
    QList<int> shards = h.server.gateway().identifiedShards();
    std::sort(shards.begin(), shards.end());
    QCOMPARE(shards, (QList<int>{0, 1, 2}));
    QCOMPARE(h.server.gateway().identifyCount(), 3);
    // With max_concurrency 1 the identifies were spaced by the (shortened) 5 s window. Measured
    // where they are sent, on the shards' clock: the server's receive times also hold how late
    // this thread, busy with both ends, got round to writing and reading them.
    QList<qint64> times;
    for (const ShardStatus &shard : h.gateway->status().shards)
        times.append(shard.lastIdentifyAtMs);
    std::sort(times.begin(), times.end());
    QCOMPARE(times.size(), 3);
    QVERIFY(times[0] >= 0);
    QVERIFY2(times[1] - times[0] >= 200 && times[2] - times[1] >= 200,
             qPrintable(QStringLiteral("%1 %2").arg(times[1] - times[0]).arg(times[2] - times[1])));
}

void TestDiscordGateway::identifyBudgetIsNeverExhausted() {
    Harness h;
    QVERIFY(h.start(1, 1000, 1, 1)); // one identify left today
    QVERIFY(h.waitConnected());
    h.server.gateway().closeWithCode(4009); // needs a new session
    // It connects again, and then defers the identify until the budget resets (24 h away),
    // rather than spending what is not there.
    QTRY_VERIFY_WITH_TIMEOUT(h.gateway->nextAttemptInMs() > 23 * 3600 * 1000, 10000);
    QCOMPARE(h.server.gateway().identifyCount(), 1);
    QVERIFY(h.gateway->status().state != GatewayState::Connected);
    QCOMPARE(h.gateway->status().identifiesRemaining, 0);
}

void TestDiscordGateway::manyReconnectCyclesKeepMemoryFlat() {
    Harness h;
    h.keepPayloads = false;
    QVERIFY(h.start(1, 60000));
    QVERIFY(h.waitConnected());
    const int cycles = qEnvironmentVariableIntValue("MECHDOCK_RECONNECT_CYCLES") > 0
                           ? qEnvironmentVariableIntValue("MECHDOCK_RECONNECT_CYCLES")
                           : 10000;
    qint64 rssAfterWarmup = 0;
    QElapsedTimer timer;
    timer.start();
    // Each cycle starts when the previous resume completed, driven by the server's signal, so the
    // loop runs as fast as loopback allows instead of polling.
    int cycle = 0;
    bool failed = false;
    QEventLoop loop;
    auto next = [&] {
        if (cycle == cycles) {
            loop.quit();
            return;
        }
        if (cycle == cycles / 4) // the bounded structures on both sides are full by now
            rssAfterWarmup = rssKb();
        const int i = cycle++;
        if (i % 2 == 0)
            h.server.gateway().dropWithoutClose();
        else
            h.server.gateway().sendReconnect();
        h.server.gateway().dispatchInteraction(h.interaction(QString::number(100000 + i)));
    };
    QObject::connect(&h.server.gateway(), &test::LocalDiscordGateway::resumed, &loop,
                     [&] { QTimer::singleShot(0, &loop, next); });
    QTimer watchdog;
    int lastCycle = -1;
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        if (cycle == lastCycle) { // no progress for 10 s
            failed = true;
            loop.quit();
        }
        lastCycle = cycle;
    });
    watchdog.start(10000);
    QTimer::singleShot(0, &loop, next);
    loop.exec();
    QVERIFY2(!failed, qPrintable(QStringLiteral("stuck at cycle %1").arg(cycle)));
    QTRY_COMPARE_WITH_TIMEOUT(h.interactionCount, cycles, 10000);
    const qint64 rssEnd = rssKb();
    qInfo("%d reconnect cycles in %lld ms; RSS after warm-up %lld KiB, at the end %lld KiB", cycles,
          timer.elapsed(), rssAfterWarmup, rssEnd);
    QCOMPARE(h.server.gateway().identifyCount(), 1);
    // Bounded structures: growth after warm-up stays within a few MiB (allocator noise).
    QVERIFY2(rssEnd - rssAfterWarmup < 8 * 1024,
             qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(rssEnd - rssAfterWarmup)));
}

QTEST_GUILESS_MAIN(TestDiscordGateway)
#include "tst_discord_gateway.moc"
