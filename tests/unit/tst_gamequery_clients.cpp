// Player counts from game servers: the A2S and Minecraft clients against servers on 127.0.0.1
// written in the test suite (tests/support), with the challenge step, split answers, silence,
// garbage and refused connections; and the querier's cache, its bound on concurrent queries and
// that reading never waits for a query.
#include "gamequery/a2sclient.h"
#include "gamequery/playerquerier.h"
#include "gamequery/slpclient.h"
#include "locala2sserver.h"
#include "localminecraftserver.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace mechdock::gamequery;
using mechdock::test::LocalA2sServer;
using mechdock::test::LocalMinecraftServer;

namespace {

const QString kLocal = QStringLiteral("127.0.0.1");

GameQueryResult run(GameQueryClient &client, quint16 port, int timeoutMs = 1500) {
    QSignalSpy finished(&client, &GameQueryClient::finished);
    client.start(kLocal, port, timeoutMs);
    if (!finished.wait(timeoutMs + 5000) || finished.size() != 1)
        return GameQueryResult::failure(
            QStringLiteral("test: finished() came %1 times").arg(finished.size()));
    return finished.first().first().value<GameQueryResult>();
}

QByteArray statusJson(const QByteArray &description, int online, int max,
                      const QStringList &sample) {
    QByteArray names;
    for (const QString &n : sample)
        names += (names.isEmpty() ? "" : ",") + QByteArray("{\"name\":\"") + n.toUtf8() +
                 "\",\"id\":\"4566e69f-c907-48ee-8d71-d7ba5aa00d20\"}";
    return "{\"version\":{\"name\":\"1.21.1\",\"protocol\":767},\"players\":{\"max\":" +
           QByteArray::number(max) + ",\"online\":" + QByteArray::number(online) + ",\"sample\":[" +
           names + "]},\"description\":" + description + "}";
}

// A port nothing listens on: taken from a listener that is closed again.
quint16 closedTcpPort() {
    QTcpServer s;
    if (!s.listen(QHostAddress::LocalHost, 0))
        return 1;
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace

class TestGameQueryClients : public QObject {
    Q_OBJECT
private slots:
    void a2sAnswersTheChallengeAndNamesPlayers() {
        LocalA2sServer server;
        QVERIFY(server.listen());
        server.setServerName(QStringLiteral("Viking Hall"));
        server.setPlayers(
            {QStringLiteral("Ragnar"), QStringLiteral("Lagertha"), QStringLiteral("Bjørn")});
        server.setMaxPlayers(16);
        A2sClient client;
        const GameQueryResult r = run(client, server.port());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.online, 3);
        QCOMPARE(r.max, 16);
        QCOMPARE(r.serverName, QStringLiteral("Viking Hall"));
        QCOMPARE(r.names, (QStringList{QStringLiteral("Ragnar"), QStringLiteral("Lagertha"),
                                       QStringLiteral("Bjørn")}));
        // Both requests were challenged once and asked again with the number.
        QCOMPARE(server.challengesSent(), 2);
        QCOMPARE(server.infoRequests(), 2);
        QCOMPARE(server.playerRequests(), 2);
    }

    void a2sWithoutChallengeAndEmptyServer() {
        LocalA2sServer server;
        QVERIFY(server.listen());
        server.setRequireChallenge(false);
        server.setMaxPlayers(64);
        A2sClient client;
        const GameQueryResult r = run(client, server.port());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.online, 0);
        QCOMPARE(r.max, 64);
        QVERIFY(r.names.isEmpty());
        QCOMPARE(server.infoRequests(), 1);
        QCOMPARE(server.playerRequests(), 0); // nobody to name: not asked
    }

