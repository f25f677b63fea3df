// LocalMinecraftServer: answers Minecraft's Server List Ping on 127.0.0.1 over TCP, written here
// from the protocol's description, for the player-count tests: the handshake is read and kept,
// the status JSON is framed with VarInts; or silence, garbage, a huge announced length.
#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

namespace mechdock::test {

class LocalMinecraftServer : public QObject {
    Q_OBJECT
public:
    enum class Mode {
        Normal,
        Silent,     // accepts, reads, never answers
        Garbage,    // answers the status request with garbage() as it is, then hangs up
        HugeLength, // announces a packet of a gigabyte and sends a little
    };
    struct Handshake {
        int protocol = 0;
        QString host;
        quint16 port = 0;
        int nextState = 0;
    };

    explicit LocalMinecraftServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    void setMode(Mode mode) { m_mode = mode; }
    void setStatusJson(const QByteArray &json) { m_json = json; }
    void setGarbage(const QByteArray &bytes) { m_garbage = bytes; }
    // Each answer goes out in pieces of this many bytes (0: at once).
    void setChunkBytes(int bytes) { m_chunk = bytes; }

    int statusRequests() const { return m_statusRequests; }
    Handshake lastHandshake() const { return m_handshake; }

private:
    void onConnection();
    void onData(QTcpSocket *socket);
    void send(QTcpSocket *socket, const QByteArray &bytes);

    QTcpServer m_server;
    Mode m_mode = Mode::Normal;
    QByteArray m_json;
    QByteArray m_garbage = QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n\r\n");
    int m_chunk = 0;
    int m_statusRequests = 0;
    Handshake m_handshake;
};

} // namespace mechdock::test
