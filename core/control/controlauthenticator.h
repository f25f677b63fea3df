// ControlAuthenticator: checks a remote client's credentials against the settings. API keys
// (control.apiKeys, "name|hash") and the password (control.passwordHash) are stored only as
// PBKDF2 hashes and compared in constant time; every configured key is checked, so the time
// taken does not tell which one matched. A key is 256 random bits, so its hash needs few
// iterations; a password, chosen by a person, gets the full count.
#pragma once

#include "controlexpected.h"
#include "controlmessage.h"

#include <QStringList>

namespace mechdock::control {

class ControlAuthenticator {
public:
    static constexpr int kKeyIterations = 1000;

    void configure(const QStringList &apiKeys, const QString &passwordHash);
    // Whether any credential is configured; without one, remote clients cannot get in.
    bool hasCredentials() const { return !m_keys.isEmpty() || !m_passwordHash.isEmpty(); }
    // The identity the audit names: the key's name, or the user for a password ("operator"
    // when none is given).
    ControlExpected<QString> authenticate(const ClientMessage &auth) const;

    // A new key ("mdk_" and 43 base64url characters) and the "name|hash" entry to store.
    static QString generateKey();
    static QString keyEntry(const QString &name, const QString &key);
    // A name for control.apiKeys: letters, digits, '.', '_' and '-', 1 to 64 characters.
    static bool isValidKeyName(const QString &name);

private:
    struct Key {
        QString name;
        QString hash;
    };
    QList<Key> m_keys;
    QString m_passwordHash;
};

} // namespace mechdock::control
