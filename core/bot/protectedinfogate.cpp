#include "protectedinfogate.h"

#include "common/clock.h"
#include "security/passwordhasher.h"

namespace mechdock::bot {

ProtectedInfoGate::ProtectedInfoGate(const Clock *clock)
    : m_clock(clock) {}

ProtectedInfoVerdict ProtectedInfoGate::check(const QString &userId, const QString &password,
                                              const QString &passwordHash) {
    if (!attemptAllowed(userId))
        return ProtectedInfoVerdict::TooManyTries;
    if (!password.isEmpty() && security::PasswordHasher::verify(password, passwordHash)) {
        m_failures.remove(userId);
        return ProtectedInfoVerdict::Shown;
    }
    recordFailure(userId);
    return ProtectedInfoVerdict::WrongPassword;
}

bool ProtectedInfoGate::mayTry(const QString &userId) {
    return attemptAllowed(userId);
}

bool ProtectedInfoGate::attemptAllowed(const QString &userId) {
    auto it = m_failures.find(userId);
    if (it == m_failures.end())
        return true;
    const qint64 now = m_clock->monotonicMs();
    while (!it->isEmpty() && now - it->first() > kWindowMs)
        it->removeFirst();
    if (it->isEmpty()) {
        m_failures.erase(it);
        return true;
    }
    return it->size() < kMaxFailures;
}

void ProtectedInfoGate::recordFailure(const QString &userId) {
    // Bounded: the user whose latest failure is oldest makes room.
    if (!m_failures.contains(userId) && m_failures.size() >= kMaxTrackedUsers) {
        auto oldest = m_failures.begin();
        for (auto it = m_failures.begin(); it != m_failures.end(); ++it) {
            if (it->last() < oldest->last())
                oldest = it;
        }
        m_failures.erase(oldest);
    }
    QList<qint64> &failures = m_failures[userId];
    failures.append(m_clock->monotonicMs());
    if (failures.size() > kMaxFailures)
        failures.removeFirst();
}

} // namespace mechdock::bot
