// HttpClientConnection: one keep-alive HTTP/1.1 connection to one origin, plain TCP or TLS, with
// TCP_NODELAY so a small request leaves at once instead of waiting for the ACK of the previous
// segment (Nagle and delayed ACK together cost about 40 ms per request otherwise). One request at
// a time; the response goes through HttpResponseParser and its limits.
#pragma once

#include "httpclientexchange.h"
#include "httpresponseparser.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <optional>

class QTcpSocket;

namespace mechdock::http {

class HttpClientConnection : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClientConnection)
public:
    enum class State { Connecting, Idle, Busy, Closed };

    explicit HttpClientConnection(const QUrl &origin, QObject *parent = nullptr);
    ~HttpClientConnection() override;

    // Sends the request now, or once the connection is up. Only while not Busy.
    void send(const HttpClientRequest &request);
    void close();

    State state() const { return m_state; }
    // Requests completed on this connection so far.
    int completedCount() const { return m_completed; }
    qint64 idleSinceMs() const { return m_idleSinceMs; }

signals:
    void completed(const mechdock::http::HttpClientResponse &response);
    // The request failed without an answer. safeToRetry: the connection had carried earlier
    // requests and closed before any byte of this answer, the usual race of a keep-alive
    // connection the server has just timed out; the request can go again on a new connection.
    void failed(const QString &error, bool safeToRetry);
    // Closed by the server or by an error while no request was running.
    void closed();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void onTimeout();
    void writeRequest();
    // The complete answer; the connection is free for the next request.
    HttpClientResponse takeResponse();
    void finishFailed(const QString &error, bool safeToRetry);
    QByteArray serialize(const HttpClientRequest &request) const;

    QUrl m_origin;
    QByteArray m_hostHeader;
    QTcpSocket *m_socket = nullptr;
    State m_state = State::Connecting;
    bool m_ready = false; // connected (and encrypted, for TLS)
    std::optional<HttpClientRequest> m_request;
    std::optional<HttpResponseParser> m_parser;
    bool m_answerStarted = false;
    int m_completed = 0;
    qint64 m_idleSinceMs = 0;
    QTimer m_timeout;
};

} // namespace mechdock::http
