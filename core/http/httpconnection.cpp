#include "httpconnection.h"

#include "common/logcategories.h"

#include <QHostAddress>
#include <QTcpSocket>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

namespace mechdock::http {

namespace {
// Bytes taken from the socket at a time; also the socket's own read buffer, so a client that
// sends faster than it is served waits in the kernel instead of in our memory.
constexpr qint64 kReadChunk = 16 * 1024;
// After a refusal the rest of what the client sends is read and dropped for a moment, so closing
// does not reset the connection before the client has read the answer; bounded in bytes and time.
constexpr qint64 kMaxLingerBytes = 4 * 1024 * 1024;
constexpr int kMaxLingerMs = 2000;

// Half-closes the connection: the client reads the end of the answer and closes its side, while
// this side still reads (and drops) what it sends. QTcpSocket has no call for this.
void shutdownSending(const QTcpSocket &socket) {
    const qintptr fd = socket.socketDescriptor();
    if (fd == -1)
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(fd), SD_SEND);
#else
    ::shutdown(int(fd), SHUT_WR);
#endif
}
} // namespace

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpRouter &router,
                               const HttpLimits &limits, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_router(router)
    , m_limits(limits)
    , m_parser(limits) {
    socket->setParent(this);
    socket->setReadBufferSize(kReadChunk);
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Once per connection: every request on it comes from the same address.
    const QHostAddress peer = socket->peerAddress();
    bool isV4 = false;
    const quint32 v4 = peer.toIPv4Address(&isV4);
    m_parser.setPeerAddress(isV4 ? QHostAddress(v4).toString() : peer.toString());
    m_activity.start();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::processInput);
    connect(socket, &QTcpSocket::bytesWritten, this, &HttpConnection::onBytesWritten);
    connect(socket, &QTcpSocket::disconnected, this, &HttpConnection::abort);
    connect(socket, &QTcpSocket::errorOccurred, this, [this] {
        if (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState)
            abort();
    });
    updateDeadline();
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::abort() {
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
    }
    deleteLater();
}

qint64 HttpConnection::idleMs() const {
    if (m_finished || m_closing || !m_socket || !m_parser.isIdle() || m_inputPos < m_input.size() ||
        m_socket->bytesToWrite() > 0 || m_socket->bytesAvailable() > 0)
        return -1;
    return m_activity.elapsed();
}

void HttpConnection::evict() {
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    if (m_socket) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_socket->abort();
        delete m_socket.data();
    }
    deleteLater();
}

void HttpConnection::processInput() {
    // Writing an answer can emit bytesWritten, which would come back here in the middle of it.
    if (m_finished || !m_socket || m_processing)
        return;
    if (m_closing) {
        discardInput();
        return;
    }
    const QPointer<HttpConnection> self(this);
    m_processing = true;
    processRequests();
    if (!self)
        return;
    m_processing = false;
    if (!m_finished)
        updateDeadline();
}

void HttpConnection::processRequests() {
    const QPointer<HttpConnection> self(this);
    while (!m_closing && !m_finished) {
        // Bounded output: stop taking requests until the client reads its answers.
        if (m_socket->bytesToWrite() > m_limits.maxOutputBytes)
            break;
        if (m_inputPos >= m_input.size()) {
            m_input = m_socket->read(kReadChunk);
            m_inputPos = 0;
            if (m_input.isEmpty())
                break;
            m_activity.start();
        }
        m_inputPos += m_parser.feed(QByteArrayView(m_input).sliced(m_inputPos));
        if (m_parser.hasError()) {
            qCDebug(lcHttp) << "refusing a request from" << m_socket->peerAddress().toString()
                            << m_parser.errorStatus() << m_parser.errorReason();
            refuse(m_parser.errorStatus(), m_parser.errorReason());
            break;
        }
        if (m_parser.expectsContinue() && !m_continueSent) {
            m_continueSent = true;
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            m_socket->flush();
        }
        if (m_parser.isComplete()) {
            dispatch();
            if (!self || m_finished || !m_socket)
                return;
            if (!m_closing) {
                m_parser.reset();
                m_continueSent = false;
            }
        }
        updateDeadline();
    }
}

void HttpConnection::dispatch() {
    const HttpRequest &request = m_parser.request();
    const HttpRouter::Match match = m_router.match(request.method, request.path);
    if (!match.handler) {
        // Nothing here takes that request; a client that sends it gets its slot back.
        if (match.pathKnown)
            refuse(405, "method not allowed", match.allow);
        else
            refuse(404, "not found");
        return;
    }
    if (const auto *handler = std::get_if<HttpRouter::TakeOver>(match.handler)) {
        takeOver(*handler);
        return;
    }
    // A copy, so a handler that changes the routing table does not pull itself from under
    // its own call.
    const HttpRouter::Responder responder = std::get<HttpRouter::Responder>(*match.handler);
    const QPointer<HttpConnection> self(this);
    const HttpResponse response = responder(request);
    if (!self || m_finished)
        return;
    send(response, request.method == HttpMethod::Head, request.keepAlive(), request.minorVersion);
}

