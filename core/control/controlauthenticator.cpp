#include "controlauthenticator.h"

#include "common/translation.h"
#include "security/passwordhasher.h"

#include <QRandomGenerator>
#include <QRegularExpression>

namespace mechdock::control {

namespace {
QString tr(const char *text) {
    return mechdock::translate("mechdock::control::ControlAuthenticator", text);
}
} // namespace

void ControlAuthenticator::configure(const QStringList &apiKeys, const QString &passwordHash) {
    m_keys.clear();
    for (const QString &entry : apiKeys) {
        const qsizetype bar = entry.indexOf(QLatin1Char('|'));
        if (bar <= 0)
            continue; // the validator reported it
        m_keys.append(Key{entry.left(bar), entry.mid(bar + 1)});
    }
    m_passwordHash = passwordHash;
}

ControlExpected<QString> ControlAuthenticator::authenticate(const ClientMessage &auth) const {
    if (!auth.key.isEmpty()) {
        QString matched;
        for (const Key &k : m_keys) {
            if (security::PasswordHasher::verify(auth.key, k.hash) && matched.isEmpty())
                matched = k.name;
        }
        if (!matched.isEmpty())
            return matched;
    } else if (!auth.password.isEmpty() && !m_passwordHash.isEmpty()) {
        if (security::PasswordHasher::verify(auth.password, m_passwordHash))
            return auth.user.isEmpty() ? QStringLiteral("operator") : auth.user.left(64);
    }
    return ControlExpected<QString>::failure(errc::kAuthFailed,
                                             tr("The key or password is not valid."));
}

QString ControlAuthenticator::generateKey() {
    QByteArray random(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QStringLiteral("mdk_") +
           QString::fromLatin1(
               random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString ControlAuthenticator::keyEntry(const QString &name, const QString &key) {
    return name + QLatin1Char('|') + security::PasswordHasher::hash(key, kKeyIterations);
}

bool ControlAuthenticator::isValidKeyName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    return pattern.match(name).hasMatch();
}

} // namespace mechdock::control
