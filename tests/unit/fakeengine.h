// FakeEngine: a tiny HTTP/1.1 server on a unix socket in a temporary folder that stands in for
// dockerd where a test needs exact control: it counts connections, records request lines and
// lets the test decide what (and when, and whether) to answer.
#pragma once

#include <QByteArray>
#include <QList>
#include <QLocalServer>
#include <QLocalSocket>
#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <functional>

namespace mechdock::test {

class FakeEngine : public QObject {
public:
    // Called for every request; write the answer to the socket now, later, or never.
    using Handler = std::function<void(QLocalSocket *socket, const QByteArray &requestLine)>;

    FakeEngine()
        : m_dir(QStringLiteral("/tmp/mdfake-XXXXXX")) {
        m_server.listen(m_dir.filePath(QStringLiteral("docker.sock")));
        connect(&m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *s = m_server.nextPendingConnection()) {
                ++connections;
                auto *buffer = new QByteArray;
                connect(s, &QObject::destroyed, this, [buffer] { delete buffer; });
                connect(s, &QLocalSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QLocalSocket::readyRead, this, [this, s, buffer] {
                    *buffer += s->readAll();
                    for (;;) {
                        const int end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        const QByteArray line = buffer->left(buffer->indexOf("\r\n"));
                        buffer->remove(0, end + 4); // requests here carry no body
                        requests.append(line);
                        handler(s, line);
                    }
                });
            }
        });
        handler = [](QLocalSocket *s, const QByteArray &) {
            s->write(json("[]"));
        };
    }

    QString uri() const {
        return QStringLiteral("unix://") + m_dir.filePath(QStringLiteral("docker.sock"));
    }

    static QByteArray json(const QByteArray &body, int status = 200,
                           const QByteArray &extraHeaders = {}) {
        return "HTTP/1.1 " + QByteArray::number(status) +
               " X\r\nContent-Type: application/json\r\nContent-Length: " +
               QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body;
    }

    Handler handler;
    int connections = 0;
    QList<QByteArray> requests;

private:
    QTemporaryDir m_dir;
    QLocalServer m_server;
};

} // namespace mechdock::test