void HttpConnection::send(const HttpResponse &response, bool forHead, bool keepAlive,
                          int minorVersion) {
    m_answeredAny = true;
    m_socket->write(response.serialize(forHead, keepAlive, minorVersion));
    // Into the kernel now: a client that half-closes after its request makes the socket close
    // on the next read, and whatever is still queued here would be lost.
    m_socket->flush();
    if (!m_socket || m_finished)
        return;
    if (!keepAlive)
        beginClosing();
}

void HttpConnection::refuse(int status, const QByteArray &reason, const QByteArray &allow) {
    HttpResponse response = HttpResponse::error(status, reason);
    if (!allow.isEmpty())
        response.setHeader("Allow", allow);
    // A refused request may have left the byte stream anywhere, so the connection ends here.
    send(response, m_parser.request().method == HttpMethod::Head && m_parser.isComplete(), false,
         m_parser.request().minorVersion);
}

void HttpConnection::takeOver(const HttpRouter::TakeOver &handler) {
    // The new owner reads the request again from the socket, followed by whatever the client
    // sent after it, so nothing read here is lost.
    const QByteArray read = m_parser.rawBytes() + m_input.mid(m_inputPos);
    const HttpRequest request = m_parser.request();
    const HttpRouter::TakeOver take = handler;
    QTcpSocket *socket = m_socket;
    m_finished = true;
    m_timer.stop();
    m_socket = nullptr;
    m_input.clear();
    m_parser.reset();
    disconnect(socket, nullptr, this, nullptr);
    socket->setReadBufferSize(0);
    for (auto it = read.crbegin(); it != read.crend(); ++it)
        socket->ungetChar(*it);
    socket->setParent(nullptr);
    deleteLater();
    take(request, socket);
}

void HttpConnection::beginClosing() {
    m_closing = true;
    m_discarded += m_input.size() - m_inputPos;
    m_input.clear();
    m_inputPos = 0;
    continueClosing();
}

void HttpConnection::continueClosing() {
    if (m_finished || !m_socket)
        return;
    discardInput();
    if (m_finished)
        return;
    if (m_socket->bytesToWrite() > 0) {
        updateDeadline();
        return;
    }
    if (m_discarded == 0 && !m_lingering) {
        m_socket->disconnectFromHost();
        return;
    }
    // The client is still sending: closing now would reset the connection and could destroy the
    // answer before it is read, so signal the end and wait a little for the client to close.
    if (!m_lingering) {
        m_lingering = true;
        shutdownSending(*m_socket);
    }
    updateDeadline();
}

void HttpConnection::discardInput() {
    while (m_socket && m_socket->bytesAvailable() > 0) {
        const qint64 skipped = m_socket->skip(m_socket->bytesAvailable());
        if (skipped <= 0)
            break;
        m_discarded += skipped;
    }
    if (m_discarded > kMaxLingerBytes && m_socket && m_socket->bytesToWrite() == 0)
        abort();
}

void HttpConnection::onBytesWritten() {
    if (m_finished)
        return;
    m_activity.start();
    if (m_closing) {
        continueClosing();
        return;
    }
    updateDeadline(true);
    // Answers drained: take the requests that waited.
    if (m_socket->bytesToWrite() <= m_limits.maxOutputBytes &&
        (m_inputPos < m_input.size() || m_socket->bytesAvailable() > 0))
        processInput();
}

void HttpConnection::onTimeout() {
    if (m_finished || !m_socket)
        return;
    switch (m_deadline) {
    case Deadline::Request:
        if (!m_parser.isIdle()) {
            refuse(408, "request timeout");
            return;
        }
        // A connection that never sent a request is closed quietly.
        m_socket->disconnectFromHost();
        return;
    case Deadline::KeepAlive:
        m_socket->disconnectFromHost();
        return;
    case Deadline::Write:
    case Deadline::Linger:
    case Deadline::None:
        abort();
        return;
    }
}

void HttpConnection::updateDeadline(bool progress) {
    if (m_finished || !m_socket)
        return;
    Deadline wanted = Deadline::KeepAlive;
    if (m_socket->bytesToWrite() > 0)
        wanted = Deadline::Write;
    else if (m_lingering)
        wanted = Deadline::Linger;
    else if (m_closing)
        wanted = Deadline::None;
    else if (!m_parser.isIdle() || !m_answeredAny)
        wanted = Deadline::Request; // a new connection owes its first request as quickly
    if (wanted == m_deadline && !(progress && wanted == Deadline::Write))
        return;
    m_deadline = wanted;
    switch (wanted) {
    case Deadline::Request:
        m_timer.start(m_limits.requestTimeoutMs);
        break;
    case Deadline::KeepAlive:
        m_timer.start(m_limits.keepAliveTimeoutMs);
        break;
    case Deadline::Write:
        m_timer.start(m_limits.writeTimeoutMs);
        break;
    case Deadline::Linger:
        m_timer.start(std::min(kMaxLingerMs, m_limits.requestTimeoutMs));
        break;
    case Deadline::None:
        m_timer.stop();
        break;
    }
}

} // namespace mechdock::http
