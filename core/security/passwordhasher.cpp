#include "passwordhasher.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QStringList>

namespace mechdock::security {

namespace {
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QLatin1String kScheme("pbkdf2-sha256");
} // namespace

bool PasswordHasher::constantTimeEquals(const QByteArray &a, const QByteArray &b) {
    // Length is not secret here (fixed by the scheme); the content is compared in full.
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (int i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

QString PasswordHasher::hash(const QString &password, int iterations) {
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QByteArray derived = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, kHashBytes);
    return QStringLiteral("%1$%2$%3$%4")
        .arg(kScheme)
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::isHash(const QString &stored) {
    const QStringList parts = stored.split(QLatin1Char('$'));
    bool ok = false;
    return parts.size() == 4 && parts.at(0) == kScheme && parts.at(1).toInt(&ok) > 0 && ok &&
           QByteArray::fromBase64(parts.at(2).toLatin1()).size() >= 8 &&
           QByteArray::fromBase64(parts.at(3).toLatin1()).size() == kHashBytes;
}

bool PasswordHasher::verify(const QString &password, const QString &stored) {
    if (!isHash(stored))
        return false;
    const QStringList parts = stored.split(QLatin1Char('$'));
    const int iterations = parts.at(1).toInt();
    // Refuse absurd work factors from a tampered file instead of hanging the service.
    if (iterations > 10'000'000)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    const QByteArray derived = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, iterations, kHashBytes);
    return constantTimeEquals(derived, expected);
}

} // namespace mechdock::security