    void a2sPutsASplitPlayerListTogether() {
        LocalA2sServer server;
        QVERIFY(server.listen());
        QStringList players;
        for (int i = 0; i < 40; ++i)
            players.append(
                QStringLiteral("player-with-a-long-name-%1").arg(i, 2, 10, QLatin1Char('0')));
        server.setPlayers(players);
        server.setMaxPlayers(50);
        server.setSplitPayloadBytes(300); // about 5 parts, sent last first
        A2sClient client;
        const GameQueryResult r = run(client, server.port());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.online, 40);
        QCOMPARE(r.names, players);
    }

    void a2sCountsWithoutThePlayerList() {
        // Many servers answer A2S_INFO but not A2S_PLAYER: the counts still come, at the timeout.
        LocalA2sServer server;
        QVERIFY(server.listen());
        server.setMode(LocalA2sServer::Mode::NoPlayerList);
        server.setPlayers({QStringLiteral("a"), QStringLiteral("b")});
        A2sClient client;
        const GameQueryResult r = run(client, server.port(), 400);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.online, 2);
        QVERIFY(r.names.isEmpty());
    }

    void a2sSilentServerTimesOut() {
        LocalA2sServer server;
        QVERIFY(server.listen());
        server.setMode(LocalA2sServer::Mode::Silent);
        A2sClient client;
        const GameQueryResult r = run(client, server.port(), 300);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("no answer within 300 ms")), qPrintable(r.error));
        QCOMPARE(server.infoRequests(), 1);
    }

    void a2sRefusesGarbage_data() {
        QTest::addColumn<QByteArray>("garbage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cut-short info")
            << QByteArray("\xFF\xFF\xFF\xFFIgarbage", 12) << QStringLiteral("cut short");
        QTest::newRow("not a2s") << QByteArray("HTTP/1.1 400 Bad Request\r\n")
                                 << QStringLiteral("does not start like");
        QTest::newRow("unknown type")
            << QByteArray("\xFF\xFF\xFF\xFFZ", 5) << QStringLiteral("unknown answer type 0x5a");
        QTest::newRow("compressed split")
            << QByteArray("\xFE\xFF\xFF\xFF\x01\x00\x00\x80\x02\x00\xE0\x04xx", 14)
            << QStringLiteral("compressed");
        QTest::newRow("too many parts")
            << QByteArray("\xFE\xFF\xFF\xFF\x01\x00\x00\x00\xFF\x00\xE0\x04xx", 14)
            << QStringLiteral("at most 16 parts");
        QTest::newRow("short") << QByteArray("\xFF\xFF", 2) << QStringLiteral("too short");
    }
    void a2sRefusesGarbage() {
        QFETCH(QByteArray, garbage);
        QFETCH(QString, expected);
        LocalA2sServer server;
        QVERIFY(server.listen());
        server.setMode(LocalA2sServer::Mode::Garbage);
        server.setGarbage(garbage);
        A2sClient client;
        const GameQueryResult r = run(client, server.port());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void a2sGivesUpOnEndlessChallenges() {
        LocalA2sServer server;
        QVERIFY(server.listen());
        server.setMode(LocalA2sServer::Mode::EndlessChallenge);
        A2sClient client;
        const GameQueryResult r = run(client, server.port());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("keeps asking")), qPrintable(r.error));
        QCOMPARE(server.infoRequests(), 4); // the first and three answers to challenges
    }

    void minecraftStatusWithChatComponent() {
        LocalMinecraftServer server;
        QVERIFY(server.listen());
        server.setStatusJson(statusJson(
            R"({"text":"","extra":[{"text":"§aCreative ","bold":true},{"text":"world"}]})", 2, 20,
            {QStringLiteral("Steve"), QStringLiteral("§cAlex")}));
        server.setChunkBytes(7);
        SlpClient client;
        const GameQueryResult r = run(client, server.port());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.online, 2);
        QCOMPARE(r.max, 20);
        QCOMPARE(r.names, (QStringList{QStringLiteral("Steve"), QStringLiteral("Alex")}));
        QCOMPARE(r.serverName, QStringLiteral("Creative world"));
        QCOMPARE(server.lastHandshake().host, kLocal);
        QCOMPARE(server.lastHandshake().port, server.port());
        QCOMPARE(server.lastHandshake().nextState, 1);
        QCOMPARE(server.statusRequests(), 1);
    }

    void minecraftStatusWithStringDescription() {
        LocalMinecraftServer server;
        QVERIFY(server.listen());
        server.setStatusJson(statusJson(R"("A Minecraft Server")", 0, 8, {}));
        SlpClient client;
        const GameQueryResult r = run(client, server.port());
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.online, 0);
        QCOMPARE(r.max, 8);
        QCOMPARE(r.serverName, QStringLiteral("A Minecraft Server"));
    }

    void minecraftRefusesBadAnswers_data() {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        QTest::newRow("http") << int(LocalMinecraftServer::Mode::Garbage)
                              << QByteArray("HTTP/1.1 400 Bad Request\r\n\r\n")
                              << QStringLiteral("closed the connection without a status answer");
        QTest::newRow("other packet") << int(LocalMinecraftServer::Mode::Garbage)
                                      << QByteArray("\x03\x05"
                                                    "ab",
                                                    4)
                                      << QStringLiteral("not a status response");
        QTest::newRow("huge length") << int(LocalMinecraftServer::Mode::HugeLength) << QByteArray()
                                     << QStringLiteral("more than the 262144 accepted");
        QTest::newRow("no players")
            << int(LocalMinecraftServer::Mode::Normal) << QByteArray(R"({"description":"x"})")
            << QStringLiteral("no player counts");
        QTest::newRow("negative count") << int(LocalMinecraftServer::Mode::Normal)
                                        << QByteArray(R"({"players":{"online":-3,"max":10}})")
                                        << QStringLiteral("no player counts");
        QTest::newRow("not json") << int(LocalMinecraftServer::Mode::Normal)
                                  << QByteArray("{players: 3")
                                  << QStringLiteral("not a JSON object");
        QTest::newRow("overlong varint")
            << int(LocalMinecraftServer::Mode::Garbage) << QByteArray("\xFF\xFF\xFF\xFF\xFF\xFF", 6)
            << QStringLiteral("not a Minecraft packet");
    }
    void minecraftRefusesBadAnswers() {
        QFETCH(int, mode);
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        LocalMinecraftServer server;
        QVERIFY(server.listen());
        server.setMode(LocalMinecraftServer::Mode(mode));
        if (LocalMinecraftServer::Mode(mode) == LocalMinecraftServer::Mode::Garbage)
            server.setGarbage(payload);
        else
            server.setStatusJson(payload);
        SlpClient client;
        const GameQueryResult r = run(client, server.port());
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
    }

    void minecraftSilentServerTimesOut() {
        LocalMinecraftServer server;
        QVERIFY(server.listen());
        server.setMode(LocalMinecraftServer::Mode::Silent);
        SlpClient client;
        const GameQueryResult r = run(client, server.port(), 300);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("no answer within 300 ms")), qPrintable(r.error));
        QCOMPARE(server.statusRequests(), 1);
    }

    void minecraftClosedPortFailsAtOnce() {
        SlpClient client;
        const GameQueryResult r = run(client, closedTcpPort(), 5000);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("cannot reach")), qPrintable(r.error));
    }

    void querierAnswersFromItsCacheAndQueriesInTheBackground() {
        LocalMinecraftServer mc;
        QVERIFY(mc.listen());
        mc.setStatusJson(statusJson(R"("mc")", 5, 20, {QStringLiteral("Steve")}));
        LocalA2sServer valheim;
        QVERIFY(valheim.listen());
        valheim.setPlayers({QStringLiteral("Ragnar")});
        PlayerQuerier querier;
        querier.setTargets(
            {{QStringLiteral("local/mc"), QueryProtocol::Minecraft, kLocal, mc.port()},
             {QStringLiteral("local/vh"), QueryProtocol::A2s, kLocal, valheim.port()},
             {QStringLiteral("local/web"), QueryProtocol::None, kLocal, 80}});
        querier.setLimits({60'000, 1500, 4});
        QSignalSpy changed(&querier, &PlayerQuerier::resultChanged);
        QVERIFY(!querier.hasTarget(QStringLiteral("local/web")));
        // A miss answers at once with nothing and asks in the background, from the event loop.
        QVERIFY(!querier.lookup(QStringLiteral("local/mc")));
        QVERIFY(!querier.lookup(QStringLiteral("local/vh")));
        QCOMPARE(querier.running(), 0);
        QCOMPARE(mc.statusRequests(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 5000);
        const std::optional<GameQueryResult> r = querier.lookup(QStringLiteral("local/mc"));
        QVERIFY(r && r->ok);
        QCOMPARE(r->online, 5);
        QCOMPARE(r->names, QStringList{QStringLiteral("Steve")});
        QCOMPARE(querier.lookup(QStringLiteral("local/vh"))->names,
                 QStringList{QStringLiteral("Ragnar")});
        // Within the TTL the cache answers; nothing is asked again.
        for (int i = 0; i < 20; ++i)
            querier.lookup(QStringLiteral("local/mc"));
        QCoreApplication::processEvents();
        QCOMPARE(querier.queued() + querier.running(), 0);
        QCOMPARE(mc.statusRequests(), 1);

        // A changed target drops its cached answer.
        querier.setTargets(
            {{QStringLiteral("local/mc"), QueryProtocol::Minecraft, kLocal, closedTcpPort()}});
        QVERIFY(!querier.peek(QStringLiteral("local/mc")));
        QVERIFY(!querier.lookup(QStringLiteral("local/vh")));
        QVERIFY(!querier.lookup(QStringLiteral("local/mc")));
        QTRY_VERIFY_WITH_TIMEOUT(querier.peek(QStringLiteral("local/mc")).has_value(), 5000);
        QVERIFY(!querier.peek(QStringLiteral("local/mc"))->ok);
    }

    void querierBoundsConcurrentQueries() {
        QList<std::shared_ptr<LocalA2sServer>> servers;
        QList<PlayerQueryTarget> targets;
        for (int i = 0; i < 6; ++i) {
            auto s = std::make_shared<LocalA2sServer>();
            QVERIFY(s->listen());
            s->setMode(LocalA2sServer::Mode::Silent);
            targets.append(
                {QStringLiteral("local/s%1").arg(i), QueryProtocol::A2s, kLocal, s->port()});
            servers.append(s);
        }
        PlayerQuerier querier;
        querier.setTargets(targets);
        querier.setLimits({60'000, 300, 2});
        for (const PlayerQueryTarget &t : targets)
            QVERIFY(!querier.lookup(t.key));
        QCOMPARE(querier.queued(), 6);
        int most = 0;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                most = std::max(most, querier.running());
                return querier.queued() == 0 && querier.running() == 0;
            }(),
            10000);
        QCOMPARE(most, 2);
        int asked = 0;
        for (const auto &s : servers)
            asked += s->infoRequests();
        QCOMPARE(asked, 6);
        for (const PlayerQueryTarget &t : targets) {
            const std::optional<GameQueryResult> r = querier.peek(t.key);
            QVERIFY(r && !r->ok);
        }
    }
};

QTEST_GUILESS_MAIN(TestGameQueryClients)
#include "tst_gamequery_clients.moc"
