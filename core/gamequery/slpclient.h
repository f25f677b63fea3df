// SlpClient: one Minecraft Server List Ping over TCP: handshake, status request, the framed
// JSON answer. The connection closes after the answer; the ping/pong step is not needed.
#pragma once

#include "gamequeryclient.h"

#include <QTcpSocket>

namespace mechdock::gamequery {

class SlpClient final : public GameQueryClient {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SlpClient)
public:
    explicit SlpClient(QObject *parent = nullptr);

protected:
    void begin(const QString &host, quint16 port) override;

private:
    void onReadyRead();
    void end(const GameQueryResult &result);

    QTcpSocket m_socket;
    QString m_host;
    quint16 m_port = 0;
    QByteArray m_buffer;
};

} // namespace mechdock::gamequery
