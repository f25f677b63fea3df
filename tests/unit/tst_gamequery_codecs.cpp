// The pure halves of the player-count clients: request bytes, VarInt framing, the status JSON,
// split A2S answers put together, and the bounds on what a server may make them keep.
#include "gamequery/a2scodec.h"
#include "gamequery/a2ssplitassembler.h"
#include "gamequery/queryprotocol.h"
#include "gamequery/slpcodec.h"

#include <QJsonDocument>
#include <QtTest>

using namespace mechdock::gamequery;

class TestGameQueryCodecs : public QObject {
    Q_OBJECT
private slots:
    void protocolNames() {
        QCOMPARE(queryProtocolFromName(u"a2s"), std::optional(QueryProtocol::A2s));
        QCOMPARE(queryProtocolFromName(u"Minecraft"), std::optional(QueryProtocol::Minecraft));
        QCOMPARE(queryProtocolFromName(u""), std::optional(QueryProtocol::None));
        QVERIFY(!queryProtocolFromName(u"quake3"));
        QCOMPARE(defaultQueryPort(QueryProtocol::Minecraft), quint16(25565));
        QCOMPARE(defaultQueryPort(QueryProtocol::A2s), quint16(27015));
    }

    void a2sRequests() {
        QCOMPARE(A2sCodec::infoRequest(), QByteArray("\xFF\xFF\xFF\xFFTSource Engine Query\0", 25));
        QCOMPARE(A2sCodec::infoRequest(0x04030201),
                 QByteArray("\xFF\xFF\xFF\xFFTSource Engine Query\0\x01\x02\x03\x04", 29));
        QCOMPARE(A2sCodec::playerRequest(), QByteArray("\xFF\xFF\xFF\xFFU\xFF\xFF\xFF\xFF", 9));
        const A2sPacket challenge =
            A2sCodec::parse(QByteArray("\xFF\xFF\xFF\xFF\x41\x01\x02\x03\x04", 9));
        QCOMPARE(challenge.kind, A2sPacketKind::Challenge);
        QCOMPARE(challenge.challenge, 0x04030201);
    }

    void a2sPlayerListBounds() {
        // 255 players announced, names kept up to the bound, each cut to its length.
        QByteArray answer("\xFF\xFF\xFF\xFF\x44\xFF", 6);
        for (int i = 0; i < 255; ++i) {
            answer.append(char(i));
            answer.append(QByteArray(100, 'a' + i % 26));
            answer.append('\0');
            answer.append(QByteArray(8, '\0'));
        }
        const A2sPacket p = A2sCodec::parse(answer);
        QCOMPARE(p.kind, A2sPacketKind::Players);
        QCOMPARE(p.result.online, 255);
        QCOMPARE(p.result.names.size(), kMaxPlayerNames);
        QCOMPARE(p.result.names.first().size(), kMaxPlayerNameLength);
        // One byte short: refused, not read past the end.
        const A2sPacket cut = A2sCodec::parse(answer.chopped(1));
        QCOMPARE(cut.kind, A2sPacketKind::Invalid);
    }

    void splitAssembler() {
        A2sSplitAssembler assembler;
        const auto part = [](qint32 id, int total, int number, const QByteArray &payload) {
            return A2sSplitPart{id, total, number, payload};
        };
        QVERIFY(!assembler.add(part(7, 3, 2, "c")));
        QVERIFY(!assembler.add(part(7, 3, 2, "c"))); // a duplicate counts once
        QVERIFY(!assembler.add(part(7, 3, 0, "a")));
        QCOMPARE(assembler.add(part(7, 3, 1, "b")), std::optional(QByteArray("abc")));
        // A new answer's parts replace an unfinished one.
        QVERIFY(!assembler.add(part(8, 2, 0, "x")));
        QVERIFY(!assembler.add(part(9, 2, 0, "p")));
        QCOMPARE(assembler.add(part(9, 2, 1, "q")), std::optional(QByteArray("pq")));
        QVERIFY(!assembler.add(part(9, 2, 5, "q")));  // out of range
        QVERIFY(!assembler.add(part(9, 99, 0, "q"))); // too many parts
    }

