// WebSessionStore: the web page's sessions. A visitor gets an anonymous session (its cookie id
// and a CSRF token) on first contact; logging in replaces it with a new id and token, so an id
// planted before the login is worth nothing after it. Sessions end when logged out, after
// idleTimeoutMs without a request (authenticated) or 10 minutes (anonymous), and the oldest
// anonymous ones give way when the store is full. Ids and tokens are 256 random bits.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace mechdock::control {

struct WebSession {
    QByteArray id;   // the cookie's value
    QByteArray csrf; // what every state-changing request must carry
    QString user;    // empty while anonymous
    qint64 lastSeenMs = 0;
    bool authenticated() const { return !user.isEmpty(); }
};

class WebSessionStore {
public:
    static constexpr int kMaxSessions = 256;
    static constexpr qint64 kAnonymousIdleMs = 10 * 60 * 1000;

    void setIdleTimeoutMs(qint64 ms) { m_idleTimeoutMs = ms; }
    qint64 idleTimeoutMs() const { return m_idleTimeoutMs; }

    // The live session with this id (touched: its idle time starts again), else nothing.
    std::optional<WebSession> find(const QByteArray &id, qint64 nowMs);
    // Like find() without touching it: what a push over an open page does not count as use.
    std::optional<WebSession> peek(const QByteArray &id, qint64 nowMs) const;
    std::optional<WebSession> findByCsrf(const QByteArray &csrf, qint64 nowMs) const;
    WebSession createAnonymous(qint64 nowMs);
    // Ends `id` (if any) and returns a new authenticated session for `user`.
    WebSession logIn(const QByteArray &id, const QString &user, qint64 nowMs);
    void end(const QByteArray &id);
    // Ends every expired session; returns their ids.
    QList<QByteArray> expire(qint64 nowMs);
    int size() const { return int(m_sessions.size()); }

    static QByteArray randomToken();
    static bool tokensEqual(const QByteArray &a, const QByteArray &b);

private:
    bool expired(const WebSession &s, qint64 nowMs) const;
    void makeRoom(qint64 nowMs);
    WebSession add(const QString &user, qint64 nowMs);

    QHash<QByteArray, WebSession> m_sessions;
    qint64 m_idleTimeoutMs = 30 * 60 * 1000;
};

} // namespace mechdock::control
