// SlpCodec: Minecraft's Server List Ping (Java edition, 1.7 and later) as bytes, without
// sockets: the handshake and status request, the VarInt-framed answer, and the status JSON with
// players.online/max, the sample of names and the description (a string or a chat component).
#pragma once

#include "gamequeryresult.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

namespace mechdock::gamequery {

enum class SlpFrameStatus { NeedMore, Complete, Invalid };

struct SlpFrame {
    SlpFrameStatus status = SlpFrameStatus::NeedMore;
    QByteArray payload; // Complete: the packet after its length
    QString error;      // Invalid: why
};

class SlpCodec {
public:
    // The largest status packet accepted: the JSON string is at most 32767 characters, a
    // server icon included, so this leaves room without trusting the length a server claims.
    static constexpr qint32 kMaxPacket = 256 * 1024;

    static void appendVarInt(QByteArray &out, qint32 value);
    // The handshake (next state: status) and the status request, ready to send.
    static QByteArray statusRequest(const QString &host, quint16 port);
    // Takes one length-prefixed packet off the front of `buffer` when it is all there.
    static SlpFrame takeFrame(QByteArray &buffer);
    // A status response packet (id 0, then the JSON string).
    static GameQueryResult parseStatusPacket(QByteArrayView packet);
    static GameQueryResult parseStatusJson(QByteArrayView json);
    // The plain text of a description: a string or a chat component with "extra" parts;
    // formatting codes removed, bounded in depth and length.
    static QString plainText(const QJsonValue &component);

private:
    static void appendText(const QJsonValue &component, int depth, QString &out);
};

} // namespace mechdock::gamequery
