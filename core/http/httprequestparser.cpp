#include "httprequestparser.h"

#include <algorithm>

namespace mechdock::http {

namespace {

// RFC 9110 token characters, the alphabet of methods and header names.
bool isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text) {
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTokenChar);
}

// Field values may hold visible characters, spaces, tabs and obs-text, never other controls.
bool isFieldValue(QByteArrayView text) {
    return std::all_of(text.begin(), text.end(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u == '\t' || (u >= 0x20 && u != 0x7f);
    });
}

bool isTargetChar(char c) {
    const auto u = static_cast<unsigned char>(c);
    return u > 0x20 && u != 0x7f;
}

QByteArrayView trimmedOws(QByteArrayView text) {
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

bool isDigits(QByteArrayView text) {
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits) {}

void HttpRequestParser::reset() {
    m_state = State::Idle;
    m_head.clear();
    m_lineStart = 0;
    m_requestLineDone = false;
    m_expectContinue = false;
    m_remaining = 0;
    m_request = HttpRequest{};
    m_request.peerAddress = m_peerAddress;
    m_errorStatus = 0;
    m_errorReason.clear();
}

bool HttpRequestParser::fail(int status, const char *reason) {
    m_state = State::Error;
    m_errorStatus = status;
    m_errorReason = reason;
    return false;
}

qsizetype HttpRequestParser::feed(QByteArrayView data) {
    qsizetype used = 0;
    while (used < data.size()) {
        if (m_state == State::Body) {
            const qsizetype take = qsizetype(std::min<qint64>(m_remaining, data.size() - used));
            m_request.body.append(data.sliced(used, take));
            used += take;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = State::Complete;
            continue;
        }
        if (m_state != State::Idle && m_state != State::Head)
            break;
        m_state = State::Head;
        const QByteArrayView rest = data.sliced(used);
        const qsizetype eol = rest.indexOf('\n');
        const qsizetype lineBytes = eol < 0 ? rest.size() : eol + 1;
        if (m_head.size() + lineBytes > m_limits.maxHeaderBytes) {
            // Nothing past the limit is kept; the answer does not depend on the rest.
            used += std::max<qsizetype>(0, m_limits.maxHeaderBytes - m_head.size());
            if (m_requestLineDone)
                fail(431, "request header fields too large");
            else
                fail(414, "request line too long");
            break;
        }
        m_head.append(rest.first(lineBytes));
        used += lineBytes;
        if (eol < 0)
            break;
        QByteArrayView line = QByteArrayView(m_head).sliced(m_lineStart);
        m_lineStart = m_head.size();
        line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!takeLine(line))
            break;
    }
    return used;
}

bool HttpRequestParser::takeLine(QByteArrayView line) {
    if (line.contains('\r'))
        return fail(400, "bare carriage return");
    if (!m_requestLineDone) {
        // Empty lines before a request are allowed (RFC 9112 2.2): some clients send one
        // after a body.
        return line.isEmpty() || parseRequestLine(line);
    }
    if (line.isEmpty())
        return finishHead();
    return parseHeaderLine(line);
}

bool HttpRequestParser::parseRequestLine(QByteArrayView line) {
    // "GET /health HTTP/1.1": exactly two single spaces.
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (first <= 0 || second <= first + 1 || line.indexOf(' ', second + 1) >= 0)
        return fail(400, "malformed request line");
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, second - first - 1);
    const QByteArrayView version = line.sliced(second + 1);
    if (!isToken(method))
        return fail(400, "malformed method");
    if (!std::all_of(target.begin(), target.end(), isTargetChar))
        return fail(400, "malformed request target");
    if (version.size() != 8 || !version.startsWith("HTTP/") || version[6] != '.' ||
        !isDigits(version.sliced(5, 1)) || !isDigits(version.sliced(7, 1)))
        return fail(400, "malformed HTTP version");
    if (version[5] != '1')
        return fail(505, "HTTP version not supported");
    m_request.methodName = method.toByteArray();
    m_request.method = httpMethodFromName(method);
    m_request.target = target.toByteArray();
    m_request.minorVersion = version[7] - '0';
    m_requestLineDone = true;
    return parseTarget();
}

bool HttpRequestParser::parseTarget() {
    QByteArrayView target = m_request.target;
    if (const qsizetype hash = target.indexOf('#'); hash >= 0)
        target = target.first(hash);
    if (target == "*") {
        m_request.path = "*";
        return true;
    }
    if (!target.startsWith('/')) {
        // Absolute form ("http://host/path") must be accepted from any client (RFC 9112 3.2.2).
        const qsizetype scheme = target.indexOf("://");
        const QByteArrayView name = scheme > 0 ? target.first(scheme) : QByteArrayView();
        if (name.compare("http", Qt::CaseInsensitive) != 0 &&
            name.compare("https", Qt::CaseInsensitive) != 0)
            return fail(400, "malformed request target");
        target = target.sliced(scheme + 3);
        qsizetype end = 0;
        while (end < target.size() && target[end] != '/' && target[end] != '?')
            ++end;
        if (end == 0)
            return fail(400, "malformed request target");
        target = target.sliced(end);
    }
    const qsizetype question = target.indexOf('?');
    const QByteArrayView path = question < 0 ? target : target.first(question);
    m_request.path = QByteArray::fromPercentEncoding(path.isEmpty() ? "/" : path.toByteArray());
    m_request.query = question < 0 ? QByteArray() : target.sliced(question + 1).toByteArray();
    return true;
}

bool HttpRequestParser::parseHeaderLine(QByteArrayView line) {
    if (line.front() == ' ' || line.front() == '\t')
        return fail(400, "folded header line");
    const qsizetype colon = line.indexOf(':');
    // No space may come before the colon (RFC 9112 5.1), so the name must be a plain token.
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, "malformed header line");
    const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
    if (!isFieldValue(value))
        return fail(400, "malformed header value");
    m_request.headers.append({line.first(colon).toByteArray().toLower(), value.toByteArray()});
    return true;
}

bool HttpRequestParser::finishHead() {
    const bool hasLength = m_request.hasHeader("content-length");
    if (m_request.hasHeader("transfer-encoding")) {
        // Both framings at once is how requests are smuggled past proxies.
        if (hasLength || m_request.minorVersion == 0)
            return fail(400, "conflicting message framing");
        const QList<QByteArray> codings = m_request.header("transfer-encoding").split(',');
        if (codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) == 0)
            return fail(411, "length required: chunked request bodies are not accepted");
        return fail(501, "transfer coding not implemented");
    }
    qint64 length = 0;
    if (hasLength) {
        // Repeated or listed values must agree (RFC 9112 6.3).
        QByteArray first;
        for (const QByteArray &part : m_request.header("content-length").split(',')) {
            const QByteArray value = part.trimmed();
            if (!isDigits(value) || (!first.isEmpty() && value != first))
                return fail(400, "malformed Content-Length");
            first = value;
        }
        while (first.size() > 1 && first.front() == '0')
            first.remove(0, 1);
        // Eighteen digits always fit in qint64; a longer number is over any limit.
        if (first.size() > 18 || first.toLongLong() > m_limits.maxBodyBytes)
            return fail(413, "payload too large");
        length = first.toLongLong();
    }
    const QByteArray expect = m_request.header("expect");
    if (m_request.minorVersion >= 1 && !expect.isEmpty()) {
        if (expect.trimmed().compare("100-continue", Qt::CaseInsensitive) != 0)
            return fail(417, "expectation failed");
        m_expectContinue = true;
    }
    m_remaining = length;
    m_state = length > 0 ? State::Body : State::Complete;
    return true;
}

} // namespace mechdock::http
