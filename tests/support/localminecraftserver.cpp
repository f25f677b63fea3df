#include "localminecraftserver.h"

#include <QTcpSocket>

namespace mechdock::test {

namespace {
void varInt(QByteArray &out, qint32 value) {
    quint32 v = quint32(value);
    while (true) {
        if ((v & ~0x7Fu) == 0) {
            out.append(char(v));
            return;
        }
        out.append(char((v & 0x7F) | 0x80));
        v >>= 7;
    }
}

// A VarInt at pos; false when the bytes are not all there yet.
bool readVarInt(const QByteArray &in, qsizetype &pos, qint32 &value) {
    quint32 v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
        if (pos >= in.size())
            return false;
        const quint8 b = quint8(in.at(pos++));
        v |= quint32(b & 0x7F) << shift;
        if (!(b & 0x80)) {
            value = qint32(v);
            return true;
        }
    }
    return false;
}
} // namespace

LocalMinecraftServer::LocalMinecraftServer(QObject *parent)
    : QObject(parent) {
    connect(&m_server, &QTcpServer::newConnection, this, &LocalMinecraftServer::onConnection);
}

bool LocalMinecraftServer::listen() {
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LocalMinecraftServer::onConnection() {
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void LocalMinecraftServer::onData(QTcpSocket *socket) {
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    // Packets: [length][id][fields]; the handshake (id 0 with fields), then the status
    // request (id 0, nothing else).
    while (true) {
        qsizetype pos = 0;
        qint32 length = 0;
        if (!readVarInt(buffer, pos, length) || buffer.size() - pos < length)
            break;
        const QByteArray packet = buffer.mid(pos, length);
        buffer.remove(0, pos + length);
        qsizetype p = 0;
        qint32 id = -1;
        readVarInt(packet, p, id);
        if (id != 0)
            continue;
        if (p < packet.size()) { // the handshake
            qint32 protocol = 0, hostLength = 0, next = 0;
            readVarInt(packet, p, protocol);
            readVarInt(packet, p, hostLength);
            m_handshake.protocol = protocol;
            m_handshake.host = QString::fromUtf8(packet.mid(p, hostLength));
            p += hostLength;
            m_handshake.port = quint16((quint8(packet.at(p)) << 8) | quint8(packet.at(p + 1)));
            p += 2;
            readVarInt(packet, p, next);
            m_handshake.nextState = next;
            continue;
        }
        ++m_statusRequests;
        switch (m_mode) {
        case Mode::Silent:
            break;
        case Mode::Garbage:
            send(socket, m_garbage);
            socket->disconnectFromHost();
            break;
        case Mode::HugeLength: {
            QByteArray out;
            varInt(out, 1 << 30);
            out.append("{\"players\":");
            send(socket, out);
            break;
        }
        case Mode::Normal: {
            QByteArray body;
            varInt(body, 0x00); // status response
            varInt(body, qint32(m_json.size()));
            body.append(m_json);
            QByteArray out;
            varInt(out, qint32(body.size()));
            out.append(body);
            send(socket, out);
            break;
        }
        }
    }
    socket->setProperty("buffer", buffer);
}

void LocalMinecraftServer::send(QTcpSocket *socket, const QByteArray &bytes) {
    if (m_chunk <= 0) {
        socket->write(bytes);
        return;
    }
    for (qsizetype at = 0; at < bytes.size(); at += m_chunk) {
        socket->write(bytes.mid(at, m_chunk));
        socket->flush();
    }
}

} // namespace mechdock::test
