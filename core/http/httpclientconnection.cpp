#include "httpclientconnection.h"

#include "common/clock.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace mechdock::http {

namespace {
bool isTls(const QUrl &origin) {
    return origin.scheme() == QLatin1String("https");
}
} // namespace

HttpClientConnection::HttpClientConnection(const QUrl &origin, QObject *parent)
    : QObject(parent)
    , m_origin(origin) {
    const int defaultPort = isTls(origin) ? 443 : 80;
    m_hostHeader = origin.host(QUrl::FullyEncoded).toLatin1();
    if (origin.port(defaultPort) != defaultPort)
        m_hostHeader += ':' + QByteArray::number(origin.port());

    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &HttpClientConnection::onTimeout);
    if (isTls(origin)) {
        auto *ssl = new QSslSocket(this);
        m_socket = ssl;
        connect(ssl, &QSslSocket::encrypted, this, &HttpClientConnection::onConnected);
        ssl->connectToHostEncrypted(origin.host(), quint16(origin.port(defaultPort)));
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpClientConnection::onConnected);
        m_socket->connectToHost(origin.host(), quint16(origin.port(defaultPort)));
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpClientConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpClientConnection::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpClientConnection::onError);
}

HttpClientConnection::~HttpClientConnection() {
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpClientConnection::send(const HttpClientRequest &request) {
    Q_ASSERT(m_state == State::Connecting || m_state == State::Idle);
    m_request = request;
    m_parser.emplace();
    if (request.method == "HEAD")
        m_parser->expectNoBody();
    m_answerStarted = false;
    m_timeout.start(std::max(1, request.timeoutMs));
    if (m_ready) {
        m_state = State::Busy;
        writeRequest();
    }
}

void HttpClientConnection::close() {
    m_timeout.stop();
    m_state = State::Closed;
    m_request.reset();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void HttpClientConnection::onConnected() {
    // Small requests and answers: without this, each one waits out the peer's delayed ACK.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_ready = true;
    if (m_request) {
        m_state = State::Busy;
        writeRequest();
    } else {
        m_state = State::Idle;
        m_idleSinceMs = Clock::system().monotonicMs();
    }
}

QByteArray HttpClientConnection::serialize(const HttpClientRequest &request) const {
    QByteArray head;
    head.reserve(256 + request.body.size());
    head += request.method + ' ' + (request.target.isEmpty() ? QByteArray("/") : request.target) +
            " HTTP/1.1\r\nHost: " + m_hostHeader + "\r\n";
    for (const auto &[name, value] : request.headers)
        head += name + ": " + value + "\r\n";
    if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT" ||
        request.method == "PATCH")
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    head += "\r\n";
    head += request.body;
    return head;
}

void HttpClientConnection::writeRequest() {
    // One write: with TCP_NODELAY the head and the body leave together.
    m_socket->write(serialize(*m_request));
}

void HttpClientConnection::onReadyRead() {
    const QByteArray data = m_socket->readAll();
    if (!m_request || m_state != State::Busy) {
        // Bytes nobody asked for: the connection can no longer be trusted.
        close();
        emit closed();
        return;
    }
    m_answerStarted = true;
    if (!m_parser->feed(data)) {
        const QString why = m_parser->error();
        close();
        finishFailed(tr("malformed answer: %1").arg(why), false);
        return;
    }
    if (!m_parser->isDone())
        return;
    const bool keepAlive = m_parser->keepAlive();
    const HttpClientResponse response = takeResponse();
    if (keepAlive) {
        m_state = State::Idle;
        m_idleSinceMs = Clock::system().monotonicMs();
    } else {
        close();
    }
    emit completed(response);
}

HttpClientResponse HttpClientConnection::takeResponse() {
    m_timeout.stop();
    HttpClientResponse response;
    response.status = m_parser->status();
    response.headers = m_parser->headers();
    response.body = m_parser->body();
    m_request.reset();
    m_parser.reset();
    ++m_completed;
    return response;
}

void HttpClientConnection::onDisconnected() {
    if (m_state == State::Closed)
        return;
    if (m_request && m_parser && m_answerStarted) {
        // An answer that runs until the connection closes.
        m_parser->finishStream();
        if (m_parser->isDone()) {
            const HttpClientResponse response = takeResponse();
            close();
            emit completed(response);
            return;
        }
    }
    const bool busy = m_request.has_value();
    const bool safeToRetry = busy && !m_answerStarted && m_completed > 0;
    close();
    if (busy)
        finishFailed(tr("the server closed the connection"), safeToRetry);
    else
        emit closed();
}

void HttpClientConnection::onError() {
    if (m_state == State::Closed)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    const QString error = m_socket->errorString();
    const bool busy = m_request.has_value();
    const bool safeToRetry = busy && !m_answerStarted && m_completed > 0;
    close();
    if (busy)
        finishFailed(error, safeToRetry);
    else
        emit closed();
}

void HttpClientConnection::onTimeout() {
    const int ms = m_request ? m_request->timeoutMs : 0;
    close();
    finishFailed(tr("no answer within %1 ms").arg(ms), false);
}

void HttpClientConnection::finishFailed(const QString &error, bool safeToRetry) {
    m_request.reset();
    m_parser.reset();
    emit failed(error, safeToRetry);
}

} // namespace mechdock::http
