// HttpRequestParser: one HTTP/1.x request read incrementally from whatever pieces the socket
// delivers: request line, headers, then a body framed by Content-Length. It takes only the bytes
// of one request, so pipelined requests stay with the caller, and it never keeps more than the
// limits allow: the head is refused past maxHeaderBytes (414/431) and a body whose length is over
// maxBodyBytes is refused (413) as soon as the headers end, before any of it is read. Request
// bodies in chunked encoding are refused with 411 (send a length), other codings with 501.
#pragma once

#include "httplimits.h"
#include "httprequest.h"

#include <QByteArray>
#include <QByteArrayView>

namespace mechdock::http {

class HttpRequestParser {
public:
    enum class State { Idle, Head, Body, Complete, Error };

    explicit HttpRequestParser(const HttpLimits &limits = {});

    // Takes bytes from the front of data up to the end of one request and returns how many it
    // took; it stops early once the request is complete or refused. Feeding a complete or refused
    // parser takes nothing.
    qsizetype feed(QByteArrayView data);
    // Ready for the next request on the same connection.
    void reset();

    State state() const { return m_state; }
    bool isIdle() const { return m_state == State::Idle; }
    bool isComplete() const { return m_state == State::Complete; }
    bool hasError() const { return m_state == State::Error; }
    // The status to answer a refused request with (400, 411, 413, 414, 417, 431, 501, 505) and
    // a short reason in English for the response and the debug log.
    int errorStatus() const { return m_errorStatus; }
    QByteArray errorReason() const { return m_errorReason; }
    // The headers are in and the client waits for "100 Continue" before sending its body.
    bool expectsContinue() const { return m_state == State::Body && m_expectContinue; }

    const HttpRequest &request() const { return m_request; }
    // The client's address, given to every request this parser reads from then on.
    void setPeerAddress(const QString &address) {
        m_peerAddress = address;
        m_request.peerAddress = address;
    }
    // The request exactly as received so far (head and body), to hand a socket over intact.
    QByteArray rawBytes() const { return m_head + m_request.body; }

private:
    bool fail(int status, const char *reason);
    bool takeLine(QByteArrayView line);
    bool parseRequestLine(QByteArrayView line);
    bool parseHeaderLine(QByteArrayView line);
    bool parseTarget();
    bool finishHead();

    HttpLimits m_limits;
    State m_state = State::Idle;
    QByteArray m_head;
    qsizetype m_lineStart = 0;
    bool m_requestLineDone = false;
    bool m_expectContinue = false;
    qint64 m_remaining = 0;
    HttpRequest m_request;
    int m_errorStatus = 0;
    QByteArray m_errorReason;
    QString m_peerAddress;
};

} // namespace mechdock::http
