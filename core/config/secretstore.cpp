#include "secretstore.h"
#include "common/translation.h"
#include "config/keychainbackend.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QPluginLoader>
#include <QTimer>

#include <optional>

namespace mechdock::config {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::config::SecretStore", text);
}

struct LoadedBackend {
    KeychainBackend *backend = nullptr;
    QString error;
};

// Where the plugin is looked for: only MECHDOCK_PLUGIN_DIR when it is set, else the installed
// layout (bin/ and lib/mechdock/ side by side; the build tree mirrors it), then beside the
// executable (Windows).
QStringList pluginDirectories() {
    const QString fromEnvironment = qEnvironmentVariable("MECHDOCK_PLUGIN_DIR");
    if (!fromEnvironment.isEmpty())
        return {fromEnvironment};
    const QDir application(QCoreApplication::applicationDirPath());
    return {QDir::cleanPath(application.filePath(QStringLiteral(MECHDOCK_PLUGIN_RELDIR))),
            application.path()};
}

LoadedBackend loadBackend() {
    const QString file = QStringLiteral(MECHDOCK_KEYCHAIN_PLUGIN_FILE);
    const QStringList dirs = pluginDirectories();
    for (const QString &dir : dirs) {
        const QString path = QDir(dir).filePath(file);
        if (!QFileInfo::exists(path))
            continue;
        // Kept for the life of the process: the plugin is never unloaded.
        static QPluginLoader loader;
        loader.setFileName(path);
        if (auto *backend = qobject_cast<KeychainBackend *>(loader.instance()))
            return {backend, {}};
        return {nullptr, tr("the keychain module %1 could not be loaded: %2")
                             .arg(QDir::toNativeSeparators(path), loader.errorString())};
    }
    return {nullptr, tr("the keychain module %1 is not installed (looked in %2)")
                         .arg(file, dirs.join(QStringLiteral(", ")))};
}

const LoadedBackend &backend() {
    static const LoadedBackend loaded = loadBackend();
    return loaded;
}

SecretResult toResult(const KeychainAnswer &answer) {
    SecretResult result;
    switch (answer.status) {
    case KeychainAnswer::Status::Ok:
        result.ok = true;
        result.value = answer.text;
        break;
    case KeychainAnswer::Status::NotFound:
        result.error = tr("no token is stored in the keychain");
        break;
    case KeychainAnswer::Status::Failed:
        result.error = tr("the keychain failed: %1").arg(answer.error);
        break;
    }
    return result;
}

SecretResult run(KeychainBackend::Operation operation, const QString &text, int timeoutMs) {
    SecretResult result;
    if (!QCoreApplication::instance()) {
        result.error = tr("the keychain needs a running application");
        return result;
    }
    const LoadedBackend &loaded = backend();
    if (!loaded.backend) {
        result.error = loaded.error;
        return result;
    }
    QEventLoop loop;
    std::optional<KeychainAnswer> answer;
    // The loop is the callback's context: a keychain that answers after the timeout finds no
    // one waiting, and its job still deletes itself.
    loaded.backend->start(operation, QString::fromLatin1(SecretStore::kService),
                          QString::fromLatin1(SecretStore::kTokenKey), text, &loop,
                          [&answer, &loop](const KeychainAnswer &a) {
                              answer = a;
                              loop.quit();
                          });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!answer) {
        result.error = tr("the keychain did not answer within %1 ms").arg(timeoutMs);
        return result;
    }
    return toResult(*answer);
}

} // namespace

SecretResult SecretStore::readToken(int timeoutMs) {
    return run(KeychainBackend::Operation::Read, {}, timeoutMs);
}

SecretResult SecretStore::writeToken(const QString &token, int timeoutMs) {
    return run(KeychainBackend::Operation::Write, token, timeoutMs);
}

SecretResult SecretStore::deleteToken(int timeoutMs) {
    return run(KeychainBackend::Operation::Delete, {}, timeoutMs);
}

void SecretStore::writeTokenAsync(const QString &token, QObject *context,
                                  std::function<void(const SecretResult &)> done) {
    const LoadedBackend &loaded = backend();
    if (!loaded.backend) {
        SecretResult failed;
        failed.error = loaded.error;
        // Answered later, as the keychain would be, so callers see one order of events.
        QMetaObject::invokeMethod(
            context, [done = std::move(done), failed] { done(failed); }, Qt::QueuedConnection);
        return;
    }
    loaded.backend->start(
        KeychainBackend::Operation::Write, QString::fromLatin1(kService),
        QString::fromLatin1(kTokenKey), token, context,
        [done = std::move(done)](const KeychainAnswer &answer) { done(toResult(answer)); });
}

} // namespace mechdock::config
