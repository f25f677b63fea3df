#include "secretstore.h"
#include "common/translation.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace mechdock::config {

namespace {

QString tr(const char *text) {
    return mechdock::translate("mechdock::config::SecretStore", text);
}

SecretResult run(QKeychain::Job &job, int timeoutMs) {
    SecretResult result;
    if (!QCoreApplication::instance()) {
        result.error = tr("the keychain needs a running application");
        return result;
    }
    job.setAutoDelete(false);
    job.setKey(QString::fromLatin1(SecretStore::kTokenKey));
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    if (!finished) {
        result.error = tr("the keychain did not answer within %1 ms").arg(timeoutMs);
        return result;
    }
    if (job.error() != QKeychain::NoError) {
        result.error = job.error() == QKeychain::EntryNotFound
                           ? tr("no token is stored in the keychain")
                           : tr("keychain: %1").arg(job.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace

SecretResult SecretStore::readToken(int timeoutMs) {
    QKeychain::ReadPasswordJob job(QString::fromLatin1(kService));
    SecretResult r = run(job, timeoutMs);
    if (r.ok)
        r.value = job.textData();
    return r;
}

SecretResult SecretStore::writeToken(const QString &token, int timeoutMs) {
    QKeychain::WritePasswordJob job(QString::fromLatin1(kService));
    job.setTextData(token);
    return run(job, timeoutMs);
}

SecretResult SecretStore::deleteToken(int timeoutMs) {
    QKeychain::DeletePasswordJob job(QString::fromLatin1(kService));
    return run(job, timeoutMs);
}

void SecretStore::writeTokenAsync(const QString &token, QObject *context,
                                  std::function<void(const SecretResult &)> done) {
    auto *job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService));
    job->setAutoDelete(true);
    job->setKey(QString::fromLatin1(kTokenKey));
    job->setTextData(token);
    QObject::connect(job, &QKeychain::Job::finished, context,
                     [done = std::move(done)](QKeychain::Job *j) {
                         SecretResult r;
                         r.ok = j->error() == QKeychain::NoError;
                         if (!r.ok)
                             r.error = tr("keychain: %1").arg(j->errorString());
                         done(r);
                     });
    job->start();
}

} // namespace mechdock::config
