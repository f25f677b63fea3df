// LocalClientTransport: the engine's local socket (control.sock), one JSON object per line.
#pragma once

#include "clienttransport.h"

#include <QLocalSocket>

namespace mechdock::client {

class LocalClientTransport : public ClientTransport {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalClientTransport)
public:
    explicit LocalClientTransport(QString path, QObject *parent = nullptr);
    ~LocalClientTransport() override;

    void open() override;
    void abort() override;
    void send(const QByteArray &message) override;

private:
    void onReadyRead();
    void onError(QLocalSocket::LocalSocketError error);
    void finish(const QString &reason);

    QString m_path;
    QLocalSocket m_socket;
    QByteArray m_buffer;
    bool m_active = false;
};

} // namespace mechdock::client
