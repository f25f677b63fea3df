// KeychainBackend: what SecretStore asks of the operating system's keychain. The QtKeychain
// implementation is a plugin (core/keychainplugin), loaded on first use, so that an engine whose
// token sits in its settings or environment never maps QtKeychain, QtDBus, libdbus, libsystemd
// and libgcrypt (about 1 MB of every engine's resident memory).
#pragma once

#include <QObject>
#include <QString>
#include <QtPlugin>

#include <functional>

namespace mechdock::config {

struct KeychainAnswer {
    enum class Status { Ok, NotFound, Failed };
    Status status = Status::Failed;
    QString text;  // the secret, for a read
    QString error; // the keychain's own words, when Failed
};

class KeychainBackend {
public:
    enum class Operation { Read, Write, Delete };

    virtual ~KeychainBackend() = default;
    // Starts `operation` on `key` of `service` (`text` is what a write stores). `done` runs once,
    // in `context`'s thread, when the keychain answers; not at all if `context` is gone by then.
    virtual void start(Operation operation, const QString &service, const QString &key,
                       const QString &text, QObject *context,
                       std::function<void(const KeychainAnswer &)> done) = 0;
};

} // namespace mechdock::config

#define MECHDOCK_KEYCHAIN_BACKEND_IID "io.mechdock.KeychainBackend/1"
Q_DECLARE_INTERFACE(mechdock::config::KeychainBackend, MECHDOCK_KEYCHAIN_BACKEND_IID)
