#include "httpresponseparser.h"

#include "common/translation.h"

namespace mechdock::http {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::http::HttpResponseParser", text);
}
} // namespace

HttpResponseParser::HttpResponseParser()
    : HttpResponseParser(Limits{}) {}

HttpResponseParser::HttpResponseParser(Limits limits)
    : m_limits(limits) {}

bool HttpResponseParser::fail(const QString &why) {
    m_state = State::Error;
    m_error = why;
    m_buffer.clear();
    return false;
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line) {
    // "HTTP/1.1 200 OK"
    if (!line.startsWith("HTTP/1."))
        return fail(tr("not an HTTP response"));
    const int first = line.indexOf(' ');
    const int second = line.indexOf(' ', first + 1);
    bool ok = false;
    m_status = line.mid(first + 1, second < 0 ? -1 : second - first - 1).toInt(&ok);
    if (first < 0 || !ok || m_status < 100 || m_status > 599)
        return fail(tr("malformed status line"));
    m_reason = second < 0 ? QString() : QString::fromLatin1(line.mid(second + 1));
    m_http10 = line.startsWith("HTTP/1.0");
    m_state = State::Headers;
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray &line) {
    const int colon = line.indexOf(':');
    if (colon <= 0)
        return fail(tr("malformed header line"));
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (m_headers.contains(name) && name != "content-length")
        m_headers.insert(name, m_headers.value(name) + ", " + value);
    else
        m_headers.insert(name, value);
    return true;
}

bool HttpResponseParser::startBody() {
    const bool bodiless = m_noBody || m_status == 204 || m_status == 304 || m_status < 200;
    if (bodiless) {
        m_state = State::Done;
        return true;
    }
    if (header("transfer-encoding").toLower().contains("chunked")) {
        m_state = State::ChunkSize;
        return true;
    }
    const QByteArray length = header("content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        m_remaining = length.toLongLong(&ok);
        if (!ok || m_remaining < 0 || length.contains(','))
            return fail(tr("malformed Content-Length"));
        if (!m_sink && m_remaining > m_limits.maxBodyBytes)
            return fail(tr("the response body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
        m_state = m_remaining == 0 ? State::Done : State::Body;
        return true;
    }
    m_untilClose = true;
    m_state = State::Body;
    return true;
}

void HttpResponseParser::deliver(const QByteArray &bytes) {
    if (bytes.isEmpty())
        return;
    if (m_sink) {
        m_sink(bytes);
        return;
    }
    if (m_body.size() + bytes.size() > m_limits.maxBodyBytes) {
        fail(tr("the response body is larger than %1 bytes").arg(m_limits.maxBodyBytes));
        return;
    }
    m_body += bytes;
}

bool HttpResponseParser::feed(const QByteArray &data) {
    if (m_state == State::Error)
        return false;
    if (m_state == State::Done)
        return true; // bytes after a complete response (a misbehaving peer) are ignored
    m_buffer += data;
    for (;;) {
        switch (m_state) {
        case State::StatusLine:
        case State::Headers:
        case State::ChunkSize:
        case State::ChunkEnd:
        case State::Trailers: {
            const int eol = m_buffer.indexOf("\r\n");
            if (eol < 0) {
                const bool inHead = m_state == State::StatusLine || m_state == State::Headers ||
                                    m_state == State::Trailers;
                if (inHead && m_headerBytes + m_buffer.size() > m_limits.maxHeaderBytes)
                    return fail(tr("the response headers are larger than %1 bytes")
                                    .arg(m_limits.maxHeaderBytes));
                if (!inHead && m_buffer.size() > 1024)
                    return fail(tr("malformed chunk header"));
                return true;
            }
            const QByteArray line = m_buffer.left(eol);
            m_buffer.remove(0, eol + 2);
            if (m_state == State::StatusLine || m_state == State::Headers ||
                m_state == State::Trailers) {
                m_headerBytes += line.size() + 2;
                if (m_headerBytes > m_limits.maxHeaderBytes)
                    return fail(tr("the response headers are larger than %1 bytes")
                                    .arg(m_limits.maxHeaderBytes));
            }
            if (m_state == State::StatusLine) {
                if (!parseStatusLine(line))
                    return false;
            } else if (m_state == State::Headers) {
                if (line.isEmpty()) {
                    if (!startBody())
                        return false;
                } else if (!parseHeaderLine(line)) {
                    return false;
                }
            } else if (m_state == State::ChunkSize) {
                // "1a;name=value": the size in hex, extensions ignored.
                const QByteArray size = line.split(';').first().trimmed();
                bool ok = false;
                const qint64 n = size.toLongLong(&ok, 16);
                if (!ok || n < 0 || size.size() > 15)
                    return fail(tr("malformed chunk size"));
                if (n == 0) {
                    m_state = State::Trailers;
                } else {
                    m_remaining = n;
                    m_state = State::ChunkData;
                }
            } else if (m_state == State::ChunkEnd) {
                if (!line.isEmpty())
                    return fail(tr("missing line break after a chunk"));
                m_state = State::ChunkSize;
            } else { // Trailers: header lines until an empty one.
                if (line.isEmpty()) {
                    m_state = State::Done;
                    return true;
                }
            }
            break;
        }
        case State::Body:
        case State::ChunkData: {
            if (m_buffer.isEmpty())
                return true;
            if (m_untilClose) {
                deliver(m_buffer);
                m_buffer.clear();
                return m_state != State::Error;
            }
            const qint64 take = std::min<qint64>(m_remaining, m_buffer.size());
            deliver(m_buffer.left(int(take)));
            if (m_state == State::Error)
                return false;
            m_buffer.remove(0, int(take));
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = m_state == State::Body ? State::Done : State::ChunkEnd;
            if (m_state == State::Done)
                return true;
            break;
        }
        case State::Done:
            return true;
        case State::Error:
            return false;
        }
    }
}

bool HttpResponseParser::keepAlive() const {
    if (m_state != State::Done || m_untilClose || !m_buffer.isEmpty())
        return false;
    const QByteArray connection = header("connection").toLower();
    if (m_http10)
        return connection.contains("keep-alive");
    return !connection.contains("close");
}

void HttpResponseParser::finishStream() {
    if (m_state == State::Body && m_untilClose) {
        m_state = State::Done;
        return;
    }
    if (m_state != State::Done && m_state != State::Error)
        fail(tr("the connection closed in the middle of the response"));
}

} // namespace mechdock::http
