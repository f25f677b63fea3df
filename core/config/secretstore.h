// SecretStore: the bot token in the operating system's keychain (Secret Service, KWallet,
// Windows Credential Manager through QtKeychain). Synchronous with a timeout, because a server
// without a session bus must fall back to the environment quickly instead of hanging.
#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace mechdock::config {

struct SecretResult {
    bool ok = false;
    QString value;
    QString error;
};

class SecretStore {
public:
    static constexpr const char *kService = "mechdock";
    static constexpr const char *kTokenKey = "discord-bot-token";

    static SecretResult readToken(int timeoutMs = 3000);
    static SecretResult writeToken(const QString &token, int timeoutMs = 3000);
    static SecretResult deleteToken(int timeoutMs = 3000);
    // Without waiting: `done` runs in `context`'s thread when the keychain answers.
    static void writeTokenAsync(const QString &token, QObject *context,
                                std::function<void(const SecretResult &)> done);
};

} // namespace mechdock::config
