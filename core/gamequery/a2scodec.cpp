#include "a2scodec.h"

#include "wirereader.h"

#include <QCoreApplication>

namespace mechdock::gamequery {

namespace {
#define MD_TR(text) QCoreApplication::translate("mechdock::gamequery::A2sCodec", text)

constexpr qsizetype kMaxString = 512;
constexpr char kWhole[] = "\xFF\xFF\xFF\xFF";

enum class Header : quint8 {
    Challenge = 0x41,
    Info = 0x49,
    GoldSourceInfo = 0x6D,
    Players = 0x44,
};

A2sPacket invalid(const QString &why) {
    A2sPacket p;
    p.error = why;
    return p;
}

void appendLe32(QByteArray &out, qint32 value) {
    const quint32 v = quint32(value);
    for (int i = 0; i < 4; ++i)
        out.append(char((v >> (8 * i)) & 0xFF));
}
} // namespace

QByteArray A2sCodec::infoRequest(qint32 challenge) {
    QByteArray out = QByteArray::fromRawData(kWhole, 4);
    out.append('T');
    out.append("Source Engine Query", 19);
    out.append('\0');
    if (challenge != -1)
        appendLe32(out, challenge);
    return out;
}

QByteArray A2sCodec::playerRequest(qint32 challenge) {
    QByteArray out = QByteArray::fromRawData(kWhole, 4);
    out.append('U');
    appendLe32(out, challenge);
    return out;
}

A2sPacket A2sCodec::parse(QByteArrayView datagram) {
    if (datagram.size() > kMaxDatagram * kMaxSplitParts)
        return invalid(MD_TR("the answer is %1 bytes, more than a server query answer can be")
                           .arg(datagram.size()));
    WireReader r(datagram);
    const qint32 header = r.i32();
    if (!r.ok())
        return invalid(MD_TR("the answer is too short (%1 bytes)").arg(datagram.size()));
    if (header == -2)
        return parseSplit(r.rest());
    if (header != -1)
        return invalid(MD_TR("the answer does not start like a Source server query answer"));
    const quint8 kind = r.u8();
    if (!r.ok())
        return invalid(MD_TR("the answer is too short (%1 bytes)").arg(datagram.size()));
    const QByteArrayView body = r.rest();
    switch (Header(kind)) {
    case Header::Challenge: {
        WireReader c(body);
        A2sPacket p;
        p.challenge = c.i32();
        if (!c.ok())
            return invalid(MD_TR("the challenge answer is too short"));
        p.kind = A2sPacketKind::Challenge;
        return p;
    }
    case Header::Info:
        return parseInfo(body);
    case Header::GoldSourceInfo:
        return parseGoldSourceInfo(body);
    case Header::Players:
        return parsePlayers(body);
    }
    return invalid(MD_TR("unknown answer type 0x%1").arg(uint(kind), 2, 16, QLatin1Char('0')));
}

A2sPacket A2sCodec::parseInfo(QByteArrayView body) {
    WireReader r(body);
    A2sPacket p;
    r.u8(); // protocol
    p.result.serverName = r.cString(kMaxString);
    r.cString(kMaxString); // map
    r.cString(kMaxString); // folder
    r.cString(kMaxString); // game
    r.i16();               // Steam application id
    p.result.online = r.u8();
    p.result.max = r.u8();
    p.result.bots = r.u8();
    // Server type, environment, visibility and VAC follow; the rest is optional and unused.
    r.skip(4);
    if (!r.ok())
        return invalid(MD_TR("the server information answer is cut short"));
    p.kind = A2sPacketKind::Info;
    p.result.ok = true;
    return p;
}

A2sPacket A2sCodec::parseGoldSourceInfo(QByteArrayView body) {
    WireReader r(body);
    A2sPacket p;
    r.cString(kMaxString); // address
    p.result.serverName = r.cString(kMaxString);
    r.cString(kMaxString); // map
    r.cString(kMaxString); // folder
    r.cString(kMaxString); // game
    p.result.online = r.u8();
    p.result.max = r.u8();
    if (!r.ok())
        return invalid(MD_TR("the server information answer is cut short"));
    p.kind = A2sPacketKind::Info;
    p.result.ok = true;
    return p;
}

A2sPacket A2sCodec::parsePlayers(QByteArrayView body) {
    WireReader r(body);
    A2sPacket p;
    const int count = r.u8();
    if (!r.ok())
        return invalid(MD_TR("the player list answer is cut short"));
    int read = 0;
    for (; read < count && r.remaining() > 0; ++read) {
        r.u8(); // index
        const QString name = r.cString(kMaxString);
        r.i32(); // score
        r.f32(); // seconds connected
        if (!r.ok())
            return invalid(MD_TR("the player list answer is cut short after %1 players").arg(read));
        // Players still connecting have no name yet: counted, not listed.
        if (!name.trimmed().isEmpty() && p.result.names.size() < kMaxPlayerNames)
            p.result.names.append(name.trimmed().left(kMaxPlayerNameLength));
    }
    if (read < count)
        return invalid(
            MD_TR("the player list announces %1 players but holds %2").arg(count).arg(read));
    p.kind = A2sPacketKind::Players;
    p.result.ok = true;
    p.result.online = count;
    return p;
}

A2sPacket A2sCodec::parseSplit(QByteArrayView body) {
    WireReader r(body);
    A2sPacket p;
    p.split.id = r.i32();
    p.split.total = r.u8();
    p.split.number = r.u8();
    r.i16(); // the server's packet size
    if (!r.ok())
        return invalid(MD_TR("a part of a split answer is cut short"));
    if (quint32(p.split.id) & 0x80000000u)
        return invalid(MD_TR("the server sent a compressed split answer, which is not supported"));
    if (p.split.total < 1 || p.split.total > kMaxSplitParts || p.split.number >= p.split.total)
        return invalid(MD_TR("a split answer claims part %1 of %2 (at most %3 parts are accepted)")
                           .arg(p.split.number + 1)
                           .arg(p.split.total)
                           .arg(kMaxSplitParts));
    if (r.remaining() > kMaxDatagram)
        return invalid(MD_TR("a part of a split answer is larger than %1 bytes").arg(kMaxDatagram));
    p.split.payload = r.rest().toByteArray();
    p.kind = A2sPacketKind::SplitPart;
    return p;
}

} // namespace mechdock::gamequery
