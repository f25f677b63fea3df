// HttpResponseParser: an HTTP/1.1 response read incrementally from whatever chunks the socket
// delivers: status line, headers, then a body framed by Content-Length, chunked encoding (with
// extensions and trailers) or the end of the connection. Header and body sizes are limited, so
// a hostile or broken peer costs an error, not memory. Streaming bodies (events, logs) are
// handed out as they arrive instead of being kept.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <functional>

namespace mechdock::http {

class HttpResponseParser {
public:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkEnd,
        Trailers,
        Done,
        Error
    };

    struct Limits {
        qint64 maxHeaderBytes = 64 * 1024;
        qint64 maxBodyBytes = 16 * 1024 * 1024; // kept bodies; streamed bytes are not counted
    };

    HttpResponseParser();
    explicit HttpResponseParser(Limits limits);

    // With a sink, body bytes are passed on and not kept (streams); without, they are kept.
    void setBodySink(std::function<void(const QByteArray &)> sink) { m_sink = std::move(sink); }
    // For a HEAD request or one whose answer has no body.
    void expectNoBody() { m_noBody = true; }

    // Returns false once the response is malformed or over a limit (see error()).
    bool feed(const QByteArray &data);
    // The peer closed the connection: completes a body that runs to the end of the stream.
    void finishStream();

    State state() const { return m_state; }
    bool isDone() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Error; }
    QString error() const { return m_error; }
    int status() const { return m_status; }
    QString reason() const { return m_reason; }
    QByteArray header(const QByteArray &name) const { return m_headers.value(name.toLower()); }
    // Every header, names in lower case; repeated ones joined with ", ".
    const QHash<QByteArray, QByteArray> &headers() const { return m_headers; }
    const QByteArray &body() const { return m_body; }
    // Whether the connection may carry another request after this complete response: HTTP/1.1
    // without "Connection: close" (or 1.0 with keep-alive), a framed body, nothing left over.
    bool keepAlive() const;
    // Bytes that arrived after the complete response (a misbehaving peer).
    qint64 leftoverBytes() const { return m_state == State::Done ? m_buffer.size() : 0; }

private:
    bool fail(const QString &why);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line);
    bool startBody();
    void deliver(const QByteArray &bytes);

    Limits m_limits;
    State m_state = State::StatusLine;
    QByteArray m_buffer;
    qint64 m_headerBytes = 0;
    int m_status = 0;
    bool m_http10 = false;
    QString m_reason;
    QHash<QByteArray, QByteArray> m_headers;
    qint64 m_remaining = 0;
    bool m_untilClose = false;
    bool m_noBody = false;
    QByteArray m_body;
    QString m_error;
    std::function<void(const QByteArray &)> m_sink;
};

} // namespace mechdock::http
