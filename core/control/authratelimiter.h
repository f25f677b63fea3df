// AuthRateLimiter: failed authentication attempts per peer address within a sliding window
// (5 per minute by default). Past the limit a peer is refused without its credentials being
// checked, so guessing costs the guesser time and the service no hashing. Bounded: at most
// maxAddresses peers are tracked; a new one replaces the one whose newest failure is oldest.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace mechdock::control {

class AuthRateLimiter {
    Q_DISABLE_COPY_MOVE(AuthRateLimiter)
public:
    static constexpr int kDefaultMaxFailures = 5;
    static constexpr qint64 kDefaultWindowMs = 60 * 1000;
    static constexpr int kDefaultMaxAddresses = 4096;

    explicit AuthRateLimiter(int maxFailures = kDefaultMaxFailures,
                             qint64 windowMs = kDefaultWindowMs,
                             int maxAddresses = kDefaultMaxAddresses);

    // Whether `address` may try now (fewer than maxFailures failures in the window).
    bool allowed(const QString &address, qint64 nowMs);
    void recordFailure(const QString &address, qint64 nowMs);
    // A success forgets the address's failures.
    void recordSuccess(const QString &address);
    int trackedAddresses() const { return int(m_failures.size()); }

private:
    void prune(QList<qint64> &times, qint64 nowMs) const;

    const int m_maxFailures;
    const qint64 m_windowMs;
    const int m_maxAddresses;
    QHash<QString, QList<qint64>> m_failures; // oldest first, at most maxFailures each
};

} // namespace mechdock::control
