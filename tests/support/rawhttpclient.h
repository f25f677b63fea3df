// RawHttpClient: an HTTP/1.1 test client on a plain QTcpSocket. It sends exactly the bytes it is
// given (garbage, partial or pipelined requests) and keeps what the server sent and whether the
// server closed. Its waits run the event loop, so a server in the same thread keeps working.
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpSocket>

#include <utility>

namespace mechdock::test {

struct RawHttpResponse {
    int status = 0; // 0: no response
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(const QByteArray &name) const;
    // Takes one whole response (Content-Length framing) from the front of buffer, or returns
    // false and leaves the buffer as it is.
    static bool take(QByteArray &buffer, RawHttpResponse *out, bool forHead);
};

class RawHttpClient {
    Q_DISABLE_COPY_MOVE(RawHttpClient)
public:
    // readBufferSize > 0 makes the client read slowly (a client that does not keep up).
    explicit RawHttpClient(quint16 port, qint64 readBufferSize = 0);

    bool waitConnected(int timeoutMs = 5000);
    void send(const QByteArray &bytes) { m_socket.write(bytes); }
    // Waits for one whole response; status 0 when none came before the time or the close.
    RawHttpResponse next(bool forHead = false, int timeoutMs = 10000);
    RawHttpResponse request(const QByteArray &bytes, bool forHead = false);
    bool isClosed() const { return m_socket.state() == QAbstractSocket::UnconnectedState; }
    bool waitClosed(int timeoutMs = 10000);
    // While false, nothing is taken from the socket (the server's output backs up).
    void setReading(bool reading);

    QTcpSocket &socket() { return m_socket; }
    QByteArray &received() { return m_received; }

private:
    QTcpSocket m_socket;
    QByteArray m_received;
    bool m_reading = true;
};

} // namespace mechdock::test
