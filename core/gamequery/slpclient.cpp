#include "slpclient.h"

#include "slpcodec.h"

#include <algorithm>

namespace mechdock::gamequery {

SlpClient::SlpClient(QObject *parent)
    : GameQueryClient(parent) {
    connect(&m_socket, &QTcpSocket::connected, this,
            [this] { m_socket.write(SlpCodec::statusRequest(m_host, m_port)); });
    connect(&m_socket, &QTcpSocket::readyRead, this, &SlpClient::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        end(GameQueryResult::failure(
            m_socket.error() == QAbstractSocket::RemoteHostClosedError
                ? tr("the server closed the connection without a status answer")
                : tr("cannot reach %1:%2: %3")
                      .arg(m_host)
                      .arg(m_port)
                      .arg(m_socket.errorString())));
    });
}

void SlpClient::begin(const QString &host, quint16 port) {
    m_host = host;
    m_port = port;
    m_socket.connectToHost(host, port);
}

void SlpClient::onReadyRead() {
    if (done())
        return;
    // Read no more than one packet can be, so a server that keeps sending cannot grow the buffer.
    const qint64 room = SlpCodec::kMaxPacket + 8 - m_buffer.size();
    m_buffer.append(m_socket.read(std::max<qint64>(room, 0)));
    const SlpFrame frame = SlpCodec::takeFrame(m_buffer);
    switch (frame.status) {
    case SlpFrameStatus::NeedMore:
        if (m_buffer.size() >= SlpCodec::kMaxPacket + 8)
            end(GameQueryResult::failure(tr("not a Minecraft status answer: it is too long")));
        return;
    case SlpFrameStatus::Invalid:
        end(GameQueryResult::failure(tr("not a Minecraft status answer: %1").arg(frame.error)));
        return;
    case SlpFrameStatus::Complete: {
        const GameQueryResult r = SlpCodec::parseStatusPacket(frame.payload);
        end(r.ok ? r
                 : GameQueryResult::failure(tr("not a Minecraft status answer: %1").arg(r.error)));
        return;
    }
    }
}

void SlpClient::end(const GameQueryResult &result) {
    if (done())
        return;
    m_socket.abort();
    finish(result);
}

} // namespace mechdock::gamequery
