// ProtectedInfoGate: decides whether a member may see a container's protected info. Admins see
// it without a password; others give the password, checked against its PBKDF2 hash. After
// kMaxFailures wrong passwords in kWindowMs a user's further tries are refused before any hashing,
// so guessing costs the guesser time and the service nothing; the table of users is bounded.
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace mechdock {
class Clock;
}

namespace mechdock::bot {

enum class ProtectedInfoVerdict { Shown, WrongPassword, TooManyTries };

class ProtectedInfoGate {
    Q_DISABLE_COPY_MOVE(ProtectedInfoGate)
public:
    explicit ProtectedInfoGate(const Clock *clock);

    ProtectedInfoVerdict check(const QString &userId, const QString &password,
                               const QString &passwordHash);
    // Whether a try now would be checked at all (to not ask for a password that will be refused).
    bool mayTry(const QString &userId);

    static constexpr int kMaxFailures = 5;
    static constexpr qint64 kWindowMs = 10 * 60 * 1000;
    static constexpr int kMaxTrackedUsers = 1000;

private:
    bool attemptAllowed(const QString &userId);
    void recordFailure(const QString &userId);

    const Clock *m_clock;
    QHash<QString, QList<qint64>> m_failures; // by user, oldest first
};

} // namespace mechdock::bot
