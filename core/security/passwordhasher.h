// PasswordHasher: protected container info is unlocked by a password that is stored only as a
// salted PBKDF2-HMAC-SHA256 hash ("pbkdf2-sha256$iterations$salt$hash") and compared in
// constant time.
#pragma once

#include <QByteArray>
#include <QString>

namespace mechdock::security {

class PasswordHasher {
public:
    static constexpr int kDefaultIterations = 120000;

    static QString hash(const QString &password, int iterations = kDefaultIterations);
    // False for a wrong password and for a malformed stored hash.
    static bool verify(const QString &password, const QString &stored);
    static bool isHash(const QString &stored);
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
};

} // namespace mechdock::security
