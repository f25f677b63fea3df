#include "rawhttpclient.h"

#include <QHostAddress>
#include <QTest>

namespace mechdock::test {

QByteArray RawHttpResponse::header(const QByteArray &name) const {
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

bool RawHttpResponse::take(QByteArray &buffer, RawHttpResponse *out, bool forHead) {
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    RawHttpResponse r;
    r.status = lines.first().mid(9, 3).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        r.headers.append({line.left(colon), line.mid(colon + 1).trimmed()});
    }
    const qsizetype length =
        forHead || r.status < 200 ? 0 : r.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return false;
    r.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    *out = r;
    return true;
}

RawHttpClient::RawHttpClient(quint16 port, qint64 readBufferSize) {
    m_socket.setReadBufferSize(readBufferSize);
    QObject::connect(&m_socket, &QTcpSocket::readyRead, &m_socket, [this] {
        if (m_reading)
            m_received += m_socket.readAll();
    });
    m_socket.connectToHost(QHostAddress::LocalHost, port);
}

bool RawHttpClient::waitConnected(int timeoutMs) {
    return QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

RawHttpResponse RawHttpClient::next(bool forHead, int timeoutMs) {
    RawHttpResponse r;
    (void)QTest::qWaitFor(
        [&] { return RawHttpResponse::take(m_received, &r, forHead) || isClosed(); }, timeoutMs);
    if (r.status == 0)
        RawHttpResponse::take(m_received, &r, forHead);
    return r;
}

RawHttpResponse RawHttpClient::request(const QByteArray &bytes, bool forHead) {
    send(bytes);
    return next(forHead);
}

bool RawHttpClient::waitClosed(int timeoutMs) {
    return QTest::qWaitFor([this] { return isClosed(); }, timeoutMs);
}

void RawHttpClient::setReading(bool reading) {
    m_reading = reading;
    if (reading) {
        m_socket.setReadBufferSize(0);
        m_received += m_socket.readAll();
    }
}

} // namespace mechdock::test
