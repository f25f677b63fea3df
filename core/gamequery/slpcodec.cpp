#include "slpcodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <optional>

namespace mechdock::gamequery {

namespace {
#define MD_TR(text) QCoreApplication::translate("mechdock::gamequery::SlpCodec", text)

constexpr int kMaxDepth = 8;
constexpr qsizetype kMaxText = 256;
constexpr int kMaxPlayers = 10'000'000;

struct VarInt {
    qint32 value = 0;
    int length = 0; // bytes used; 0: not all there yet; -1: longer than 5 bytes
};

VarInt readVarInt(QByteArrayView data, qsizetype pos) {
    quint32 value = 0;
    for (int i = 0; i < 5; ++i) {
        if (pos + i >= data.size())
            return {};
        const quint8 b = quint8(data.at(pos + i));
        value |= quint32(b & 0x7F) << (7 * i);
        if (!(b & 0x80))
            return {qint32(value), i + 1};
    }
    return {0, -1};
}

QString stripFormatting(QString text) {
    // § and the code after it colour and style text in Minecraft; Discord would show them raw.
    static const QRegularExpression codes(QStringLiteral("\u00A7."));
    return text.remove(codes);
}

std::optional<int> count(const QJsonObject &players, const char *key) {
    const QJsonValue v = players.value(QLatin1String(key));
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (d < 0 || d > kMaxPlayers || d != double(qint64(d)))
        return std::nullopt;
    return int(d);
}
} // namespace

void SlpCodec::appendVarInt(QByteArray &out, qint32 value) {
    quint32 v = quint32(value);
    do {
        quint8 b = v & 0x7F;
        v >>= 7;
        if (v)
            b |= 0x80;
        out.append(char(b));
    } while (v);
}

QByteArray SlpCodec::statusRequest(const QString &host, quint16 port) {
    QByteArray handshake;
    appendVarInt(handshake, 0x00); // packet: handshake
    appendVarInt(handshake, -1);   // protocol version: "any", as a pinging client sends
    const QByteArray address = host.toUtf8().left(255);
    appendVarInt(handshake, qint32(address.size()));
    handshake.append(address);
    handshake.append(char(port >> 8));
    handshake.append(char(port & 0xFF));
    appendVarInt(handshake, 1); // next state: status
    QByteArray out;
    appendVarInt(out, qint32(handshake.size()));
    out.append(handshake);
    appendVarInt(out, 1);    // length of the status request
    appendVarInt(out, 0x00); // packet: status request
    return out;
}

SlpFrame SlpCodec::takeFrame(QByteArray &buffer) {
    SlpFrame frame;
    const VarInt length = readVarInt(buffer, 0);
    if (length.length == 0)
        return frame;
    if (length.length < 0 || length.value <= 0 || length.value > kMaxPacket) {
        frame.status = SlpFrameStatus::Invalid;
        frame.error = length.length < 0 || length.value <= 0
                          ? MD_TR("the answer is not a Minecraft packet")
                          : MD_TR("the answer announces %1 bytes, more than the %2 accepted")
                                .arg(length.value)
                                .arg(kMaxPacket);
        return frame;
    }
    if (buffer.size() - length.length < length.value)
        return frame;
    frame.status = SlpFrameStatus::Complete;
    frame.payload = buffer.mid(length.length, length.value);
    buffer.remove(0, length.length + length.value);
    return frame;
}

GameQueryResult SlpCodec::parseStatusPacket(QByteArrayView packet) {
    const VarInt id = readVarInt(packet, 0);
    if (id.length <= 0 || id.value != 0)
        return GameQueryResult::failure(MD_TR("the answer is not a status response"));
    const VarInt length = readVarInt(packet, id.length);
    if (length.length <= 0 || length.value < 0 ||
        length.value != packet.size() - id.length - length.length)
        return GameQueryResult::failure(
            MD_TR("the status response's text does not match its length"));
    return parseStatusJson(packet.sliced(id.length + length.length));
}

GameQueryResult SlpCodec::parseStatusJson(QByteArrayView json) {
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return GameQueryResult::failure(MD_TR("the status response is not a JSON object"));
    const QJsonObject root = doc.object();
    const QJsonObject players = root.value(QStringLiteral("players")).toObject();
    const std::optional<int> online = count(players, "online");
    const std::optional<int> max = count(players, "max");
    if (!online || !max)
        return GameQueryResult::failure(
            MD_TR("the status response has no player counts (players.online and players.max)"));
    GameQueryResult r;
    r.ok = true;
    r.online = *online;
    r.max = *max;
    r.serverName = plainText(root.value(QStringLiteral("description"))).simplified();
    for (const QJsonValue &v : players.value(QStringLiteral("sample")).toArray()) {
        if (r.names.size() >= kMaxPlayerNames)
            break;
        const QString name =
            stripFormatting(v.toObject().value(QStringLiteral("name")).toString()).trimmed();
        if (!name.isEmpty())
            r.names.append(name.left(kMaxPlayerNameLength));
    }
    return r;
}

QString SlpCodec::plainText(const QJsonValue &component) {
    QString out;
    appendText(component, 0, out);
    return stripFormatting(out).left(kMaxText);
}

void SlpCodec::appendText(const QJsonValue &component, int depth, QString &out) {
    if (depth > kMaxDepth || out.size() >= kMaxText)
        return;
    if (component.isString()) {
        out += component.toString().left(kMaxText - out.size());
        return;
    }
    if (component.isArray()) {
        for (const QJsonValue &part : component.toArray())
            appendText(part, depth + 1, out);
        return;
    }
    if (!component.isObject())
        return;
    const QJsonObject o = component.toObject();
    appendText(o.value(QStringLiteral("text")), depth + 1, out);
    appendText(o.value(QStringLiteral("extra")), depth + 1, out);
}

} // namespace mechdock::gamequery
