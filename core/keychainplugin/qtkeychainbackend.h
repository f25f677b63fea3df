// QtKeychainBackend: KeychainBackend over QtKeychain (Secret Service or KWallet over D-Bus, the
// Windows Credential Manager), built as the plugin mechdock_keychain.
#pragma once

#include "config/keychainbackend.h"

#include <QObject>

namespace mechdock::keychain {

class QtKeychainBackend final : public QObject, public config::KeychainBackend {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID MECHDOCK_KEYCHAIN_BACKEND_IID)
    Q_INTERFACES(mechdock::config::KeychainBackend)

public:
    QtKeychainBackend() = default;
    Q_DISABLE_COPY_MOVE(QtKeychainBackend)

    void start(Operation operation, const QString &service, const QString &key, const QString &text,
               QObject *context, std::function<void(const config::KeychainAnswer &)> done) override;
};

} // namespace mechdock::keychain
