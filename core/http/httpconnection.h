// HttpConnection: one client of the HTTP server. Reads requests (pipelined ones in order) through
// the parser, answers them from the routing table, and closes the connection after a refusal, on
// "Connection: close", and when the client is too slow or idle for the limits. Output is bounded:
// while more than maxOutputBytes of answers wait for the client, no further request is read.
#pragma once

#include "httplimits.h"
#include "httprequestparser.h"
#include "httprouter.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QTcpSocket;

namespace mechdock::http {

class HttpConnection : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpConnection)
public:
    // Takes the socket (it becomes a child); the router must outlive the connection.
    HttpConnection(QTcpSocket *socket, const HttpRouter &router, const HttpLimits &limits,
                   QObject *parent = nullptr);
    ~HttpConnection() override;

    // Drops the connection at once; the object deletes itself later.
    void abort();
    // How long the connection has been idle: no request in progress, nothing to send, nothing
    // unread. -1 while it is busy.
    qint64 idleMs() const;
    // Closes an idle connection to make room for another; its socket is gone on return. Not for
    // calls from inside the connection's own handlers.
    void evict();

private:
    // What the single timer currently measures.
    enum class Deadline { None, Request, KeepAlive, Write, Linger };

    void processInput();
    void processRequests();
    void dispatch();
    void send(const HttpResponse &response, bool forHead, bool keepAlive, int minorVersion);
    void refuse(int status, const QByteArray &reason, const QByteArray &allow = {});
    void takeOver(const HttpRouter::TakeOver &handler);
    void beginClosing();
    void continueClosing();
    void discardInput();
    void onBytesWritten();
    void onTimeout();
    void updateDeadline(bool progress = false);

    QPointer<QTcpSocket> m_socket;
    const HttpRouter &m_router;
    const HttpLimits m_limits;
    HttpRequestParser m_parser;
    QByteArray m_input; // the last piece read from the socket, from m_inputPos on not yet parsed
    qsizetype m_inputPos = 0;
    QTimer m_timer;
    QElapsedTimer m_activity; // since the last byte read or written
    Deadline m_deadline = Deadline::None;
    bool m_answeredAny = false;
    bool m_continueSent = false;
    bool m_closing = false;
    bool m_lingering = false;
    bool m_finished = false;
    bool m_processing = false;
    qint64 m_discarded = 0;
};

} // namespace mechdock::http
