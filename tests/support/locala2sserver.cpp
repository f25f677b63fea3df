#include "locala2sserver.h"

#include <QNetworkDatagram>

#include <cstring>

namespace mechdock::test {

namespace {
void le32(QByteArray &out, qint32 v) {
    for (int i = 0; i < 4; ++i)
        out.append(char((quint32(v) >> (8 * i)) & 0xFF));
}
void le16(QByteArray &out, qint16 v) {
    out.append(char(quint16(v) & 0xFF));
    out.append(char(quint16(v) >> 8));
}
void cstr(QByteArray &out, const QString &s) {
    out.append(s.toUtf8());
    out.append('\0');
}
qint32 readLe32(const QByteArray &in, qsizetype pos) {
    if (in.size() < pos + 4)
        return 0;
    quint32 v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | quint8(in.at(pos + i));
    return qint32(v);
}
const QByteArray kWhole("\xFF\xFF\xFF\xFF", 4);
const QByteArray kInfoQuery = QByteArrayLiteral("TSource Engine Query") + QByteArray(1, '\0');
} // namespace

LocalA2sServer::LocalA2sServer(QObject *parent)
    : QObject(parent) {
    connect(&m_socket, &QUdpSocket::readyRead, this, &LocalA2sServer::onReadyRead);
}

bool LocalA2sServer::listen() {
    return m_socket.bind(QHostAddress::LocalHost, 0);
}

void LocalA2sServer::onReadyRead() {
    while (m_socket.hasPendingDatagrams()) {
        const QNetworkDatagram d = m_socket.receiveDatagram();
        answer(d.data(), d.senderAddress(), quint16(d.senderPort()));
    }
}

void LocalA2sServer::answer(const QByteArray &request, const QHostAddress &to, quint16 port) {
    if (!request.startsWith(kWhole) || request.size() < 5)
        return;
    const QByteArray body = request.mid(4);
    const bool info = body.startsWith(kInfoQuery);
    const bool players = body.at(0) == 'U';
    if (!info && !players)
        return;
    (info ? m_infoRequests : m_playerRequests)++;
    switch (m_mode) {
    case Mode::Silent:
        return;
    case Mode::Garbage:
        m_socket.writeDatagram(m_garbage, to, port);
        return;
    case Mode::EndlessChallenge:
        ++m_challenge;
        sendChallenge(to, port);
        return;
    case Mode::NoPlayerList:
        if (players)
            return;
        break;
    case Mode::Normal:
        break;
    }
    if (info) {
        const bool hasChallenge = body.size() >= kInfoQuery.size() + 4 &&
                                  readLe32(body, kInfoQuery.size()) == m_challenge;
        if (m_requireChallenge && !hasChallenge) {
            sendChallenge(to, port);
            return;
        }
        m_socket.writeDatagram(infoAnswer(), to, port);
        return;
    }
    // A2S_PLAYER always needs the challenge; -1 asks for one.
    if (body.size() < 5 || readLe32(body, 1) != m_challenge) {
        sendChallenge(to, port);
        return;
    }
    sendMaybeSplit(playerAnswer(), to, port);
}

void LocalA2sServer::sendChallenge(const QHostAddress &to, quint16 port) {
    QByteArray out = kWhole;
    out.append('A');
    le32(out, m_challenge);
    ++m_challengesSent;
    m_socket.writeDatagram(out, to, port);
}

QByteArray LocalA2sServer::infoAnswer() const {
    QByteArray out = kWhole;
    out.append('I');
    out.append(char(17)); // protocol
    cstr(out, m_serverName);
    cstr(out, QStringLiteral("Meadows"));
    cstr(out, QStringLiteral("valheim"));
    cstr(out, QStringLiteral("Valheim"));
    le16(out, 0); // app id (low 16 bits)
    out.append(char(m_players.size()));
    out.append(char(m_maxPlayers));
    out.append(char(0)); // bots
    out.append('d');     // dedicated
    out.append('l');     // linux
    out.append(char(0)); // public
    out.append(char(0)); // no VAC
    cstr(out, QStringLiteral("0.218.21"));
    out.append(char(0x80)); // extra data: the game port follows
    le16(out, 2456);
    return out;
}

QByteArray LocalA2sServer::playerAnswer() const {
    QByteArray out = kWhole;
    out.append('D');
    out.append(char(m_players.size()));
    for (int i = 0; i < m_players.size(); ++i) {
        out.append(char(i));
        cstr(out, m_players.at(i));
        le32(out, 10 * i); // score
        const float seconds = 60.0f * float(i + 1);
        qint32 bits;
        std::memcpy(&bits, &seconds, 4);
        le32(out, bits);
    }
    return out;
}

void LocalA2sServer::sendMaybeSplit(const QByteArray &answer, const QHostAddress &to,
                                    quint16 port) {
    if (m_splitBytes <= 0 || answer.size() <= m_splitBytes) {
        m_socket.writeDatagram(answer, to, port);
        return;
    }
    const int total = int((answer.size() + m_splitBytes - 1) / m_splitBytes);
    // Last part first: the client must put them in order by number, not by arrival.
    for (int n = total - 1; n >= 0; --n) {
        QByteArray part("\xFE\xFF\xFF\xFF", 4);
        le32(part, 0x00001234); // answer id; high bit clear: not compressed
        part.append(char(total));
        part.append(char(n));
        le16(part, 1248);
        part.append(answer.mid(qsizetype(n) * m_splitBytes, m_splitBytes));
        m_socket.writeDatagram(part, to, port);
    }
}

} // namespace mechdock::test
