// LocalChannel: a control connection on the local socket. Messages are framed as one JSON object
// per line ("\n"); a line longer than ControlProtocol::kMaxMessageBytes is a framing error, so
// the buffer never holds more than that. The peer's uid comes from the kernel (SO_PEERCRED), not
// from anything the peer says.
#pragma once

#include "controlchannel.h"

#include <QLocalSocket>

namespace mechdock::control {

class LocalChannel final : public ControlChannel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalChannel)
public:
    // Takes ownership of `socket`.
    explicit LocalChannel(QLocalSocket *socket, QObject *parent = nullptr);
    ~LocalChannel() override;

    void send(const QByteArray &message) override;
    qint64 pendingBytes() const override;
    void close(bool flush = true) override;
    QString trustedIdentity() const override;
    QString peerAddress() const override { return trustedIdentity(); }

    // The connecting process's uid, -1 where the platform does not say.
    static qint64 peerUid(const QLocalSocket &socket);

private:
    void finish();
    void readLines();

    QLocalSocket *m_socket;
    QByteArray m_buffer;
    qint64 m_uid = -1;
    bool m_closed = false;
};

} // namespace mechdock::control
