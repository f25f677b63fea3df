#include "websessionstore.h"

#include "security/passwordhasher.h"

#include <QRandomGenerator>

#include <algorithm>

namespace mechdock::control {

QByteArray WebSessionStore::randomToken() {
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool WebSessionStore::tokensEqual(const QByteArray &a, const QByteArray &b) {
    return !a.isEmpty() && security::PasswordHasher::constantTimeEquals(a, b);
}

bool WebSessionStore::expired(const WebSession &s, qint64 nowMs) const {
    const qint64 idle = s.authenticated() ? m_idleTimeoutMs : kAnonymousIdleMs;
    return nowMs - s.lastSeenMs > idle;
}

std::optional<WebSession> WebSessionStore::find(const QByteArray &id, qint64 nowMs) {
    const auto it = m_sessions.find(id);
    if (id.isEmpty() || it == m_sessions.end())
        return std::nullopt;
    if (expired(*it, nowMs)) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    it->lastSeenMs = nowMs;
    return *it;
}

std::optional<WebSession> WebSessionStore::peek(const QByteArray &id, qint64 nowMs) const {
    const auto it = m_sessions.constFind(id);
    if (id.isEmpty() || it == m_sessions.cend() || expired(*it, nowMs))
        return std::nullopt;
    return *it;
}

std::optional<WebSession> WebSessionStore::findByCsrf(const QByteArray &csrf, qint64 nowMs) const {
    for (const WebSession &s : m_sessions) {
        if (tokensEqual(s.csrf, csrf) && !expired(s, nowMs))
            return s;
    }
    return std::nullopt;
}

void WebSessionStore::makeRoom(qint64 nowMs) {
    expire(nowMs);
    while (m_sessions.size() >= kMaxSessions) {
        // The least recently seen anonymous session goes first; only then a logged-in one.
        auto victim = m_sessions.end();
        for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
            if (victim == m_sessions.end() ||
                std::pair(it->authenticated(), it->lastSeenMs) <
                    std::pair(victim->authenticated(), victim->lastSeenMs))
                victim = it;
        }
        m_sessions.erase(victim);
    }
}

WebSession WebSessionStore::add(const QString &user, qint64 nowMs) {
    makeRoom(nowMs);
    WebSession s{randomToken(), randomToken(), user, nowMs};
    m_sessions.insert(s.id, s);
    return s;
}

WebSession WebSessionStore::createAnonymous(qint64 nowMs) {
    return add({}, nowMs);
}

WebSession WebSessionStore::logIn(const QByteArray &id, const QString &user, qint64 nowMs) {
    m_sessions.remove(id);
    return add(user, nowMs);
}

void WebSessionStore::end(const QByteArray &id) {
    m_sessions.remove(id);
}

QList<QByteArray> WebSessionStore::expire(qint64 nowMs) {
    QList<QByteArray> ended;
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (expired(*it, nowMs)) {
            ended.append(it.key());
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
    return ended;
}

} // namespace mechdock::control
