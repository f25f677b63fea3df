// A2sCodec: Valve's server queries (A2S_INFO, A2S_PLAYER) as bytes, without sockets, so that the
// parser can be fed anything. Every answer starts with a 4-byte header: -1 for a whole answer,
// -2 for one part of a split answer (Source format; compressed parts are refused).
#pragma once

#include "gamequeryresult.h"

#include <QByteArray>
#include <QString>

namespace mechdock::gamequery {

enum class A2sPacketKind {
    Invalid,   // error says why
    Challenge, // S2C_CHALLENGE (0x41): ask again with this number
    Info,      // A2S_INFO answer (0x49, or GoldSource's 0x6D)
    Players,   // A2S_PLAYER answer (0x44)
    SplitPart, // one part of a split answer: give it to an A2sSplitAssembler
};

struct A2sSplitPart {
    qint32 id = 0;
    int total = 0;
    int number = 0;
    QByteArray payload;
};

struct A2sPacket {
    A2sPacketKind kind = A2sPacketKind::Invalid;
    QString error;
    qint32 challenge = -1;
    GameQueryResult result; // Info: counts and server name; Players: online and names
    A2sSplitPart split;
};

class A2sCodec {
public:
    // Bounds on what a split answer may add up to.
    static constexpr int kMaxSplitParts = 16;
    static constexpr qsizetype kMaxDatagram = 4096;

    // challenge -1: the first request, before the server handed one out.
    static QByteArray infoRequest(qint32 challenge = -1);
    static QByteArray playerRequest(qint32 challenge = -1);
    static A2sPacket parse(QByteArrayView datagram);

private:
    static A2sPacket parseInfo(QByteArrayView body);
    static A2sPacket parseGoldSourceInfo(QByteArrayView body);
    static A2sPacket parsePlayers(QByteArrayView body);
    static A2sPacket parseSplit(QByteArrayView body);
};

} // namespace mechdock::gamequery