    void varInts_data() {
        QTest::addColumn<qint32>("value");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("0") << 0 << QByteArray(1, '\0');
        QTest::newRow("127") << 127 << QByteArray("\x7F");
        QTest::newRow("128") << 128 << QByteArray("\x80\x01");
        QTest::newRow("25565") << 25565 << QByteArray("\xDD\xC7\x01");
        QTest::newRow("max") << 2147483647 << QByteArray("\xFF\xFF\xFF\xFF\x07");
        QTest::newRow("-1") << -1 << QByteArray("\xFF\xFF\xFF\xFF\x0F");
    }
    void varInts() {
        QFETCH(qint32, value);
        QFETCH(QByteArray, bytes);
        QByteArray out;
        SlpCodec::appendVarInt(out, value);
        QCOMPARE(out, bytes);
    }

    void statusRequestBytes() {
        const QByteArray r = SlpCodec::statusRequest(QStringLiteral("mc.local"), 25565);
        // [len 0x12][id 0][protocol -1: 5 bytes][8 "mc.local"][0x63DD][1] then [1][0]
        QCOMPARE(r, QByteArray("\x12\x00\xFF\xFF\xFF\xFF\x0F\x08mc.local\x63\xDD\x01\x01\x00", 21));
    }

    void framesArriveInPieces() {
        const QByteArray json = R"({"players":{"online":1,"max":2}})";
        QByteArray packet;
        SlpCodec::appendVarInt(packet, 0);
        SlpCodec::appendVarInt(packet, qint32(json.size()));
        packet.append(json);
        QByteArray wire;
        SlpCodec::appendVarInt(wire, qint32(packet.size()));
        wire.append(packet);
        QByteArray buffer;
        for (qsizetype i = 0; i < wire.size() - 1; ++i) {
            buffer.append(wire.at(i));
            QCOMPARE(SlpCodec::takeFrame(buffer).status, SlpFrameStatus::NeedMore);
        }
        buffer.append(wire.back());
        buffer.append("next");
        const SlpFrame frame = SlpCodec::takeFrame(buffer);
        QCOMPARE(frame.status, SlpFrameStatus::Complete);
        QCOMPARE(buffer, QByteArray("next"));
        const GameQueryResult r = SlpCodec::parseStatusPacket(frame.payload);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.online, 1);
        QCOMPARE(r.max, 2);
        // A string length that does not match the packet is refused.
        QVERIFY(!SlpCodec::parseStatusPacket(frame.payload.chopped(1)).ok);
    }

    void statusJsonBounds() {
        QByteArray sample;
        for (int i = 0; i < 500; ++i)
            sample += (i ? "," : "") + QByteArray("{\"name\":\"") + QByteArray(200, 'n') + "\"}";
        const GameQueryResult r = SlpCodec::parseStatusJson(
            R"({"players":{"online":500,"max":1000,"sample":[)" + sample + "]}}");
        QVERIFY(r.ok);
        QCOMPARE(r.names.size(), kMaxPlayerNames);
        QCOMPARE(r.names.first().size(), kMaxPlayerNameLength);
        QVERIFY(!SlpCodec::parseStatusJson(R"({"players":{"online":1.5,"max":2}})").ok);
        QVERIFY(!SlpCodec::parseStatusJson(R"({"players":{"online":"1","max":2}})").ok);
        QVERIFY(!SlpCodec::parseStatusJson(R"([1,2])").ok);
    }

    void descriptionText() {
        const auto text = [](const char *json) {
            return SlpCodec::plainText(
                QJsonDocument::fromJson(QByteArray("[") + json + "]").array().first());
        };
        QCOMPARE(text(R"("§6Gold §lworld")"), QStringLiteral("Gold world"));
        QCOMPARE(text(R"({"text":"a","extra":["b",{"text":"c","extra":[{"text":"d"}]}]})"),
                 QStringLiteral("abcd"));
        // Nested deeper than the bound: the outer parts only, and no crash.
        QByteArray deep = R"("x")";
        for (int i = 0; i < 200; ++i)
            deep = R"({"text":"y","extra":[)" + deep + "]}";
        const QString t = text(deep.constData());
        QVERIFY(t.size() < 20 && t.startsWith(QStringLiteral("yyy")));
        QCOMPARE(text(R"(42)"), QString());
    }
};

QTEST_GUILESS_MAIN(TestGameQueryCodecs)
#include "tst_gamequery_codecs.moc"
