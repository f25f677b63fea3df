#include "pingresponder.h"

#include <QLocalSocket>

namespace mechdock::test {

PingResponder::PingResponder(const QString &path, bool answer) {
    QLocalServer::removeServer(path);
    m_server.listen(path);
    connect(&m_server, &QLocalServer::newConnection, this, [this, answer] {
        QLocalSocket *s = m_server.nextPendingConnection();
        connect(s, &QLocalSocket::readyRead, s, [s, answer] {
            s->readAll();
            if (answer)
                s->write("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nContent-Length: 2\r\n\r\nOK");
        });
    });
}

} // namespace mechdock::test
