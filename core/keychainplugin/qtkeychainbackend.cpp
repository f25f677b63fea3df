#include "qtkeychainbackend.h"

#include <qt6keychain/keychain.h>

namespace mechdock::keychain {

namespace {

QKeychain::Job *makeJob(config::KeychainBackend::Operation operation, const QString &service,
                        const QString &text) {
    using Operation = config::KeychainBackend::Operation;
    switch (operation) {
    case Operation::Read:
        return new QKeychain::ReadPasswordJob(service);
    case Operation::Write: {
        auto *job = new QKeychain::WritePasswordJob(service);
        job->setTextData(text);
        return job;
    }
    case Operation::Delete:
        return new QKeychain::DeletePasswordJob(service);
    }
    return nullptr;
}

} // namespace

void QtKeychainBackend::start(Operation operation, const QString &service, const QString &key,
                              const QString &text, QObject *context,
                              std::function<void(const config::KeychainAnswer &)> done) {
    QKeychain::Job *job = makeJob(operation, service, text);
    // The job deletes itself when it has finished, whether or not anyone still waits for it.
    job->setAutoDelete(true);
    job->setKey(key);
    QObject::connect(
        job, &QKeychain::Job::finished, context,
        [operation, done = std::move(done)](QKeychain::Job *finished) {
            config::KeychainAnswer answer;
            switch (finished->error()) {
            case QKeychain::NoError:
                answer.status = config::KeychainAnswer::Status::Ok;
                if (operation == Operation::Read)
                    answer.text = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                break;
            case QKeychain::EntryNotFound:
                answer.status = config::KeychainAnswer::Status::NotFound;
                break;
            default:
                answer.error = finished->errorString();
                break;
            }
            done(answer);
        });
    job->start();
}

} // namespace mechdock::keychain
